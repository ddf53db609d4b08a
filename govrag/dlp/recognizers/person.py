"""人名 (PERSON): UniDic 人名 tags plus honorific / role context.

Source: UniDic (国立国語研究所) part-of-speech 名詞-固有名詞-人名-{姓,名,一般}; honorifics and role
words from 「公用文作成の考え方」(令和4年1月7日 内閣官房長官通知) usage (様, 氏, 殿) and administrative
form labels (氏名, 申請者, 届出人, 担当). A lone surname needs context; 姓+名 stands alone; statute
words (行政庁, 長, 大臣) are common nouns in UniDic and never become names.

>>> from govrag.dlp.nlp import FugashiNlpEngine
>>> eng = FugashiNlpEngine()
>>> t = "申請者山田太郎様の件は、担当の佐藤が対応します。"
>>> [t[r.start:r.end] for r in JpPersonRecognizer().analyze(t, [], eng.process_text(t, "ja"))]
['山田太郎', '佐藤']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from presidio_analyzer import LocalRecognizer, RecognizerResult

from govrag.dlp.recognizers.base import make_result
from govrag.text.numerals import KANJI_NUMERAL_CHARS
from govrag.text.tokenizer import Token as JaToken
from govrag.text.tokenizer import tokenize as fugashi_tokens

__all__ = ["HONORIFICS", "ROLE_WORDS", "JpPersonRecognizer"]

HONORIFICS: tuple[str, ...] = ("様", "さま", "氏", "さん", "殿", "君", "くん", "ちゃん", "先生")
ROLE_WORDS: tuple[str, ...] = (
    "氏名",
    "文責",
    "起案者",
    "決裁者",
    "送信者",
    "名前",
    "申請者",
    "申請人",
    "届出人",
    "請求人",
    "審査請求人",
    "代表者",
    "担当者",
    "担当",
    "被保険者",
    "世帯主",
    "受取人",
    "名義人",
    "本人",
    "連絡者",
    "作成者",
    "記入者",
    "相談者",
    "利用者",
    "職員",
    "主査",
    "係長",
    "課長",
    "部長",
    "室長",
    "局長",
    "所長",
    "主任",
    "委員",
    "議員",
    "市長",
    "町長",
    "村長",
    "知事",
    "弁護士",
    "司法書士",
    "行政書士",
    "税理士",
    "医師",
    "代理人",
    "保護者",
    "配偶者",
    "相続人",
    "契約者",
    "患者",
    "参加者",
    "出席者",
    "宛先",
    "差出人",
    "送付先",
    "依頼者",
    "通報者",
    "対象者",
    "児童",
    "生徒",
    "学生",
    "父",
    "母",
    "夫",
    "妻",
    "長男",
    "長女",
    "次男",
    "次女",
    "被害者",
    "加害者",
    "容疑者",
    "証人",
    "社長",
    "会長",
    "理事長",
    "院長",
    "校長",
    "教諭",
    "保育士",
    "看護師",
    "問合せ",
    "問い合わせ",
    "問合せ先",
    "連絡先",
    "担当課",
    "署名",
)
#: Titles that follow a surname (加藤課長, 林主査); the run must carry a UniDic 人名 tag.
TITLES_AFTER: tuple[str, ...] = (
    "課長補佐",
    "課長",
    "係長",
    "主査",
    "主任",
    "主事",
    "参事",
    "次長",
    "部長",
    "室長",
    "局長",
    "所長",
    "審議官",
    "議員",
    "委員",
    "委員長",
    "教諭",
    "弁護士",
    "医師",
    "社長",
    "会長",
    "理事長",
    "院長",
    "校長",
    "専門官",
    "調査官",
    "名義",
)
#: Surnames that UniDic reads as common nouns (森, 林 ...): accepted before 様/さん/氏/殿 only.
NOUN_SURNAMES = frozenset(
    "森 林 原 岡 谷 島 関 東 西 南 北 堀 辻 星 柳 桜 梅 松 杉 岩 石 畑 浜 宮 泉 沢 池 滝 溝口 平野 村 森田 "
    "小林 中川 大野 上田 本田 竹内 宮本 今井 久保 荒木 菅 牧 堤 坂 崎 峰 岸 城 林田 中野 北村 "
    "西田 前田".split()
)
_LABEL = re.compile(
    r"(?:氏名|名前|お名前|フリガナ|ふりがな|担当者名|担当者|担当|申請者名|申請者|代表者名|代表者|届出人|"
    r"記入者|作成者|連絡者|世帯主|被保険者|名義人|受取人)\s*[:：]\s*"
    r"(?P<v>[一-龥々〆ヶァ-ヴー]{1,6}(?:[ 　・][一-龥々〆ヶァ-ヴー]{1,6})?)"
)
_NAME_CHARS = re.compile(r"^[一-龥々〆ヶァ-ヴー・]+$")
_BETWEEN_ROLE = re.compile(
    r"^(?:[\s:：は、の]{0,3}|[\s:：は]{0,2}[一-龥]{1,10}(?:課|係|室|部|局|所|班|センター)の?[\s　]?)$"
)
# "<部署>の<name>です" self-introduction (mail and phone notes)
_SELF_INTRO_BEFORE = re.compile(r"(?:課|係|室|部|局|所|班|センター|窓口)の$")
_SELF_INTRO_AFTER = ("です", "でございます", "と申します")
_SELF_INTRO = re.compile(
    r"(?:課|係|室|部|局|所|班|センター|窓口)の(?P<v>[一-龥々]{1,4})(?:です|でございます|と申します)"
)
_NOT_A_NAME = frozenset(
    "担当 担当者 職員 所管 管轄 業務 仕事 予定 対象 責任 責任者 方 者 一員 所属 範囲 事務 分掌 管理 窓口 "
    "課長 係長 主査 主任 部長 室長 局長 所長 代表 番号 資料 案件 見解 意見 回答 判断 方針".split()
)
# a surname followed by a particle and an action typical of case notes: 山田から電話, 佐藤が来庁
_ACTION_AFTER = re.compile(
    r"(?:から|より)(?:の)?(?:連絡|電話|申請|相談|問い合わせ|問合せ|提出|申出|申し出|届出|依頼|報告|メール|返信|回答|苦情|要望)"
    r"|(?:が|は)(?:来庁|来所|来訪|出席|欠席|対応|担当|申請|相談|電話|連絡|退職|入院|転居|死亡)"
    r"|(?:に|へ)(?:連絡|電話|確認|送付|通知|返送|折り返)"
)
_NUMERALS = "0123456789０１２３４５６７８９" + KANJI_NUMERAL_CHARS
# 文語体 statutes write okurigana in katakana (設定シタル, 相続人タル者, 之ヲ適用ス); UniDic then tags
# katakana fragments as names. Near such text only honorifics and labels count.
_BUNGO = re.compile(
    r"[一-龥][ヲハニノヘカモ][一-龥]|(?:シタル|セラル|スヘキ|ナル者|タル者|ラサル|ヲ得ス|之ヲ)"
)


def _is_bungo(text: str, start: int, end: int) -> bool:
    window = text[max(0, start - 30) : end + 30]
    return len(_BUNGO.findall(window)) >= 2


# a surname directly followed by a contact in brackets: 小野寺（内線2345）
_CONTACT_AFTER = re.compile(r"^[（(](?:内線|電話|TEL|Tel|tel|携帯|直通)")
# a candidate directly followed by one of these is an organisation, place or law name
_NOT_AFTER = (
    "法",
    "令",
    "規則",
    "条例",
    "会",
    "庁",
    "省",
    "局",
    "課",
    "部",
    "県",
    "市",
    "区",
    "町",
    "村",
    "都",
    "府",
    "党",
    "社",
    "大学",
    "病院",
    "銀行",
    "議会",
    "組合",
    "機構",
    "委員",
    "事務所",
    "線",
    "駅",
)


def _is_name_token(t: JaToken) -> bool:
    return "人名" in t.pos


def _is_proper(t: JaToken) -> bool:
    return t.pos.startswith("名詞-固有名詞") and bool(_NAME_CHARS.match(t.surface))


class JpPersonRecognizer(LocalRecognizer):  # type: ignore[misc]
    """Person names from UniDic tags, honorifics (様/氏/さん…) and role words (申請者/担当…)."""

    ENTITY = "PERSON"
    SOURCE = "UniDic 名詞-固有名詞-人名; 公用文作成の考え方 (令和4年 内閣官房長官通知)"

    def __init__(self, *, extra_context: Sequence[str] = ()) -> None:
        self._roles = (*ROLE_WORDS, *extra_context)
        super().__init__(
            supported_entities=[self.ENTITY],
            name=type(self).__name__,
            supported_language="ja",
            context=list(self._roles),
        )

    def load(self) -> None:
        return None

    def _result(self, start: int, end: int, score: float, how: str) -> RecognizerResult:
        return make_result(
            self, self.ENTITY, start, end, score, how=how, distance=None if how == "full_name" else 0
        )

    def _role_before(self, text: str, start: int) -> bool:
        left = text[max(0, start - 12) : start]
        for w in self._roles:
            i = left.rfind(w)
            if i >= 0 and _BETWEEN_ROLE.match(left[i + len(w) :]):
                return True
        return False

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        tokens: list[JaToken] = getattr(nlp_artifacts, "ja_tokens", None) or fugashi_tokens(text)
        results: dict[tuple[int, int], RecognizerResult] = {}

        def add(start: int, end: int, score: float, how: str) -> None:
            key = (start, end)
            if key not in results or results[key].score < score:
                results[key] = self._result(start, end, score, how)

        n = len(tokens)
        i = 0
        while i < n:
            if not (_is_name_token(tokens[i]) or _is_proper(tokens[i])):
                i += 1
                continue
            # grow a run of proper-noun / name tokens (at most one space between them)
            j = i
            while (
                j + 1 < n
                and tokens[j + 1].start - tokens[j].end <= 1
                and text[tokens[j].end : tokens[j + 1].start].strip(" 　") == ""
                and (
                    _is_name_token(tokens[j + 1])
                    or _is_proper(tokens[j + 1])
                    or tokens[j + 1].surface == "・"
                    or (
                        _NAME_CHARS.match(tokens[j + 1].surface) is not None
                        and len(tokens[j + 1].surface) <= 2
                        and tokens[j + 1].pos.startswith("名詞")
                        and j + 2 < n
                        and (_is_name_token(tokens[j + 2]) or tokens[j + 2].surface in HONORIFICS)
                    )
                )
            ):
                j += 1
            run = tokens[i : j + 1]
            while run and run[-1].surface == "・":
                run = run[:-1]
            first = next((k for k, t in enumerate(run) if _is_name_token(t)), None)
            if first:  # 横浜市長　山中竹春: drop everything up to the last common noun before the name
                commons = [k for k in range(first) if not _is_proper(run[k])]
                if commons:
                    run = run[commons[-1] + 1 :]
            start, end = run[0].start, run[-1].end
            has_name = any(_is_name_token(t) for t in run)
            has_sei = any(t.pos.endswith("人名-姓") for t in run)
            has_mei = any(t.pos.endswith("人名-名") for t in run)
            honor = j + 1 < n and tokens[j + 1].surface in HONORIFICS and tokens[j + 1].start - end <= 1
            if not honor and has_name and text.startswith(TITLES_AFTER, end):
                honor = True
            bracketed = (
                has_sei and start > 0 and text[start - 1] in "（(" and text.startswith(("）", ")"), end)
            ) or bool(has_sei and _CONTACT_AFTER.match(text[end : end + 4]))
            if (
                honor
                and tokens[j + 1].surface == "氏"
                and j + 2 < n
                and tokens[j + 2].surface.startswith("名")
            ):
                honor = False
            if not honor and (text.startswith(_NOT_AFTER, end) or _is_bungo(text, start, end)):
                i = j + 1
                continue
            if honor or (has_name and self._role_before(text, start)):
                add(start, end, 0.85, "context")
            elif _SELF_INTRO_BEFORE.search(text[max(0, start - 14) : start]) and text.startswith(
                _SELF_INTRO_AFTER, end
            ):  # 市民相談室の小松です
                add(start, end, 0.8, "context")
            elif bracketed or (
                has_sei
                and end - start >= 2
                and not (start > 0 and (text[start - 1] == "第" or text[start - 1] in _NUMERALS))
                and _ACTION_AFTER.match(text, end)
            ):  # 小野寺（内線…）, 山田から電話があった
                add(start, end, 0.7, "context")
            elif has_sei and has_mei:
                add(start, end, 0.65, "full_name")
            elif has_name and len(run) >= 2 and all(_is_name_token(t) or t.surface == "・" for t in run):
                add(start, end, 0.6, "full_name")
            i = j + 1
        # katakana names and noun-like surnames before honorifics, and labelled fields (氏名：…)
        for t_idx, t in enumerate(tokens):
            if t.surface in ("様", "さん", "氏", "殿") and t_idx > 0:
                prev = tokens[t_idx - 1]
                if (
                    prev.surface in NOUN_SURNAMES
                    and prev.end == t.start
                    and (
                        t_idx < 2
                        or not tokens[t_idx - 2].pos.startswith(("名詞", "接頭辞"))
                        or tokens[t_idx - 2].end < prev.start
                    )
                ):
                    add(prev.start, prev.end, 0.75, "honorific")
                k = t_idx - 1
                while (
                    k >= 0
                    and re.fullmatch(r"[ァ-ヴー・]+", tokens[k].surface)
                    and tokens[k + 1].start - tokens[k].end <= 1
                ):
                    k -= 1
                if k < t_idx - 1:
                    s, e = tokens[k + 1].start, tokens[t_idx - 1].end
                    if e - s >= 2:
                        add(s, e, 0.8, "honorific")
        for m in _SELF_INTRO.finditer(text):
            if m.group("v") not in _NOT_A_NAME:
                add(m.start("v"), m.end("v"), 0.75, "self_intro")
        for m in _LABEL.finditer(text):
            s, e = m.span("v")
            add(s, e, 0.8, "label")
        return list(results.values())
