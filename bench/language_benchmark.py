"""Russian and Kazakh extraction: speed against English, and the libraries weighed against
our own rules, on the real-world eval sets (tests/realworld/<lang>/).

Prints, from one run: bytes/s of `extract_indicators` on each language's article bodies
(median of rounds that alternate the languages, and the median per-round ratio to English;
the target is ru/kk within 2x of English), then for each library the issue named:
razdel (sentence segmentation: speed, and the Russian eval scores with it in place of our
splitter), pymorphy3 (lemmas: words/s, the cost of lemmatising every word), natasha
(MoneyExtractor: the share of the eval set's KZT/USD figures it finds, and speed) and
text2num (number words: which of our languages it supports). Needs the bench extra:
`pip install -e '.[bench]'`.

    python bench/language_benchmark.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from etl.cli import read_eval_set
from etl.evaluation import score_set
from etl.extract import cyrillic, cyrillic_numbers
from etl.extract.indicators import extract_indicators

ROOT = Path(__file__).resolve().parent.parent
SETS = ROOT / "tests" / "realworld"


def _bytes_per_second(articles: list, language: str | None) -> float:
    size = sum(len(a.body.encode("utf-8")) for a in articles)
    started = time.process_time()  # CPU time, as extraction_benchmark: wall time swings with others' load
    for article in articles:
        extract_indicators(article.body, article.published, article.title, language)
    return size / (time.process_time() - started)


def speeds(sets: dict[str, list], runs: int, detect: bool) -> None:
    rounds: dict[str, list[float]] = {lang: [] for lang in sets}
    ratios: dict[str, list[float]] = {lang: [] for lang in sets}
    for _ in range(runs):
        for lang, articles in sets.items():
            rounds[lang].append(_bytes_per_second(articles * 5, None if detect else lang))
        for lang in sets:
            ratios[lang].append(rounds["en"][-1] / rounds[lang][-1])
    how = "language detected from the text" if detect else "language given"
    print(f"\nextraction speed ({how}; median of {runs} rounds):")
    for lang in sets:
        print(f"  {lang}: {statistics.median(rounds[lang]) / 1e3:8.0f} kB/s   "
              f"English is {statistics.median(ratios[lang]):.2f}x as fast")  # fmt: skip


def _scores(articles: list) -> str:
    figures = score_set(articles).figures()
    return f"F1 {figures['f1']:.3f}, period {figures['period']:.1%}, kind {figures['kind']:.1%}"


def razdel_check(sets: dict[str, list]) -> None:
    from razdel import sentenize

    def razdel_split(body: str) -> list:
        offset = cyrillic_numbers.dateline_length(body)
        sentences = []
        for paragraph_start, paragraph in _paragraphs(body, offset):
            sentences += [
                cyrillic_numbers.CyrillicSentence(s.text, paragraph_start + s.start, None)
                for s in sentenize(paragraph)
            ]
        return sentences

    bodies = [a.body for lang in ("ru", "kk") for a in sets[lang]] * 5
    ours = _time(lambda: [cyrillic_numbers.split_cyrillic_sentences(b) for b in bodies])
    theirs = _time(lambda: [razdel_split(b) for b in bodies])
    ours_count = sum(len(cyrillic_numbers.split_cyrillic_sentences(b)) for b in bodies)
    theirs_count = sum(len(razdel_split(b)) for b in bodies)
    print(f"\nrazdel: {theirs_count} sentences against our {ours_count}; splitting {theirs / ours:.1f}x slower than ours "
          f"({theirs * 1e3:.0f} ms against {ours * 1e3:.0f} ms for {len(bodies)} bodies)")  # fmt: skip
    for lang in ("ru", "kk"):
        before = _scores(sets[lang])
        original = cyrillic.split_cyrillic_sentences
        cyrillic.split_cyrillic_sentences = razdel_split
        try:
            after = _scores(sets[lang])
        finally:
            cyrillic.split_cyrillic_sentences = original
        print(f"  {lang} eval with our splitter: {before}; with razdel: {after}")


def _paragraphs(body: str, offset: int) -> list[tuple[int, str]]:
    found, position = [], offset
    for paragraph in body[offset:].split("\n"):
        found.append((position, paragraph))
        position += len(paragraph) + 1
    return found


def _time(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def pymorphy_check(sets: dict[str, list]) -> None:
    import re

    import pymorphy3

    analyzer = pymorphy3.MorphAnalyzer()
    words = [w for a in sets["ru"] for w in re.findall(r"[^\W\d_]+", a.body.lower())]
    analyzer.parse("тенге")  # the dictionary loads on first use: not part of the rate
    elapsed = _time(lambda: [analyzer.parse(w)[0].normal_form for w in words])
    extraction = _time(lambda: [extract_indicators(a.body, a.published, a.title, "ru") for a in sets["ru"]])
    print(f"\npymorphy3: {len(words) / elapsed:,.0f} words/s; lemmatising every word of the Russian set takes "
          f"{elapsed * 1e3:.0f} ms, our whole extraction of it {extraction * 1e3:.0f} ms "
          f"({elapsed / extraction:.1f}x); it has no Kazakh dictionary")  # fmt: skip


def _pymorphy2_dictionary() -> None:
    """natasha's MorphVocab is a pymorphy2 analyser, and pymorphy2 (last released 2020) finds its
    dictionary through pkg_resources entry points, which setuptools >= 81 no longer ships. Its
    own PYMORPHY2_DICT_PATH setting names the dictionary instead, so no lookup is made."""
    if "PYMORPHY2_DICT_PATH" not in os.environ:
        import pymorphy2_dicts_ru  # installed with pymorphy2, natasha's dependency

        os.environ["PYMORPHY2_DICT_PATH"] = pymorphy2_dicts_ru.get_path()


def natasha_check(sets: dict[str, list]) -> None:
    try:
        from natasha import MoneyExtractor, MorphVocab

        _pymorphy2_dictionary()
        extractor = MoneyExtractor(MorphVocab())
    except Exception as error:  # noqa: BLE001 - one library's gap must not stop the other comparisons
        print(f"\nnatasha unavailable: {type(error).__name__}: {error}")
        return

    gold = [
        (f.value, f.unit)
        for a in sets["ru"]
        for f in a.figures
        if f.unit in ("KZT", "USD") and not f.optional
    ]
    found: list[tuple[float, str]] = []
    elapsed = _time(lambda: found.extend(
        (float(m.fact.amount), m.fact.currency) for a in sets["ru"] for m in extractor(a.body)
    ))  # fmt: skip
    hits = sum(
        1 for value, unit in gold if any(u == unit and abs(v - value) <= 0.005 * value for v, u in found)
    )
    ours = [
        (i.value, i.unit) for a in sets["ru"] for i in extract_indicators(a.body, a.published, a.title, "ru")
    ]
    our_hits = sum(
        1 for value, unit in gold if any(u == unit and abs(v - value) <= 0.005 * value for v, u in ours)
    )
    print(f"\nnatasha MoneyExtractor: {hits} of {len(gold)} KZT/USD figures of the Russian set "
          f"(ours: {our_hits}), {elapsed * 1e3:.0f} ms for the set")  # fmt: skip


def text2num_check() -> None:
    from text_to_num import alpha2digit

    for lang in ("ru", "kk"):
        try:
            alpha2digit("полтора миллиона", lang)
            print(f"text2num: supports {lang}")
        except Exception as problem:  # noqa: BLE001 - the library's own error names the gap
            print(f"text2num: {lang}: {problem}")


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--runs", type=int, default=7)
    args = options.parse_args()
    sets = {}
    for lang in ("en", "ru", "kk"):
        sets[lang], problems = read_eval_set(SETS / lang)
        assert not problems, problems
        print(
            f"{lang}: {len(sets[lang])} articles, {sum(len(a.body.encode()) for a in sets[lang]) / 1e3:.0f} kB"
        )
    speeds(sets, args.runs, detect=False)
    speeds(sets, args.runs, detect=True)
    # Each library is optional: one that is missing is reported, and the rest still run.
    for library, check in (
        ("razdel", razdel_check),
        ("pymorphy3", pymorphy_check),
        ("natasha", natasha_check),
    ):
        _optional(library, lambda check=check: check(sets))
    print()
    _optional("text2num", text2num_check)


def _optional(library: str, check: Callable[[], None]) -> None:
    try:
        check()
    except ImportError as error:
        print(f"\n{library} unavailable: {error} (`pip install -e '.[bench]'`)")


if __name__ == "__main__":
    main()
