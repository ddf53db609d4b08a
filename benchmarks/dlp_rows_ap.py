"""Round AP labelled rows (written 2026-12-05, before any rule change of round AP; every value invented).

Same format as ``dlp_rows_an.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break. Rows with ``i % 3 == 1`` (0-based, one third) form ``corpora/eval/pii_devholdout_rap.jsonl``
(never tuned on); the rest ``corpora/eval/pii_dev_rap.jsonl``.

Round AP's families (PERSON recall, from the lead's categories, no eval row copied): ALL-CAPS romaji
after a foreign-language name label or in brackets after a kanji name; English closings (Thank you.
Given Family, / Thanks,⏎FAMILY GIVEN); half-width kana in fixed-width records after a lettered record
id and in CSV / JSON kana fields; katakana readings in （…） after a kanji name; surname-only chat
speakers; a surname signature before （e-mail）; 「…した山田です」 self-introductions; staff surnames
after 確認者 / 受： / 担当 / 作業者 / → …へ; foreign self-introductions. Negatives: letter-spaced
titles, 療養 / 被保険者証 記号 lines, Chinese guidance text, chat lines of a section or a system,
kana columns of goods, bracketed katakana that is no reading.

    python benchmarks/dlp_rows_ap.py   # writes both files
"""

# ruff: noqa: E501  (labelled rows of the evaluation set are long lines)
from __future__ import annotations

__all__ = ["ROWS_AP", "is_holdout_ap"]


def is_holdout_ap(index: int) -> bool:
    """Rows 1, 4, 7, … (0-based): one third of the batch, spread over every topic."""
    return index % 3 == 1


