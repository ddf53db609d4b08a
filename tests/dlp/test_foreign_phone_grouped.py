"""A foreign number written with its country code (``+49 30 …``, ``+86 139 …``) is a phone in running
text of any language, with no phone label: 10-15 digits in all (E.164); shorter signed figures stay
unread. (Invented numbers.)"""

from __future__ import annotations

import pytest

from govrag.dlp import DLPEngine
from tests.dlp.conftest import found

PHONE = "PHONE_NUMBER"

POSITIVE = [
    ("Telefon: +49 30 71234560.", "+49 30 71234560"),
    ("Neue Anschrift: Lindenweg 4, 40210 Düsseldorf. Telefon: +49 211 7654321.", "+49 211 7654321"),
    ("请联系+86 138 2233 4455。谢谢！", "+86 138 2233 4455"),
    ("Her daughter lives abroad; contact: +1 415-555-0142.", "+1 415-555-0142"),
    ("โทร +66 81 234 5678 ค่ะ", "+66 81 234 5678"),
    ("お姉さんの番号は +44 20 7946 0321 です", "+44 20 7946 0321"),
    ("Ligue para +55 11 98765 4321, por favor.", "+55 11 98765 4321"),
    ("Mero bhai ko +977 9801234567 ma call garnus", "+977 9801234567"),
]

NEGATIVE = [
    "前年比 +12 345 678",  # nine digits: a signed figure
    "気温差 +1 2 3 度",
    "評価 +3.5 ポイント",
    "ID+12 3456789012",  # glued to a word
]


@pytest.mark.parametrize(("text", "value"), POSITIVE)
def test_country_code_number_is_a_phone(engine: DLPEngine, text: str, value: str) -> None:
    assert (PHONE, value) in found(engine, text)


@pytest.mark.parametrize("text", NEGATIVE)
def test_short_signed_figures_stay_unread(engine: DLPEngine, text: str) -> None:
    assert not {v for t, v in found(engine, text) if t == PHONE}
