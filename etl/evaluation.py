"""Scoring extracted indicators against a gold file (format of shared/gold/*.gold.json)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from etl.config_files import ConfigError
from etl.extract.indicators import extract_indicators
from etl.identity import article_id
from etl.sites.ktkz.pages import parse_page
from etl.store import database

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


def _matches(value: float, unit: str, gold: tuple[float, str]) -> bool:
    gold_value, gold_unit = gold
    return unit == gold_unit and abs(value - gold_value) <= TOLERANCE * abs(gold_value)


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


def load_gold(path: Path) -> dict:
    """The gold file, checked for the parts evaluation reads."""
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(path, "file not found") from None
    except ValueError as error:
        raise ConfigError(path, f"not valid JSON: {error}") from None
    if not isinstance(gold, dict) or not isinstance(gold.get("indicators"), list):
        raise ConfigError(path, "no 'indicators' list")
    for number, entry in enumerate(gold["indicators"]):
        if not {"stamp", "title", "required"} <= set(entry):
            raise ConfigError(path, f"indicators[{number}] needs stamp, title and required")
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


def page_extractor(page_text: str) -> Callable[[datetime, str], Extracted | None]:
    """An `extract` over the articles of one page's text, by stamp and title."""
    bodies: dict[str, tuple[str, date]] = {}
    for listing in parse_page(page_text).listings:
        if listing.body:
            bodies.setdefault(
                article_id(listing.published_at, listing.title), (listing.body, listing.published_at.date())
            )

    def extract(published_at: datetime, title: str) -> Extracted | None:
        found = bodies.get(article_id(published_at, title))
        if found is None:
            return None
        return [(i.value, i.unit) for i in extract_indicators(*found)]

    return extract


def store_extractor(con) -> Callable[[datetime, str], Extracted | None]:
    """An `extract` over the indicators already in a store (what the product holds)."""

    def extract(published_at: datetime, title: str) -> Extracted | None:
        identity = article_id(published_at, title)
        if not database.scalar(con, "SELECT body IS NOT NULL FROM articles WHERE article_id = ?", [identity]):
            return None
        rows = con.execute("SELECT value, unit FROM indicators WHERE article_id = ?", [identity]).fetchall()
        return [(float(value), unit) for value, unit in rows]

    return extract
