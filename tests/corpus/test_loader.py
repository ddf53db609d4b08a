"""load_law on hostile, malformed and non-law files: each raises CorpusError naming the file, fast."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from govrag.corpus import DEFAULT_MAX_BYTES, load_law, parse_law_bytes
from govrag.corpus.loader import detect_format
from govrag.errors import CorpusError, GovragError
from tests.conftest import EGOV_TEXT, EGOV_XML

GYOTE = EGOV_XML / "405AC0000000088_20240926_506AC0000000065.xml"

BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE Law [\n <!ENTITY lol "lol">\n'
    + "".join(f' <!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n'
              for i in range(1, 10))
    + ']>\n<Law><LawNum>&lol9;</LawNum></Law>\n'
).encode()
XXE = (b'<?xml version="1.0"?>\n<!DOCTYPE Law [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
       b"<Law><LawNum>&xxe;</LawNum><LawBody><LawTitle>x</LawTitle></LawBody></Law>\n")
EXTERNAL_DTD = (b'<?xml version="1.0"?>\n<!DOCTYPE Law SYSTEM "http://127.0.0.1:9/law.dtd">\n'
                b"<Law><LawNum>x</LawNum></Law>\n")
PARAMETER_ENTITY = (b'<?xml version="1.0"?>\n<!DOCTYPE Law [<!ENTITY % p SYSTEM "http://127.0.0.1:9/p">'
                    b" %p;]>\n<Law/>\n")
QUADRATIC = (b'<?xml version="1.0"?>\n<!DOCTYPE Law [<!ENTITY a "' + b"A" * 50_000 + b'">]>\n<Law>'
             + b"&a;" * 50_000 + b"</Law>\n")


def _truncated() -> bytes:
    data = GYOTE.read_bytes()
    return data[: len(data) // 2]


CASES: list[tuple[str, bytes, str, int | None]] = [
    ("billion_laughs.xml", BILLION_LAUGHS, "hostile XML refused", None),
    ("xxe.xml", XXE, "hostile XML refused", None),
    ("external_dtd.xml", EXTERNAL_DTD, "hostile XML refused", None),
    ("parameter_entity.xml", PARAMETER_ENTITY, "hostile XML refused", None),
    ("quadratic_blowup.xml", QUADRATIC, "hostile XML refused", None),
    ("empty.xml", b"", "empty file", None),
    ("blank.xml", b"  \n\t\n", "empty file", None),
    ("binary.xml", bytes(range(256)) * 8, "binary file", None),
    ("utf16.xml", "<Law><LawNum>平成</LawNum></Law>".encode("utf-16"), "UTF-16 file", None),
    ("image.xml", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 64, "binary file", None),
    ("page.xml", b"<!DOCTYPE html>\n<html><body>e-Gov</body></html>", "HTML page", None),
    ("page2.xml", b"<html lang='ja'><head><title>x</title></head></html>", "HTML page", None),
    ("not_law.xml", b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>',
     "not an e-Gov law XML: root element <{http://www.w3.org/2000/svg}svg>", None),
    ("no_body.xml", b"<Law><LawNum>\xe5\xb9\xb3\xe6\x88\x90</LawNum></Law>", "lacks LawNum, LawBody",
     None),
    ("no_provisions.xml", b'<Law Era="Heisei" Year="05" LawType="Act" Num="1"><LawNum>x</LawNum>'
     b"<LawBody><LawTitle>t</LawTitle><MainProvision/></LawBody></Law>", "no articles or paragraphs",
     None),
    ("unclosed.xml", b'<?xml version="1.0"?>\n<Law>\n<LawNum>x</LawNum>\n<LawBody>\n', "malformed XML",
     5),
    ("mismatch.xml", b"<Law>\n<LawNum>x</LawTitle>\n</Law>", "malformed XML", 2),
    ("sjis.md", "# 行政手続法\n\n平成五年法律第八十八号\n".encode("shift_jis"), "not UTF-8", 1),
    ("late_sjis.md", "# 行政手続法\n\n".encode() + "第一条".encode("shift_jis"), "not UTF-8", 3),
    ("readme.md", "# 使い方\n\nこのフォルダには法令が入っています。\n".encode(), "law number", 3),
    ("notes.txt", "メモ：第一条を読むこと。\n".encode(), "first line must be", 1),
    ("truncated.xml", b"", "malformed XML", None),  # filled below
    # issue 11 §5: an encoding Python does not know was a bare LookupError
    ("bogus_encoding.xml", b'<?xml version="1.0" encoding="x-no-such-codec"?>\n<Law/>',
     "unknown encoding", None),
    ("cp_encoding.xml", "<?xml version='1.0' encoding='cp99999'?><Law><LawNum>法</LawNum></Law>"
     .encode(), "unknown encoding: cp99999", None),
]


@pytest.mark.parametrize(("name", "data", "message", "line"), CASES, ids=[c[0] for c in CASES])
def test_bad_files_raise_corpus_error_fast(tmp_path: Path, name: str, data: bytes, message: str,
                                           line: int | None) -> None:
    if name == "truncated.xml":
        data = _truncated()
    path = tmp_path / name
    path.write_bytes(data)
    start = time.perf_counter()
    with pytest.raises(CorpusError) as info:
        load_law(path)
    assert time.perf_counter() - start < 1.0, "hostile input must fail fast"
    err = info.value
    assert message in str(err)
    assert err.path == str(path) and str(path) in str(err)
    if line is not None:
        assert err.line == line
    if name == "truncated.xml":
        assert err.line is not None and err.line > 100
    assert "root:" not in str(err)  # never echo file content such as /etc/passwd


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="no such file"):
        load_law(tmp_path / "nope.xml")
    with pytest.raises(CorpusError, match="not a regular file"):
        load_law(tmp_path)


@pytest.mark.parametrize("limit", [1000, 100_000])
def test_size_limit(limit: int) -> None:
    with pytest.raises(CorpusError, match=f"over the {limit}-byte limit") as info:
        load_law(GYOTE, max_bytes=limit)
    assert info.value.path == str(GYOTE)
    assert load_law(GYOTE, max_bytes=GYOTE.stat().st_size).law_id == "405AC0000000088"
    assert DEFAULT_MAX_BYTES >= 16 * 1024 * 1024


def test_corpus_error_is_a_govrag_error() -> None:
    with pytest.raises(GovragError):
        parse_law_bytes(b"", source="x.xml")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b'<?xml version="1.0" encoding="UTF-8"?>\n<Law/>', "xml"),
        (b"\xef\xbb\xbf<Law/>", "xml"),
        (b"  \n<Law/>", "xml"),
        ("# 行政手続法施行令\n".encode(), "text"),
    ],
)
def test_detect_format(data: bytes, expected: str) -> None:
    assert detect_format(data) == expected


def test_dispatch_on_content_not_extension(tmp_path: Path) -> None:
    # the XML statute saved as .txt and the text statute saved as .xml still load correctly
    xml_copy = tmp_path / "405AC0000000088_20240926_506AC0000000065.txt"
    xml_copy.write_bytes(GYOTE.read_bytes())
    text_src = next(EGOV_TEXT.glob("406CO0000000265_*.md"))
    text_copy = tmp_path / text_src.with_suffix(".xml").name
    text_copy.write_bytes(text_src.read_bytes())
    assert load_law(xml_copy).title == "行政手続法"
    assert load_law(text_copy).title == "行政手続法施行令"


def test_file_without_law_id_needs_document_fallback(tmp_path: Path) -> None:
    path = tmp_path / "gyote.xml"
    path.write_bytes(GYOTE.read_bytes())
    law = load_law(path)
    assert (law.law_id, law.revision_id) == ("405AC0000000088", None)
    text = tmp_path / "rei.md"
    text.write_bytes(next(EGOV_TEXT.glob("406CO0000000265_*.md")).read_bytes())
    with pytest.raises(CorpusError, match="law id"):
        load_law(text)


@pytest.mark.parametrize("element", ["Ruby", "Chapter", "Sentence", "Item"])
def test_deep_nesting_is_a_corpus_error(element: str) -> None:
    depth = 30_000
    nest = f"<{element}>".encode() * depth + b"x" + f"</{element}>".encode() * depth
    data = (b'<Law Era="Heisei" Year="05" LawType="Act" Num="1"><LawNum>x</LawNum><LawBody>'
            b"<LawTitle>" + (nest if element == "Ruby" else b"t") + b"</LawTitle><MainProvision>"
            + {"Sentence": b"<Paragraph><ParagraphSentence>",
               "Item": b"<Paragraph><ParagraphSentence/>"}.get(element, b"")
            + (nest if element != "Ruby" else b"")
            + {"Sentence": b"</ParagraphSentence></Paragraph>",
               "Item": b"</Paragraph>"}.get(element, b"")
            + b"</MainProvision></LawBody></Law>")
    start = time.perf_counter()
    with pytest.raises(CorpusError, match="nested too deeply") as info:
        parse_law_bytes(data, source="deep.xml")
    assert info.value.path == "deep.xml"
    assert time.perf_counter() - start < 5.0


def test_misnamed_file_is_refused(tmp_path: Path) -> None:
    wrong = tmp_path / "129AC0000000089_20251001_505AC0000000053.xml"  # 民法's name, 行政手続法's text
    wrong.write_bytes(GYOTE.read_bytes())
    with pytest.raises(CorpusError, match="misnamed"):
        load_law(wrong)


def test_ids_from_a_sibling_index_csv(tmp_path: Path) -> None:
    # arbitrary file names, ids listed in an index.csv like the shared corpora's
    text_src = next(EGOV_TEXT.glob("406CO0000000265_*.md"))
    (tmp_path / "rei.md").symlink_to(text_src)
    (tmp_path / "gyote.xml").symlink_to(GYOTE)
    (tmp_path / "index.csv").write_text(
        "file,law_id,law_title,revision_id\n"
        f"somewhere/rei.md,406CO0000000265,行政手続法施行令,{text_src.stem}\n"
        "gyote.xml,405AC0000000088,行政手続法,405AC0000000088_20240926_506AC0000000065\n",
        encoding="utf-8")
    rei = load_law(tmp_path / "rei.md")
    assert (rei.law_id, rei.revision_id, rei.title) == ("406CO0000000265", text_src.stem, "行政手続法施行令")
    gyote = load_law(tmp_path / "gyote.xml")
    assert gyote.revision_id == "405AC0000000088_20240926_506AC0000000065"
