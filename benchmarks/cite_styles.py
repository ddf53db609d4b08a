"""Citation-style probe: re-cite the dev groundedness items in several styles, run verify_citations.

Each item that does not cite itself is cited, in turn, in front in 漢数字 (「A法第七条によれば、…」),
in 算用数字 without 第, by its abbreviation, in brackets before the full stop (「…（A法第七条）。」),
in brackets after it (「…。（略称7条）」), as a topic (「A法第七条は、…と定めています。」) and, for
two articles of one law, with 「同法」; for an article of several paragraphs, also citing the one
paragraph that shares most content words with the sentence (「A法第七条第二項によれば、…」 — an
approximation of a writer's pinpoint citation, sometimes the wrong paragraph). It prints, per
style, how many supported items are not ``valid`` and how many unsupported items are not
``unsupported``: a style that changes these counts is a style the citation parser or the claim
clause mishandles.

Usage::

    python benchmarks/cite_styles.py [--split dev] [--ids PREFIX] [--corpus ../shared/corpora/egov-xml]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def _styles(it: Any, corpus: Any, abbreviations: dict[str, list[str]]) -> dict[str, str]:
    from govrag.text.numerals import int_to_kanji

    laws = {law for law, _, _ in it.sources}
    arts = [a for _, a, _ in it.sources]
    if len(laws) > 1 or not all(a.isdigit() for a in arts):
        return {}
    law = laws.pop()
    title = corpus.law(law).title
    short = (abbreviations.get(law) or [title])[0]
    kanji = "、".join(f"第{int_to_kanji(int(a))}条" for a in arts)
    arabic = "、".join(f"第{a}条" for a in arts)
    body = it.sentence.rstrip("。")
    out = {
        "front, 漢数字": f"{title}{kanji}によれば、{it.sentence}",
        "front, abbreviation, 算用数字": f"{short}{arabic}によると、{it.sentence}",
        "brackets before 。": f"{body}（{title}{kanji}）。",
        "brackets after 。": f"{body}。（{short}{arabic}）",
        "topic, と定めています": f"{title}{kanji}は、{body}と定めています。",
    }
    if len(arts) == 1:
        out["front, 算用数字 without 第"] = f"{title}{arts[0]}条によると、{it.sentence}"
        para = _best_paragraph(it.sentence, corpus, law, arts[0])
        if para:
            out["front, one 項 (the best-matching paragraph)"] = (
                f"{title}{kanji}第{int_to_kanji(para)}項によれば、{it.sentence}")
    else:
        rest = "".join(f"、同法第{int_to_kanji(int(a))}条" for a in arts[1:])
        same = f"第{int_to_kanji(int(arts[0]))}条{rest}"
        out["同法"] = f"{title}{same}によれば、{it.sentence}"
    return out


def _best_paragraph(sentence: str, corpus: Any, law: str, article: str) -> int | None:
    """The paragraph of a several-paragraph article that shares most content words with the
    sentence (None for a one-paragraph article)."""
    from govrag.cite.claims import content_overlap

    paras = []
    for k in range(1, 50):
        prov = corpus.provision(law, article, k)
        if prov is None:
            break
        paras.append(prov.text)
    if len(paras) < 2:
        return None
    return 1 + max(range(len(paras)), key=lambda k: content_overlap(sentence, paras[k])[0])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev", choices=("dev", "devholdout"))
    ap.add_argument("--ids", default="")
    ap.add_argument("--corpus", default=str(ROOT / ".." / "shared" / "corpora" / "egov-xml"))
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from govrag.cite import parse_citations, verify_citations
    from govrag.corpus import Corpus
    from govrag.corpus.abbreviations import builtin_abbreviations
    from govrag.eval.guards import _SEVERITY, load_groundedness_set, resolve_sources

    corpus = Corpus.from_path(args.corpus)
    abbreviations = {k: list(v) for k, v in builtin_abbreviations().items()}
    path = ROOT / "corpora" / "eval" / f"groundedness_{args.split}.jsonl"
    wrong: dict[str, Counter[str]] = {"supported": Counter(), "unsupported": Counter()}
    total: dict[str, Counter[str]] = {"supported": Counter(), "unsupported": Counter()}
    for it in load_groundedness_set(path):
        if not it.id.startswith(args.ids) or parse_citations(it.sentence, corpus=corpus):
            continue
        srcs = resolve_sources(it, corpus)
        for name, text in _styles(it, corpus, abbreviations).items():
            items = verify_citations(text, sources=srcs, corpus=corpus).items
            worst = min((c.status for c in items), key=_SEVERITY.index, default="none")
            total[it.label][name] += 1
            wrong[it.label][name] += worst != ("valid" if it.label == "supported" else "unsupported")
    print("| style | supported not `valid` | unsupported not `unsupported` |")
    print("|---|---|---|")
    for name in total["supported"]:
        print(f"| {name} | {wrong['supported'][name]}/{total['supported'][name]} | "
              f"{wrong['unsupported'][name]}/{total['unsupported'][name]} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
