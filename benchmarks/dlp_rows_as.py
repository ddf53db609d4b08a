"""Round AS labelled rows (written 2026-12-05, before any rule change of round AS; every value invented).

Same format as ``dlp_rows_ar.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break. Rows with ``i % 3 == 1`` (0-based, one third) form ``corpora/eval/pii_devholdout_ras.jsonl``
(never tuned on); the rest ``corpora/eval/pii_dev_ras.jsonl``.

Round AS's families (from the lead's categories; no eval row copied): 国保連-style fixed-width
care-insurance files (a ``# KOKUHO_…`` name line, a ``1H1`` header and ``2D1`` data records with a
6-digit insurer number glued to a 10-digit insured-person number); 被保番 (chat, English note,
half-width-kana label); letter-spaced newsletter titles with an issue number; Tagalog and Portuguese
birth dates, an era date after the subject on a 認定調査票 対象者 line; a space-aligned NENKIN column
and numbered 年金手帳 lists; Philippine phone numbers, a phone far right on a 緊急連絡先 line; an
invoice registration number T + 13 digits. Negatives: the same shapes without the context.

    python benchmarks/dlp_rows_as.py   # writes both files
"""

# ruff: noqa: E501  (labelled rows of the evaluation set are long lines)
from __future__ import annotations

__all__ = ["ROWS_AS", "is_holdout_as"]


def is_holdout_as(index: int) -> bool:
    """Rows 1, 4, 7, … (0-based): one third of the batch, spread over every topic."""
    return index % 3 == 1


