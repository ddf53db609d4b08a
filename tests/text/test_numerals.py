"""kanji_to_int / int_to_kanji / article_key / item_key / labels."""

from __future__ import annotations

import pytest

from govrag.text import article_key, article_label, int_to_kanji, item_key, item_label, kanji_to_int


def test_round_trip_0_to_20000_both_ways() -> None:
    seen: set[str] = set()
    for n in range(0, 20001):
        k = int_to_kanji(n)
        assert kanji_to_int(k) == n, (n, k)
        seen.add(k)
    assert len(seen) == 20001  # int_to_kanji is injective on the range


@pytest.mark.parametrize(
    ("n", "kanji"),
    [
        (0, "〇"), (1, "一"), (10, "十"), (11, "十一"), (19, "十九"), (20, "二十"), (100, "百"),
        (101, "百一"), (110, "百十"), (252, "二百五十二"), (1000, "千"), (1020, "千二十"),
        (2026, "二千二十六"), (10000, "一万"), (10001, "一万一"), (12000, "一万二千"),
        (20000, "二万"), (100000000, "一億"), (120000000, "一億二千万"),
    ],
)
def test_int_to_kanji_table(n: int, kanji: str) -> None:
    assert int_to_kanji(n) == kanji
    assert kanji_to_int(kanji) == n


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1万2千", 12000),
        ("3千", 3000),
        ("三千", 3000),
        ("二〇二六", 2026),
        ("一九四七", 1947),
        ("２０２６", 2026),
        ("３百", 300),
        ("１万２千３百４十５", 12345),
        ("12,345", 12345),
        ("１２，３４５", 12345),
        ("零", 0),
        ("十万", 100000),
        ("百万", 1000000),
        ("千万", 10000000),
        ("五千万", 50000000),
        ("壱万", 10000),
        ("弐拾", 20),
        ("参百", 300),
        ("二十一万三千", 213000),
        (" 三十 ", 30),
    ],
)
def test_kanji_to_int_mixed_forms(text: str, value: int) -> None:
    assert kanji_to_int(text) == value


@pytest.mark.parametrize(
    "bad",
    ["", "   ", "条", "三条", "abc", "万", "一.5", "-1", "十五日",
     # malformed unit order: repeated or increasing units, digits run into a unit
     "千千", "十十", "百千", "一万二万", "万億", "十二三", "二十百", "万一"],
)
def test_kanji_to_int_rejects(bad: str) -> None:
    with pytest.raises(ValueError):
        kanji_to_int(bad)


@pytest.mark.parametrize("bad", [-1, 1.5, "3"])
def test_int_to_kanji_rejects(bad: object) -> None:
    with pytest.raises(ValueError):
        int_to_kanji(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("label", "key"),
    [
        ("第一条", "1"),
        ("第七条", "7"),
        ("第二条の二", "2_2"),
        ("第三条の二の三", "3_2_3"),
        ("第二百五十二条の十九", "252_19"),
        ("第二百五十二条の二十六の三", "252_26_3"),
        ("第千五十条", "1050"),
        ("第2条の2", "2_2"),
        ("第２条", "2"),
        ("二条", "2"),
        ("2_2", "2_2"),
        ("7", "7"),
        (" 第七条 ", "7"),
    ],
)
def test_article_key_table(label: str, key: str) -> None:
    assert article_key(label) == key


@pytest.mark.parametrize("bad", ["第七項", "第七号", "七", "条", "第条", "第七条第一項", ""])
def test_article_key_rejects(bad: str) -> None:
    with pytest.raises(ValueError):
        article_key(bad)


@pytest.mark.parametrize(
    ("label", "key"),
    [
        ("第一号", "1"),
        ("第一号の二", "1_2"),
        ("第十二号", "12"),
        ("第三号の二の三", "3_2_3"),
        ("十二", "12"),
        ("一の二", "1_2"),
        ("1_2", "1_2"),
    ],
)
def test_item_key_table(label: str, key: str) -> None:
    assert item_key(label) == key


@pytest.mark.parametrize("bad", ["イ", "第一条", "号", ""])
def test_item_key_rejects(bad: str) -> None:
    with pytest.raises(ValueError):
        item_key(bad)


@pytest.mark.parametrize(
    ("key", "label"),
    [
        ("7", "第七条"),
        ("2_2", "第二条の二"),
        ("252_19", "第二百五十二条の十九"),
        ("3:5", "第三条から第五条まで"),
    ],
)
def test_article_label_table(key: str, label: str) -> None:
    assert article_label(key) == label
    if ":" not in key:
        assert article_key(label) == key


@pytest.mark.parametrize(("key", "label"), [("1", "第一号"), ("1_2", "第一号の二"), ("12", "第十二号")])
def test_item_label_round_trip(key: str, label: str) -> None:
    assert item_label(key) == label
    assert item_key(label) == key


@pytest.mark.parametrize("bad", ["x", "1_a", "", "_1"])
def test_labels_reject_non_numeric_keys(bad: str) -> None:
    with pytest.raises(ValueError):
        article_label(bad)
