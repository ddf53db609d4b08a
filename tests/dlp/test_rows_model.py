"""The one row/cell model (:mod:`govrag.dlp.recognizers.rows`) that the table rewriter, the
label-line fallback's column headers and the card-table rule share: separator policies, cell
frames (blanks, CSV quotes, CRLF) and offsets. Every row below is invented."""

from __future__ import annotations

import re

import pytest

from govrag.dlp.fold import fold
from govrag.dlp.recognizers.health_context import header_cells
from govrag.dlp.recognizers.labelled_line import LabelledLineRecognizer
from govrag.dlp.recognizers.rows import ALIGNED, TABLE_SEPARATORS, row_separator, split_fields

ONE_SPACE = re.compile(" +")

#: (case id, line, separator policy, options, expected cells (text, offset))
SPLIT_CASES: list[tuple[str, str, str | re.Pattern[str], dict[str, bool], list[tuple[str, int]]]] = [
    ("csv", "氏名,電話,生年月日", ",", {}, [("氏名", 0), ("電話", 3), ("生年月日", 6)]),
    ("csv-blanks", " 氏名 , 電話 ", ",", {}, [("氏名", 1), ("電話", 6)]),
    ("csv-empty-last", "山口 亮,", ",", {}, [("山口 亮", 0), ("", 5)]),
    ("tsv", "北村 陽\t045-331-2087", "\t", {}, [("北村 陽", 0), ("045-331-2087", 5)]),
    ("bar-borders", "| 氏名 | 旅券番号 |", "|", {}, [("氏名", 2), ("旅券番号", 7)]),
    (
        "bar-no-borders",
        "| 氏名 | 旅券番号 |",
        "|",
        {"borders": False},
        [("", 0), ("氏名", 2), ("旅券番号", 7), ("", 13)],
    ),
    ("bar-open-row", "氏名 | 旅券番号", "|", {}, [("氏名", 0), ("旅券番号", 5)]),
    ("quoted-pair", '"西田 学","0120-44-9912"', ",", {}, [("西田 学", 1), ("0120-44-9912", 8)]),
    ("single-quoted", "'西田 学', x", ",", {}, [("西田 学", 1), ("x", 8)]),
    ("quote-blank-inside", '" 8812 "', ",", {}, [(" 8812 ", 1)]),
    ("unbalanced-quote-kept", '"8812, 406"', ",", {}, [('"8812', 0), ('406"', 7)]),
    ("unbalanced-quote-loose", '"8812, 406"', ",", {"loose": True}, [("8812", 1), ("406", 7)]),
    ("lone-quote", '"', ",", {}, [('"', 0)]),
    ("crlf-end", "記号,番号\r", ",", {}, [("記号", 0), ("番号", 3)]),
    ("crlf-end-loose", "記号,番号\r", ",", {"loose": True}, [("記号", 0), ("番号", 3)]),
    ("aligned-two-spaces", "記号  番号  枝番", ALIGNED, {}, [("記号", 0), ("番号", 4), ("枝番", 8)]),
    (
        "aligned-full-width",
        "記号\u3000番号\u3000\u3000枝番",
        ALIGNED,
        {},
        [("記号", 0), ("番号", 3), ("枝番", 7)],
    ),
    (
        "aligned-mixed",
        "記号,番号\t枝番|保険者番号",
        ALIGNED,
        {},
        [("記号", 0), ("番号", 3), ("枝番", 6), ("保険者番号", 9)],
    ),
    ("aligned-one-space-no-split", "山本 恵子  0312", ALIGNED, {}, [("山本 恵子", 0), ("0312", 7)]),
    ("one-space", "記号 番号 枝番", ONE_SPACE, {}, [("記号", 0), ("番号", 3), ("枝番", 6)]),
    ("offset", "a,b", ",", {"offset": True}, [("a", 100), ("b", 102)]),
]


