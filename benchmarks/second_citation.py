"""Round 14: when should the extractive answer cite a second (or third) source?

Simulates the provider's source choice on the rerank stage's candidates (``fit_rerank_weights.py
--dump --files``), scored as the stage scores them (packaged weights + the shipped trees), and
measures rules for citing sources after the first by leave-one-file-out CV: for each held-out file
the rule is chosen on the other files (most pooled ``cited`` with simulated citation precision
≥ ``--min-precision``), then applied to the held-out file.

    python benchmarks/fit_rerank_weights.py --index DIR --query-adapter --dump F --files \\
        corpora/eval/answers_dev*.jsonl corpora/eval/answers_test*.jsonl \\
        corpora/eval/statute_questions.jsonl
    python benchmarks/second_citation.py --features F [F2 ...] --oof 5 --cache SCORES.npy

Simulation (as :mod:`govrag.providers.extractive` decides): the stage keeps the best 5 scoring
≥ 0.5 of the best; the first is cited (no answer when it has no lexical match and is not cited
or a defined term); another kept source is cited when the rule admits it, it has a matching
sentence, and — when the first settles the question (cited by name or wholly defining the term)
— it settles it too; at most ``max`` sources. Rules: ``ratio`` (score ≥ t × best: the shipped
rule, t = 0.9), ``margin`` (best − score ≤ m, separately for the first's law and other laws),
``adjacent`` (margins for the article next to the first / elsewhere in its law / another law),
``softmax`` (probability ≥ π under a softmax over the kept scores at temperature T). Scores: the
shipped trees (in-sample on the files they were fitted on), ``--linear`` (the packaged weights), or
``--oof K`` (trees refitted without each group of files: every file scored out of fold). Round 14,
docs/benchmarks/answers.md "Round 14: second citations".
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from fit_rerank_model import Q, _tree_scores, fit_trees, packaged  # noqa: E402

from govrag.retrieval.rerank_model import load_model  # noqa: E402

Rule = tuple[str, tuple[float, ...], int]  # kind, parameters, max sources


class Case:
    """One question: its kept candidates (best first) with what the rules need."""

    def __init__(self, q: Q, row: dict[str, Any], score: np.ndarray) -> None:
        order = sorted(range(len(score)), key=lambda i: (-round(float(score[i]), 9), q.before[i]))
        best = float(score[order[0]])
        floor = best * 0.5 if best > 0 else best
        kept = [i for n, i in enumerate(order) if n < 5 and (n == 0 or score[i] >= floor)]
        cands = row["candidates"]
        self.file = q.file
        self.score = np.array([float(score[i]) for i in kept])
        self.gold = [bool(q.gold[i]) for i in kept]
        self.same = [q.law[i] == q.law[kept[0]] for i in kept]
        self.adjacent = [s_ and _adjacent(q.article[i], q.article[kept[0]])
                         for s_, i in zip(self.same, kept, strict=True)]
        self.matches = [cands[i].get("best") is not None for i in kept]
        x = [cands[i]["x"] for i in kept]
        self.settles = [x_.get("citation", 0.0) > 0 or x_.get("definition", 0.0) >= 0.99 for x_ in x]
        top = x[0]
        self.answers = self.settles[0] or top.get("lexical", 0.0) > 0.0

    def cited(self, admit: Callable[[Case, int], bool], most: int) -> list[int]:
        if not self.answers:
            return []
        out = [0]
        for i in range(1, len(self.score)):
            if len(out) >= most:
                break
            if (admit(self, i) and self.matches[i]
                    and (not self.settles[0] or self.settles[i])):
                out.append(i)
        return out


def _adjacent(a: str, b: str) -> bool:
    """The same article number (branch articles 5_2 of 5) or the next/previous one."""
    try:
        x, y = int(a.split("_")[0]), int(b.split("_")[0])
    except ValueError:
        return False
    return abs(x - y) <= 1


def admitter(rule: Rule) -> Callable[[Case, int], bool]:
    kind, p, _ = rule
    if kind == "ratio":
        return lambda c, i: c.score[0] > 0 and c.score[i] >= p[0] * c.score[0]
    if kind == "margin":
        return lambda c, i: c.score[0] - c.score[i] <= (p[0] if c.same[i] else p[1])
    if kind == "adjacent":  # next to the first article / elsewhere in its law / another law
        return lambda c, i: c.score[0] - c.score[i] <= (
            p[0] if c.adjacent[i] else p[1] if c.same[i] else p[2])
    if kind == "softmax":
        def soft(c: Case, i: int) -> bool:
            z = np.exp(p[0] * (c.score - c.score[0]))
            return bool(z[i] / z.sum() >= p[1])
        return soft
    raise ValueError(kind)


def measure(cases: Sequence[Case], rule: Rule) -> tuple[int, int, int, int, int]:
    """(questions, cited, first, citations, gold citations)."""
    admit = admitter(rule)
    n = cited = first = cits = good = 0
    for c in cases:
        picked = c.cited(admit, rule[2])
        n += 1
        g = [c.gold[i] for i in picked]
        cited += any(g)
        first += bool(g) and g[0]
        cits += len(g)
        good += sum(g)
    return n, cited, first, cits, good


def rules() -> list[Rule]:
    out: list[Rule] = [("ratio", (0.9,), 3)]
    for most in (2, 3):
        out += [("ratio", (t,), most) for t in np.round(np.arange(0.5, 1.001, 0.02), 2)]
        grid = [0.0, 0.01, 0.02, 0.03, 0.05, 0.07, 0.1, 0.13, 0.16, 0.2, 0.25, 0.3, 0.4, 0.6]
        out += [("margin", (a, b), most) for a, b in itertools.product(grid, grid)]
        out += [("adjacent", (a, b, c), most) for a, b, c in itertools.product(
            [0.1, 0.16, 0.2, 0.25, 0.3, 0.4, 0.6, 1.0], [0.0, 0.05, 0.1, 0.16, 0.2],
            [0.0, 0.05, 0.1, 0.16, 0.2, 0.3])]
        out += [("softmax", (t, p), most) for t in (3.0, 6.7, 10.0, 15.0, 25.0)
                for p in (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45)]
    return out


def _fmt(m: tuple[int, int, int, int, int]) -> str:
    n, cited, first, cits, good = m
    return (f"{cited / n:.3f} / {good / max(1, cits):.3f} / {first / n:.3f} / {cits / n:.2f}"
            f" ({cited}, {good}/{cits})")


def _choose(table: dict[Rule, tuple[int, int, int, int, int]], floor: float) -> Rule:
    """The rule citing the answering article most often at precision ≥ ``floor`` (ties: the more
    precise); one citation only when none reaches the floor."""
    ok = [(m[1], m[4] / max(1, m[3]), r) for r, m in table.items() if m[4] / max(1, m[3]) >= floor]
    return max(ok, key=lambda t: (t[0], t[1]))[2] if ok else ("ratio", (1.0,), 1)


def _scores(qs: Sequence[Q], args: argparse.Namespace) -> list[np.ndarray]:
    w = packaged()
    if args.linear:
        return [q.x @ w for q in qs]
    if not args.oof:
        model = load_model()
        return [np.asarray(model.scores(q.x @ w, q.raw, q.law, q.article, q.before)) for q in qs]
    if args.cache and args.cache.exists():
        flat = np.load(args.cache)
        cuts = np.cumsum([len(q.gold) for q in qs])[:-1]
        return list(np.split(flat, cuts))
    names = sorted({q.file for q in qs})
    group = {f: i % args.oof for i, f in enumerate(names)}
    out: dict[int, np.ndarray] = {}
    for k in range(args.oof):
        nodes, roots, t = fit_trees([q for q in qs if group[q.file] != k], trees=150, depth=3,
                                    lr=0.1, leaf_l2=1.0, min_leaf=50)
        for i, q in enumerate(qs):
            if group[q.file] == k:
                out[i] = _tree_scores(q, nodes, roots, t, 3)
        print(f"  trees without group {k} fitted", file=sys.stderr, flush=True)
    scores = [out[i] for i in range(len(qs))]
    if args.cache:
        np.save(args.cache, np.concatenate(scores))
    return scores


Counts = tuple[int, int, int, int, int]


def _name(rule: Rule) -> str:
    return f"{rule[0]} ({', '.join(f'{float(v):g}' for v in rule[1])}) max {rule[2]}"


class Study:
    """Every rule measured on every file; leave-one-file-out choice at a precision floor."""

    def __init__(self, cases: Sequence[Case]) -> None:
        self.files = list(dict.fromkeys(c.file for c in cases))
        self.grid = rules()
        self.per: dict[str, dict[Rule, Counts]] = {
            f: {r: measure([c for c in cases if c.file == f], r) for r in self.grid}
            for f in self.files}

    def pool(self, fs: Sequence[str], r: Rule) -> Counts:
        return tuple(sum(self.per[f][r][k] for f in fs) for k in range(5))  # type: ignore[return-value]

    def lofo(self, floor: float) -> list[tuple[str, Rule]]:
        out = []
        for f in self.files:
            train = [g for g in self.files if g != f]
            out.append((f, _choose({r: self.pool(train, r) for r in self.grid}, floor)))
        return out

    def held(self, chosen: Sequence[tuple[str, Rule]]) -> Counts:
        return tuple(sum(self.per[f][r][k] for f, r in chosen) for k in range(5))  # type: ignore[return-value]


def _table(st: Study, floor: float) -> list[str]:
    shipped = st.grid[0]
    lines = ["| held-out file | n | shipped (ratio 0.9, max 3) | rule chosen on the other files "
             "| held out |", "|---|---|---|---|---|"]
    chosen = st.lofo(floor)
    for f, rule in chosen:
        lines.append(f"| {f} | {st.per[f][shipped][0]} | {_fmt(st.per[f][shipped])} | {_name(rule)} "
                     f"| {_fmt(st.per[f][rule])} |")
    lines.append(f"| **pooled** | {st.held(chosen)[0]} | **{_fmt(st.pool(st.files, shipped))}** "
                 f"| {len({r for _, r in chosen})} distinct rules | **{_fmt(st.held(chosen))}** |")
    return lines


def _frontier(st: Study, floors: Sequence[float]) -> list[str]:
    lines = ["| precision floor | pooled held out (LOFO) | best ratio (in-sample) | best margin "
             "| best adjacent | best softmax |", "|---|---|---|---|---|---|"]
    for floor in floors:
        cells = [_fmt(st.held(st.lofo(floor)))]
        for kind in ("ratio", "margin", "adjacent", "softmax"):
            best = _choose({r: st.pool(st.files, r) for r in st.grid if r[0] == kind}, floor)
            cells.append(f"{_name(best)}: {_fmt(st.pool(st.files, best))}")
        lines.append(f"| {floor:.3f} | " + " | ".join(cells) + " |")
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--features", type=Path, nargs="+", required=True)
    ap.add_argument("--min-precision", type=float, default=0.55)
    ap.add_argument("--floors", type=float, nargs="*", default=[0.5, 0.53, 0.55, 0.565, 0.58])
    ap.add_argument("--linear", action="store_true", help="score by the packaged weights alone")
    ap.add_argument("--oof", type=int, default=0, metavar="K",
                    help="score each file by trees refitted without its group of files (K groups, "
                         "round robin over the sorted names; fit_rerank_model.py's settings)")
    ap.add_argument("--cache", type=Path, help="with --oof: save (or reuse) the scores here (.npy)")
    args = ap.parse_args()
    rows = [row for path in args.features
            for row in json.loads(path.read_text(encoding="utf-8"))["rows"]]
    qs = [Q(row) for row in rows]
    st = Study([Case(q, row, s) for q, row, s in zip(qs, rows, _scores(qs, args), strict=True)])
    print(f"cells: cited / precision / first / citations per answer (questions cited, gold "
          f"citations / citations); LOFO floor {args.min_precision}\n")
    print("\n".join(_table(st, args.min_precision)))
    print()
    print("\n".join(_frontier(st, args.floors)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
