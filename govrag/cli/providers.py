"""``govrag providers list|show`` — compare the provider profiles and inspect one.

>>> import argparse
>>> p = argparse.ArgumentParser(); sub = p.add_subparsers()
>>> register(sub)
>>> p.parse_args(["providers", "show", "plamo-2.0-prime", "--json"]).id
'plamo-2.0-prime'
"""

from __future__ import annotations

import argparse
from typing import Any

from govrag.cli.util import add_command, add_group, print_json
from govrag.text.normalization import display_width

__all__ = ["register"]


def register(sub: Any) -> None:
    """Add the ``providers`` command group."""
    psub = add_group(
        sub, "providers", help="list and inspect model provider profiles (facts, prices, 機密性 limits)",
        examples="  govrag providers list\n"
                 "  govrag providers show plamo-2.0-prime --json\n"
                 "  govrag providers list --profiles my-profiles.toml --json",
    )

    ls = add_command(psub, "list", help="a comparison table of every profile",
                     examples="  govrag providers list\n  govrag providers list --json")
    _profiles_option(ls)
    ls.add_argument("--json", action="store_true", help="machine-readable output")
    ls.set_defaults(func=_list)

    show = add_command(psub, "show", help="every fact, source and environment variable of one profile",
                       examples="  govrag providers show tsuzumi-2\n"
                                "  govrag providers show extractive --json")
    show.add_argument("id", help="provider id (see `govrag providers list`)")
    _profiles_option(show)
    show.add_argument("--json", action="store_true", help="machine-readable output")
    show.set_defaults(func=_show)


def _profiles(args: argparse.Namespace) -> list[Any]:
    from govrag.providers import list_profiles, load_profiles

    extra = [p for path in args.profiles for p in load_profiles(path)]
    return list_profiles(profiles=extra)


def _fmt_num(value: float | None, unit: str = "") -> str:
    if value is None:
        return "-"
    text = f"{value:g}" if value != int(value) else f"{int(value)}"
    return text + unit


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - display_width(text))


def _profiles_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--profiles", action="append", default=[], metavar="FILE",
                   help="extra profiles file (TOML or YAML); may repeat")


def _list(args: argparse.Namespace) -> int:
    profiles = _profiles(args)
    if args.json:
        print_json([p.to_dict() for p in profiles])
        return 0
    header = ["id", "vendor", "dev", "params", "8bit GB", "context", "¥/1M in", "¥/1M out", "max機密性",
              "api"]
    rows = []
    for p in profiles:
        inferred = "*" if p.parameters_kind == "inferred-from-name" else ""
        params = ("-" if p.parameters_b is None or p.development == "none"
                  else _fmt_num(p.parameters_b, "B") + inferred)
        memory = "-" if p.development == "none" else _fmt_num(p.weight_memory_gb(8))
        rows.append([
            p.id, p.applicant, p.development, params, memory,
            _fmt_num(p.context_window), _fmt_num(p.price_input_jpy_per_mtok),
            _fmt_num(p.price_output_jpy_per_mtok), str(p.max_level), p.api_style,
        ])
    widths = [max(display_width(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for r in [header, *rows]:
        print("  ".join(_pad(c, w) for c, w in zip(r, widths, strict=True)).rstrip())
    print("\n* parameters inferred from the model name; '-' = not published. "
          "Details: govrag providers show ID")
    return 0


def _show(args: argparse.Namespace) -> int:
    from govrag.errors import ConfigError

    profiles = {p.id: p for p in _profiles(args)}
    prof = profiles.get(args.id)
    if prof is None:
        raise ConfigError(f"unknown provider id {args.id!r}; valid ids: {', '.join(profiles)}")
    data = prof.to_dict()
    if args.json:
        print_json(data)
        return 0
    for key, value in data.items():
        if isinstance(value, list):
            print(f"{key}:")
            for v in value:
                print(f"  - {v}")
        else:
            print(f"{key}: {'-' if value is None or value == '' else value}")
    return 0
