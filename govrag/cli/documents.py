"""``govrag index add``: put the office's own documents (PDF, DOCX, XLSX, HTML, Markdown, text)
into an existing index, classified and redacted per passage, re-indexing only changed files.

>>> import argparse
>>> parser = argparse.ArgumentParser(prog="govrag")
>>> from govrag.cli import util as cliutil
>>> group = cliutil.add_group(parser.add_subparsers(), "index", help="x", examples="")
>>> register_index_add(group)
>>> args = parser.parse_args(["index", "add", "docs/", "--index", "idx", "--json"])
>>> args.paths, args.index, args.redact
(['docs/'], 'idx', True)
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from govrag.cli import util as cliutil
from govrag.errors import ConfigError

__all__ = ["register_index_add"]

VAULT_KEY_ENV = "GOVRAG_VAULT_KEY"


def register_index_add(index_sub: Any) -> None:
    """Add ``add`` under the ``govrag index`` group."""
    add = cliutil.add_command(
        index_sub,
        "add",
        help="add office documents (通知・要領・Q&A…) to an index; unchanged files are skipped",
        examples="  govrag index add docs/ --index .govrag/index\n"
        "  govrag index add 通知/ 要領/qa.xlsx --index .govrag/index --json\n"
        "  GOVRAG_VAULT_KEY=$(python -c 'import os;print(os.urandom(32).hex())') \\\n"
        "      govrag index add kian/ --index .govrag/index --vault .govrag/vault.bin\n",
    )
    add.add_argument("paths", nargs="+", help="files or folders (folders recursively)")
    cliutil.add_index_target(add)
    add.add_argument(
        "--no-redact",
        dest="redact",
        action="store_false",
        help="store personal data unredacted (passages stay 機密性2)",
    )
    add.add_argument(
        "--vault", help=f"keep the redacted originals in this encrypted vault (key: hex in ${VAULT_KEY_ENV})"
    )
    add.add_argument("--no-prune", dest="prune", action="store_false", help="keep passages of deleted files")
    add.add_argument("--quiet", action="store_true", help="no progress bars")
    add.add_argument("--json", action="store_true", help="print the outcome as JSON")
    add.set_defaults(func=_add)


def _vault(path: str | None) -> tuple[Any, bytes | None]:
    if path is None:
        return None, None
    from govrag.dlp import Vault

    raw = os.environ.get(VAULT_KEY_ENV, "")
    try:
        key = bytes.fromhex(raw)
    except ValueError:
        key = b""
    if len(key) not in (16, 24, 32):
        raise ConfigError(f"--vault needs a 16/24/32-byte key as hex in ${VAULT_KEY_ENV}")
    vault = Vault.load(path, key=key) if Path(path).is_file() else Vault(ttl_seconds=None)
    return vault, key


def _add(args: argparse.Namespace) -> int:
    from govrag.documents.index import add_documents

    vault, key = _vault(args.vault)
    progress = False if args.quiet or args.json else None
    with cliutil.open_index(args) as index:
        result = add_documents(
            index, args.paths, progress=progress, redact=args.redact, vault=vault, prune=args.prune
        )
    if vault is not None and key is not None:
        vault.save(args.vault, key=key)
    if args.json:
        cliutil.print_json(
            {
                "indexed": [
                    {
                        "source": d.meta.source,
                        "title": d.meta.title,
                        "number": d.meta.number,
                        "issued": d.meta.issued,
                        "level": d.level,
                        "passages": len(d.passages),
                        "levels": sorted({p.level for p in d.passages}),
                    }
                    for d in result.documents
                ],
                "unchanged": result.unchanged,
                "removed": result.removed,
                "skipped": [_skipped(s) for s in result.skipped],
            }
        )
    else:
        print(result.summary(), file=sys.stderr)
    return 1 if result.skipped else 0


def _skipped(s: Any) -> dict[str, str]:
    return {"path": s.path, "error": s.error, "reason": s.reason, "message": s.message}
