"""Findings snapshot of ``govrag.dlp.scan``: a regression check for behaviour-preserving refactors.

Scans every row of the dev PII files (never a blind ``*_test*`` file) plus ``--generated`` seeded
random texts (table rows split by ``|``, ``,``, ``｜``, TAB, two spaces or full-width spaces, with
header labels of every recognizer, other numbers' labels, digit runs, +81 numbers, quoted CSV
cells, CRLF and LF line ends) and ``--framed`` tables whose cells have odd frames (unbalanced
quotes, blanks inside quotes) and writes every finding (type, offsets, score, recognizer) as JSON
lines; ``--compare`` lists each text whose findings differ from a stored snapshot.

    python benchmarks/dlp_snapshot.py --out /tmp/before.jsonl
    python benchmarks/dlp_snapshot.py --out /tmp/after.jsonl --compare /tmp/before.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

EVAL = Path(__file__).resolve().parents[1] / "corpora" / "eval"
DEV_FILES = (
    "pii_ja.jsonl",
    "pii_devholdout.jsonl",
    "pii_dev_rj.jsonl",
    "pii_dev_rk.jsonl",
    "pii_dev_rl.jsonl",
    "pii_devholdout_rj.jsonl",
    "pii_devholdout_rk.jsonl",
    "pii_devholdout_rl.jsonl",
    "pii_dev_rm.jsonl",
    "pii_dev_rm2.jsonl",
    "pii_devholdout_rm.jsonl",
    "pii_devholdout_rm2.jsonl",
    "pii_dev_plus81.jsonl",
)

SEPARATORS = ("|", ",", "｜", "\t", "  ", "\u3000", "\u3000\u3000", " ", "，", "/")
LABELS = (
    "氏名",
    "名前",
    "運転免許証番号",
    "免許証",
    "免許",
    "旅券番号",
    "パスポート",
    "在留カード番号",
    "在留",
    "郵便番号",
    "〒",
    "生年月日",
    "誕生日",
    "電話番号",
    "電話",
    "携帯",
    "連絡先",
    "TEL",
    "Phone",
    "FAX",
    "記号",
    "番号",
    "枝番",
    "保険者番号",
    "被保険者番号",
    "保険証",
    "被保険者証記号",
    "記号番号",
    "kigo",
    "bango",
    "受付番号",
    "管理番号",
    "整理番号",
    "文書番号",
    "口座番号",
    "個人番号",
    "マイナンバー",
    "基礎年金番号",
    "会員番号",
    "地番",
    "型番",
    "注文番号",
    "診察券番号",
    "Name",
    "DL",
    "PP",
    "RC",
    "DOB",
    "passport",
    "Driver License",
    "zip",
    "住所",
    "備考",
    "No.",
    "交付日",
    "有効期限",
    "法人番号",
)
CARD_WORDS = ("保険証", "健康保険", "国保", "協会けんぽ", "資格確認書", "介護保険", "")
NAMES = ("山田 太郎", "佐藤 花子", "北川 智", "Aoi Mori", "鈴木一郎", "田中　美咲")
PLACES = ("東京都千代田区霞が関1-2-3", "大阪市北区梅田2-4-9", "横浜市中区本町6-50", "札幌市中央区北1条西2")


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _phone(rng: random.Random) -> str:
    area = rng.choice(("03", "06", "090", "080", "070", "0120", "045", "011", "050", "0276"))
    mid, last = _digits(rng, rng.choice((2, 3, 4))), _digits(rng, 4)
    sep = rng.choice(("-", " ", "", "-", "."))
    national = area[1:]
    return rng.choice(
        (
            f"{area}{sep}{mid}{sep}{last}",
            f"+81 {national}-{mid}-{last}",
            f"+81-{national}-{mid}-{last}",
            f"+81 (0){national}-{mid}-{last}",
            f"+81(0){national} {mid} {last}",
            f"+81 {area}-{mid}-{last}",
            f"(+81) {national}-{mid}-{last}",
            f"+81{national}{mid}{last}",
            f"({area}) {mid}-{last}",
        )
    )


def _value(rng: random.Random) -> str:
    kind = rng.randrange(13)
    if kind == 0:
        return _phone(rng)
    if kind == 1:
        return _digits(rng, rng.choice((4, 6, 7, 8, 10, 11, 12, 13)))
    if kind == 2:
        return rng.choice(("TK", "MZ", "AB")) + _digits(rng, 7)
    if kind == 3:
        return rng.choice(("AB", "EF")) + _digits(rng, 8) + rng.choice(("CD", "GH"))
    if kind == 4:
        return f"{_digits(rng, 3)}-{_digits(rng, 4)}"
    if kind == 5:
        return rng.choice(("1985/04/12", "昭和60年4月12日", "S61.2.17", "1994-06-21", "12/05/1990"))
    if kind == 6:
        return rng.choice(NAMES)
    if kind == 7:
        return rng.choice(PLACES)
    if kind == 8:
        return f"{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 4)}"
    if kind == 9:
        return f'"{rng.choice((*NAMES, _digits(rng, 8)))}"'
    if kind == 10:
        return f"{_digits(rng, 2)}・{_digits(rng, 3)}"
    if kind == 11:
        return rng.choice(("", "出荷済", "A-1", "3", "有"))
    return _phone(rng) if rng.random() < 0.5 else _digits(rng, rng.randint(2, 12))


def _table(rng: random.Random, sep: str) -> list[str]:
    width = rng.randint(2, 4)
    header = [rng.choice(LABELS) for _ in range(width)]
    border = sep in ("|", "｜") and rng.random() < 0.5
    rows = [header] + [[_value(rng) for _ in range(width)] for _ in range(rng.randint(1, 3))]
    if border and rng.random() < 0.5:
        rows.insert(1, ["---"] * width)
    lines = [sep.join(r) for r in rows]
    return [f"{sep} {line} {sep}" for line in lines] if border else lines


def _form(rng: random.Random) -> list[str]:
    out: list[str] = []
    for _ in range(rng.randint(1, 4)):
        label, value = rng.choice(LABELS), _value(rng)
        join = rng.choice(("：", ":", " ", "\u3000", "は", "\n", " = ", "（", ""))
        out.append(f"{label}{join}{value}" + ("）" if join == "（" else ""))
    return out


def generated(n: int, *, seed: int = 20261204) -> Iterator[tuple[str, str]]:
    """``n`` seeded random texts: tables, forms and loose lines mixed, LF or CRLF line ends."""
    rng = random.Random(seed)
    for i in range(n):
        lines: list[str] = []
        card = rng.choice(CARD_WORDS)
        if card:
            lines.append(rng.choice((f"{card}の情報", f"{card}", f"以下は{card}の記載です。")))
        for _ in range(rng.randint(1, 3)):
            part = rng.randrange(4)
            if part < 2:
                lines.extend(_table(rng, rng.choice(SEPARATORS)))
            elif part == 2:
                lines.extend(_form(rng))
            else:
                lines.append(rng.choice(SEPARATORS).join(_value(rng) for _ in range(rng.randint(1, 4))))
            if rng.random() < 0.3:
                lines.append("")
        end = "\r\n" if rng.random() < 0.3 else "\n"
        yield f"gen-{i:05d}", end.join(lines)


def _framed(rng: random.Random, cell: str) -> str:
    """A cell with an odd frame: an unbalanced quote, blanks inside quotes, a quoted separator."""
    return rng.choice(
        (f'"{cell}', f"{cell}'", f'" {cell} "', f"'{cell}'", f' "{cell}" ', f'"{cell}, x"', cell)
    )


def framed(n: int, *, seed: int = 4) -> Iterator[tuple[str, str]]:
    """``n`` seeded tables whose cells have odd CSV frames (quotes, blanks), LF or CRLF ends."""
    rng = random.Random(seed)
    for i in range(n):
        sep = rng.choice(SEPARATORS)
        lines = [rng.choice(CARD_WORDS)] + [sep.join(_framed(rng, c) for c in row) for row in _rows(rng)]
        yield f"framed-{i:04d}", rng.choice(("\n", "\r\n")).join(lines)


def _rows(rng: random.Random) -> list[list[str]]:
    width = rng.randint(2, 3)
    header = [rng.choice(LABELS) for _ in range(width)]
    return [header] + [[_value(rng) for _ in range(width)] for _ in range(rng.randint(1, 2))]


def dev_texts() -> Iterator[tuple[str, str]]:
    for name in DEV_FILES:
        for k, line in enumerate((EVAL / name).read_text(encoding="utf-8").splitlines()):
            if line.strip():
                yield f"{name}:{k}", json.loads(line)["text"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--generated", type=int, default=20000)
    ap.add_argument("--framed", type=int, default=2000)
    ap.add_argument("--compare", type=Path)
    args = ap.parse_args(argv)
    from govrag.dlp import scan

    with args.out.open("w", encoding="utf-8") as f:
        for key, text in [*dev_texts(), *generated(args.generated), *framed(args.framed)]:
            found = [[x.entity_type, x.start, x.end, round(x.score, 4), x.recognizer] for x in scan(text)]
            f.write(json.dumps({"id": key, "text": text, "findings": found}, ensure_ascii=False) + "\n")
    if args.compare is None:
        return 0
    old = {r["id"]: r for r in map(json.loads, args.compare.read_text(encoding="utf-8").splitlines())}
    new = [json.loads(x) for x in args.out.read_text(encoding="utf-8").splitlines()]
    diffs = 0
    for r in new:
        before = old.get(r["id"], {}).get("findings")
        if before != r["findings"]:
            diffs += 1
            t = r["text"]
            gone = [[*x, t[x[1] : x[2]]] for x in before or [] if x not in r["findings"]]
            came = [[*x, t[x[1] : x[2]]] for x in r["findings"] if x not in (before or [])]
            print(json.dumps({"id": r["id"], "text": t, "gone": gone, "new": came}, ensure_ascii=False))
    print(f"{diffs} of {len(new)} texts differ", file=sys.stderr)
    return 1 if diffs else 0


if __name__ == "__main__":
    raise SystemExit(main())
