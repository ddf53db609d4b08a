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
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from presidio_analyzer import LocalRecognizer, RecognizerResult

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.base import make_result
from govrag.dlp.recognizers.person_al import (
    english_label_latin,
    latin_after_role,
    latin_before_reading,
    latin_before_small_honorific,
    latin_numbered_item,
    latin_quote_or_dash,
    latin_thing,
    script_name_after_label,
    surname_after_section,
    surname_arrow_or_speaker,
)
from govrag.dlp.recognizers.person_am import birthday_list_name, halfwidth_kana_name, hl7_patient_name
from govrag.dlp.recognizers.person_an import caller_or_payee_name
from govrag.dlp.recognizers.person_ap import (
    chat_or_label_surname,
    kana_column_or_reading,
    latin_label_or_closing,
    spaced_title,
)
from govrag.dlp.recognizers.person_aw import foreign_person_name
from govrag.dlp.recognizers.person_forms import (
    attendee_list,
    bracket_after_person_noun,
    given_name_before_birth,
    given_name_before_kun,
    glued_label,
    hiragana_name,
    kana_reading_column,
    katakana_after_context,
    katakana_before_nationality,
    latin_after_label,
    latin_before_honorific,
    latin_before_mailbox,
    latin_by_document,
    spaced_roster,
)
from govrag.dlp.recognizers.person_intro import (
    ZH_SURNAMES,
    caller_surname,
    chinese_korean,
    fixed_width_name,
    intro_latin,
    kana_after_holder,
    keyed_name,
    said_or_quoted_sender,
    staff_chat_line,
    thing_record,
    title_or_company_part,
)
from govrag.text.eras import ERA_NAMES
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
    "確認者",
    "受付者",
    "対応者",
    "応対者",
    "面談者",
    "代表取締役",
    "取締役",
    "技能実習生",
    "留学生",
    "研修生",
    "三男",
    "三女",
    "祖父",
    "祖母",
    "息子",
    "娘",
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
_LABEL = lazy_compile(
    r"(?:氏名|名前|お名前|フリガナ|ふりがな|担当者名|担当者|担当|申請者名|申請者|代表者名|代表者|届出人|"
    r"記入者|作成者|連絡者|世帯主|被保険者|名義人|受取人|"
    # round AK: family members and parties of a notice (認定を受ける者：…, 同居予定者：…)
    r"認定を受ける者|同居予定者|夫になる人|妻になる人)\s*[:：]\s*"
    r"(?:(?:父|母|妻|夫|長男|長女|次男|次女|三男|三女|祖父|祖母|兄|弟|姉|妹|子|孫|本人)[ 　]+)?"
    # (a given name may be hiragana: 井上 さやか)
    r"(?P<v>[一-龥々〆ヶァ-ヴー]{1,6}(?:[ 　・](?:[一-龥々〆ヶァ-ヴー]{1,6}|[ぁ-ゖ]{2,4}(?![ぁ-ゖ])))?"
    r"(?:・[ァ-ヴー]{1,8}){0,2})"
    # not the first characters of a longer word or a numbered office (担当：営業3課)
    r"(?![一-龥々〆ヶァ-ヴー0-9A-Za-z])"
)
_NAME_CHARS = lazy_compile(r"^[一-龥々〆ヶァ-ヴー・]+$")
_BETWEEN_ROLE = lazy_compile(
    r"^(?:[\s:：は、の]{0,3}|[\s:：は]{0,2}[一-龥]{0,10}(?:課|係|室|部|局|所|班|センター|窓口)の?[\s　]?)$"
)
# any form field naming a person with a colon: 記録者：, 申出人：, 職員： (the run must hold a 人名)
_PERSON_FIELD = lazy_compile(
    r"(?:[一-龥]{1,6}(?:者|人|員)|[一-龥]{0,4}(?:主事|主査|主任|主幹|係長|課長|部長|室長|所長|補佐))\s*[:：]\s*$"
)
# "<部署>の<name>です" self-introduction (mail and phone notes)
_SELF_INTRO_BEFORE = lazy_compile(r"(?:課|係|室|部|局|所|班|センター|窓口)の$")
_SELF_INTRO_AFTER = ("です", "でございます", "と申します")
_SELF_INTRO = lazy_compile(
    r"(?:課|係|室|部|局|(?<!住)所|班|センター|窓口)の(?P<v>[一-龥々]{1,4})(?:です|でございます|と申します)"
)
_NOT_A_NAME = frozenset(
    "担当 担当者 職員 所管 管轄 業務 仕事 予定 対象 責任 責任者 方 者 一員 所属 範囲 事務 分掌 管理 窓口 "
    "課長 係長 主査 主任 部長 室長 局長 所長 代表 番号 資料 案件 見解 意見 回答 判断 方針".split()
)
# a surname followed by a particle and an action typical of case notes: 山田から電話, 佐藤が来庁
_ACTION_AFTER = lazy_compile(
    r"(?:から|より)(?:の)?(?:連絡|電話|申請|相談|問い合わせ|問合せ|提出|申出|申し出|届出|依頼|報告|メール|返信|回答|苦情|要望)"
    r"|(?:が|は)(?:来庁|来所|来訪|出席|欠席|対応|担当|申請|相談|電話|連絡|退職|入院|転居|死亡)"
    r"|(?:に|へ)(?:連絡|電話|確認|送付|通知|返送|折り返)"
)
_NUMERALS = "0123456789０１２３４５６７８９" + KANJI_NUMERAL_CHARS
# 文語体 statutes write okurigana in katakana (設定シタル, 相続人タル者, 之ヲ適用ス); UniDic then tags
# katakana fragments as names. Near such text only honorifics and labels count.
_BUNGO = lazy_compile(
    r"[一-龥][ヲハニノヘカモ][一-龥]|(?:シタル|セラル|スヘキ|ナル者|タル者|ラサル|ヲ得ス|之ヲ)"
)


