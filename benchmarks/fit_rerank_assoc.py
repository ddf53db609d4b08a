"""Round AX (issue 13): a learned lay→statute word association for the reranker, measured by
leave-one-file-out CV before anything ships.

    python benchmarks/fit_rerank_assoc.py augment --features DUMP --out DUMP_AX   # cross-fitted
    python benchmarks/fit_rerank_model.py --features DUMP_AX --assoc --trees-only \
        --cv-files answers_test20 … answers_test33        # LOFO: trees without / with the feature
    python benchmarks/fit_rerank_assoc.py write      # the table on every used file -> package
    python benchmarks/fit_rerank_assoc.py check      # refit: is the packaged table byte-identical?
    python benchmarks/fit_rerank_model.py --features DUMP_AX --no-cv --write   # trees, cross-fitted

Method: IBM Model 1 (Brown et al. 1993) translation probabilities t(q | a) of a question lemma q
given a lemma a of the answering article, fitted by EM (10 iterations, uniform start, a NULL
article word that absorbs the question words no article word explains) on (question → gold
article) pairs: every question of the used files (``corpora/eval/answers_dev*``, ``answers_test*``,
``statute_questions.jsonl``), one pair per gold article (weight 1 / number of golds). Lemmas are
govrag's content lemmas (:func:`govrag.text.content_lemmas`, fugashi + unidic-lite); question words
of :data:`govrag.retrieval.rerank_assoc.QUESTION_WORDS` and pure numbers are dropped; an article is the
set of lemmas of its caption and text (parsed from the e-Gov XML by :class:`govrag.corpus.Corpus`).
The table keeps the pairs with t ≥ ``PRUNE``.

Feature of a candidate article A (its caption + the hit's text, as the reranker sees it) for a
question q_1…q_m (the lemmas the table knows): the length-normalised Model-1 log-likelihood

    (1/m) Σ_j log( λ·bg(q_j) + (1 − λ)·(t(q_j | NULL) + Σ_{a∈A} t(q_j | a)) / (|A| + 1) )

with bg the question-lemma unigram distribution of the training pairs and λ = ``SMOOTH``; min-max
over the question's candidates (0 when all equal). Cross-fit: the table that scores a question is
trained without that question's file (one table per file; the other files' training rows of a
held-out fold come from tables that did see the held-out file — one level, not nested). The
packaged trees are fitted on these cross-fitted values too (the table trained on a question's own
file would tell the trees the association is more reliable than on a new question); the packaged
table is trained on every used file. Scoring is :mod:`govrag.retrieval.rerank_assoc`, as at run time.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from govrag.retrieval.rerank_assoc import (  # noqa: E402
    NULL,
    AssocTable,
    article_lemmas,
    question_lemmas,
    save_assoc,
)

CORE = ROOT.parent / "shared" / "corpora" / "egov-xml"
EVAL = ROOT / "corpora" / "eval"
ITERS = 10
PRUNE = 0.005
SMOOTH = 0.2
COMMAND = "python benchmarks/fit_rerank_assoc.py"


#: the newest question file the packaged table was trained on; later files are blind first runs
#: (answers_test34–37 arrived after the table was written) and must stay out of ``write``/``check``
LAST_TEST = 33


def _test_number(path: Path) -> int:
    digits = path.stem.removeprefix("answers_test")
    return int(digits) if digits.isdigit() else 0


def used_files() -> list[Path]:
    tests = [f for f in sorted(EVAL.glob("answers_test*.jsonl")) if _test_number(f) <= LAST_TEST]
    return [*sorted(EVAL.glob("answers_dev*.jsonl")), *tests, EVAL / "statute_questions.jsonl"]


def load_pairs(files: Iterable[Path], corpus_dir: Path) -> list[tuple[str, list[str], list[str], float]]:
    """(file stem, question lemmas, gold article lemmas, weight) per (question, gold article)."""
    from govrag.corpus import Corpus

    corpus = Corpus.from_path(corpus_dir)
    cache: dict[tuple[str, str], list[str] | None] = {}
    out = []
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            q = json.loads(line)
            ql = question_lemmas(q["question"])
            golds = q.get("gold") or []
            if not ql or not golds:
                continue
            for g in golds:
                key = (str(g["law_id"]), str(g["article"]))
                if key not in cache:
                    p = corpus.provision(key[0], key[1]) if key[1] else None
                    cache[key] = (list(article_lemmas(p.caption or "", p.text)) if p is not None
                                  else None)
                al = cache[key]
                if al:
                    out.append((path.stem, ql, al, 1.0 / len(golds)))
    return out


class Triples:
    """Every (pair, question position, article word) of the training pairs as flat arrays."""

    def __init__(self, pairs: Sequence[tuple[str, list[str], list[str], float]]) -> None:
        self.qv = sorted({w for _, ql, _, _ in pairs for w in ql})
        self.av = [NULL, *sorted({w for _, _, al, _ in pairs for w in al})]
        qi = {w: i for i, w in enumerate(self.qv)}
        ai = {w: i for i, w in enumerate(self.av)}
        files = sorted({f for f, _, _, _ in pairs})
        self.files = files
        q_ids, a_ids, group, weight, file_of = [], [], [], [], []
        g = 0
        self.q_tok, self.q_file, self.q_w = [], [], []  # per question token (for the background)
        for f, ql, al, w in pairs:
            a = np.array([0, *(ai[x] for x in al)], dtype=np.int32)
            for x in ql:
                q_ids.append(np.full(len(a), qi[x], dtype=np.int32))
                a_ids.append(a)
                group.append(np.full(len(a), g, dtype=np.int32))
                weight.append(w)
                file_of.append(files.index(f))
                self.q_tok.append(qi[x])
                g += 1
        self.q = np.concatenate(q_ids)
        self.a = np.concatenate(a_ids)
        self.group = np.concatenate(group)
        self.gw = np.array(weight)
        self.gfile = np.array(file_of)
        self.q_tok_arr = np.array(self.q_tok)
        combo, self.combo = np.unique(self.q.astype(np.int64) * len(self.av) + self.a, return_inverse=True)
        self.c_q = (combo // len(self.av)).astype(np.int32)
        self.c_a = (combo % len(self.av)).astype(np.int32)

    def fit(self, exclude: str | None = None) -> dict[str, Any]:
        """Model 1 by EM on the pairs not from file ``exclude``; pruned table + background."""
        keep_g = self.gfile != (self.files.index(exclude) if exclude in self.files else -1)
        keep = keep_g[self.group]
        combo, group = self.combo[keep], self.group[keep]
        gw = self.gw
        nc, ng = len(self.c_q), len(self.gfile)
        # uniform start: t(q | a) = 1 / (number of question words seen with a)
        present = np.bincount(combo, minlength=nc) > 0
        tot = np.bincount(self.c_a, weights=present.astype(float), minlength=len(self.av))
        t = np.where(present, 1.0 / np.maximum(tot[self.c_a], 1.0), 0.0)
        for _ in range(ITERS):
            tt = t[combo]
            z = np.bincount(group, weights=tt, minlength=ng)
            post = tt / z[group] * gw[group]
            count = np.bincount(combo, weights=post, minlength=nc)
            total = np.bincount(self.c_a, weights=count, minlength=len(self.av))
            t = np.where(total[self.c_a] > 0, count / np.maximum(total[self.c_a], 1e-300), 0.0)
        strong = t >= PRUNE
        bg = np.bincount(self.q_tok_arr[keep_g], weights=gw[keep_g], minlength=len(self.qv)) + 1.0
        return {"qv": self.qv, "av": self.av, "q": self.c_q[strong], "a": self.c_a[strong],
                "t": t[strong], "bg": bg / bg.sum()}


def as_table(table: dict[str, Any]) -> AssocTable:
    return AssocTable(qv=tuple(table["qv"]), av=tuple(table["av"]), q=table["q"], a=table["a"],
                      t=table["t"], bg=table["bg"], smooth=SMOOTH)


def write(corpus_dir: Path, directory: Path | None) -> str:
    """The table fitted on every used file, packaged (``directory``: elsewhere)."""
    files = used_files()
    pairs = load_pairs(files, corpus_dir)
    table = Triples(pairs).fit()
    return save_assoc(table, smooth=SMOOTH, command=f"{COMMAND} write",
                      extra={"method": "IBM Model 1, EM", "iterations": ITERS, "prune": PRUNE,
                             "pairs": len(pairs), "files": [f.stem for f in files]},
                      directory=directory)


def augment(dump: Path, out: Path, corpus_dir: Path) -> None:
    feats = json.loads(dump.read_text(encoding="utf-8"))
    pairs = load_pairs(used_files(), corpus_dir)
    print(f"{len(pairs)} training pairs", file=sys.stderr, flush=True)
    tr = Triples(pairs)
    print(f"{len(tr.qv)} question words, {len(tr.av)} article words, {len(tr.q)} triples",
          file=sys.stderr, flush=True)
    tables: dict[str, AssocTable] = {}
    for n, row in enumerate(feats["rows"]):
        f = row["file"]
        if f not in tables:
            tables[f] = as_table(tr.fit(exclude=f))
            print(f"  table without {f}: {len(tables[f].t)} pairs ({n} rows done)",
                  file=sys.stderr, flush=True)
        arts = [article_lemmas(c.get("caption", ""), c.get("text", "")) for c in row["candidates"]]
        for c, x in zip(row["candidates"], tables[f].normalised(row["question"], arts), strict=True):
            c["x"]["assoc"] = x
    out.write_text(json.dumps(feats, ensure_ascii=False), encoding="utf-8")
    print(f"wrote {out}", file=sys.stderr)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("command", choices=("augment", "write", "check"))
    ap.add_argument("--features", type=Path, help="augment: a fit_rerank_weights.py --dump file")
    ap.add_argument("--out", type=Path, help="augment: the dump with `assoc`; write: this folder")
    ap.add_argument("--corpus", type=Path, default=CORE)
    args = ap.parse_args()
    if args.command == "augment":
        if not args.features or not args.out:
            ap.error("augment needs --features and --out")
        augment(args.features, args.out, args.corpus)
    elif args.command == "write":
        print(f"wrote the table, SHA-256 {write(args.corpus, args.out)}")
    else:  # refit into a temporary folder: is the packaged table byte-identical?
        import tempfile

        from govrag.retrieval.rerank_assoc import load_assoc

        with tempfile.TemporaryDirectory() as tmp:
            digest = write(args.corpus, Path(tmp))
        load_assoc()
        want = json.loads((ROOT / "govrag" / "retrieval" / "data" / "rerank_assoc.json")
                          .read_text("utf-8"))["sha256"]
        print("packaged table reproduced" if digest == want else f"differs: {digest} vs {want}")
        return 0 if digest == want else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
