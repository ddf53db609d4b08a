"""Small helpers shared by the command modules (JSON output, input reading, help layout).

>>> import io, contextlib
>>> buf = io.StringIO()
>>> with contextlib.redirect_stdout(buf):
...     print_json({"法令": "行政手続法", "n": 1})
>>> buf.getvalue()
'{"法令": "行政手続法", "n": 1}\\n'
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from govrag._jsonable import to_jsonable
from govrag.errors import InputError

if TYPE_CHECKING:  # pragma: no cover
    from govrag.retrieval.index import StatuteIndex

__all__ = [
    "add_command",
    "add_group",
    "add_index_target",
    "open_index",
    "print_json",
    "read_text_input",
    "to_jsonable",
]


def print_json(obj: Any) -> None:
    """Print one JSON document (UTF-8, not ASCII-escaped) to stdout."""
    print(json.dumps(to_jsonable(obj), ensure_ascii=False))


def add_command(
    sub: Any, name: str, *, help: str, examples: str, description: str | None = None
) -> argparse.ArgumentParser:
    """Add a sub-command whose ``--help`` ends with an ``examples:`` block."""
    parser: argparse.ArgumentParser = sub.add_parser(
        name,
        help=help,
        description=description or help,
        epilog="examples:\n" + examples.rstrip() + "\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    return parser


def add_group(
    sub: Any, name: str, *, help: str, examples: str, description: str | None = None
) -> Any:
    """A command group (``govrag NAME SUBCOMMAND``): returns the action to add sub-commands to;
    the group alone prints its help and exits with status 2."""
    group = add_command(sub, name, help=help, examples=examples, description=description)
    inner = group.add_subparsers(dest=f"{name}_command", metavar="SUBCOMMAND")

    def _usage(args: argparse.Namespace) -> int:
        group.print_help()
        return 2

    group.set_defaults(func=_usage)
    return inner


def add_index_target(parser: argparse.ArgumentParser) -> None:
    """``--index DIR`` or ``--url URL`` (one of them required) and ``--collection``: an existing
    index, opened by :func:`open_index`."""
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--index", help="index folder built by `govrag index build --out`")
    where.add_argument("--url", help="Qdrant server URL (API key from QDRANT_API_KEY)")
    parser.add_argument("--collection", default="govrag_statutes")


def open_index(args: argparse.Namespace) -> StatuteIndex:
    """The index :func:`add_index_target`'s options name (the API key from ``QDRANT_API_KEY``)."""
    import os

    from govrag.retrieval.index import StatuteIndex

    return StatuteIndex.open(
        path=args.index, url=args.url, api_key=os.environ.get("QDRANT_API_KEY"), collection=args.collection
    )


def read_text_input(source: str, *, max_bytes: int = 50 * 1024 * 1024) -> str:
    """Read UTF-8 text from a path or ``-`` (stdin); binary or invalid UTF-8 is an InputError."""
    if source == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        name = "<stdin>"
    else:
        path = Path(source)
        if not path.is_file():
            raise InputError(f"no such file: {source}")
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
        name = source
    if len(data) > max_bytes:
        raise InputError(f"{name} is larger than {max_bytes} bytes")
    if b"\x00" in data:
        raise InputError(f"{name} looks binary (contains NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name} is not valid UTF-8 (byte {exc.start})") from None
