"""``govrag corpus info|show|pull`` through ``govrag.cli.main``."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from govrag.cite.reference import Reference, parse_reference
from govrag.cli import main
from govrag.corpus import load_law
from govrag.errors import ConfigError
from tests.conftest import EGOV_XML

GYOTE = "405AC0000000088_20240926_506AC0000000065"
SHOW_LAWS = (
    f"{GYOTE}.xml",
    "322AC0000000067_20260101_506AC1000000064.xml",  # 地方自治法
    "411AC0000000042_20220401_503AC0000000037.xml",  # 情報公開法
    "129AC0000000089_20251001_505AC0000000053.xml",  # 民法
)


@pytest.fixture(scope="module")
def show_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Four real laws, linked (not copied) into a folder: `show` parses only these."""
    folder = tmp_path_factory.mktemp("show")
    for name in SHOW_LAWS:
        (folder / name).symlink_to(EGOV_XML / name)
    return folder


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_info_text_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "corpus", "info", str(EGOV_XML))
    assert code == 0
    assert out.startswith(f"{EGOV_XML}: 29 laws, 3920 articles (main provisions), ")
    assert out.rstrip().endswith("0 bad files")
    code, out, _ = run(capsys, "corpus", "info", str(EGOV_XML), "--json", "--laws")
    doc = json.loads(out)
    assert code == 0
    assert (doc["laws"], doc["articles"], doc["problems"]) == (29, 3920, [])
    assert len(doc["content_hash"]) == 64 and doc["provisions"] > 20_000
    gyote = next(x for x in doc["law_list"] if x["law_id"] == "405AC0000000088")
    assert (gyote["title"], gyote["articles"]) == ("行政手続法", 48)
    assert "行手法" in gyote["abbreviations"]


def test_info_reports_bad_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / f"{GYOTE}.xml").symlink_to(EGOV_XML / f"{GYOTE}.xml")
    (tmp_path / "broken.xml").write_bytes(b"<Law><LawNum>")
    code, out, err = run(capsys, "corpus", "info", str(tmp_path))
    assert code == 0 and "1 laws" in out and "1 bad files" in out
    assert "broken.xml" in err and "malformed XML" in err
    code, out, _ = run(capsys, "corpus", "info", str(tmp_path), "--json", "--strict")
    assert code == 1
    (problem,) = json.loads(out)["problems"]
    assert problem["path"].endswith("broken.xml") and problem["kind"] == "error"


@pytest.mark.parametrize(
    ("reference", "head", "body_start"),
    [
        ("行政手続法第七条第一項", "行政手続法第七条第一項　（申請に対する審査、応答）",
         "行政庁は、申請がその事務所に到達したときは"),
        ("行手法第2条第1項第1号", "行政手続法第二条第一項第一号　（定義）", "法令　法律、法律に基づく命令"),
        ("地方自治法第二百五十二条の十九", "地方自治法第二百五十二条の十九　（指定都市の権能）",
         "政令で指定する人口五十万以上の市"),
        ("情報公開法第五条第一号",
         "行政機関の保有する情報の公開に関する法律第五条第一項第一号　（行政文書の開示義務）",
         "個人に関する情報"),
        ("行政手続法附則第二項", "行政手続法附則第二項　（経過措置）", "この法律の施行前に第十五条第一項"),
        ("民法第五十条", "民法第三十八条から第八十四条まで", "削除"),
    ],
)
def test_show(capsys: pytest.CaptureFixture[str], show_dir: Path, reference: str, head: str,
              body_start: str) -> None:
    code, out, _ = run(capsys, "corpus", "show", str(show_dir), reference)
    assert code == 0
    first, rest = out.split("\n", 1)
    assert first == head and rest.startswith(body_start)


def test_show_json(capsys: pytest.CaptureFixture[str], show_dir: Path) -> None:
    code, out, _ = run(capsys, "corpus", "show", str(show_dir), "行政手続法第七条", "--json")
    doc = json.loads(out)
    assert code == 0
    assert (doc["law_id"], doc["article"], doc["paragraph"], doc["citation"]) == (
        "405AC0000000088", "7", None, "行政手続法第七条")