_LINES = (
    # 1. 国保連-style fixed-width care-insurance files
    "+ # KOKUHO_JUKYU_2719800012_202411.txt⏎1H1 [[JP_HEALTH_INSURANCE:271980]]001200000120241100002⏎2D1 [[JP_HEALTH_INSURANCE:271980]][[JP_HEALTH_INSURANCE:0004417726]][[PERSON:ﾓﾘﾀ ﾀｹｼ]]             [[DATE_OF_BIRTH:19380214]]213020118⏎2D1 [[JP_HEALTH_INSURANCE:271980]][[JP_HEALTH_INSURANCE:0008120359]][[PERSON:ｱﾍﾞ ﾄﾖｺ]]             [[DATE_OF_BIRTH:19300827]]224011902⏎3E1 00002",
    "+ # KOKUHO_KYUFU_0411020077_202503.txt⏎1H1 [[JP_HEALTH_INSURANCE:041102]]007700000220250300001⏎2D1 [[JP_HEALTH_INSURANCE:041102]][[JP_HEALTH_INSURANCE:0000932214]][[PERSON:ｻｻｷ ｼｹﾞﾙ]]           [[DATE_OF_BIRTH:19460105]]113008850⏎3E1 00001",
    "+ 1H1 [[JP_HEALTH_INSURANCE:332015]]000900000320240800002⏎2D1 [[JP_HEALTH_INSURANCE:332015]][[JP_HEALTH_INSURANCE:0012208841]][[PERSON:ﾉﾑﾗ ﾐﾂｺ]]             [[DATE_OF_BIRTH:19350611]]232015506⏎2D1 [[JP_HEALTH_INSURANCE:332015]][[JP_HEALTH_INSURANCE:0012217730]][[PERSON:ﾉﾑﾗ ｼﾝｲﾁ]]            [[DATE_OF_BIRTH:19330918]]221019921⏎3E1 00002",
    "- # ZAIKO_IDOU_20241130.txt⏎1H1 20241130 SOUKO01⏎2D1 4901234567894 000120 ﾀｵﾙ ｾｯﾄ 00045⏎3E1 00001",
    "- # URIAGE_202411.txt⏎1H1 202411 00003⏎2D1 2711030044120017 ﾃｲｷﾋﾞﾝ 00001200⏎3E1 00001",
    # 2. 被保番 (chat, English note, half-width-kana label)
    "+ [14:20] 石井: 森田さんの更新申請、被保番は [[JP_HEALTH_INSURANCE:0002281546]] で合ってますか？⏎[14:22] 大野: 合ってます",
    "+ Note for Ueda-san: the client's son phoned about the 介護認定. 被保番 [[JP_HEALTH_INSURANCE:4401928830]]. Please call back after 3pm.",
    "+ ﾘﾖｳｼｬ [[PERSON:ﾏﾂｲ ﾖｼｺ]]⏎ﾋﾎｹﾝｼｬﾊﾞﾝｺﾞｳ [[JP_HEALTH_INSURANCE:3308817724]]⏎ﾚﾝﾗｸｻｷ [[PHONE_NUMBER:0529931108]]",
    "+ 被保番：[[JP_HEALTH_INSURANCE:0110045521]]（要介護2）",
    "- [14:25] 石井: 被保番の確認は来週にします。受付番号は 0002281546 です",
    "- ﾋﾎｹﾝｼｬﾊﾞﾝｺﾞｳ ﾐﾆｭｳﾘｮｸ⏎ｳｹﾂｹ 3308817724",
    # 3. letter-spaced newsletter titles
    "- 介 護 保 険 課 だ よ り   No. 41⏎・ 要 介 護 認 定 の 更 新 を お 忘 れ な く",
    "- 国 民 健 康 保 険 だ よ り   No. 8⏎・ 保 険 税 の 納 期 は 月 末 で す",
    "- 後 期 高 齢 者 医 療 保 険 ニ ュ ー ス   Vol. 12",
    # 4. birth dates: Tagalog, Portuguese, 対象者 line
    "+ Magandang hapon po. Ang petsa ng kapanganakan ng nanay ko: [[DATE_OF_BIRTH:June 11, 1947]]. Salamat po.",
    "+ Ako po si Liza Mendoza, ipinanganak noong [[DATE_OF_BIRTH:January 30, 1985]] sa Cebu.",
    "+ Petsa ng Kapanganakan: [[DATE_OF_BIRTH:November 7, 1939]]",
    "- Dumating ako sa Japan noong March 4, 2019.",
    "- Petsa ng aplikasyon: June 11, 2024",
    "+ Eu, Ana Paula Souza, nascida em [[DATE_OF_BIRTH:17 de julho de 1982]], declaro que as informações são verdadeiras.",
    "+ Nome: Ricardo Tanaka, nascido em [[DATE_OF_BIRTH:2 de fevereiro de 1990]], residente em Hamamatsu.",
    "+ Data de nascimento: [[DATE_OF_BIRTH:30 de setembro de 1976]]",
    "- Cheguei ao Japão em 5 de março de 2019.",
    "- Data do pedido: 12 de abril de 2024",
    "+ 認定調査票（概況調査）　実施日 令和7年1月14日⏎対象者 [[PERSON:オオタ　シゲル]]／[[PERSON:太田茂]]　[[DATE_OF_BIRTH:昭和9年7月21日]]⏎調査員 [[PERSON:宮本　京子]]",
    "+ 対象者 [[PERSON:イシダ ハル]]／[[PERSON:石田ハル]]　[[DATE_OF_BIRTH:大正15年2月3日]]（98歳）",
    "+ 対象者　[[PERSON:コバヤシ　マサオ]]／[[PERSON:小林正男]]　[[DATE_OF_BIRTH:昭和21年11月30日]]",
    "- 対象者 全世帯　令和7年1月1日現在",
    "- 対象者の見直し　令和6年10月1日施行",
    # 5. pension: a space-aligned NENKIN column, numbered 年金手帳 lists
    "+ REC  NO     ｶﾅｼﾒｲ               BIRTH       NENKIN⏎D01  100217 [[PERSON:ﾀﾅｶ ｼﾞｭﾝ]]            [[DATE_OF_BIRTH:19820304]]    [[JP_PENSION_NUMBER:3120774159]]⏎D01  100218 [[PERSON:ﾎﾘ ｱｲ]]               [[DATE_OF_BIRTH:19940716]]    [[JP_PENSION_NUMBER:6401983327]]⏎T99  COUNT=00002",
    "+ KUBUN SHAIN  SHIMEI              NENKIN_NO⏎01    220419 [[PERSON:ﾆｼﾑﾗ ｶｽﾞｷ]]         [[JP_PENSION_NUMBER:2208815640]]⏎01    220420 [[PERSON:ｵｶﾓﾄ ﾕｷ]]           [[JP_PENSION_NUMBER:5193306672]]",
    "+ REC  NO     ｶﾅｼﾒｲ               NENKIN⏎D01  330912 [[PERSON:ｺﾞﾄｳ ﾘｮｳ]]           [[JP_PENSION_NUMBER:7710442015]]",
    "- REC  NO     ｶﾅｼﾒｲ               BIRTH       KOUZA⏎D01  100217 ﾀﾅｶ ｼﾞｭﾝ            19820304    3120774159",
    "- REC  NO     ITEM                QTY         JAN⏎D01  100217 ﾀｵﾙ ｾｯﾄ             00012       4901234567",
    "+ 年金番号 回収状況（4月採用）⏎1. [[PERSON:高田 亮]]　[[JP_PENSION_NUMBER:6620-114587]]　年金手帳写し⏎2. [[PERSON:野村 彩]]　[[JP_PENSION_NUMBER:1093-552801]]　マイナンバーで確認⏎3. [[PERSON:川口 翔]]　[[JP_PENSION_NUMBER:4418-207736]]　年金手帳写し",
    "+ 1. [[PERSON:吉川 誠]]　[[JP_PENSION_NUMBER:2251-660419]]　年金手帳で確認済",
    "+ 提出一覧⏎1) [[PERSON:本田 真]]　[[JP_PENSION_NUMBER:3702-981145]]　個人番号で確認⏎2) [[PERSON:石原 優]]　[[JP_PENSION_NUMBER:5506-204398]]　年金手帳写し",
    "- 備品貸出一覧⏎1. 高田 亮　6620-114587　返却済⏎2. 野村 彩　1093-552801　未返却",
    "- 1. 会議室A　2251-660419　予約済",
    # 6. phone: Philippine numbers, a phone far right on a 緊急連絡先 line
    "+ Pakitawagan po ako sa numero ko: [[PHONE_NUMBER:+63 917 552 0184]]. Salamat po.",
    "+ Ang numero ng kapatid ko: [[PHONE_NUMBER:+63 998 204 7713]] o [[PHONE_NUMBER:080-3319-2041]]",
    "+ Contact number (Philippines): [[PHONE_NUMBER:+63 905 118 4470]]",
    "- Halaga ng padala: 63 990 143 20 piso",
    "- Reference: PH-63 917 552 0184-A",
    "+ 緊急連絡先①　氏名 [[PERSON:岡田　結]]（続柄：母）　電話 [[PHONE_NUMBER:０９０－４４１２－７７３０]]⏎緊急連絡先②　勤務先（有限会社みどり工業）　[[PHONE_NUMBER:06-6612-3390]]",
    "+ 緊急連絡先②　勤務先（株式会社サンプル物産 経理部）　[[PHONE_NUMBER:045-880-2176]]",
    "- 緊急連絡先②　勤務先（有限会社みどり工業）　社員番号 0312-4471",
    # 7. invoice registration numbers
    "+ 請求書　No.2024-4471⏎有限会社みどり工業⏎適格請求書発行事業者登録番号：T[[JP_CORPORATE_NUMBER:9408812330017]]⏎件名：研修会場使用料",
    "+ 領収書⏎発行者：株式会社サンプル物産⏎登録番号 T[[JP_CORPORATE_NUMBER:5915520446731]]",
    "+ 適格請求書発行事業者の登録番号：T[[JP_CORPORATE_NUMBER:8230077419652]]（株式会社テスト企画）",
    "- 適格請求書発行事業者登録番号：T9408812330018",
    "- 請求書　No.2024-4471⏎受付番号：T9408812330017",
)
ROWS_AS = "\n" + "\n".join(_LINES) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_AS, seed=20261213, held_out=is_holdout_as, tag="ras")
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
