"""``govrag cite``: parse and verify statute citations in an answer (exit 1 when any is not valid).

>>> import argparse
>>> parser = argparse.ArgumentParser(prog="govrag")
>>> register(parser.add_subparsers(dest="command"))
>>> args = parser.parse_args(["cite", "check", "a.txt", "--corpus", "c", "--sources", "行政手続法第七条"])
>>> args.sources
['行政手続法第七条']
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from govrag.cli.util import add_command, add_group, print_json, read_text_input
from govrag.errors import InputError

__all__ = ["register"]

_CHECK_EXAMPLES = """\
  govrag cite check answer.txt --corpus ../shared/corpora/egov-xml --sources 行政手続法第七条 行政手続法第八条
  govrag cite check answer.txt --corpus ../shared/corpora/egov-xml --sources hits.json --json
  echo "行政手続法第7条により…" | govrag cite check - --corpus ../shared/corpora/egov-xml
"""
_PARSE_EXAMPLES = """\
  govrag cite parse answer.txt --corpus ../shared/corpora/egov-xml
  echo "民法第九十条及び同法第九十一条" | govrag cite parse - --corpus ../shared/corpora/egov-xml --json
"""


def register(sub: Any) -> None:
    """Add ``govrag cite check`` and ``govrag cite parse``."""
    cite_sub = add_group(
        sub, "cite", help="parse and verify statute citations in an answer", examples=_CHECK_EXAMPLES
    )

    check = add_command(
        cite_sub,
        "check",
        examples=_CHECK_EXAMPLES,
        help="verify every citation of ANSWER_FILE against the corpus and the retrieved sources",
        description="Verify citations: nonexistent / not_in_sources / misquoted / unsupported / valid. "
        "Exit status 1 when any citation is not valid.",
    )
    check.add_argument("answer", metavar="ANSWER_FILE", help="UTF-8 text file, or - for stdin")
    check.add_argument(
        "--corpus", required=True, metavar="PATH", help="statute file or folder (e-Gov XML/text)"
    )
    check.add_argument(
        "--sources",
        nargs="*",
        default=None,
        metavar="SPEC",
        help="retrieved sources: citation strings (行政手続法第七条) or JSON files of hits; "
        "omitted: the not_in_sources check is skipped",
    )
    check.add_argument(
        "--default-law", default=None, metavar="NAME", help="law that 第N条 without a law name refers to"
    )
    check.add_argument("--no-semantic", action="store_true", help="skip the content-overlap check")
    check.add_argument("--json", action="store_true", help="print the report as JSON")
    check.set_defaults(func=_check)

    parse = add_command(
        cite_sub,
        "parse",
        examples=_PARSE_EXAMPLES,
        help="list the citations found in a text, relative references resolved",
    )
    parse.add_argument("text", metavar="TEXT_FILE", help="UTF-8 text file, or - for stdin")
    parse.add_argument("--corpus", default=None, metavar="PATH", help="statute file or folder (law names)")
    parse.add_argument("--default-law", default=None, metavar="NAME")
    parse.add_argument("--json", action="store_true", help="print JSON")
    parse.set_defaults(func=_parse)


def _load_sources(specs: list[str]) -> list[Any]:
    out: list[Any] = []
    for spec in specs:
        path = Path(spec)
        if spec.endswith(".json") or path.is_file():
            try:
                data = json.loads(read_text_input(spec))
            except json.JSONDecodeError as exc:
                raise InputError(f"{spec}: not valid JSON (line {exc.lineno}: {exc.msg})") from None
            hits = data.get("hits", data.get("sources")) if isinstance(data, dict) else data
            if not isinstance(hits, list):
                raise InputError(f'{spec}: expected a JSON list of hits or {{"hits": [...]}}')
            for n, h in enumerate(hits):
                if isinstance(h, str):
                    out.append(h)
                elif isinstance(h, dict):
                    out.append(h)
                else:
                    raise InputError(f"{spec}: hit {n} is neither an object nor a citation string")
        else:
            out.append(spec)
    return out


def _check(args: argparse.Namespace) -> int:
    from govrag.cite.verify import verify_citations
    from govrag.corpus import Corpus

    answer = read_text_input(args.answer)
    corpus = Corpus.from_path(args.corpus)
    sources = _load_sources(args.sources) if args.sources is not None else None
    report = verify_citations(
        answer, sources=sources, corpus=corpus, default_law=args.default_law, semantic=not args.no_semantic
    )
    if args.json:
        print_json(report.to_dict())
    else:
        print(report.to_text())
    return 0 if report.ok else 1


def _parse(args: argparse.Namespace) -> int:
    from govrag.cite.grammar import parse_citations

    text = read_text_input(args.text)
    corpus = None
    if args.corpus:
        from govrag.corpus import Corpus

        corpus = Corpus.from_path(args.corpus)
    cits = parse_citations(text, corpus=corpus, default_law=args.default_law)
    if args.json:
        print_json([{**_fields(c), "address": c.address if c.article is not None else None} for c in cits])
    else:
        for c in cits:
            where = c.address if c.article is not None else "-"
            note = f"  ({c.problem})" if c.problem else ""
            print(f"[{c.start}:{c.end}] {c.text}\t{where}\t{c.law_id or 'unresolved'}{note}")
        if not cits:
            print("no statute citations found")
    return 0


def _fields(c: Any) -> dict[str, Any]:
    from govrag.cli.util import to_jsonable

    out: dict[str, Any] = to_jsonable(c)
    return out
