"""Provider profiles: the facts, prices, limits and wiring of each model deployment.

Profiles come from package data (``profiles.toml``), from user files (:func:`load_profiles`, TOML or
YAML with a ``profile`` list) and from the ``govrag.providers`` entry-point group.

>>> p = builtin_profiles()["plamo-2.0-prime"]
>>> p.price_input_jpy_per_mtok, p.price_output_jpy_per_mtok, p.max_level
(60.0, 250.0, 1)
>>> p.cost_jpy(1200, 300)
0.147
>>> builtin_profiles()["tsuzumi-2"].weight_memory_gb()
30.0
>>> builtin_profiles()["cc-gov-llm"].cost_jpy(10, 10) is None
True
"""

from __future__ import annotations

import dataclasses
import os
import re
import tomllib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal, get_args

from govrag.errors import ConfigError

__all__ = [
    "ApiStyle",
    "Development",
    "Level",
    "ParametersKind",
    "ProviderProfile",
    "builtin_profiles",
    "entry_point_profiles",
    "load_profiles",
    "parse_profile",
]

Level = Literal[1, 2, 3]
ApiStyle = Literal["openai", "offline"]
Development = Literal["from-scratch", "derived", "not-published", "none"]
ParametersKind = Literal["published", "inferred-from-name", "unspecified"]

ENTRY_POINT_GROUP = "govrag.providers"
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")


def _env_slug(provider_id: str) -> str:
    return re.sub(r"[^A-Z0-9]", "_", provider_id.upper())


