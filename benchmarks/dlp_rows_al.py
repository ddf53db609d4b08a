"""Round AL labelled rows (written 2026-12-05, before any rule change of round AL; every value invented).

Same format as ``dlp_rows_ak.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break, ``\\t`` a tab. Rows with ``i % 3 == 1`` (0-based, one third) form
``corpora/eval/pii_devholdout_ral.jsonl`` (never tuned on); the rest ``corpora/eval/pii_dev_ral.jsonl``.

Round AL's PERSON families (from the lead's categories, no eval row seen): Latin-script names of
foreign residents inside Japanese documents after a Japanese role label, in numbered lists and in
name columns; Latin names before a Japanese honorific or before their katakana reading; Latin names
after English labels, quote headers and signatures, Thai / Nepali names after ชื่อ / नाम; kanji
surnames alone in office notes (section / role words, hand-over arrows, 旧姓, closings, chat
speakers). Negatives: companies, products, stations, buildings and streets in Latin script, Title
Case English words, organisations before 様, common nouns that look like surnames, empty labels.

    python benchmarks/dlp_rows_al.py   # writes both files
"""

from __future__ import annotations

__all__ = ["ROWS_AL", "is_holdout_al"]


def is_holdout_al(index: int) -> bool:
    """Rows 1, 4, 7, … (0-based): one third of the batch, spread over every topic."""
    return index % 3 == 1


