"""``govrag corpus info|show|pull``: inspect statute folders and fetch laws from e-Gov.

>>> import argparse
>>> parser = argparse.ArgumentParser(prog="govrag")
>>> register(parser.add_subparsers())
>>> args = parser.parse_args(["corpus", "show", "corpora/x", "行政手続法第七条第一項", "--json"])
>>> args.reference, args.json
('行政手続法第七条第一項', True)
>>> parse_reference("行政手続法第七条第一項", ["行政手続法"])
Reference(law='行政手続法', suppl=False, article='7', paragraph=1, item=None)
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from govrag import cliutil
from govrag.errors import ConfigError

__all__ = ["Reference", "parse_reference", "register"]

_N = "[〇一二三四五六七八九十百千0-9０-９]+"
_TAIL_RE = re.compile(
    rf"^(?P<suppl>附則)?(?P<art>第{_N}条(?:の{_N})*)?(?P<para>第{_N}項)?(?P<item>第{_N}号(?:の{_N})*)?$")

_BARE_RE = re.compile(rf"^(?:附則)?第{_N}[条項号]")


@dataclass(frozen=True, slots=True)
class Reference:
    """A simple statute reference: law name + 附則? + 第N条(のM) + 第N項 + 第N号(のM)."""

    law: str
    suppl: bool
    article: str | None
    paragraph: int | None
    item: str | None


def parse_reference(text: str, law_names: Iterable[str] = ()) -> Reference:
    """Split ``行政手続法第七条第一項`` into its parts. Known ``law_names`` are matched longest first
    (titles may contain 第N条 themselves); otherwise the law name is what precedes the first
    article part. Raises :class:`ConfigError` when the text is not such a reference.

    >>> parse_reference("地方自治法第二百五十二条の十九第一項第一号")
    Reference(law='地方自治法', suppl=False, article='252_19', paragraph=1, item='1')
    >>> parse_reference("行政手続法附則第二項")
    Reference(law='行政手続法', suppl=True, article=None, paragraph=2, item=None)
    """
    import unicodedata

    from govrag.text.numerals import article_key, item_key, kanji_to_int

    ref = "".join(unicodedata.normalize("NFKC", text).split())
    candidates = sorted((n for n in law_names if n and ref.startswith(n)), key=len, reverse=True)
    splits = [(c, ref[len(c):]) for c in candidates]
    for i in range(1, len(ref) + 1):  # fallback: shortest law name whose tail parses
        splits.append((ref[:i], ref[i:]))
    for law, tail in splits:
        m = _TAIL_RE.match(tail)
        if (not law or not m or not (m.group("art") or m.group("para")) or law == "附則"
                or _BARE_RE.match(law)):
            continue
        art = m.group("art")
        para = m.group("para")
        item = m.group("item")
        return Reference(
            law=law,
            suppl=bool(m.group("suppl")),
            article=article_key(art) if art else None,
            paragraph=kanji_to_int(para[1:-1]) if para else None,
            item=item_key(item) if item else None,
        )
    raise ConfigError(f"not a statute reference: {text!r} (expected e.g. 行政手続法第七条第一項)")


def register(sub: Any) -> None:
    """Add the ``corpus`` command group to the ``govrag`` parser."""
    csub = cliutil.add_group(
        sub, "corpus", help="inspect statute files and fetch laws from e-Gov",
        examples="  govrag corpus info ../shared/corpora/egov-xml\n"
                 "  govrag corpus show ../shared/corpora/egov-xml 行政手続法第七条第一項\n"
                 "  govrag corpus pull 405AC0000000088 --out statutes/\n")

    info = cliutil.add_command(
        csub, "info", help="count laws, articles and provisions; list files that failed to load",
        examples="  govrag corpus info ../shared/corpora/egov-xml\n"
                 "  govrag corpus info ../shared/corpora/egov-xml-acts --json --laws\n")
    info.add_argument("path", help="a statute file or a folder (searched recursively)")
    info.add_argument("--laws", action="store_true", help="also list every law")
    info.add_argument("--strict", action="store_true", help="exit 1 when some file failed to load")
    info.add_argument("--json", action="store_true", help="print one JSON document")
    info.set_defaults(func=_info)

    show = cliutil.add_command(
        csub, "show", help="print one provision by its citation",
        examples="  govrag corpus show ../shared/corpora/egov-xml 行政手続法第七条第一項\n"
                 "  govrag corpus show ../shared/corpora/egov-xml 情報公開法第五条第一号 --json\n"
                 "  govrag corpus show ../shared/corpora/egov-xml 行政手続法附則第一項\n")
    show.add_argument("path", help="a statute file or a folder")
    show.add_argument("reference", help="law name or abbreviation + 第N条 [+ 第N項] [+ 第N号]")
    show.add_argument("--json", action="store_true", help="print one JSON document")
    show.set_defaults(func=_show)

    pull = cliutil.add_command(
        csub, "pull", help="download laws from the e-Gov 法令API v2 (needs internet)",
        examples="  govrag corpus pull 405AC0000000088 411AC0000000042 --out statutes/\n"
                 "  govrag corpus pull 405AC0000000088 --out statutes/ --cache .egov-cache --json\n")
    pull.add_argument("law_ids", nargs="+", metavar="LAW_ID", help="e-Gov law ids (405AC0000000088)")
    pull.add_argument("--out", required=True, help="folder to write <revision_id>.xml files into")
    pull.add_argument("--base-url", default=None, help="API base URL (default: the official e-Gov API)")
    pull.add_argument("--cache", default=None, help="folder for cached API responses")
    pull.add_argument("--timeout", type=float, default=30.0, help="seconds per request (default 30)")
    pull.add_argument("--retries", type=int, default=3, help="retries per request (default 3)")
    pull.add_argument("--json", action="store_true", help="print one JSON document")
    pull.set_defaults(func=_pull)


def _info(args: argparse.Namespace) -> int:
    from govrag.corpus import Corpus

    corpus = Corpus.from_path(args.path)
    articles = sum(1 for _ in corpus.provisions(level="article", suppl=False))
    main_articles = sum(len(law.main_articles) for law in corpus.laws)
    total = sum(len(law.provisions) for law in corpus.laws)
    errors = [p for p in corpus.problems if p.kind == "error"]
    doc: dict[str, Any] = {
        "path": args.path,
        "laws": len(corpus),
        "articles": main_articles,
        "article_units": articles,
        "provisions": total,
        "content_hash": corpus.content_hash,
        "problems": [cliutil.to_jsonable(p) for p in corpus.problems],
    }
    if args.laws:
        doc["law_list"] = [
            {"law_id": law.law_id, "title": law.title, "law_num": law.law_num,
             "revision_id": law.revision_id, "articles": len(law.main_articles),
             "provisions": len(law.provisions), "abbreviations": list(law.abbreviations),
             "path": law.source_path}
            for law in corpus.laws]
    if args.json:
        cliutil.print_json(doc)
    else:
        print(f"{args.path}: {len(corpus)} laws, {main_articles} articles (main provisions), "
              f"{total} provisions, {len(errors)} bad files")
        if args.laws:
            for law in corpus.laws:
                print(f"  {law.law_id}  {law.title}  ({len(law.main_articles)} articles)")
        for p in corpus.problems:
            print(f"  {p.kind}: {p.message}", file=sys.stderr)
    return 1 if args.strict and errors else 0


def _show(args: argparse.Namespace) -> int:
    from govrag.corpus import Corpus

    corpus = Corpus.from_path(args.path)
    ref = parse_reference(args.reference, corpus.law_names())
    law = corpus.get_law(ref.law)
    if ref.article is None and ref.paragraph is None:
        raise ConfigError(f"{args.reference!r} names no article or paragraph")
    prov = corpus.provision(law, ref.article or "", ref.paragraph, ref.item, suppl=ref.suppl)
    if prov is None:
        label = "".join(args.reference.split())
        print(f"govrag: {label} does not exist in {law.title} ({law.revision_id or law.law_id})",
              file=sys.stderr)
        return 1
    if args.json:
        doc = cliutil.to_jsonable(prov)
        doc["citation"] = prov.citation
        cliutil.print_json(doc)
    else:
        head = prov.citation + (f"　{prov.caption}" if prov.caption else "")
        print(head)
        print(prov.text)
    return 0


def _pull(args: argparse.Namespace) -> int:
    from pathlib import Path

    try:
        from govrag.corpus import egov_api
    except ImportError as exc:
        raise ConfigError(f"the e-Gov API client is not available in this build ({exc})") from None

    kwargs: dict[str, Any] = {"out_dir": Path(args.out), "cache_dir": args.cache and Path(args.cache),
                              "timeout": args.timeout, "retries": args.retries,
                              "progress": not args.json}
    if args.base_url:
        kwargs["base_url"] = args.base_url
    paths = egov_api.pull(list(args.law_ids), **kwargs)
    if args.json:
        cliutil.print_json({"written": [str(p) for p in paths]})
    else:
        for p in paths:
            print(p)
    return 0
