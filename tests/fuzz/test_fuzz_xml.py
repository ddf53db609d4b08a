"""load_law on mutated real e-Gov XML files raises only CorpusError (complements
tests/corpus/test_fuzz.py, which feeds bytes to parse_law_bytes: here the mutations target the
XML declaration — encodings, versions, standalone — and go through a real file)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from govrag.corpus import Law, load_law
from govrag.errors import CorpusError
from tests.conftest import EGOV_XML
from tests.fuzz.conftest import FUZZ

NAME = "405AC0000000088_20240926_506AC0000000065.xml"
BODY = (EGOV_XML / NAME).read_bytes().split(b"?>", 1)[1][:20000]
_ENCODINGS = st.one_of(
    st.sampled_from(["UTF-8", "utf8", "Shift_JIS", "EUC-JP", "UTF-16", "latin-1", "cp99999", "", "x" * 300]),
    st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=12),
)


@FUZZ
@given(
    encoding=_ENCODINGS,
    version=st.sampled_from(["1.0", "1.1", "2.0", ""]),
    at=st.integers(min_value=0, max_value=len(BODY)),
    junk=st.binary(max_size=6),
)
def test_load_law_on_mutated_xml_raises_only_corpus_error(
    encoding: str, version: str, at: int, junk: bytes
) -> None:
    decl = f'<?xml version="{version}" encoding="{encoding}"?>'.encode()
    data = decl + BODY[:at] + junk + BODY[at + len(junk) :]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / NAME
        path.write_bytes(data)
        try:
            law = load_law(path)
        except CorpusError as exc:
            assert exc.path == str(path)
            return
    assert isinstance(law, Law)