def _is_bungo(text: str, start: int, end: int) -> bool:
    window = text[max(0, start - 30) : end + 30]
    return len(_BUNGO.findall(window)) >= 2


# a surname directly followed by a contact in brackets: 小野寺（内線2345）
_CONTACT_AFTER = lazy_compile(r"^[（(](?:内線|電話|TEL|Tel|tel|携帯|直通)")
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


_SURNAME_LIKE = lazy_compile(r"[一-龥々]{1,3}")


def _is_name_token(t: JaToken) -> bool:
    return "人名" in t.pos


def _is_proper(t: JaToken) -> bool:
    return t.pos.startswith("名詞-固有名詞") and bool(_NAME_CHARS.match(t.surface))


def _joins_run(text: str, tokens: Sequence[JaToken], j: int) -> bool:
    """True when token ``j + 1`` continues the name run ending at token ``j`` (at most one space
    between; a short noun counts when a name or an honorific follows it: 山田 いち 太郎)."""
    n = len(tokens)
    nxt = tokens[j + 1]
    if nxt.start - tokens[j].end > 1 or text[tokens[j].end : nxt.start].strip(" 　") != "":
        return False
    if nxt.surface in ERA_NAMES:  # 大野 千春　平成3年…: a date column, not part of the name
        return False
    if nxt.start > tokens[j].end and not _is_name_token(nxt) and tokens[j].pos.endswith("人名-名"):
        # 姓 名 then a space and some other proper noun: the next column of a table row
        return False
    return (
        _is_name_token(nxt)
        or _is_proper(nxt)
        or nxt.surface == "・"
        or (
            _NAME_CHARS.match(nxt.surface) is not None
            and len(nxt.surface) <= 2
            and nxt.pos.startswith("名詞")
            and j + 2 < n
            and (_is_name_token(tokens[j + 2]) or tokens[j + 2].surface in HONORIFICS)
        )
    )


