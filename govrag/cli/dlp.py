"""``govrag scan`` and ``govrag redact``: find or replace personal information in a text file.

Values are printed only with ``--show-values``; the default table shows type, span, score and
recognizer. ``-`` reads standard input. Input is read and scanned as a stream of windows
(:func:`govrag.dlp.scan_stream`), so memory stays bounded for any file size; a progress bar shows
on a terminal (never when stderr is piped).

>>> import argparse
>>> parser = argparse.ArgumentParser(prog="govrag")
>>> register(parser.add_subparsers())
>>> args = parser.parse_args(["scan", "memo.txt", "--json", "--show-values"])
>>> args.source, args.json, args.show_values
('memo.txt', True, True)
>>> parser.parse_args(["redact", "-", "--operator", "mask"]).operator
'mask'
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any, BinaryIO

from govrag.cli import util as cliutil
from govrag.cli.util import to_jsonable
from govrag.dlp.classify import classify_findings
from govrag.dlp.model import Finding, Reason
from govrag.errors import InputError

__all__ = ["register"]

_SCAN_EXAMPLES = """\
  govrag scan memo.txt
  echo '申請者山田太郎様の電話は03-1234-5678です' | govrag scan - --json
  govrag scan memo.txt --show-values      # prints the detected values too
"""
_REDACT_EXAMPLES = """\
  govrag redact memo.txt > memo.redacted.txt
  echo '個人番号は123456789018です' | govrag redact -
  govrag redact memo.txt --operator mask --json
"""


def register(sub: Any) -> None:
    """Add ``scan`` and ``redact`` to the ``govrag`` sub-command parser."""
    p = cliutil.add_command(
        sub, "scan", help="find personal information (Japanese DLP) in a text file", examples=_SCAN_EXAMPLES
    )
    p.add_argument("source", metavar="FILE|-", help="UTF-8 text file, or - for standard input")
    p.add_argument("--json", action="store_true", help="print findings and classification as JSON")
    p.add_argument("--show-values", action="store_true", help="also print the detected values (careful)")
    p.set_defaults(func=_scan)

    r = cliutil.add_command(
        sub,
        "redact",
        help="replace personal information with <TYPE_n> placeholders",
        examples=_REDACT_EXAMPLES,
    )
    r.add_argument("source", metavar="FILE|-", help="UTF-8 text file, or - for standard input")
    r.add_argument(
        "--json", action="store_true", help="print redacted text, findings and classification as JSON"
    )
    r.add_argument(
        "--operator",
        choices=("replace", "mask", "hash", "pseudonymize"),
        default="replace",
        help="how values are replaced (default: replace)",
    )
    r.set_defaults(func=_redact)


_BLOCK = 1 << 20  # bytes read at a time


def _text_pieces(source: str, *, command: str) -> Iterator[str]:
    """Decoded UTF-8 pieces of a file or stdin, read block by block (bounded memory), with a
    progress bar on a terminal's stderr (quiet when piped). NUL bytes or invalid UTF-8: InputError."""
    import codecs
    import os

    from tqdm import tqdm

    if source == "-":
        fh: BinaryIO = sys.stdin.buffer
        name, total = "<stdin>", None
    else:
        path = Path(source)
        if not path.is_file():
            raise InputError(f"no such file: {source}")
        fh = path.open("rb")
        name, total = source, os.path.getsize(path)
    decoder = codecs.getincrementaldecoder("utf-8")()
    bar = tqdm(total=total, unit="B", unit_scale=True, desc=command, file=sys.stderr,
               disable=not sys.stderr.isatty(), leave=False)
    offset = 0
    try:
        while True:
            block = fh.read(_BLOCK)
            nul = block.find(b"\x00")
            if nul >= 0:
                raise InputError(f"{name} looks binary (contains NUL bytes, byte {offset + nul})")
            try:
                piece = decoder.decode(block, final=not block)
            except UnicodeDecodeError as exc:
                raise InputError(f"{name} is not valid UTF-8 (byte {offset + exc.start})") from None
            offset += len(block)
            bar.update(len(block))
            if piece:
                yield piece
            if not block:
                return
    finally:
        bar.close()
        if fh is not sys.stdin.buffer:
            fh.close()


def _row(f: Finding, value: str | None) -> dict[str, Any]:
    row: dict[str, Any] = {
        "entity_type": f.entity_type,
        "start": f.start,
        "end": f.end,
        "score": f.score,
        "recognizer": f.recognizer,
    }
    if value is not None:
        row["value"] = value
    return row


def _scan(args: argparse.Namespace) -> int:
    from govrag.dlp import default_engine
    from govrag.dlp.classify import find_markings
    from govrag.dlp.stream import windows

    markings: list[Reason] = []
    n = 0
    has_pii = False
    out = sys.stdout
    if args.json:
        out.write('{"findings": [')
    else:
        head = ["type", "span", "score", "recognizer"] + (["value"] if args.show_values else [])
        out.write(_line(head) + "\n")
    for core, text, found in windows(_text_pieces(args.source, command="scan"), engine=default_engine()):
        markings += [replace(r, start=r.start + core, end=r.end + core) for r in find_markings(text)]
        for f in found:
            value = text[f.start - core : f.end - core] if args.show_values else None
            if args.json:
                out.write((", " if n else "") + json.dumps(_row(f, value), ensure_ascii=False))
            else:
                cells = [f.entity_type, f"{f.start}-{f.end}", f"{f.score:.2f}", f.recognizer]
                out.write(_line(cells + ([value] if value is not None else [])) + "\n")
            n += 1
            has_pii = True
    level = max([2 if has_pii else 1, *(r.level for r in markings)])
    if args.json:
        reasons = json.dumps(to_jsonable(markings), ensure_ascii=False)
        out.write(f'], "level": {level}, "reasons": {reasons}}}\n')
        return 0
    print(f"機密性{level}  findings: {n}")
    for reason in markings:
        print(f"marking {reason.type} at {reason.start}-{reason.end} (機密性{reason.level})")
    return 0


def _line(cells: list[str]) -> str:
    widths = (20, 17, 5, 28)
    return "  ".join(c.ljust(w) for c, w in zip(cells, (*widths, 0), strict=False)).rstrip()


def _redact(args: argparse.Namespace) -> int:
    from govrag.dlp import default_engine, redact_stream

    eng = default_engine()
    pieces = _text_pieces(args.source, command="redact")
    chunks: Iterable[str]
    if args.operator == "pseudonymize":  # needs the whole text to choose non-colliding names
        text = "".join(pieces)
        red = eng.redact(text, operator=args.operator)
        chunks = [red.text]
        findings: Callable[[], list[Finding]] = lambda: list(red.findings)  # noqa: E731
        level: Callable[[], int] = lambda: classify_findings(text, red.findings).level  # noqa: E731
    else:
        stream = redact_stream(pieces, engine=eng, operator=args.operator, keep_findings=args.json)
        chunks, findings, level = stream, lambda: stream.findings, lambda: stream.level
    out = sys.stdout
    if args.json:
        out.write(f'{{"operator": "{args.operator}", "text": "')
    last = ""
    for piece in chunks:
        out.write(json.dumps(piece, ensure_ascii=False)[1:-1] if args.json else piece)
        last = piece[-1:] or last
    if args.json:
        rows = json.dumps(to_jsonable(findings()), ensure_ascii=False)
        out.write(f'", "findings": {rows}, "level": {level()}}}\n')
    elif last != "\n":
        out.write("\n")
    return 0
