"""``govrag corpus info|show|pull``: inspect statute folders and fetch laws from e-Gov.

>>> import argparse
>>> parser = argparse.ArgumentParser(prog="govrag")
>>> register(parser.add_subparsers())
>>> args = parser.parse_args(["corpus", "show", "corpora/x", "行政手続法第七条第一項", "--json"])
>>> args.reference, args.json
('行政手続法第七条第一項', True)
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from govrag.cite.reference import parse_reference
from govrag.cli import util as cliutil
from govrag.errors import ConfigError

__all__ = ["register"]

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