_LINES = (
    # 1. ALL-CAPS romaji after a foreign label / in brackets after a kanji name
    "+ Ficha de atendimento⏎Nome: [[PERSON:FERREIRA JULIANA]]⏎Idade: 41⏎Assunto: 保険証の再交付",
    "+ Interpreter log⏎Pasyente: [[PERSON:DELA CRUZ ROWENA]]⏎Wika: Tagalog⏎→ 保険料の減免相談",
    "+ Nombre: [[PERSON:GONZALEZ DIEGO]]⏎Motivo: cambio de domicilio",
    "+ 研修旅行 参加者⏎[[PERSON:森田 華]]（[[PERSON:MORITA HANA]]） 旅券 [[JP_PASSPORT:TZ4418203]]",
    "+ 申請者：[[PERSON:小川 健司]]（[[PERSON:OGAWA KENJI]]）⏎渡航先：カナダ",
    "+ Name on card: [[PERSON:TAKEDA MIHO]]⏎Amount: 3,300 JPN",
    "+ 技能実習生：[[PERSON:PHAM VAN LONG]]（[[PERSON:Long]]）⏎配属先：第二農場",
    "+ 受講者 [[PERSON:石原 翼]]（[[PERSON:ISHIHARA TSUBASA]]）修了",
    "+ Paciente: [[PERSON:ALVES MARCOS]]⏎Nascimento: 1981",
    "- Nome do arquivo: RELATORIO MENSAL⏎Data: 2025",
    "- 会場（HALL B） 受付開始 9:30",
    "- 品名：ケーブル（USB TYPE C）",
    "- Name on card: (not provided)",
    "- 対象制度（NATIONAL HEALTH INSURANCE）の説明",
    # 2. English closings and signatures
    "+ Thanks for your patience.⏎⏎Thank you. [[PERSON:Haruka Nishida]], Resident Tax Section",
    "+ We have received your form.⏎Thank you. [[PERSON:Daisuke Koga]], Pension Desk",
    "+ Please check the attachment.⏎⏎Thanks,⏎[[PERSON:OTA KEIKO]]⏎tel [[PHONE_NUMBER:080-2219-4470]]",
    "+ I will visit on Monday.⏎Regards,⏎[[PERSON:HIRANO Makoto]]",
    "+ See you tomorrow.⏎--⏎[[PERSON:Rina SHIBATA]]⏎Farmer / 長野県",
    "+ Best,⏎[[PERSON:Tomoya Endo]]⏎Welfare Division",
    "- Thank you. National Health Insurance Division",
    "- Thanks,⏎Customer Support Team",
    "- --⏎City Hall Annex⏎Open 9-17",
    "- Thank you. Please come again.",
    # 3. half-width kana in fixed-width records and CSV / JSON kana fields
    "+ HDR20250401KAIGO-SEIKYU⏎K00021[[PERSON:ﾀﾑﾗ ﾐﾁｺ]]         [[DATE_OF_BIRTH:19420312]] 0004410⏎K00022[[PERSON:ﾀﾑﾗ ﾖｼｵ]]         [[DATE_OF_BIRTH:19390908]] 0004410⏎END",
    "+ A000153[[PERSON:ﾊﾗﾀﾞ ｹｲｽｹ]]      [[DATE_OF_BIRTH:19870611]] 2200",
    "+ R20241107[[PERSON:ｲｼｲ ｻﾄﾐ]]          0000051000",
    "+ No,氏名,カナ,続柄⏎1,[[PERSON:松井 昭]],[[PERSON:ﾏﾂｲ ｱｷﾗ]],世帯主⏎2,[[PERSON:松井 典子]],[[PERSON:ﾏﾂｲ ﾉﾘｺ]],妻",
    "+ ID,氏名,フリガナ,電話⏎31,[[PERSON:久保 愛]],[[PERSON:クボ アイ]],[[PHONE_NUMBER:090-3381-2047]]",
    "+ 番号,名前,カナ,金額⏎7,[[PERSON:野村 健]],[[PERSON:ﾉﾑﾗ ｹﾝ]],12000⏎8,[[PERSON:杉浦 光]],[[PERSON:ｽｷﾞｳﾗ ﾋｶﾙ]],8000",
    "+ {\"name\": \"[[PERSON:岡 真一]]\", \"kana\": \"[[PERSON:オカ シンイチ]]\", \"age\": 52}",
    "+ {\"氏名\":\"[[PERSON:菅野 望]]\",\"ふりがな\":\"[[PERSON:すがの のぞみ]]\",\"区分\":\"委員\"}",
    "+ 受給者ID,氏名カナ,生年月日⏎300114,[[PERSON:ﾖｺﾀ ｼｹﾞﾙ]],[[DATE_OF_BIRTH:19480707]]",
    "- 商品CD,品名,カナ,単価⏎1001,ボールペン,ﾎﾞｰﾙﾍﾟﾝ,120⏎1002,付箋,ﾌｾﾝ,300",
    "- K00099ｺﾞｳｹｲ         00000000 0004410",
    "- {\"name\": \"会議室A\", \"kana\": \"カイギシツ エー\"}",
    "- HDR20250401KAIGO-SEIKYU⏎TRL00002 END",
    # 4. katakana readings in brackets after a kanji name
    "+ 相談者：[[PERSON:渡部 幸代]]（[[PERSON:ワタベ　サチヨ]]）⏎相談日：令和7年1月9日",
    "+ 申出人 [[PERSON:大西 昇]]（[[PERSON:オオニシ]]）",
    "+ 氏名　[[PERSON:川島恭子]]（[[PERSON:カワシマ　キョウコ]]）",
    "+ [[PERSON:藤井]]さん（[[PERSON:フジイ]]）から電話あり",
    "+ 届出人：[[PERSON:坂田 実]]（[[PERSON:サカタ ミノル]]）　続柄：長男",
    "+ 代表者 [[PERSON:中島 秀樹]]（[[PERSON:なかじま ひでき]]）",
    "+ 氏名 [[PERSON:荒木 剛]]（[[PERSON:ｱﾗｷ ﾂﾖｼ]]）",
    "- 在留カード（ザイリュウカード）の写し",
    "- 本庁舎（ホンチョウシャ）の会議室",
    "- 保険証（マイナ保険証）をお持ちください",
    "- 申請書（シンセイショ）様式第2号",
    # 5. chat speakers
    "+ [09:41] [[PERSON:大川]]（税務）: 督促状の件、確認お願いします⏎[09:42] [[PERSON:古田]]（納税）: 了解です",
    "+ [14:05] [[PERSON:白石]](窓口): 本人確認済み⏎[14:06] [[PERSON:沢田]](審査): ありがとうございます",
    "+ [08:30] [[PERSON:宮下]]: 今日の当番は誰ですか⏎[08:31] [[PERSON:片山]]: 私です",
    "+ 17:02 [[PERSON:菅]]（保育）: 延長保育の申込あり",
    "+ [11:15] [[PERSON:本田]]（介護）: 訪問は午後に変更⏎[11:20] システム: 通知を送信しました",
    "+ [13:00] [[PERSON:浅野]]（医事）: 会計待ち3名です",
    "- [09:00] システム: メンテナンスを開始します",
    "- [10:12] 総務課: 会議室を予約しました⏎[10:13] 税務課: 了解",
    "- [15:30] Bot: 日次バックアップ完了",
    "- 12:00 昼休み（窓口は交代制）",
    # 6. a surname signature before (e-mail) at the end of a mail
    "+ 受付の件、承知しました。⏎よろしくお願いいたします。⏎[[PERSON:松下]]（[[EMAIL_ADDRESS:matsushita-y@city.example.lg.jp]]）",
    "+ 書類は本日発送しました。⏎[[PERSON:三宅]]（[[EMAIL_ADDRESS:miyake@town.example.lg.jp]]）",
    "+ 以上、ご確認ください。⏎[[PERSON:栗原 聡]]（[[EMAIL_ADDRESS:kurihara.s@example.ne.jp]]）",
    "- 以上、ご確認ください。⏎総務課（内線 2210）",
    "- 問い合わせ窓口（平日 9時〜17時）",
    # 7. self-introductions
    "+ 先日、窓口で申請した[[PERSON:植田]]です。書類の不足について伺います。",
    "+ 昨日お電話した[[PERSON:早川]]です。折り返しをお願いします。",
    "+ いつもお世話になっております。[[PERSON:大塚]]です。⏎先日の件でご連絡しました。",
    "+ 4月3日に入院した[[PERSON:平田]]です。限度額の申請について教えてください。",
    "+ ご無沙汰しております。[[PERSON:吉川]]です。",
    "- 先日、窓口で申請した件です。",
    "- いつもお世話になっております。総務課です。",
    "- 本日受診した方です。",
    # 8. staff surnames after labels
    "+ 本人確認：運転免許証（確認者 [[PERSON:小松]]）",
    "+ 受：[[PERSON:秋山]]",
    "+ 処理日 2025/03/02 担当 [[PERSON:内藤]]",
    "+ 入力者：[[PERSON:横田]]　確認者：[[PERSON:杉山]]",
    "+ TEL [[PERSON:サトウ　ハナコ]] 様 折返し希望 → [[PERSON:大野]]へ",
    "+ 作業者：[[PERSON:菊池]]　点検日：2月5日",
    "- 確認者：係長",
    "- 担当 総務課",
    "- → 窓口へ",
    "- 受：済",
    # 9. foreign self-introductions
    "+ Kumusta po. Ako po si [[PERSON:Jose Miguel Reyes]], taga-Cebu po ako.",
    "+ Selamat siang. Saya [[PERSON:Dewi Lestari]], pekerja di pabrik roti.",
    "+ Xin chào, em là [[PERSON:Nguyen Thi Lan]], sinh viên năm hai.",
    "+ Hello, this is [[PERSON:Mariana Costa]] from the bakery on 3rd street.",
    "+ 你好，我叫[[PERSON:陈 静]]，想咨询一下保险的事。",
    "+ 안녕하세요. [[PERSON:김민준]]입니다. 주소 변경을 하고 싶습니다.",
    "+ नमस्ते, मेरो नाम [[PERSON:Bikash Tamang]] हो।",
    "- Hello, this is the city office calling.",
    "- Saya ingin bertanya tentang pajak.",
    "- 你好，我想咨询一下保险的事。",
    # 10. family members and other forms
    "+ 被保険者（故）[[PERSON:横井　ふみ]]　[[DATE_OF_BIRTH:昭和9年3月3日]]生",
    "+ 〒 [[JP_POSTAL_CODE:321-0102]]⏎[[JP_ADDRESS:栃木県宇都宮市下町1-2]]⏎[[PERSON:杉田  正人]]  様⏎⏎  お 知 ら せ",
    "+ 氏　　名　｜[[PERSON:高木　ミヨ子]]｜",
    "+ 口座名義（ｶﾅ）：[[PERSON:ﾌｸｲ ﾏｻﾙ]]",
    "+ 口座名義（カナ）：[[PERSON:ｶﾄﾞﾏ ﾖｼｴ]]",
    "+ 名義 [[PERSON:オオタケミナ]]（本人）",
    "+ 被保険者番号 [[JP_HEALTH_INSURANCE:20931]] 氏名 [[PERSON:ｽｽﾞｷ ﾀｸﾏ]]",
    "+ 患者確認：[[PERSON:ニシダ　マサオ]]、生年 昭和31年で一致。",
    # 11. false positives
    "- 介 護 保 険 料 納 入 通 知 書",
    "- 請　求　書",
    "- 国 民 年 金 保 険 料 免 除 申 請 書",
    "- 療養を受けた者の続柄を記入してください。",
    "+ 被保険者証 記号 [[JP_HEALTH_INSURANCE:0012]]　番号 [[JP_HEALTH_INSURANCE:341]]",
    "- 说明：请带上身份证和存折到窗口办理。",
    "- 注意：保险证丢失时请到3号窗口。",
    "- 納　付　書⏎（納税者保管用）",
    "- 受付時間 8:30〜17:15（土日祝を除く）",
    "- 確認事項：本人確認書類（写し）",
    # 12. more positives of the families above, spread for the holdout
    "+ Nome: [[PERSON:RIBEIRO CARLA]]⏎Telefone: [[PHONE_NUMBER:080-7120-3349]]",
    "+ [16:40] [[PERSON:広瀬]]（国保）: 資格確認書を発送済み",
    "+ 先週受診した[[PERSON:村井]]です。領収書の再発行をお願いします。",
    "+ 確認者 [[PERSON:今村]]",
    "+ 世帯主,カナ⏎[[PERSON:安田 誠]],[[PERSON:ﾔｽﾀﾞ ﾏｺﾄ]]",
    "+ Z0007[[PERSON:ｺﾝﾄﾞｳ ﾕｷ]]          [[DATE_OF_BIRTH:19690430]] 1002",
    "+ 請求者：[[PERSON:長田 光子]]（[[PERSON:ナガタ　ミツコ]]）",
    "+ Thank you. [[PERSON:Kenta Morimoto]], Child Welfare Office",
    "+ 連絡ありがとうございます。⏎[[PERSON:飯田]]（[[EMAIL_ADDRESS:iida.k@example.jp]]）",
    "+ 担当者：[[PERSON:青木]]（収納）　電話 [[PHONE_NUMBER:03-4410-2219]]",
)
ROWS_AP = "\n" + "\n".join(_LINES) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_AP, seed=20261209, held_out=is_holdout_ap, tag="rap")
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
