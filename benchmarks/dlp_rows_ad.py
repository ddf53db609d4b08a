"""Round AD labelled rows (written 2026-12-04, before any rule change of round AD; every value invented).

Same format as ``dlp_rows_ac.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break, ``\\t`` a tab. Rows with ``i % 5`` in (1, 3) (0-based, two fifths) form
``corpora/eval/pii_devholdout_rad.jsonl`` (never tuned on); the rest ``corpora/eval/pii_dev_rad.jsonl``.

Round AD's layout families: XML exports with romaji element names (SeinenGappi, Kigo, Bango, Edaban,
HokenshaBango, KisoNenkinBango, KojinBango); circled-number forms (a header naming ①② … fields,
values on lines opening with the same numbers); header-less fixed-length transfer files titled as
pension data; 店番-口座番号 values named in brackets after them, 誤 → 正 corrections and YAML bank
blocks; header-less CSV rows with a postal code and a bracketed-area phone; Vietnamese SĐT, a
transcript's ご連絡先は, a chat's 電話は; spaced era dates after a spaced label, Indonesian and Korean
birth dates, a look-alike letter inside a birth date; a ticked box naming the document type of the
number below it; an OCR-spaced 保険者番号. Hard negatives: code lists, JSON update timestamps, format
explanations, and the same layouts with other element names, titles, boxes or labels.

    python benchmarks/dlp_rows_ad.py   # writes both files
"""

from __future__ import annotations

__all__ = ["ROWS_AD", "is_holdout_ad"]


def is_holdout_ad(index: int) -> bool:
    """Rows 1, 3, 6, 8, … (0-based): two fifths of the batch, spread over every topic."""
    return index % 5 in (1, 3)


