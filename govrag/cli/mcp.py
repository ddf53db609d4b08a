"""``govrag mcp``: serve govrag's statute tools to an MCP client (Claude Desktop, an IDE, an
agent framework) over stdin/stdout.

>>> import argparse
>>> p = argparse.ArgumentParser(); sub = p.add_subparsers()
>>> register(sub)
>>> a = p.parse_args(["mcp", "--corpus", "laws/", "--index", ".govrag/index"])
>>> a.corpus, a.index
(['laws/'], '.govrag/index')
"""

from __future__ import annotations

import argparse
from typing import Any

from govrag.cli.util import add_command

__all__ = ["register"]


def register(sub: Any) -> None:
    """Add the ``mcp`` command."""
    p = add_command(
        sub, "mcp",
        help="run an MCP server (stdio) with statute search, citation checks and DLP tools",
        examples="  govrag mcp --corpus ../shared/corpora/egov-xml --index .govrag/index\n"
                 "  govrag mcp --corpus laws/   # builds a BM25 index in memory on the first search\n"
                 '  # an MCP client config: {"command": "govrag", "args": ["mcp", "--corpus", "/srv/laws"]}',
    )
    p.add_argument("--corpus", required=True, action="append",
                   help="e-Gov XML / text statute file or folder (repeat for several)")
    p.add_argument("--index", default=None,
                   help="index folder from `govrag index build --out` (default: BM25 built in memory)")
    p.set_defaults(func=_mcp)


def _mcp(args: argparse.Namespace) -> int:
    from govrag.serve.mcp import serve_stdio

    serve_stdio(args.corpus, index=args.index)
    return 0
