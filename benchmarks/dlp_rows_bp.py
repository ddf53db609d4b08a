"""Round BP labelled rows (written 2026-12-05, before any rule change of round BP; every value invented).

Same format as ``dlp_rows_bl.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break, ``\\t`` a tab. Rows with ``i % 3 == 1`` (0-based, one third) form
``corpora/eval/pii_devholdout_rbp.jsonl`` (never tuned on); the rest ``corpora/eval/pii_dev_rbp.jsonl``.

Round BP covers three miss categories in new wordings and layouts: (1) partial birth dates (year and
month, or month and day) after a birth word with a qualifier in between (生年は本人の話では…,
生まれ年は自己申告で…, 誕生日は…とのこと), and a form whose 生年月日 label stands on its own line with a
``M月D日生（年は…）`` line below or ``不詳（M月D日生…）`` beside it; (2) a joined branch-account value
``NNN-NNNNNNN`` after a 信用金庫 / 信用組合 / 労働金庫 / 農協 / JAバンク name in a bulleted list of payees;
(3) precision: TSV / CSV columns named 調査区 / 地区コード / 区画 / 路線 … holding ``NNN-NNNN`` values,
which are no postal codes (a 郵便番号 / 〒 column beside them still is). Negatives: 生年は不明, deadlines
and statistics by birth year, control numbers after a 信用金庫 name, tables of district codes.

    python benchmarks/dlp_rows_bp.py   # writes both files
"""

# ruff: noqa: E501  (labelled rows of the evaluation set are long lines)
from __future__ import annotations

__all__ = ["ROWS_BP", "is_holdout_bp"]


def is_holdout_bp(index: int) -> bool:
    """Rows 1, 4, 7, … (0-based): one third of the batch, spread over every topic."""
    return index % 3 == 1


