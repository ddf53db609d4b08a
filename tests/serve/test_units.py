"""Streaming restore at every split point, key hashing and rotation, config errors."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
import yaml

from govrag.cli import main
from govrag.dlp.redact import Operator, Redaction
from govrag.errors import AccessDenied, ConfigError
from govrag.serve import load_config
from govrag.serve.config import KeySpec
from govrag.serve.keys import hash_key, verify_key
from govrag.serve.keystore import KeyStore
from govrag.serve.restore import StreamRestorer

VALUES = {"<PHONE_NUMBER_1>": "090-1234-5678", "<PERSON_1>": "山田太郎", "<JP_MY_NUMBER_12>": "123456789018"}
RESTORER = Redaction("", (), Operator.REPLACE, VALUES)
ANSWERS = [
    "<PERSON_1>様、電話<PHONE_NUMBER_1>に折り返します。",
    "番号は<JP_MY_NUMBER_12>です。<PERSON_1>",
    "比較 a<b と 1 < 2、<UNKNOWN_9> はそのまま。",
    "全角＜PERSON_1＞も戻る。<",
]


@pytest.mark.parametrize("answer", ANSWERS)
@pytest.mark.parametrize("size", [1, 2, 3, 5, 7])
def test_stream_restore_equals_whole_restore(answer: str, size: int) -> None:
    r = StreamRestorer(RESTORER.restore)
    out = "".join(r.feed(answer[i:i + size]) for i in range(0, len(answer), size)) + r.flush()
    assert out == RESTORER.restore(answer)


@pytest.mark.parametrize("cut", range(1, len("<PHONE_NUMBER_1>")))
def test_no_fragment_of_a_placeholder_is_ever_sent(cut: int) -> None:
    r = StreamRestorer(RESTORER.restore)
    first = r.feed("電話は" + "<PHONE_NUMBER_1>"[:cut])
    assert first == "電話は"
    assert r.feed("<PHONE_NUMBER_1>"[cut:] + "です") == "090-1234-5678です"


def test_plain_text_is_not_held_back() -> None:
    r = StreamRestorer(RESTORER.restore)
    assert r.feed("行政手続法第七条") == "行政手続法第七条"
    assert r.feed("<" + "x" * 80) == "<" + "x" * 80  # too long to be a placeholder


@pytest.mark.parametrize("scheme", ["sha256", "scrypt"])
def test_key_hashes(scheme: str) -> None:
    h = hash_key("gr-abc", scheme=scheme)  # type: ignore[arg-type]
    assert h.startswith(scheme + ":") and "gr-abc" not in h
    assert verify_key("gr-abc", h) and not verify_key("gr-abd", h)


def test_keys_file_rotation_without_restart(tmp_path: Path) -> None:
    f = tmp_path / "keys.yaml"
    f.write_text(yaml.safe_dump({"keys": [{"name": "p", "hash": hash_key("old", scheme="sha256")}]}))
    store = KeyStore(keys_file=f)
    assert store.authenticate("Bearer old").name == "p"
    time.sleep(0.01)
    f.write_text(yaml.safe_dump({"keys": [{"name": "p", "hash": hash_key("old", scheme="sha256")},
                                          {"name": "p", "hash": hash_key("new")}]}))
    os.utime(f, ns=(time.time_ns(), time.time_ns() + 1_000_000))
    assert store.authenticate("Bearer new").name == "p"
    f.write_text(yaml.safe_dump({"keys": [{"name": "p", "hash": hash_key("new")}]}))
    os.utime(f, ns=(time.time_ns(), time.time_ns() + 2_000_000))
    with pytest.raises(AccessDenied):
        store.authenticate("Bearer old")
    f.write_text("keys: [ {broken")
    os.utime(f, ns=(time.time_ns(), time.time_ns() + 3_000_000))
    with pytest.raises(AccessDenied, match="keys file"):
        store.authenticate("Bearer new")  # an unreadable keys file refuses everyone


@pytest.mark.parametrize(("doc", "match"), [
    ({"routes": [{"model": "a", "provider": "extractive"}], "keys": []}, "audit"),
    ({"audit": "a.sqlite", "routes": [], "keys": [{"name": "k", "hash": "sha256:" + "0" * 64}]},
     "at least one route"),
    ({"audit": "a.sqlite", "routes": [{"model": "a", "provider": "extractive"}]}, "client keys"),
    ({"audit": "a.sqlite", "routes": [{"model": "a", "provider": "x", "max_level": 3}],
      "keys": [{"name": "k", "hash": "sha256:" + "0" * 64}]}, "max_level must be 1 or 2"),
    ({"audit": "a.sqlite", "routes": [{"model": "a", "provider": "extractive"}],
      "keys": [{"name": "k", "hash": "plain-text-key"}]}, "not a key hash"),
    ({"audit": "a.sqlite", "routes": [{"model": "govrag-qa/extractive"}],
      "keys": [{"name": "k", "hash": "sha256:" + "0" * 64}]}, "rag"),
    ({"audit": "a.sqlite", "routes": [{"model": "a", "provider": "extractive", "colour": 1}],
      "keys": [{"name": "k", "hash": "sha256:" + "0" * 64}]}, "unknown keys"),
])
def test_config_errors_name_the_problem(tmp_path: Path, doc: dict[str, object], match: str) -> None:
    p = tmp_path / "g.yaml"
    p.write_text(yaml.safe_dump(doc))
    with pytest.raises(ConfigError, match=match):
        load_config(p)


def test_cli_check_new_key_and_hash_key(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    assert main(["serve", "--upstream", "http://127.0.0.1:9/v1", "--model", "chat", "--api-key", "k",
                 "--audit", str(tmp_path / "a.sqlite"), "--max-level", "2", "--check", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["routes"] == [{"model": "chat", "provider": "openai-compatible", "max_level": 2, "rag": False,
                              "output": "annotate"}]
    assert main(["serve", "--new-key", "--json"]) == 0
    made = json.loads(capsys.readouterr().out)
    assert verify_key(made["key"], made["hash"])
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("client-key\n"))
    assert main(["serve", "--hash-key", "--scheme", "sha256"]) == 0
    assert verify_key("client-key", capsys.readouterr().out.strip())
    assert main(["serve", "--model", "chat", "--audit", "a.sqlite"]) == 2  # no key: refused
    assert "never serves without keys" in capsys.readouterr().err


def test_keyspec_allows() -> None:
    k = KeySpec(name="n", hash="sha256:" + "0" * 64, routes=("chat",))
    assert k.allows("chat") and not k.allows("other")
