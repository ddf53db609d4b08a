"""Round BB labelled rows (written 2026-12-05, before any rule change of round BB; every value invented).

Same format as ``dlp_rows_az.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break. Rows with ``i % 3 == 1`` (0-based, one third) form ``corpora/eval/pii_devholdout_rbb.jsonl``
(never tuned on); the rest ``corpora/eval/pii_dev_rbb.jsonl``.

Round BB covers eight miss categories in new wordings, languages and layouts: (1) JSON and
key=value records with romaji insurance keys (hokenja, hihokensya, insured_no …); (2) glued
fixed-width 後期高齢者 records (record type, insurer number 39……, insured number, kana name, birth
date); (3) insurance numbers in Korean, Tagalog/English chat and ``対象：名前（8 digits）`` notes;
(4) 記号番号 ``NN-NNNNNN`` / ``国NN-NNNNN`` in a 国民健康保険 notice (not on money-order receipts);
(5) half-width-kana pipe headers, fixed-width rows under a layout line (birth date + sex digit +
postal code glued) and full-width katakana child lists; (6) a passport label in Devanagari script;
(7) partial and corrected birth dates, and event / validity dates that are no birth dates;
(8) 12-digit ``*_id`` values in JSON that are no driving licences.

    python benchmarks/dlp_rows_bb.py   # writes both files
"""

# ruff: noqa: E501  (labelled rows of the evaluation set are long lines)
from __future__ import annotations

__all__ = ["ROWS_BB", "is_holdout_bb"]


def is_holdout_bb(index: int) -> bool:
    """Rows 1, 4, 7, … (0-based): one third of the batch, spread over every topic."""
    return index % 3 == 1