@pytest.mark.parametrize(
    ("reference", "code", "message"),
    [
        ("行政手続法第九十九条", 1, "does not exist"),
        ("行政手続第一条", 2, "close matches: 行政手続法"),
        ("行政手続法", 2, "not a statute reference"),
        ("こんにちは", 2, "not a statute reference"),
    ],
)
def test_show_errors(capsys: pytest.CaptureFixture[str], show_dir: Path, reference: str, code: int,
                     message: str) -> None:
    got, _, err = run(capsys, "corpus", "show", str(show_dir), reference)
    assert got == code and message in err


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        ("行政手続法第七条第一項", (), Reference("行政手続法", False, "7", 1, None)),
        ("地方自治法第二百五十二条の十九第一項第五号の二", (),
         Reference("地方自治法", False, "252_19", 1, "5_2")),
        ("行政手続法 附則 第一条", (), Reference("行政手続法", True, "1", None, None)),
        ("金融商品取引法第二条に規定する定義に関する内閣府令第一条",
         ("金融商品取引法", "金融商品取引法第二条に規定する定義に関する内閣府令"),
         Reference("金融商品取引法第二条に規定する定義に関する内閣府令", False, "1", None, None)),
        ("行手法第２条", (), Reference("行手法", False, "2", None, None)),
    ],
)
def test_parse_reference(text: str, names: tuple[str, ...], expected: Reference) -> None:
    assert parse_reference(text, names) == expected


@pytest.mark.parametrize("text", ["第七条第一項", "附則第二条", "行政手続法", "こんにちは", ""])
def test_parse_reference_rejects_non_references(text: str) -> None:
    with pytest.raises(ConfigError, match="not a statute reference"):
        parse_reference(text)


@pytest.mark.parametrize("command", ["info", "show", "pull"])
def test_help_has_examples(capsys: pytest.CaptureFixture[str], command: str) -> None:
    with pytest.raises(SystemExit) as info:
        main(["corpus", command, "--help"])
    out = capsys.readouterr().out
    assert info.value.code == 0
    assert "examples:" in out and f"govrag corpus {command}" in out and "--json" in out


class _ApiHandler(BaseHTTPRequestHandler):
    """e-Gov 法令API v2 ``law_data`` for one law, served from the shared corpus file."""

    def do_GET(self) -> None:
        if not self.path.startswith("/law_data/405AC0000000088"):
            self.send_response(404)
            self.end_headers()
            return
        data = (EGOV_XML / f"{GYOTE}.xml").read_bytes()
        law = data[data.index(b"<Law"):data.rindex(b"</Law>") + len(b"</Law>")]
        body = (b"<law_data_response><law_info><law_id>405AC0000000088</law_id>"
                b"<law_num>\xe5\xb9\xb3\xe6\x88\x90\xe4\xba\x94\xe5\xb9\xb4\xe6\xb3\x95\xe5\xbe\x8b"
                b"\xe7\xac\xac\xe5\x85\xab\xe5\x8d\x81\xe5\x85\xab\xe5\x8f\xb7</law_num></law_info>"
                b"<revision_info><law_revision_id>" + GYOTE.encode() + b"</law_revision_id>"
                b"</revision_info><law_full_text>" + law + b"</law_full_text></law_data_response>")
        self.send_response(200)
        self.send_header("Content-Type", "application/xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        return


@pytest.fixture()
def api_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _ApiHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_pull_writes_loadable_files(tmp_path: Path, api_url: str,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    out_dir = tmp_path / "statutes"
    code, out, _ = run(capsys, "corpus", "pull", "405AC0000000088", "--out", str(out_dir),
                       "--base-url", api_url, "--json", "--retries", "0")
    assert code == 0
    (written,) = json.loads(out)["written"]
    law = load_law(written)
    assert (law.law_id, law.revision_id, law.title) == ("405AC0000000088", GYOTE, "行政手続法")
    code, out, _ = run(capsys, "corpus", "show", str(out_dir), "行政手続法第七条第一項")
    assert code == 0 and "行政庁は、申請がその事務所に到達したときは" in out


def test_pull_unknown_law_fails_cleanly(tmp_path: Path, api_url: str,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "corpus", "pull", "999AC0000000999", "--out", str(tmp_path),
                       "--base-url", api_url, "--retries", "0", "--json")
    assert code == 2 and "999AC0000000999" in err
