"""Study: which period does a figure take when its own sentence names none?

For every required gold figure of the development sets (tests/realworld/{en,ru,kk}) that the
extractor finds and whose sentence names no period of its own (decided by the extractor's own
period readers: `find_periods`, `find_cyrillic_periods` with the Cyrillic reader's comparison,
reporting-day and data-month filters), this computes the periods the figure could take from its
context and which of them equal the gold period:

  headline   the headline's first period
  lead       the lead sentence's first period (the first sentence of the body after a dateline)
  prev       the last period named by the nearest earlier sentence that names one
  prev_first the first period of that sentence
  para       the first period of the figure's paragraph's opening sentence (if it names one)
  pub        the publication day, [published, published] (a present state)
  extractor  what the extractor gave

It tabulates, per language, how often each candidate is right, and by simple features: the tense
or state reading of the figure's clause (`predicate.read_predicate`, `ru_tense.clause_tenses`,
`kk_predicate.read_predicate`), a unit class (stock, flow, rate or change), the distance in
sentences from the last sentence that named a period, and whether that sentence is the lead.

Then it splits the articles by set: DESIGN = h1-* to h18-*, hx-* and the older unprefixed files;
TEST = h20-*, h21-*, h22-*. `policies` lists, from DESIGN only, every override "in feature cell X
take candidate C instead of the extractor's answer" with a net gain on DESIGN, and measures the
chosen ones once on TEST.

    python -m bench.carry_study tables [--split design|test|all]
    python -m bench.carry_study hypotheses
    python -m bench.carry_study policies [--min-gain N]
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from etl.cli import read_eval_set
from etl.evaluation import EvalArticle, score_eval_article
from etl.extract.cyrillic_kinds import clause_span
from etl.extract.cyrillic_numbers import reader_for, split_cyrillic_sentences
from etl.extract.cyrillic_periods import find_cyrillic_periods
from etl.extract.cyrillic_report_span import _data_month, _is_reporting_date
from etl.extract.cyrillic_scope_carry import _is_comparison
from etl.extract.figure_clause import _clause_span
from etl.extract.indicator_record import Indicator
from etl.extract.indicators import extract_indicators
from etl.extract.kk_predicate import read_predicate as kk_read_predicate
from etl.extract.languages.kk import KAZAKH
from etl.extract.languages.ru import RUSSIAN
from etl.extract.periods import Period, find_periods
from etl.extract.predicate import read_predicate as en_read_predicate
from etl.extract.records import replace
from etl.extract.ru_tense import clause_tenses
from etl.extract.sentences import split_sentences
from etl.extract.units import CURRENCIES

ROOT = Path(__file__).resolve().parent.parent
SETS = ("en", "ru", "kk")
Span = tuple[date | None, date | None] | None  # None: no period
CANDIDATES = ("headline", "lead", "prev", "prev_first", "para", "pub")
# the order in which a matching candidate is named as the extractor's source: the nearest first
SOURCE_ORDER = ("prev", "prev_first", "para", "lead", "headline", "pub")
TEST_SETS = ("h20-", "h21-", "h22-")
_DATELINE = re.compile(r"[A-Z][A-Z-]+(?:\s+[A-Z][A-Z-]+)*[.,]?")
_FLOW_UNITS = {*CURRENCIES, "tonne", "kg", "kWh", "m3", "litre", "tonne_km", "centner_per_hectare"}
_RATE_UNITS = {"percent", "percentage_point", "times", "KZT/USD"}


def split_of(name: str) -> str:
    """TEST for the three newest blind sets, DESIGN for every older file."""
    return "test" if name.startswith(TEST_SETS) else "design"


@dataclass(frozen=True)
class Line:
    """One sentence of the body, with the periods its own words name."""

    text: str
    start: int
    paragraph: int
    periods: tuple[Period, ...]  # no comparison base, no weak "already/now"
    weak: bool  # names only the present ("now", "today", "уже", "қазір")


@dataclass(frozen=True)
class Row:
    language: str
    split: str
    article: str
    surface: str
    gold: Span
    extracted: Span
    candidates: dict[str, Span]
    tense: str
    unit_class: str
    distance: str  # sentences back to the last one naming a period: 1, 2, 3+, or "-" (none)
    last_is_lead: bool
    same_paragraph: bool  # the last sentence naming a period is in the figure's paragraph
    weak: bool

    @property
    def prev_in_lead(self) -> str:
        """How the last named period stands to the lead's: same, inside (a part of the lead's
        span), outside, or "-" when either is missing."""
        prev, lead = self.candidates["prev"], self.candidates["lead"]
        if prev is None or lead is None:
            return "-"
        if prev == lead:
            return "same"
        (p_start, p_end), (l_start, l_end) = prev, lead
        if p_start and p_end and l_start and l_end and l_start <= p_start and p_end <= l_end:
            return "inside"
        return "outside"

    @property
    def source(self) -> str:
        """Which candidate the extractor's answer equals (the first in SOURCE_ORDER), "null"
        for no period, "other" for a period none of them names."""
        if self.extracted is None:
            return "null"
        return next((name for name in SOURCE_ORDER if self.candidates[name] == self.extracted), "other")

    def right(self, candidate: str) -> bool:
        return (
            self.candidates[candidate] == self.gold
            if candidate != "extractor"
            else self.extracted == self.gold
        )


def _span(period: Period | None) -> Span:
    if period is None or (period.period_start is None and period.period_end is None):
        return None
    return period.period_start, period.period_end


def _named(periods: list[Period]) -> tuple[list[Period], bool]:
    """The periods that name a time for the figure (not a base), and whether a weak one stood."""
    plain = [p for p in periods if not p.is_comparison and (p.period_start or p.period_end)]
    return [p for p in plain if not p.is_weak], any(p.is_weak for p in plain)


def _lines(article: EvalArticle) -> list[Line]:
    """The body's sentences as the language's extractor splits them, each with its own periods;
    a phrase without a year takes the year of the last period named before it (the scope's)."""
    published, body, lines = article.published, article.body, []
    scope: Period | None = None
    if article.language == "en":
        for sentence in split_sentences(body):
            year = None if scope is None else _year(scope, published)
            named, weak = _named(find_periods(sentence.text, published, year))
            lines.append(Line(sentence.text, sentence.start, sentence.paragraph, tuple(named), weak))
            scope = named[-1] if named else scope
        return lines
    data = RUSSIAN if article.language == "ru" else KAZAKH
    reader = reader_for(data)
    for sentence in split_cyrillic_sentences(body):
        text = sentence.text
        periods = [
            p
            for p in find_cyrillic_periods(text, published, data, scope)
            if not _is_reporting_date(reader, text, p) and not _data_month(article.language, text, p, scope)
        ]
        periods = [
            replace(p, is_comparison=True) if _is_comparison(reader, text, p, published) else p
            for p in periods
        ]
        named, weak = _named(periods)
        lines.append(Line(text, sentence.start, body.count("\n", 0, sentence.start), tuple(named), weak))
        scope = named[-1] if named else scope
    return lines


def _year(period: Period, published: date) -> int | None:
    day = period.period_end or period.period_start
    return None if day is None or day > published else day.year


def _headline(article: EvalArticle) -> Period | None:
    if article.language == "en":
        named, _ = _named(find_periods(article.title, article.published))
    else:
        data = RUSSIAN if article.language == "ru" else KAZAKH
        named, _ = _named(find_cyrillic_periods(article.title, article.published, data))
    return named[0] if named else None


def _tense(article: EvalArticle, hit: Indicator) -> str:
    """A coarse reading of the figure's clause: state (a present state verb), present, past, ahead
    or none, from the language's own predicate reader."""
    text = hit.sentence
    at, to = hit.start_char - hit.sentence_start, hit.end_char - hit.sentence_start
    if article.language == "en":
        predicate = en_read_predicate(text, _clause_span(text, at, to), at, to)
        if predicate is None:
            return "none"
        if predicate.states_now:
            return "state"
        if predicate.perfect:
            return "perfect"
        return predicate.tense
    c_start, c_end = clause_span(text, at, to)
    if article.language == "ru":
        tenses = {t for _, t in clause_tenses(text, c_start, c_end)} or {
            t for _, t in clause_tenses(text, 0, len(text))
        }
        if "future" in tenses:
            return "ahead"
        present, past = bool(tenses & {"present", "copula"}), bool(tenses & {"past", "done"})
        return "mixed" if present and past else "present" if present else "past" if past else "none"
    predicate = kk_read_predicate(text, c_start, c_end) or kk_read_predicate(text, 0, len(text))
    if predicate is None:
        return "none"
    if predicate.tense in ("past", "perfect"):
        return "past"
    if predicate.tense in ("future", "intent") or predicate.planning:
        return "ahead"
    if predicate.stative or predicate.tense == "existential":
        return "state"
    if predicate.tense in ("aorist", "progressive", "ability", "nominal"):
        return "present"
    return predicate.tense


def _unit_class(hit: Indicator) -> str:
    if hit.is_change:
        return "change"
    if hit.unit in _RATE_UNITS:
        return "rate"
    return "flow" if hit.unit in _FLOW_UNITS else "stock"


def rows_of(article: EvalArticle) -> Iterator[Row]:
    """One row per matched required gold figure whose sentence names no period of its own (a
    gold period of null included: the eval does not score it, but an override that dates it is
    wrong all the same)."""
    found = extract_indicators(
        article.body, article.published, title=article.title, language=article.language
    )
    lines = _lines(article)
    published = article.published
    headline = _span(_headline(article))
    lead_index = next(
        (
            i
            for i, line in enumerate(lines)
            if not (article.language == "en" and _DATELINE.fullmatch(line.text))
        ),
        0,
    )
    lead = _span(lines[lead_index].periods[0]) if lines and lines[lead_index].periods else None
    starts = [line.start for line in lines]
    for result in score_eval_article(article, found).results:
        gold, hit = result.gold, result.found
        if gold.optional or hit is None:
            continue
        index = max(i for i, s in enumerate(starts) if s <= gold.start)
        line = lines[index]
        if line.periods:
            continue
        before = [i for i in range(index) if lines[i].periods]
        last = before[-1] if before else None
        opener = min(i for i, other in enumerate(lines) if other.paragraph == line.paragraph)
        candidates: dict[str, Span] = {
            "headline": headline,
            "lead": lead if index != lead_index else None,
            "prev": _span(lines[last].periods[-1]) if last is not None else None,
            "prev_first": _span(lines[last].periods[0]) if last is not None else None,
            "para": _span(lines[opener].periods[0]) if opener != index and lines[opener].periods else None,
            "pub": (published, published),
            "null": None,  # (for the overrides only: no scored gold is null)
        }
        yield Row(
            language=article.language,
            split=split_of(article.name),
            article=article.name,
            surface=gold.surface,
            gold=gold.period,
            extracted=_span_of(hit),
            candidates=candidates,
            tense=_tense(article, hit),
            unit_class=_unit_class(hit),
            distance="-" if last is None else str(min(index - last, 3)) + ("+" if index - last >= 3 else ""),
            last_is_lead=last == lead_index,
            same_paragraph=last is not None and lines[last].paragraph == line.paragraph,
            weak=line.weak,
        )


def _span_of(hit: Indicator) -> Span:
    if hit.period_start is None and hit.period_end is None:
        return None
    return hit.period_start, hit.period_end


def dataset() -> list[Row]:
    rows: list[Row] = []
    for language in SETS:
        articles, _ = read_eval_set(ROOT / "tests" / "realworld" / language)
        for article in articles:
            rows.extend(rows_of(article))
    return rows


def _pct(part: int, whole: int) -> str:
    return f"{part:4d} ({100 * part / whole:3.0f}%)" if whole else f"{part:4d}  (  -)"


def candidate_table(rows: list[Row], title: str) -> None:
    """Per language: how often each candidate equals the gold period, the extractor's score, how
    often some candidate is right (the ceiling of any choice among them) and, where the extractor
    is wrong, which candidates would have been right."""
    print(f"\n{title}: required gold figures whose sentence names no period")
    names = ("extractor", *CANDIDATES)
    print(f"{'lang':4} {'n':>5} " + " ".join(f"{name:>10}" for name in names) + f" {'any':>10}")
    for language in SETS:
        chosen = [r for r in rows if r.language == language]
        cells = [_pct(sum(r.right(name) for r in chosen), len(chosen)) for name in names]
        ceiling = sum(any(r.right(name) for name in names) for r in chosen)
        print(
            f"{language:4} {len(chosen):5d} "
            + " ".join(f"{c:>10}" for c in cells)
            + f" {_pct(ceiling, len(chosen)):>10}"
        )
    print("  where the extractor is wrong, the candidates that are right (a figure may count for several):")
    for language in SETS:
        wrong = [r for r in rows if r.language == language and not r.right("extractor")]
        counts = Counter(name for r in wrong for name in CANDIDATES if r.right(name))
        nothing = sum(not any(r.right(name) for name in CANDIDATES) for r in wrong)
        print(
            f"  {language}: wrong {len(wrong)}; "
            + ", ".join(f"{n} {counts[n]}" for n in CANDIDATES)
            + f"; none of them {nothing}"
        )


FEATURES = ("source", "tense", "unit_class", "distance", "last_is_lead", "same_paragraph", "prev_in_lead")


def feature_table(rows: list[Row], feature: str) -> None:
    """Per language and value of one feature: n, extractor right, and each candidate right."""
    print(f"\n  by {feature}: n, then right of extractor / " + " / ".join(CANDIDATES))
    for language in SETS:
        groups: dict[str, list[Row]] = defaultdict(list)
        for r in rows:
            if r.language == language:
                groups[str(getattr(r, feature))].append(r)
        for value in sorted(groups):
            chosen = groups[value]
            cells = [sum(r.right(name) for r in chosen) for name in ("extractor", *CANDIDATES)]
            print(f"    {language} {value:>8} n={len(chosen):4d}  " + " / ".join(f"{c:4d}" for c in cells))


def _set_of(name: str) -> str:
    match = re.match(r"(h\d+|hx)-", name)
    return match.group(1) if match else "old"


def set_table(rows: list[Row]) -> None:
    """Per language and set: n and the extractor's right answers, then the articles that hold
    most of its wrong ones (errors cluster by article)."""
    print("\n  by set (extractor right of n):")
    for language in SETS:
        groups: dict[str, list[Row]] = defaultdict(list)
        for r in rows:
            if r.language == language:
                groups[_set_of(r.article)].append(r)
        order = sorted(groups, key=lambda g: (g == "old", g == "hx", int(g[1:]) if g[1:].isdigit() else 0))
        print(f"    {language}: " + ", ".join(
            f"{g} {sum(r.right('extractor') for r in groups[g])}/{len(groups[g])}" for g in order))  # fmt: skip
        wrong = Counter(r.article for r in rows if r.language == language and not r.right("extractor"))
        total = sum(wrong.values())
        top = wrong.most_common(3)
        print(f"       wrong {total} in {len(wrong)} articles; the top three hold {sum(n for _, n in top)}: "
              + ", ".join(f"{a[:24]} {n}" for a, n in top))  # fmt: skip


def tables(rows: list[Row], title: str) -> None:
    """The candidate and feature tables over the figures the eval scores (gold has a period)."""
    null = Counter(r.language for r in rows if r.gold is None)
    print(f"(figures whose gold period is null, left out of the tables: {dict(null)};"
          f" extractor null on them: {dict(Counter(r.language for r in rows if r.gold is None and r.extracted is None))})")  # fmt: skip
    candidate_table([r for r in rows if r.gold is not None], title)
    set_table([r for r in rows if r.gold is not None])
    for feature in FEATURES:
        feature_table([r for r in rows if r.gold is not None], feature)


@dataclass(frozen=True)
class Policy:
    """Take `candidate` instead of the extractor's answer for the rows of one feature cell."""

    language: str
    cell: tuple[tuple[str, str], ...]  # (feature, value) pairs
    candidate: str

    def applies(self, row: Row) -> bool:
        return row.language == self.language and all(str(getattr(row, f)) == v for f, v in self.cell)

    def gain(self, rows: list[Row]) -> Tally:
        """What applying the policy to `rows` would fix and break."""
        tally = Tally()
        for row in rows:
            if self.applies(row):
                tally.add(row, self.candidate)
        return tally


@dataclass
class Tally:
    """Figures an override fixes and breaks: those the eval scores (a gold period) apart from those
    whose gold period is null (unscored, but a period there is wrong all the same)."""

    fixed: int = 0
    broken: int = 0
    null_fixed: int = 0
    null_broken: int = 0

    def add(self, row: Row, candidate: str) -> None:
        now, then = row.right("extractor"), row.right(candidate)
        if row.gold is None:
            self.null_fixed += then and not now
            self.null_broken += now and not then
        else:
            self.fixed += then and not now
            self.broken += now and not then

    @property
    def net(self) -> int:
        return self.fixed - self.broken + self.null_fixed - self.null_broken

    def __str__(self) -> str:
        return f"+{self.fixed}/-{self.broken} null +{self.null_fixed}/-{self.null_broken} net {self.net:+d}"


def _cells(row: Row, depth: int) -> Iterator[tuple[tuple[str, str], ...]]:
    """Every feature cell of `depth` features (1 or 2) the row falls in."""
    values = [(f, str(getattr(row, f))) for f in FEATURES]
    if depth == 1:
        yield from ((v,) for v in values)
        return
    for i, first in enumerate(values):
        for second in values[i + 1 :]:
            yield first, second


def search_policies(design: list[Row], min_gain: int, depth: int) -> list[tuple[Policy, Tally]]:
    """Every single override with a net gain >= `min_gain` on DESIGN, best first."""
    seen: set[Policy] = set()
    for row in design:
        for cell in _cells(row, depth):
            for candidate in (*CANDIDATES, "null"):
                seen.add(Policy(row.language, cell, candidate))
    scored = [(policy, policy.gain(design)) for policy in seen]
    kept = [(policy, tally) for policy, tally in scored if tally.net >= min_gain]
    return sorted(kept, key=lambda s: (s[0].language, -s[1].net, s[1].broken + s[1].null_broken))


def policies(rows: list[Row], min_gain: int) -> None:
    """List the overrides DESIGN supports, then measure each once on TEST."""
    design = [r for r in rows if r.split == "design"]
    test = [r for r in rows if r.split == "test"]
    outcome: Counter[str] = Counter()
    for depth in (1, 2):
        print(f"\noverrides with a net gain >= {min_gain} on DESIGN ({depth} feature(s) per cell): scored"
              " figures fixed/broken, null-gold figures fixed/broken, net; DESIGN | TEST")  # fmt: skip
        for policy, tally in search_policies(design, min_gain, depth):
            cell = ", ".join(f"{f}={v}" for f, v in policy.cell)
            on_test = policy.gain(test)
            print(f"  {policy.language} [{cell}] -> {policy.candidate}: {tally} | {on_test}")
            scored = on_test.fixed - on_test.broken
            outcome["scored gain" if scored > 0 else "scored loss" if scored < 0 else "scored even"] += 1
            outcome["net gain" if on_test.net > 0 else "net loss" if on_test.net < 0 else "net even"] += 1
    print(f"\non TEST, of {sum(outcome.values()) // 2} overrides DESIGN supports: " + ", ".join(
        f"{name} {outcome[name]}" for name in ("scored gain", "scored even", "scored loss", "net gain", "net even", "net loss")))  # fmt: skip


# The hypotheses about the frame one hears first, as overrides of the extractor's answer; measured
# on DESIGN and TEST alike (they were not chosen from the data, so neither split is spent on them).
HYPOTHESES: tuple[tuple[str, tuple[tuple[str, str], ...], str], ...] = (
    ("a present state stands at publication", (("tense", "state"),), "pub"),
    ("a present tense stands at publication", (("tense", "present"),), "pub"),
    ("a stock in the present stands at publication", (("tense", "present"), ("unit_class", "stock")), "pub"),
    ("three sentences on, the lead's frame is back", (("distance", "3+"),), "lead"),
    ("three sentences on, the headline's frame is back", (("distance", "3+"),), "headline"),
    ("a new paragraph goes back to the lead", (("same_paragraph", "False"),), "lead"),
    ("a new paragraph takes its opener's period", (("same_paragraph", "True"),), "para"),
    ("a part of the lead's span named later frames nothing", (("prev_in_lead", "inside"),), "lead"),
    ("a plan or outlook with no period of its own has none", (("tense", "ahead"),), "null"),
    ("the last period named frames the rest", (), "prev"),
    ("the lead frames the rest", (), "lead"),
)


def hypotheses(rows: list[Row]) -> None:
    """Each hypothesis as an override, per language, on DESIGN and TEST."""
    print("\nhypotheses as overrides of the extractor: scored figures fixed/broken, null-gold figures"
          " fixed/broken, net; DESIGN | TEST")  # fmt: skip
    for text, cell, candidate in HYPOTHESES:
        print(f"  {text} [{', '.join(f'{f}={v}' for f, v in cell) or 'all'}] -> {candidate}")
        for language in SETS:
            policy = Policy(language, cell, candidate)
            design, test = ([r for r in rows if r.split == split] for split in ("design", "test"))
            print(f"    {language}: {policy.gain(design)} | {policy.gain(test)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["tables", "policies", "hypotheses"])
    parser.add_argument("--split", choices=["design", "test", "all"], default="all")
    parser.add_argument("--min-gain", type=int, default=3)
    args = parser.parse_args()
    rows = dataset()
    if args.command == "tables":
        chosen = rows if args.split == "all" else [r for r in rows if r.split == args.split]
        tables(chosen, args.split.upper())
    elif args.command == "hypotheses":
        hypotheses(rows)
    else:
        policies(rows, args.min_gain)


if __name__ == "__main__":
    main()
