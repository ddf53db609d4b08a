"""Citation grammar: a table of citation strings with their expected structure and spans."""

from __future__ import annotations

from typing import Any

import pytest

from govrag.cite import Citation, parse_citations
from govrag.cite.grammar import law_name_table
from govrag.corpus.abbreviations import builtin_abbreviations
from govrag.errors import InputError
from govrag.text.numerals import int_to_kanji

GYO = "405AC0000000088"
JOHO = "411AC0000000042"
KOJIN = "415AC0000000057"
MIN = "129AC0000000089"
CHIJI = "322AC0000000067"
KENPO = "321CONSTITUTION"

#: A fixed name table (what corpus.law_names() gives for these laws, plus one regulation-free law).
NAMES: dict[str, str] = {
    "行政手続法": GYO,
    "行手法": GYO,
    "行政機関の保有する情報の公開に関する法律": JOHO,
    "行政機関情報公開法": JOHO,
    "行情法": JOHO,
    "個人情報の保護に関する法律": KOJIN,
    "個人情報保護法": KOJIN,
    "個情法": KOJIN,
    "民法": MIN,
    "地方自治法": CHIJI,
    "地自法": CHIJI,
    "日本国憲法": KENPO,
}

# (text, [(span text, law_id, article, paragraph, item), ...])
Row = tuple[str, list[tuple[str, str | None, str | None, int | None, str | None]]]

