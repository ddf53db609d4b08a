"""Time of the label-line fallback (:mod:`govrag.dlp.recognizers.labelled_line`) on a tall CSV
table (1000 rows x 6 columns, every value labelled by its column header) and on a form of 500
label lines each followed by a line of three values (labelled by the line above). Best of three.

    python benchmarks/dlp_table_speed.py
"""

from __future__ import annotations

import random
import time

from govrag.dlp.recognizers.labelled_line import LabelledLineRecognizer


def texts(*, seed: int = 1) -> dict[str, str]:
    rng = random.Random(seed)

    def twelve() -> str:
        return "".join(rng.choice("123456789") for _ in range(12))

    rows = ["氏名,運転免許証番号,旅券番号,郵便番号,電話,生年月日"]
    for _ in range(1000):
        passport = f"TK{rng.randrange(10**6, 10**7)}"
        rows.append(",".join(["山田 太郎", twelve(), passport, "100-0001", "03-1234-5678", "1985/04/12"]))
    form = "\n".join(f"運転免許証番号\n{twelve()} {twelve()} {twelve()}" for _ in range(500))
    return {"table 1000x6": "\n".join(rows), "form 500 lines x3 values": form}


def main() -> int:
    r = LabelledLineRecognizer()
    for name, text in texts().items():
        best, n = float("inf"), 0
        for _ in range(3):
            t0 = time.perf_counter()
            n = len(r.analyze(text, []))
            best = min(best, time.perf_counter() - t0)
        print(f"{name}: {best * 1000:.0f} ms, {n} findings")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
