"""False positives of the DLP scanner over statute text (which contains no personal information).

Every finding in statute text is a false positive. Two measurements:

* the full engine (all 15 types, fugashi NLP) over the 29 core laws (``egov-xml``);
* the structured types only (no tokenizer needed) over all 1,722 Acts (``egov-xml`` + ``egov-xml-acts``).

Rates are findings per million characters. Run:

    python benchmarks/dlp_statute_fp.py            # both
    python benchmarks/dlp_statute_fp.py --core     # full engine, 29 core laws only
    python benchmarks/dlp_statute_fp.py --all-full # full engine over all 1,722 Acts (slow)
"""

from __future__ import annotations

import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"


def law_text(path: Path) -> str:
    """All <Sentence> text of one e-Gov XML law plus its title and number, one sentence a line."""
    root = ET.parse(path).getroot()
    head = [root.findtext(".//LawTitle") or "", root.findtext("LawNum") or ""]
    return "\n".join(head + ["".join(s.itertext()) for s in root.iter("Sentence")])


def run(files: list[Path], *, structured_only: bool) -> None:
    from govrag.dlp import STRUCTURED_TYPES, DLPEngine

    eng = DLPEngine(entities=sorted(STRUCTURED_TYPES)) if structured_only else DLPEngine()
    counts: Counter[str] = Counter()
    examples: list[str] = []
    chars = 0
    t0 = time.perf_counter()
    for f in files:
        text = law_text(f)
        chars += len(text)
        for x in eng.scan(text):
            counts[x.entity_type] += 1
            if len(examples) < 25:
                ctx = text[max(0, x.start - 12) : x.end + 8].replace("\n", " ")
                examples.append(f"  {x.entity_type:<16} {f.name[:15]}  …{ctx}…")
    dt = time.perf_counter() - t0
    label = "structured types" if structured_only else "all types (fugashi)"
    total = sum(counts.values())
    rate = chars / dt / 1000
    print(f"### {label}: {len(files)} laws, {chars:,} characters, {dt:.1f} s ({rate:.0f}k chars/s)")
    print(f"findings (all false positives): {total} = {total / chars * 1e6:.2f} per million characters")
    for t, n in counts.most_common():
        print(f"  {t}: {n}")
    print("\n".join(examples))
    print()


def main() -> int:
    core = sorted((CORPORA / "egov-xml").glob("*.xml"))
    if "--all-full" not in sys.argv:
        run(core, structured_only=False)
    acts = core + sorted((CORPORA / "egov-xml-acts").glob("*.xml"))
    if "--all-full" in sys.argv:
        run(acts[len(core) :], structured_only=False)
    elif "--core" not in sys.argv:
        run(acts, structured_only=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