HAND: list[Row] = [
    ("行政手続法第七条", [("行政手続法第七条", GYO, "7", None, None)]),
    ("行政手続法第7条", [("行政手続法第7条", GYO, "7", None, None)]),
    ("行政手続法第７条", [("行政手続法第７条", GYO, "7", None, None)]),
    ("行政手続法7条", [("行政手続法7条", GYO, "7", None, None)]),
    ("行手法第8条第1項", [("行手法第8条第1項", GYO, "8", 1, None)]),
    ("行手法8条1項", [("行手法8条1項", GYO, "8", 1, None)]),
    ("行政手続法第二条第一号", [("行政手続法第二条第一号", GYO, "2", None, "1")]),
    ("行政手続法第2条第4号イ", [("行政手続法第2条第4号イ", GYO, "2", None, "4")]),
    (
        "地方自治法第二百五十二条の十九第一項第一号の二",
        [("地方自治法第二百五十二条の十九第一項第一号の二", CHIJI, "252_19", 1, "1_2")],
    ),
    ("地方自治法第252条の19第1項", [("地方自治法第252条の19第1項", CHIJI, "252_19", 1, None)]),
    ("行政手続法第三十六条の三", [("行政手続法第三十六条の三", GYO, "36_3", None, None)]),
    ("行政手続法第36条の3第2項第5号", [("行政手続法第36条の3第2項第5号", GYO, "36_3", 2, "5")]),
    ("民法第七百九条", [("民法第七百九条", MIN, "709", None, None)]),
    ("民法第1000条", [("民法第1000条", MIN, "1000", None, None)]),
    ("憲法第九条", [("憲法第九条", KENPO, "9", None, None)]),
    ("日本国憲法第25条第1項", [("日本国憲法第25条第1項", KENPO, "25", 1, None)]),
    ("個人情報保護法第27条第1項", [("個人情報保護法第27条第1項", KOJIN, "27", 1, None)]),
    ("個情法第27条", [("個情法第27条", KOJIN, "27", None, None)]),
    (
        "行政機関の保有する情報の公開に関する法律第五条第一号",
        [("行政機関の保有する情報の公開に関する法律第五条第一号", JOHO, "5", None, "1")],
    ),
    ("行情法第5条", [("行情法第5条", JOHO, "5", None, None)]),
    # law number in parentheses, の between law and article
    (
        "行政手続法（平成五年法律第八十八号）第七条",
        [("行政手続法（平成五年法律第八十八号）第七条", GYO, "7", None, None)],
    ),
    ("行政手続法(平成5年法律第88号)第7条", [("行政手続法(平成5年法律第88号)第7条", GYO, "7", None, None)]),
    ("行政手続法の第7条", [("行政手続法の第7条", GYO, "7", None, None)]),
    # parts
    ("行政手続法第8条第1項ただし書", [("行政手続法第8条第1項ただし書", GYO, "8", 1, None)]),
    ("行政手続法第八条第一項但書", [("行政手続法第八条第一項但書", GYO, "8", 1, None)]),
    ("民法第九十条前段", [("民法第九十条前段", MIN, "90", None, None)]),
    ("民法第90条後段", [("民法第90条後段", MIN, "90", None, None)]),
    ("行政手続法第十五条第一項各号", [("行政手続法第十五条第一項各号", GYO, "15", 1, None)]),
    ("行政手続法第2条柱書", [("行政手続法第2条柱書", GYO, "2", None, None)]),
    # 附則
    ("民法附則第三条", [("民法附則第三条", MIN, "3", None, None)]),
    ("行政手続法附則第2項", [("行政手続法附則第2項", GYO, "", 2, None)]),
    # ranges
    ("行政手続法第五条から第七条まで", [("行政手続法第五条から第七条まで", GYO, "5", None, None)]),
    ("行政手続法第5条〜第7条", [("行政手続法第5条〜第7条", GYO, "5", None, None)]),
    (
        "行政手続法第三十六条の二から第三十六条の三まで",
        [("行政手続法第三十六条の二から第三十六条の三まで", GYO, "36_2", None, None)],
    ),
    ("行政手続法第15条第1項から第3項まで", [("行政手続法第15条第1項から第3項まで", GYO, "15", 1, None)]),
    # enumerations
    (
        "行政手続法第五条、第七条及び第九条",
        [
            ("行政手続法第五条", GYO, "5", None, None),
            ("第七条", GYO, "7", None, None),
            ("第九条", GYO, "9", None, None),
        ],
    ),
    ("行政手続法第5条・第6条", [("行政手続法第5条", GYO, "5", None, None), ("第6条", GYO, "6", None, None)]),
    (
        "行政手続法第5条並びに第6条",
        [("行政手続法第5条", GYO, "5", None, None), ("第6条", GYO, "6", None, None)],
    ),
    (
        "行政手続法第5条又は第6条",
        [("行政手続法第5条", GYO, "5", None, None), ("第6条", GYO, "6", None, None)],
    ),
    ("行政手続法第5条と第6条", [("行政手続法第5条", GYO, "5", None, None), ("第6条", GYO, "6", None, None)]),
    (
        "行政手続法第14条第1項及び第3項",
        [("行政手続法第14条第1項", GYO, "14", 1, None), ("第3項", GYO, "14", 3, None)],
    ),
    (
        "行政手続法第15条第1項第1号及び第3号",
        [("行政手続法第15条第1項第1号", GYO, "15", 1, "1"), ("第3号", GYO, "15", 1, "3")],
    ),
    (
        "行政手続法第5条及び民法第1条",
        [("行政手続法第5条", GYO, "5", None, None), ("民法第1条", MIN, "1", None, None)],
    ),
    # relative references
    (
        "民法第九十条。同条の趣旨。",
        [("民法第九十条", MIN, "90", None, None), ("同条", MIN, "90", None, None)],
    ),
    ("民法第90条。前条も。", [("民法第90条", MIN, "90", None, None), ("前条", MIN, "89", None, None)]),
    ("民法第90条。次条も。", [("民法第90条", MIN, "90", None, None), ("次条", MIN, "91", None, None)]),
    (
        "行政手続法第8条第2項。前項も。",
        [("行政手続法第8条第2項", GYO, "8", 2, None), ("前項", GYO, "8", 1, None)],
    ),
    (
        "行政手続法第8条第2項。同項も。",
        [("行政手続法第8条第2項", GYO, "8", 2, None), ("同項", GYO, "8", 2, None)],
    ),
    (
        "行政手続法第8条第1項。次項も。",
        [("行政手続法第8条第1項", GYO, "8", 1, None), ("次項", GYO, "8", 2, None)],
    ),
    (
        "行政手続法第14条第3項。前二項。",
        [("行政手続法第14条第3項", GYO, "14", 3, None), ("前二項", GYO, "14", 1, None)],
    ),
    (
        "行政手続法第14条第3項。前各項。",
        [("行政手続法第14条第3項", GYO, "14", 3, None), ("前各項", GYO, "14", 1, None)],
    ),
    (
        "行政手続法第15条第1項第3号。同号。",
        [("行政手続法第15条第1項第3号", GYO, "15", 1, "3"), ("同号", GYO, "15", 1, "3")],
    ),
    (
        "行政手続法第15条第1項第3号。前号。",
        [("行政手続法第15条第1項第3号", GYO, "15", 1, "3"), ("前号", GYO, "15", 1, "2")],
    ),
    (
        "行政手続法第7条。同法第8条。",
        [("行政手続法第7条", GYO, "7", None, None), ("同法第8条", GYO, "8", None, None)],
    ),
    (
        "行政手続法第7条。同条第1項。",
        [("行政手続法第7条", GYO, "7", None, None), ("同条第1項", GYO, "7", 1, None)],
    ),
    (
        "行政手続法第7条。第2項では。",
        [("行政手続法第7条", GYO, "7", None, None), ("第2項", GYO, "7", 2, None)],
    ),
    (
        "行政手続法第7条。また第8条は。",
        [("行政手続法第7条", GYO, "7", None, None), ("第8条", GYO, "8", None, None)],
    ),
    (
        "民法第1条。同法附則第2条。",
        [("民法第1条", MIN, "1", None, None), ("同法附則第2条", MIN, "2", None, None)],
    ),
    ("行政手続法は重要だ。同法第7条。", [("同法第7条", GYO, "7", None, None)]),
    (
        "民法第1条と行政手続法第2条。同法第3条。",
        [
            ("民法第1条", MIN, "1", None, None),
            ("行政手続法第2条", GYO, "2", None, None),
            ("同法第3条", GYO, "3", None, None),
        ],
    ),
    (
        "行政手続法第7条。この法律第2条。",
        [("行政手続法第7条", GYO, "7", None, None), ("この法律第2条", GYO, "2", None, None)],
    ),
    (
        "行政手続法第7条。法第2条。",
        [("行政手続法第7条", GYO, "7", None, None), ("法第2条", GYO, "2", None, None)],
    ),
    # abbreviations defined by the text itself
    (
        "個人情報の保護に関する法律（以下「保護法」という。）の解説。保護法第27条。",
        [("保護法第27条", KOJIN, "27", None, None)],
    ),
    (
        "行政機関の保有する情報の公開に関する法律（以下「開示法」という。）第5条",
        [("行政機関の保有する情報の公開に関する法律（以下「開示法」という。）第5条", JOHO, "5", None, None)],
    ),
    ("行政手続法 第7条 第1項", [("行政手続法 第7条 第1項", GYO, "7", 1, None)]),
    ("第7条（行政手続法）によれば", [("第7条（行政手続法）", GYO, "7", None, None)]),
    (
        "民法第1条。第7条（行政手続法）。",
        [("民法第1条", MIN, "1", None, None), ("第7条（行政手続法）", GYO, "7", None, None)],
    ),
    ("行政手続法第7条（申請に対する審査、応答）", [("行政手続法第7条", GYO, "7", None, None)]),
    # bullets and list markers in front of a law name
    ("・行政手続法第七条を参照。", [("行政手続法第七条", GYO, "7", None, None)]),
    ("根拠：・行政手続法第7条", [("行政手続法第7条", GYO, "7", None, None)]),
    (
        "・個人情報保護法第27条\n・行政機関情報公開法第5条",
        [
            ("個人情報保護法第27条", KOJIN, "27", None, None),
            ("行政機関情報公開法第5条", JOHO, "5", None, None),
        ],
    ),
    ("- 行手法第8条", [("行手法第8条", GYO, "8", None, None)]),
    ("①行政手続法第7条", [("行政手続法第7条", GYO, "7", None, None)]),
    ("行政手続法・行政機関情報公開法第5条", [("行政機関情報公開法第5条", JOHO, "5", None, None)]),
    # unknown laws are reported, never guessed
    ("行政手続法施行令第2条", [("行政手続法施行令第2条", None, "2", None, None)]),
    ("行政機関個人情報保護法第5条", [("行政機関個人情報保護法第5条", None, "5", None, None)]),
    ("架空基本法第3条", [("架空基本法第3条", None, "3", None, None)]),
    ("第7条では", [("第7条", None, "7", None, None)]),
    # embedded in prose
    ("なお、行政手続法第7条によれば、申請は審査される。", [("行政手続法第7条", GYO, "7", None, None)]),
    ("令和6年4月1日施行の行政手続法第7条", [("行政手続法第7条", GYO, "7", None, None)]),
    ("「行政手続法第7条」を参照", [("行政手続法第7条", GYO, "7", None, None)]),
    # things that are not citations
    ("3条件を満たす", []),
    ("第三者に提供する", []),
    ("1項目ずつ確認", []),
    ("平成五年法律第八十八号", []),
    ("「前条第一項の規定にかかわらず」とある", []),
    ("行政手続法は大切です", []),
    ("条約と条例", []),
]

