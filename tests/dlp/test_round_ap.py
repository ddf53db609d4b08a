"""Round AP: PERSON recall — ALL-CAPS romaji after foreign labels and in brackets after a kanji name,
English closings, foreign self-introductions, half-width kana in lettered fixed-width records and
カナ columns, kana readings in brackets, timestamped chat speakers, surname signatures before
（mail）, 「…した山田です」, staff surnames after 確認者 / 受：; and the look-alikes beside them
(letter-spaced titles, 療養 / 被保険者証 記号 lines, Chinese guidance text, goods' kana columns).
Every value is invented (values differ from the round's evaluation rows)."""

from __future__ import annotations

import pytest

from .conftest import scan_values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nome: MACHADO BRUNO⏎Idade: 33", ["MACHADO BRUNO"]),
        ("Pasyente: AQUINO LIZA MAE⏎→ 相談", ["AQUINO LIZA MAE"]),
        ("Name on card: SAKAI RYOTA⏎Card: ****", ["SAKAI RYOTA"]),
        ("参加者⏎西川 彩（NISHIKAWA AYA） 旅券番号あり", ["西川 彩", "NISHIKAWA AYA"]),
        ("実習生：TRAN VAN MINH（Minh）⏎配属：第一農場", ["TRAN VAN MINH", "Minh"]),
        ("Noted.⏎Thank you. Shiori Kanda, Pension Section", ["Shiori Kanda"]),
        ("See attached.⏎⏎Thanks,⏎MORI TAKASHI⏎090", ["MORI TAKASHI"]),
        ("--⏎Yoko HARADA⏎Fisherman / 北海道", ["Yoko HARADA"]),
        ("Magandang hapon po. Ako po si Ana Liza Ramos, taga-Davao.", ["Ana Liza Ramos"]),
        ("Selamat pagi. Saya Budi Santoso, pekerja magang.", ["Budi Santoso"]),
        ("你好，我叫周 敏，想咨询。", ["周 敏"]),
        ("안녕하세요. 최지훈입니다. 문의드립니다.", ["최지훈"]),
    ],
)
def test_latin_and_foreign_names(text: str, expected: list[str]) -> None:
    assert scan_values(text, "PERSON") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HDR2025⏎P00031ｻｲｷ ﾖｼｺ        19511103 0001", ["ｻｲｷ ﾖｼｺ"]),
        ("No,氏名,カナ,続柄⏎1,土屋 稔,ﾂﾁﾔ ﾐﾉﾙ,本人", ["土屋 稔", "ﾂﾁﾔ ﾐﾉﾙ"]),
        ('{"name": "岩崎 拓", "kana": "イワサキ タク"}', ["岩崎 拓", "イワサキ タク"]),
        ("届出人：永井 薫（ナガイ カオル）", ["永井 薫", "ナガイ カオル"]),
        ("氏名　丸山勇（マルヤマ　イサム）", ["丸山勇", "マルヤマ\u3000イサム"]),
        ("口座名義（ｶﾅ）：ｵｶﾞﾀ ﾕｳｷ", ["ｵｶﾞﾀ ﾕｳｷ"]),
        ("[09:12] 松永（年金）: 受付しました⏎[09:13] 大谷（年金）: 了解", ["松永", "大谷"]),
        ("発送しました。⏎村田（murata-k@example.lg.jp）", ["村田", "murata-k@example.lg.jp"]),
        ("先月入院した中西です。申請について伺います。", ["中西"]),
        ("本人確認書類：保険証（確認者 竹内）", ["竹内"]),
        ("用件：住所変更⏎受：柳田", ["柳田"]),
    ],
)
def test_kana_and_surnames(text: str, expected: list[str]) -> None:
    kinds = ("PERSON", "EMAIL_ADDRESS")
    found = sorted((v for k in kinds for v in scan_values(text, k)), key=text.replace("⏎", "\n").find)
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "国 民 年 金 保 険 料 納 付 書",
        "領　収　証",
        "世帯主氏名　森　一郎⏎フリガナ　モリ　イチロウ⏎被保険者証 記号 1234　番号 567"
        "⏎療養を受けた者　森　一郎",
        "说明：请带上保险证和存折到窗口办理。",
        "商品CD,品名,カナ,単価⏎2001,封筒,ﾌｳﾄｳ,30",
        "[09:00] システム: 定期メンテナンス",
        "[10:00] 総務課: 会議室を予約",
        "受：済",
        "確認者：課長",
        "在留カード（ザイリュウカード）の写し",
        "Thank you. Please see the attachment.",
        '{"name": "第二会議室", "kana": "ダイニカイギシツ"}',
    ],
)
def test_look_alikes(text: str) -> None:
    found = scan_values(text, "PERSON")
    if text.startswith("世帯主氏名"):  # the family head and its reading are names; nothing else
        assert found == ["森\u3000一郎", "モリ\u3000イチロウ", "森\u3000一郎"]
    else:
        assert found == []
