"""Round AT: one multilingual label lexicon (labels_ml.py) read three ways — a staff question and
the next speaker's answer, a label right before its value, a column header over its cells. Every
value is invented (values differ from the round's evaluation rows)."""

from __future__ import annotations

import pytest

from .conftest import scan_values


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("Staff: Ngày sinh của bé?⏎Mẹ: 07/09/2016 ạ.", "DATE_OF_BIRTH", ["07/09/2016"]),
        ("職員: ¿Fecha de nacimiento?⏎Señor: 11 de enero de 1975", "DATE_OF_BIRTH", ["11 de enero de 1975"]),
        ("通訳: Tanggal lahir anaknya?⏎Ibu: 3 Maret 2014", "DATE_OF_BIRTH", ["3 Maret 2014"]),
        ("Staff: Kailan po dumating sa Japan?⏎Nanay: 3 Marso 2014 po.", "DATE_OF_BIRTH", []),
        ("통역: 여권번호를 알려 주세요.⏎아버지: M40918273", "JP_PASSPORT", ["M40918273"]),
        ("通訳: Qual é o número do pedido?⏎Pai: FX1029384", "JP_PASSPORT", []),
        ("Pasaporte de mi hijo: PAD220917", "JP_PASSPORT", ["PAD220917"]),
        ("Số hộ chiếu: C5520913", "JP_PASSPORT", ["C5520913"]),
        ("Số biên nhận: C5520913", "JP_PASSPORT", []),
        ("janma miti 2011-06-19 (6月19日)", "DATE_OF_BIRTH", ["2011-06-19"]),
        ("息子は誕生日が４月２日で、来月から登園します。", "DATE_OF_BIRTH", ["４月２日"]),
        ("締切日が４月２日で、会場は体育館です。", "DATE_OF_BIRTH", []),
        ("組\t氏名\t誕生日⏎1-2\t森 葵\t7/14⏎1-3\t林 翔\t12/2", "DATE_OF_BIRTH", ["7/14", "12/2"]),
        ("組\t行事\t日付⏎1-2\t遠足\t7/14", "DATE_OF_BIRTH", []),
        (
            "ID        BIRTHDATE  ZIP      K⏎B0000211  19800317   4410091  1⏎B0000212  20010605   4410092  2",
            "JP_POSTAL_CODE",
            ["4410091", "4410092"],
        ),
        ("ID        KOUSHIN    ITEM     K⏎B0000211  20250317   4410091  1", "JP_POSTAL_CODE", []),
        ("振込不能一覧⏎01 ﾓﾘ ｱｵｲ 0005 331-2298104 口座なし", "JP_BANK_ACCOUNT", ["331-2298104"]),
        ("在庫移動一覧⏎01 ﾀｵﾙ 0005 331-2298104 入庫", "JP_BANK_ACCOUNT", []),
        # the titled list after a blank line (the title lookup once landed on the blank line)
        (
            "総務課 処理済み⏎⏎振込不能一覧⏎01 ﾓﾘ ｱｵｲ 0005 331-2298104 口座なし",
            "JP_BANK_ACCOUNT",
            ["331-2298104"],
        ),
        ("総務課 処理済み⏎⏎在庫移動一覧⏎01 ﾀｵﾙ 0005 331-2298104 入庫", "JP_BANK_ACCOUNT", []),
    ],
)
def test_values(text: str, kind: str, expected: list[str]) -> None:
    assert scan_values(text, kind) == expected
