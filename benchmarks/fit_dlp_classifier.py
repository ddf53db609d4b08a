"""Fit, threshold and report the learned DLP candidate classifier (govrag/dlp/learned.py, issue 11).

Training rows: corpora/eval/pii_ja.jsonl, pii_dev_*.jsonl and pii_test2 … pii_test31.jsonl (all
already tuned on by the rules), plus every candidate in the statute text of
/work/shared/corpora/egov-xml/*.xml as a negative (read by path, nothing copied). The round's
holdout files (pii_devholdout*.jsonl) are never read unless ``--holdout`` is given, and then only
to report.

Model selection holds out whole files: grouped k-fold by file over the training files (the
statutes always train). Out-of-fold probabilities choose each type's threshold: the lowest one on
a grid at which the findings the classifier would add (candidates the rules did not overlap) keep
out-of-fold precision >= ``--precision``. The final model is fitted on all training rows and
written with ``--write`` (byte-identical on a rerun: CRC-32 feature hashing, L-BFGS from zeros,
float16 weights).

    python benchmarks/fit_dlp_classifier.py                  # grouped CV report only
    python benchmarks/fit_dlp_classifier.py --write          # + fit on all, write the package data
    python benchmarks/fit_dlp_classifier.py --holdout        # report the packaged model on the holdout
"""

from __future__ import annotations

import argparse
import glob
import json
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
from scipy import optimize, sparse

ROOT = Path(__file__).resolve().parents[1]
STATUTES = ROOT.parent / "shared" / "corpora" / "egov-xml"
_TEST_N = re.compile(r"pii_test(\d+)\.jsonl$")


def training_files() -> list[str]:
    ev = ROOT / "corpora" / "eval"
    files = [str(ev / "pii_ja.jsonl"), *sorted(glob.glob(str(ev / "pii_dev_*.jsonl")))]
    for f in sorted(glob.glob(str(ev / "pii_test*.jsonl"))):
        m = _TEST_N.search(f)
        if m and 2 <= int(m.group(1)) <= 31:
            files.append(f)
    return files


def holdout_files() -> list[str]:
    return sorted(glob.glob(str(ROOT / "corpora" / "eval" / "pii_devholdout*.jsonl")))


def statute_lines() -> list[str]:
    """Sentences of the 29 core laws (as benchmarks/dlp_statute_fp.py reads them)."""
    out: list[str] = []
    for path in sorted(STATUTES.glob("*.xml")):
        root = ET.parse(path).getroot()
        out += [root.findtext(".//LawTitle") or "", root.findtext("LawNum") or ""]
        out += ["".join(s.itertext()) for s in root.iter("Sentence")]
    return out


class Examples:
    """Candidates with their hashed features, gold class, file group and row."""

    def __init__(self) -> None:
        self.rows: list[list[int]] = []
        self.y: list[int] = []
        self.group: list[int] = []
        self.where: list[tuple[int, int, int]] = []  # (row number, start, end); -1 for statutes

    def add_text(self, folded: str, gold: list[tuple[str, int, int]], group: int, row: int) -> None:
        from govrag.dlp.learned import CLASSES, candidates, features, hashed

        for s, e in candidates(folded):
            label = 0
            best = 0
            for t, gs, ge in gold:
                ov = min(e, ge) - max(s, gs)
                if ov > best and t in CLASSES:
                    label, best = CLASSES.index(t), ov
            self.rows.append(hashed(features(folded, s, e)))
            self.y.append(label)
            self.group.append(group)
            self.where.append((row, s, e))


def build(files: list[str], with_statutes: bool) -> tuple[Examples, list[dict[str, Any]]]:
    from govrag.dlp.fold import fold
    from govrag.eval.dlp import load_pii_rows

    ex = Examples()
    all_rows: list[dict[str, Any]] = []
    for g, f in enumerate(files):
        for row in load_pii_rows(f):
            n = len(all_rows)
            all_rows.append({**row, "file": f})
            gold = [(s["type"], s["start"], s["end"]) for s in row["spans"]]
            ex.add_text(fold(row["text"]), gold, g, n)
    if with_statutes:
        lines = statute_lines()
        for i in range(0, len(lines), 40):
            ex.add_text(fold("\n".join(lines[i : i + 40])), [], -1, -1)
    return ex, all_rows


def matrix(rows: list[list[int]], keep: np.ndarray) -> sparse.csr_matrix:
    """Rows of bucket numbers -> CSR over the kept buckets (a bucket twice in a row counts twice)."""
    data, cols, ptr = [], [], [0]
    for row in rows:
        arr = np.asarray(row, dtype=np.int64)
        idx = np.minimum(np.searchsorted(keep, arr), len(keep) - 1)
        hit = idx[keep[idx] == arr]
        cols.append(hit)
        data.append(np.ones(len(hit), dtype=np.float64))
        ptr.append(ptr[-1] + len(hit))
    return sparse.csr_matrix(
        (np.concatenate(data), np.concatenate(cols), np.asarray(ptr)), shape=(len(rows), len(keep))
    )