_LINES = (
    # 1. partial birth dates after a birth word with a qualifier in between
    "+ 面談記録。同居の叔父は[[PERSON:宮下 勝]]。生年は本人の話では[[DATE_OF_BIRTH:昭和44年9月]]。持病なし。",
    "+ 生年は自己申告により[[DATE_OF_BIRTH:1983年2月]]（書類未確認）。",
    "+ 生まれ年は本人申告で[[DATE_OF_BIRTH:平成元年5月]]とのこと。",
    "+ 相談者の生年は、家族によれば[[DATE_OF_BIRTH:1951年12月]]。",
    "+ 誕生日は本人申告で[[DATE_OF_BIRTH:8月23日]]（年は未確認）。",
    "+ 氏名⏎[[PERSON:小池 真一]]⏎生年月日⏎[[DATE_OF_BIRTH:3月14日]]生（年は不明）⏎電話⏎[[PHONE_NUMBER:090-4417-2086]]",
    "+ 生年月日⏎[[DATE_OF_BIRTH:11月2日]]生（生年は本人も分からず）⏎住所⏎[[JP_ADDRESS:熊本県熊本市中央区水道町4-11]]",
    "+ 生年月日：不詳（[[DATE_OF_BIRTH:6月30日]]生とのこと）",
    "+ 生年は聞き取りでは[[DATE_OF_BIRTH:昭和58年7月]]、出身は県外。",
    "- 生年は本人申告でも不明。次回、親族に確認する。",
    "- 申告期限 3月15日（本人申告分）。",
    "- 生年別の統計：1983年2月以前の出生者は対象外。",
    "- 誕生月は毎年4月に更新します（年は問わない）。",
    # 2. joined branch-account values after a cooperative bank's name in a bulleted list
    "+ 【返金先一覧】⏎・[[PERSON:大西 由美]]　東海労働金庫　[[JP_BANK_ACCOUNT:412-8830157]]　理由：過払い⏎・[[PERSON:飯田 亮]]　さくら信用組合　[[JP_BANK_ACCOUNT:205-4471906]]　理由：二重納付",
    "+ ・[[PERSON:松下 和子]]　いわて農協　[[JP_BANK_ACCOUNT:031-2290548]]　理由：口座相違",
    "+ ■ 組戻し対象⏎・[[PERSON:桑原 翔太]]　JAバンク北陸　[[JP_BANK_ACCOUNT:118-0063721]]　理由：名義不一致⏎・[[PERSON:森本 沙織]]　みなと信用金庫　[[JP_BANK_ACCOUNT:507-3318846]]　理由：解約",
    "+ - [[PERSON:今井 直人]] / 北央信用組合 / [[JP_BANK_ACCOUNT:260-9904172]] / 理由: 受取人死亡",
    "+ ・[[PERSON:藤田 千夏]]　ひかり信用金庫　[[JP_BANK_ACCOUNT:733-0150298]]　（理由：口座なし）",
    "+ ＊ [[PERSON:石原 徹]]　中部労働金庫　[[JP_BANK_ACCOUNT:094-6612087]]　理由　支店統合",
    "+ ・[[PERSON:永井 美穂]]　JA湖東　[[JP_BANK_ACCOUNT:041-7780312]]　理由：解約済",
    "- ・みなと信用金庫　管理番号 507-3318846　理由：重複登録",
    "- ・東海労働金庫　会議室予約 412-8830157 号室　理由：日程変更",
    "- ・さくら信用組合　補助金 205-0000000 円の内訳　理由：精算",
    "- ・いわて農協　受付番号 031-2290548　理由：書類不備（個人情報なし）",
    # 3. precision: district / area / route code columns holding NNN-NNNN values
    "+ 交付日\\t証番号\\t氏名\\t担当調査区\\t備考⏎2026/04/02\\t第112号\\t[[PERSON:吉村 浩之]]\\t318-0472\\t⏎2026/04/03\\t第113号\\t[[PERSON:中西 美紀]]\\t318-0475\\t再交付",
    "+ 氏名,調査区番号,郵便番号⏎[[PERSON:平田 啓介]],204-1187,[[JP_POSTAL_CODE:812-0011]]⏎[[PERSON:堀 明美]],204-1190,[[JP_POSTAL_CODE:812-0013]]",
    "+ 調査員\\t地区コード\\t〒\\t電話⏎[[PERSON:菅原 聡]]\\t560-3021\\t[[JP_POSTAL_CODE:960-8041]]\\t[[PHONE_NUMBER:024-521-7730]]",
    "- 調査区番号\\t世帯数\\t備考⏎115-0203\\t42\\t⏎115-0204\\t37\\t新築あり⏎115-0205\\t51\\t",
    "- 路線,区間,延長(m)⏎市道101-2204,駅前～本町,480⏎市道101-2207,本町～川端,315",
    "- 区画,面積,用途⏎北-3301,120,住宅⏎A区画 412-0087,95,店舗",
    "+ 番号\\t担当者\\t担当区域\\t区画番号⏎1\\t[[PERSON:宇野 大輔]]\\t東地区\\t733-1025⏎2\\t[[PERSON:新井 加奈]]\\t西地区\\t733-1031",
    "+ 調査員名簿⏎氏名\\t生年月日\\t担当調査区\\t住所⏎[[PERSON:栗田 聡子]]\\t[[DATE_OF_BIRTH:昭和57年1月8日]]\\t026-0311\\t[[JP_ADDRESS:岩手県盛岡市大通2-5-9]]",
    "- 地区コード一覧⏎地区コード\\t地区名⏎470-1102\\t北部⏎470-1103\\t南部",
    "+ 〒\\t住所\\t氏名⏎[[JP_POSTAL_CODE:389-0111]]\\t[[JP_ADDRESS:長野県北佐久郡軽井沢町長倉2144]]\\t[[PERSON:井口 朋子]]",
    "+ 氏名,担当区,区コード,郵便番号⏎[[PERSON:川島 修]],第3区,207-0412,[[JP_POSTAL_CODE:530-0001]]",
    "- 調査区\\t調査票回収数⏎301-0058\\t18⏎301-0059\\t22",
    "- 担当路線\\t便数⏎052-1180\\t6⏎052-1181\\t4",
)
ROWS_BP = "\n" + "\n".join(_LINES) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_BP, seed=20261230, held_out=is_holdout_bp, tag="rbp")
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
