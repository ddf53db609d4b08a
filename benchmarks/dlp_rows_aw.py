"""Round AW labelled rows (written 2026-12-05, before any rule change of round AW; every value invented).

Same format as ``dlp_rows_at.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break. Rows with ``i % 3 == 1`` (0-based, one third) form ``corpora/eval/pii_devholdout_raw.jsonl``
(never tuned on); the rest ``corpora/eval/pii_dev_raw.jsonl``.

Round AW is PERSON only, in the categories of the round's misses but in new wordings: (1) names in
messages of other languages (Tagalog, Portuguese, English possessives, Chinese, Vietnamese, Korean)
and a given name repeated after the full name; (2) labelled names in forms of other languages,
questionnaire answers, signatures after a foreign closing; (3) JSON / key-value records; (4) katakana
full names written without a space; (5) OCR'd forms with spaced characters; (6) half-width kana
account holders; (7) a surname alone signing a memo. Negatives of the same shapes.

    python benchmarks/dlp_rows_aw.py   # writes both files
"""

# ruff: noqa: E501  (labelled rows of the evaluation set are long lines)
from __future__ import annotations

__all__ = ["ROWS_AW", "is_holdout_aw"]


def is_holdout_aw(index: int) -> bool:
    """Rows 1, 4, 7, … (0-based): one third of the batch, spread over every topic."""
    return index % 3 == 1


