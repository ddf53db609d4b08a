"""``govrag eval``: retrieval quality on a question set, question-set checks, manifest checks.

Commands (all take ``--json``):

* ``govrag eval retrieval --corpus PATH [--index DIR] [--questions FILE | --lawqa [PATH]]`` —
  Recall@k / MRR@k overall and per question kind; ``--require recall@5=0.8`` turns it into a
  gate (exit 1 when a threshold is missed);
* ``govrag eval questions [FILE] [--corpus PATH]`` — counts per kind/split/law and, with a
  corpus, checks that every gold article exists (exit 1 otherwise);
* ``govrag eval manifest FILE`` — checks a corpus manifest's files and SHA-256 on disk.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from govrag.cli.util import add_command, add_group, print_json
from govrag.errors import ConfigError, InputError

__all__ = ["default_questions_path", "parse_requirement", "register"]

_RETRIEVAL_EXAMPLES = """\
  govrag eval retrieval --corpus ../shared/corpora/egov-xml --index ./index-core29
  govrag eval retrieval --corpus ../shared/corpora/egov-xml --index ./index-core29 --split dev --json
  govrag eval retrieval --corpus ../shared/corpora/egov-xml --index ./index-core29 \\
      --require recall@5=0.80 --require mrr@10=0.62
  govrag eval retrieval --corpus ../shared/corpora --index ./index-all --lawqa
"""
_QUESTIONS_EXAMPLES = """\
  govrag eval questions
  govrag eval questions corpora/eval/statute_questions.jsonl --corpus ../shared/corpora/egov-xml --json
"""
_MANIFEST_EXAMPLES = """\
  govrag eval manifest corpora/core-29.toml
  govrag eval manifest corpora/acts-1722.toml --no-hashes --json
