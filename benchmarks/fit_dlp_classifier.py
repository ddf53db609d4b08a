"""Fit, threshold and report the learned DLP candidate classifier (govrag/dlp/learned.py, issue 11).

Training rows: corpora/eval/pii_ja.jsonl, pii_dev_*.jsonl, pii_devholdout_rag.jsonl and
pii_test2 … pii_test79.jsonl (all already tuned on by the rules; later blind sets are never read),
plus every candidate in the statute text of /work/shared/corpora/egov-xml/*.xml as a negative (read
by path, nothing copied). The other round holdouts (pii_devholdout*.jsonl) are never read unless
``--holdout`` is given, and then only to report. Each candidate's features include the rules'
findings near it (``DLPEngine(learned=False)`` on the same text, as the engine passes them).

Model selection holds out whole files: grouped k-fold by file over the training files (the
statutes always train). Out-of-fold probabilities choose each type's threshold: the lowest one on
a grid at which the findings the classifier would add (candidates the rules did not overlap) keep
out-of-fold precision >= ``--precision``. The final model is fitted on all training rows and
written with ``--write`` (byte-identical on a rerun: CRC-32 feature hashing, L-BFGS from zeros,
float16 weights).

    python benchmarks/fit_dlp_classifier.py                  # grouped CV report only
    python benchmarks/fit_dlp_classifier.py --write          # + fit on all, write the package data
    python benchmarks/fit_dlp_classifier.py --holdout        # report the packaged model on the holdout
    python benchmarks/fit_dlp_classifier.py --last-test 159 --exclude-test 145   # train on more sets

The shipped model was fitted with ``LAST_TEST = 79`` when 126 files qualified; round batches
(``pii_dev_r*``) added since then are read too, so rerunning its recorded command now trains on more.
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


#: round holdouts the rules have since been tuned on (trained on since round 2 of the classifier)
TUNED_HOLDOUTS = ("pii_devholdout_rag.jsonl",)
#: the last blind set the rules and the classifier may be fitted on; later ones stay blind
LAST_TEST = 79


def training_files(last_test: int = LAST_TEST, exclude: frozenset[int] = frozenset()) -> list[str]:
    """The training files: the round batches, and the blind sets 2 … ``last_test`` but ``exclude``
    (sets kept unopened to measure the model on)."""
    ev = ROOT / "corpora" / "eval"
    files = [str(ev / "pii_ja.jsonl"), *sorted(glob.glob(str(ev / "pii_dev_*.jsonl")))]
    files += [str(ev / name) for name in TUNED_HOLDOUTS]
    for f in sorted(glob.glob(str(ev / "pii_test*.jsonl"))):
        m = _TEST_N.search(f)
        if m and 2 <= int(m.group(1)) <= last_test and int(m.group(1)) not in exclude:
            files.append(f)
    return files


def holdout_files() -> list[str]:
    files = sorted(glob.glob(str(ROOT / "corpora" / "eval" / "pii_devholdout*.jsonl")))
    return [f for f in files if Path(f).name not in TUNED_HOLDOUTS]


def statute_lines() -> list[str]:
    """Sentences of the 29 core laws (as benchmarks/dlp_statute_fp.py reads them)."""
    out: list[str] = []
    for path in sorted(STATUTES.glob("*.xml")):
        root = ET.parse(path).getroot()
        out += [root.findtext(".//LawTitle") or "", root.findtext("LawNum") or ""]
        out += ["".join(s.itertext()) for s in root.iter("Sentence")]
    return out


#: feature groups of round 2 that ``--without`` can leave out (ablation under grouped CV)
GROUPS = {
    "words": ("pw1:", "pw:", "p3:", "scL:", "scR:"),
    "cells": ("ci:", "nc:", "cs:", "oc:", "o-", "o1", "o2", "pt:", "nt:", "ti:"),
    "rules": ("rf:", "rl:", "rb:", "cc:"),
}


class Examples:
    """Candidates with their hashed features, gold class, file group and row."""

    def __init__(self, without: tuple[str, ...] = ()) -> None:
        self.drop = tuple(p for g in without for p in GROUPS[g])
        self.rows: list[list[int]] = []
        self.y: list[int] = []
        self.group: list[int] = []
        self.where: list[tuple[int, int, int]] = []  # (row number, start, end); -1 for statutes

    def add_text(
        self, folded: str, gold: list[tuple[str, int, int]], group: int, row: int,
        rules: list[tuple[str, int, int]],
    ) -> None:
        from govrag.dlp.learned import CLASSES, candidates, features, hashed
        from govrag.dlp.model import STRUCTURED_TYPES

        found = sorted((r for r in rules if r[0] in STRUCTURED_TYPES), key=lambda r: (r[1], r[2], r[0]))
        for s, e in candidates(folded):
            label = 0
            best = 0
            for t, gs, ge in gold:
                ov = min(e, ge) - max(s, gs)
                if ov > best and t in CLASSES:
                    label, best = CLASSES.index(t), ov
            feats = features(folded, s, e, found)
            kept = [f for f in feats if not f.startswith(self.drop)] if self.drop else feats
            self.rows.append(hashed(kept))
            self.y.append(label)
            self.group.append(group)
            self.where.append((row, s, e))


Rules = list[list[tuple[str, int, int]]]


def build(
    files: list[str], with_statutes: bool, cache: str | None = None, without: tuple[str, ...] = ()
) -> tuple[Examples, list[dict[str, Any]], Rules]:
    """Candidates of every row (and statute block), the rows, and the rules' findings per row."""
    from govrag.dlp.fold import fold
    from govrag.eval.dlp import load_pii_rows

    all_rows: list[dict[str, Any]] = []
    groups: list[int] = []
    for g, f in enumerate(files):
        for row in load_pii_rows(f):
            all_rows.append({**row, "file": f})
            groups.append(g)
    statutes: list[str] = []
    if with_statutes:
        lines = statute_lines()
        statutes = ["\n".join(lines[i : i + 40]) for i in range(0, len(lines), 40)]
    found = rule_findings([r["text"] for r in all_rows] + statutes, cache)
    ex = Examples(without)
    for n, (row, g) in enumerate(zip(all_rows, groups, strict=True)):
        gold = [(s["type"], s["start"], s["end"]) for s in row["spans"]]
        ex.add_text(fold(row["text"]), gold, g, n, found[n])
    for text, rules in zip(statutes, found[len(all_rows) :], strict=True):
        ex.add_text(fold(text), [], -1, -1, rules)
    return ex, all_rows, found[: len(all_rows)]


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


