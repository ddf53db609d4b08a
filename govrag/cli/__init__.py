"""The ``govrag`` command line.

Each command group is one module of this package (``govrag/cli/<group>.py``, mirroring the
library packages) exposing ``register(subparsers)``; handlers take the parsed arguments and return
an exit status. No other govrag package imports ``govrag.cli``.
Heavy libraries are imported inside handlers, so ``govrag --help`` stays fast.

Exit status: 0 success, 1 a check failed (e.g. invalid citations, a broken audit chain),
2 usage or input error, 3 other govrag errors.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from govrag.errors import ConfigError, CorpusError, GovragError, InputError

__all__ = ["build_parser", "main"]

#: Modules that contribute commands, in the order they appear in ``govrag --help``.
COMMAND_MODULES: tuple[str, ...] = (
    "govrag.cli.corpus",
    "govrag.cli.retrieval",
    "govrag.cli.dlp",
    "govrag.cli.cite",
    "govrag.cli.providers",
    "govrag.cli.ask",
    "govrag.cli.audit",
    "govrag.cli.eval",
)

_EPILOG = """examples:
  govrag corpus info ../shared/corpora/egov-xml
  govrag ask "申請書に不備があったら役所はどうしないといけない？" --corpus ../shared/corpora/egov-xml
  govrag scan memo.txt --json
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="govrag",
        description="Accountable retrieval-augmented Q&A over Japanese statutes.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    from govrag import __version__

    parser.add_argument("--version", action="version", version=f"govrag {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``govrag`` console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", None)
    if func is None:
        parser.print_help()
        return 2
    try:
        return int(func(args) or 0)
    except (InputError, ConfigError, CorpusError) as exc:
        print(f"govrag: error: {exc}", file=sys.stderr)
        return 2
    except GovragError as exc:
        print(f"govrag: error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 3
    except KeyboardInterrupt:
        print("govrag: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
