"""Scoring extracted figures against hand-labelled gold (pure: dicts and text in, scores out).

Two gold formats: the sample page's (shared/gold/*.gold.json: value+unit per article) and the
real-world eval set's (one JSON article per file, /work/evalsets/FORMAT.md: every figure with
its place, unit, period and kind). Reading files and the store is the caller's job (etl/cli.py).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from etl.config_files import ConfigError
from etl.extract.indicator_record import Indicator
from etl.extract.indicators import extract_indicators
from etl.extract.period_basis import BASES, period_basis
from etl.identity import article_id
from etl.item_quality import ItemScore, item_score
from etl.sites.model import Page

TOLERANCE = 0.005  # "value within 0.5 %"

Extracted = list[tuple[float, str]]  # (value, unit)


@dataclass
class ArticleScore:
    stamp: str
    title: str
    true_positives: int = 0
    required: int = 0
    extracted_scored: int = 0  # extracted items not matched to an optional gold item
    misses: list[tuple[float, str]] = field(default_factory=list)
    false_hits: list[tuple[float, str]] = field(default_factory=list)
    found: bool = True  # False when the article's text was not available

    @property
    def precision(self) -> float:
        return self.true_positives / self.extracted_scored if self.extracted_scored else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.required if self.required else 1.0

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)


@dataclass
class EvalReport:
    articles: list[ArticleScore]

    @property
    def true_positives(self) -> int:
        return sum(a.true_positives for a in self.articles)

    @property
    def precision(self) -> float:
        scored = sum(a.extracted_scored for a in self.articles)
        return self.true_positives / scored if scored else 1.0

    @property
    def recall(self) -> float:
        required = sum(a.required for a in self.articles)
        return self.true_positives / required if required else 1.0

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _same_value(value: float, gold_value: float) -> bool:
    return abs(value - gold_value) <= TOLERANCE * abs(gold_value)


# The sample gold files' six units; their 'other' stands for any unit outside them (km, m3, times...).
SAMPLE_GOLD_UNITS = {"count", "percent", "KZT", "USD", "tonne", "hectare"}


def _matches(value: float, unit: str, gold: tuple[float, str]) -> bool:
    gold_value, gold_unit = gold
    same_unit = unit == gold_unit or (gold_unit == "other" and unit not in SAMPLE_GOLD_UNITS)
    return same_unit and _same_value(value, gold_value)


def score_article(
    stamp: str, title: str, extracted: Extracted, required: Extracted, optional: Extracted
) -> ArticleScore:
    """Match each gold item to at most one extracted item; optional items count neither way."""
    score = ArticleScore(stamp, title, required=len(required))
    unused = list(extracted)
    for gold in required:
        hit = next((e for e in unused if _matches(*e, gold)), None)
        if hit is None:
            score.misses.append(gold)
        else:
            unused.remove(hit)
            score.true_positives += 1
    for gold in optional:
        hit = next((e for e in unused if _matches(*e, gold)), None)
        if hit is not None:
            unused.remove(hit)
    score.false_hits = unused
    score.extracted_scored = score.true_positives + len(unused)
    return score


def check_gold(gold: object, source: str) -> dict:
    """The sample gold file's data, checked for the parts evaluation reads."""
    if not isinstance(gold, dict) or not isinstance(gold.get("indicators"), list):
        raise ConfigError(source, "no 'indicators' list")
    for number, entry in enumerate(gold["indicators"]):
        if not {"stamp", "title", "required"} <= set(entry):
            raise ConfigError(source, f"indicators[{number}] needs stamp, title and required")
    return gold


def gold_stamp(stamp: str) -> datetime:
    return datetime.strptime(stamp, "%d.%m.%Y %H:%M")


def evaluate(gold: dict, extract: Callable[[datetime, str], Extracted | None]) -> EvalReport:
    """Score `extract(published_at, title)` (None: article unknown) on every gold article."""
    scores = []
    for entry in gold["indicators"]:
        required = [(float(v), u) for v, u in entry["required"]]
        optional = [(float(v), u) for v, u in entry.get("optional", [])]
        extracted = extract(gold_stamp(entry["stamp"]), entry["title"])
        score = score_article(entry["stamp"], entry["title"], extracted or [], required, optional)
        score.found = extracted is not None
        scores.append(score)
    return EvalReport(scores)