_LINES = (
    # 1. messages in other languages
    "+ Magandang hapon po. Ako po ang tatay ni [[PERSON:Joshua Villanueva]]. Hindi po makakapasok si [[PERSON:Joshua]] bukas dahil may lagnat.",
    "+ Bom dia, sou a [[PERSON:Luciana Ferreira]], mãe do aluno [[PERSON:Gabriel Tanaka]] do 4º ano.",
    "+ O [[PERSON:Rafael Nakamura]] nasceu em Hamamatsu e o [[PERSON:Rafael]] já fala bem japonês.",
    "+ Hello, I'm writing about [[PERSON:Aiden Morales]]'s school trip. [[PERSON:Aiden]]'s mother will sign the form.",
    "+ 老师好，我是[[PERSON:陈思远]]的妈妈，孩子今天发烧想请假。",
    "+ 您好，我是[[PERSON:刘佳怡]]，住在三楼，想咨询一下手续。",
    "+ Chào cô, em là mẹ của bé [[PERSON:Nguyễn Gia Hân]] lớp 2-1. Hôm nay [[PERSON:Hân]] bị sốt nên xin nghỉ.",
    "+ Con tôi tên là [[PERSON:Trần Minh Khoa]], năm nay bảy tuổi.",
    "+ 안녕하세요, [[PERSON:김도윤]] 엄마입니다. 내일 상담 시간을 바꿀 수 있을까요?",
    "+ Kumusta po, si [[PERSON:Maricel Ocampo]] po ito, nanay ni [[PERSON:Andrei Ocampo]].",
    "+ Oi, aqui é o pai do [[PERSON:Lucas Hideki Souza]], ele vai faltar amanhã.",
    "+ Just a note that [[PERSON:Keanu Pereira]]'s birthday party is on Saturday.",
    "- Ako po si nanay ng bata sa 2-3, hindi po ako makakapunta bukas.",
    "- Sou do Brasil e moro em Toyohashi há três anos.",
    "- O Natal é feriado no Japão? A escola fecha nesse dia?",
    "- 我是三年级的家长，想问一下明天的活动。",
    "- Thanks for the school's newsletter, the teacher's note was helpful.",
    "- 안녕하세요, 3학년 담임입니다. 내일은 단축 수업입니다.",
    "- Chào cô, em là phụ huynh lớp 2-1, cho em hỏi lịch họp.",
    # 2. labelled names in forms, Q/A, closings
    "+ Nome do aluno: [[PERSON:Thiago Yamashita Costa]]⏎Turma: 5-1⏎Nome do responsável: [[PERSON:Patrícia Costa]]",
    "+ Pangalan: [[PERSON:Cristina Dela Cruz]]⏎Edad: 34⏎Trabaho: factory",
    "+ Họ tên học sinh: [[PERSON:Phạm Bảo Ngọc]]⏎Lớp: 3-2",
    "+ Họ và tên người giám hộ: [[PERSON:Lê Văn Thắng]]⏎Quan hệ: bố",
    "+ 1. Name of child⏎A. [[PERSON:Hannah Okafor]]⏎2. School year⏎A. Grade 3",
    "+ P1. Nome completo do responsável⏎R. [[PERSON:Marcos Vinícius Oliveira]]",
    "+ Maraming salamat po sa tulong ninyo.⏎Salamat po,⏎[[PERSON:Gloria Santiago]]",
    "+ Qualquer dúvida estou à disposição.⏎Obrigado,⏎[[PERSON:Eduardo Sasaki]]",
    "+ I'll bring the papers on Monday.⏎Thanks,⏎[[PERSON:Priya Raman]]",
    "- Nome do curso: Japonês Básico⏎Turma: 5-1",
    "- Pangalan ng paaralan: Higashi Elementary School",
    "- 1. Name of school⏎A. Minami Junior High",
    "- Obrigado,⏎Equipe de Apoio Escolar",
    # 3. JSON / key-value records
    '+ {"id": 771, "name": "[[PERSON:OKONKWO CHIDI]]", "kana": "[[PERSON:オコンクォ チディ]]"}',
    '+ {"child": "[[PERSON:佐伯 ひなた]]", "guardian": "[[PERSON:佐伯 まゆみ]]", "grade": 2}',
    '+ {"case": "K-2207", "contacts": [{"name": "[[PERSON:ROSARIO MENDOZA]]", "rel": "mother"}, {"name": "[[PERSON:桑原 茂]]", "rel": "staff"}]}',
    "+ name=[[PERSON:VU THI HUONG]]; kana=[[PERSON:ヴ ティ フオン]]; nationality=VN",
    '- {"name": "BASIC COURSE A", "room": 3, "kana": "キソ コース"}',
    '- {"child": "none", "guardian": "N/A", "contacts": []}',
    # 4. katakana names without a space
    "+ 受給者：[[PERSON:グエンヴァンハイ]]　支給月 4月分",
    "+ 窓口で「[[PERSON:ロドリゴアルヴェス]]です。よろしくお願いします」と挨拶された。",
    "+ 本日[[PERSON:ジョセフィンレイエス]]さんが来所し、書類を提出した。",
    "- 受給者：該当なし",
    "- 「パスポートです」と言って書類を出した。",
    "- インターナショナルスクールさんから連絡あり。",
    # 5. OCR'd forms with spaced characters
    "+ 氏  名   [[PERSON:村 上 美 穂]]⏎住  所   （略）",
    "+ 申 請 者 氏 名    [[PERSON:大 野 健 二]]⏎電 話   （略）",
    "- 件  名   介 護 保 険 料 の 通 知",
    # 6. half-width kana account holders
    "+ 口座名義（カナ）：[[PERSON:ﾓﾘﾀ ｹﾝｲﾁ]]",
    "+ 振込依頼⏎口座名義(ｶﾅ) [[PERSON:ｻﾝﾄｽ ﾏﾘｱ]]⏎金額 15,000",
    "- 口座名義（カナ）：ｶ)ﾄﾖﾊｼｼｮｳｼﾞ",
    "- 摘要 ｽｲﾄﾞｳﾘｮｳ 4ｶﾞﾂﾌﾞﾝ",
    # 7. a surname alone signing a memo
    "+ 明日の会議資料は共有フォルダに置きました。確認をお願いします。⏎[[PERSON:小松]]",
    "+ 来週の訪問日程を変更しました。⏎以上⏎[[PERSON:長谷部]]",
    "- 資料は共有フォルダに置きました。⏎以上",
    "- 明日の予定を確認してください。⏎総務課",
)
ROWS_AW = "\n" + "\n".join(_LINES) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_AW, seed=20261215, held_out=is_holdout_aw, tag="raw")
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