# generated rows: every number style for a set of addresses (expected values from the integers)
_STYLES = ("kanji", "arabic", "fullwidth")
_FW = str.maketrans("0123456789", "０１２３４５６７８９")


def _n(v: int, style: str) -> str:
    if style == "kanji":
        return int_to_kanji(v)
    return str(v) if style == "arabic" else str(v).translate(_FW)


def _generated() -> list[Row]:
    rows: list[Row] = []
    addresses = [
        ("行政手続法", GYO, 7, None, None, None),
        ("行手法", GYO, 36, 3, None, None),
        ("民法", MIN, 709, None, None, None),
        ("地方自治法", CHIJI, 252, 19, 1, None),
        ("個人情報保護法", KOJIN, 27, None, 1, 2),
        ("民法", MIN, 1000, None, 2, None),
        ("行政手続法", GYO, 2, None, None, 4),
        ("地自法", CHIJI, 100, None, 12, 3),
        ("行政機関の保有する情報の公開に関する法律", JOHO, 5, None, None, 1),
        ("個情法", KOJIN, 112, None, 1, 13),
        ("日本国憲法", KENPO, 98, None, 2, None),
        ("民法", MIN, 398, 22, 3, None),
        ("行手法", GYO, 46, None, None, None),
        ("地方自治法", CHIJI, 2, None, 14, None),
        ("行情法", JOHO, 10, None, 2, None),
        ("個人情報保護法", KOJIN, 185, None, None, None),
        ("民法", MIN, 90, None, None, None),
        ("行政手続法", GYO, 39, None, 4, 8),
        ("地方自治法", CHIJI, 1, 2, None, None),
        ("日本国憲法", KENPO, 14, None, 1, None),
        ("行政手続法", GYO, 13, None, 1, 1),
        ("民法", MIN, 415, None, 1, None),
        ("個人情報保護法", KOJIN, 69, None, 2, 4),
        ("行情法", JOHO, 5, None, None, 6),
        ("行手法", GYO, 8, None, 2, None),
        ("民法", MIN, 5, None, 3, None),
        ("個情法", KOJIN, 17, None, 1, None),
    ]
    for name, law_id, art, branch, para, item in addresses:
        for style in _STYLES:
            text = f"{name}第{_n(art, style)}条" + (f"の{_n(branch, style)}" if branch else "")
            if para is not None:
                text += f"第{_n(para, style)}項"
            if item is not None:
                text += f"第{_n(item, style)}号"
            key = f"{art}_{branch}" if branch else str(art)
            rows.append((text, [(text, law_id, key, para, str(item) if item is not None else None)]))
    return rows


