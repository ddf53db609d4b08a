"""Profile facts (issue 6 item 1), pricing, user files and entry points."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from govrag.errors import ConfigError
from govrag.providers import get_provider, list_profiles, load_profiles
from govrag.providers.profiles import ProviderProfile, builtin_profiles

IDS = ["tsuzumi-2", "cc-gov-llm", "llama-3.1-elyza-jp-70b", "sarashina2-mini", "cotomi-v3",
       "takane-32b", "plamo-2.0-prime", "openai-compatible", "extractive"]


def test_nine_profiles_in_order() -> None:
    assert [p.id for p in list_profiles(entry_points=False)] == IDS


@pytest.mark.parametrize(("pid", "applicant", "developer", "development", "params", "kind"), [
    ("tsuzumi-2", "NTTデータ", "NTT", "from-scratch", 30.0, "published"),
    ("cc-gov-llm", "カスタマークラウド株式会社", "カスタマークラウド株式会社", "not-published", None,
     "unspecified"),
    ("llama-3.1-elyza-jp-70b", "KDDI", "ELYZA", "derived", 70.0, "published"),
    ("sarashina2-mini", "ソフトバンク", "ソフトバンク", "from-scratch", None, "unspecified"),
    ("cotomi-v3", "日本電気", "日本電気", "not-published", None, "unspecified"),
    ("takane-32b", "富士通", "富士通", "derived", 32.0, "inferred-from-name"),
    ("plamo-2.0-prime", "Preferred Networks", "Preferred Networks", "from-scratch", 31.0, "published"),
])
def test_selection_facts(pid: str, applicant: str, developer: str, development: str,
                         params: float | None, kind: str) -> None:
    p = builtin_profiles()[pid]
    assert applicant in p.applicant
    assert developer in p.developer
    assert p.development == development
    assert p.parameters_b == params
    assert p.parameters_kind == kind
    assert p.max_level == 1  # default; a government-cloud deployment is configured to 2
    assert p.sends_data and p.api_style == "openai"
    assert any("2026-03-06" in s for s in p.sources)


@pytest.mark.parametrize(("pid", "needle", "field"), [
    ("tsuzumi-2", "A100 40GB", "deployment"),
    ("tsuzumi-2", "5 million yen", "deployment"),
    ("tsuzumi-2", "on-premises", "deployment"),
    ("llama-3.1-elyza-jp-70b", "Meta Llama 3.1 70B", "base_model"),
    ("llama-3.1-elyza-jp-70b", "Llama 3.1 Community License", "licence"),
    ("sarashina2-mini", "not used for training", "data_use"),
    ("sarashina2-mini", "domestic data centres", "data_use"),
    ("sarashina2-mini", "price on request", "price_note"),
    ("cotomi-v3", "13B", "parameters_note"),
    ("takane-32b", "Command R+", "base_model"),
    ("takane-32b", "Kozuchi", "deployment"),
    ("plamo-2.0-prime", "GENIAC", "base_model"),
    ("plamo-2.0-prime", "31B class", "parameters_note"),
    ("cc-gov-llm", "not published", "data_use"),
])
def test_profile_text_facts(pid: str, needle: str, field: str) -> None:
    assert needle in getattr(builtin_profiles()[pid], field)


@pytest.mark.parametrize(("pid", "gb"), [
    ("tsuzumi-2", 30.0), ("llama-3.1-elyza-jp-70b", 70.0), ("takane-32b", 32.0),
    ("plamo-2.0-prime", 31.0), ("cc-gov-llm", None), ("cotomi-v3", None),
])
def test_weight_memory_at_8_bits(pid: str, gb: float | None) -> None:
    assert builtin_profiles()[pid].weight_memory_gb(8) == gb


def test_weight_memory_formula_at_other_widths() -> None:
    assert builtin_profiles()["tsuzumi-2"].weight_memory_gb(16) == 60.0
    assert builtin_profiles()["llama-3.1-elyza-jp-70b"].weight_memory_gb(4) == 35.0


@pytest.mark.parametrize(("pid", "tokens_in", "tokens_out", "yen"), [
    ("plamo-2.0-prime", 1200, 300, 0.147),
    ("plamo-2.0-prime", 1_000_000, 0, 60.0),
    ("plamo-2.0-prime", 0, 1_000_000, 250.0),
    ("plamo-2.0-prime", 1, 1, 0.00031),
    ("extractive", 5000, 5000, 0.0),
    ("tsuzumi-2", 1200, 300, None),
    ("sarashina2-mini", 1200, 300, None),
    ("openai-compatible", 1, 1, None),
])
def test_cost_is_exact_or_none(pid: str, tokens_in: int, tokens_out: int, yen: float | None) -> None:
    assert builtin_profiles()[pid].cost_jpy(tokens_in, tokens_out) == yen


def test_plamo_endpoint_and_env() -> None:
    p = builtin_profiles()["plamo-2.0-prime"]
    assert p.base_url == "https://api.platform.preferredai.jp/v1"
    assert p.env_api_key == ("GOVRAG_PLAMO_2_0_PRIME_API_KEY", "PLAMO_API_KEY")
    assert p.env_base_url == "GOVRAG_PLAMO_2_0_PRIME_BASE_URL"
    assert p.context_window == 32768


def test_extractive_is_offline_and_free() -> None:
    p = builtin_profiles()["extractive"]
    assert not p.sends_data and p.env_vars == () and p.cost_jpy(10, 10) == 0.0


def test_unknown_id_names_valid_ids() -> None:
    with pytest.raises(ConfigError) as err:
        get_provider("chatgpt")
    for pid in IDS:
        assert pid in str(err.value)


@pytest.mark.parametrize(("kwargs", "match"), [
    ({"max_level": 3}, "機密性3"),
    ({"max_level": 0}, "max_level"),
    ({"base_url": "ftp://x/v1"}, "http"),
    ({"base_url": "http://example.org/v1"}, "plain http"),
    ({"base_url": "https://user:pw@example.org/v1"}, "credentials"),
])
def test_bad_provider_configuration(kwargs: dict[str, object], match: str) -> None:
    args = {"base_url": "http://127.0.0.1:9/v1", **kwargs}
    with pytest.raises(ConfigError, match=match):
        get_provider("tsuzumi-2", **args)  # type: ignore[arg-type]


def test_missing_endpoint_names_the_env_var() -> None:
    with pytest.raises(ConfigError, match="GOVRAG_TSUZUMI_2_BASE_URL"):
        get_provider("tsuzumi-2", env={})


def test_env_supplies_endpoint_key_and_model() -> None:
    env = {"GOVRAG_TSUZUMI_2_BASE_URL": "http://127.0.0.1:9/v1", "GOVRAG_TSUZUMI_2_API_KEY": "k-1",
           "GOVRAG_TSUZUMI_2_MODEL": "tsuzumi-2-instruct"}
    p = get_provider("tsuzumi-2", env=env)
    assert p.base_url == "http://127.0.0.1:9/v1" and p.model == "tsuzumi-2-instruct"  # type: ignore[attr-defined]
    assert "k-1" not in repr(p) and "api_key=<set>" in repr(p)


def test_government_cloud_deployment_at_level_2() -> None:
    assert get_provider("tsuzumi-2", base_url="http://127.0.0.1:9/v1", max_level=2).max_level == 2


USER_TOML = """
[[profile]]
id = "pref-gov-llm"
model = "Prefecture LLM"
applicant = "某県"
developer = "某県"
development = "derived"
base_model = "Llama-3.1-ELYZA-JP-70B"
parameters_b = 70
parameters_kind = "published"
api_style = "openai"
base_url = "https://llm.pref.example.jp/v1"
price_input_jpy_per_mtok = 10
price_output_jpy_per_mtok = 40
max_level = 2
"""

USER_YAML = """
profile:
  - id: plamo-2.0-prime
    model: PLaMo via government cloud
    applicant: Preferred Networks
    developer: Preferred Networks
    development: from-scratch
    base_model: none
    parameters_b: 31
    parameters_kind: published
    api_style: openai
    max_level: 2
