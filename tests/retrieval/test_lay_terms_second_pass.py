"""The lay glossary's second pass (2026-12-05): everyday wording for article captions and defined
terms, written from the statute XML alone.

Each row is an everyday phrase written for this test (not taken from any question set) and a
statutory term the packaged glossary must add for it; the first part of the glossary did not.
"""

from __future__ import annotations

import pytest

from govrag.retrieval.thesaurus import default_lay_terms

# (an everyday question, a statutory term it must expand to)
SECOND_PASS = [
    ("近所の人が勝手に家に上がり込んできた", "住居侵入等"),
    ("帰らない客がいて困っている", "退去しなかった"),
    ("同僚が私のことを言いふらしている", "名誉毀損"),
    ("寝たきりの親を置いて出かけた", "保護責任者遺棄等"),
    ("医者が秘密をしゃべった", "秘密漏示"),
    ("市の職員に暴力をふるった人がいる", "公務執行妨害及び職務強要"),
    ("公務員に金を渡して頼みごとをした", "贈賄"),
    ("離婚の財産分けはどうなる", "財産分与"),
    ("遺産がもらえない兄弟がいる", "遺留分"),
    ("大家が使うから出ていってと言われた", "正当の事由"),
    ("登録内容を直してほしい", "訂正請求"),
    ("道路の陥没で自転車が転んだ", "公の営造物の設置又は管理に瑕疵"),
    ("市長を辞めさせる手続は", "解職の請求"),
    ("本をスキャンして自分で読む", "私的使用のための複製"),
    ("カードを落としたらどうする", "個人番号カード"),
]


@pytest.mark.parametrize(("question", "term"), SECOND_PASS)
def test_second_pass_phrases_reach_the_statutes_terms(question: str, term: str) -> None:
    assert term in default_lay_terms().expansions(question)