TABLE: list[Row] = HAND + _generated()


def test_table_is_large_enough() -> None:
    assert len(TABLE) >= 150


@pytest.mark.parametrize(("text", "expected"), TABLE, ids=[t for t, _ in TABLE])
def test_citation_table(text: str, expected: list[Any]) -> None:
    got = parse_citations(text, law_names=NAMES)
    assert [(c.text, c.law_id, c.article, c.paragraph, c.item) for c in got] == expected
    for c in got:
        assert text[c.start : c.end] == c.text


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("行政手続法第8条第1項ただし書", "part", "proviso"),
        ("民法第九十条前段", "part", "first_sentence"),
        ("民法第90条後段", "part", "second_sentence"),
        ("行政手続法第十五条第一項各号", "part", "each_item"),
        ("行政手続法第2条柱書", "part", "chapeau"),
        ("民法附則第三条", "suppl", True),
        ("行政手続法第五条から第七条まで", "article_end", "7"),
        ("行政手続法第15条第1項から第3項まで", "paragraph_end", 3),
        ("民法別表第一", "table", "1"),
        ("行政手続法施行令第2条", "law_title", "行政手続法施行令"),
        ("行手法第7条", "law_title", "行政手続法"),
        ("第7条では", "problem", "no law is named before this reference"),
    ],
)
def test_citation_attributes(text: str, field: str, value: object) -> None:
    (c,) = parse_citations(text, law_names=NAMES)
    assert getattr(c, field) == value


