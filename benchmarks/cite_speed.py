"""Speed of citation parsing and verification on a ~2,000-character answer with 10 citations.

The answer restates real provisions of 行政手続法 / 情報公開法 / 個人情報保護法 (kanji, arabic and
full-width numbers, 同法/同条). Reports medians over ``--repeat`` runs after one warm-up run
(which loads fugashi), for: parse only; parse + verify without the semantic check (baseline:
existence, sources, quotes, numbers, modality); parse + verify with everything.

Usage::

    python benchmarks/cite_speed.py [--corpus ../shared/corpora/egov-xml] [--repeat 30] [--json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

SENTENCES = [
    "ご質問の申請手続について、関係法令の規定を整理して回答します。",
    "まず、行政手続法第7条によれば、行政庁は、申請がその事務所に到達したときは遅滞なく当該申請の審査を"
    "開始しなければなりません。形式上の要件に適合しない申請については、速やかに、申請者に対し相当の期間を"
    "定めて補正を求めるか、許認可等を拒否しなければならないとされています。",
    "次に、同法第8条第1項は、申請により求められた許認可等を拒否する処分をする場合は、申請者に対し、"
    "同時に、当該処分の理由を示さなければならないと定めています。",
    "同条第2項により、処分を書面でするときは、理由も書面により示さなければなりません。",
    "審査基準については行政手続法第５条第１項が、行政庁は審査基準を定めるものとすると規定しており、"
    "同条第3項は、行政上特別の支障があるときを除き、審査基準を公にしておかなければならないとしています。",
    "標準処理期間については同法第六条が、行政庁は通常要すべき標準的な期間を定めるよう努めるとともに、"
    "これを定めたときは公にしておかなければならないと定めています。",
    "情報公開請求を併せて行う場合、行政機関の保有する情報の公開に関する法律第3条により、何人も、"
    "行政機関の長に対し、行政文書の開示を請求することができます。",
    "開示決定等の期限は、情報公開法第10条第1項により、開示請求があった日から30日以内とされています。"
    "ただし、同条第2項により、事務処理上の困難その他正当な理由があるときは、30日以内に限り延長することが"
    "できます。",
    "申請書に記載された個人情報の扱いについては、個人情報保護法第27条第1項が「あらかじめ本人の同意を得ないで、"
    "個人データを第三者に提供してはならない」と定めていますので、窓口での取扱いに注意してください。",
    "以上のとおり、申請の受付から審査、処分の理由の提示に至るまで、各段階で法令上の義務が定められています。"
    "不明な点があれば、担当部署に照会のうえ、最新の条文を e-Gov 法令検索で確認してください。",
]
SOURCES = [
    "行政手続法第五条",
    "行政手続法第六条",
    "行政手続法第七条",
    "行政手続法第八条",
    "行政機関の保有する情報の公開に関する法律第三条",
    "行政機関の保有する情報の公開に関する法律第十条",
    "個人情報の保護に関する法律第二十七条",
]


def answer_text(target: int = 2000) -> str:
    """The benchmark answer, padded with neutral prose to about ``target`` characters."""
    text = "".join(SENTENCES)
    filler = "なお、実際の運用に当たっては、所管府省の通知やガイドラインも併せて参照することが望まれます。"
    while len(text) + len(filler) <= target:
        text += filler
    return text


def _median_ms(fn: Any, repeat: int) -> float:
    fn()  # warm-up (memoised lemma sets of the cited provisions)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def run(corpus: Any, repeat: int) -> dict[str, Any]:
    from govrag.cite import parse_citations, verify_citations

    text = answer_text()
    cold_start = time.perf_counter()
    report = verify_citations(text, sources=SOURCES, corpus=corpus)
    cold_ms = (time.perf_counter() - cold_start) * 1000
    parse_ms = _median_ms(lambda: parse_citations(text, corpus=corpus), repeat)
    base_ms = _median_ms(
        lambda: verify_citations(text, sources=SOURCES, corpus=corpus, semantic=False), repeat
    )
    full_ms = _median_ms(lambda: verify_citations(text, sources=SOURCES, corpus=corpus), repeat)
    return {
        "chars": len(text),
        "citations": len(report.items),
        "statuses": report.counts,
        "repeat": repeat,
        "cold_first_call_ms": round(cold_ms, 2),
        "parse_median_ms": round(parse_ms, 3),
        "parse_verify_no_semantic_median_ms": round(base_ms, 3),
        "parse_verify_median_ms": round(full_ms, 3),
        "semantic_overhead_ratio": round(full_ms / base_ms, 2) if base_ms else None,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpora" / "egov-xml"))
    ap.add_argument("--repeat", type=int, default=30)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    from govrag.corpus import Corpus

    corpus = Corpus.from_path(args.corpus)
    result = run(corpus, args.repeat)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        for k, v in result.items():
            print(f"{k}: {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
