"""Round AW: PERSON in messages and forms of other languages (person_aw.py) — relation and
self-introduction words, person labels and questionnaire answers, closings, kana records, a
memo's signature. Every value is invented (values
differ from the round's batch and evaluation rows)."""

from __future__ import annotations

import pytest

from .conftest import scan_values


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "Ako po ang nanay ni Clarisse Bautista. Hindi po siya papasok ngayon.",
            "PERSON",
            ["Clarisse Bautista"],
        ),
        (
            "Boa tarde, sou a Renata Alves, mãe da aluna Beatriz Alves.",
            "PERSON",
            ["Renata Alves", "Beatriz Alves"],
        ),
        ("Sou do Japão e moro aqui há dois anos.", "PERSON", []),
        ("Reminder: Zoe Fontaine's birthday is on Friday.", "PERSON", ["Zoe Fontaine"]),
        ("Thanks for the club's newsletter.", "PERSON", []),
        ("老师您好，我是黄子涵的爸爸。", "PERSON", ["黄子涵"]),
        ("안녕하세요, 정하린 엄마입니다.", "PERSON", ["정하린"]),
        ("Nome da aluna: Larissa Mota⏎Série: 3", "PERSON", ["Larissa Mota"]),
        ("Nome do curso: Matemática Básica", "PERSON", []),
        ("Họ tên phụ huynh: Đặng Văn Lộc⏎Lớp: 4-1", "PERSON", ["Đặng Văn Lộc"]),
        ("2. Name of guardian⏎A. Tobias Wren⏎3. Phone", "PERSON", ["Tobias Wren"]),
        ("2. Name of school⏎A. Kita Junior High", "PERSON", []),
        ("Obrigada pela ajuda.⏎Atenciosamente,⏎Marina", "PERSON", ["Marina"]),
        ("Atenciosamente,⏎Equipe de Matrícula Escolar", "PERSON", []),
        ('{"child": "佐久間 ゆずは", "grade": 3}', "PERSON", ["佐久間 ゆずは"]),
        ("受給者：スワンナプームケオ　支給 5月", "PERSON", ["スワンナプームケオ"]),
        ("受給者：該当なし", "PERSON", []),
        ("2 0155 312 1 4412098 ﾎﾞﾙｹﾞｽ ﾙｲｽ        0000021000", "PERSON", ["ﾎﾞﾙｹﾞｽ ﾙｲｽ"]),
        ("在庫移動⏎01 ﾀｵﾙ 0005 331-2298104 入庫", "PERSON", []),
        ("来週の点検は延期になりました。⏎以上⏎久保田", "PERSON", ["久保田"]),
        ("来週の点検は延期になりました。⏎以上⏎管理課", "PERSON", []),
        ("您好，我是孙悦，想问一下手续。", "PERSON", ["孙悦"]),
    ],
)
def test_values(text: str, kind: str, expected: list[str]) -> None:
    assert scan_values(text, kind) == expected
