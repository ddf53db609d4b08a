"""Gateway configuration: routes (model name -> provider), client keys, audit target, limits.

Built from one-upstream command-line flags (:func:`config_from_flags`) or a YAML file
(:func:`load_config`). Client keys are stored hashed (see :mod:`govrag.serve.keys`).

>>> cfg = config_from_flags(upstream="http://127.0.0.1:9/v1", upstream_key="sk-up", model="chat",
...                         max_level=2, api_key="client-secret", audit="/tmp/a.sqlite")
>>> [(r.name, r.provider, r.max_level) for r in cfg.routes]
[('chat', 'openai-compatible', 2)]
>>> cfg.keys[0].name, cfg.keys[0].hash.startswith("sha256:"), "client-secret" in repr(cfg)
('cli', True, False)
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from govrag.errors import ConfigError

__all__ = [
    "OUTPUT_MODES",
    "RAG_PREFIX",
    "GatewayConfig",
    "KeySpec",
    "RagConfig",
    "RouteConfig",
    "config_from_flags",
    "config_from_json",
    "config_to_json",
    "load_config",
    "parse_keys",
]

#: Model names of retrieval routes start with this (``govrag-qa/<provider>``).
RAG_PREFIX = "govrag-qa/"
_CAPTURE = ("none", "redacted", "full")
#: What a route does with a failed output check: ``annotate`` (report it) or ``block`` (withhold).
OUTPUT_MODES = ("annotate", "block")
OutputMode = Literal["annotate", "block"]


@dataclass(frozen=True, slots=True, kw_only=True)
class RouteConfig:
    """One model name clients may ask for and the provider behind it."""

    name: str
    provider: str
    base_url: str | None = None
    api_key: str | None = field(default=None, repr=False)
    model: str | None = None
    max_level: Literal[1, 2] = 1
    price_input_jpy_per_mtok: float | None = None
    price_output_jpy_per_mtok: float | None = None
    timeout_s: float = 60.0
    output: OutputMode = "annotate"

    def __post_init__(self) -> None:
        if self.output not in OUTPUT_MODES:
            raise ConfigError(f"route {self.name}: output must be one of {OUTPUT_MODES}, not {self.output!r}")

    @property
    def rag(self) -> bool:
        """True for ``govrag-qa/<provider>`` routes (run the ``qa`` pipeline over the corpus)."""
        return self.name.startswith(RAG_PREFIX)


@dataclass(frozen=True, slots=True, kw_only=True)
class KeySpec:
    """A client key: its hash (never the key), what it may use and its limits."""

    name: str
    hash: str = field(repr=False)
    routes: tuple[str, ...] = ("*",)
    max_level: Literal[1, 2] = 2
    monthly_budget_jpy: float | None = None
    rpm: int | None = None

    def allows(self, route: str) -> bool:
        """Whether this key may use ``route`` (``"*"`` allows all)."""
        return "*" in self.routes or route in self.routes


@dataclass(frozen=True, slots=True, kw_only=True)
class RagConfig:
    """Corpus (files or folders) and optional prebuilt index directory for RAG routes."""

    corpus: tuple[str, ...]
    index: str | None = None
    k: int = 5


@dataclass(frozen=True, slots=True, kw_only=True)
class GatewayConfig:
    """Everything :func:`govrag.serve.create_app` needs."""

    routes: tuple[RouteConfig, ...]
    keys: tuple[KeySpec, ...] = ()
    keys_file: str | None = None
    audit: str
    audit_capture: Literal["none", "redacted", "full"] = "redacted"
    audit_schema: str | None = None
    audit_synchronous: Literal["full", "normal"] = "full"
    usage: str | None = None
    usage_schema: str | None = None
    admin_key_hash: str | None = field(default=None, repr=False)
    max_body_bytes: int = 1024 * 1024
    rag: RagConfig | None = None
    app_id: str = "govrag-serve"

    def __post_init__(self) -> None:
        if not self.routes:
            raise ConfigError("the gateway needs at least one route")
        names = [r.name for r in self.routes]
        dup = sorted({n for n in names if names.count(n) > 1})
        if dup:
            raise ConfigError(f"duplicate route names {dup}")
        if not self.keys and not self.keys_file:
            raise ConfigError("the gateway needs client keys (api_key / keys / keys_file); "
                              "it never serves without authentication")
        if any(r.rag for r in self.routes) and self.rag is None:
            raise ConfigError(f"routes {RAG_PREFIX}* need a 'rag: {{corpus: ...}}' section")
        if self.audit_capture not in _CAPTURE:
            raise ConfigError(f"audit_capture must be one of {_CAPTURE}, not {self.audit_capture!r}")
        if self.audit_synchronous not in ("full", "normal"):
            raise ConfigError(f"audit_synchronous must be 'full' or 'normal', not {self.audit_synchronous!r}")
        if self.max_body_bytes < 1024:
            raise ConfigError("max_body_bytes must be at least 1024")

    def route(self, name: str) -> RouteConfig | None:
        """The route called ``name`` (None when unknown)."""
        return next((r for r in self.routes if r.name == name), None)

    @property
    def usage_path(self) -> str:
        """Where usage counters live: ``usage`` (a file or a ``postgresql://`` DSN), else the
        PostgreSQL audit database (shared by every host), else a file beside the audit log."""
        if self.usage:
            return self.usage
        if "://" in self.audit:
            return self.audit
        return str(Path(self.audit).with_suffix(".usage.sqlite"))

    @property
    def usage_schema_name(self) -> str:
        """The PostgreSQL schema of the usage tables: ``usage_schema``, else ``<audit_schema>_usage``,
        else ``govrag_usage``."""
        if self.usage_schema:
            return self.usage_schema
        return f"{self.audit_schema}_usage" if self.audit_schema else "govrag_usage"


def _level(value: Any, where: str) -> Literal[1, 2]:
    if value == 1 or value == 2:
        return 1 if value == 1 else 2
    raise ConfigError(f"{where}: max_level must be 1 or 2 (機密性3 is never sent), got {value!r}")


def _route(d: Mapping[str, Any], i: int, env: Mapping[str, str]) -> RouteConfig:
    where = f"routes[{i}]"
    if not isinstance(d, Mapping):
        raise ConfigError(f"{where} must be a mapping")
    known = {"model", "name", "provider", "base_url", "api_key", "api_key_env", "upstream_model",
             "max_level", "price_input_jpy_per_mtok", "price_output_jpy_per_mtok", "timeout_s", "output"}
    extra = sorted(set(d) - known)
    if extra:
        raise ConfigError(f"{where}: unknown keys {extra}; valid: {', '.join(sorted(known))}")
    name = d.get("model") or d.get("name")
    if not isinstance(name, str) or not name:
        raise ConfigError(f"{where}: 'model' (the name clients ask for) is required")
    provider = d.get("provider")
    if provider is None and name.startswith(RAG_PREFIX):
        provider = name[len(RAG_PREFIX):]
    if not isinstance(provider, str) or not provider:
        raise ConfigError(f"{where} ({name}): 'provider' (a govrag provider id) is required")
    key = d.get("api_key")
    if d.get("api_key_env"):
        key = env.get(str(d["api_key_env"]))
        if not key:
            raise ConfigError(f"{where} ({name}): environment variable {d['api_key_env']} is not set")
    prices = {k: (float(d[k]) if d.get(k) is not None else None)
              for k in ("price_input_jpy_per_mtok", "price_output_jpy_per_mtok")}
    return RouteConfig(name=name, provider=provider, base_url=d.get("base_url"), api_key=key,
                       model=d.get("upstream_model"), max_level=_level(d.get("max_level", 1), where),
                       timeout_s=float(d.get("timeout_s", 60.0)), output=d.get("output", "annotate"),
                       **prices)


def parse_keys(items: Any, *, origin: str) -> tuple[KeySpec, ...]:
    """Key entries (``name``, ``hash``, ``routes``, ``max_level``, ``monthly_budget_jpy``, ``rpm``)."""
    from govrag.serve.keys import check_hash_format

    if not isinstance(items, Sequence) or isinstance(items, str):
        raise ConfigError(f"{origin}: 'keys' must be a list")
    out: list[KeySpec] = []
    known = {"name", "hash", "routes", "max_level", "monthly_budget_jpy", "rpm"}
    for i, d in enumerate(items):
        where = f"{origin}: keys[{i}]"
        if not isinstance(d, Mapping) or not d.get("name") or not d.get("hash"):
            raise ConfigError(f"{where} needs 'name' and 'hash' (see `govrag serve --hash-key`)")
        extra = sorted(set(d) - known)
        if extra:
            raise ConfigError(f"{where}: unknown keys {extra}; valid: {', '.join(sorted(known))}")
        check_hash_format(str(d["hash"]), where=where)
        routes = d.get("routes", ["*"])
        if isinstance(routes, str):
            routes = [routes]
        budget, rpm = d.get("monthly_budget_jpy"), d.get("rpm")
        out.append(KeySpec(name=str(d["name"]), hash=str(d["hash"]), routes=tuple(map(str, routes)),
                           max_level=_level(d.get("max_level", 2), where),
                           monthly_budget_jpy=None if budget is None else float(budget),
                           rpm=None if rpm is None else int(rpm)))
    return tuple(out)


def _load_yaml(path: str | os.PathLike[str]) -> Any:
    import yaml

    try:
        return yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc}") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path} is not valid YAML: {exc}") from None


def load_config(path: str | os.PathLike[str], *, env: Mapping[str, str] | None = None) -> GatewayConfig:
    """Read a YAML gateway config (see docs/serve.md for the format)."""
    doc = _load_yaml(path)
    if not isinstance(doc, Mapping):
        raise ConfigError(f"{path}: the top level must be a mapping")
    return config_from_mapping(doc, origin=str(path), base=Path(path).parent, env=env)


def config_from_mapping(doc: Mapping[str, Any], *, origin: str, base: Path | None = None,
                        env: Mapping[str, str] | None = None) -> GatewayConfig:
    """Build a config from an already parsed document (relative paths resolve against ``base``)."""
    from govrag.serve.keys import check_hash_format

    known = {"routes", "keys", "keys_file", "audit", "audit_capture", "audit_schema", "audit_synchronous",
             "usage", "usage_schema", "admin_key_hash", "max_body_bytes", "rag", "app_id"}
    extra = sorted(set(doc) - known)
    if extra:
        raise ConfigError(f"{origin}: unknown keys {extra}; valid: {', '.join(sorted(known))}")
    env = os.environ if env is None else env
    base = base or Path.cwd()

    def rel(p: Any) -> str:
        s = str(p)
        return s if "://" in s or Path(s).is_absolute() else str(base / s)

    if not doc.get("audit"):
        raise ConfigError(f"{origin}: 'audit' (a file path or postgresql:// DSN) is required")
    routes = tuple(_route(d, i, env) for i, d in enumerate(doc.get("routes") or []))
    keys = parse_keys(doc["keys"], origin=origin) if doc.get("keys") else ()
    admin = doc.get("admin_key_hash")
    if admin:
        check_hash_format(str(admin), where=f"{origin}: admin_key_hash")
    rag = None
    if doc.get("rag"):
        r = doc["rag"]
        corpus = r.get("corpus") if isinstance(r, Mapping) else None
        if not corpus:
            raise ConfigError(f"{origin}: rag needs 'corpus' (a path or a list of paths)")
        paths = [corpus] if isinstance(corpus, str) else list(corpus)
        rag = RagConfig(corpus=tuple(rel(p) for p in paths),
                        index=rel(r["index"]) if r.get("index") else None, k=int(r.get("k", 5)))
    return GatewayConfig(
        routes=routes, keys=keys, keys_file=rel(doc["keys_file"]) if doc.get("keys_file") else None,
        audit=rel(doc["audit"]), audit_capture=doc.get("audit_capture", "redacted"),
        audit_schema=doc.get("audit_schema"), audit_synchronous=doc.get("audit_synchronous", "full"),
        usage=rel(doc["usage"]) if doc.get("usage") else None, usage_schema=doc.get("usage_schema"),
        admin_key_hash=admin or None,
        max_body_bytes=int(doc.get("max_body_bytes", 1024 * 1024)), rag=rag,
        app_id=str(doc.get("app_id", "govrag-serve")))


def config_from_flags(
    *,
    upstream: str | None,
    model: str,
    audit: str,
    api_key: str | None = None,
    keys_file: str | None = None,
    upstream_key: str | None = None,
    provider: str = "openai-compatible",
    max_level: int = 1,
    admin_key: str | None = None,
    corpus: Sequence[str] = (),
    index: str | None = None,
    max_body_bytes: int = 1024 * 1024,
    audit_schema: str | None = None,
    output: OutputMode = "annotate",
) -> GatewayConfig:
    """The one-upstream configuration of ``govrag serve --upstream URL --model NAME ...``.

    ``api_key`` is the client key in clear (hashed here with sha256); ``corpus`` adds the RAG
    routes ``govrag-qa/extractive`` and ``govrag-qa/<model>``. ``output`` is every route's output
    policy (``annotate`` or ``block``; see docs/serve.md).
    """
    from govrag.serve.keys import hash_key

    level = _level(max_level, "--max-level")
    routes = [RouteConfig(name=model, provider=provider, base_url=upstream, api_key=upstream_key,
                          model=model, max_level=level, output=output)]
    rag = None
    if corpus:
        rag = RagConfig(corpus=tuple(corpus), index=index)
        if model != RAG_PREFIX + "extractive":
            routes.append(RouteConfig(name=RAG_PREFIX + "extractive", provider="extractive", max_level=2,
                                      output=output))
        if upstream and not model.startswith(RAG_PREFIX):
            routes.append(RouteConfig(name=RAG_PREFIX + model, provider=provider, base_url=upstream,
                                      api_key=upstream_key, model=model, max_level=level, output=output))
    keys = (KeySpec(name="cli", hash=hash_key(api_key, scheme="sha256")),) if api_key else ()
    return GatewayConfig(routes=tuple(routes), keys=keys, keys_file=keys_file, audit=audit,
                         audit_schema=audit_schema,
                         admin_key_hash=hash_key(admin_key, scheme="sha256") if admin_key else None,
                         max_body_bytes=max_body_bytes, rag=rag)


def config_to_json(config: GatewayConfig) -> str:
    """Serialise (hashes only, plus upstream keys) for worker processes; see :func:`config_from_json`."""
    return json.dumps(asdict(config), ensure_ascii=False)


def config_from_json(text: str) -> GatewayConfig:
    """Inverse of :func:`config_to_json`."""
    d = json.loads(text)
    d["routes"] = tuple(RouteConfig(**r) for r in d["routes"])
    d["keys"] = tuple(KeySpec(**{**k, "routes": tuple(k["routes"])}) for k in d["keys"])
    if d.get("rag"):
        d["rag"] = RagConfig(**{**d["rag"], "corpus": tuple(d["rag"]["corpus"])})
    return GatewayConfig(**d)
