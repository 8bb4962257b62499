"""Our indicator extractor against quantulum3 and a bare regex pass, in one run.

Two corpora. The sample page: sentences/s (median of several runs) for each, the ratio, and
the F1 of each on its gold file, sentence by sentence (quantulum3's best case: its time grows
faster than the text) and whole article bodies (how ktpulse runs). The real-world eval set
(tests/realworld/en: real article shapes, shorter bodies): MB/s of the extractor, its cost
relative to a bare `re` number pass over the same bytes, quantulum3's relative to ours, and
both F1 scores by the eval set's scorer. Needs the bench extra: `pip install -e '.[bench]'`.

    python bench/extraction_benchmark.py [--gold FILE] [--page FILE] [--set DIR] [--runs N]
"""

from __future__ import annotations

import argparse
import re
import statistics
import time
import warnings
from datetime import date
from pathlib import Path

from etl.cli import load_gold, read_eval_set
from etl.evaluation import EvalArticle, evaluate, page_extractor, score_set
from etl.extract.indicator_record import Indicator
from etl.extract.indicators import extract_indicators
from etl.extract.sentences import split_sentences
from etl.identity import article_id
from etl.sites.ktkz.pages import parse_page

ROOT = Path(__file__).resolve().parent.parent


def quantulum_unit(quantity) -> str:
    """quantulum3's unit names in the gold file's vocabulary."""
    name = quantity.unit.name.lower()
    for needle, unit in (("percentage point", "percentage_point"), ("percent", "percent"), ("dollar", "USD"),
                         ("tenge", "KZT"), ("euro", "EUR"), ("ruble", "RUB"), ("yuan", "CNY"), ("tonne", "tonne"),
                         ("ton", "tonne"), ("hectare", "hectare"), ("square kilomet", "km2"), ("square met", "m2"),
                         ("cubic met", "m3"), ("kilometre", "km"), ("kilometer", "km"), ("metre", "metre"),
                         ("meter", "metre"), ("kilowatt hour", "kWh"), ("megawatt", "MW"), ("gigawatt", "GW"),
                         ("kilogram", "kg"), ("litre", "litre"), ("liter", "litre"), ("dimensionless", "count")):  # fmt: skip
        if needle in name:
            return unit
    return name


def speed(function, texts: list[str], sentence_count: int) -> float:
    """Sentences per second of one pass over `texts` (which hold `sentence_count` sentences)."""
    started = time.process_time()
    for text in texts:
        function(text)
    return sentence_count / (time.process_time() - started)


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
    options.add_argument("--set", type=Path, default=ROOT / "tests" / "realworld" / "en", dest="eval_set")
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

    ours_f1 = evaluate(gold, page_extractor(parse_page(text))).f1
    theirs_report = evaluate(gold, quantulum_extract)

    print(f"corpus: {len(sentences)} sentences from {len(listings)} article bodies of {args.page.name}")
    print(f"F1 on {args.gold.name}: ktpulse {ours_f1:.3f}, quantulum3 {theirs_report.f1:.3f} "
          f"(P {theirs_report.precision:.3f}, R {theirs_report.recall:.3f})")  # fmt: skip
    for mode, (mine, other, ratio) in (("sentence by sentence", by_sentence), ("whole bodies", by_body)):
        print(f"{mode:>20}: ktpulse {mine:>9,.0f} sentences/s, quantulum3 {other:>7,.0f} sentences/s, "
              f"ratio {ratio:.0f}x (medians of {args.runs} alternating rounds)")  # fmt: skip
    real_bodies(args.eval_set, args.runs, quantulum)


_BARE_NUMBERS = re.compile(r"\d+(?:[.,]\d+)*")


def _seconds(function, articles: list[EvalArticle]) -> float:
    started = time.process_time()
    for article in articles:
        function(article)
    return time.process_time() - started


def real_bodies(folder: Path, runs: int, quantulum) -> None:
    """MB/s on the eval set's bodies and the two ratios, medians of alternating rounds."""
    articles, problems = read_eval_set(folder)
    if problems or not articles:
        print(f"real bodies: skipped ({folder}: {problems or 'no articles'})")
        return
    size = sum(len(a.body.encode("utf-8")) for a in articles)

    def ours(article: EvalArticle) -> None:
        extract_indicators(article.body, article.published, title=article.title)

    def bare(article: EvalArticle) -> None:
        _BARE_NUMBERS.findall(article.body)

    def theirs(article: EvalArticle) -> None:
        quantulum.parse(article.body)

    mine, regex, vs_regex, vs_quantulum = [], [], [], []
    for _ in range(runs):
        ours_time = min(_seconds(ours, articles) for _ in range(5))  # a round: best of 5 passes
        regex_time = min(_seconds(bare, articles) for _ in range(5))
        theirs_time = _seconds(theirs, articles)
        mine.append(size / ours_time / 1e6)
        regex.append(size / regex_time / 1e6)
        vs_regex.append(ours_time / regex_time)
        vs_quantulum.append(theirs_time / ours_time)

    def quantulum_found(article: EvalArticle) -> list[Indicator]:
        found = []
        for q in quantulum.parse(article.body):
            start, end = q.span
            found.append(Indicator(q.value, quantulum_unit(q), "", None, None, None, "actual", False,
                                   article.body[start:end], 0, start, end, q.surface))  # fmt: skip
        return found

    ours_report, theirs_report = score_set(articles), score_set(articles, quantulum_found)
    print(f"real bodies: {len(articles)} articles of {folder} ({size / 1e3:.0f} kB)")
    print(f"  F1: ktpulse {ours_report.f1:.3f} (period exact {ours_report.period_accuracy:.1%}, kind "
          f"{ours_report.kind_accuracy:.1%}), quantulum3 {theirs_report.f1:.3f}")  # fmt: skip
    print(f"  ktpulse {statistics.median(mine):.2f} MB/s; a bare re number pass {statistics.median(regex):.1f} MB/s "
          f"is {statistics.median(vs_regex):.1f}x faster; quantulum3 is {statistics.median(vs_quantulum):.0f}x "
          f"slower (medians of {runs} alternating rounds)")  # fmt: skip


if __name__ == "__main__":
    main()