class _Run:
    """A run of proper-noun / name tokens and the text around it, as the run rules read it."""

    __slots__ = ("end", "honorific", "roles", "start", "text", "tokens")

    def __init__(self, text: str, tokens: Sequence[JaToken], after: JaToken | None,
                 after_next: JaToken | None, roles: Sequence[str]) -> None:
        self.text, self.tokens, self.roles = text, tokens, roles
        self.start, self.end = tokens[0].start, tokens[-1].end
        honor = after is not None and after.surface in HONORIFICS and after.start - self.end <= 1
        title_at = self.end + 1 if text[self.end : self.end + 1] in (" ", "　") else self.end
        if not honor and self.has_name and text.startswith(TITLES_AFTER, title_at):
            honor = True  # 加藤課長, 中村 委員
        if honor and after is not None and after.surface == "氏" and after_next is not None:
            honor = not after_next.surface.startswith("名")  # 山田氏名: the label 氏名, not 山田氏
        self.honorific = honor

    @property
    def has_name(self) -> bool:
        return any(_is_name_token(t) for t in self.tokens)

    @property
    def has_sei(self) -> bool:
        """A UniDic surname, or a 1-3 kanji surname UniDic reads as another noun (平野, 本田)
        written right before a UniDic given name: 平野 由紀, 本田 茂."""
        toks = self.tokens
        if any(t.pos.endswith("人名-姓") for t in toks):
            return True
        return (
            len(toks) >= 2
            and _SURNAME_LIKE.fullmatch(toks[0].surface) is not None
            and toks[0].surface not in ERA_NAMES
            and toks[1].pos.endswith("人名-名")
        )

    @property
    def has_mei(self) -> bool:
        return any(t.pos.endswith("人名-名") for t in self.tokens)

    @property
    def all_names(self) -> bool:
        """Two or more tokens, every one a UniDic name (or the ・ between them)."""
        return len(self.tokens) >= 2 and all(_is_name_token(t) or t.surface == "・" for t in self.tokens)

    @property
    def role_before(self) -> bool:
        left = self.text[max(0, self.start - 12) : self.start]
        for w in self.roles:
            i = left.rfind(w)
            if i >= 0 and _BETWEEN_ROLE.match(left[i + len(w) :]):
                return True
        return _PERSON_FIELD.search(left) is not None

    @property
    def not_a_person(self) -> bool:
        """Followed by 法/市/大学… (an organisation, place or law), or inside 文語体 statute text."""
        return self.text.startswith(_NOT_AFTER, self.end) or _is_bungo(self.text, self.start, self.end)

    @property
    def self_intro(self) -> bool:
        text, start = self.text, self.start
        return bool(_SELF_INTRO_BEFORE.search(text[max(0, start - 14) : start])) and text.startswith(
            _SELF_INTRO_AFTER, self.end
        )

    @property
    def bracketed(self) -> bool:
        text, start, end = self.text, self.start, self.end
        return (
            self.has_sei and start > 0 and text[start - 1] in "（(" and text.startswith(("）", ")"), end)
        ) or bool(self.has_sei and _CONTACT_AFTER.match(text[end : end + 4]))

    @property
    def acting(self) -> bool:
        """A surname of two or more characters (not a number's 第…) then 〜から電話, 〜が来庁…"""
        text, start = self.text, self.start
        return (
            self.has_sei
            and self.end - start >= 2
            and not (start > 0 and (text[start - 1] == "第" or text[start - 1] in _NUMERALS))
            and _ACTION_AFTER.match(text, self.end) is not None
        )


_GIVEN_SHAPE = lazy_compile(r"[一-龥々]{1,3}|[ぁ-ゖ]{2,4}|[ァ-ヴー]{2,5}")
#: Words that follow a surname and a space but are no given names (山田 他2名, 佐藤 家, 鈴木 一同).
_NOT_GIVEN = frozenset(
    "他 外 様 殿 君 氏 方 宛 各位 一同 家 宅 邸 一家 家族 夫妻 夫婦 親子 兄弟 姉妹 妻 夫 父 母 長男 長女 "
    "次男 次女 本人 代理 代理人 名義 分 以下 以上 等 ら 共".split()
)