def page_extractor(page: Page) -> Callable[[datetime, str], Extracted | None]:
    """An `extract` over the articles of one parsed page, by stamp and title."""
    bodies: dict[str, tuple[str, date, str]] = {}
    for listing in page.listings:
        if listing.body:
            bodies.setdefault(
                article_id(listing.published_at, listing.title),
                (listing.body, listing.published_at.date(), listing.title),
            )

    def extract(published_at: datetime, title: str) -> Extracted | None:
        found = bodies.get(article_id(published_at, title))
        if found is None:
            return None
        body, published, page_title = found
        return [(i.value, i.unit) for i in extract_indicators(body, published, title=page_title)]

    return extract


# ---------------------------------------------------------------------------------------------
# The real-world eval set: one labelled article per file (FORMAT.md), scored figure by figure.

KINDS = ("actual", "target", "plan", "forecast")
Period = tuple[date | None, date | None]


@dataclass(frozen=True)
class GoldFigure:
    value: float
    unit: str
    start: int  # where its surface stands in the body
    end: int
    surface: str
    item: str
    period: Period | None  # None: the text gives no period
    kind: str
    is_change: bool
    optional: bool


@dataclass(frozen=True)
class EvalArticle:
    name: str  # file name or id, for messages
    language: str
    published: date
    title: str
    body: str
    figures: tuple[GoldFigure, ...]


