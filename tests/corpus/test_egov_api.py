"""e-Gov 法令API v2 client against a real HTTP server on 127.0.0.1 that serves the shared
e-Gov XML corpus in the API's ``law_data_response`` envelope."""

from __future__ import annotations

import base64
import csv
import hashlib
import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import httpx
import pytest

from govrag.corpus.egov_api import EgovApiError, EgovPullError, parse_law_data_response, pull
from govrag.errors import ConfigError, CorpusError

GYOTE = "405AC0000000088"  # 行政手続法
GYOTE_REV = "405AC0000000088_20240926_506AC0000000065"
KENPO = "321CONSTITUTION"
KENPO_REV = "321CONSTITUTION_19470503_000000000000000"


@dataclass
class _State:
    laws: dict[str, dict[str, str]]  # law id / revision id / law number -> index.csv row
    root: Path
    plans: dict[str, list[str]] = field(default_factory=dict)
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def next_action(self, key: str) -> str:
        with self.lock:
            plan = self.plans.get(key)
            return plan.pop(0) if plan else "ok"


def _law_element(path: Path) -> bytes:
    data = path.read_bytes()
    return data[data.index(b"<Law"):data.rindex(b"</Law>") + len(b"</Law>")]


def _envelope(row: dict[str, str], law: bytes, *, revision_id: str | None = None) -> bytes:
    rev = revision_id if revision_id is not None else row["revision_id"]
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<law_data_response>'
        f"<law_info><law_type>{row['law_type']}</law_type><law_id>{row['law_id']}</law_id>"
        f"<law_num>{row['law_num']}</law_num></law_info>"
        f"<revision_info><law_revision_id>{rev}</law_revision_id>"
        f"<law_title>{row['law_title']}</law_title></revision_info><law_full_text>"
    ).encode() + law + b"</law_full_text></law_data_response>"


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: object) -> None:  # keep test output clean
        pass

    def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None,
              ctype: str = "application/xml") -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def _error(self, status: int, code: str, message: str) -> None:
        body = json.dumps({"code": code, "message": message}, ensure_ascii=False).encode()
        self._send(status, body, ctype="application/json")

    def do_GET(self) -> None:
        state = self.server.state
        url = urlsplit(self.path)
        state.requests.append((url.path, {k.lower(): v for k, v in self.headers.items()}))
        prefix = "/api/2/law_data/"
        if not url.path.startswith(prefix):
            return self._error(404, "404000", "no such endpoint")
        key = unquote(url.path[len(prefix):])
        query = parse_qs(url.query)
        if query.get("law_full_text_format") != ["xml"] or query.get("response_format") != ["xml"]:
            return self._error(400, "400002", "law_full_text_format/response_format must be xml here")
        action = state.next_action(key)
        if action == "429":
            body = json.dumps({"code": "429000", "message": "Too Many Requests"}).encode()
            return self._send(429, body, {"Retry-After": "1"}, "application/json")
        if action == "500":
            return self._error(500, "500000", "内部エラー")
        if action == "slow":
            time.sleep(1.5)
        row = state.laws.get(key)
        if row is None:
            return self._error(404, "404001", "指定された法令が見つかりません。")
        law = _law_element(state.root / row["file"])
        etag = '"' + hashlib.sha256(law).hexdigest()[:20] + '"'
        if action == "ok" and self.headers.get("If-None-Match") == etag:
            return self._send(304, b"", {"ETag": etag})
        if action == "malformed":
            body = _envelope(row, law)[: len(law) // 2]
        elif action == "wrong-law":
            other = next(r for r in state.laws.values() if r["law_id"] != row["law_id"])
            body = _envelope(other, _law_element(state.root / other["file"]))
        elif action == "traversal":
            body = _envelope(row, law, revision_id="../../evil")
        elif action == "xxe":
            body = (b'<?xml version="1.0"?><!DOCTYPE law_data_response [<!ENTITY x SYSTEM '
                    b'"file:///etc/passwd">]><law_data_response><law_full_text><Law>&x;</Law>'
                    b"</law_full_text></law_data_response>")
        elif action == "no-law":
            body = _envelope(row, b"")
        elif action == "json":
            payload = {
                "law_info": {"law_id": row["law_id"], "law_num": row["law_num"], "law_type": row["law_type"]},
                "revision_info": {"law_revision_id": row["revision_id"], "law_title": row["law_title"]},
                "law_full_text": base64.b64encode(law).decode(),
            }
            return self._send(200, json.dumps(payload).encode(), ctype="application/json")
        else:
            body = _envelope(row, law)
        self._send(200, body, {"ETag": etag})


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    state: _State


@pytest.fixture(scope="module")
def api(corpora_dir: Path) -> Iterator[tuple[str, _State]]:
    root = corpora_dir
    laws: dict[str, dict[str, str]] = {}
    with (root / "egov-xml" / "index.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            for key in (row["law_id"], row["revision_id"], row["law_num"]):
                laws[key] = row
    server = _Server(("127.0.0.1", 0), _Handler)
    server.state = _State(laws=laws, root=root)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/api/2", server.state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@pytest.fixture
def state(api: tuple[str, _State]) -> _State:
    api[1].plans.clear()
    api[1].requests.clear()
    return api[1]


@pytest.fixture
def base(api: tuple[str, _State]) -> str:
    return api[0]


def _requests_for(state: _State, key: str) -> int:
    return sum(1 for path, _ in state.requests if path.endswith("/" + key))


# -- success ---------------------------------------------------------------------------------

def test_pull_writes_law_element_byte_for_byte(base: str, state: _State, tmp_path: Path,
                                               corpora_dir: Path) -> None:
    paths = pull([GYOTE, KENPO], out_dir=tmp_path, base_url=base)
    assert [p.name for p in paths] == [f"{GYOTE_REV}.xml", f"{KENPO_REV}.xml"]
    for path, rev in zip(paths, (GYOTE_REV, KENPO_REV), strict=True):
        original = _law_element(corpora_dir / "egov-xml" / f"{rev}.xml")
        written = path.read_bytes()
        assert written.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<Law ')
        assert _law_element(path) == original
    assert "行政手続法" in paths[0].read_text("utf-8")


def test_pulled_file_loads_as_a_law(base: str, state: _State, tmp_path: Path) -> None:
    from govrag.corpus import load_law

    (path,) = pull([GYOTE], out_dir=tmp_path, base_url=base)
    law = load_law(path)
    assert (law.law_id, law.revision_id, law.title) == (GYOTE, GYOTE_REV, "行政手続法")
    assert law.law_num == "平成五年法律第八十八号"


@pytest.mark.parametrize(
    "requested", [GYOTE_REV, "平成五年法律第八十八号"], ids=["revision-id", "law-number"]
)
def test_pull_by_revision_id_or_law_number(base: str, state: _State, tmp_path: Path, requested: str) -> None:
    (path,) = pull([requested], out_dir=tmp_path, base_url=base)
    assert path.name == f"{GYOTE_REV}.xml"


def test_pull_accepts_json_envelope(base: str, state: _State, tmp_path: Path, corpora_dir: Path) -> None:
    state.plans[GYOTE] = ["json"]
    (path,) = pull([GYOTE], out_dir=tmp_path, base_url=base)
    assert _law_element(path) == _law_element(corpora_dir / "egov-xml" / f"{GYOTE_REV}.xml")


def test_pull_uses_caller_client_and_leaves_it_open(base: str, state: _State, tmp_path: Path) -> None:
    with httpx.Client(headers={"User-Agent": "caller-agent"}) as client:
        pull([KENPO], out_dir=tmp_path, base_url=base, client=client, progress=True)
        assert not client.is_closed
    assert state.requests[-1][1]["user-agent"] == "caller-agent"


# -- retries ---------------------------------------------------------------------------------

def test_429_then_200_honours_retry_after(base: str, state: _State, tmp_path: Path) -> None:
    state.plans[GYOTE] = ["429"]
    started = time.monotonic()
    (path,) = pull([GYOTE], out_dir=tmp_path, base_url=base, backoff=0.0)
    assert time.monotonic() - started >= 0.9  # Retry-After: 1 was honoured
    assert path.exists()
    assert _requests_for(state, GYOTE) == 2


def test_500_retries_then_fails_with_law_id(base: str, state: _State, tmp_path: Path) -> None:
    state.plans[GYOTE] = ["500"] * 10
    with pytest.raises(EgovApiError) as info:
        pull([GYOTE], out_dir=tmp_path, base_url=base, retries=2, backoff=0.01)
    err = info.value
    assert isinstance(err, CorpusError)
    assert err.status == 500 and err.law_id == GYOTE
    assert GYOTE in str(err) and "内部エラー" in str(err)
    assert _requests_for(state, GYOTE) == 3
    assert not list(tmp_path.iterdir())


def test_500_then_ok_recovers(base: str, state: _State, tmp_path: Path) -> None:
    state.plans[GYOTE] = ["500", "500"]
    (path,) = pull([GYOTE], out_dir=tmp_path, base_url=base, retries=2, backoff=0.01)
    assert path.exists() and _requests_for(state, GYOTE) == 3


def test_timeout_is_retried(base: str, state: _State, tmp_path: Path) -> None:
    state.plans[GYOTE] = ["slow"]
    (path,) = pull([GYOTE], out_dir=tmp_path, base_url=base, timeout=0.5, retries=1, backoff=0.0)
    assert path.exists() and _requests_for(state, GYOTE) == 2


def test_connection_refused_is_corpus_error(tmp_path: Path) -> None:
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(EgovApiError, match="network error") as info:
        pull([GYOTE], out_dir=tmp_path, base_url=f"http://127.0.0.1:{port}/api/2", retries=1, backoff=0.0)
    assert info.value.status is None and info.value.law_id == GYOTE


# -- failures that are not retried ---------------------------------------------------------

def test_404_is_not_retried(base: str, state: _State, tmp_path: Path) -> None:
    with pytest.raises(EgovApiError, match="law not found") as info:
        pull(["499AC0000000999"], out_dir=tmp_path, base_url=base)
    assert info.value.status == 404
    assert "499AC0000000999" in str(info.value) and "見つかりません" in str(info.value)
    assert _requests_for(state, "499AC0000000999") == 1


@pytest.mark.parametrize(
    ("action", "message"),
    [
        ("malformed", "not well-formed"),
        ("wrong-law", "another law"),
        ("traversal", "unusable law_revision_id"),
        ("xxe", "not well-formed"),
        ("no-law", "no law_full_text/Law"),
    ],
)
def test_bad_bodies_raise(base: str, state: _State, tmp_path: Path, action: str, message: str) -> None:
    state.plans[GYOTE] = [action]
    with pytest.raises(EgovApiError, match=message) as info:
        pull([GYOTE], out_dir=tmp_path, base_url=base, retries=0)
    assert info.value.law_id == GYOTE
    assert not list(tmp_path.iterdir())  # nothing written, nothing outside out_dir
    assert not (tmp_path.parent / "evil.xml").exists()


def test_partial_failure_writes_good_laws_and_reports_bad(base: str, state: _State, tmp_path: Path) -> None:
    state.plans[KENPO] = ["malformed"]
    with pytest.raises(EgovPullError) as info:
        pull([GYOTE, KENPO, "499AC0000000999"], out_dir=tmp_path, base_url=base, retries=0)
    err = info.value
    assert set(err.failures) == {KENPO, "499AC0000000999"}
    assert [p.name for p in err.written] == [f"{GYOTE_REV}.xml"]
    assert (tmp_path / f"{GYOTE_REV}.xml").exists()
    assert "2 of 3 laws failed" in str(err)


# -- cache -----------------------------------------------------------------------------------

def test_cache_revalidates_with_etag(base: str, state: _State, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    pull([GYOTE], out_dir=tmp_path / "a", base_url=base, cache_dir=cache)
    assert "if-none-match" not in state.requests[-1][1]
    (path,) = pull([GYOTE], out_dir=tmp_path / "b", base_url=base, cache_dir=cache)
    assert state.requests[-1][1]["if-none-match"].startswith('"')  # server answered 304
    assert path.read_bytes() == (tmp_path / "a" / path.name).read_bytes()


def test_cache_serves_revision_ids_without_a_request(base: str, state: _State, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    pull([GYOTE_REV], out_dir=tmp_path / "a", base_url=base, cache_dir=cache)
    before = len(state.requests)
    (path,) = pull([GYOTE_REV], out_dir=tmp_path / "b", base_url=base, cache_dir=cache)
    assert len(state.requests) == before
    assert path.exists()


def test_corrupt_cache_entry_is_refetched(base: str, state: _State, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    pull([GYOTE_REV], out_dir=tmp_path / "a", base_url=base, cache_dir=cache)
    for body in cache.glob("*.body"):
        body.write_bytes(b"garbage")
    before = len(state.requests)
    pull([GYOTE_REV], out_dir=tmp_path / "b", base_url=base, cache_dir=cache)
    assert len(state.requests) == before + 1


# -- arguments and parsing -----------------------------------------------------------------

@pytest.mark.parametrize(
    ("ids", "kwargs", "message"),
    [
        (GYOTE, {}, "not one string"),
        ([], {}, "at least one"),
        ([""], {}, "at least one"),
        ([GYOTE], {"base_url": "ftp://x"}, "http"),
        ([GYOTE], {"timeout": 0}, "bad network settings"),
        ([GYOTE], {"retries": -1}, "bad network settings"),
    ],
)
def test_bad_arguments_are_config_errors(tmp_path: Path, ids: object, kwargs: dict[str, object],
                                         message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        pull(ids, out_dir=tmp_path, **kwargs)  # type: ignore[arg-type]


def test_parse_rejects_non_envelope() -> None:
    with pytest.raises(EgovApiError, match="unexpected response root"):
        parse_law_data_response(b"<html><body>maintenance</body></html>", law_id=GYOTE)
    with pytest.raises(EgovApiError, match="neither XML nor JSON"):
        parse_law_data_response(b"{not json", law_id=GYOTE)


def test_unwritable_out_dir_is_config_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ConfigError, match="cannot create out_dir"):
        pull([GYOTE], out_dir=blocker / "sub")
    with pytest.raises(ConfigError, match="cannot create cache_dir"):
        pull([GYOTE], out_dir=tmp_path / "out", cache_dir=blocker / "cache")


def _encoded_envelope(encoding: str) -> bytes:
    return (
        f'<?xml version="1.0" encoding="{encoding}"?><law_data_response><law_info>'
        f"<law_id>{GYOTE}</law_id><law_num>平成五年法律第八十八号</law_num></law_info><revision_info>"
        f"<law_revision_id>{GYOTE_REV}</law_revision_id><law_title>行政手続法</law_title></revision_info>"
        "<law_full_text><Law><LawNum>平成五年法律第八十八号</LawNum></Law></law_full_text></law_data_response>"
    ).encode(encoding)


@pytest.mark.parametrize("encoding", ["Shift_JIS", "EUC-JP", "UTF-8"])
def test_parse_non_utf8_envelopes_are_transcoded(encoding: str) -> None:
    doc = parse_law_data_response(_encoded_envelope(encoding), law_id=GYOTE)
    assert doc.law_xml.decode("utf-8") == "<Law><LawNum>平成五年法律第八十八号</LawNum></Law>"
    assert (doc.title, doc.law_num) == ("行政手続法", "平成五年法律第八十八号")


def test_parse_rejects_bytes_invalid_in_declared_encoding() -> None:
    body = b'<?xml version="1.0" encoding="Shift_JIS"?><law_data_response>\x82</law_data_response>'
    with pytest.raises(EgovApiError, match="declared encoding Shift_JIS"):
        parse_law_data_response(body, law_id=GYOTE)