def kept_buckets(rows: list[list[int]], min_count: int) -> np.ndarray:
    counts: Counter[int] = Counter()
    for row in rows:
        counts.update(set(row))
    return np.asarray(sorted(b for b, c in counts.items() if c >= min_count), dtype=np.int64)


def fit(
    x: sparse.csr_matrix, y: np.ndarray, classes: int, l2: float, iters: int, weight: np.ndarray
) -> np.ndarray:
    """Multinomial logistic regression (L2, per-example ``weight``), L-BFGS from zeros; weights
    (features x classes)."""
    n, d = x.shape
    onehot = np.zeros((n, classes))
    onehot[np.arange(n), y] = 1.0
    onehot *= weight[:, None]
    xt = x.T.tocsr()

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        wm = w.reshape(d, classes)
        z = x @ wm
        z -= z.max(axis=1, keepdims=True)
        lse = np.log(np.exp(z).sum(axis=1))
        p = np.exp(z - lse[:, None]) * weight[:, None]
        val = float(-(z * onehot).sum() + (lse * weight).sum() + 0.5 * l2 * (wm * wm).sum())
        grad = xt @ (p - onehot) + l2 * wm
        return val, grad.ravel()

    res = optimize.minimize(
        loss, np.zeros(d * classes), jac=True, method="L-BFGS-B", options={"maxiter": iters}
    )
    weights: np.ndarray = res.x.reshape(d, classes)
    return weights


def probabilities(x: sparse.csr_matrix, w: np.ndarray) -> np.ndarray:
    z = x @ w
    z -= z.max(axis=1, keepdims=True)
    p = np.exp(z)
    out: np.ndarray = p / p.sum(axis=1, keepdims=True)
    return out


def rule_findings(all_rows: list[dict[str, Any]]) -> list[list[tuple[str, int, int]]]:
    from govrag.dlp import DLPEngine

    eng = DLPEngine(learned=False)
    return [[(f.entity_type, f.start, f.end) for f in eng.scan(r["text"])] for r in all_rows]


def additions(
    ex: Examples, probs: np.ndarray, rules: list[list[tuple[str, int, int]]],
    rows: list[dict[str, Any]], thresholds: dict[str, float], sel: np.ndarray,
) -> dict[int, list[tuple[str, int, int]]]:
    """What the classifier adds per row (candidates free of rule findings, over threshold)."""
    from govrag.dlp.fold import fold
    from govrag.dlp.learned import CLASSES
    from govrag.dlp.recognizers.specimen import is_specimen_value

    out: dict[int, list[tuple[str, int, int]]] = {}
    for i in np.flatnonzero(sel):
        row, s, e = ex.where[i]
        p = probs[i]
        best = int(p[1:].argmax()) + 1
        kind = CLASSES[best]
        if p[best] < thresholds.get(kind, 2.0):
            continue
        if any(a < e and s < b for _, a, b in rules[row]):
            continue
        if is_specimen_value(fold(rows[row]["text"]), s, e):
            continue
        out.setdefault(row, []).append((kind, s, e))
    return out


def score(
    rows: list[dict[str, Any]], rules: list[list[tuple[str, int, int]]],
    added: dict[int, list[tuple[str, int, int]]],
) -> dict[str, list[int]]:
    from govrag.eval.dlp import evaluate_dlp

    per: dict[str, list[int]] = {}
    for i, row in enumerate(rows):
        pred = rules[i] + added.get(i, [])

        def predict(_text: str, p: list[tuple[str, int, int]] = pred) -> list[tuple[str, int, int]]:
            return p

        rep = evaluate_dlp(predict, [row])
        for t, s in rep.per_type.items():
            acc = per.setdefault(t, [0, 0, 0])
            acc[0] += s.tp
            acc[1] += s.fp
            acc[2] += s.fn
    return per


GRID = (*(round(0.5 + 0.02 * k, 2) for k in range(25)), 0.99, 0.995)


def choose_thresholds(
    ex: Examples, probs: np.ndarray, rules: list[list[tuple[str, int, int]]],
    rows: list[dict[str, Any]], floor: float, min_tp: int,
) -> dict[str, float]:
    """Per type, the lowest grid threshold whose out-of-fold additions keep precision >= floor
    (with at least ``min_tp`` correct additions); types that never do are left off."""
    from govrag.dlp.learned import CLASSES

    sel = np.asarray([w[0] >= 0 for w in ex.where])
    everything = additions(ex, probs, rules, rows, dict.fromkeys(CLASSES[1:], GRID[0]), sel)
    y = {(r, s, e): ex.y[i] for i, (r, s, e) in enumerate(ex.where) if r >= 0}
    pmax = {(r, s, e): float(probs[i, 1:].max()) for i, (r, s, e) in enumerate(ex.where) if r >= 0}
    out: dict[str, float] = {}
    for k, t in enumerate(CLASSES[1:], 1):
        cands = [(pmax[(r, s, e)], y[(r, s, e)] == k) for r, lst in everything.items()
                 for kind, s, e in lst if kind == t]
        for thr in GRID:
            tp = sum(ok for p, ok in cands if p >= thr)
            fp = sum(not ok for p, ok in cands if p >= thr)
            if tp >= min_tp and tp / (tp + fp) >= floor:
                out[t] = thr
                break
    return out