@pytest.mark.parametrize(
    ("text", "index", "relative", "resolved_from"),
    [
        ("民法第九十条。同条。", 1, True, "民法第九十条"),
        ("民法第90条。前条。", 1, True, "民法第90条"),
        ("行政手続法第7条。同法第8条。", 1, True, "行政手続法第7条"),
        ("行政手続法第7条。第2項。", 1, True, "行政手続法第7条"),
        ("行政手続法第7条。", 0, False, None),
    ],
)
def test_relative_flags(text: str, index: int, relative: bool, resolved_from: str | None) -> None:
    c = parse_citations(text, law_names=NAMES)[index]
    assert (c.relative, c.resolved_from) == (relative, resolved_from)


@pytest.mark.parametrize(
    ("text", "problem_part"),
    [
        ("同法第3条", "no law to refer to"),
        ("前条", "no law is named"),
        ("民法。前条。", "no article to refer to"),
        ("民法第3条。前項。", "no paragraph to refer to"),
        ("民法第3条第1項。前項。", "before the first paragraph"),
    ],
)
def test_unresolvable_relative_references(text: str, problem_part: str) -> None:
    c = parse_citations(text, law_names=NAMES)[-1]
    assert c.problem is not None and problem_part in c.problem
    assert not c.resolved


def test_default_law_resolves_bare_articles() -> None:
    (c,) = parse_citations("第7条によれば", law_names=NAMES, default_law="行政手続法")
    assert (c.law_id, c.law_title, c.article) == (GYO, "行政手続法", "7")
    (d,) = parse_citations("法第7条によれば", law_names=NAMES, default_law=GYO)
    assert (d.law_id, d.article) == (GYO, "7")


def test_previous_article_uses_corpus_order(few_laws: Any) -> None:
    # 第三十六条の三's previous article in 行政手続法 is 第三十六条の二 (only the corpus knows)
    cs = parse_citations("行政手続法第36条の3。前条。", corpus=few_laws)
    assert [c.article for c in cs] == ["36_3", "36_2"]
    cs = parse_citations("行政手続法第36条。次条。", corpus=few_laws)
    assert [c.article for c in cs] == ["36", "36_2"]


def test_corpus_names_and_aliases(few_laws: Any) -> None:
    names = law_name_table(few_laws)
    assert names["行手法"] == GYO and names["行政手続法"] == GYO
    named = set(names.values())
    assert all(alias in names for law_id, aliases in builtin_abbreviations().items() if law_id in named
               for alias in aliases)
    (c,) = parse_citations("行手法第7条", corpus=few_laws)
    assert (c.law_id, c.law_title) == (GYO, "行政手続法")


def test_address_rendering() -> None:
    c = parse_citations("地自法252条の19第1項第1号の2", law_names=NAMES)[0]
    assert c.address == "地方自治法第二百五十二条の十九第一項第一号の二"
    assert isinstance(c, Citation) and c.is_range is False
    r = parse_citations("行政手続法第五条から第七条まで", law_names=NAMES)[0]
    assert r.is_range and r.address == "行政手続法第五条から第七条まで"


@pytest.mark.parametrize("bad", [b"bytes", None, 7])
def test_non_text_input_is_rejected(bad: object) -> None:
    with pytest.raises(InputError):
        parse_citations(bad, law_names=NAMES)  # type: ignore[arg-type]
