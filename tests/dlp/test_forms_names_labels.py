"""Issue 11 shapes: Latin / katakana names, attendee lists, family and role words, glued labels,
names in brackets, English birth-date and licence labels, 記号/番号 variants — each rule with
positives and hard negatives (invented names and numbers)."""

from __future__ import annotations

import pytest

from govrag.dlp import DLPEngine
from tests.dlp.conftest import found

P, DOB, DL, HI = "PERSON", "DATE_OF_BIRTH", "JP_DRIVER_LICENSE", "JP_HEALTH_INSURANCE"

CASES: list[tuple[str, str, set[tuple[str, str]]]] = [
    # --- Latin names after a name label
    ("latin-caps-shimei", "氏名：DO THANH LONG", {(P, "DO THANH LONG")}),
    ("latin-romaji-meigi", "名義 ISHIDA MAKOTO の口座", {(P, "ISHIDA MAKOTO")}),
    ("latin-en-name", "Name: Hannah Whitfield", {(P, "Hannah Whitfield")}),
    ("latin-four-words", "申請人：Vo Thi Kim Oanh", {(P, "Vo Thi Kim Oanh")}),
    ("latin-bracket-note", "氏名（ローマ字）：CHEN JIANHUA", {(P, "CHEN JIANHUA")}),
    ("latin-company-caps", "申請者：KAIYO PRECISION CO., LTD.", set()),
    ("latin-company-words", "名義人：MIDORI SYSTEMS INC.", set()),
    ("latin-government", "Name: Osaka Prefectural Government", set()),
    ("latin-english-sentence", "The Review Board met in Sendai on Friday.", set()),
    ("latin-single-word", "Name: Tanaka", set()),
    # --- Latin names next to a travel document number
    (
        "latin-after-passport",
        "旅券番号TZ8765432 BUI MINH KHOA",
        {("JP_PASSPORT", "TZ8765432"), (P, "BUI MINH KHOA")},
    ),
    (
        "latin-before-card",
        "DANG VAN HAI（在留カード番号 QR87654321ST）",
        {(P, "DANG VAN HAI"), ("JP_RESIDENCE_CARD", "QR87654321ST")},
    ),
    ("latin-product-code", "型番TZ8765432 BLUE MODEL", set()),
    # --- katakana names
    ("kana-trainee", "技能実習生レ・ヴァン・タム（21歳）", {(P, "レ・ヴァン・タム")}),
    ("kana-student-space", "留学生ワン シャオリン が来所した。", {(P, "ワン シャオリン")}),
    ("kana-account", "口座名義：タカセ リョウタ", {(P, "タカセ リョウタ")}),
    ("kana-meigi-space", "名義 オオツカ ナナミ（普通預金）", {(P, "オオツカ ナナミ")}),
    ("kana-meigi-henkou", "口座の名義変更を届け出た。", set()),
    ("kana-furigana-field", "氏名（フリガナ）欄に記入すること。", set()),
    ("kana-loanword-kanji", "名義 カード会社の規約による。", set()),
    ("kana-trainee-center", "技能実習生サポートセンターに相談した。", set()),
    ("kana-hinmei", "品名：プリンター トナー", set()),
    ("kana-kenmei", "件名：システム メンテナンス", set()),
    # --- attendee lists
    (
        "list-chair",
        "出席者　森永（座長）、片桐、野口",
        {(P, "森永"), (P, "片桐"), (P, "野口")},
    ),
    ("list-colon", "参加者：早川、柴田（事務局）", {(P, "早川"), (P, "柴田")}),
    ("list-counts", "出席者 12名、欠席者 3名", set()),
    ("list-roles", "出席者：委員長、事務局", set()),
    # --- role and family words
    ("role-ceo", "代表取締役 宮下 隆之", {(P, "宮下 隆之")}),
    ("role-checker-window", "確認者：窓口 浅野", {(P, "浅野")}),
    ("family-eldest-son", "長男 大翔 は中学生である。", {(P, "大翔")}),
    ("role-ceo-election", "代表取締役社長の選任について審議した。", set()),
    ("family-no-name", "長女の学校行事に参加した。", set()),
    # --- brackets after 方/対象者, glued label
    ("bracket-kata", "来庁された方（西岡 亮介）から申出があった。", {(P, "西岡 亮介")}),
    ("bracket-target", "対象者（土屋 芽衣）の世帯", {(P, "土屋 芽衣")}),
    ("bracket-count", "対象者（100名程度）を募集する。", set()),
    ("glued-label", "氏名岩崎 拓海、住所は別紙", {(P, "岩崎 拓海")}),
    ("glued-label-statute", "氏名又は名称及び住所", set()),
    # --- date of birth, English labels
    ("dob-en-us", "DOB: 07/09/1983", {(DOB, "07/09/1983")}),
    ("dob-en-iso", "Date of birth: 2001-11-05", {(DOB, "2001-11-05")}),
    ("dob-en-born", "born 02/28/1969 in Lima", {(DOB, "02/28/1969")}),
    ("dob-en-words", "Date of Birth: 14 March 1986", {(DOB, "14 March 1986")}),
    ("dob-en-meeting", "The meeting will be held on 05/12/2025.", set()),
    ("dob-en-issue", "Date of issue: 2024-04-01", set()),
    ("dob-en-expiry", "Expiry date 03/31/2030", set()),
    # --- driver's licence, English labels
    ("dl-en-licence", "Driver's licence No. 442233445566", {(DL, "442233445566")}),
    ("dl-en-license-number", "Driver's license number: 3012 3456 7891", {(DL, "3012 3456 7891")}),
    ("dl-en-dl-no", "DL No. 661234567890", {(DL, "661234567890")}),
    ("dl-en-invoice", "Invoice No. 442233445566", set()),
    ("dl-en-order", "Order No. 661234567890", set()),
    # --- health insurance 記号/番号
    ("hi-glued-two-values", "記号21-43番号765", {(HI, "21-43"), (HI, "765")}),
    ("hi-one-label", "保険証の記号番号は2468-1357です", {(HI, "2468-1357")}),
    ("hi-one-label-blank", "記号番号欄は空欄のままとする。", set()),
    ("hi-chemistry", "化学記号と原子番号の対応表を作成した。", set()),
    ("hi-legend", "記号の意味は凡例を参照すること。", set()),
    ("hi-yucho", "ゆうちょ銀行 記号番号13570-24681357への振替", {("JP_BANK_ACCOUNT", "13570-24681357")}),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in CASES], ids=[c[0] for c in CASES])
def test_forms_table(engine: DLPEngine, text: str, expected: set[tuple[str, str]]) -> None:
    assert found(engine, text) == expected
