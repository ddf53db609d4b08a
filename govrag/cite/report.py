"""``CitationReport``: the verdicts on one answer, as text, HTML (notebooks) and JSON.

>>> from govrag.cite.model import Citation, CitationCheck
>>> c = Citation(text="民法第1条", start=0, end=5, law_title="民法", law_id="129AC0000000089",
...              article="1", paragraph=None, item=None)
>>> r = CitationReport(answer="民法第1条<b>", items=[CitationCheck(c, "valid", "ok")])
>>> r.ok, r.counts["valid"]
(True, 1)
>>> "&lt;b&gt;" in r._repr_html_()
True
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from typing import Any

from govrag.cite.model import STATUSES, CitationCheck, Status

__all__ = ["STATUS_COLOURS", "CitationReport"]

#: Highlight colour per status in :meth:`CitationReport._repr_html_`.
STATUS_COLOURS: dict[Status, str] = {
    "valid": "#c8e6c9",
    "unsupported": "#ffe0b2",
    "misquoted": "#ffccbc",
    "not_in_sources": "#fff59d",
    "nonexistent": "#ef9a9a",
    "unresolved": "#e0e0e0",
}


@dataclass(frozen=True, slots=True)
class CitationReport:
    """All :class:`CitationCheck` verdicts for ``answer``, in text order."""

    answer: str
    items: list[CitationCheck] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True only when every citation is ``valid`` (an answer without citations is ok)."""
        return all(i.status == "valid" for i in self.items)

    @property
    def problems(self) -> list[CitationCheck]:
        """The checks that are not ``valid``."""
        return [i for i in self.items if i.status != "valid"]

    @property
    def counts(self) -> dict[Status, int]:
        out: dict[Status, int] = {s: 0 for s in STATUSES}
        for i in self.items:
            out[i.status] += 1
        return out

    def to_text(self) -> str:
        """One line per citation: status, citation, explanation."""
        if not self.items:
            return "no statute citations found"
        width = max(len(s) for s in STATUSES)
        lines = [
            f"{'OK' if self.ok else 'NOT OK'}: {len(self.items)} citation(s), "
            + ", ".join(f"{k} {v}" for k, v in self.counts.items() if v)
        ]
        for i in self.items:
            c = i.citation
            lines.append(f"  {i.status:<{width}}  {c.text} [{c.start}:{c.end}]  {i.explanation}")
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.to_text()

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able dict (citations with their fields, statuses, explanations, spans)."""
        from govrag._jsonable import to_jsonable

        return {
            "ok": self.ok,
            "counts": dict(self.counts),
            "items": [
                {
                    "citation": to_jsonable(i.citation),
                    "address": i.citation.address
                    if i.citation.article or i.citation.table is not None
                    else None,
                    "status": i.status,
                    "explanation": i.explanation,
                    "spans": [to_jsonable(s) for s in i.spans],
                    "score": i.score,
                }
                for i in self.items
            ],
        }

    def to_json(self, *, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def _repr_html_(self) -> str:
        """The answer with each citation highlighted by status (hover: explanation) + a table."""
        parts: list[str] = []
        pos = 0
        for i in sorted(self.items, key=lambda x: x.citation.start):
            c = i.citation
            if c.start < pos:
                continue
            parts.append(html.escape(self.answer[pos : c.start]))
            parts.append(
                f'<mark style="background:{STATUS_COLOURS[i.status]}" title="{html.escape(i.status)}: '
                f'{html.escape(i.explanation, quote=True)}">'
                f"{html.escape(self.answer[c.start : c.end])}</mark>"
            )
            pos = c.end
        parts.append(html.escape(self.answer[pos:]))
        rows = "".join(
            f'<tr><td style="background:{STATUS_COLOURS[i.status]}">{html.escape(i.status)}</td>'
            f"<td>{html.escape(i.citation.text)}</td><td>{html.escape(i.explanation)}</td></tr>"
            for i in self.items
        )
        verdict = "all citations valid" if self.ok else f"{len(self.problems)} citation(s) not valid"
        return (
            '<div class="govrag-citations">'
            f"<p><b>{html.escape(verdict)}</b></p>"
            f'<p style="white-space:pre-wrap">{"".join(parts)}</p>'
            "<table><thead><tr><th>status</th><th>citation</th><th>explanation</th></tr></thead>"
            f"<tbody>{rows}</tbody></table></div>"
        )
