"""``govrag ask``: answer an administrative question from the statutes, end to end.

The corpus comes from ``--corpus`` (or ``GOVRAG_CORPUS``); a local index is built on first use
under the cache directory, keyed by the corpus content, and reused afterwards. The offline
``extractive`` provider answers unless ``--provider`` names another. Every run is audited.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from govrag.audit.paths import default_audit_path
from govrag.cli.util import add_command, print_json
from govrag.errors import ConfigError
from govrag.retrieval.cache import default_cache_dir, open_or_build_index

__all__ = ["register"]

_EXAMPLES = """\
  govrag ask "申請書に不備があったら役所はどうしないといけない？" --corpus ../shared/corpora/egov-xml
  govrag ask "情報公開法第5条の不開示情報とは" --corpus ../shared/corpora/egov-xml --json
  govrag ask "..." --corpus DIR --provider plamo-2.0-prime --max-level 2 --audit runs.sqlite3
"""


def _provider(args: argparse.Namespace) -> Any:
    from govrag.providers import get_provider

    kwargs: dict[str, Any] = {}
    for name in ("base_url", "api_key", "model", "max_level"):
        value = getattr(args, name)
        if value is not None:
            kwargs[name] = value
    return get_provider(args.provider, **kwargs)


def _summary(result: Any) -> dict[str, Any]:
    cls = result.classification
    return {
        "answer": result.answer,
        "blocked": result.blocked,
        "reason": result.reason,
        "citations": [
            {
                "text": c.citation.text,
                "status": c.status,
                "law_id": c.citation.law_id,
                "law_title": c.citation.law_title,
                "article": c.citation.article,
                "paragraph": c.citation.paragraph,
                "item": c.citation.item,
                "explanation": c.explanation,
            }
            for c in result.citations
        ],
        "classification": None if cls is None else {
            "level": cls.level,
            "reasons": [str(r) for r in getattr(cls, "reasons", ())],
        },
        "findings": [
            {"entity_type": f.entity_type, "start": f.start, "end": f.end} for f in result.findings
        ],
        "sources": [
            {"citation": h.citation, "law_id": h.law_id, "article": h.article,
             "paragraph": h.paragraph, "score": h.score}
            for h in result.hits
        ],
        "verdicts": [
            {"guard": v.guard, "passed": v.passed, "explanation": v.explanation}
            for v in result.verdicts
        ],
        "cost_jpy": result.cost_jpy,
        "audit_id": result.audit_id,
    }


def _completion_hint(index: Any, corpus_paths: list[str], cache_dir: Path) -> str | None:
    """One line saying the answer came from BM25 alone and how to add the dense half."""
    if index.retrieval_mode != "sparse" or not index.dense_pending:
        return None
    corpus = " ".join(f"--corpus {p}" for p in corpus_paths)
    return (
        "retrieval: sparse (BM25 + thesaurus + citations; the dense half is not built yet). "
        f"Complete it: govrag index build {corpus} --cache-dir {cache_dir} [--background]"
    )


def _print_human(summary: dict[str, Any], audit_path: Path) -> None:
    if summary["blocked"]:
        print(f"[blocked] {summary['reason']}")
    else:
        print(summary["answer"] or "")
    if summary["citations"]:
        print("\n根拠条文の検証:")
        # one line per distinct verdict: a provision quoted in the text and listed under 根拠条文
        # is two citations with the same verdict (both stay in --json and in the audit row)
        lines = Counter(
            f"  {'✓' if c['status'] == 'valid' else '✗'} {c['text']} — {c['status']}: {c['explanation']}"
            for c in summary["citations"]
        )
        for line, times in lines.items():
            print(line + (f" (×{times})" if times > 1 else ""))
    cls = summary["classification"]
    counts = Counter(f["entity_type"] for f in summary["findings"])
    found = ", ".join(f"{t}×{n}" for t, n in sorted(counts.items())) or "なし"
    level = cls["level"] if cls else "?"
    print(f"\nDLP: 機密性{level} / 検出: {found}")
    cost = summary["cost_jpy"]
    print(f"cost: {'unknown' if cost is None else f'{cost:.4f} 円'}")
    print(f"audit: {summary['audit_id']} ({audit_path})")


def _ask(args: argparse.Namespace) -> int:
    from govrag.audit import AuditLog
    from govrag.pipeline import build_preset
    from govrag.retrieval.snapshot import load_corpus

    env = os.environ.get("GOVRAG_CORPUS", "")
    corpus_paths = args.corpus or [p for p in env.split(os.pathsep) if p]
    if not corpus_paths:
        raise ConfigError("no corpus: pass --corpus PATH (e.g. ../shared/corpora/egov-xml) "
                          "or set GOVRAG_CORPUS")
    cache_dir = Path(args.cache_dir) if args.cache_dir else default_cache_dir()
    corpus = load_corpus(corpus_paths, cache_dir=cache_dir)  # a snapshot when the files are unchanged
    if len(corpus) == 0:  # not .laws: that decodes every law of a snapshot
        raise ConfigError(f"no laws could be loaded from {', '.join(map(str, corpus_paths))}")
    progress = False if (args.quiet or args.json) else None
    index = open_or_build_index(
        corpus, cache_dir=cache_dir, progress=progress, dense_budget_s=args.dense_budget,
        background=args.background,
    )
    audit_path = Path(args.audit) if args.audit else default_audit_path()
    audit_path.parent.mkdir(parents=True, exist_ok=True)
    audit = AuditLog(audit_path, app_id="govrag-cli")
    pipeline = build_preset(
        args.preset, index=index, corpus=corpus, provider=_provider(args), audit=audit,
        k=args.k, laws=args.law or None,
    )
    result = pipeline.run(args.query, metadata={"app_id": "govrag-cli", "user_id": args.user})
    summary = _summary(result)
    summary["retrieval_mode"] = index.retrieval_mode
    if args.json:
        print_json(summary)
    else:
        _print_human(summary, audit_path)
        hint = _completion_hint(index, [str(p) for p in corpus_paths], cache_dir)
        if hint is not None and not args.quiet:
            print(hint, file=sys.stderr)
    return 0


def register(sub: Any) -> None:
    p = add_command(
        sub, "ask", help="answer a question from the statutes with verified citations",
        examples=_EXAMPLES,
    )
    p.add_argument("query", help="the question (Japanese)")
    p.add_argument("--corpus", action="append",
                   help="statute file or folder, repeatable (default: $GOVRAG_CORPUS, "
                        f"several joined by {os.pathsep!r})")
    p.add_argument("--preset", choices=["qa", "drafting", "strict"], default="qa")
    p.add_argument("-k", type=int, default=5, help="provisions to retrieve (default 5)")
    p.add_argument("--law", action="append", help="restrict retrieval to a law (repeatable)")
    p.add_argument("--provider", default="extractive", help="provider id (default: extractive, offline)")
    p.add_argument("--base-url", help="endpoint of the provider's OpenAI-compatible API")
    p.add_argument("--api-key", help="API key (prefer the profile's environment variable)")
    p.add_argument("--model", help="model name at the endpoint")
    p.add_argument("--max-level", type=int, choices=[1, 2],
                   help="highest 機密性 level this deployment is approved for")
    p.add_argument("--audit", help="audit log path (default: $GOVRAG_AUDIT or ~/.local/share/govrag)")
    p.add_argument("--cache-dir", help="index cache (default: $GOVRAG_CACHE_DIR or ~/.cache/govrag)")
    p.add_argument("--user", help="user id recorded in the audit log")
    p.add_argument("--dense-budget", type=float, default=0.0, metavar="SECONDS",
                   help="while the index has no dense half yet, embed for up to this long before "
                        "answering (resumes where the last call stopped; default 0)")
    p.add_argument("--background", action="store_true",
                   help="build the missing dense half in a detached process (see `govrag index status`)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=_ask)
