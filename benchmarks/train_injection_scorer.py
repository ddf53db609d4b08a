"""Train the learned injection scorer (govrag/guard/data/injection_scorer.npz) and report its CV.

    python benchmarks/train_injection_scorer.py            # cross-validate, train, write the weights
    python benchmarks/train_injection_scorer.py --cv-only  # figures only, nothing written
    python benchmarks/train_injection_scorer.py --check    # retrain and compare with the packaged file

Training rows (features of govrag.guard.injection_learned.pieces):
- corpora/eval/injection_dev.jsonl, all of it: injections' whole text and decoded views as positives
  (their sentences are not labelled), every piece of a benign text as a negative;
- benign queries: the dev questions of answers_dev.jsonl, statute_questions.jsonl, documents_dev.jsonl;
- every piece (whole provision and each sentence) of the main provisions (本則) of the 29 core laws in
  ../shared/corpora/egov-xml. 附則 are never trained on: they are the held-out statute check.

Cross-validation: leave one dev batch out (the dev set was written in nine batches, ids 1-123,
124-183, 184-219, 220-251, 252-321, 322-510, 511-604, 605-744, 745-; a batch's near-duplicates stay
together); benign queries and statute laws are split into the same nine folds (laws whole).
corpora/eval/injection_devholdout.jsonl is never read here. Held-out scores are OR-ed with the rules
(InjectionGuard(learned="off")) and the lowest threshold per mode whose combined held-out precision
is >= 0.95 is chosen (learned="on"). The default threshold (learned="default", both modes) is
DEFAULT_THRESHOLD, chosen in round 5 on the fresh-batch simulation of benchmarks/injection_fresh_sim.py
(the rules as they were before each of dev batches 6-9 OR the held-out scores): the best pooled recall
at pooled precision >= 0.92 among the settings that keep every unit-test look-alike, the lawqa_jp texts
and the 29 laws at 0 flags (the per-mode "on" thresholds do not: passage mode at 0.82 flags unit-test
look-alikes). Rounds 3-4's rule — the lowest threshold at which the scorer alone flags at most 2 % of
the held-out benign dev texts — is still printed and recorded as ``conservative_threshold``.
Both are then raised above every main-provision, 附則 and (round 5) lawqa_jp-text score of the final model.
sklearn is used here only; the package reads the weights with numpy.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from govrag.guard.injection_learned import (  # noqa: E402
    DIM,
    LearnedScorer,
    Piece,
    pieces,
    vectorize,
    weights_digest,
)

OUT = ROOT / "govrag" / "guard" / "data" / "injection_scorer.npz"
COMMAND = "python benchmarks/train_injection_scorer.py"
C = 4.0
POS_WEIGHT = 20.0
FOLDS = 9
TARGET_PRECISION = 0.95
DEFAULT_FP_RATE = 0.02
# round 5: chosen on the fresh-batch simulation (benchmarks/injection_fresh_sim.py), see the docstring
DEFAULT_THRESHOLD = 0.90
MARGIN = 0.02
_BATCHES = (123, 183, 219, 251, 321, 510, 604, 744)


def _batch(item_id: str) -> int:
    n = int(item_id.rsplit("-", 1)[1])
    return sum(n > b for b in _BATCHES)


def _load() -> tuple[list[dict[str, object]], list[str], list[tuple[str, str]], list[str]]:
    from govrag.corpus import Corpus

    dev = [json.loads(x) for x in (ROOT / "corpora/eval/injection_dev.jsonl").read_text("utf-8").splitlines()
           if x.strip()]
    questions: list[str] = []
    for name, key in (("answers_dev", "question"), ("statute_questions", "question"),
                      ("documents_dev", "question")):
        for line in (ROOT / "corpora/eval" / f"{name}.jsonl").read_text("utf-8").splitlines():
            obj = json.loads(line) if line.strip() else None
            if obj and obj.get("split", "dev") == "dev":
                questions.append(str(obj[key]))
    corpus = Corpus.from_path(ROOT.parent / "shared" / "corpora" / "egov-xml")
    main = [(p.law_id, p.text) for p in corpus.provisions(suppl=False) if p.text]
    suppl = [p.text for p in corpus.provisions(suppl=True) if p.text]
    return dev, questions, main, suppl


def _matrix(feats: list[tuple[str, ...]]):  # type: ignore[no-untyped-def]
    from scipy.sparse import csr_matrix

    indptr, indices, data = [0], [], []
    for names in feats:
        idx, val = vectorize(names)
        indices.append(idx)
        data.append(val)
        indptr.append(indptr[-1] + len(idx))
    m = csr_matrix((np.concatenate(data), np.concatenate(indices), np.asarray(indptr)), shape=(len(feats), DIM))  # noqa: E501
    m.sum_duplicates()
    return m


def _fit(feats: list[tuple[str, ...]], labels: list[int]) -> tuple[np.ndarray, float]:
    from sklearn.linear_model import LogisticRegression

    y = np.asarray(labels)
    w = np.where(y == 1, POS_WEIGHT, 1.0)
    clf = LogisticRegression(C=C, max_iter=2000, solver="lbfgs", tol=1e-6)
    clf.fit(_matrix(feats), y, sample_weight=w)
    return clf.coef_[0].astype(np.float64), float(clf.intercept_[0])


def _quantise(weights: np.ndarray, bias: float) -> tuple[np.ndarray, float, float]:
    scale = float(np.abs(weights).max()) / 32767.0
    scale = float(f"{scale:.6e}")
    return np.round(weights / scale).astype("<i2"), scale, round(bias, 6)


def _score(scorer: LearnedScorer, ps: list[Piece]) -> float:
    return float(scorer.probabilities(p.features for p in ps).max())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cv-only", action="store_true")
    ap.add_argument("--check", action="store_true", help="retrain, compare with the packaged weights")
    ap.add_argument("--oof", type=Path, help="also write the held-out (out-of-fold) dev scores here (JSON)")
    args = ap.parse_args()
    t0 = time.perf_counter()
    dev, questions, main_provs, suppl = _load()

    from govrag.guard.injection import InjectionGuard

    # -- pieces --------------------------------------------------------------------------
    def train_pieces(text: str, positive: bool) -> list[Piece]:
        ps = pieces(text)
        if not positive:
            return ps
        n_sent = len(ps) - 1 - sum(1 for _ in _decoded_pieces(text))
        return [ps[0], *ps[1 + n_sent:]]

    dev_pieces = [pieces(str(d["text"])) for d in dev]
    dev_train = [train_pieces(str(d["text"]), d["label"] == "injection") for d in dev]
    q_pieces = [pieces(q) for q in questions]
    m_pieces = [pieces(t) for _law, t in main_provs]
    laws = sorted({law for law, _t in main_provs})
    law_fold = {law: i % FOLDS for i, law in enumerate(laws)}
    print(f"features for {len(dev)} dev, {len(questions)} questions, {len(main_provs)} provisions: "
          f"{time.perf_counter() - t0:.1f}s", file=sys.stderr)

    rows: list[tuple[int, tuple[str, ...], int]] = []  # (fold, features, label)
    for d, ps in zip(dev, dev_train, strict=True):
        rows.extend((_batch(str(d["id"])), p.features, int(d["label"] == "injection")) for p in ps)
    for i, ps in enumerate(q_pieces):
        rows.extend((i % FOLDS, p.features, 0) for p in ps)
    for (law, _t), ps in zip(main_provs, m_pieces, strict=True):
        rows.extend((law_fold[law], p.features, 0) for p in ps)
    digest = hashlib.sha256()
    for _f, feats, label in rows:
        digest.update((str(label) + "\t" + "\x1f".join(feats) + "\n").encode())
    training_sha = digest.hexdigest()

    rules = {m: InjectionGuard(mode=m, learned="off") for m in ("query", "passage")}
    rule_flag = [not rules[str(d["role"])].validate(str(d["text"])).passed for d in dev]

    # -- cross-validation ----------------------------------------------------------------
    oof = np.zeros(len(dev))
    stat_max = np.zeros(FOLDS)
    for k in range(FOLDS):
        feats = [f for fold, f, _y in rows if fold != k]
        labels = [y for fold, _f, y in rows if fold != k]
        w, b = _fit(feats, labels)
        s = LearnedScorer(w, b)
        for i, d in enumerate(dev):
            if _batch(str(d["id"])) == k:
                oof[i] = _score(s, dev_pieces[i])
        held = [ps for (law, _t), ps in zip(main_provs, m_pieces, strict=True) if law_fold[law] == k]
        stat_max[k] = max(_score(s, ps) for ps in held)
        print(f"fold {k}: {time.perf_counter() - t0:.1f}s", file=sys.stderr)

    if args.oof:
        rows_out = [{"id": d["id"], "role": d["role"], "label": d["label"], "technique": d["technique"],
                     "rules": rule_flag[i], "oof": float(oof[i])} for i, d in enumerate(dev)]
        args.oof.write_text(json.dumps(rows_out, ensure_ascii=False), "utf-8")
    thresholds = _thresholds_and_report(dev, rule_flag, oof, stat_max)
    if args.cv_only:
        return 0

    # -- final model ---------------------------------------------------------------------
    w, b = _fit([f for _k, f, _y in rows], [y for _k, _f, y in rows])
    q, scale, bias = _quantise(w, b)
    final = LearnedScorer(q.astype(np.float64) * scale, bias)
    main_max = max(_score(final, ps) for ps in m_pieces)
    suppl_max = max(_score(final, pieces(t)) for t in suppl)
    lawqa_max = max(_score(final, pieces(t)) for t in _lawqa_texts())
    floor = round(max(main_max, suppl_max, lawqa_max) + MARGIN, 2)
    chosen = {m: max(t, floor) for m, t in thresholds.items() if m != "default"}
    print(f"\nfinal model: max score over {len(main_provs)} main provisions {main_max:.3f}, "
          f"over {len(suppl)} 附則 {suppl_max:.3f}, over the lawqa_jp texts {lawqa_max:.3f};\n"
          f"  thresholds {chosen} (CV {thresholds}, floor {floor})")
    meta = {"format": 1, "dim": DIM, "scale": scale, "bias": bias, "thresholds": chosen,
            "default_threshold": max(DEFAULT_THRESHOLD, floor),
            "conservative_threshold": max(thresholds["default"], floor),
            "cv_thresholds": thresholds, "weights_sha256": weights_digest(q, bias),
            "training_sha256": training_sha, "training_rows": len(rows),
            "positives": sum(y for _k, _f, y in rows), "C": C, "pos_weight": POS_WEIGHT,
            "command": COMMAND}
    if args.check:
        old = LearnedScorer.packaged().meta
        same = old["weights_sha256"] == meta["weights_sha256"] and old["training_sha256"] == training_sha
        print("packaged weights reproduced" if same else "packaged weights DIFFER", old["weights_sha256"][:12],  # noqa: E501
              meta["weights_sha256"][:12])
        return 0 if same else 1
    buf = io.BytesIO()
    np.savez_compressed(buf, weights_q=q, meta=np.asarray(json.dumps(meta, ensure_ascii=False)))
    OUT.write_bytes(buf.getvalue())
    print(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size} bytes) in {time.perf_counter() - t0:.0f}s")
    return 0


def _thresholds_and_report(dev: list[dict[str, object]], rule_flag: list[bool], oof: np.ndarray,
                           stat_max: np.ndarray) -> dict[str, float]:
    """Per mode, the lowest threshold whose held-out rules-OR-learned precision is >= the target, and
    the default threshold (key ``"default"``); prints the cross-validation tables."""
    thresholds: dict[str, float] = {}
    print("## Cross-validation (leave one dev batch out; held-out folds only)\n")
    for mode in ("query", "passage"):
        idx = [i for i, d in enumerate(dev) if d["role"] == mode]
        pos = [i for i in idx if dev[i]["label"] == "injection"]
        best = 1.0
        for t in np.arange(0.99, 0.04, -0.01):
            flag = [rule_flag[i] or oof[i] >= t for i in idx]
            tp = sum(f for i, f in zip(idx, flag, strict=True) if i in pos)
            fp = sum(f for i, f in zip(idx, flag, strict=True) if i not in pos)
            if tp + fp and tp / (tp + fp) >= TARGET_PRECISION:
                best = float(round(t, 2))
            else:
                break
        thresholds[mode] = best
    neg = [float(oof[i]) for i, d in enumerate(dev) if d["label"] != "injection"]
    default = 1.0
    for t in np.arange(0.99, 0.04, -0.01):
        if sum(x >= t for x in neg) > DEFAULT_FP_RATE * len(neg):
            break
        default = float(round(t, 2))
    thresholds["default"] = default
    for mode in ("query", "passage"):
        print(f"CV threshold for {mode} mode (combined precision >= {TARGET_PRECISION}): {thresholds[mode]:.2f}")  # noqa: E501
    print(f"default threshold (learned alone flags <= {DEFAULT_FP_RATE:.0%} of held-out benign): "
          f"{default:.2f}")
    print("held-out main-provision max learned score per fold: "
          + ", ".join(f"{x:.3f}" for x in stat_max) + "\n")

    def report(name: str, flag: list[bool]) -> None:
        tp = sum(f for f, d in zip(flag, dev, strict=True) if d["label"] == "injection")
        fp = sum(f for f, d in zip(flag, dev, strict=True) if d["label"] != "injection")
        npos = sum(d["label"] == "injection" for d in dev)
        prec = tp / (tp + fp) if tp + fp else 1.0
        print(f"{name}: precision {prec:.3f}, recall {tp / npos:.3f} (TP {tp}, FP {fp}, FN {npos - tp})")

    learned_flag = [oof[i] >= thresholds[str(d["role"])] for i, d in enumerate(dev)]
    default_flag = [a or oof[i] >= default for i, a in enumerate(rule_flag)]
    both = [a or b for a, b in zip(rule_flag, learned_flag, strict=True)]
    report("rules alone (tuned on all dev)", rule_flag)
    report("learned alone (held-out)", learned_flag)
    report("rules OR learned (learned held-out)", both)
    report(f"rules OR learned at the 2 % threshold {default} (held-out)", default_flag)
    print("\n| technique | n | rules | learned (held-out) | rules OR learned | rules OR learned (default) |")
    print("|---|---|---|---|---|---|")
    groups: dict[str, list[int]] = defaultdict(list)
    for i, d in enumerate(dev):
        groups[f"{d['technique']} ({'recall' if d['label'] == 'injection' else 'FP rate'})"].append(i)
    for name in sorted(groups, key=lambda g: ("FP" in g, g)):
        ix = groups[name]
        print(f"| {name} | {len(ix)} | {sum(rule_flag[i] for i in ix) / len(ix):.2f} | "
              f"{sum(learned_flag[i] for i in ix) / len(ix):.2f} | {sum(both[i] for i in ix) / len(ix):.2f} | "  # noqa: E501
              f"{sum(default_flag[i] for i in ix) / len(ix):.2f} |")
    print("\n| batch (held out) | injections | rules | rules OR learned | benign FP (rules OR learned) |")
    print("|---|---|---|---|---|")
    for k in range(FOLDS):
        ix = [i for i, d in enumerate(dev) if _batch(str(d["id"])) == k]
        p = [i for i in ix if dev[i]["label"] == "injection"]
        n = [i for i in ix if dev[i]["label"] != "injection"]
        print(f"| {k + 1} | {len(p)} | {sum(rule_flag[i] for i in p) / len(p):.2f} | "
              f"{sum(both[i] for i in p) / len(p):.2f} | {sum(both[i] for i in n)}/{len(n)} |")
    return thresholds


def _lawqa_texts() -> list[str]:
    """Every string of the lawqa_jp selection (questions, contexts, instructions, choices; not trained on)."""

    def strings(obj: object) -> list[str]:
        if isinstance(obj, str):
            return [obj]
        if isinstance(obj, dict):
            return [s for v in obj.values() for s in strings(v)]
        if isinstance(obj, list):
            return [s for v in obj for s in strings(v)]
        return []

    path = ROOT.parent / "shared" / "corpora" / "qa" / "lawqa_jp" / "selection.json"
    return [t for t in strings(json.loads(path.read_text("utf-8"))) if len(t) > 5]


def _decoded_pieces(text: str) -> list[object]:
    from govrag.guard.injection_normalize import views

    return [v for v in views(text) if v.kind in ("base64", "percent", "romaji", "kana")]


if __name__ == "__main__":
    raise SystemExit(main())
