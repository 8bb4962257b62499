"""Our indicator extractor against quantulum3 on the same corpus, in one run.

Prints sentences/s (median of several runs) for each, the ratio, and the F1 of each on
the gold file, for two ways of feeding the text: sentence by sentence (quantulum3's best
case: its time grows faster than the text) and whole article bodies (how ktpulse runs).
Needs the bench extra: `pip install -e '.[bench]'`.

    python bench/extraction_benchmark.py [--gold FILE] [--page FILE] [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import time
import warnings
from datetime import date
from pathlib import Path

from etl.cli import load_gold
from etl.evaluation import evaluate, page_extractor
from etl.extract.indicators import extract_indicators
from etl.extract.sentences import split_sentences
from etl.identity import article_id
from etl.sites.ktkz.pages import parse_page

ROOT = Path(__file__).resolve().parent.parent


def quantulum_unit(quantity) -> str:
    """quantulum3's unit names in the gold file's vocabulary."""
    name = quantity.unit.name.lower()
    for needle, unit in (("percent", "percent"), ("dollar", "USD"), ("tenge", "KZT"), ("tonne", "tonne"),
                         ("ton", "tonne"), ("hectare", "hectare"), ("dimensionless", "count")):  # fmt: skip
        if needle in name:
            return unit
    return name


def speed(function, texts: list[str], sentence_count: int) -> float:
    """Sentences per second of one pass over `texts` (which hold `sentence_count` sentences)."""
    started = time.perf_counter()
    for text in texts:
        function(text)
    return sentence_count / (time.perf_counter() - started)


def compare(ours, theirs, runs: int) -> tuple[float, float, float]:
    """Median speeds of both and the median of per-round ratios. The two alternate round by
    round, so that a change in the machine's load hits both rather than one."""
    mine, other, ratios = [], [], []
    for _ in range(runs):
        mine.append(ours())
        other.append(theirs())
        ratios.append(mine[-1] / other[-1])
    return statistics.median(mine), statistics.median(other), statistics.median(ratios)


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument(
        "--gold", type=Path, default=ROOT / "tests" / "fixtures" / "kt_page_sample.gold.json"
    )
    options.add_argument("--page", type=Path, default=ROOT / "data" / "kt_page_sample.txt")
    options.add_argument("--runs", type=int, default=7)
    args = options.parse_args()

    warnings.filterwarnings("ignore")  # quantulum3 warns that its optional classifier is absent
    from quantulum3 import parser as quantulum

    text = args.page.read_text(encoding="utf-8")
    listings = [item for item in parse_page(text).listings if item.body]
    sentences = [s.text for item in listings for s in split_sentences(item.body)]
    published = date(2025, 1, 21)

    texts = [item.body for item in listings]

    def ours_on(items: list[str]):
        return lambda: speed(lambda t: extract_indicators(t, published), items * 20, len(sentences) * 20)

    def theirs_on(items: list[str]):
        return lambda: speed(quantulum.parse, items, len(sentences))

    by_sentence = compare(ours_on(sentences), theirs_on(sentences), args.runs)
    by_body = compare(ours_on(texts), theirs_on(texts), args.runs)

    gold = load_gold(args.gold)
    bodies = {article_id(item.published_at, item.title): item.body for item in listings}

    def quantulum_extract(published_at, title):
        body = bodies.get(article_id(published_at, title))
        return None if body is None else [(q.value, quantulum_unit(q)) for q in quantulum.parse(body)]

    ours_f1 = evaluate(gold, page_extractor(text)).f1
    theirs_report = evaluate(gold, quantulum_extract)

    print(f"corpus: {len(sentences)} sentences from {len(listings)} article bodies of {args.page.name}")
    print(f"F1 on {args.gold.name}: ktpulse {ours_f1:.3f}, quantulum3 {theirs_report.f1:.3f} "
          f"(P {theirs_report.precision:.3f}, R {theirs_report.recall:.3f})")  # fmt: skip
    for mode, (mine, other, ratio) in (("sentence by sentence", by_sentence), ("whole bodies", by_body)):
        print(f"{mode:>20}: ktpulse {mine:>9,.0f} sentences/s, quantulum3 {other:>7,.0f} sentences/s, "
              f"ratio {ratio:.0f}x (medians of {args.runs} alternating rounds)")  # fmt: skip


if __name__ == "__main__":
    main()
