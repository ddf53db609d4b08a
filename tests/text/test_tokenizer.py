"""tokenize / Tokenizer / content_lemmas: real fugashi + unidic-lite on real statute text."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govrag.errors import ConfigError
from govrag.text import Token, tokenize
from govrag.text.tokenizer import Tokenizer, content_lemmas, default_tokenizer

CONSTITUTION = "egov-text/321CONSTITUTION_19470503_000000000000000.md"
GYOTE_REI = "egov-text/406CO0000000265_20250401_507CO0000000140.md"  # 行政手続法施行令


def _check_offsets(text: str, tokens: list[Token]) -> None:
    last_end = 0
    for t in tokens:
        assert text[t.start:t.end] == t.surface, (t, text[t.start:t.end])
        assert t.start >= last_end, "tokens overlap or go backwards"
        assert t.end > t.start
        assert not t.surface.isspace()
        last_end = t.end


# -- property tests: offsets into the caller's original string ------------------------------

_WEIRD = st.sampled_from(
    [
        "\u3000", " ", "\t", "\n", "\r\n", "\x00", "\x07", "\x1b", "\x7f", "\x85", "\u200b", "\u200d",
        "\ufeff", "\u2028", "\u0301", "\u3099", "\ufe0f", "😀", "👨\u200d👩\u200d👧", "🇯🇵",
        "\U0001f9d1\U0001f3fd",
        "\ue000", "\uffff", "\ufffe", "\U0010ffff", "\u0378", "ｶﾞ", "ｰ", "〜", "～", "－", "ＡＢＣ", "１２",
        "第七条", "申請", "「", "」", "（", "）", "。", "、", "ヴ", "𠮷", "髙", "﨑", "ㇰ", "゛", "㈱",
    ]
)
_JA = st.text(alphabet=st.characters(min_codepoint=0x3000, max_codepoint=0x9FFF), max_size=30)
_MIXED = st.lists(st.one_of(_WEIRD, _JA, st.text(max_size=10)), max_size=25).map("".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=200))
def test_offsets_arbitrary_unicode(text: str) -> None:
    _check_offsets(text, tokenize(text))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_MIXED)
def test_offsets_awkward_mixtures(text: str) -> None:
    _check_offsets(text, tokenize(text))


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=()), max_size=60))
def test_offsets_with_lone_surrogates(text: str) -> None:
    # lone surrogates cannot be UTF-8 encoded; they are skipped like white space
    tokens = tokenize(text)
    _check_offsets(text, tokens)
    assert all(not ("\ud800" <= ch <= "\udfff") for t in tokens for ch in t.surface)


@pytest.mark.parametrize(
    "text",
    [
        "x" * 20000,
        "あ" * 9000 + "。" + "漢字" * 4000,
        "行政庁は、" * 3000,
        "😀" * 5000,
        "\u0301" * 5000,
        "ー" * 10000,
        "a\x00b\x00c",
        "\n" * 1000 + "末尾",
        "",
        " \t\u3000\n",
    ],
    ids=["latin-run", "kana-run", "repeated-clause", "emoji-run", "combining-run", "chouon-run", "nul",
         "newlines", "empty", "only-space"],
)
def test_offsets_long_and_degenerate_inputs(text: str) -> None:
    tokens = tokenize(text)
    _check_offsets(text, tokens)
    covered = sum(t.end - t.start for t in tokens)
    non_space = sum(1 for ch in text if not ch.isspace() and ch not in "\x00")
    assert covered == non_space  # every non-separator character lands in exactly one token


def test_whole_real_statute_offsets_and_coverage(corpora_dir: Path) -> None:
    text = (corpora_dir / GYOTE_REI).read_text("utf-8")
    tokens = tokenize(text)
    _check_offsets(text, tokens)
    assert sum(t.end - t.start for t in tokens) == sum(1 for ch in text if not ch.isspace())
    assert len(tokens) > 5000


# -- real statute sentences: surfaces, lemmas, POS -----------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "行政庁は、申請がその事務所に到達したときは遅滞なく当該申請の審査を開始しなければならず、",
            [("行政", "行政", "名詞-普通名詞-一般"), ("庁", "庁", "接尾辞-名詞的-一般"),
             ("は", "は", "助詞-係助詞"), ("、", "、", "補助記号-読点"),
             ("申請", "申請", "名詞-普通名詞-サ変可能"), ("が", "が", "助詞-格助詞"),
             ("その", "其の", "連体詞"), ("事務", "事務", "名詞-普通名詞-一般"),
             ("所", "所", "接尾辞-名詞的-一般"), ("に", "に", "助詞-格助詞"),
             ("到達", "到達", "名詞-普通名詞-サ変可能"), ("し", "為る", "動詞-非自立可能"),
             ("た", "た", "助動詞"), ("とき", "時", "名詞-普通名詞-副詞可能"), ("は", "は", "助詞-係助詞"),
             ("遅滞", "遅滞", "名詞-普通名詞-サ変可能"), ("なく", "無い", "形容詞-非自立可能"),
             ("当該", "当該", "名詞-普通名詞-一般"), ("申請", "申請", "名詞-普通名詞-サ変可能"),
             ("の", "の", "助詞-格助詞"), ("審査", "審査", "名詞-普通名詞-サ変可能"),
             ("を", "を", "助詞-格助詞"), ("開始", "開始", "名詞-普通名詞-サ変可能"),
             ("し", "為る", "動詞-非自立可能"), ("なけれ", "ない", "助動詞"), ("ば", "ば", "助詞-接続助詞"),
             ("なら", "成る", "動詞-非自立可能"), ("ず", "ず", "助動詞"), ("、", "、", "補助記号-読点")],
        ),
        (
            "天皇は、日本国の象徴であり",
            [("天皇", "天皇", "名詞-普通名詞-一般"), ("は", "は", "助詞-係助詞"),
             ("、", "、", "補助記号-読点"),
             ("日本", "日本", "名詞-固有名詞-地名-国"), ("国", "国", "接尾辞-名詞的-一般"),
             ("の", "の", "助詞-格助詞"), ("象徴", "象徴", "名詞-普通名詞-サ変可能"),
             ("で", "だ", "助動詞"), ("あり", "有る", "動詞-非自立可能")],
        ),
    ],
    ids=["gyote-7", "kenpo-1"],
)
def test_real_sentences_golden(text: str, expected: list[tuple[str, str, str]]) -> None:
    got = [(t.surface, t.lemma, t.pos) for t in tokenize(text)]
    assert got == expected


def test_real_constitution_lines_keep_offsets_after_leading_space(corpora_dir: Path) -> None:
    text = (corpora_dir / CONSTITUTION).read_text("utf-8")
    lines = [ln for ln in text.splitlines() if ln.startswith("第")][:40]
    assert len(lines) == 40
    for line in lines:
        padded = "\u3000 " + line + " \u3000"
        tokens = tokenize(padded)
        _check_offsets(padded, tokens)
        assert tokens[0].start == 2
        assert tokens[0].surface == "第"


def test_token_fields() -> None:
    tokens = tokenize("鈴木さんはサービスを提供した")
    by_surface = {t.surface: t for t in tokens}
    assert by_surface["鈴木"].pos == "名詞-固有名詞-人名-姓"
    assert by_surface["鈴木"].pos1 == "名詞"
    assert by_surface["サービス"].lemma == "サービス"  # English gloss "-service" dropped
    assert by_surface["提供"].reading == "テイキョウ"
    assert not by_surface["提供"].unknown
    unknown = tokenize("😀")[0]
    assert unknown.unknown and unknown.lemma == "😀"


def test_token_is_frozen() -> None:
    token = tokenize("法")[0]
    with pytest.raises(AttributeError):
        token.surface = "x"  # type: ignore[misc]


def test_iter_tokens_matches_tokenize_and_small_chunks_keep_offsets(corpora_dir: Path) -> None:
    text = (corpora_dir / GYOTE_REI).read_text("utf-8")[:3000]
    small = Tokenizer(max_chunk=16)
    tokens = small.tokenize(text)
    _check_offsets(text, tokens)
    assert list(default_tokenizer().iter_tokens(text)) == tokenize(text)


def test_threads_share_one_tokenizer_safely(corpora_dir: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    lines = [ln for ln in (corpora_dir / GYOTE_REI).read_text("utf-8").splitlines() if ln][:60]
    expected = [tokenize(line) for line in lines]
    fresh = Tokenizer()  # built lazily by whichever thread gets there first
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(fresh.tokenize, lines))
    assert got == expected


def test_tokenize_rejects_non_str() -> None:
    with pytest.raises(TypeError):
        tokenize(None)  # type: ignore[arg-type]


# -- dictionary selection ------------------------------------------------------------------

def test_tagger_uses_unidic_lite_dictionary() -> None:
    import unidic_lite

    info = default_tokenizer()._get_tagger().dictionary_info
    assert Path(info[0]["filename"]).parent == Path(unidic_lite.DICDIR)


def test_bad_dictionary_dir_is_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="could not start MeCab"):
        Tokenizer(dicdir=tmp_path).tokenize("法")


def test_bad_max_chunk_is_config_error() -> None:
    with pytest.raises(ConfigError, match="max_chunk"):
        Tokenizer(max_chunk=1)


def test_missing_unidic_lite_is_config_error_with_fix() -> None:
    code = (
        "import sys; sys.modules['unidic_lite'] = None\n"
        "from govrag.errors import ConfigError\n"
        "from govrag.text import tokenize\n"
        "try:\n    tokenize('法')\nexcept ConfigError as e:\n    print('CONFIG', e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert "CONFIG" in out.stdout, out.stderr
    assert "pip install unidic-lite" in out.stdout
    assert "do not install the full `unidic`" in out.stdout


def test_import_does_not_load_fugashi() -> None:
    code = "import sys, govrag.text; print('fugashi' in sys.modules, 'unidic_lite' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "False False", out.stderr


# -- content lemmas ------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("三十日以内に審査を開始しなければならない。", ["30", "日", "以内", "審査", "開始"]),
        ("第二百五十二条の十九に規定するＤＸ推進", ["252", "条", "19", "規定", "dx", "推進"]),
        (
            "行政庁は、遅滞なく当該申請の審査を開始する",
            ["行政", "庁", "遅滞", "当該", "申請", "審査", "開始"],
        ),
        ("二〇二六年四月一日から施行する。", ["2026", "年", "4", "月", "1", "日", "施行"]),
        ("その他の者又は当該事項", ["当該", "事項"]),
        ("個人情報を適正に取り扱う", ["個人", "情報", "適正", "取り扱う"]),
        ("。、「」（）", []),
    ],
)
def test_content_lemmas_table(text: str, expected: list[str]) -> None:
    assert content_lemmas(text) == expected


def test_content_lemmas_full_width_matches_half_width() -> None:
    assert content_lemmas("ＡＩ活用") == content_lemmas("AI活用") == content_lemmas("ai活用")


# -- very large inputs ---------------------------------------------------------------------

def test_iter_tokens_is_lazy_on_huge_input() -> None:
    import itertools

    text = "申請を受理した。" * 500_000  # 4M characters
    tok = default_tokenizer()
    tagger = tok._get_tagger()
    tagged: list[int] = []

    class Counting:  # counts what reaches MeCab instead of timing it (machines are noisy)
        def parseToNodeList(self, piece: str) -> object:
            tagged.append(len(piece))
            return tagger.parseToNodeList(piece)

    tok._get_tagger = lambda: Counting()  # type: ignore[method-assign]
    try:
        first = list(itertools.islice(tok.iter_tokens(text), 10))
    finally:
        del tok._get_tagger
    assert len(tagged) == 1 and tagged[0] < len(text) // 100  # only the first chunk was tagged
    assert [t.surface for t in first[:4]] == ["申請", "を", "受理", "し"]
    _check_offsets(text, first)


@pytest.mark.slow
def test_huge_input_memory_stays_bounded() -> None:
    import tracemalloc

    text = "行政庁は、遅滞なく当該申請の審査を開始しなければならない。" * 20_000  # 580k chars
    tracemalloc.start()
    count = 0
    for token in default_tokenizer().iter_tokens(text):
        count += 1
        assert text[token.start:token.end] == token.surface
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == 360_000  # 18 tokens per sentence
    # streaming: the peak stays far below what 360k Token objects would take (~50 MB)
    assert peak < 20 * 1024 * 1024