"""


def test_user_toml_profile(tmp_path: Path) -> None:
    f = tmp_path / "p.toml"
    f.write_text(USER_TOML, encoding="utf-8")
    (prof,) = load_profiles(f)
    assert prof.max_level == 2 and prof.cost_jpy(1_000_000, 1_000_000) == 50.0
    assert prof.origin == str(f)
    provider = get_provider("pref-gov-llm", profiles=[prof])
    assert provider.max_level == 2 and provider.profile is prof


def test_user_yaml_overrides_builtin(tmp_path: Path) -> None:
    f = tmp_path / "p.yaml"
    f.write_text(USER_YAML, encoding="utf-8")
    merged = {p.id: p for p in list_profiles(profiles=load_profiles(f), entry_points=False)}
    assert merged["plamo-2.0-prime"].max_level == 2
    assert merged["plamo-2.0-prime"].price_input_jpy_per_mtok is None  # the user's file, not merged
    assert len(merged) == len(IDS)


@pytest.mark.parametrize(("text", "suffix", "match"), [
    ("[[profile]]\nid = 'x'\n", ".toml", "missing"),
    (USER_TOML.replace('max_level = 2', 'max_level = 3'), ".toml", "機密性3"),
    (USER_TOML.replace('parameters_kind = "published"', 'parameters_kind = "guessed"'), ".toml",
     "parameters_kind"),
    (USER_TOML + "colour = 'red'\n", ".toml", "unknown keys"),
    (USER_TOML.replace("price_input_jpy_per_mtok = 10", "price_input_jpy_per_mtok = -1"), ".toml",
     "non-negative"),
    (USER_TOML + USER_TOML, ".toml", "duplicate"),
    ("profile: 3\n", ".yaml", "profile"),
    ("[[profile]\n", ".toml", "invalid TOML"),
    ("profile: [\n", ".yml", "invalid YAML"),
    (USER_TOML, ".json", "must end in"),
])
def test_bad_profile_files(tmp_path: Path, text: str, suffix: str, match: str) -> None:
    f = tmp_path / f"bad{suffix}"
    f.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=match) as err:
        load_profiles(f)
    assert str(f) in str(err.value) or "profile" in str(err.value)


@contextmanager
def _plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, fields: str) -> Iterator[None]:
    """An installed distribution on sys.path whose ``govrag.providers`` entry point ``name`` loads one
    ``ProviderProfile(<fields>, …)`` from module ``govrag_plugin_<name>`` (forgotten again afterwards)."""
    module = f"govrag_plugin_{name}"
    dist = tmp_path / f"{module}-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(f"Metadata-Version: 2.1\nName: govrag-plugin-{name}\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text(f"[govrag.providers]\n{name} = {module}:PROFILES\n")
    (tmp_path / f"{module}.py").write_text(
        "from govrag.providers.profiles import ProviderProfile\n"
        f"PROFILES = [ProviderProfile({fields}, applicant='a', developer='d', development='derived',\n"
        "    base_model='b', parameters_kind='unspecified')]\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        yield
    finally:
        sys.modules.pop(module, None)


def test_entry_point_profiles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A real installed-distribution layout on sys.path contributes a profile."""
    with _plugin(tmp_path, monkeypatch, "demo", "id='demo-llm', model='Demo', api_style='openai'"):
        ids = [p.id for p in list_profiles()]
        assert ids[-1] == "demo-llm" and ids[:len(IDS)] == IDS
        origin = {p.id: p for p in list_profiles()}["demo-llm"].origin
        assert "entry point 'demo'" in origin


