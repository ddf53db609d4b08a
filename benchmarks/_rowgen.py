"""Write a round's labelled rows (``benchmarks/dlp_rows_*.py``) as a dev file and a holdout file.

The scaffolding the round scripts shared: build the batch with ``dlp_make_evalset.build_f`` (slots
filled from ``seed``, rows split by ``held_out``), then write each part as JSON lines under
``corpora/eval``.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

__all__ = ["EVAL_DIR", "Row", "write_round", "write_rows"]

EVAL_DIR = Path(__file__).resolve().parents[1] / "corpora" / "eval"

Row = dict[str, object]

_LABELLED = re.compile(r"\[\[[A-Z_]+:[^\]]*\]\]")


def write_rows(path: Path, rows: Iterable[Row]) -> None:
    """Write ``rows`` to ``path``, one JSON object a line (UTF-8, non-ASCII kept)."""
    with path.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def _keep_wrapped(rows: str) -> str:
    """Mark a line break inside a labelled value (a wrapped cell) as ↵ so the span parser keeps it."""
    return _LABELLED.sub(lambda m: m.group(0).replace("⏎", "↵"), rows)


def _unwrap(rows: list[Row]) -> list[Row]:
    return [{**r, "text": str(r["text"]).replace("↵", "\n")} for r in rows]


def write_round(
    *,
    rows: str,
    seed: int,
    held_out: Callable[[int], bool],
    tag: str,
    wrapped_values: bool = False,
    eval_dir: Path = EVAL_DIR,
) -> tuple[list[Row], list[Row]]:
    """Build one batch, write ``pii_dev_<tag>.jsonl`` and ``pii_devholdout_<tag>.jsonl`` under ``eval_dir``
    and return (dev rows, holdout rows). ``wrapped_values`` keeps a ``⏎`` inside a ``[[TYPE:value]]``
    label as a line break in the value."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from dlp_make_evalset import build_f

    batch = _keep_wrapped(rows) if wrapped_values else rows
    dev, held = build_f(rows=batch, seed=seed, held_out=held_out)
    if wrapped_values:
        dev, held = _unwrap(dev), _unwrap(held)
    write_rows(eval_dir / f"pii_dev_{tag}.jsonl", dev)
    write_rows(eval_dir / f"pii_devholdout_{tag}.jsonl", held)
    return dev, held