def _given_after(text: str, tokens: Sequence[JaToken], i: int) -> bool:
    """True when token ``i`` (a surname) is followed by one space and a short common noun that
    ends the column (end, space, bracket, honorific): 渡辺 さくら 様, 高木 ひなた（5歳）."""
    n = len(tokens)
    if i + 1 >= n:
        return False
    nxt = tokens[i + 1]
    if text[tokens[i].end : nxt.start] not in (" ", "　"):
        return False
    if not nxt.pos.startswith("名詞-普通名詞-一般") or _GIVEN_SHAPE.fullmatch(nxt.surface) is None:
        return False
    word = nxt.surface
    if word in _NOT_GIVEN or word in ROLE_WORDS or word in TITLES_AFTER or word in _NOT_A_NAME:
        return False
    if i + 2 >= n:
        return nxt.end == len(text.rstrip())
    after = tokens[i + 2]
    return (
        after.start > nxt.end
        or after.surface in HONORIFICS
        or after.pos.startswith("補助記号")
    )


def _runs(text: str, tokens: Sequence[JaToken], roles: Sequence[str]) -> Iterator[_Run]:
    """Each run of name-like tokens, trimmed of a trailing ・ and of a title before the name."""
    n = len(tokens)
    i = 0
    while i < n:
        if not (_is_name_token(tokens[i]) or _is_proper(tokens[i])):
            i += 1
            continue
        j = i
        if (
            i > 0
            and tokens[i].pos.endswith("人名-名")
            and tokens[i - 1].surface in NOUN_SURNAMES
            and text[tokens[i - 1].end : tokens[i].start] in ("", " ", "　")
        ):
            i -= 1  # 平野 由紀: a surname UniDic reads as a common noun, then a given name
        while j + 1 < n and _joins_run(text, tokens, j):
            j += 1
        if j == i and tokens[i].pos.endswith("人名-姓") and _given_after(text, tokens, i):
            j += 1  # 渡辺 さくら, 小林 誠: a given name UniDic reads as a common noun
        run = tokens[i : j + 1]
        while run and run[-1].surface == "・":
            run = run[:-1]
        first = next((k for k, t in enumerate(run) if _is_name_token(t)), None)
        # 横浜市長　山中竹春: drop everything up to the last common noun before the name (not the
        # surname of 平野 由紀, which UniDic reads as a common noun)
        if first and not (first == 1 and run[0].surface in NOUN_SURNAMES):
            commons = [k for k in range(first) if not _is_proper(run[k])]
            if commons:
                run = run[commons[-1] + 1 :]
        after = tokens[j + 1] if j + 1 < n else None
        yield _Run(text, run, after, tokens[j + 2] if j + 2 < n else None, roles)
        i = j + 1


def _list_parts(tokens: Sequence[JaToken]) -> list[tuple[int, int]]:
    """The spans of a run: one per name when ・ separates full names (山田太郎・佐藤花子) or
    surnames (山田・佐藤), else the whole run (マリア・ロペス is one person)."""
    parts: list[list[JaToken]] = [[]]
    for t in tokens:
        if t.surface == "・":
            parts.append([])
        else:
            parts[-1].append(t)
    whole = [(tokens[0].start, tokens[-1].end)]
    if len(parts) < 2 or any(not p for p in parts):
        return whole

    def kinds(p: list[JaToken]) -> set[str]:
        return {t.pos.rsplit("-", 1)[-1] for t in p if _is_name_token(t)}

    full = all({"姓", "名"} <= kinds(p) for p in parts)
    surnames = all(len(p) == 1 and kinds(p) == {"姓"} for p in parts)
    return [(p[0].start, p[-1].end) for p in parts] if full or surnames else whole


@dataclass(frozen=True, slots=True)
class _RunRule:
    """Score a run gets when ``applies`` (the first rule that applies decides; None: no name)."""

    how: str
    score: float | None
    reason: str
    applies: Callable[[_Run], bool]