def test_an_entry_point_cannot_shadow_a_builtin_id_unless_the_user_opts_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A plugin that re-declares ``extractive`` as a remote endpoint is ignored (and logged)."""
    evil = "id='extractive', model='Evil', api_style='openai', max_level=2"
    with _plugin(tmp_path, monkeypatch, "evil", evil):
        with caplog.at_level("WARNING", logger="govrag.providers"):
            kept = {p.id: p for p in list_profiles()}["extractive"]
        assert kept.origin == "builtin" and kept.api_style == "offline"
        assert "would shadow a built-in id" in caplog.text
        assert get_provider("extractive").sends_data is False
        caplog.clear()
        with caplog.at_level("WARNING", logger="govrag.providers"):
            over = {p.id: p for p in list_profiles(override_builtin=True)}["extractive"]
        assert over.model == "Evil" and "overrides the built-in one" in caplog.text


def test_profile_validation_in_code() -> None:
    with pytest.raises(ConfigError, match="id must match"):
        ProviderProfile(id="Bad Id", model="m", applicant="a", developer="d", development="derived",
                        base_model="b", parameters_kind="unspecified", api_style="openai")
    with pytest.raises(ConfigError, match="unspecified"):
        ProviderProfile(id="x", model="m", applicant="a", developer="d", development="derived",
                        base_model="b", parameters_kind="unspecified", parameters_b=3, api_style="openai")


@pytest.mark.parametrize("pid", ["extractive", "tsuzumi-2"])
def test_unknown_constructor_option_is_a_config_error(pid: str) -> None:
    url = None if pid == "extractive" else "http://127.0.0.1:9/v1"
    with pytest.raises(ConfigError, match="timeout"):
        get_provider(pid, base_url=url, timeout=3)