@pytest.mark.parametrize(
    ("line", "sep", "opts", "cells"), [c[1:] for c in SPLIT_CASES], ids=[c[0] for c in SPLIT_CASES]
)
def test_split_fields(
    line: str, sep: str | re.Pattern[str], opts: dict[str, bool], cells: list[tuple[str, int]]
) -> None:
    opts = dict(opts)
    offset = 100 if opts.pop("offset", False) else 0
    assert split_fields(line, offset, sep, **opts) == cells
    for text, at in cells:  # every offset points at its cell
        assert line[at - offset : at - offset + len(text)] == text


#: (case id, raw line, the row's separator after folding)
SEPARATOR_CASES: list[tuple[str, str, str | None]] = [
    ("tab-first", "氏名\t電話,携帯", "\t"),
    ("bar-before-comma", "氏名|電話,携帯", "|"),
    ("full-width-bar", "氏名｜電話", "|"),
    ("full-width-comma", "氏名，電話", ","),
    ("none", "氏名 電話", None),
]


@pytest.mark.parametrize(
    ("line", "sep"), [c[1:] for c in SEPARATOR_CASES], ids=[c[0] for c in SEPARATOR_CASES]
)
def test_row_separator(line: str, sep: str | None) -> None:
    assert TABLE_SEPARATORS == ("\t", "|", ",")
    assert row_separator(fold(line)) == sep


#: (case id, table, the value, its expected type) — the label-line fallback reads a header cell
HEADER_CASES: list[tuple[str, str, str, str | None]] = [
    ("csv", "利用者,運転免許証番号\n谷口 聡,403418650211", "403418650211", "JP_DRIVER_LICENSE"),
    ("csv-crlf", "利用者,運転免許証番号\r\n谷口 聡,403418650211\r\n", "403418650211", "JP_DRIVER_LICENSE"),
    ("quoted", '"利用者","運転免許証番号"\n"谷口 聡","403418650211"', "403418650211", "JP_DRIVER_LICENSE"),
    ("bar", "| 利用者 | 運転免許証番号 |\n| 谷口 聡 | 403418650211 |", "403418650211", "JP_DRIVER_LICENSE"),
    ("other-number-header", "利用者,受付番号\n谷口 聡,403418650211", "403418650211", None),
    (
        "tall-table",
        "利用者,運転免許証番号\n" + "谷口 聡,-\n" * 40 + "谷口 聡,403418650211",
        "403418650211",
        "JP_DRIVER_LICENSE",
    ),
    (
        "second-block-own-header",
        "利用者,運転免許証番号\n谷口 聡,-\n利用者,受付番号,備考\n谷口 聡,403418650211,-",
        "403418650211",
        None,
    ),
    (
        "block-after-other-block",
        "利用者,受付番号,備考\n谷口 聡,-,-\n利用者,運転免許証番号\n谷口 聡,403418650211",
        "403418650211",
        "JP_DRIVER_LICENSE",
    ),
]


@pytest.mark.parametrize(
    ("text", "value", "entity"), [c[1:] for c in HEADER_CASES], ids=[c[0] for c in HEADER_CASES]
)
def test_labelled_line_reads_the_header_cell(text: str, value: str, entity: str | None) -> None:
    found = [(r.entity_type, text[r.start : r.end]) for r in LabelledLineRecognizer().analyze(text, [])]
    assert found == ([(entity, value)] if entity else [])


#: (case id, card table, the cells under its labels)
CARD_TABLE_CASES: list[tuple[str, str, list[str]]] = [
    ("two-spaces", "保険証\n記号  番号\n7731  52", ["7731", "52"]),
    ("tab-crlf", "保険証\r\n記号\t番号\r\n7731\t52\r\n", ["7731", "52"]),
    ("loose-quotes", '保険証\n"記号, 番号"\n"7731, 52"', ["7731", "52"]),
    ("one-space", "保険証\n記号 番号\n7731 52", ["7731", "52"]),
    ("not-labels", "保険証\n氏名  住所\n松井 潤  岐阜市", []),
]


@pytest.mark.parametrize(
    ("text", "cells"), [c[1:] for c in CARD_TABLE_CASES], ids=[c[0] for c in CARD_TABLE_CASES]
)
def test_card_table_cells(text: str, cells: list[str]) -> None:
    assert [text[s:e] for s, e in header_cells(text)] == cells