@dataclass(frozen=True, slots=True)
class _SpanRule:
    """A value found by ``find`` (spans in ``text`` given its tokens) gets ``score``."""

    how: str
    score: float
    reason: str
    find: Callable[[str, Sequence[JaToken]], Iterator[tuple[int, int]]]


#: The run rules, first match wins.
RUN_RULES: tuple[_RunRule, ...] = (
    _RunRule("veto", None, "an organisation, place or law name (山田市, 佐藤病院) or 文語体 okurigana",
             lambda r: not r.honorific and r.not_a_person),
    _RunRule("context", 0.85, "honorific or title after (山田様, 加藤課長), or a role word before a name",
             lambda r: r.honorific or (r.has_name and r.role_before)),
    _RunRule("context", 0.8, "a self-introduction (市民相談室の小松です)", lambda r: r.self_intro),
    _RunRule("context", 0.7, "a surname with a contact in brackets or a case-note action after it "
             "(小野寺（内線…）, 山田から電話)", lambda r: r.bracketed or r.acting),
    _RunRule("full_name", 0.65, "surname + given name (山田太郎)", lambda r: r.has_sei and r.has_mei),
    _RunRule("full_name", 0.6, "two or more UniDic name tokens", lambda r: r.has_name and r.all_names),
)


def _noun_surname_before_honorific(text: str, tokens: Sequence[JaToken]) -> Iterator[tuple[int, int]]:
    for k, t in enumerate(tokens[1:], 1):
        prev = tokens[k - 1]
        if t.surface in _HONORIFIC_HEADS and prev.surface in NOUN_SURNAMES and prev.end == t.start and (
            k < 2 or not tokens[k - 2].pos.startswith(("名詞", "接頭辞")) or tokens[k - 2].end < prev.start
        ):
            yield prev.start, prev.end


def _katakana_before_honorific(text: str, tokens: Sequence[JaToken]) -> Iterator[tuple[int, int]]:
    for idx, t in enumerate(tokens[1:], 1):
        if t.surface not in _HONORIFIC_HEADS:
            continue
        k = idx - 1
        while k >= 0 and _KATAKANA.fullmatch(tokens[k].surface) and tokens[k + 1].start - tokens[k].end <= 1:
            k -= 1
        start = tokens[k + 1].start if k < idx - 1 else -1
        if start >= 0 and tokens[idx - 1].end - start >= 2 and not _COMPANY_BEFORE.search(text[:start]):
            if _SERVICE_KATAKANA.search(text[start : tokens[idx - 1].end]) is None:
                yield start, tokens[idx - 1].end


#: katakana that names a service or a desk, not a person (カスタマーサポート様, ヘルプデスク様)
_SERVICE_KATAKANA = lazy_compile(
    r"(?:サポート|センター|デスク|サービス|カスタマー|コール|ヘルプ|インフォメーション|チーム|グループ|"
    r"スタッフ|メンバー|オフィス|ショップ|ストア|クリニック|ホテル|システム|ソリューション)"
)


def _surname_given_before_honorific(text: str, tokens: Sequence[JaToken]) -> Iterator[tuple[int, int]]:
    """A UniDic surname, one space and a 1-3 kanji given name UniDic does not know, then
    様/さん/氏/殿 (「石田 陽向 さん」)."""
    starts = {t.start for t in tokens if t.pos.endswith("人名-姓")}
    for m in _SURNAME_GIVEN_HONORIFIC.finditer(text):
        if m.start("v") in starts:
            yield m.span("v")


_SURNAME_GIVEN_HONORIFIC = lazy_compile(
    r"(?<![一-龥々])(?P<v>[一-龥々]{1,3}[ 　][一-龥々]{1,3})[ 　]?(?:様|さま|さん|氏|殿)"
)


def _regex_values(regex: re.Pattern[str], veto: frozenset[str] = frozenset()
                  ) -> Callable[[str, Sequence[JaToken]], Iterator[tuple[int, int]]]:
    def find(text: str, tokens: Sequence[JaToken]) -> Iterator[tuple[int, int]]:
        return (m.span("v") for m in regex.finditer(text) if m.group("v") not in veto)

    return find


