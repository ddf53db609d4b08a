"""Round AK labelled rows (written 2026-12-05, before any rule change of round AK; every value invented).

Same format as ``dlp_rows_aib.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break, ``\\t`` a tab. Rows with ``i % 3 == 1`` (0-based, one third) form
``corpora/eval/pii_devholdout_rak.jsonl`` (never tuned on); the rest ``corpora/eval/pii_dev_rak.jsonl``.

Round AK's PERSON families (from the lead's categories, no eval row seen): Latin-script names after
self-introductions in many languages, name-like keys in JSON / key=value logs / SQL / form dumps / CSV,
ALL-CAPS card-holder names, fixed-width records with kana or romaji names, Chinese and Korean
self-introductions, Japanese surnames alone in office contexts, family members after relation labels.
Negatives: organisation, product and place names, fictional characters, company names containing a
surname, Latin non-names ("Dear Sir/Madam", "Housing Division", month and street names).

    python benchmarks/dlp_rows_ak.py   # writes both files
"""

from __future__ import annotations

__all__ = ["ROWS_AK", "is_holdout_ak"]


def is_holdout_ak(index: int) -> bool:
    """Rows 1, 4, 7, … (0-based): one third of the batch, spread over every topic."""
    return index % 3 == 1


_LINES = (
    # 1. Latin-script self-introductions
    "+ Hello, my name is [[PERSON:Rahul Shrestha]] and I live in Kawasaki.",
    "+ My name is [[PERSON:Ana Paula Ferreira]], I need help with my tax form.",
    "+ Dear officer, I am [[PERSON:Lwin Moe Aung]] from Myanmar, living in Nerima.",
    "+ Xin chào, tôi là [[PERSON:Nguyễn Văn Khải]], tôi muốn hỏi về thuế cư trú.",
    "+ Toi ten la [[PERSON:Tran Thi Mai]], sinh vien tai Osaka.",
    "+ Tôi tên là [[PERSON:Đỗ Thị Hương]]. Tôi cần giấy chứng nhận cư trú.",
    "+ Olá, sou [[PERSON:Mariana Costa Lima]] e moro em Hamamatsu.",
    "+ Meu nome é [[PERSON:Rodrigo Tanaka Souza]], trabalho em Toyota.",
    "+ Bonjour, je suis [[PERSON:Claire Dubois]], je souhaite renouveler ma carte.",
    (
        "+ Le locataire [[PERSON:Jean-Pierre Martin]], né le [[DATE_OF_BIRTH:3 mars 1984]], "
        "occupe l'appartement 204."
    ),
    "+ Magandang araw po, ako si [[PERSON:Maricel Dela Cruz]] taga Saitama.",
    "+ Guten Tag, mein Name ist [[PERSON:Lukas Becker]] und ich wohne in Sendai.",
    "+ Здравствуйте, меня зовут [[PERSON:Ольга Смирнова]], я живу в Саппоро.",
    "+ Namaste, mero naam [[PERSON:Sita Gurung]] ho, ma Shinjuku ma baschu.",
    "+ I am [[PERSON:Siobhan O'Brien]], an English teacher at a city junior high school.",
    (
        "+ Resident [[PERSON:Carlos Mendoza]] (DOB [[DATE_OF_BIRTH:1990-07-14]]) "
        "applied for a moving-out notice."
    ),
    "+ Correct name: [[PERSON:ABDUL KARIM RAHMAN]]",
    "+ [[PERSON:Priya Sharma]] said: the letter arrived yesterday.",
    (
        "+ From: \"[[PERSON:Kevin Walsh]]\" <[[EMAIL_ADDRESS:kwalsh@example.com]]>"
        "⏎Subject: residence certificate"
    ),
    "+ Dear Housing Division,⏎I am [[PERSON:Fatima Zahra Benali]] and I rent unit 3B.",
    "+ Hi, I'm [[PERSON:Bui Quang Huy]], my residence card expires next month.",
    "+ Meu nome é [[PERSON:João Pedro Nakamura]] e preciso do atestado de residência.",
    "- Dear Sir/Madam, I am writing to ask about the Housing Division opening hours.",
    "- Thank you for your help. Best regards, Housing Division",
    "- I am sorry, I am not sure which form to use in April.",
    "- My name is on the list, but the address is wrong (Sakura Street 2-1).",
    "- Le bureau est fermé le lundi. Merci beaucoup.",
    "- Tôi là sinh viên, tôi muốn hỏi về bảo hiểm y tế.",
    "- Olá, sou novo aqui e preciso de ajuda com o formulário.",
    "- I am a resident of Minato City and I need a certificate.",
    "- Mein Name ist auf dem Formular falsch geschrieben.",
    "+ From: \"City Hall Tax Section\" <[[EMAIL_ADDRESS:tax@example.lg.jp]]>",
    "- Customer Service said: the office opens at 9 a.m. in March.",
    "- Ako si nag-apply noong Hunyo para sa allowance.",
    # 2. name-like keys
    "+ {\"applicant\": {\"name\": \"[[PERSON:Hoang Minh Tuan]]\", \"nationality\": \"VN\"}}",
    "+ {\"tenant\": \"[[PERSON:前川 美咲]]\", \"unit\": \"305\", \"rent\": 68000}",
    "+ {\"guardian\": \"[[PERSON:Maria Santos]]\", \"child_age\": 7}",
    "+ {\"holder\": \"[[PERSON:SATOSHI KUDO]]\", \"bank\": \"0005\"}",
    "+ 2025-02-11T10:22:01 INFO update name=\"[[PERSON:Ramesh Thapa]]\" status=ok",
    "+ level=warn msg=\"mismatch\" holder=[[PERSON:ﾀﾅｶ ﾕｳｺ]] branch=215",
    "+ event=contract tenant=[[PERSON:Olivia Grant]] room=12",
    "+ UPDATE accounts SET holder='[[PERSON:小野寺 翼]]' WHERE id=4412;",
    "+ INSERT INTO residents (id, name) VALUES (881, '[[PERSON:Park Ji-hoon]]');",
    "+ last_name=[[PERSON:Silva]]&first_name=[[PERSON:Beatriz]]&ward=naka",
    "+ 番号,氏名,区分⏎1,[[PERSON:Nguyen Thi Lan]],転入⏎2,[[PERSON:吉岡 圭]],転出",
    "+ id,name,dept⏎17,[[PERSON:Anil Karki]],福祉課⏎18,[[PERSON:Emily Clark]],税務課",
    "- {\"name\": \"Housing Division\", \"floor\": 3}",
    "- {\"product\": {\"name\": \"Green Tea Latte\", \"price\": 450}}",
    "- level=info name=\"batch-export\" status=done",
    "- UPDATE items SET name='Sakura Ballpoint' WHERE id=12;",
    "- id,name,price⏎1,Rice Cracker,300⏎2,Green Tea,150",
    "- {\"venue\": {\"name\": \"Kawasaki Civic Hall\"}, \"month\": \"May\"}",
    # 3. card holders
    "+ カード名義：[[PERSON:KENTA OGAWA]]",
    "+ Cardholder: [[PERSON:ZHANG WEI]] / expiry 09/28",
    "+ 口座名義 [[PERSON:ﾔﾏｸﾞﾁ ﾘｮｳ]] 普通",
    "+ card holder [[PERSON:MEGUMI SASAKI]]",
    "+ 名義人 [[PERSON:LE VAN THANH]]（カタカナ表記：レ・ヴァン・タン）",
    "- カード名義：法人カード（VISA BUSINESS）",
    "- Cardholder name must match the passport (CAPITAL LETTERS).",
    "- 名義変更手続のご案内 ANNUAL FEE FREE",
    # 4. fixed-width records
    "+ 0001234  [[PERSON:ｲｼｶﾜ ﾏｻﾙ]]          0000045000⏎0001235  [[PERSON:ﾌｼﾞｲ ﾅｵﾐ]]          0000032000",
    "+ A10077 [[PERSON:HIROSHI ENDO]]        19790412 0012",
    "+ 0000918  [[PERSON:カトウ　ユミ]]        0000018000",
    "+ フリガナ [[PERSON:ﾆｼﾀﾞ ｱﾔｶ]]⏎預金者 [[PERSON:ﾆｼﾀﾞ ｱﾔｶ]]",
    "+ 預金者名 [[PERSON:ﾓﾘｵｶ ｼﾝｲﾁ]]",
    "- 0001236  ｺﾋﾟｰﾖｳｼ A4         0000000800",
    "- B20011 TOKYO BRANCH          20240401 0031",
    "- 0000919  ﾆﾕｳｷﾝ ﾃｽｳﾘﾖｳ       0000000440",
    # 5. Chinese / Korean
    "+ 您好，我叫[[PERSON:王小红]]，想咨询住民票的事。",
    "+ 我是[[PERSON:陈志强]]，住在大阪市北区。",
    "+ 姓名：[[PERSON:刘芳]]⏎电话：未填写",
    "+ 안녕하세요, 저는 [[PERSON:김민지]]입니다. 재류카드 갱신 문의드립니다.",
    "+ 이름: [[PERSON:박서준]]",
    "+ 성명 [[PERSON:이수빈]] / 국적 대한민국",
    "+ 我叫[[PERSON:Li Ming]]，是留学生。",
    "- 我是学生，想咨询国民健康保险。",
    "- 저는 학생입니다. 주민표가 필요합니다.",
    "- 姓名栏请用楷书填写。",
    "- 이름 칸에는 여권과 같은 영문으로 적어 주세요.",
    # 6. Japanese surnames in office contexts
    "+ 面接官：[[PERSON:大森]]、[[PERSON:川端]]（人事課）",
    "+ 出席職員 [[PERSON:宮下]]・[[PERSON:寺田]]",
    "+ 受付 [[PERSON:堀内]]",
    "+ 担当変更：[[PERSON:野々村]]係長 → [[PERSON:相沢]]主任",
    "+ 給与係 [[PERSON:杉浦]] 15:30⏎明細の再発行は明日になります",
    "+ お忙しいところすみません、税務課の件で折り返しお願いします。[[PERSON:古川]]です。",
    "+ 同居予定者：[[PERSON:上田 千尋]]（妻）",
    "+ 認定を受ける者：[[PERSON:松永 優斗]]",
    "+ 相手方 [[PERSON:黒木 隆之]] との協議が整わないため",
    "+ 夫になる人 [[PERSON:辻 翔太]]",
    "+ 作成者 [[PERSON:神田]] / 確認者 [[PERSON:三宅]]",
    "+ チャット⏎保険係 [[PERSON:岩崎]] 09:12⏎了解です",
    "- 面接会場：本庁舎3階 第2会議室",
    "- 受付 9:00〜17:00（土日祝を除く）",
    "- 担当：市民課 住民記録係",
    "- 給与係 15:30 締切",
    "- 相手方の同意書を添付してください。",
    "- 同居予定者がいる場合は別紙に記入すること。",
    # 7. literary / company false positives
    "- 図書館だより：今月のおすすめは『シャーロック・ホームズの冒険』です。",
    "- 読書会テーマ「坊っちゃん」と『吾輩は猫である』",
    "- 発注先：有限会社松岡建装（担当窓口）",
    "- 支払先 株式会社高畑製作所",
    "- 金融機関 ゆうちょ銀行",
    "- 映画上映会「ハリー・ポッターと賢者の石」を開催します。",
    "- Oliver Twist and Tom Sawyer are on the reading list for June.",
    "- Sakura Street, Maple Avenue and Kings Road will be closed on Monday.",
    "- Product: Panasonic Let's Note CF-SV1 (January model)",
    "- Venue: Yokohama Arena / Organizer: Kanagawa Prefecture",
    # 8. more positives across families
    "+ Tenant: [[PERSON:Mohammed Al-Farsi]] / Unit 201",
    "+ MY NAME IS [[PERSON:SUNIL BHANDARI]]",
    "+ Kính gửi anh chị, tôi là [[PERSON:Pham Duc Anh]], đang sống ở Nagoya.",
    "+ Je suis [[PERSON:Amélie Rousseau]], étudiante à Kyoto.",
    "+ 保証人 {\"name\": \"[[PERSON:Ruiz Fernando]]\"} 承認済み",
    "+ holder='[[PERSON:Kim Soo-yeon]]' acct=0012",
    "+ Applicant: [[PERSON:Nadia Petrova]]",
    "+ Меня зовут [[PERSON:Дмитрий Иванов]].",
    "+ 我叫[[PERSON:赵磊]]。",
    "+ 저는 [[PERSON:정하늘]]입니다.",
    "+ 面接官：[[PERSON:新井]]、[[PERSON:小宮]]",
    "+ 受付 [[PERSON:石原]]（総務課）",
    "+ mero naam [[PERSON:Bikash Tamang]] ho.",
    "- Tenant: vacant / Unit 202",
    "- Applicant: see attached form",
    "- 我叫车去车站。",
    "- MY NAME IS REQUIRED FIELD",
    "- Resident Services (DOB required) counter 3",
    "- Correct name: see passport",
)
ROWS_AK = "\n" + "\n".join(_LINES) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_AK, seed=20261206, held_out=is_holdout_ak, tag="rak")
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
