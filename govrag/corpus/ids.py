"""e-Gov law ids and revision ids: from file names and from the ``<Law>`` attributes.

e-Gov names a file after its revision id ``<law_id>_<YYYYMMDD>_<amending law id>``
(``000000000000000`` for the original text). The file name is the primary source; the document
attributes (``Era``, ``Year``, ``LawType``, ``Num``) are a fallback that cannot tell every id
apart (e.g. 議員立法 ``AC1…`` ids), so :func:`law_id_from_attributes` covers the common types only.

>>> parse_file_name("405AC0000000088_20240926_506AC0000000065.xml")
FileId(law_id='405AC0000000088', revision_id='405AC0000000088_20240926_506AC0000000065')
>>> parse_file_name("405AC0000000088.xml")
FileId(law_id='405AC0000000088', revision_id=None)
>>> parse_file_name("notes.xml") is None
True
>>> law_id_from_attributes(era="Heisei", year="05", law_type="Act", num="088")
'405AC0000000088'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePath

__all__ = [
    "ERA_CODES",
    "LAW_ID_PATTERN",
    "REVISION_ID_PATTERN",
    "FileId",
    "is_law_id",
    "law_id_from_attributes",
    "parse_file_name",
]

#: e-Gov era codes (first digit of a law id).
ERA_CODES: dict[str, str] = {"Meiji": "1", "Taisho": "2", "Showa": "3", "Heisei": "4", "Reiwa": "5"}

#: The shape of a law id as a regex fragment (no anchors, no groups): era digit + 2-digit year,
#: then 12 upper-case letters/digits (``405AC0000000088``; ``321CONSTITUTION`` fits too). The one
#: spelling of the shape: other modules build their patterns on it.
LAW_ID_PATTERN = r"[1-5][0-9]{2}[0-9A-Z]{12}"
_REVISION_TAIL = r"_[0-9]{8}_[0-9A-Z]{15}"  # _<YYYYMMDD>_<amending law id>
#: A revision id ``<law_id>_<YYYYMMDD>_<amending law id>`` (``000000000000000``: the original
#: text) as a regex fragment (no anchors, no groups).
REVISION_ID_PATTERN = LAW_ID_PATTERN + _REVISION_TAIL
_FILE_RE = re.compile(rf"^(?P<law_id>{LAW_ID_PATTERN})(?P<revision>{_REVISION_TAIL})?$")
_LAW_ID_RE = re.compile(rf"^{LAW_ID_PATTERN}$")

# LawType -> the letters e-Gov puts after era+year, and the width of the number part.
_TYPE_CODES: dict[str, str] = {
    "Act": "AC0",
    "CabinetOrder": "CO0",
    "ImperialOrdinance": "IO0",
    "DajokanFukoku": "DF0",
    "DajokanTasshi": "DT0",
    "DajokanFutatsu": "DH0",
}


@dataclass(frozen=True, slots=True)
class FileId:
    """Law id and (when the name carries it) revision id read from a file name."""

    law_id: str
    revision_id: str | None


def is_law_id(text: str) -> bool:
    """True for a string shaped like an e-Gov law id (``405AC0000000088``).

    >>> is_law_id("405AC0000000088"), is_law_id("行政手続法")
    (True, False)
    """
    return bool(_LAW_ID_RE.match(text))


def parse_file_name(name: str | PurePath) -> FileId | None:
    """Read ``<law_id>[_<date>_<amendment>]`` from a file name (any extension); None if not one."""
    stem = PurePath(name).name.split(".", 1)[0]
    m = _FILE_RE.match(stem)
    if not m:
        return None
    revision = stem if m.group("revision") else None
    return FileId(law_id=m.group("law_id"), revision_id=revision)


def law_id_from_attributes(*, era: str | None, year: str | None, law_type: str | None,
                           num: str | None) -> str | None:
    """Best-effort law id from ``<Law Era Year LawType Num>``; None when it cannot be derived.

    Covers the Constitution, Acts (閣法 numbering ``AC0``), cabinet orders, imperial ordinances and
    太政官 instruments. Ministerial ordinances and rules need the issuing ministry's code, which
    the document does not carry, so they return None.

    >>> law_id_from_attributes(era="Showa", year="21", law_type="Constitution", num="000")
    '321CONSTITUTION'
    >>> law_id_from_attributes(era="Showa", year="22", law_type="MinisterialOrdinance", num="1") is None
    True
    """
    if era not in ERA_CODES or not year or not year.isdigit() or law_type is None:
        return None
    prefix = ERA_CODES[era] + f"{int(year):02d}"
    if len(prefix) != 3:
        return None
    if law_type == "Constitution":
        return prefix + "CONSTITUTION"
    code = _TYPE_CODES.get(law_type)
    if code is None or not num or not num.isdigit():
        return None
    return prefix + code + f"{int(num):09d}"
