"""Round CC: values named by a phrase rather than a label of their type (``b. <date>``, a phone as a
message log's speaker, a bank name before a joined account, calling verbs, ``が誕生日なので``), and
two block vetoes (numbers a note says are no phones; twelve digits in another number's list).
Invented values."""

from __future__ import annotations

import pytest

from govrag.dlp import DLPEngine
from tests.dlp.conftest import found

BIRTH, PHONE, ACCOUNT, MY_NUMBER = "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_BANK_ACCOUNT", "JP_MY_NUMBER"

POSITIVE = [
    ("Party: Ryota KANEKO, b. 1988/09/14; Emi KANEKO, b. 1990/01/30", BIRTH, "1988/09/14"),
    ("同行者：野口 葵 (b. 2011-05-09)", BIRTH, "2011-05-09"),
    ("Ana Souza / b. 3 June 1975 / São Paulo", BIRTH, "3 June 1975"),
    ("Mr. Abe (born Showa 12/4) lives alone.", BIRTH, "Showa 12/4"),
    ("My grandmother was born Taisho 14.", BIRTH, "Taisho 14"),
    ("ich, Mio Sato, geboren am 1999-08-21, wohne in Köln.", BIRTH, "1999-08-21"),
    ("ผมชื่อ Somchai เกิดวันที่ 4 ก.พ. 2530 ครับ", BIRTH, "4 ก.พ. 2530"),
    ("長寿祝い名簿\n岡村ハツ　7月21日生　豊中市", BIRTH, "7月21日"),
    ("回答：6月30日が誕生日なので、その週に伺います", BIRTH, "6月30日"),
    ("（自由記述）12月1日は誕生日です。", BIRTH, "12月1日"),
    ("遺失届\n高畑 良子　昭和38年11月\n住所　浜松市中区", BIRTH, "昭和38年11月"),
    ("08052219934: 今バスを降りました", PHONE, "08052219934"),
    ("受信ログ\n0453318204：了解しました", PHONE, "0453318204"),
    ("11:02 コバヤシ ユキさん 0465238817 伝言", PHONE, "0465238817"),
    ("16:15 平岡様 0762314590 不在", PHONE, "0762314590"),
    ("Qualquer dúvida, me ligue no 0536624418.", PHONE, "0536624418"),
    ("Kung kailangan, tawagan sa 0452216630.", PHONE, "0452216630"),
    ("Llame al 0596624107 por la tarde.", PHONE, "0596624107"),
    ("カード2枚 信用組合 316-4402879 本人名義", ACCOUNT, "316-4402879"),
    ("Meu banco é o Banco Sakura, conta número 5520917.", ACCOUNT, "5520917"),
    ("Banco Hikari, mi cuenta es 4418827.", ACCOUNT, "4418827"),
]

NEGATIVE = [
    ("Step a. read b. 2024/05/01 deadline", BIRTH),
    ("Annex b. 2023-03-31 revision", BIRTH),
    ("4月1日が締切なので提出してください", BIRTH),
    ("5月5日は誕生日ではありません", BIRTH),
    ("7月21日生活相談会のお知らせ", BIRTH),
    ("20250412: 受付完了\n20250415: 審査完了", PHONE),
    ("09:30 第3会議室 0512345678 予約", PHONE),
    ("部品表\n03-5512-8830　青　20個\n06-6630-2241　白　15個\n※品番です（電話番号ではありません）", PHONE),
    ("在庫\n045-331-2208　黒\n※左の列は商品コードで電話番号ではない", PHONE),
    ("旧会員番号→新会員番号\n318604227518 → M2207731", MY_NUMBER),
    ("整理番号一覧\n730115662242\n664812307733", MY_NUMBER),
    ("Conta de água: 2209175", ACCOUNT),
    ("拾得物：無記名ICカード 2枚\nカード番号：4980 0012 3456 7893 ほか", "CREDIT_CARD"),
    ("プリペイドカード残高照会\n番号 5500 0000 0000 0004", "CREDIT_CARD"),
]

KEPT = [
    # a phone on a line naming it stays, even under a denial note
    ("連絡先：03-6652-1187\n※下の品番は電話番号ではありません\n048-220-1930　赤", PHONE, "03-6652-1187"),
    # twelve digits after a label of their own, or in a block naming the 個人番号 (spaced too)
    ("管理番号 A-17\n個 人 番 号  1 2 3 4 5 6 7 8 9 0 1 8", MY_NUMBER, "1 2 3 4 5 6 7 8 9 0 1 8"),
    ("整理番号一覧\n個人番号：123456789018", MY_NUMBER, "123456789018"),
    # a card that pays for a season ticket stays a card
    ("駐車場定期券の更新\n決済カード：5500 0000 0000 0004", "CREDIT_CARD", "5500 0000 0000 0004"),
    # a credit card stays one beside a transit card of the same block
    (
        "拾得：ICカード乗車券、クレジットカード\nカード番号：4980 0012 3456 7893",
        "CREDIT_CARD",
        "4980 0012 3456 7893",
    ),
]


@pytest.mark.parametrize(("text", "kind", "value"), POSITIVE + KEPT)
def test_phrase_values_are_found(engine: DLPEngine, text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(engine, text)


@pytest.mark.parametrize(("text", "kind"), NEGATIVE)
def test_look_alikes_stay_unread(engine: DLPEngine, text: str, kind: str) -> None:
    assert not {v for t, v in found(engine, text) if t == kind}
