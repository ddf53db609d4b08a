"""Inline SVG charts drawn here (no JavaScript, no CDN): horizontal bars and stacked columns.

>>> svg = bar_chart([("chat", 12.5), ("govrag-qa/extractive", 0.0)], unit="円")
>>> svg.startswith("<svg") and svg.count('class="bar"') == 2
True
>>> "&lt;b&gt;" in bar_chart([("<b>", 1.0)])
True
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

__all__ = ["PALETTE", "bar_chart", "stacked_columns"]

#: Colour per series, in order (first: successful requests).
PALETTE = ("#2f6fb0", "#d9534f", "#f0ad4e", "#8e5ea2", "#3cba9f", "#c45850", "#777777", "#e8c3b9")


def _fmt(v: float) -> str:
    return f"{v:,.0f}" if abs(v) >= 100 else f"{v:,.2f}".rstrip("0").rstrip(".") if v else "0"


def bar_chart(items: Sequence[tuple[str, float]], *, unit: str = "", width: int = 560,
              color: str = PALETTE[0]) -> str:
    """Horizontal bars, one per ``(label, value)``, scaled to the largest value."""
    if not items:
        return '<p class="empty">no data yet</p>'
    row, label_w = 26, 190
    height = row * len(items) + 10
    top = max((v for _, v in items), default=0.0) or 1.0
    bars = []
    for i, (label, value) in enumerate(items):
        y = 5 + i * row
        w = max(1.0, (width - label_w - 90) * value / top) if value > 0 else 0.0
        bars.append(
            f'<text x="{label_w - 6}" y="{y + 16}" text-anchor="end">{escape(label[:28])}</text>'
            f'<rect class="bar" x="{label_w}" y="{y + 3}" width="{w:.1f}" height="{row - 8}" fill="{color}"/>'
            f'<text x="{label_w + w + 6:.1f}" y="{y + 16}">{escape(_fmt(value))}{escape(unit)}</text>')
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" role="img">{"".join(bars)}</svg>')


def stacked_columns(buckets: Sequence[str], series: Mapping[str, Sequence[int]], *, width: int = 760,
                    height: int = 220) -> str:
    """Columns per bucket (e.g. hours), stacked by series (e.g. ``ok`` and block reasons), with a legend."""
    if not buckets:
        return '<p class="empty">no data yet</p>'
    names = list(series)
    totals = [sum(series[n][i] for n in names) for i in range(len(buckets))]
    top = max(totals) or 1
    left, bottom, legend_h = 40, 30, 20 * ((len(names) + 3) // 4)
    plot_h = height - bottom - 10
    col_w = (width - left - 10) / len(buckets)
    parts = [f'<line x1="{left}" y1="{10 + plot_h}" x2="{width - 10}" y2="{10 + plot_h}" stroke="#999"/>',
             f'<text x="{left - 4}" y="18" text-anchor="end">{top}</text>',
             f'<text x="{left - 4}" y="{10 + plot_h}" text-anchor="end">0</text>']
    for i, bucket in enumerate(buckets):
        x = left + i * col_w + 1
        y = float(10 + plot_h)
        for j, name in enumerate(names):
            v = series[name][i]
            if v <= 0:
                continue
            h = plot_h * v / top
            y -= h
            parts.append(f'<rect class="col" x="{x:.1f}" y="{y:.1f}" width="{max(1.0, col_w - 2):.1f}" '
                         f'height="{h:.1f}" fill="{PALETTE[j % len(PALETTE)]}"><title>{escape(bucket)} '
                         f'{escape(name)}: {v}</title></rect>')
        if len(buckets) <= 12 or i % max(1, len(buckets) // 8) == 0:
            parts.append(f'<text x="{x:.1f}" y="{height - 12}" font-size="10">{escape(bucket[-5:])}</text>')
    for j, name in enumerate(names):
        lx, ly = left + (j % 4) * 180, height + 6 + (j // 4) * 20
        parts.append(f'<rect x="{lx}" y="{ly}" width="12" height="12" fill="{PALETTE[j % len(PALETTE)]}"/>'
                     f'<text x="{lx + 16}" y="{ly + 11}">{escape(name)}</text>')
    total_h = height + legend_h + 6
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{total_h}" '
            f'viewBox="0 0 {width} {total_h}" role="img">{"".join(parts)}</svg>')