def rule_findings(texts: list[str], cache: str | None = None) -> Rules:
    """The rules' findings per text (``cache``: a JSON file keyed by the texts' SHA-256, for
    repeated analysis runs on unchanged rules; never used by the recorded command)."""
    import hashlib

    from govrag.dlp import DLPEngine

    stored: dict[str, list[list[Any]]] = {}
    if cache and Path(cache).exists():
        stored = json.loads(Path(cache).read_text(encoding="utf-8"))
    eng = DLPEngine(learned=False)
    out: Rules = []
    for text in texts:
        key = hashlib.sha256(text.encode("utf-8")).hexdigest()
        if key not in stored:
            stored[key] = [[f.entity_type, f.start, f.end] for f in eng.scan(text)]
        out.append([(str(t), int(a), int(b)) for t, a, b in stored[key]])
    if cache:
        Path(cache).write_text(json.dumps(stored), encoding="utf-8")
    return out


def additions(
    ex: Examples, probs: np.ndarray, rules: list[list[tuple[str, int, int]]],
    rows: list[dict[str, Any]], thresholds: dict[str, float], sel: np.ndarray,
) -> dict[int, list[tuple[str, int, int]]]:
    """What the classifier adds per row (candidates free of rule findings, over threshold, not
    vetoed by the engine)."""
    from govrag.dlp.engine import _vetoed
    from govrag.dlp.fold import fold
    from govrag.dlp.learned import CLASSES

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
        text = rows[row]["text"]
        if _vetoed(text, fold(text), kind, s, e):  # the engine's vetoes, as on a scan
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
    rows: list[dict[str, Any]], floor: float, min_tp: int, lowest: float = 0.0,
) -> dict[str, float]:
    """Per type, the lowest grid threshold (not below ``lowest``) whose out-of-fold additions keep
    precision >= floor (with at least ``min_tp`` correct additions); types that never do are left
    off."""
    from govrag.dlp.learned import CLASSES

    sel = np.asarray([w[0] >= 0 for w in ex.where])
    everything = additions(ex, probs, rules, rows, dict.fromkeys(CLASSES[1:], GRID[0]), sel)
    pmax = {(r, s, e): float(probs[i, 1:].max()) for i, (r, s, e) in enumerate(ex.where) if r >= 0}

    def new_hit(row: int, kind: str, s: int, e: int) -> bool:
        """The addition matches a gold value of its type that no rule finding of it matched."""
        return any(
            g["type"] == kind and s < g["end"] and g["start"] < e
            and not any(t == kind and a < g["end"] and g["start"] < b for t, a, b in rules[row])
            for g in rows[row]["spans"]
        )

    out: dict[str, float] = {}
    for t in CLASSES[1:]:
        cands = [(pmax[(r, s, e)], new_hit(r, kind, s, e)) for r, lst in everything.items()
                 for kind, s, e in lst if kind == t]
        for thr in (g for g in GRID if g >= lowest):
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
    ap.add_argument("--min-threshold", type=float, default=0.0, help="no type's threshold below this")
    ap.add_argument("--skip", action="append", default=[], metavar="TYPE",
                    help="give this type no threshold (it never adds), whatever CV shows")
    ap.add_argument("--floor", action="append", default=[], metavar="TYPE=P",
                    help="this type's threshold is at least P (e.g. the shipped model's), whatever CV shows")
    ap.add_argument("--write", action="store_true", help="fit on all training rows, write package data")
    ap.add_argument("--holdout", action="store_true", help="report the packaged model on the holdout")
    ap.add_argument("--dump", help="save out-of-fold probabilities etc. to this .npz (analysis)")
    ap.add_argument("--rules-cache", help="JSON cache of the rules' findings (analysis runs only)")
    ap.add_argument("--without", action="append", choices=sorted(GROUPS), default=[],
                    help="leave a round-2 feature group out (ablation; not with --write)")
    ap.add_argument("--last-test", type=int, default=LAST_TEST,
                    help=f"train on the blind sets up to this one (default {LAST_TEST}: the shipped model's)")
    ap.add_argument("--exclude-test", type=int, action="append", default=[], metavar="N",
                    help="leave pii_testN out of training (a set kept unopened)")
    a = ap.parse_args(argv)
    from govrag.dlp.learned import CLASSES, load_model, save_model

    if a.holdout:
        return report_holdout(load_model(), a.rules_cache)
    t0 = time.time()
    files = training_files(a.last_test, frozenset(a.exclude_test))
    if a.write and a.without:
        ap.error("--without is for analysis runs")
    ex, rows, rules = build(files, with_statutes=True, cache=a.rules_cache, without=tuple(a.without))
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
    chosen = choose_thresholds(ex, probs, rules, rows, a.precision, a.min_tp, a.min_threshold)
    print("\nthresholds by CV:", json.dumps(chosen))
    print(addition_counts(ex, probs, rules, rows, chosen, np.asarray([w[0] >= 0 for w in ex.where])))
    floors = {t: float(v) for t, _, v in (f.partition("=") for f in a.floor)}
    thresholds = {t: max(v, floors.get(t, 0.0)) for t, v in chosen.items() if t not in a.skip}
    sel = np.asarray([w[0] >= 0 for w in ex.where])
    added = additions(ex, probs, rules, rows, thresholds, sel)
    print(table(score(rows, rules, {}), score(rows, rules, added),
                f"grouped {a.folds}-fold CV by file (tuned-on: thresholds chosen here)"))
    print("\nthresholds:", json.dumps(thresholds))
    print(addition_counts(ex, probs, rules, rows, thresholds, sel))
    print(ranking(ex, probs, rules))
    if a.write:
        keep = kept_buckets(ex.rows, a.min_count)
        x = matrix(ex.rows, keep)
        w = fit(x, y, len(CLASSES), a.l2, a.iters, weight)
        cmd = "python benchmarks/fit_dlp_classifier.py --write" + "".join(
            f" --{k.replace('_', '-')} {v}" for k, v in sorted(vars(a).items())
            if k not in ("write", "holdout", "dump", "rules_cache", "without", "skip", "floor",
                         "last_test", "exclude_test")
        ) + "".join(f" --skip {t}" for t in sorted(a.skip)) + "".join(
            f" --floor {f}" for f in sorted(a.floor)) + (
            f" --last-test {a.last_test}" if a.last_test != LAST_TEST else "") + "".join(
            f" --exclude-test {n}" for n in sorted(a.exclude_test))
        digest = save_model(keep, w, thresholds, command=cmd,
                            extra={"candidates": len(y), "files": len(files)})
        print(f"wrote {len(keep)} buckets, SHA-256 {digest}", file=sys.stderr)
    return 0