def _iso(value: object, where: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise ConfigError(where, f"not an ISO date: {value!r}") from None


def eval_article(data: object, name: str) -> EvalArticle:
    """One article of the eval set, checked: every surface must stand in the body."""
    if not isinstance(data, dict):
        raise ConfigError(name, "not a JSON object")
    missing = {"language", "published", "title", "body", "figures"} - set(data)
    if missing:
        raise ConfigError(name, f"missing {', '.join(sorted(missing))}")
    body = data["body"]
    figures = []
    for number, raw in enumerate(data["figures"]):
        where = f"{name} figures[{number}]"
        needed = {"surface", "value", "unit", "period", "kind"} - set(raw)
        if needed:
            raise ConfigError(where, f"missing {', '.join(sorted(needed))}")
        start = _occurrence(body, raw["surface"], int(raw.get("occurrence", 1)))
        if start < 0:
            raise ConfigError(where, f"surface {raw['surface']!r} (occurrence {raw.get('occurrence', 1)}) "
                                     "is not in the body")  # fmt: skip
        if raw["kind"] not in KINDS:
            raise ConfigError(where, f"kind {raw['kind']!r} is not one of {', '.join(KINDS)}")
        period = raw["period"]
        if period is not None and (not isinstance(period, list) or len(period) != 2):
            raise ConfigError(where, f"period must be [start, end] or null, not {period!r}")
        figures.append(
            GoldFigure(
                value=float(raw["value"]),
                unit=str(raw["unit"]),
                start=start,
                end=start + len(raw["surface"]),
                surface=raw["surface"],
                item=str(raw.get("item", "")),
                period=None if period is None else (_iso(period[0], where), _iso(period[1], where)),
                kind=raw["kind"],
                is_change=bool(raw.get("is_change", False)),
                optional=bool(raw.get("optional", False)),
            )
        )
    return EvalArticle(
        name=name,
        language=str(data["language"]),
        published=_iso(data["published"], name) or date.min,
        title=str(data["title"]),
        body=body,
        figures=tuple(figures),
    )


def _occurrence(text: str, surface: str, occurrence: int) -> int:
    position = -1
    for _ in range(max(1, occurrence)):
        position = text.find(surface, position + 1)
        if position < 0:
            return -1
    return position


@dataclass(frozen=True)
class FigureResult:
    """One gold figure, the extracted figure matched to it (if any) and what went wrong."""

    gold: GoldFigure
    found: Indicator | None
    errors: tuple[str, ...]  # error classes, e.g. "missed", "wrong period: wrong year", "wrong kind"


@dataclass
class SetArticleScore:
    article: EvalArticle
    results: list[FigureResult]
    false_hits: list[tuple[Indicator, str]]  # with its class: "false hit" / "wrong unit" / "wrong value"

    @property
    def true_positives(self) -> int:
        return sum(1 for r in self.results if r.found is not None and not r.gold.optional)

    @property
    def required(self) -> int:
        return sum(1 for r in self.results if not r.gold.optional)

    @property
    def extracted_scored(self) -> int:
        return self.true_positives + len(self.false_hits)


@dataclass
class SetReport:
    articles: list[SetArticleScore]

    def _sum(self, name: str) -> int:
        return sum(getattr(a, name) for a in self.articles)

    @property
    def precision(self) -> float:
        scored = self._sum("extracted_scored")
        return self._sum("true_positives") / scored if scored else 1.0

    @property
    def recall(self) -> float:
        required = self._sum("required")
        return self._sum("true_positives") / required if required else 1.0

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    def matched(self) -> list[FigureResult]:
        return [r for a in self.articles for r in a.results if r.found is not None and not r.gold.optional]

    @property
    def period_scored(self) -> int:
        return sum(1 for r in self.matched() if r.gold.period is not None)

    @property
    def period_accuracy(self) -> float:
        """Of matched figures with a gold period, the share whose (start, end) is exactly right."""
        scored = [r for r in self.matched() if r.gold.period is not None]
        right = sum(1 for r in scored if _period_of(r.found) == r.gold.period)
        return right / len(scored) if scored else 1.0

    def period_by_basis(self) -> dict[str, tuple[int, int]]:
        """Period accuracy split by how each figure's period was decided (period_basis.py):
        basis -> (right, scored) over matched figures with a gold period, every basis listed."""
        counts = {basis: [0, 0] for basis in BASES}
        for article in self.articles:
            for r in article.results:
                if r.found is None or r.gold.optional or r.gold.period is None:
                    continue
                tally = counts[period_basis(r.found, article.article.published, article.article.language)]
                tally[0] += _period_of(r.found) == r.gold.period
                tally[1] += 1
        return {basis: (right, scored) for basis, (right, scored) in counts.items()}

    @property
    def kind_accuracy(self) -> float:
        matched = self.matched()
        right = sum(1 for r in matched if r.found is not None and r.found.kind == r.gold.kind)
        return right / len(matched) if matched else 1.0

    def item_score(self) -> ItemScore:
        """How well matched figures' items name what their gold items name (etl/item_quality.py)."""
        language = self.articles[0].article.language if self.articles else "en"
        return item_score(
            [(r.found.item, r.gold.item) for r in self.matched() if r.found is not None], language
        )

    def error_counts(self) -> Counter[str]:
        counts: Counter[str] = Counter()
        for article in self.articles:
            for result in article.results:
                if not result.gold.optional:
                    counts.update(result.errors)
            # a wrong unit/value is counted once, on the gold side
            counts.update(kind for _, kind in article.false_hits if kind == "false hit")
        return counts

    def figures(self) -> dict[str, float]:
        """The ratchet's figures (tests/realworld/best.json)."""
        return {
            "f1": round(self.f1, 4),
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "period": round(self.period_accuracy, 4),
            "kind": round(self.kind_accuracy, 4),
            "articles": len(self.articles),
            "facts": self._sum("required"),
        }


def _period_of(found: Indicator | None) -> Period | None:
    if found is None or (found.period_start is None and found.period_end is None):
        return None
    return found.period_start, found.period_end


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


_COMPARISON_BEFORE = re.compile(
    r"(?:than|compared\s+(?:to|with)|against|versus|vs\.?|from|same\s+\w+(?:\s+\w+)?\s+of|over)\s+"
    r"(?:(?:the\s+)?(?:same\s+)?(?:\w+\s+){0,3}(?:of|in)\s+)?(?:in\s+)?$",
    re.I,
)


def period_error(found: Indicator, gold: Period | None, published: date) -> str | None:
    """What is wrong with a matched figure's period, as a class; None when it is right."""
    got = _period_of(found)
    if got == gold:
        return None
    if gold is None:
        return "period where none is stated"
    if got is None:
        return "no period"
    gold_years = {d.year for d in gold if d}
    got_years = {d.year for d in got if d}
    if gold_years != got_years and got_years - gold_years:
        sentence = found.sentence
        for year in got_years - gold_years:
            for at in (m.start() for m in re.finditer(str(year), sentence)):
                if _COMPARISON_BEFORE.search(sentence[max(0, at - 60) : at]):
                    return "comparison base"
        return "wrong year"
    if (got[0] is None) != (gold[0] is None) or (got[1] is None) != (gold[1] is None):
        return "open/closed end"  # a deadline read as a span, a start-only read as a range...
    return "wrong span in the year"  # the year right, the months wrong (9 months vs the year)


def _match_figures(golds: list[GoldFigure], found: list[Indicator]) -> tuple[dict[int, int], list[int]]:
    """gold index -> found index. First value+unit at the same place, then value+unit anywhere
    (nearest first); each found figure serves at most one gold figure."""
    pairs: dict[int, int] = {}
    free = set(range(len(found)))
    for g, gold in enumerate(golds):
        for f in sorted(free):
            hit = found[f]
            if (
                hit.unit == gold.unit and _same_value(hit.value, gold.value)
                and _overlap(hit.start_char, hit.end_char, gold.start, gold.end)
            ):  # fmt: skip
                pairs[g] = f
                free.discard(f)
                break
    for g in sorted(range(len(golds)), key=lambda g: golds[g].optional):
        if g in pairs:
            continue
        gold = golds[g]
        candidates = [
            f for f in free if found[f].unit == gold.unit and _same_value(found[f].value, gold.value)
        ]
        if candidates:
            best = min(candidates, key=lambda f: abs(found[f].start_char - gold.start))
            pairs[g] = best
            free.discard(best)
    return pairs, sorted(free)


def score_eval_article(article: EvalArticle, found: list[Indicator]) -> SetArticleScore:
    """Match the extractor's figures to the article's gold; classify every error."""
    golds = list(article.figures)
    pairs, unmatched = _match_figures(golds, found)
    results = []
    missed_at: dict[int, int] = {}  # unmatched found index -> the missed gold at its place
    for g, gold in enumerate(golds):
        f = pairs.get(g)
        if f is None:
            near = next((u for u in unmatched if _overlap(found[u].start_char, found[u].end_char,
                                                          gold.start, gold.end)), None)  # fmt: skip
            if near is not None and not gold.optional:
                missed_at[near] = g
                error = "wrong unit" if found[near].unit != gold.unit else "wrong value"
            else:
                error = "missed"
            results.append(FigureResult(gold, None, (error,)))
            continue
        hit = found[f]
        errors = []
        if gold.period is not None or _period_of(hit) is not None:
            problem = period_error(hit, gold.period, article.published)
            if problem and gold.period is not None:
                errors.append(f"wrong period: {problem}")
        if hit.kind != gold.kind:
            errors.append(f"wrong kind: {gold.kind} read as {hit.kind}")
        results.append(FigureResult(gold, hit, tuple(errors)))
    false_hits = []
    for f in unmatched:
        if f in missed_at:
            gold = golds[missed_at[f]]
            false_hits.append((found[f], "wrong unit" if found[f].unit != gold.unit else "wrong value"))
        else:
            false_hits.append((found[f], "false hit"))
    return SetArticleScore(article, results, false_hits)


def score_set(
    articles: Iterable[EvalArticle],
    extract: Callable[[EvalArticle], list[Indicator]] | None = None,
) -> SetReport:
    """Score the extractor (or `extract`) on every article of an eval set."""
    run = extract or (lambda a: extract_indicators(a.body, a.published, title=a.title))
    return SetReport([score_eval_article(article, run(article)) for article in articles])