def _label_values(text: str, tokens: Sequence[JaToken]) -> Iterator[tuple[int, int]]:
    """Values after a name field label, unless an organisation (株式会社…, 社会福祉法人…) or a
    role or title word (理事長, 担当者)."""
    for m in _LABEL.finditer(text):
        value = m.group("v")
        head = value.split()[0] if value.split() else value
        if _ORGANISATION.search(value) or head in _ROLE_OR_TITLE:
            continue
        if any(_OFFICE_PART.search(part) for part in value.split()):
            continue
        yield m.span("v")


_ORGANISATION = lazy_compile(r"会社|法人|協会|組合|団体|機構|事務所|[会社店局課部室所]$")
#: one part of the value is an office (情報政策課 システム係): three or more characters ending in an
#: office word (阿部, 服部 are two characters and keep their 部)
_OFFICE_PART = lazy_compile(r"^.{2,}(?:課|係|室|局|班|センター|グループ|チーム)$")
_ROLE_OR_TITLE = frozenset((*ROLE_WORDS, *TITLES_AFTER, *_NOT_A_NAME))

_HONORIFIC_HEADS = ("様", "さん", "氏", "殿")
# a company's name (株式会社サンプル様) is addressed with 様 too
_COMPANY_BEFORE = lazy_compile(
    r"(?:株式会社|有限会社|合同会社|合資会社|合名会社|[（(][株有][)）]|法人)[ 　]?$")
_KATAKANA = lazy_compile(r"[ァ-ヴー・]+")

