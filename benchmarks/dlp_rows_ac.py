"""Round AC labelled rows (written 2026-12-04, before any rule change of round AC; every value invented).

Same format as ``dlp_rows_ab.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break, ``\\t`` a tab. Rows with ``i % 5`` in (1, 3) (0-based, two fifths) form
``corpora/eval/pii_devholdout_rac.jsonl`` (never tuned on); the rest ``corpora/eval/pii_dev_rac.jsonl``.

Round AC's layout families: blank-aligned rosters under romaji column headers (SEINENGAPPI,
MENKYO_NO, KOJIN_NO, NENKIN_NO, DENWA, HOKEN …), every row; uppercase romaji KEY=VALUE log lines
(HIHO_NO=, HOKENSHA_NO=, KOJIN_NO=, NENKIN_NO=, SEINENGAPPI=); slash-separated one-line memos with
abbreviated labels (保者:, 年金:, MN:, 生:); SQL ``INSERT INTO t (cols) VALUES (…), (…);``; values
listed first and named afterwards in order; Portuguese / Spanish passport labels and 2-letter +
6-digit shapes; hiragana form labels (でんわ, たんじょうび, せいねんがっぴ); an English birth date in
brackets; a residence-card number spaced into parts or with its 8th digit misread as O / l. Hard
negatives: facility / classification codes shaped like phones, a note saying a value is not a phone
number, input-rule format examples shaped like postal codes, and the same layouts with other headers,
keys, columns or labels.

    python benchmarks/dlp_rows_ac.py   # writes both files
"""

from __future__ import annotations

__all__ = ["ROWS_AC", "is_holdout_ac"]


def is_holdout_ac(index: int) -> bool:
    """Rows 1, 3, 6, 8, … (0-based): two fifths of the batch, spread over every topic."""
    return index % 5 in (1, 3)