_LINES = (
    # 1. romaji insurance keys in JSON and key=value records
    '+ {"type":"KOUKI_IDOU","hokenja":"[[JP_HEALTH_INSURANCE:39281046]]","hihokenja":"[[JP_HEALTH_INSURANCE:00481327]]","shimei":"[[PERSON:ｵｵﾀ ﾄﾒ]]","seinengappi":"[[DATE_OF_BIRTH:1941-09-08]]"}',
    "+ hokensya=[[JP_HEALTH_INSURANCE:39152207]] hihokensya=[[JP_HEALTH_INSURANCE:10923355]] kana=[[PERSON:ﾏﾂｲ ｷﾖｼ]] birth=[[DATE_OF_BIRTH:19380412]]",
    '+ {"insured_no": "[[JP_HEALTH_INSURANCE:27730914]]", "loss_reason": "転出", "loss_date": "2025-11-30"}',
    '+ {⏎  "kouki": {⏎    "hokensya_no": "[[JP_HEALTH_INSURANCE:39422113]]",⏎    "hihoken_no": "[[JP_HEALTH_INSURANCE:05518862]]",⏎    "birth_ymd": "[[DATE_OF_BIRTH:1947-01-19]]"⏎  }⏎}',
    "+ rec=SHIKAKU;hokenja=[[JP_HEALTH_INSURANCE:39013308]];hihokenja=[[JP_HEALTH_INSURANCE:61120457]];status=02",
    '+ [{"hihokensya":"[[JP_HEALTH_INSURANCE:30047721]]","name":"[[PERSON:島田 トシ]]"},{"hihokensya":"[[JP_HEALTH_INSURANCE:30047738]]","name":"[[PERSON:島田 正一]]"}]',
    "+ insured_no,name,birth⏎[[JP_HEALTH_INSURANCE:71204458]],[[PERSON:ﾎﾝﾀﾞ ｻﾁｺ]],[[DATE_OF_BIRTH:1939-03-27]]",
    '+ {"member": {"hihoken_no": "[[JP_HEALTH_INSURANCE:44019386]]", "kana": "[[PERSON:キクチ ミツオ]]"}, "notice": "保険料決定"}',
    '- {"hokensya_mei": "○○県後期高齢者医療広域連合", "version": "20251201", "count": 39281046}',
    '- {"request_no": "39152207", "status": "done", "page": 2}',
    "- hokenryo=48200 nendo=2025 kibetsu=08 kigen=20260105",
    '- {"insured_count": 12840, "hokenja_total": 31, "updated": "2025-12-01"}',
    '+ hokenja_bango: "[[JP_HEALTH_INSURANCE:39360017]]"⏎hihokenja_bango: "[[JP_HEALTH_INSURANCE:90218834]]"⏎seinengappi: "[[DATE_OF_BIRTH:1936-12-01]]"',
    '+ {"data":[{"insured_no":"[[JP_HEALTH_INSURANCE:33107762]]","birth":"[[DATE_OF_BIRTH:1952-06-30]]"}]}',
    "+ <hihokensya>[[JP_HEALTH_INSURANCE:47720915]]</hihokensya><hokensya>[[JP_HEALTH_INSURANCE:39470019]]</hokensya>",
    '- {"insured_no": "", "status": "未入力"}',
    # 2. glued fixed-width 後期高齢者 records
    "+ 11[[JP_HEALTH_INSURANCE:39264418]][[JP_HEALTH_INSURANCE:20873316]][[PERSON:ﾀｶﾉ ｼｽﾞｴ]]           [[DATE_OF_BIRTH:19370822]]100020000⏎11[[JP_HEALTH_INSURANCE:39264418]][[JP_HEALTH_INSURANCE:20873420]][[PERSON:ｽｷﾞﾔﾏ ﾄｸｿﾞｳ]]        [[DATE_OF_BIRTH:19400103]]200010000",
    "+ 31[[JP_HEALTH_INSURANCE:39330125]][[JP_HEALTH_INSURANCE:07741293]][[PERSON:ﾐﾔｹ ﾊﾙ]]              [[DATE_OF_BIRTH:19320615]]2000300",
    "+ ** KOUKI SHIKAKU IDOU **⏎22[[JP_HEALTH_INSURANCE:39117743]][[JP_HEALTH_INSURANCE:41050982]][[PERSON:ﾜﾀﾞ ｲｻﾑ]]             [[DATE_OF_BIRTH:19441130]]10005",
    "+ 41[[JP_HEALTH_INSURANCE:39405516]][[JP_HEALTH_INSURANCE:88120347]][[PERSON:ﾂﾁﾔ ｶﾈ]]              [[DATE_OF_BIRTH:19290208]]200000100",
    "+ 21[[JP_HEALTH_INSURANCE:39208804]][[JP_HEALTH_INSURANCE:13370621]][[PERSON:ﾆｼﾑﾗ ﾃﾙｵ]]           [[DATE_OF_BIRTH:19481017]]1000⏎21[[JP_HEALTH_INSURANCE:39208804]][[JP_HEALTH_INSURANCE:13370745]][[PERSON:ﾆｼﾑﾗ ﾐﾖ]]            [[DATE_OF_BIRTH:19500224]]2000",
    "+ 12[[JP_HEALTH_INSURANCE:39072201]][[JP_HEALTH_INSURANCE:55092186]][[PERSON:ｺﾝﾉ ﾄﾐｺ]]            [[DATE_OF_BIRTH:19351203]]20001000",
    "- 21202512010000183000004820000000000000000000000",
    "- 9900000000000000000000TOTAL              00000003000000",
    "- 1139264418000000000000000000000000000000000000000",
    "- 21391100200512345678ﾃｽﾄﾃﾞｰﾀ              00000000000000",
    "+ 51[[JP_HEALTH_INSURANCE:39121186]][[JP_HEALTH_INSURANCE:60332947]][[PERSON:ｱﾗｷ ｻﾀﾞｵ]]           [[DATE_OF_BIRTH:19330504]]10000",
    "+ 21[[JP_HEALTH_INSURANCE:39011120]][[JP_HEALTH_INSURANCE:00917738]][[PERSON:ﾎｼﾉ ｷｸ]]              [[DATE_OF_BIRTH:19281126]]2000000001",
    "- 2139121186603329470000000000000000000000000000000",
    # 3. insurance numbers in Korean, Tagalog/English and 対象：名前（番号）
    "+ 안녕하세요. 아버지 [[PERSON:박정수]]의 피보험자번호는 [[JP_HEALTH_INSURANCE:28830164]]입니다. 보험증을 다시 받고 싶습니다.",
    "+ 후기고령자 보험증 관련: 제 피보험자 번호는 [[JP_HEALTH_INSURANCE:61047729]]이고 생년월일은 [[DATE_OF_BIRTH:1945년 3월 9일]]입니다.",
    "+ Hello po, nasira po yung health insurance card ng nanay ko. Yung number po ay [[JP_HEALTH_INSURANCE:7730582]].",
    "+ Nawala ko po ang insurance card ko, ang card number po ay [[JP_HEALTH_INSURANCE:408816]]. Salamat po.",
    "+ My health insurance card number is [[JP_HEALTH_INSURANCE:15520398]], I lost the card yesterday.",
    "+ 国保 資格確認書の再交付⏎対象：[[PERSON:高野ミツ子]]（[[JP_HEALTH_INSURANCE:30812245]]）⏎理由：紛失",
    "+ 後期高齢者医療 資格確認書 送付先変更⏎対象：[[PERSON:石田 源太]]（[[JP_HEALTH_INSURANCE:70193354]]）",
    "+ 保険証の回収について⏎対象者：[[PERSON:柳田ヨネ]]（[[JP_HEALTH_INSURANCE:26604418]]）、回収日 12/4",
    "- 문의번호는 28830164입니다. 담당 부서로 연결해 드리겠습니다.",
    "- Yung reference number po ng payment ay 7730582. Salamat po.",
    "- 会議室予約⏎対象：第3会議室（20251204）⏎利用者：総務課",
    "- 研修案内⏎対象：新任職員（定員30名）⏎会場：本庁舎5階",
    "- 対象：令和7年度分（30812245円）の保険料総額",
    "+ 피보험자번호: [[JP_HEALTH_INSURANCE:50482291]] / 이름: [[PERSON:최영희]]",
    "+ Ma'am, yung insurance card number ko po ay [[JP_HEALTH_INSURANCE:22019473]], expired na po.",
    "+ 介護保険 資格確認⏎対象：[[PERSON:大西ハナ]]（[[JP_HEALTH_INSURANCE:0001847263]]）⏎認定期間 2025/10/01〜2026/09/30",
    "- 対象：市民課窓口（12月4日）⏎件数：18件",
    "- 피보험자번호는 보험증 앞면에 있습니다.",
    # 4. 記号番号 in a 国民健康保険 notice; money orders are no insurance
    "+ 国民健康保険 高額療養費支給決定通知書⏎[[PERSON:小池 健吾]] 様⏎記号番号　[[JP_HEALTH_INSURANCE:207]]-[[JP_HEALTH_INSURANCE:664012]]⏎支給額 42,810円",
    "+ 国民健康保険 保険税額変更通知⏎記号番号：[[JP_HEALTH_INSURANCE:国12]]-[[JP_HEALTH_INSURANCE:30558]]⏎世帯主 [[PERSON:堀 ユキ]] 様",
    "+ 国保の資格取得届 受理票⏎記号番号 [[JP_HEALTH_INSURANCE:88]]-[[JP_HEALTH_INSURANCE:410327]]　取得日 令和7年10月1日",
    "+ 国民健康保険被保険者資格確認書の交付について⏎記号番号 [[JP_HEALTH_INSURANCE:市05]]-[[JP_HEALTH_INSURANCE:11842]]　交付日 令和7年12月1日",
    "- 定額小為替 発行控⏎記号番号 41-220815　金額 750円⏎記号番号 41-220816　金額 100円",
    "- 普通為替証書 記号番号 07-553910 を同封しました（手数料 550円）。",
    "- 郵便為替 受払簿⏎受付 12/01　記号番号 63-104478　1,000円　確認済",
    "- 定額小為替証書の記号番号 88-410327 は再発行できません。",
    "+ 国民健康保険税 納税通知書（再発行）⏎記号番号 [[JP_HEALTH_INSURANCE:315]]-[[JP_HEALTH_INSURANCE:208741]]⏎納税義務者 [[PERSON:野村 幸子]] 様",
    "+ 国保\u3000被保険者証返還のお願い\u3000記号番号：[[JP_HEALTH_INSURANCE:国21]]-[[JP_HEALTH_INSURANCE:47706]]",
    "- 郵便局で購入した定額小為替（記号番号 12-770345）を同封してください。",
    "- 為替証書 記号番号 64-118803 金額 2,000円",
    # 5. half-width kana pipe headers, layout lines, full-width katakana child lists
    "+ ｺｰﾄﾞ|ｶﾅｼﾒｲ|ｾｲﾈﾝｶﾞｯﾋﾟ|ｾｲﾍﾞﾂ|ﾕｳﾋﾞﾝ⏎7021|[[PERSON:ｲﾏｲ ﾉﾘｺ]]|[[DATE_OF_BIRTH:19620318]]|2|[[JP_POSTAL_CODE:4610023]]⏎7022|[[PERSON:ｵｶﾞﾜ ﾀﾂﾔ]]|[[DATE_OF_BIRTH:19880705]]|1|[[JP_POSTAL_CODE:4640841]]",
    "+ ﾊﾞﾝｺﾞｳ|ｼﾒｲ|ｾｲﾈﾝｶﾞｯﾋﾟ|ﾕｳﾋﾞﾝﾊﾞﾝｺﾞｳ⏎0318|[[PERSON:ﾖｺﾔﾏ ｹﾝｼﾞ]]|[[DATE_OF_BIRTH:19551129]]|[[JP_POSTAL_CODE:5300047]]",
    "+ ｼﾒｲ|ｾｲﾈﾝｶﾞｯﾋﾟ|ﾕｳﾋﾞﾝ|ﾃﾞﾝﾜ⏎[[PERSON:ｻｸﾗｲ ｱﾔ]]|[[DATE_OF_BIRTH:20010214]]|[[JP_POSTAL_CODE:7300011]]|[[PHONE_NUMBER:082-221-4408]]",
    "+ LAYOUT: ID(5)NAME(14)BIRTH(8)SEX(1)ZIP(7)KBN(2)⏎00412[[PERSON:ﾀﾑﾗ ﾏｻｵ]]      [[DATE_OF_BIRTH:19580921]]1[[JP_POSTAL_CODE:8120011]]03⏎00413[[PERSON:ﾀﾑﾗ ﾖｳｺ]]      [[DATE_OF_BIRTH:19610107]]2[[JP_POSTAL_CODE:8120011]]03",
    "+ FORMAT=NO(3)KANA(18)BIRTH(8)SEX(1)ZIP(7)FLG(1)⏎101[[PERSON:ﾏｴﾀﾞ ｼﾉﾌﾞ]]        [[DATE_OF_BIRTH:19720603]]2[[JP_POSTAL_CODE:0600042]]0",
    "+ 番号 氏名カナ　　　　　　生年月日　性別 区分⏎0101[[PERSON:ナカガワソウタ]]　　　　[[DATE_OF_BIRTH:20190815]]103⏎0102[[PERSON:ナカガワリン]]　　　　　[[DATE_OF_BIRTH:20220130]]203",
    "+ 児童一覧（氏名カナ・生年月日・性別・区分）⏎0007[[PERSON:ヒラノアオイ]]　　　　　　[[DATE_OF_BIRTH:20180411]]211",
    "- ｺｰﾄﾞ|ﾋﾝﾒｲ|ﾆｭｳｶﾋﾞ|ｽｳﾘｮｳ|ﾀﾝｶ⏎A102|ｺﾋﾟｰﾖｳｼ|20251203|1200|4500",
    "- LAYOUT: ID(5)ITEM(14)DATE(8)QTY(1)AMOUNT(7)KBN(2)⏎00412ﾄﾅｰ          2025120311500000003",
    "- 番号 品名カナ　　　　　　納品日　数量 区分⏎0101コピーヨウシ　　　　　20251203103",
    "+ ﾋﾞｮｳｲﾝ|ｼﾒｲ|ｾｲﾈﾝｶﾞｯﾋﾟ|ﾕｳﾋﾞﾝ⏎ﾆｼｸﾘﾆｯｸ|[[PERSON:ﾓﾘ ﾕｳｷ]]|[[DATE_OF_BIRTH:19930917]]|[[JP_POSTAL_CODE:1500013]]",
    "+ REC(2)NAME(16)BIRTH(8)SEX(1)ZIP(7)⏎01[[PERSON:ｱｻﾉ ﾐﾁｺ]]       [[DATE_OF_BIRTH:19470228]]2[[JP_POSTAL_CODE:9800811]]",
    "+ SEQ 氏名カナ\u3000\u3000\u3000\u3000\u3000\u3000生年月日\u3000性別 区分⏎0003[[PERSON:マツモトハルキ]]\u3000\u3000\u3000\u3000[[DATE_OF_BIRTH:20200906]]102⏎0004[[PERSON:マツモトユイ]]\u3000\u3000\u3000\u3000\u3000[[DATE_OF_BIRTH:20230512]]202",
    "- ｼﾒｲ|ﾔｸｼｮｸ|ﾅｲｾﾝ⏎ｿｳﾑｶ|ｶｶﾘﾁｮｳ|4410",
    "- REC(2)ITEM(16)DATE(8)QTY(1)CODE(7)⏎01ｶﾐﾌﾞｸﾛ          2025112032200451",
    # 6. a passport label in Devanagari script
    "+ पासपोर्ट नं.: [[JP_PASSPORT:RA4471208]]⏎नाम: [[PERSON:Sita Gurung]]",
    "+ मेरो पासपोर्ट नम्बर [[JP_PASSPORT:PA5502917]] हो।",
    "+ पासपोर्ट संख्या: [[JP_PASSPORT:Z6630148]]",
    "+ नाम: [[PERSON:Ramesh Adhikari]]⏎पासपोर्ट नं. [[JP_PASSPORT:PB7718305]]⏎फोन: [[PHONE_NUMBER:080-4471-9920]]",
    "- फोन नं.: 0120-44-8812 (कार्यालय)",
    "- रसिद नं.: RA4471208 (भुक्तानी)",
    "+ पासपोर्ट नं: [[JP_PASSPORT:TR2208814]]⏎जन्म मिति: [[DATE_OF_BIRTH:11/04/1994]]",
    "+ पासपोर्ट क्रमांक: [[JP_PASSPORT:N4410772]]",
    "- पासपोर्ट नं. आवश्यक छ। (कृपया ल्याउनुहोस्)",
    # 7. partial and corrected birth dates; event and validity dates
    "+ 本人申告：生まれは[[DATE_OF_BIRTH:1949年11月]]（日付は覚えていない）",
    "+ 聞き取り⏎[[PERSON:青木]]さんの生まれは[[DATE_OF_BIRTH:昭和33年5月]]頃とのこと（日は不明）",
    "+ 生年月日の記載が戸籍と一致しないため確認。⏎戸籍上は [[DATE_OF_BIRTH:1951.10.04]]、申請書は1951.10.14。",
    "+ 届出の生年月日（[[DATE_OF_BIRTH:3月2日]]）が住民票と相違。⏎住民票上は [[DATE_OF_BIRTH:1939.03.12]] です。",
    "+ 生年月日 [[DATE_OF_BIRTH:1986年7月4日]] の方です。⏎当日は2025年11月20日夕方に仕出し弁当を喫食しています。",
    "+ [[PERSON:藤本]]さん（[[DATE_OF_BIRTH:1978年2月]]生まれ）⏎家族3名とも令和7年8月9日夜に同じ店で会食",
    "- 発生日は令和7年9月12日、探知日は令和7年9月16日です。",
    "- 初発患者の発症日は2025年10月3日、届出日は2025年10月6日",
    "- 有 効 期 間　令和7年4月1日 か ら 令和12年3月31日 ま で",
    "- 許 可 年 月 日　令和6年11月5日⏎有 効 期 限　令和12年11月30日",
    "- 全員が令和7年6月18日昼に同一の弁当を喫食した。",
    "- 生年月日の欄は空欄でした。受付は2025年12月2日です。",
    "+ 生まれは[[DATE_OF_BIRTH:2003年1月]]とのこと（日は本人も不明）",
    "+ 生年月日が住基と不一致。住基上は [[DATE_OF_BIRTH:1944.08.21]]。",
    "+ [[PERSON:中島]]さん 生年月日 [[DATE_OF_BIRTH:1990年4月1日]]⏎本人と長男とも2025年12月1日昼に給食を喫食",
    "- 事故発生日は令和7年7月7日、覚知日は令和7年7月8日。",
    "- 有 効 期 間\u30002025年4月1日 か ら 2030年3月31日 ま で",
    "- 生年月日の確認は窓口で行います。受付期間は令和7年12月1日から令和7年12月26日まで。",
    # 8. 12-digit *_id values in JSON are no driving licences
    '- {"device_id": "438210957731", "model": "KX-200", "firmware": "3.1.4"}',
    '- {"kiosk": {"terminal_id": "702219843306", "location": "1F"}}',
    '- {"printer_id": "551203984417", "queue": 3}',
    "- session_id=884120396671 user_agent=Mozilla/5.0",
    '+ {"menkyo_no": "[[JP_DRIVER_LICENSE:302214857740]]", "kind": "普通"}',
    '+ {"driver_license_no": "[[JP_DRIVER_LICENSE:621004429183]]", "terminal_id": "112233445566"}',
    '- {"account_id": "300912447781", "role": "viewer"}',
    '- {"serial_id": 771203948812, "lot": "B"}',
)
ROWS_BB = "\n" + "\n".join(_LINES) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_BB, seed=20261216, held_out=is_holdout_bb, tag="rbb")
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