def table(before: dict[str, list[int]], after: dict[str, list[int]], label: str) -> str:
    from govrag.dlp.model import STRUCTURED_TYPES

    lines = [f"### {label}", "", "| type | before P / R (tp/fp/fn) | after P / R (tp/fp/fn) |",
             "|---|---|---|"]
    bars = [0, 0]
    for t in sorted(STRUCTURED_TYPES):
        cells = []
        for j, per in enumerate((before, after)):
            tp, fp, fn = per.get(t, [0, 0, 0])
            p = tp / (tp + fp) if tp + fp else 0.0
            r = tp / (tp + fn) if tp + fn else 0.0
            ok = p >= 0.98 and r >= 0.95
            bars[j] += ok
            cells.append(f"{p:.3f} / {r:.3f} ({tp}/{fp}/{fn}){' ✓' if ok else ''}")
        lines.append(f"| {t} | {cells[0]} | {cells[1]} |")
    lines.append(f"| **types at the bar** | {bars[0]} of 13 | {bars[1]} of 13 |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--iters", type=int, default=300)
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--free-weight", type=float, default=10.0, help="weight of candidates no rule found")
    ap.add_argument("--precision", type=float, default=0.9, help="out-of-fold precision of additions")
    ap.add_argument("--min-tp", type=int, default=3)
    ap.add_argument("--write", action="store_true", help="fit on all training rows, write package data")
    ap.add_argument("--holdout", action="store_true", help="report the packaged model on the holdout")
    ap.add_argument("--dump", help="save out-of-fold probabilities etc. to this .npz (analysis)")
    a = ap.parse_args(argv)
    from govrag.dlp.learned import CLASSES, load_model, save_model

    if a.holdout:
        return report_holdout(load_model())
    t0 = time.time()
    files = training_files()
    ex, rows = build(files, with_statutes=True)
    rules = rule_findings(rows)
    print(f"{len(files)} files, {len(rows)} rows, {len(ex.y)} candidates "
          f"({sum(1 for v in ex.y if v)} typed), rules scanned in {time.time() - t0:.0f} s", file=sys.stderr)
    y = np.asarray(ex.y)
    group = np.asarray(ex.group)
    probs = np.zeros((len(y), len(CLASSES)))
    # what the classifier is for: candidates the rules did not find weigh more
    weight = np.asarray([
        a.free_weight if r < 0 or not any(p < e and s < q for _, p, q in rules[r]) else 1.0
        for r, s, e in ex.where
    ])
    for k in range(a.folds):
        test = (group >= 0) & (group % a.folds == k)
        keep = kept_buckets([r for r, t in zip(ex.rows, test, strict=True) if not t], a.min_count)
        x = matrix(ex.rows, keep)
        w = fit(x[~test], y[~test], len(CLASSES), a.l2, a.iters, weight[~test])
        probs[test] = probabilities(x[test], w)
        print(f"fold {k}: {int(test.sum())} held-out candidates, {time.time() - t0:.0f} s", file=sys.stderr)
    if a.dump:
        np.savez(a.dump, probs=probs, y=y, where=np.asarray(ex.where), group=group,
                 rules=np.asarray(json.dumps(rules)))
    thresholds = choose_thresholds(ex, probs, rules, rows, a.precision, a.min_tp)
    sel = np.asarray([w[0] >= 0 for w in ex.where])
    added = additions(ex, probs, rules, rows, thresholds, sel)
    print(table(score(rows, rules, {}), score(rows, rules, added),
                f"grouped {a.folds}-fold CV by file (tuned-on: thresholds chosen here)"))
    print("\nthresholds:", json.dumps(thresholds))
    if a.write:
        keep = kept_buckets(ex.rows, a.min_count)
        x = matrix(ex.rows, keep)
        w = fit(x, y, len(CLASSES), a.l2, a.iters, weight)
        cmd = "python benchmarks/fit_dlp_classifier.py --write" + "".join(
            f" --{k.replace('_', '-')} {v}" for k, v in sorted(vars(a).items())
            if k not in ("write", "holdout", "dump"))
        digest = save_model(keep, w, thresholds, command=cmd,
                            extra={"candidates": len(y), "files": len(files)})
        print(f"wrote {len(keep)} buckets, SHA-256 {digest}", file=sys.stderr)
    return 0


def report_holdout(model: Any) -> int:
    """Rules alone vs rules + the packaged model on every pii_devholdout*.jsonl (pooled)."""
    files = holdout_files()
    ex, rows = build(files, with_statutes=False)
    rules = rule_findings(rows)
    probs = model.probabilities(ex.rows)
    sel = np.ones(len(ex.y), dtype=bool)
    added = additions(ex, probs, rules, rows, model.thresholds, sel)
    print(table(score(rows, rules, {}), score(rows, rules, added),
                f"round holdout: {len(files)} pii_devholdout files, {len(rows)} rows (not tuned on)"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