_LINES = (
    (
        "+ <Hihokensha><HokenshaBango>[[JP_HEALTH_INSURANCE:06139920]]</HokenshaBango><Kigo>[[JP_HEA"
        "LTH_INSURANCE:4512]]</Kigo><Bango>[[JP_HEALTH_INSURANCE:208]]</Bango><Edaban>[[JP_HEALTH_IN"
        "SURANCE:01]]</Edaban></Hihokensha>"
    ),
    (
        "+ <Jukyusha>⏎  <Shimei>[[PERSON:山田 花子]]</Shimei>⏎  <SeinenGappi>[[DATE_OF_BIRTH:198305"
        "17]]</SeinenGappi>⏎</Jukyusha>"
    ),
    (
        "+ <Record><SeinenGappi>[[DATE_OF_BIRTH:1975-11-02]]</SeinenGappi><KisoNenkinBango>[[JP_PENS"
        "ION_NUMBER:4120-558731]]</KisoNenkinBango></Record>"
    ),
    (
        "+ <Kojin><KojinBango>[[JP_MY_NUMBER:705132188355]]</KojinBango><SeinenGappi>[[DATE_OF_BIRTH"
        ":2001/04/09]]</SeinenGappi></Kojin>"
    ),
    (
        "+ <HokenJoho>⏎<HokenshaBango>[[JP_HEALTH_INSURANCE:138156]]</HokenshaBango>⏎<Kigo>[[JP_HEA"
        "LTH_INSURANCE:77]]</Kigo>⏎<Bango>[[JP_HEALTH_INSURANCE:3307]]</Bango>⏎</HokenJoho>"
    ),
    "+ <Nenkin><KisoNenkinBango>[[JP_PENSION_NUMBER:6631047725]]</KisoNenkinBango></Nenkin>",
    (
        '+ <Hihokensha Kubun="1"><Kigo>[[JP_HEALTH_INSURANCE:2207]]</Kigo><Bango>[[JP_HEALTH_INSURA'
        'NCE:15]]</Bango></Hihokensha>'
    ),
    "+ <Jinji><KojinBango>[[JP_MY_NUMBER:398320107338]]</KojinBango></Jinji>",
    "- <Shohin><Kigo>AX</Kigo><Bango>4471</Bango><Edaban>02</Edaban></Shohin>",
    "- <Kaigi><KaisaiBi>20240927</KaisaiBi><Bango>12</Bango></Kaigi>",
    "- <Chumon><ChumonBango>6631047725</ChumonBango></Chumon>",
    "- <Denpyo><KanriBango>749720352851</KanriBango></Denpyo>",
    "- <Setsumei>KojinBango 要素には12桁の番号を記載する</Setsumei>",
    (
        "+ 記入欄　①氏名　②生年月日　③個人番号　④住所　⑤電話番号　⑥年金番号⏎① [[PERSON:佐藤 一郎]]"
        "⏎② [[DATE_OF_BIRTH:1968 年 3 月 14 日]]⏎③ [[JP_MY_NUMBER:285051952698]]⏎④ [[JP_ADDRESS:"
        "新潟市中央区西堀通3-7-2]]⏎⑤ [[PHONE_NUMBER:025-228-4417]]⏎⑥ [[JP_PENSION_NUMBER:3318-2045"
        "71]]"
    ),
    (
        "+ 記入欄 ①生年月日 ②年金番号 ③電話番号⏎（以下記入）⏎①　[[DATE_OF_BIRTH:昭和 45 年 8 月 2 日]]"
        "⏎②　[[JP_PENSION_NUMBER:5520 771309]]⏎③　[[PHONE_NUMBER:090-7713-2204]]"
    ),
    (
        "+ ①氏名 ②生年月日 ③基礎年金番号⏎① [[PERSON:高橋 明]]⏎② [[DATE_OF_BIRTH:1990 / 07 / 21]]⏎"
        "③ [[JP_PENSION_NUMBER:6204-118853]]"
    ),
    "+ 記入欄：①個人番号　②電話番号⏎①[[JP_MY_NUMBER:078863094428]]⏎②[[PHONE_NUMBER:0258-33-1190]]",
    (
        "+ 項目　①生年月日　②保険者番号⏎① [[DATE_OF_BIRTH:平成 3 年 11 月 30 日]]⏎② [[JP_HEALTH_IN"
        "SURANCE:06271304]]"
    ),
    "+ 記入欄 ⑤電話番号 ⑥年金番号⏎⑤ [[PHONE_NUMBER:0256-32-1147]]⏎⑥ [[JP_PENSION_NUMBER:4409 220718]]",
    "- 記入欄　①件名　②受付日　③整理番号⏎① 住民票の写し⏎② 2024 年 3 月 14 日⏎③ 3318-204571",
    "- 手順　①申請書を記入　②窓口へ提出⏎① 受付番号 5520 771309 を控える",
    "- ①会議日 ②部屋番号⏎① 1990 / 07 / 21⏎② 0258-33",
    (
        "+ 固定長 送付ファイル 年金データ⏎00001ﾔﾏﾀﾞ ﾀﾛｳ           [[DATE_OF_BIRTH:19610214]]550112"
        "348891[[JP_PENSION_NUMBER:4417205836]]⏎00002ｽｽﾞｷ ﾊﾅｺ           [[DATE_OF_BIRTH:19730905]]5"
        "50112348892[[JP_PENSION_NUMBER:5120338817]]"
    ),
    (
        "+ 年金 送付データ（固定長）⏎100245サトウ　ケンジ　　　　[[DATE_OF_BIRTH:19550730]]000000123"
        "456[[JP_PENSION_NUMBER:2208119934]]"
    ),
    (
        "+ 固定長ファイル：年金受給者⏎K0031 タナカ ミサキ        [[DATE_OF_BIRTH:19480112]] 301122004"
        "455 [[JP_PENSION_NUMBER:7730215548]]"
    ),
    (
        "+ 送付ファイル（固定長・年金）⏎0000000981コバヤシ ユウ      [[DATE_OF_BIRTH:19820419]]12003"
        "4567890[[JP_PENSION_NUMBER:1044028815]]⏎0000000982イトウ ジュン      [[DATE_OF_BIRTH:197903"
        "03]]120034567891[[JP_PENSION_NUMBER:3390217746]]"
    ),
    "- 固定長 送付ファイル 商品マスタ⏎00001ﾘﾝｺﾞ ｼﾞｭｰｽ        20240214550112348891 4417205836",
    "- 固定長 売上ファイル⏎100245サトウ　ショウテン　　20240730000000123456 2208119934",
    "- 年金制度の説明資料（固定長形式の解説）：レコード長は 120 バイト、先頭 10 桁は受付番号",
    (
        "+ 口座情報の訂正⏎誤：[[JP_BANK_ACCOUNT:523-2323256]]⏎正：[[JP_BANK_ACCOUNT:523-2323257]]（"
        "店番-口座番号）"
    ),
    "+ 正：[[JP_BANK_ACCOUNT:118-0042195]]（店番-口座番号）",
    "+ 口座番号の訂正 誤：[[JP_BANK_ACCOUNT:4471208]] → 正：[[JP_BANK_ACCOUNT:4471280]]",
    (
        '+ bank:⏎  name: 北越銀行⏎  branch: 本店営業部⏎  type: 普通⏎  number: "[[JP_BANK_ACCOUNT:3'
        '308412]]"'
    ),
    (
        '+ payee:⏎  bank:⏎    name: 第四銀行⏎    branch: 駅南支店⏎    type: ordinary⏎    number: '
        '"[[JP_BANK_ACCOUNT:1204457]]"'
    ),
    "+ 振込先（正）：[[JP_BANK_ACCOUNT:204-1187730]]（支店番号-口座番号）",
    "- 正：523-2323257（受付番号-枝番）",
    "- 誤：2024/09/01 → 正：2024/09/10（開催日）",
    '- server:⏎  name: web01⏎  type: vm⏎  number: "3308412"',
    (
        "+ 1041,[[PERSON:中村 優]],2024/05/10,[[JP_POSTAL_CODE:950-0087]],[[PHONE_NUMBER:025-247-33"
        "18]]"
    ),
    "+ 2207,[[PERSON:小林 誠]],2023-11-02,[[JP_POSTAL_CODE:940-2108]],[[PHONE_NUMBER:0258(24)7719]]",
    (
        "+ A-331,[[PERSON:渡辺 葵]],2025/01/15,[[JP_POSTAL_CODE:951-8061]],[[PHONE_NUMBER:025(347)5"
        "653]]⏎A-332,[[PERSON:加藤 蓮]],2025/01/16,[[JP_POSTAL_CODE:950-3112]],[[PHONE_NUMBER:090-5"
        "520-1187]]"
    ),
    "+ 17,[[PERSON:吉田 栞]],2024.08.30,[[PHONE_NUMBER:025(223)4410]],[[JP_POSTAL_CODE:950-0911]]",
    "+ 88,[[PERSON:森 大地]],2022/12/01,[[JP_POSTAL_CODE:959-1232]],[[PHONE_NUMBER:0256(62)3301]]",
    "- 1041,ボルトM8,2024/05/10,LOT 950-0087,2500",
    "- 2207,会議室B,2023-11-02,予約番号 940-2108,済",
    "+ Họ tên: [[PERSON:Nguyen Van Nam]]⏎SĐT: [[PHONE_NUMBER:08034471192]]",
    "+ Số điện thoại: [[PHONE_NUMBER:07055218834]]",
    "+ Liên hệ: SĐT [[PHONE_NUMBER:09033182207]]",
    (
        "+ オペレーター：ご連絡先をお願いします。⏎お客様：はい、ご連絡先は[[PHONE_NUMBER:090(218)4471]]"
        "です。"
    ),
    (
        "+ A: 保険証の記号と番号を確認しました⏎B: ありがとうございます⏎A: 念のため電話は[[PHONE_NUMBER:"
        "08022174410]]でよろしいですか"
    ),
    "+ [10:02] 保険証の写真を送ります⏎[10:05] 電話は [[PHONE_NUMBER:090-3318-2207]] です",
    "- Mã đơn hàng: 09012345678",
    "- 整理番号は 080(493)9525 です",
    "- 電話は故障中のため、保険証の件はメールでご連絡ください",
    "+ 生年 月日 [[DATE_OF_BIRTH:昭和 49年 9月 3日]]",
    "+ 生 年 月 日　[[DATE_OF_BIRTH:平成 8 年 12 月 1 日]]",
    "+ 生年 月日 [[DATE_OF_BIRTH:令和 2年 6月 30日]]",
    "+ Tanggal lahir saya [[DATE_OF_BIRTH:14/03/1998]]",
    "+ Nama: [[PERSON:Siti Rahma]]⏎Tanggal lahir: [[DATE_OF_BIRTH:05/11/2002]]",
    "+ Tanggal lahir anak saya [[DATE_OF_BIRTH:26/12/2015]]",
    "+ 아이의 생년월일은 [[DATE_OF_BIRTH:2023년 5월 9일]]입니다",
    "+ 생년월일: [[DATE_OF_BIRTH:1987년 10월 21일]]",
    "+ 제 생년월일은 [[DATE_OF_BIRTH:1995년 3월 8일]]입니다",
    "+ 生年月日 [[DATE_OF_BIRTH:1999/O3/15]]",
    "+ 生年月日：[[DATE_OF_BIRTH:1984/l1/2O]]",
    "- 提出日 2024/O3/15 受付",
    "- Tanggal pengiriman: 14/03/2024",
    "- 회의 날짜는 2024년 5월 9일입니다",
    "- 生年 月日 欄は 西暦 で 記入",
    "- Tanggal lahir tidak perlu diisi",
    "- 생년월일 입력란은 비워 두세요",
    "+ 本人確認書類　□運転免許証　■旅券　□マイナンバーカード⏎番号（記入欄）[[JP_PASSPORT:TR4471208]]",
    "+ 確認書類：□運転免許証 ■パスポート □在留カード⏎番号（記入欄）：[[JP_PASSPORT:MZ2208813]]",
    "+ □旅券　■運転免許証　□マイナンバーカード⏎番号（記入欄）[[JP_DRIVER_LICENSE:452207183310]]",
    "+ □運転免許証 □旅券 ■マイナンバーカード⏎番号（記入欄） [[JP_MY_NUMBER:709310499365]]",
    "- □運転免許証　□旅券　■その他（学生証）⏎番号（記入欄）TR4471208",
    "- ■旅券の申請方法について　□窓口　□郵送⏎番号（記入欄）は受付で記入します",
    "+ 保 険 者 番 号　[[JP_HEALTH_INSURANCE:O 6 1 3 Z 7 0 4]]",
    "+ 保 険 者 番 号 [[JP_HEALTH_INSURANCE:3 9 1 Z 8 l]]",
    "+ 被保険者証⏎保 険 者 番 号　[[JP_HEALTH_INSURANCE:O 6 l 3 0 5 Z 2]]",
    "- 保 険 者 番 号 欄 は 8 桁 で 記 入",
    "- 部 品 番 号　l 1 1 8 Z 1",
    "- 施設コード一覧⏎施設名,コード⏎中央保健センター,025-228-4410⏎北部支所,0258-33-1102",
    "- コード表（内部管理用）⏎A01\t03-5521-8840⏎A02\t06-6318-2211",
    "- 内部管理用 コード表⏎分類 090-4471-2208 予備",
    '- {"birth_date": null, "updated": "2024/09/27"}',
    '- {"seinengappi": "", "created": "2023-04-01", "modified": "2024-10-02"}',
    '- {"dob_field": "birthDate", "timestamp": "2024/11/30"}',
    "- 記号・番号欄は枝番2桁を含みます",
    "- 記号・番号欄には枝番（2桁）を含めて記入してください",
    '+ {"birthDate": "[[DATE_OF_BIRTH:1990/02/11]]", "updated": "2024/09/27"}',
    (
        "+ 記号・番号：[[JP_HEALTH_INSURANCE:12]]・[[JP_HEALTH_INSURANCE:3307]]（枝番 [[JP_HEALTH_IN"
        "SURANCE:01]]）"
    ),
)
ROWS_AD = "\n" + "\n".join(_LINES) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(
        rows=ROWS_AD, seed=20261226, held_out=is_holdout_ad, tag="rad", wrapped_values=True
    )
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
