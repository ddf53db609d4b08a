"""Build corpora/eval/citations_ja.jsonl: drafting-assistant style answers with labelled citations.

Every answer is composed from real provisions of ../shared/corpora/egov-xml. The label of each
citation follows from how its sentence was built, never from govrag's verifier:

* valid           the cited provision exists, is among the sources, and the sentence restates
                  (polite form) or quotes verbatim a part of its first paragraph;
* nonexistent     an article number past the end of the law, a paragraph past the last one, or a
                  deleted (削除) article;
* not_in_sources  a real provision, faithfully restated, that is not in the answer's sources;
* misquoted       a 「quote」 of the provision with one phrase changed;
* unsupported     a restatement whose period/number or modality was changed, or the content of a
                  different provision attributed to this one.

Citation forms vary: full titles and abbreviations, kanji / arabic / full-width numbers, bare
「7条」, 第N項, 同法, 同条, 前条. Deterministic (seeded).

Usage::

    python benchmarks/cite_dataset_build.py [--corpus ../shared/corpora/egov-xml] \
        [--out corpora/eval/citations_ja.jsonl]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

LAWS: list[tuple[str, list[str]]] = [
    ("行政手続法", ["行政手続法", "行手法"]),
    ("行政機関の保有する情報の公開に関する法律", ["行政機関の保有する情報の公開に関する法律", "情報公開法"]),
    ("個人情報の保護に関する法律", ["個人情報の保護に関する法律", "個人情報保護法"]),
    ("公文書等の管理に関する法律", ["公文書等の管理に関する法律", "公文書管理法"]),
    ("行政不服審査法", ["行政不服審査法", "行審法"]),
    ("地方自治法", ["地方自治法"]),
    ("国家公務員法", ["国家公務員法", "国公法"]),
    ("地方公務員法", ["地方公務員法", "地公法"]),
    ("行政事件訴訟法", ["行政事件訴訟法", "行訴法"]),
    ("デジタル社会形成基本法", ["デジタル社会形成基本法"]),
    ("サイバーセキュリティ基本法", ["サイバーセキュリティ基本法"]),
    ("国家賠償法", ["国家賠償法", "国賠法"]),
    ("電子署名及び認証業務に関する法律", ["電子署名法"]),
    ("著作権法", ["著作権法"]),
    ("民法", ["民法"]),
    ("行政手続における特定の個人を識別するための番号の利用等に関する法律", ["番号法", "マイナンバー法"]),
]

_KANJI_DIGITS = "〇一二三四五六七八九"
_FW = str.maketrans("0123456789", "０１２３４５６７８９")

_POLITE = [
    ("努めなければならない", "努めなければなりません"),
    ("しなければならない", "しなければなりません"),
    ("なければならない", "なければなりません"),
    ("してはならない", "してはなりません"),
    ("てはならない", "てはなりません"),
    ("することができる", "することができます"),
    ("ことができる", "ことができます"),
    ("ものとする", "ものとされています"),
    ("をいう", "をいいます"),
]
_MODALITY_FLIPS = [
    ("努めなければなりません", "しなければなりません"),
    ("しなければなりません", "することができます"),
    ("することができます", "しなければなりません"),
    ("ことができます", "ことはできません"),
    ("してはなりません", "することができます"),
    ("てはなりません", "てもかまいません"),
]
_MISQUOTE_SUBS = [
    ("遅滞なく", "速やかに"),
    ("速やかに", "直ちに"),
    ("しなければならない", "することができる"),
    ("することができる", "しなければならない"),
    ("行政庁", "行政機関"),
    ("行政機関の長", "行政庁"),
    ("してはならない", "しないよう努める"),
    ("努めなければならない", "しなければならない"),
    ("国", "政府"),
    ("地方公共団体", "市町村"),
    ("職員", "公務員"),
    ("本人", "当事者"),
    ("個人情報", "個人データ"),
    ("開示", "公開"),
    ("申請", "届出"),
    ("処分", "決定"),
    ("必要", "重要"),
    ("法律", "政令"),
]
_INNER_REF = re.compile(
    r"[〇一二三四五六七八九十百千]+[条項号]|前[条項号]|同[条項号]|次[条項号]|各号|この法"
    r"律"
)
_QTY_RE = re.compile(r"([〇一二三四五六七八九十百千]+)(日|月|年|週間|時間|人|円)")


def kanji(n: int) -> str:
    from govrag.text.numerals import int_to_kanji

    return int_to_kanji(n)


def num_form(n: int, style: str) -> str:
    if style == "kanji":
        return kanji(n)
    if style == "fullwidth":
        return str(n).translate(_FW)
    return str(n)


def art_text(key: str, style: str) -> str:
    parts = key.split("_")
    return (
        "第"
        + num_form(int(parts[0]), style)
        + "条"
        + "".join("の" + num_form(int(p), style) for p in parts[1:])
    )


def polite(sentence: str) -> str:
    s = sentence.rstrip("。")
    for a, b in _POLITE:
        if s.endswith(a):
            return s[: -len(a)] + b
    return s + "とされています"


def first_sentence(text: str, limit: int = 110) -> str:
    s = text.split("\n")[0]
    s = s.split("。")[0] + "。"
    s = re.sub(r"（[^（）]*）", "", s)
    if len(s) > limit:
        cut = s.rfind("、", 0, limit)
        s = s[: cut if cut > 20 else limit]
    return s


def fragment(text: str, rng: random.Random) -> str | None:
    s = text.split("\n")[0].split("。")[0]
    s = re.sub(r"（[^（）]*）", "", s)
    pieces = [p for p in re.split(r"(?<=、)", s) if p]
    if not pieces:
        return None
    start = rng.randrange(len(pieces))
    frag = ""
    for p in pieces[start:]:  # consecutive pieces only: a quote is a contiguous stretch
        frag += p
        if len(frag) >= 16:
            break
    frag = frag.rstrip("、")
    return frag[:60] if len(frag) >= 8 else None


@dataclass
class Art:
    law_id: str
    title: str
    key: str
    text: str  # paragraph 1 (or the article) text
    full: str  # whole article text
    paragraphs: int


def collect(corpus: Any) -> dict[str, list[Art]]:
    out: dict[str, list[Art]] = {}
    for title, _names in LAWS:
        law = corpus.law(title)
        if law is None:
            continue
        arts = []
        for p in law.main_articles:
            if p.deleted or "_" in p.article or ":" in p.article or not p.article.isdigit():
                continue
            para1 = corpus.provision(law, p.article, 1)
            text = para1.text if para1 is not None else p.text
            first = text.split("\n")[0]
            if (
                not (25 <= len(first) <= 260)
                or "削除" in text[:4]
                or "別表" in text
                or _INNER_REF.search(first)
            ):
                continue
            n_para = sum(
                1
                for q in law.provisions
                if not q.suppl and q.article == p.article and q.paragraph is not None and q.item is None
            )
            arts.append(Art(law.law_id, law.title, p.article, text, p.text, max(n_para, 1)))
        out[title] = arts
    return out


def deleted_articles(corpus: Any) -> list[tuple[str, str]]:
    out = []
    for title, _ in LAWS:
        law = corpus.law(title)
        for p in law.main_articles if law is not None else ():
            if p.deleted and p.article.isdigit():
                out.append((title, p.article))
    return out


_LABEL_DRAW = (
    "valid",
    "valid",
    "valid",
    "nonexistent",
    "not_in_sources",
    "misquoted",
    "unsupported",
    "unsupported",
)


class Builder:
    def __init__(self, corpus: Any, seed: int = 20261128) -> None:
        self.corpus = corpus
        self.rng = random.Random(seed)
        self.arts = collect(corpus)
        self.deleted = deleted_articles(corpus)
        self.max_art = {
            t: max(int(p.article.split("_")[0].split(":")[-1]) for p in corpus.law(t).main_articles)
            for t, _ in LAWS
            if corpus.law(t) is not None
        }

    # one citation sentence -------------------------------------------------------------
    def sentence(self, label: str, art: Art, cite: str, other: Art | None) -> str | None:
        rng = self.rng
        if label in ("valid", "not_in_sources", "nonexistent"):
            src = other if (label == "nonexistent" and other is not None) else art
            if rng.random() < 0.3 and label != "nonexistent":
                frag = fragment(src.text, rng)
                if frag:
                    return f"{cite}は、「{frag}」と定めています。"
            tmpl = rng.choice(["{c}によれば、{p}。", "{c}では、{p}。", "{c}により、{p}。"])
            return tmpl.format(c=cite, p=polite(first_sentence(src.text)))
        if label == "misquoted":
            for _ in range(8):
                frag = fragment(art.text, rng)
                if not frag:
                    return None
                subs = [(a, b) for a, b in _MISQUOTE_SUBS if a in frag]
                if subs:
                    a, b = rng.choice(subs)
                    bad = frag.replace(a, b, 1)
                else:
                    cut = rng.randrange(2, max(3, len(frag) - 4))
                    bad = frag[:cut] + "原則として" + frag[cut:]
                if bad not in art.full:
                    return f"{cite}は、「{bad}」と定めています。"
            return None
        if label == "unsupported":
            body = polite(first_sentence(art.text))
            m = _QTY_RE.search(body)
            if m and rng.random() < 0.8:
                from govrag.text.numerals import kanji_to_int

                try:
                    value = kanji_to_int(m.group(1))
                except ValueError:
                    value = 0
                new = value + rng.choice([1, 2, 5, 10, 15]) if value else 7
                repl = str(new) if rng.random() < 0.5 else kanji(new)
                body = body[: m.start(1)] + repl + body[m.end(1) :]
                return f"{cite}によれば、{body}。"
            for a, b in _MODALITY_FLIPS:
                if body.endswith(a):
                    return f"{cite}によれば、{body[: -len(a)] + b}。"
            if other is not None:
                swapped = polite(first_sentence(other.text)).replace("「", "").replace("」", "")
                return f"{cite}によれば、{swapped}。"
            return None
        raise ValueError(label)

    def cite_text(
        self, title: str, names: list[str], art: str, style: str, para: int | None, form: str
    ) -> str:
        law = names[0] if form == "full" else self.rng.choice(names)
        out = law + art_text(art, style) if form != "bare" else law + art_text(art, style)[1:]
        if para is not None:
            out += "第" + num_form(para, style) + "項"
        return out

    def _nonexistent(self, title: str, art: Art, para: int | None) -> tuple[str, int | None]:
        """A citation key (and paragraph) that does not exist: past the last article, past the
        article's last paragraph, or a deleted article."""
        rng = self.rng
        kind = rng.random()
        if kind < 0.45:
            return str(self.max_art[title] + rng.choice([3, 7, 12, 25, 60])), para
        if kind < 0.75 and art.paragraphs >= 1:
            return art.key, art.paragraphs + rng.choice([1, 2, 3])
        dl = [a for t, a in self.deleted if t == title]
        if dl:
            return rng.choice(dl), para
        return str(self.max_art[title] + rng.choice([2, 9])), para

    def _cite(
        self,
        title: str,
        names: Any,
        art: Art,
        key: str,
        para: int | None,
        *,
        style: str,
        form: str,
        rel: str | None,
    ) -> str:
        """The citation's text: 前条, 同法第…条, or the law's name (full, abbreviated or bare) + article."""
        if rel == "前条":
            return "前条"
        if rel == "同法":
            return "同法" + art_text(key, style) + (("第" + num_form(para, style) + "項") if para else "")
        return self.cite_text(title, names, key, style, para, form)

    def answer(self, idx: int) -> dict[str, Any] | None:
        rng = self.rng
        title, names = rng.choice(LAWS)
        pool = self.arts.get(title) or []
        if len(pool) < 6:
            return None
        n = rng.choice([2, 2, 3, 3, 3, 4])
        labels = [rng.choice(_LABEL_DRAW) for _ in range(n)]
        chosen = rng.sample(pool, n + 2)
        others_pool = [a for t, arts in self.arts.items() if t != title for a in arts]
        sources: list[str] = []
        cits: list[dict[str, Any]] = []
        intro = rng.choice(
            ["ご質問の件について回答します。", "結論から申し上げます。", "", "関係する規定を整理します。"]
        )
        text = intro
        prev_art: Art | None = None
        prev_law: str | None = None
        for k, label in enumerate(labels):
            art = chosen[k]
            style = rng.choice(["kanji", "arabic", "arabic", "fullwidth"])
            para: int | None = None
            if art.paragraphs > 1 and rng.random() < 0.3:
                para = 1
            key = art.key
            form = rng.choice(["full", "abbr", "abbr", "bare"])
            other = rng.choice(others_pool) if rng.random() < 0.6 else chosen[-1]
            rel = None
            if label == "nonexistent":
                key, para = self._nonexistent(title, art, para)
            elif prev_law == title and rng.random() < 0.35:
                rel = "同法"
            elif prev_art is not None and prev_law == title and label != "nonexistent" and rng.random() < 0.2:
                # 前条: cite the article before the previous one
                prv = [a for a in pool if a.key == str(int(prev_art.key) - 1)]
                if prv:
                    art, key, rel, para = prv[0], prv[0].key, "前条", None
            cite = self._cite(title, names, art, key, para, style=style, form=form, rel=rel)
            sent = self.sentence(label, art, cite, other)
            if sent is None:
                label = "valid"
                sent = f"{cite}によれば、{polite(first_sentence(art.text))}。"
            start = len(text) + sent.index(cite)
            text += sent
            cits.append(
                {
                    "text": cite,
                    "start": start,
                    "end": start + len(cite),
                    "law_title": title,
                    "law_id": art.law_id,
                    "article": key,
                    "paragraph": para,
                    "item": None,
                    "label": label,
                    "form": rel or f"{form}/{style}",
                }
            )
            if label in ("valid", "misquoted", "unsupported"):
                src = f"{title}{art_text(key, 'kanji')}"
                if src not in sources:
                    sources.append(src)
            if label != "nonexistent":
                prev_art = art
            prev_law = title
        # distractor sources
        extra = chosen[n]
        src = f"{title}{art_text(extra.key, 'kanji')}"
        if src not in sources and all(c["article"] != extra.key for c in cits):
            sources.append(src)
        rng.shuffle(sources)
        for c in cits:
            assert text[c["start"] : c["end"]] == c["text"]
        return {
            "id": f"ca{idx:03d}",
            "answer": text,
            "sources": sources,
            "citations": cits,
            "origin": "benchmarks/cite_dataset_build.py",
        }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpora" / "egov-xml"))
    ap.add_argument("--out", default=str(ROOT / "corpora" / "eval" / "citations_ja.jsonl"))
    ap.add_argument("--answers", type=int, default=72)
    args = ap.parse_args(argv)
    from govrag.corpus import Corpus

    corpus = Corpus.from_path(args.corpus)
    b = Builder(corpus)
    rows: list[dict[str, Any]] = []
    i = 0
    while len(rows) < args.answers:
        i += 1
        row = b.answer(len(rows) + 1)
        if row is not None:
            rows.append(row)
        if i > args.answers * 10:
            break
    extra_path = ROOT / "benchmarks" / "cite_handwritten.jsonl"
    if extra_path.is_file():
        rows.extend(
            json.loads(line) for line in extra_path.read_text(encoding="utf-8").splitlines() if line.strip()
        )
    with open(args.out, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    n = sum(len(r["citations"]) for r in rows)
    labels: dict[str, int] = {}
    for r in rows:
        for c in r["citations"]:
            labels[c["label"]] = labels.get(c["label"], 0) + 1
    print(f"{len(rows)} answers, {n} citations -> {args.out}: {labels}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