_LINES = (
    (
        "+ NO   SHIMEI        SEINENGAPPI   DENWA⏎001  [[PERSON:Tanaka Aki]]    [[DATE_OF_BIRTH:198"
        "50412]]      [[PHONE_NUMBER:090-4471-2208]]⏎002  [[PERSON:Mori Ken]]      [[DATE_OF_BIRTH:"
        "19921130]]      [[PHONE_NUMBER:080-3362-7719]]"
    ),
    (
        "+ ID    SEINEN_GAPPI   MENKYO_NO⏎A01   [[DATE_OF_BIRTH:1978-06-03]]     [[JP_DRIVER_LICENS"
        "E:301642857713]]⏎A02   [[DATE_OF_BIRTH:1990-01-27]]     [[JP_DRIVER_LICENSE:452208196634]]"
        "⏎A03   [[DATE_OF_BIRTH:2001-09-15]]     [[JP_DRIVER_LICENSE:623017549902]]"
    ),
    (
        "+ SHAIN   MENKYO_NO       YUKO_KIGEN⏎1021    [[JP_DRIVER_LICENSE:283316450917]]    2027-04"
        "-30⏎1022    [[JP_DRIVER_LICENSE:540129873366]]    2028-11-15"
    ),
    (
        "+ SEQ  KOJIN_NO        SEINENGAPPI⏎1    [[JP_MY_NUMBER:453331478932]]    [[DATE_OF_BIRTH:1"
        "9700318]]⏎2    [[JP_MY_NUMBER:288040723866]]    [[DATE_OF_BIRTH:19880722]]"
    ),
    (
        "+ CODE  NENKIN_NO     JUSHO⏎K1    [[JP_PENSION_NUMBER:4417-205836]]   [[JP_ADDRESS:川崎市"
        "中原区小杉町2-14]]⏎K2    [[JP_PENSION_NUMBER:6092-318457]]   [[JP_ADDRESS:横浜市港北区日吉"
        "3-8-1]]"
    ),
    (
        "+ NO  HOKENSHA_NO   HIHO_KIGO   HIHO_BANGO⏎01  [[JP_HEALTH_INSURANCE:06132207]]      [[JP_"
        "HEALTH_INSURANCE:3318]]        [[JP_HEALTH_INSURANCE:1204]]⏎02  [[JP_HEALTH_INSURANCE:0113"
        "0528]]      [[JP_HEALTH_INSURANCE:7702]]        [[JP_HEALTH_INSURANCE:55]]"
    ),
    (
        "+ NO   DENWA           SEINENGAPPI⏎01   [[PHONE_NUMBER:03-5521-8840]]    [[DATE_OF_BIRTH:1"
        "9661205]]⏎02   [[PHONE_NUMBER:06-6318-2209]]    [[DATE_OF_BIRTH:19740909]]⏎03   [[PHONE_NU"
        "MBER:045-331-7702]]    [[DATE_OF_BIRTH:19830214]]"
    ),
    "- NO   SHOHIN_CD      NYUKA_BI⏎001  19850412       2024-01-10⏎002  19921130       2024-02-01",
    "- ID    BUHIN_NO        TANKA⏎A01   301642857713    1200⏎A02   452208196634    880",
    "- SEQ  DENPYO_NO       KINGAKU⏎1    453331478932    52000⏎2    288040723866    13000",
    "+ 2026-11-02T10:14:08 INFO update HIHO_NO=[[JP_HEALTH_INSURANCE:20417735]] status=ok",
    "+ 2026-11-02T10:15:41 WARN check HIHOKENSHA_NO=[[JP_HEALTH_INSURANCE:3308-1152]] retry=1",
    "+ [batch] HOKENSHA_NO=[[JP_HEALTH_INSURANCE:39131024]] HIHO_NO=[[JP_HEALTH_INSURANCE:880217]]",
    "+ level=INFO op=link KOJIN_NO=[[JP_MY_NUMBER:511971814785]] src=madoguchi",
    "+ 2026-11-03 12:00:01 NENKIN_NO=[[JP_PENSION_NUMBER:7182034459]] action=verify",
    "+ user=u042 SEINENGAPPI=[[DATE_OF_BIRTH:19591020]] check=ng",
    "+ INFO KOJIN_NO=[[JP_MY_NUMBER:158069983394]] NENKIN_NO=[[JP_PENSION_NUMBER:3301-664172]]",
    "- 2026-11-02T10:14:08 INFO update ORDER_NO=20417735 status=ok",
    "- level=INFO op=link JOB_NO=511971814785 src=batch",
    "- 2026-11-03 12:00:01 SEQ_NO=7182034459 action=verify",
    "- user=u042 UPDATED=19591020 check=ng",
    (
        "+ 受付メモ / 保者:[[JP_HEALTH_INSURANCE:06271149]] / 記号:[[JP_HEALTH_INSURANCE:22]] / 番"
        "号:[[JP_HEALTH_INSURANCE:407]]"
    ),
    "+ 電話受付 / 年金:[[JP_PENSION_NUMBER:5520871436]] / 折返し要",
    "+ 窓口 / MN:[[JP_MY_NUMBER:762600070565]] / 本人確認済",
    "+ 来所 / 生:[[DATE_OF_BIRTH:S49.7.2]] / 年金:[[JP_PENSION_NUMBER:2046-318875]]",
    (
        "+ メモ / 保者:[[JP_HEALTH_INSURANCE:32141105]] / 生:[[DATE_OF_BIRTH:H3.11.9]] / MN:[[JP_MY"
        "_NUMBER:148970712485]]"
    ),
    "+ 相談記録 / 年金:[[JP_PENSION_NUMBER:8840127736]] / 携:[[PHONE_NUMBER:090-2214-6630]]",
    "- 会議メモ / 年金:制度改正の説明 / 予算:4410298830",
    "- 在庫メモ / 保管:06271149 / 棚:22",
    "- 集計 / MN:未 / 件数:5520871436件",
    (
        "+ INSERT INTO residents (name, birth, kojin_no) VALUES ('[[PERSON:佐藤 花]]', '[[DATE_OF_B"
        "IRTH:1986-03-14]]', '[[JP_MY_NUMBER:107569007207]]'), ('[[PERSON:伊藤 誠]]', '[[DATE_OF_BI"
        "RTH:1979-12-01]]', '[[JP_MY_NUMBER:031716712349]]');"
    ),
    (
        "+ INSERT INTO t_member (id, dob, tel) VALUES (1, '[[DATE_OF_BIRTH:19911005]]', '[[PHONE_NU"
        "MBER:090-6612-3047]]'), (2, '[[DATE_OF_BIRTH:20000229]]', '[[PHONE_NUMBER:080-1147-9925]]'"
        ");"
    ),
    (
        "+ INSERT INTO kojin (seq, my_number, seinengappi) VALUES (10, [[JP_MY_NUMBER:312220038698]"
        "], [[DATE_OF_BIRTH:19650817]]), (11, [[JP_MY_NUMBER:967849179649]], [[DATE_OF_BIRTH:197301"
        "06]]);"
    ),
    (
        "+ INSERT INTO nenkin (id, nenkin_no, birth_date) VALUES (7, '[[JP_PENSION_NUMBER:4012-7765"
        "93]]', '[[DATE_OF_BIRTH:1958-04-22]]');"
    ),
    (
        "- INSERT INTO orders (id, created, order_no) VALUES (1, '1986-03-14', '107569007207'), (2,"
        " '1979-12-01', '031716712349');"
    ),
    (
        "- INSERT INTO items (seq, sku, updated) VALUES (10, 312220038698, 19650817), (11, 96784917"
        "9649, 19730106);"
    ),
    "- INSERT INTO logs (id, ts, code) VALUES (7, '2024-04-22', '4012-776593');",
    (
        "+ 確認番号欄（上から順に）：⏎[[JP_MY_NUMBER:453331478932]]⏎[[JP_PENSION_NUMBER:6071-224389"
        "]]⏎[[DATE_OF_BIRTH:1982年5月30日]]⏎上記はそれぞれ 個人番号、基礎年金番号、生年月日 です。"
    ),
    (
        "+ 記入欄（上から）⏎[[JP_PENSION_NUMBER:3310457726]]⏎[[PHONE_NUMBER:090-7731-0284]]⏎以上は"
        "順に基礎年金番号、電話番号です"
    ),
    (
        "+ 番号一覧（順不同ではありません）：⏎[[JP_DRIVER_LICENSE:551204376618]]⏎[[DATE_OF_BIRTH:19"
        "69/08/11]]⏎上記はそれぞれ運転免許証番号、生年月日です。"
    ),
    (
        "- 確認番号欄（上から順に）：⏎120045⏎3382⏎2024年5月30日⏎上記はそれぞれ 受付番号、整理番号、"
        "受付日 です。"
    ),
    "- 記入欄（上から）⏎3310457726⏎0120-33-4410⏎以上は順に注文番号、フリーダイヤルです",
    "+ Passaporte: [[JP_PASSPORT:FZ4471206]]",
    "+ Número do passaporte: [[JP_PASSPORT:YA318852]]",
    "+ Pasaporte N.º [[JP_PASSPORT:PB552019]]",
    "+ Nome: [[PERSON:Silva Rafael]] / Passaporte nº [[JP_PASSPORT:GK093316]]",
    "+ Número de pasaporte: [[JP_PASSPORT:XD7720145]]",
    "+ pasaporte [[JP_PASSPORT:MC661840]] (vigente)",
    "- Pasaje N.º PB552019 (vuelo)",
    "- Número do pedido: YA318852",
    "+ でんわ [[PHONE_NUMBER:09012847736]]",
    "+ でんわ：[[PHONE_NUMBER:080-4432-1197]]",
    "+ たんじょうび　[[DATE_OF_BIRTH:へいせい２０ねん４がつ１１にち]]",
    "+ たんじょうび：[[DATE_OF_BIRTH:平成２０年４月１１日]]",
    "+ せいねんがっぴ　[[DATE_OF_BIRTH:昭和５６年１０月３日]]",
    "+ じゅうしょ　[[JP_ADDRESS:さいたま市浦和区常盤6-4-21]]⏎でんわ　[[PHONE_NUMBER:07055126630]]",
    "+ なまえ　[[PERSON:やまだ はなこ]]⏎せいねんがっぴ　[[DATE_OF_BIRTH:令和２年１月８日]]",
    "- でんわでの受付番号 09012847736",
    "- たんじょうびかいの日程　令和７年４月１１日",
    "+ Please confirm the student's birth date ([[DATE_OF_BIRTH:1 September 2004]]) before enrolment.",
    (
        "+ We need to verify the applicant's date of birth ([[DATE_OF_BIRTH:14 March 1997]]) with t"
        "he registry."
    ),
    "+ Check the child's birthday ([[DATE_OF_BIRTH:22 July 2016]]) on the form.",
    "- Please confirm the enrolment date (1 September 2024) with the school.",
    "- The deadline (14 March 2027) applies to every applicant.",
    "+ 在留カード（写し・OCR）⏎番号 [[JP_RESIDENCE_CARD:YP 35247582 WJ]]",
    "+ 在留カード番号 [[JP_RESIDENCE_CARD:AB1234567OCD]]",
    "+ 在留カード⏎番号：[[JP_RESIDENCE_CARD:KR 60418827 FE]]",
    "+ 在留カード番号：[[JP_RESIDENCE_CARD:TM4408215lHX]]",
    "+ 在留カード（OCR）番号 [[JP_RESIDENCE_CARD:EQ 71305596 ZA]]",
    "- 会員カード⏎番号 YP 35247582 WJ",
    "- 商品コード AB1234567OCD",
    "- 施設コード 03-5521-8840",
    "- 施設区分：045-331-7702",
    "- 統計用分類番号 06-6318-2209",
    "- 医療機関コード 0312345678",
    "- 医療機関コード：13-1234-5",
    "- 0466-22-1134（電話番号ではありません。施設番号です）",
    "- 受付番号 090-2218-4471 ※電話番号ではありません",
    "- 入力規則：郵便番号は「123-4567」の形式で入力してください。",
    "- 「100-0001」の形式（ハイフンあり）で入力",
    "- 入力規則 郵便番号欄は 000-0000 の形式とする",
    "+ 施設の電話番号 [[PHONE_NUMBER:03-5521-8841]]（代表）",
    "+ 〒[[JP_POSTAL_CODE:330-0061]] さいたま市浦和区常盤",
    "+ 医療機関コード 1312345 / 電話 [[PHONE_NUMBER:03-3318-4471]]",
    (
        "+ NO  SHIMEI        JUSHO                    DENWA⏎1   [[PERSON:Ono Rie]]       [[JP_ADDRE"
        "SS:千葉市中央区富士見2-3-1]]     [[PHONE_NUMBER:043-221-7760]]⏎2   [[PERSON:Ito Jun]]     "
        "  [[JP_ADDRESS:船橋市本町4-1-9]]            [[PHONE_NUMBER:047-433-1208]]"
    ),
    "+ HOKENSHA_NO=[[JP_HEALTH_INSURANCE:06140021]] SEINENGAPPI=[[DATE_OF_BIRTH:1977-02-17]]",
    "+ 受付 / MN:[[JP_MY_NUMBER:311387981131]] / 生:[[DATE_OF_BIRTH:1988/4/5]]",
    (
        "+ INSERT INTO hoken (id, hokensha_no, seinengappi) VALUES (3, '[[JP_HEALTH_INSURANCE:27130"
        "044]]', '[[DATE_OF_BIRTH:1995-10-10]]'), (4, '[[JP_HEALTH_INSURANCE:13012217]]', '[[DATE_O"
        "F_BIRTH:1961-06-30]]');"
    ),
    "+ Passaporte: [[JP_PASSPORT:CS204471]]",
    "+ でんわ　[[PHONE_NUMBER:０９０１２３４８８７１]]",
    "+ Kindly confirm your son's date of birth ([[DATE_OF_BIRTH:3 November 2011]]).",
    "- 統計用分類番号：0120-44-5521",
    "- 施設コード 06-6318-2200（大阪）",
    "- 入力規則：「330-0061」の形式のみ可",
    "- NO  KAIGI_SHITSU   NAISEN⏎1   3A             03-5521-8840⏎2   4B             06-6318-2209",
    "- INFO BATCH_NO=3308-1152 done",
    "- 在留期間 YP 35247582 WJ（申請書類番号）",
    "- Passaporte de vacinação: lote 22",
)
ROWS_AC = "\n" + "\n".join(_LINES) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(
        rows=ROWS_AC, seed=20261225, held_out=is_holdout_ac, tag="rac", wrapped_values=True
    )
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
