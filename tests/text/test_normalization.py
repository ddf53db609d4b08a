"""normalize / fold_numerals / normalize_for_match on real Japanese text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govrag.text import normalize
from govrag.text.normalization import fold_numerals, normalize_for_match

NORMALIZE_CASES = [
    # full-width ASCII -> half-width
    ("ＡＢＣ１２３", "ABC123"),
    ("ｍｙ－ｎｕｍｂｅｒ", "my-number"),
    ("Ｅメール", "Eメール"),
    ("＠＃＄％＆", "@#$%&"),
    # half-width katakana -> full-width (dakuten composed)
    ("ｶﾞｲﾄﾞﾗｲﾝ", "ガイドライン"),
    ("ﾏｲﾅﾝﾊﾞｰｶｰﾄﾞ", "マイナンバーカード"),
    # kept as they are: 。、「」『』【】
    ("申請者は「申請書」を提出する。", "申請者は「申請書」を提出する。"),
    ("『行政手続法』、【重要】", "『行政手続法』、【重要】"),
    ("｢半角かぎ｣｡､", "「半角かぎ」。、"),
    # full-width parentheses become ASCII (documented decision)
    ("（申請に対する審査、応答）", "(申請に対する審査、応答)"),
    ("第七条（定義）", "第七条(定義)"),
    # dashes between digits / latin
    ("０３－１２３４－５６７８", "03-1234-5678"),
    ("03‐1234‐5678", "03-1234-5678"),
    ("03‑1234‑5678", "03-1234-5678"),
    ("03‒1234", "03-1234"),
    ("03–1234", "03-1234"),
    ("03—1234", "03-1234"),
    ("03―1234", "03-1234"),
    ("03−1234", "03-1234"),
    ("03ー1234", "03-1234"),
    ("03ｰ1234", "03-1234"),
    ("〒100ー8914", "〒100-8914"),
    ("ABC―DEF", "ABC-DEF"),
    ("−5度", "-5度"),
    # dashes in Japanese words and prose are kept
    ("データベース", "データベース"),
    ("ｺﾝﾋﾟｭｰﾀｰ", "コンピューター"),
    ("第一条―第四条", "第一条―第四条"),
    ("（第五条―第十一条）", "(第五条―第十一条)"),
    # wave dashes
    ("9時～17時", "9時〜17時"),
    ("9時〜17時", "9時〜17時"),
    ("9時∼17時", "9時〜17時"),
    ("1〰2", "1〜2"),
    ("~/path", "~/path"),
    # spaces
    ("第一条\u3000この法律は", "第一条 この法律は"),
    ("行政\u00a0手続", "行政 手続"),
    ("a\t\tb", "a b"),
    ("a \u3000 \u2003b", "a b"),
    ("  前後の空白  ", "前後の空白"),
    ("一行目 \n  二行目", "一行目\n二行目"),
    ("改行\r\n統一\r旧Mac", "改行\n統一\n旧Mac"),
    ("段落\u2029区切り", "段落\n区切り"),
    ("空行\n\n保持", "空行\n\n保持"),
    # invisible / control characters removed
    ("ゼロ\u200b幅", "ゼロ幅"),
    ("\ufeffBOM付き", "BOM付き"),
    ("ソフト\u00adハイフン", "ソフトハイフン"),
    ("制御\x00\x07\x1b文字", "制御文字"),
    # NFKC compatibility forms
    ("㈱", "(株)"),
    ("①", "1"),
    ("㍻", "平成"),
    ("ｷﾛ", "キロ"),
    # meaning-bearing text untouched
    ("三十日以内", "三十日以内"),
    ("第二百五十二条の十九", "第二百五十二条の十九"),
    ("", ""),
]


@pytest.mark.parametrize(("raw", "expected"), NORMALIZE_CASES)
def test_normalize_table(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


@pytest.mark.parametrize(("raw", "_"), NORMALIZE_CASES)
def test_normalize_is_idempotent_on_table(raw: str, _: str) -> None:
    once = normalize(raw)
    assert normalize(once) == once


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_normalize_idempotent_property(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


def test_normalize_rejects_non_str() -> None:
    with pytest.raises(TypeError, match="needs str"):
        normalize(b"bytes")  # type: ignore[arg-type]


FOLD_CASES = [
    ("第二百五十二条の十九", "第252条の19"),
    ("第一号の二", "第1号の2"),
    ("第三条の二の三", "第3条の2の3"),
    ("三十日以内", "30日以内"),
    ("二〇二六年", "2026年"),
    ("一億二千万円", "120000000円"),
    ("五人", "5人"),
    ("三箇月", "3箇月"),
    # single numerals inside ordinary words stay
    ("一般", "一般"),
    ("統一", "統一"),
    ("十分な", "十分な"),
    ("一方で", "一方で"),
    ("万一の場合", "万一の場合"),
    ("千代田区", "千代田区"),
    # digits untouched
    ("30日", "30日"),
]


@pytest.mark.parametrize(("raw", "expected"), FOLD_CASES)
def test_fold_numerals_table(raw: str, expected: str) -> None:
    assert fold_numerals(raw) == expected


MATCH_EQUAL = [
    (
        "行政庁は、遅滞なく審査を開始しなければならない。",
        "行政庁は、 遅滞なく\n審査を開始しなければならない。",
    ),
    ("（申請に対する審査、応答）", "(申請に対する審査、応答)"),
    ("三十日以内", "30日以内"),
    ("第七条第一項", "第7条第1項"),
    ("ＡＢＣ", "abc"),
]


@pytest.mark.parametrize(("a", "b"), MATCH_EQUAL)
def test_normalize_for_match_equates(a: str, b: str) -> None:
    assert normalize_for_match(a) == normalize_for_match(b)


def test_normalize_for_match_options_are_real() -> None:
    assert normalize_for_match("三十日", numerals=False) == "三十日"
    assert normalize_for_match("ABC", casefold=False) == "ABC"
    assert normalize_for_match("遅滞なく") != normalize_for_match("遅滞なし")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("1aZ ー－‐−―～〜\u3000\t\n\r（）「」ｶﾞ①")), max_size=30))
def test_normalize_idempotent_on_fold_alphabet(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once
    assert "\r" not in once and "\t" not in once and "\u3000" not in once
