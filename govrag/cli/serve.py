"""``govrag serve`` — the OpenAI-compatible guarded gateway (needs the ``serve`` extra).

>>> import argparse
>>> p = argparse.ArgumentParser(); sub = p.add_subparsers()
>>> register(sub)
>>> a = p.parse_args(["serve", "--upstream", "http://127.0.0.1:8080/v1", "--model", "chat",
...                   "--api-key", "k", "--audit", "a.sqlite", "--workers", "4"])
>>> a.workers, a.max_level, a.port
(4, 1, 8000)
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from govrag.cli.util import add_command, print_json

__all__ = ["register"]

_EXAMPLES = """  govrag serve --upstream https://gennai.example.go.jp/v1 --upstream-key "$KEY" \\
      --model gennai-chat --max-level 2 --api-key "$CLIENT_KEY" --audit audit.sqlite --port 8000 --workers 4
  govrag serve --config gateway.yaml --port 8000 --workers 4
  govrag serve --config gateway.yaml --check --json
  govrag serve --new-key --json
  printf %s "$CLIENT_KEY" | govrag serve --hash-key"""


def register(sub: Any) -> None:
    """Add the ``serve`` command."""
    p = add_command(sub, "serve", help="run the OpenAI-compatible guarded gateway (docs/serve.md)",
                    examples=_EXAMPLES)
    p.add_argument("--config", help="YAML file with routes, keys and the audit target")
    p.add_argument("--upstream", help="one upstream's OpenAI-compatible base URL")
    p.add_argument("--upstream-key", default=None, help="the upstream's API key")
    p.add_argument("--provider", default="openai-compatible",
                   help="provider id of the upstream (govrag providers list); default openai-compatible")
    p.add_argument("--model", help="the model name clients ask for")
    p.add_argument("--max-level", type=int, default=1, choices=(1, 2),
                   help="highest 機密性 level the upstream may receive (default 1)")
    p.add_argument("--api-key", help="the client key (stored hashed); or --keys-file")
    p.add_argument("--keys-file", help="YAML keys file (hashes, routes, budgets, rpm)")
    p.add_argument("--admin-key", help="key for /dashboard")
    p.add_argument("--audit", help="audit log path or postgresql:// DSN")
    p.add_argument("--audit-schema", help="PostgreSQL schema of the audit chain (default: the store's)")
    p.add_argument("--corpus", action="append", default=[],
                   help="statutes for govrag-qa/* routes; may repeat")
    p.add_argument("--index", help="prebuilt index directory for govrag-qa/* routes")
    p.add_argument("--max-body-bytes", type=int, default=1024 * 1024)
    p.add_argument("--output", choices=("annotate", "block"), default="annotate",
                   help="failed output checks: annotate the answer (default) or block it, "
                        "sentence by sentence when streaming")
    p.add_argument("--host", default="127.0.0.1", help="bind address (put TLS termination in front)")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--workers", type=int, default=1)
    p.add_argument("--check", action="store_true",
                   help="validate the configuration and print it; do not serve")
    p.add_argument("--new-key", action="store_true", help="print a fresh client key and its scrypt hash")
    p.add_argument("--hash-key", action="store_true", help="read a key on stdin and print its hash")
    p.add_argument("--scheme", choices=("scrypt", "sha256"), default="scrypt", help="hash scheme for keys")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=_serve)


def _config(args: argparse.Namespace) -> Any:
    from govrag.errors import ConfigError
    from govrag.serve import config_from_flags, load_config

    if args.config:
        if args.upstream or args.model:
            raise ConfigError("give either --config or --upstream/--model, not both")
        return load_config(args.config)
    if not args.model or not args.audit:
        raise ConfigError("need --config FILE, or --model NAME --audit PATH_OR_DSN (with --upstream URL)")
    if not args.api_key and not args.keys_file:
        raise ConfigError("need --api-key KEY or --keys-file FILE: the gateway never serves without keys")
    return config_from_flags(upstream=args.upstream, upstream_key=args.upstream_key, model=args.model,
                             provider=args.provider, max_level=args.max_level, api_key=args.api_key,
                             keys_file=args.keys_file, admin_key=args.admin_key, audit=args.audit,
                             corpus=args.corpus, index=args.index, max_body_bytes=args.max_body_bytes,
                             audit_schema=args.audit_schema, output=args.output)


def _serve(args: argparse.Namespace) -> int:
    from govrag.serve.keys import hash_key, new_key

    if args.new_key:
        key = new_key()
        out = {"key": key, "hash": hash_key(key, scheme=args.scheme)}
        print_json(out) if args.json else print(f"key:  {out['key']}\nhash: {out['hash']}")
        return 0
    if args.hash_key:
        key = sys.stdin.read().strip()
        digest = hash_key(key, scheme=args.scheme)
        print_json({"hash": digest}) if args.json else print(digest)
        return 0
    config = _config(args)
    if args.check:
        from govrag.serve.keystore import KeyStore

        KeyStore(config.keys, keys_file=config.keys_file)  # a bad keys file fails here
        summary = {"routes": [{"model": r.name, "provider": r.provider, "max_level": r.max_level,
                               "rag": r.rag, "output": r.output} for r in config.routes],
                   "keys": [k.name for k in config.keys], "keys_file": config.keys_file,
                   "audit": config.audit if "://" not in config.audit else config.audit.split("@")[-1],
                   "dashboard": config.admin_key_hash is not None}
        print_json(summary) if args.json else print(json.dumps(summary, ensure_ascii=False, indent=2))
        return 0
    from govrag.serve.run import run_server

    run_server(config, host=args.host, port=args.port, workers=args.workers)
    return 0