@dataclass(frozen=True, slots=True, kw_only=True)
class ProviderProfile:
    """Facts and wiring of one provider. Unknown facts are ``None`` plus a ``*_note`` saying why.

    ``parameters_b`` is in billions; ``weight_memory_gb(bits)`` applies NTT's published formula
    (parameters x bits / 8 bytes). Prices are yen per one million tokens.
    """

    id: str
    model: str
    applicant: str
    developer: str
    development: Development
    base_model: str
    parameters_kind: ParametersKind
    api_style: ApiStyle
    max_level: Level = 1
    parameters_b: float | None = None
    parameters_note: str = ""
    context_window: int | None = None
    context_window_note: str = ""
    price_input_jpy_per_mtok: float | None = None
    price_output_jpy_per_mtok: float | None = None
    price_note: str = ""
    data_use: str = "not published"
    licence: str = "not published"
    deployment: str = "not published"
    api_note: str = ""
    base_url: str | None = None
    default_model: str | None = None
    extra_key_env: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    origin: str = "builtin"
    #: Optional ``factory(profile, **kwargs) -> Provider`` for plug-in providers (not in files).
    factory: Callable[..., Any] | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        where = f"profile {self.id!r} ({self.origin})"
        if not _ID_RE.match(self.id):
            raise ConfigError(f"{where}: id must match {_ID_RE.pattern}")
        for name, literal in (("development", Development), ("parameters_kind", ParametersKind),
                              ("api_style", ApiStyle)):
            value = getattr(self, name)
            if value not in get_args(literal):
                raise ConfigError(f"{where}: {name}={value!r}; valid: {', '.join(get_args(literal))}")
        if self.max_level not in (1, 2, 3):
            raise ConfigError(f"{where}: max_level must be 1, 2 or 3, got {self.max_level!r}")
        if self.max_level == 3 and self.sends_data:
            raise ConfigError(f"{where}: 機密性3 may never be sent to a provider; max_level must be 1 or 2")
        for name in ("price_input_jpy_per_mtok", "price_output_jpy_per_mtok", "parameters_b"):
            value = getattr(self, name)
            if value is not None and (not isinstance(value, (int, float)) or value < 0):
                raise ConfigError(f"{where}: {name} must be a non-negative number, got {value!r}")
        if self.context_window is not None and self.context_window <= 0:
            raise ConfigError(f"{where}: context_window must be positive")
        if self.parameters_kind == "unspecified" and self.parameters_b is not None:
            raise ConfigError(f"{where}: parameters_kind 'unspecified' but parameters_b is set")

    @property
    def sends_data(self) -> bool:
        """True when calls leave the process (every style except ``offline``)."""
        return self.api_style != "offline"

    @property
    def env_base_url(self) -> str:
        """Environment variable read for the endpoint (``GOVRAG_<ID>_BASE_URL``)."""
        return f"GOVRAG_{_env_slug(self.id)}_BASE_URL"

    @property
    def env_api_key(self) -> tuple[str, ...]:
        """Environment variables read for the key, in order (``GOVRAG_<ID>_API_KEY`` first)."""
        return (f"GOVRAG_{_env_slug(self.id)}_API_KEY", *self.extra_key_env)

    @property
    def env_model(self) -> str:
        """Environment variable read for the model name (``GOVRAG_<ID>_MODEL``)."""
        return f"GOVRAG_{_env_slug(self.id)}_MODEL"

    @property
    def env_vars(self) -> tuple[str, ...]:
        """Every environment variable this profile reads (none for offline providers)."""
        if not self.sends_data:
            return ()
        return (self.env_base_url, *self.env_api_key, self.env_model)

    def weight_memory_gb(self, bits: int = 8) -> float | None:
        """Estimated weight memory in GB (10^9 bytes): parameters x bits / 8; None if unknown."""
        if self.parameters_b is None:
            return None
        return float(Decimal(str(self.parameters_b)) * bits / 8)

    def cost_jpy(self, input_tokens: int, output_tokens: int) -> float | None:
        """Cost of one call in yen, exact in decimal arithmetic; None when a price is unknown."""
        if self.price_input_jpy_per_mtok is None or self.price_output_jpy_per_mtok is None:
            return None
        total = (Decimal(str(self.price_input_jpy_per_mtok)) * input_tokens
                 + Decimal(str(self.price_output_jpy_per_mtok)) * output_tokens) / Decimal(1_000_000)
        return float(total)

    def resolve_base_url(self, base_url: str | None, env: Mapping[str, str] | None = None) -> str | None:
        """``base_url`` if given, else the environment variable, else the profile's default."""
        env = os.environ if env is None else env
        return base_url or env.get(self.env_base_url) or self.base_url

    def resolve_model(self, model: str | None, env: Mapping[str, str] | None = None) -> str | None:
        env = os.environ if env is None else env
        return model or env.get(self.env_model) or self.default_model

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able facts (adds derived values: weight memory, env vars, sends_data)."""
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):
            if f.name == "factory":
                continue
            value = getattr(self, f.name)
            out[f.name] = list(value) if isinstance(value, tuple) else value
        out["weight_memory_gb_8bit"] = self.weight_memory_gb(8)
        out["env_vars"] = list(self.env_vars)
        out["sends_data"] = self.sends_data
        return out


_FIELDS = {f.name: f for f in dataclasses.fields(ProviderProfile) if f.name not in ("factory", "origin")}
_REQUIRED = {n for n, f in _FIELDS.items()
             if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING}


def parse_profile(data: Mapping[str, Any], *, origin: str) -> ProviderProfile:
    """Build a profile from a mapping read from a file; unknown or missing keys are ConfigErrors."""
    pid = data.get("id", "?")
    unknown = sorted(set(data) - set(_FIELDS))
    if unknown:
        raise ConfigError(f"{origin}: profile {pid!r} has unknown keys {unknown}; "
                          f"valid keys: {', '.join(sorted(_FIELDS))}")
    missing = sorted(_REQUIRED - set(data))
    if missing:
        raise ConfigError(f"{origin}: profile {pid!r} is missing {missing}")
    kwargs: dict[str, Any] = {}
    for key, value in data.items():
        if key in ("sources", "extra_key_env"):
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError(f"{origin}: profile {pid!r}: {key} must be a list of strings")
            value = tuple(value)
        elif key in ("price_input_jpy_per_mtok", "price_output_jpy_per_mtok", "parameters_b"):
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise ConfigError(f"{origin}: profile {pid!r}: {key} must be a number")
            value = float(value)
        elif key in ("max_level", "context_window"):
            if isinstance(value, bool) or not isinstance(value, int):
                raise ConfigError(f"{origin}: profile {pid!r}: {key} must be an integer")
        elif key in ("base_url", "default_model") and value is not None and not isinstance(value, str):
            raise ConfigError(f"{origin}: profile {pid!r}: {key} must be a string")
        elif _FIELDS[key].type == "str" and not isinstance(value, str):
            raise ConfigError(f"{origin}: profile {pid!r}: {key} must be a string")
        kwargs[key] = value
    return ProviderProfile(origin=origin, **kwargs)


def _parse_document(doc: Any, *, origin: str) -> list[ProviderProfile]:
    if not isinstance(doc, dict) or not isinstance(doc.get("profile"), list):
        raise ConfigError(f"{origin}: expected a top-level 'profile' list of tables")
    out: list[ProviderProfile] = []
    seen: set[str] = set()
    for i, item in enumerate(doc["profile"]):
        if not isinstance(item, dict):
            raise ConfigError(f"{origin}: profile #{i + 1} is not a table")
        prof = parse_profile(item, origin=origin)
        if prof.id in seen:
            raise ConfigError(f"{origin}: duplicate profile id {prof.id!r}")
        seen.add(prof.id)
        out.append(prof)
    return out


def load_profiles(path: str | Path) -> list[ProviderProfile]:
    """Read user profiles from a TOML (``.toml``) or YAML (``.yaml``/``.yml``) file.

    The file holds a ``profile`` list; each entry has the fields of :class:`ProviderProfile`.
    """
    p = Path(path)
    if not p.is_file():
        raise ConfigError(f"provider profiles file not found: {p}")
    raw = p.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{p}: not UTF-8 (byte {exc.start})") from None
    suffix = p.suffix.lower()
    if suffix == ".toml":
        try:
            doc: Any = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{p}: invalid TOML: {exc}") from None
    elif suffix in (".yaml", ".yml"):
        import yaml

        try:
            doc = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            raise ConfigError(f"{p}: invalid YAML: {exc}") from None
    else:
        raise ConfigError(f"{p}: profiles file must end in .toml, .yaml or .yml")
    return _parse_document(doc, origin=str(p))


@lru_cache(maxsize=1)
def _builtin() -> tuple[ProviderProfile, ...]:
    text = resources.files("govrag.providers").joinpath("profiles.toml").read_text(encoding="utf-8")
    return tuple(_parse_document(tomllib.loads(text), origin="builtin"))


def builtin_profiles() -> dict[str, ProviderProfile]:
    """The nine built-in profiles by id, in file order."""
    return {p.id: p for p in _builtin()}


def entry_point_profiles() -> list[ProviderProfile]:
    """Profiles contributed by installed packages through the ``govrag.providers`` entry points.

    An entry point may name a :class:`ProviderProfile`, an iterable of them, or a callable
    returning either. Anything else is a ConfigError naming the entry point.
    """
    from importlib.metadata import entry_points

    out: list[ProviderProfile] = []
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        where = f"entry point {ep.name!r} ({ep.value})"
        try:
            obj: Any = ep.load()
        except Exception as exc:
            raise ConfigError(f"{where} failed to load: {type(exc).__name__}: {exc}") from None
        if callable(obj) and not isinstance(obj, ProviderProfile):
            obj = obj()
        items: Iterable[Any] = [obj] if isinstance(obj, ProviderProfile) else obj
        try:
            items = list(items)
        except TypeError:
            raise ConfigError(f"{where} must provide ProviderProfile objects") from None
        for item in items:
            if not isinstance(item, ProviderProfile):
                raise ConfigError(f"{where} provided {type(item).__name__}, not a ProviderProfile")
            out.append(item if item.origin != "builtin" else dataclasses.replace(item, origin=where))
    return out


def merge_profiles(*groups: Iterable[ProviderProfile]) -> dict[str, ProviderProfile]:
    """Merge profile groups by id; later groups override earlier ones."""
    out: dict[str, ProviderProfile] = {}
    for group in groups:
        for prof in group:
            out[prof.id] = prof
    return out


def as_level(value: object, *, what: str) -> Level:
    """Validate a 機密性 level (1, 2 or 3)."""
    if isinstance(value, bool) or value not in (1, 2, 3):
        raise ConfigError(f"{what} must be 1, 2 or 3 (機密性), got {value!r}")
    return value  # type: ignore[return-value]