_LINES = (
    # 1. Latin names after Japanese role labels
    "+ 入居者：[[PERSON:Tomasz Wiśniewski]]（304号室）より騒音の相談あり。",
    "+ 申請者 [[PERSON:Aigerim Nurlanovna]] の在留期間は来年3月まで。",
    "+ 対象者：[[PERSON:BAYARMAA GANBOLD]]（モンゴル国籍）",
    "+ 相手 [[PERSON:Kofi Mensah]] との間で駐車場の利用をめぐるトラブル。",
    "+ 目撃者：[[PERSON:Ingrid Halvorsen]]（隣室の住人）",
    "+ 児童名 [[PERSON:Lucas Oliveira Sato]]　小学3年",
    "+ 子：[[PERSON:Mei Ling Tan]]（8歳）、[[PERSON:Wei Jie Tan]]（5歳）",
    "+ 妻 [[PERSON:Rosalinda dela Cruz]] が窓口に来所。",
    "+ 夫：[[PERSON:Gustavo Pereira]]（就労中）",
    "+ 保護者 [[PERSON:Sandeep Adhikari]] より欠席連絡。",
    "+ 同僚の[[PERSON:Yusuf Demir]]が通訳として同席した。",
    "+ 通訳：[[PERSON:Lê Thị Thu Hà]]（ベトナム語）",
    "+ 受付者 [[PERSON:Hannah Schmidt]]",
    "+ 世帯員：[[PERSON:Arjun Rai]]、[[PERSON:Kamala Rai]]",
    "+ 申請者：[[PERSON:Okonkwo, Chinedu]]",
    "+ 入居者 [[PERSON:A. Rahman]] 様宛の通知が返送された。",
    "+ 対象者 [[PERSON:NGUYEN VAN PHUC]] の健康診断の結果を送付。",
    "+ 相手方代理人ではなく本人 [[PERSON:Svetlana Kuznetsova]] から電話。",
    "+ 保護者：[[PERSON:Bolat Seitkali]]（父）",
    "+ 世帯主 [[PERSON:Ramón García López]] 外2名",
    "+ 1. [[PERSON:Erdene Batbayar]]（転入）⏎2. [[PERSON:Sofía Ramírez]]（転出）",
    "+ ① [[PERSON:Thandiwe Ndlovu]]　② [[PERSON:Mateus Carvalho]]",
    "+ No.\\t氏名\\t国籍⏎1\\t[[PERSON:Dinh Cong Minh]]\\tベトナム⏎2\\t[[PERSON:Kyaw Zin Htet]]\\tミャンマー",
    "+ | 名前 | 在籍 |⏎|---|---|⏎| [[PERSON:Noor Fatima]] | 2年 |⏎| [[PERSON:Marco Rossi]] | 1年 |",
    "+ Name,学年⏎[[PERSON:Aiyana Brooks]],4⏎[[PERSON:Daniel Kowalczyk]],6",
    "+ 氏名\\t[[PERSON:ABEBE GIRMA]]\\t電話\\t未記入",
    "+ 目撃者 [[PERSON:Pauline Mercier]] 氏の証言によると、車は北へ向かった。",
    "+ 児童名：[[PERSON:Chloe Nakashima Evans]]",
    "+ 相談者の夫 [[PERSON:Hamid Karimi]] は在留資格「技術・人文知識・国際業務」。",
    "+ 受付者：[[PERSON:Bui Thi Ngoc]]⏎内容：国保の加入手続き",
    "- 入居者：なし（空室）",
    "- 申請者 本人",
    "- 対象者：Green Hills 201 の全世帯",
    "- 相手 不明",
    "- 通訳：Google Translate を使用",
    "- 保護者 同意済み（書面あり）",
    "- 児童名 欄は空欄のまま提出された。",
    "- 1. Tokyo Station 集合⏎2. Ueno Park 散策",
    "- 氏名\\t記入例⏎Name\\t(Block Letters)",
    "- | 名前 | 数量 |⏎|---|---|⏎| Microsoft Teams | 30 |⏎| Google Workspace | 12 |",
    "- 申請者：Sunrise Logistics Co., Ltd.",
    "- 同僚とZoom Meetingで打合せ済み。",
    "- 世帯員：2名（詳細は別紙）",
    "- 対象者 New Residents（転入者向け説明会）",
    "- 入居者 Maple Court 3F の共用部清掃のお知らせ",
    # 2. honorifics and katakana readings
    "+ [[PERSON:Joaquim Ferreira]]様、在留カードの更新をお忘れなく。",
    "+ [[PERSON:Priyanka Iyer]]さんから折り返しの電話がありました。",
    "+ [[PERSON:Henrik Larsen]]氏（デンマーク大使館）来庁",
    "+ [[PERSON:MOHAMMAD REZA AHMADI]] 殿",
    "+ [[PERSON:Ethan Morales]]君の保護者面談は金曜日。",
    "+ [[PERSON:Lily Chen]]ちゃん、お迎えは17時です。",
    "+ [[PERSON:Sione Taufa]]（[[PERSON:シオネ・タウファ]]）さんの転入届を受理。",
    "+ 申請者：[[PERSON:Isabela Souza]]（[[PERSON:イザベラ・ソウザ]]）",
    "+ [[PERSON:Mehmet Yilmaz]]（[[PERSON:メフメト・ユルマズ]]）様 宛",
    "+ [[PERSON:Nguyen Hoang Long]] さんと [[PERSON:Tran My Linh]] さんが来所。",
    "+ [[PERSON:Olusegun Adeyemi]]様より、住民税の通知について問い合わせ。",
    "+ [[PERSON:Dorji Wangchuk]]（[[PERSON:ドルジ・ワンチュク]]）",
    "+ [[PERSON:Katarzyna Nowak]] 様⏎いつもお世話になっております。",
    "+ 先日は[[PERSON:Grace Mwangi]]さんに通訳をお願いしました。",
    "+ [[PERSON:Pham Quoc Bao]]くんの転校手続きについて",
    "- ABC Trading 様⏎請求書を送付いたします。",
    "- Sakura Foods 様より見積書が届きました。",
    "- Blue Ocean Hotel 様（会場）",
    "- Tokyo Station（トウキョウ・ステーション）",
    "- Green Hills 201（グリーンヒルズ）",
    "- Microsoft Teams（マイクロソフト・チームズ）で会議を行います。",
    "- Windows Update（ウィンドウズ・アップデート）後に再起動してください。",
    "- Hello Work さんに求人票を提出。",
    "- Dear Sir/Madam 様",
    "- Customer Support 殿",
    "- Mister Donut さんの駐車場",
    # 3. English / other-language labels, quotes, signatures
    "+ Name: [[PERSON:Gabriela Ionescu]]⏎Address: Shinjuku-ku",
    "+ Contact person: [[PERSON:Rashid Al-Mansoori]]",
    "+ Guardian: [[PERSON:Teresa Aquino]] (mother)",
    "+ Patient: [[PERSON:Viktor Horvath]], 45",
    "+ > [[PERSON:Ahmed Hassan]] wrote:⏎> 住民票は郵送できますか？",
    "+ 書類は来週お持ちします。⏎– [[PERSON:Rebecca Lindqvist]]",
    "+ Thanks for your help!⏎-- [[PERSON:Juan Pablo Medina]]",
    "+ ชื่อ [[PERSON:สมชาย ใจดี]] อายุ 34 ปี",
    "+ नाम: [[PERSON:राम बहादुर थापा]]",
    "+ Emergency contact: [[PERSON:Naledi Khumalo]] (sister)",
    "+ Interpreter: [[PERSON:Ayesha Siddiqui]] / 言語：ウルドゥー語",
    "+ On 3 May, [[PERSON:Felipe Araújo]] wrote:⏎> 保育園の申込みについて",
    "+ Applicant: [[PERSON:HUSSAIN, IMRAN]]",
    "+ Best regards,⏎[[PERSON:Emma Johansson]]",
    "+ Guardian name: [[PERSON:Le Quang Vinh]]",
    "- Name: (please write in block letters)",
    "- Contact person: Reception Desk",
    "- Guardian: not applicable",
    "- Patient: see attached sheet",
    "- > Support Team wrote:⏎> お問い合わせありがとうございます。",
    "- Best regards,⏎Customer Service Team",
    "- – Shinjuku City Office",
    "- Applicant: Hello Kitty Land Co.",
    "- ชื่อ โรงเรียน ญี่ปุ่น",
    "- Interpreter: Available on Tuesdays",
    # 4. kanji surnames alone in office notes
    "+ 福祉課 [[PERSON:長谷部]]より連絡あり、訪問は来週へ変更。",
    "+ 担当 [[PERSON:柳田]]（内線2314）",
    "+ 二係 [[PERSON:水野]] 確認済",
    "+ CW：[[PERSON:片桐]]　次回訪問 6/12",
    "+ 通訳 [[PERSON:島袋]]（ポルトガル語）",
    "+ 担任 [[PERSON:桑原]]より保護者へ電話済み。",
    "+ 顧問 [[PERSON:真鍋]]の了承を得た。",
    "+ [[PERSON:小西]]→[[PERSON:樋口]] 引継",
    "+ 引継：[[PERSON:大塚]]→[[PERSON:浜田]]（4/1付）",
    "+ 旧姓 [[PERSON:岡崎]]",
    "+ 旧姓：[[PERSON:久保田]]（婚姻により変更）",
    "+ 以上、よろしくお願いいたします。[[PERSON:佐伯]]です。",
    "+ 本日の件、了解しました。[[PERSON:矢野]]です",
    "+ [[PERSON:西村]]：明日の会議は10時からです⏎[[PERSON:荒木]]：承知しました",
    "+ [[PERSON:菅原]]: 書類届きました",
    "+ 納税課 [[PERSON:平野]]⏎口座振替の件、折り返しください。",
    "+ 担当 [[PERSON:永井]]・[[PERSON:河合]]",
    "+ 保健師 [[PERSON:杉山]]が同行予定。",
    "+ 相談員 [[PERSON:稲垣]]",
    "+ 三係 [[PERSON:丸山]] 不在のため代理対応",
    "- 福祉課 窓口にて受付",
    "- 担当 未定",
    "- 二係 会議室",
    "- CW：未配置",
    "- 通訳 不要",
    "- 担任 変更なし",
    "- 顧問 弁護士に相談予定",
    "- 申請→審査→決定 の流れ",
    "- 旧姓 使用の届出について",
    "- 以上です。",
    "- 質問：申請期限はいつですか？⏎回答：3月末です。",
    "- 担当 中央（本庁舎）",
    "- 福祉課 高齢係より通知",
    "- 二係 平日のみ対応",
    # 5. more positives
    "+ 相手 [[PERSON:Bongani Zulu]] 氏とは連絡がつかない。",
    "+ 妻：[[PERSON:Anh Thu Vo]]、子：[[PERSON:Kenji Vo]]",
    "+ 通訳 [[PERSON:Maria Fernanda Rojas]] が同席",
    "+ 2. [[PERSON:Obinna Eze]]（在留カード確認済）",
    "+ [[PERSON:Sanjay Patel]]様（[[PERSON:サンジェイ・パテル]]）",
    "+ Patient name: [[PERSON:Jarosław Zieliński]]",
    "+ 担当 [[PERSON:芦田]]",
    "+ [[PERSON:宇野]]→[[PERSON:根本]] 引継済",
    "- 相手 Amazon Japan（配送業者）",
    "- 2. Kyoto Tower 見学",
    "- Contact person: TBD",
    "- 担当 本人",
)
ROWS_AL = "\n" + "\n".join(_LINES) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_AL, seed=20261207, held_out=is_holdout_al, tag="ral")
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
