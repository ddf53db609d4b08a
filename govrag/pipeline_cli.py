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

from govrag.cliutil import add_command, print_json
from govrag.errors import ConfigError

__all__ = ["default_audit_path", "default_cache_dir", "open_or_build_index", "register"]

_EXAMPLES = """\
  govrag ask "申請書に不備があったら役所はどうしないといけない？" --corpus ../shared/corpora/egov-xml
  govrag ask "情報公開法第5条の不開示情報とは" --corpus ../shared/corpora/egov-xml --json
  govrag ask "..." --corpus DIR --provider plamo-2.0-prime --max-level 2 --audit runs.sqlite3
"""


def default_cache_dir() -> Path:
    """``$GOVRAG_CACHE_DIR``, else ``$XDG_CACHE_HOME/govrag``, else ``~/.cache/govrag``."""
    if os.environ.get("GOVRAG_CACHE_DIR"):
        return Path(os.environ["GOVRAG_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "govrag"


def default_audit_path() -> Path:
    """``$GOVRAG_AUDIT``, else ``$XDG_DATA_HOME/govrag/audit.sqlite3`` (``~/.local/share``)."""
    if os.environ.get("GOVRAG_AUDIT"):
        return Path(os.environ["GOVRAG_AUDIT"])
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "govrag" / "audit.sqlite3"


def open_or_build_index(corpus: Any, *, cache_dir: Path, progress: bool | None = None) -> Any:
    """Reuse the index for this corpus content under ``cache_dir``, building it on first use.

    Indexes live in ``cache_dir/index/<corpus hash>``; embeddings in ``cache_dir/embeddings.sqlite``.
    """
    from govrag.retrieval import StatuteIndex
    from govrag.retrieval.state import IndexIncomplete

    path = cache_dir / "index" / corpus.content_hash.removeprefix("sha256:")[:24]
    if path.exists():
        try:
            return StatuteIndex.open(path=str(path))
        except (IndexIncomplete, ConfigError) as exc:  # never use a half-built index: rebuild it
            print(f"govrag: rebuilding the index at {path} ({exc})", file=sys.stderr)
            return StatuteIndex.build(corpus, path=str(path), progress=progress, rebuild=True,
                                      cache_dir=cache_dir)
    path.mkdir(parents=True, exist_ok=True)
    # the embedding cache is shared by every corpus version: an amended law re-embeds only the
    # provisions whose text changed
    return StatuteIndex.build(corpus, path=str(path), progress=progress, cache_dir=cache_dir)


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


def _print_human(summary: dict[str, Any], audit_path: Path) -> None:
    if summary["blocked"]:
        print(f"[blocked] {summary['reason']}")
    else:
        print(summary["answer"] or "")
    if summary["citations"]:
        print("\n根拠条文の検証:")
        for c in summary["citations"]:
            mark = "✓" if c["status"] == "valid" else "✗"
            print(f"  {mark} {c['text']} — {c['status']}: {c['explanation']}")
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
    from govrag.corpus import Corpus
    from govrag.presets import build_preset

    env = os.environ.get("GOVRAG_CORPUS", "")
    corpus_paths = args.corpus or [p for p in env.split(os.pathsep) if p]
    if not corpus_paths:
        raise ConfigError("no corpus: pass --corpus PATH (e.g. ../shared/corpora/egov-xml) "
                          "or set GOVRAG_CORPUS")
    corpus = Corpus.from_paths(corpus_paths)
    if not corpus.laws:
        raise ConfigError(f"no laws could be loaded from {', '.join(map(str, corpus_paths))}")
    progress = False if (args.quiet or args.json) else None
    cache_dir = Path(args.cache_dir) if args.cache_dir else default_cache_dir()
    index = open_or_build_index(corpus, cache_dir=cache_dir, progress=progress)
    audit_path = Path(args.audit) if args.audit else default_audit_path()
    audit_path.parent.mkdir(parents=True, exist_ok=True)
    audit = AuditLog(audit_path, app_id="govrag-cli")
    pipeline = build_preset(
        args.preset, index=index, corpus=corpus, provider=_provider(args), audit=audit,
        k=args.k, laws=args.law or None,
    )
    result = pipeline.run(args.query, metadata={"app_id": "govrag-cli", "user_id": args.user})
    summary = _summary(result)
    if args.json:
        print_json(summary)
    else:
        _print_human(summary, audit_path)
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
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=_ask)