#: Rules over the whole text, applied after the run rules, in this order.
SPAN_RULES: tuple[_SpanRule, ...] = (
    _SpanRule("honorific", 0.75, "a surname UniDic reads as a noun (森, 林) right before 様/さん/氏/殿",
              _noun_surname_before_honorific),
    _SpanRule("honorific", 0.8, "katakana (2+ characters) right before 様/さん/氏/殿",
              _katakana_before_honorific),
    _SpanRule("honorific", 0.75, "UniDic surname, a space, 1-3 kanji, then 様/さん/氏/殿 (石田 陽向 さん)",
              _surname_given_before_honorific),
    _SpanRule("self_intro", 0.75, "<部署>の<name>です|と申します", _regex_values(_SELF_INTRO, _NOT_A_NAME)),
    _SpanRule("label", 0.8, "a form field label (氏名：…, 担当者：…)", _label_values),
    _SpanRule("label", 0.8, "a name glued to its label (氏名山川 一郎)", glued_label),
    _SpanRule("latin", 0.8, "2-4 capitalised Latin words after a name label (氏名：TRAN VAN BINH, Name:)",
              latin_after_label),
    _SpanRule("latin", 0.75, "2-4 capitalised Latin words next to a passport / residence card number",
              latin_by_document),
    _SpanRule("katakana", 0.75, "a two-part katakana field right after a name field (its reading)",
              kana_reading_column),
    _SpanRule("katakana", 0.8, "katakana after a name label or person noun (名義 ヤマダ タロウ, 留学生…): "
              "two parts or a UniDic 人名", katakana_after_context),
    _SpanRule("latin", 0.8, "2-4 capitalised Latin words before 様/さん/氏/殿 or after Mr./Ms.",
              latin_before_honorific),
    _SpanRule("latin", 0.75, "2-4 capitalised Latin words before <address@…> (From: Kenji Sato <…>) or "
              "alone on the line after a letter's closing (Best regards,⏎Yuki Tanaka)",
              latin_before_mailbox),
    _SpanRule("katakana", 0.75, "a ・-joined katakana name before （…国籍） / （…出身）",
              katakana_before_nationality),
    _SpanRule("hiragana", 0.75, "two-part hiragana name before 様/さん/殿 or after a ふりがな label",
              hiragana_name),
    _SpanRule("given", 0.7, "a given name with a name-final kanji before 君/くん/ちゃん (太郎君)",
              given_name_before_kun),
    _SpanRule("given", 0.7, "round S: a given name alone before its birth date under a 児童/子 label or "
              "on a numbered 世帯員/同一世帯 line", given_name_before_birth),
    _SpanRule("list", 0.75, "each name in a list after 出席者/参加者/担当者/世帯員 separated by 、／・",
              attendee_list),
    _SpanRule("bracket", 0.75, "surname + given name alone in brackets after 方/対象者",
              bracket_after_person_noun),
    _SpanRule("roster", 0.8, "round T: each 姓 名 of a roster line whose names are set apart by wide "
              "blanks (出席者：山本 一郎　佐々木 涼子)", spaced_roster),
    # round AK (person_intro.py)
    _SpanRule("intro", 0.8, "2-4 capitalised words of any alphabet after a self-introduction (my name is, "
              "tôi là, sou, je suis, меня зовут, mero naam), Resident/Tenant/Correct name", intro_latin),
    _SpanRule("intro", 0.75, "a Latin name at a line start before said:, or quoted before <mail> in From:",
              said_or_quoted_sender),
    _SpanRule("keyed", 0.8, "a name-shaped value of a name-like key (JSON, key=value, SQL, form dumps)",
              keyed_name),
    _SpanRule("katakana", 0.8, "half-width kana after 口座名義/預金者/フリガナ", kana_after_holder),
    _SpanRule("fixed", 0.75, "a kana or ALL-CAPS name padded between an ID field and a digit run",
              fixed_width_name),
    _SpanRule("intro", 0.8, "a Chinese / Korean name after 我叫/我是/저는…입니다/이름/성명 "
              "(common family name)",
              chinese_korean),
    _SpanRule("list", 0.75, "a UniDic surname between a 係 and a time on a chat line", staff_chat_line),
    _SpanRule("self_intro", 0.75, "a UniDic surname closing a message (…お願いします。山田です。)",
              caller_surname),
    # round AL (person_al.py)
    _SpanRule("latin", 0.8, "a Latin name after a Japanese role label (入居者：…, 子：…, 通訳 …)",
              latin_after_role),
    _SpanRule("latin", 0.75, "a Latin name on a numbered list line (1. …, ① …)", latin_numbered_item),
    _SpanRule("latin", 0.8, "a Latin name before 君/くん/ちゃん", latin_before_small_honorific),
    _SpanRule("latin", 0.8, "a Latin name and its katakana reading in brackets", latin_before_reading),
    _SpanRule("latin", 0.8, "a Latin name after Contact person:/Guardian:/Patient:/Interpreter:",
              english_label_latin),
    _SpanRule("latin", 0.75, "a Latin name in '> … wrote:' or alone on a dash signature line",
              latin_quote_or_dash),
    _SpanRule("intro", 0.75, "a Thai name after ชื่อ, a Devanagari name after नाम", script_name_after_label),
    _SpanRule("list", 0.75, "a surname alone after a section or role word (福祉課 山田, CW：山田, 旧姓 山田)",
              lambda text, tokens: surname_after_section(text, tokens, NOUN_SURNAMES)),
    _SpanRule("list", 0.75, "surnames around a hand-over arrow (山田→佐藤 引継), a chat speaker (山田：…)",
              lambda text, tokens: surname_arrow_or_speaker(text, tokens, NOUN_SURNAMES)),
    # round AM (person_am.py)
    _SpanRule("katakana", 0.8, "half-width kana in an aligned record, a transfer line, after ｼﾒｲ:",
              halfwidth_kana_name),
    _SpanRule("keyed", 0.8, "the FAMILY^GIVEN name of an HL7 PID segment", hl7_patient_name),
    _SpanRule("list", 0.75, "a child's name on a birthday-list line", birthday_list_name),
    # round AN (person_an.py)
    _SpanRule("keyed", 0.8, "a transfer-row holder, a JSON payee, a caller before a rank and より, "
              "an interpreted answer's speaker", caller_or_payee_name),
    # round AP (person_ap.py)
    _SpanRule("latin", 0.8, "a Latin name after Nome:/Pasyente:/実習生：, in brackets after a kanji name, "
              "after Thank you. / Thanks, / --, after a foreign self-introduction", latin_label_or_closing),
    _SpanRule("katakana", 0.8, "kana in a lettered fixed-width record, a カナ column, a JSON kana key, "
              "a reading in brackets after a kanji name", kana_column_or_reading),
    _SpanRule("list", 0.75, "a surname speaking on a timestamped chat line, signing before （mail）, "
              "introducing itself (…した山田です), after 確認者/受：/担当", chat_or_label_surname),
    _SpanRule("latin", 0.8, "round AW (person_aw.py): names in foreign messages, labels, closings, kana "
              "records, a memo's last line", foreign_person_name),
)
#: round T: words naming a document (Chinese 護照 / 护照 = passport) that UniDic reads as 姓 + 名
_DOCUMENT_WORDS = ("護照", "护照", "證件", "证件", "簽證", "签证", "居留證", "居留证")
#: a Chinese sentence: words only Chinese writes (辦理, 號碼, 请, 您 …) and no kana in the sentence
_CHINESE_WORDS = lazy_compile(
    r"辦理|办理|號碼|号码|填寫|填写|请|您|們|们|吗|嗎|這|这|欄位|复印|影本|沒有|没有")