def ranking(ex: Examples, probs: np.ndarray, rules: Rules) -> str:
    """How well out-of-fold P ranks: argmax accuracy over every training candidate, and over the
    typed candidates no rule overlapped, average precision of "right type" ranked by P(best)."""
    where = np.asarray(ex.where)
    y = np.asarray(ex.y)
    row = where[:, 0] >= 0
    free = row & np.asarray(
        [r >= 0 and not any(a < e and s < b for _, a, b in rules[r]) for r, s, e in ex.where]
    )
    best = probs[:, 1:].argmax(axis=1) + 1
    pbest = probs[np.arange(len(y)), best]
    order = np.argsort(-pbest[free], kind="stable")
    ok = ((best[free] == y[free]) & (y[free] > 0))[order]
    ap = float((np.cumsum(ok) / np.arange(1, len(ok) + 1))[ok].mean()) if ok.any() else 0.0
    acc = float((probs.argmax(axis=1) == y)[row].mean())
    typed = free & (y > 0)
    return (f"out-of-fold argmax accuracy {acc:.4f} over {int(row.sum())} candidates; "
            f"rule-free candidates: {int(free.sum())} ({int(typed.sum())} typed), average precision {ap:.3f}")


def addition_counts(
    ex: Examples, probs: np.ndarray, rules: Rules, rows: list[dict[str, Any]],
    thresholds: dict[str, float], sel: np.ndarray,
) -> str:
    """Per type with a threshold: the additions and how many of them the evaluation scores as
    true (tp gained) and false (fp gained) positives."""
    added = additions(ex, probs, rules, rows, thresholds, sel)
    before, after = score(rows, rules, {}), score(rows, rules, added)
    lines = ["| type | threshold | additions | correct | false |", "|---|---|---|---|---|"]
    for t, thr in sorted(thresholds.items()):
        n = sum(k == t for lst in added.values() for k, _, _ in lst)
        b0, a0 = before.get(t, [0, 0, 0]), after.get(t, [0, 0, 0])
        lines.append(f"| {t} | {thr} | {n} | {a0[0] - b0[0]} | {a0[1] - b0[1]} |")
    return "\n".join(lines)


def report_holdout(model: Any, cache: str | None = None) -> int:
    """Rules alone vs rules + the packaged model on the round holdouts not trained on (pooled)."""
    files = holdout_files()
    ex, rows, rules = build(files, with_statutes=False, cache=cache)
    probs = model.probabilities(ex.rows)
    sel = np.ones(len(ex.y), dtype=bool)
    added = additions(ex, probs, rules, rows, model.thresholds, sel)
    print(table(score(rows, rules, {}), score(rows, rules, added),
                f"round holdout: {len(files)} pii_devholdout files, {len(rows)} rows (not tuned on)"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