"""


def default_questions_path() -> Path:
    """``corpora/eval/statute_questions.jsonl`` of this checkout (not shipped in wheels)."""
    return Path(__file__).resolve().parents[2] / "corpora" / "eval" / "statute_questions.jsonl"


def parse_requirement(text: str) -> tuple[str, int, float]:
    """``"recall@5=0.8"`` -> ``("recall", 5, 0.8)``; metrics: recall, mrr, coverage.

    >>> parse_requirement("mrr@10=0.62")
    ('mrr', 10, 0.62)
    """
    try:
        lhs, value = text.split("=", 1)
        metric, k = lhs.strip().lower().split("@", 1)
        parsed = (metric, int(k), float(value))
    except ValueError:
        raise ConfigError(f"bad --require {text!r}; expected METRIC@K=VALUE, e.g. recall@5=0.8") from None
    if parsed[0] not in ("recall", "mrr", "coverage"):
        raise ConfigError(f"bad --require metric {parsed[0]!r}; valid: recall, mrr, coverage")
    return parsed


def register(sub: Any) -> None:
    """Add ``govrag eval`` and its sub-commands."""
    inner = add_group(
        sub, "eval", help="evaluate retrieval quality; check question sets and corpus manifests",
        examples=_RETRIEVAL_EXAMPLES + _QUESTIONS_EXAMPLES + _MANIFEST_EXAMPLES,
    )

    p = add_command(inner, "retrieval", help="Recall@k / MRR@k of StatuteIndex on a question set",
                    examples=_RETRIEVAL_EXAMPLES)
    p.add_argument("--corpus", required=True, help="statute file or folder (e-Gov XML or text)")
    p.add_argument("--index", metavar="DIR",
                   help="index folder, built there or updated incrementally to match --corpus "
                        "(default: a temporary in-memory index)")
    p.add_argument("--embedder", metavar="NAME",
                   help="dense embedder when the index is built ('none': BM25 only; default: the index's)")
    p.add_argument("--analyzer", choices=["lemma", "char-bigram"],
                   help="sparse analyzer when the index is built (default: the index's)")
    src = p.add_mutually_exclusive_group()
    src.add_argument("--questions", metavar="FILE",
                     help="JSONL question set (default: corpora/eval/statute_questions.jsonl)")
    src.add_argument("--lawqa", nargs="?", const="", metavar="PATH",
                     help="use lawqa_jp (folder or selection.json; default: qa/lawqa_jp next to the corpus)")
    p.add_argument("--lawqa-choices", action="store_true",
                   help="append lawqa_jp answer options to the query text")
    p.add_argument("--split", choices=["dev", "test"], help="only questions of this split")
    p.add_argument("--kind", action="append", choices=["paraphrase", "scenario", "explicit"],
                   help="only questions of this kind (repeatable)")
    p.add_argument("-k", "--ks", type=int, nargs="+", default=[1, 5, 10], metavar="K",
                   help="cut-offs (default: 1 5 10; MRR is reported at the largest)")
    p.add_argument("--require", action="append", default=[], metavar="METRIC@K=VALUE",
                   help="fail (exit 1) when the metric is below VALUE, e.g. recall@5=0.8")
    p.add_argument("--misses", type=int, default=0, metavar="N",
                   help="also list up to N questions whose gold was not retrieved")
    p.add_argument("--rerank", type=int, metavar="N",
                   help="retrieve N candidates and rerank them (the pipeline's rerank stage) before "
                        "cutting at k")
    p.add_argument("--name", default="StatuteIndex", help="system name shown in the report")
    p.add_argument("--quiet", action="store_true", help="no progress output")
    p.add_argument("--json", action="store_true", help="one JSON document on stdout")
    p.set_defaults(func=_cmd_retrieval)

    q = add_command(inner, "questions", help="summarize a question set; verify gold against a corpus",
                    examples=_QUESTIONS_EXAMPLES)
    q.add_argument("file", nargs="?", help="JSONL question set (default: the project's own set)")
    q.add_argument("--corpus", help="check every gold article exists in this corpus")
    q.add_argument("--json", action="store_true", help="one JSON document on stdout")
    q.set_defaults(func=_cmd_questions)

    m = add_command(inner, "manifest", help="check a corpus manifest against the files on disk",
                    examples=_MANIFEST_EXAMPLES)
    m.add_argument("file", help="manifest TOML (e.g. corpora/core-29.toml)")
    m.add_argument("--base", help="folder the manifest's root is relative to")
    m.add_argument("--no-hashes", action="store_true", help="check presence only, not SHA-256")
    m.add_argument("--json", action="store_true", help="one JSON document on stdout")
    m.set_defaults(func=_cmd_manifest)



def _questions_file(value: str | None) -> Path:
    if value:
        return Path(value)
    path = default_questions_path()
    if not path.is_file():
        raise InputError(f"no question file given and the default {path} does not exist; pass --questions")
    return path


def _load_corpus(path: str) -> Any:
    try:
        from govrag.corpus import Corpus
    except ImportError as exc:
        raise ConfigError(f"govrag.corpus.Corpus is not available in this build ({exc})") from None
    return Corpus.from_path(path)


def _lawqa_path(value: str, corpus_path: str) -> Path:
    if value:
        return Path(value)
    start = Path(corpus_path).resolve()
    for base in (start, *start.parents[:2]):
        cand = base / "qa" / "lawqa_jp"
        if (cand / "selection.json").is_file():
            return cand
    raise InputError(f"lawqa_jp not found next to {corpus_path}; pass --lawqa PATH")


def _open_index(corpus: Any, args: argparse.Namespace) -> Any:
    try:
        statute_index: Any = importlib.import_module("govrag.retrieval").StatuteIndex
    except (ImportError, AttributeError) as exc:
        raise ConfigError(f"govrag.retrieval.StatuteIndex is not available in this build ({exc})") from None
    options: dict[str, Any] = {"progress": False if args.quiet else None}
    if args.embedder is not None:
        options["embedder"] = None if args.embedder.lower() == "none" else args.embedder
    if args.analyzer is not None:
        options["analyzer"] = args.analyzer
    if args.index is None:
        return statute_index.build(corpus, **options)
    # build() on an existing index folder is incremental (only changed units are re-embedded), so
    # the evaluated index always matches --corpus; opening it blindly could evaluate a stale one
    path = Path(args.index)
    path.mkdir(parents=True, exist_ok=True)
    if args.embedder is None:
        recorded = _recorded_embedder(path)
        if recorded is not False:
            options["embedder"] = recorded  # keep the index's own embedder (None: BM25 only)
    return statute_index.build(corpus, path=str(path), **options)


def _recorded_embedder(path: Path) -> str | bool | None:
    """The embedder spec an index at ``path`` was built with (None: BM25 only), or False when
    there is no index there yet or govrag cannot re-create its embedder by name."""
    from govrag.retrieval.embed import spec_for_name
    from govrag.retrieval.storage import read_manifest

    manifest = read_manifest(path, None)
    if manifest is None:
        return False
    if manifest.embedder is None:
        return None
    return spec_for_name(manifest.embedder) or False


def _reranked(index: Any, corpus: Any, candidates: int) -> Any:
    """``index.search`` with the rerank stage over ``candidates`` retrieved provisions."""
    from govrag.pipeline.stages import RerankStage

    if candidates < 1:
        raise ConfigError("--rerank needs at least 1 candidate")
    stage = RerankStage(corpus=corpus)

    def search(query: str, *, k: int) -> list[Any]:
        return stage.search(index, query, k=k, candidates=candidates)

    return search


def _cmd_retrieval(args: argparse.Namespace) -> int:
    from govrag.eval.lawqa import load_lawqa
    from govrag.eval.questions import filter_questions, load_questions
    from govrag.eval.retrieval import evaluate

    requirements = [parse_requirement(r) for r in args.require]
    for metric, k, _ in requirements:
        if k not in args.ks:
            raise ConfigError(f"--require {metric}@{k} needs k={k} among --ks {args.ks}")
    corpus = _load_corpus(args.corpus)
    if args.lawqa is not None:
        questions = load_lawqa(_lawqa_path(args.lawqa, args.corpus), corpus=corpus,
                               include_choices=args.lawqa_choices)
        source = "lawqa_jp"
    else:
        qfile = _questions_file(args.questions)
        questions = load_questions(qfile)
        source = str(qfile)
    questions = filter_questions(questions, split=args.split, kinds=args.kind)
    index = _open_index(corpus, args)
    show = not args.quiet and sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        print(f"\r{done}/{total} questions", end="" if done < total else "\n", file=sys.stderr)

    search = index.search if args.rerank is None else _reranked(index, corpus, args.rerank)
    report = evaluate(search, questions, ks=args.ks, name=args.name,
                      progress=progress if show else None)
    failed = []
    for metric, k, threshold in requirements:
        table = getattr(report.overall, metric)
        if table[k] < threshold:
            failed.append(f"{metric}@{k} = {table[k]:.3f} < {threshold}")
    if args.json:
        out = report.to_dict(per_question=True)
        out.update(questions=source, split=args.split, failed_requirements=failed)
        print_json(out)
    else:
        print(f"{report.name} on {source} ({report.overall.n} questions"
              + (f", split {args.split}" if args.split else "") + ")")
        print(report.to_markdown())
        print(f"query latency: p50 {report.latency_p50_ms:.1f} ms, p95 {report.latency_p95_ms:.1f} ms")
        by_id = {q.id: q for q in questions}
        for r in report.misses()[: args.misses]:
            got = ", ".join(f"{law}:{art}" for law, art in r.retrieved[:3]) or "nothing"
            want = ", ".join(f"{law}:{art}" for law, art in r.gold)
            print(f"  miss {r.id} [{r.kind}] {by_id[r.id].question} -> want {want}; got {got}")
        for line in failed:
            print(f"FAILED: {line}", file=sys.stderr)
    return 1 if failed else 0


def _cmd_questions(args: argparse.Namespace) -> int:
    from govrag.eval.questions import check_gold, load_questions

    path = _questions_file(args.file)
    questions = load_questions(path)
    problems: list[str] = []
    if args.corpus:
        problems = check_gold(questions, _load_corpus(args.corpus))
    summary: dict[str, Any] = {
        "file": str(path),
        "questions": len(questions),
        "by_kind": dict(Counter(q.kind for q in questions)),
        "by_split": dict(Counter(q.split or "none" for q in questions)),
        "by_law": dict(Counter(g.law_title for q in questions for g in q.gold[:1]).most_common()),
        "checked_against": args.corpus,
        "problems": problems,
    }
    if args.json:
        print_json(summary)
    else:
        print(f"{path}: {len(questions)} questions")
        print("  kinds: " + ", ".join(f"{k} {v}" for k, v in summary["by_kind"].items()))
        print("  splits: " + ", ".join(f"{k} {v}" for k, v in summary["by_split"].items()))
        print(f"  laws: {len(summary['by_law'])} (" + ", ".join(
            f"{k} {v}" for k, v in list(summary["by_law"].items())[:8]) + ", …)")
        if args.corpus:
            print(f"  gold checked against {args.corpus}: "
                  + ("all present" if not problems else f"{len(problems)} problem(s)"))
        for line in problems:
            print(f"  {line}")
    return 1 if problems else 0


def _cmd_manifest(args: argparse.Namespace) -> int:
    from govrag.eval.manifest import load_manifest

    manifest = load_manifest(args.file)
    problems = manifest.verify(args.base, hashes=not args.no_hashes)
    if args.json:
        print_json({"name": manifest.name, "laws": len(manifest.laws), "format": manifest.format,
                    "root": manifest.root, "problems": problems})
    else:
        print(f"{manifest.name}: {len(manifest.laws)} laws ({manifest.format}), root {manifest.root}")
        print("  on disk: " + ("matches" if not problems else f"{len(problems)} problem(s)"))
        for line in problems[:50]:
            print(f"  {line}")
    return 1 if problems else 0
