"""``govrag scan`` / ``govrag redact`` through the real CLI entry point."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from govrag.cli import main

TEXT = "申請者山田太郎様の個人番号は123456789018です。【極秘】\n"


def _run(
    argv: list[str],
    capsys: pytest.CaptureFixture[str],
    stdin: bytes | None = None,
    monkeypatch: pytest.MonkeyPatch | None = None,
) -> tuple[int, str, str]:
    if stdin is not None and monkeypatch is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    rc = main(argv)
    out, err = capsys.readouterr()
    return rc, out, err


def test_scan_table_hides_values(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "memo.txt"
    f.write_text(TEXT, encoding="utf-8")
    rc, out, _ = _run(["scan", str(f)], capsys)
    assert rc == 0
    assert "機密性3" in out and "JP_MY_NUMBER" in out and "PERSON" in out
    assert "123456789018" not in out and "山田太郎" not in out


def test_scan_json_with_values(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "memo.txt"
    f.write_text(TEXT, encoding="utf-8")
    rc, out, _ = _run(["scan", str(f), "--json", "--show-values"], capsys)
    data = json.loads(out)
    assert rc == 0 and data["level"] == 3
    assert [(x["entity_type"], x["value"]) for x in data["findings"]] == [
        ("PERSON", "山田太郎"),
        ("JP_MY_NUMBER", "123456789018"),
    ]


def test_redact_from_stdin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    rc, out, _ = _run(["redact", "-"], capsys, stdin=TEXT.encode(), monkeypatch=monkeypatch)
    assert rc == 0
    assert out == "申請者<PERSON_1>様の個人番号は<JP_MY_NUMBER_1>です。【極秘】\n"


def test_redact_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "memo.txt"
    f.write_text(TEXT, encoding="utf-8")
    rc, out, _ = _run(["redact", str(f), "--json", "--operator", "mask"], capsys)
    data = json.loads(out)
    assert rc == 0 and data["operator"] == "mask" and "123456789018" not in data["text"]
    assert [x["entity_type"] for x in data["findings"]] == ["PERSON", "JP_MY_NUMBER"]


@pytest.mark.parametrize(
    ("payload", "message"), [(b"\xff\xfe\xfa", "not valid UTF-8"), (b"a\x00b", "binary")]
)
def test_binary_input_is_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], payload: bytes, message: str
) -> None:
    f = tmp_path / "bin.dat"
    f.write_bytes(payload)
    rc, _, err = _run(["scan", str(f)], capsys)
    assert rc == 2 and message in err


def test_large_file_streams_with_global_offsets_and_no_progress_when_piped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """issue 11 §5: scan/redact read a large file in blocks and windows (bounded memory)."""
    line = "行政庁は、申請の審査を開始しなければならない。" * 40 + "電話03-1234-5678。\n"
    text = line * 300  # ~1 MB of UTF-8, several read blocks and many windows
    f = tmp_path / "big.txt"
    f.write_text(text, encoding="utf-8")
    rc, out, err = _run(["scan", str(f), "--json"], capsys)
    data = json.loads(out)
    assert rc == 0 and len(data["findings"]) == 300 and data["level"] == 2
    assert all(text[x["start"] : x["end"]] == "03-1234-5678" for x in data["findings"])
    assert err == ""  # stderr is not a terminal here: no progress bar
    rc, out, _ = _run(["redact", str(f)], capsys)
    assert rc == 0 and out == text.replace("03-1234-5678", "<PHONE_NUMBER_1>")


def test_a_multibyte_character_split_between_read_blocks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import govrag.cli.dlp as cli_dlp

    monkeypatch.setattr(cli_dlp, "_BLOCK", 7)  # 7 bytes: every 3-byte character is cut somewhere
    f = tmp_path / "memo.txt"
    f.write_text(TEXT, encoding="utf-8")
    rc, out, _ = _run(["redact", str(f), "--json"], capsys)
    data = json.loads(out)
    assert rc == 0 and data["text"] == "申請者<PERSON_1>様の個人番号は<JP_MY_NUMBER_1>です。【極秘】\n"
    assert data["level"] == 3 and [x["entity_type"] for x in data["findings"]] == ["PERSON", "JP_MY_NUMBER"]