_KANA = lazy_compile(r"[ぁ-ゖァ-ヺ]")
_HAN = lazy_compile(r"[一-龥]+")


def _not_a_name(text: str, start: int, end: int) -> bool:
    """A document word (護照), or in a Chinese sentence one kanji (本人到場辦理: 到 is no name) or kanji
    that start with no common family name, not at a line start (和存折到)."""
    value = text[start:end]
    if any(w in value for w in _DOCUMENT_WORDS) or thing_record(text, start):
        return True
    if title_or_company_part(text, start, end) or latin_thing(value) or spaced_title(text, start, end):
        return True
    if end - start > 1 and (
        value[0] in ZH_SURNAMES or not _HAN.fullmatch(value) or start == text.rfind("\n", 0, start) + 1
    ):
        return False
    a = max(text.rfind(c, 0, start) for c in "\n。") + 1
    b = min((i for i in (text.find(c, end) for c in "\n。") if i >= 0), default=len(text))
    sentence = text[a:b]
    # round AP: in a Chinese sentence a name starts with a common family name (和存折到 is none)
    return _CHINESE_WORDS.search(sentence) is not None and _KANA.search(sentence) is None


_Best = dict[tuple[int, int], tuple[float, str]]


def _without_rosters(best: _Best) -> _Best:
    """Drop a span that covers parts of two or more names of a roster (the run rules read a
    roster line as one name)."""
    rosters = [k for k, (_, how) in best.items() if how == "roster"]
    return {
        k: v for k, v in best.items()
        if v[1] == "roster" or sum(k[0] < e and s < k[1] for s, e in rosters) < 2
    }


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

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        """Apply :data:`RUN_RULES` to each run of name tokens, then :data:`SPAN_RULES`; a span
        found twice keeps its best score."""
        tokens: list[JaToken] = getattr(nlp_artifacts, "ja_tokens", None) or fugashi_tokens(text)
        best: dict[tuple[int, int], tuple[float, str]] = {}

        def add(start: int, end: int, score: float, how: str) -> None:
            if (start, end) not in best or best[start, end][0] < score:
                best[start, end] = (score, how)

        for run in _runs(text, tokens, self._roles):
            rule = next((r for r in RUN_RULES if r.applies(run)), None)
            if rule is not None and rule.score is not None:
                for start, end in _list_parts(run.tokens):
                    add(start, end, rule.score, rule.how)
        for span_rule in SPAN_RULES:
            for start, end in span_rule.find(text, tokens):
                add(start, end, span_rule.score, span_rule.how)
        return [
            make_result(self, self.ENTITY, s, e, score, how=how, distance=None if how == "full_name" else 0)
            for (s, e), (score, how) in _without_rosters(best).items()
            if not _not_a_name(text, s, e)
        ]
