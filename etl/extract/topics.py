"""Multi-label topics from the editable taxonomy in etl/extract/defaults/topics.toml."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from etl.config_files import ConfigError, load_toml, require
from etl.extract.keywords import WHOLE_WORD_MAX, compile_keywords

# Shipped inside the package, so an installed ktpulse finds it outside the source tree.
DEFAULT_TAXONOMY = Path(str(resources.files("etl.extract") / "defaults" / "topics.toml"))
# How keywords meet text (casefolding, the ё/е folding below): part of the taxonomy's fingerprint,
# so a change to it re-tags stored articles like an edit of the file does.
MATCHING_RULES_VERSION = "4"  # 4: title attributions, a topic's not_with

# A headline's attribution ("…, minister says", "…, says vice minister", "…, governor tells
# President", "Президент: …", "… — министр") names who spoke, not what about: its words still
# weigh as the title's, but cannot give a topic that needs a title hit (government).
_OFFICE = r"(?:vice-|вице-)?(?:minister|министр|akim|аким|әкім|president|президент|governor|премьер|глава|депутат)\w*"
_ATTRIBUTIONS = (
    re.compile(r",\s*(?:[\w'-]+\s+){0,3}(?:says|said|tells|told|reports|reported|notes|believes)(?:\s+[\w'-]+){0,3}\s*$"),
    # a speaker of up to three words, then a colon: "Президент: …", "Бектенов в мажилисе: …"
    re.compile(r"^(?:[\w'-]+\s+){0,2}[\w'-]+:\s+(?=\S)"),
    # "… — министр", "… — глава МВД", "… — Токаев"
    re.compile(rf"\s+[—–]\s+(?:(?i:{_OFFICE})(?:\s+[\w-]+){{0,2}}|[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+)\s*$"),
    re.compile(r"[,»\"]\s*(?:[—–-]\s*)?(?:заявил|сообщил|рассказал|считает|отметил|деді|деп)\w*(?:\s+[\w-]+){0,3}\s*$"),
)  # fmt: skip
# A report to the President ("Kostanay governor reports car assembly to President", "Аким области
# доложил Президенту об итогах", "Әкім Президентке баяндады"): who reported and to whom, not what about.
_TO_THE_PRESIDENT = re.compile(
    r"\b(?:reports?|reported|tells|told|briefs|briefed|доложил\w*|отчитал\w*|баяндады)\b.*?"
    r"(?:\bto\s+(?:the\s+)?President\b|\bПрезиденту\b|\bПрезидентке\b|\bГлаве\s+государства\b|"
    r"\bМемлекет\s+басшысына\b)"
    r"|(?:\bПрезиденту\b|\bПрезидентке\b|\bМемлекет\s+басшысына\b).*?\b(?:доложил\w*|отчитал\w*|баяндады)\b",
    re.IGNORECASE,
)
_SPEAKERS = re.compile(
    rf"(?i:\b{_OFFICE}|\bto\s+(?:the\s+)?President\b|\bМемлекет\s+басшысына\b|\bГлаве\s+государства\b)"
)
# Sentences, for a topic's `not_with` words (a health word in a sentence about livestock).
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def split_attribution(title: str) -> tuple[str, str]:
    """(the headline's own words, its attribution or '') of a title as written."""
    for pattern in _ATTRIBUTIONS:
        match = pattern.search(title)
        # an attribution is never the whole headline ("Minister: " alone says nothing else)
        if match and len(title) - (match.end() - match.start()) >= 15:
            return title[: match.start()] + title[match.end() :], match.group(0)
    if _TO_THE_PRESIDENT.search(title):
        return _SPEAKERS.sub(" ", title), " ".join(m.group(0) for m in _SPEAKERS.finditer(title))
    return title, ""


def fold(text: str) -> str:
    """Casefolded, with Russian ё written е: texts spell "жильё" and "жилье" alike, and one
    keyword must find both."""
    return text.casefold().replace("ё", "е")


@dataclass(frozen=True)
class Topic:
    topic_id: str
    label: str
    keywords: tuple[str, ...]  # folded (`fold`)
    # Overrides the taxonomy's `min_score` for a topic whose keywords also appear in passing
    # (a minister quoted on harvest figures is not an article about government).
    min_score: float | None = None
    # Only a title hit can give the topic: its words fill the bodies of reports on other
    # subjects (government sessions hear ministers on harvests, oil and roads).
    needs_title: bool = False
    # Words that, in the same sentence, void this topic's hits there: a disease of livestock or
    # a veterinary clinic is farming, not people's health.
    not_with: re.Pattern[str] | None = None


@dataclass(frozen=True)
class Taxonomy:
    topics: tuple[Topic, ...]
    title_weight: float
    min_score: float
    min_share: float  # a topic also needs this share of the best topic's raw score
    # Every keyword of every topic in one alternation, longest first: one scan of a text finds
    # each keyword hit, and `topics_of` says which topics that hit counts for.
    union: re.Pattern[str] = field(default=re.compile(r"(?!)"))
    topics_of: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class TopicScore:
    topic: str
    score: float  # 0..1, grows with the weighted number of keyword hits


def _topics_matching(word: str, topics: list[Topic]) -> tuple[str, ...]:
    """Topics with a keyword that matches where `word` matched: the word itself, or (for
    prefix keywords) a keyword it starts with."""
    return tuple(
        topic.topic_id
        for topic in topics
        if any(k == word or (len(k) > WHOLE_WORD_MAX and word.startswith(k)) for k in topic.keywords)
    )


def load_taxonomy(path: Path = DEFAULT_TAXONOMY) -> Taxonomy:
    """Read and validate the taxonomy; ConfigError names the file, entry and problem."""
    data = load_toml(path)
    settings = require(path, "settings", data.get("settings", {}), dict, "the section")
    topics_table = require(path, "topics", data.get("topics"), dict, "the [topics] table")
    if not topics_table:
        raise ConfigError(path, "entry 'topics': no topic is defined")
    topics = []
    for topic_id, entry in topics_table.items():
        require(path, f"topics.{topic_id}", entry, dict, "the entry")
        label = require(path, f"topics.{topic_id}.label", entry.get("label"), str, "label")
        keywords = require(path, f"topics.{topic_id}.keywords", entry.get("keywords"), list, "keywords")
        if not keywords or not all(isinstance(k, str) and k.strip() for k in keywords):
            raise ConfigError(path, f"entry 'topics.{topic_id}.keywords': needs non-empty strings")
        own_min = entry.get("min_score")
        if own_min is not None and (
            isinstance(own_min, bool) or not isinstance(own_min, int | float) or own_min <= 0
        ):
            raise ConfigError(path, f"entry 'topics.{topic_id}.min_score': needs a positive number")
        needs_title = require(
            path, f"topics.{topic_id}.needs_title", entry.get("needs_title", False), bool, "needs_title"
        )
        not_with = require(path, f"topics.{topic_id}.not_with", entry.get("not_with", []), list, "not_with")
        if not all(isinstance(k, str) and k.strip() for k in not_with):
            raise ConfigError(path, f"entry 'topics.{topic_id}.not_with': needs non-empty strings")
        topics.append(
            Topic(
                topic_id,
                label,
                tuple(fold(k.strip()) for k in keywords),
                None if own_min is None else float(own_min),
                needs_title,
                compile_keywords([fold(k) for k in not_with]) if not_with else None,
            )
        )
    words = sorted({k for topic in topics for k in topic.keywords}, key=len, reverse=True)
    return Taxonomy(
        topics=tuple(topics),
        title_weight=float(settings.get("title_weight", 3)),
        min_score=float(settings.get("min_score", 3)),
        min_share=float(settings.get("min_share", 0.2)),
        union=compile_keywords(words),
        topics_of={word: _topics_matching(word, topics) for word in words},
    )


def classify(taxonomy: Taxonomy, title: str, body: str | None) -> list[TopicScore]:
    """Every topic the article reaches `min_score` for, best first."""
    raw_scores = dict.fromkeys((topic.topic_id for topic in taxonomy.topics), 0.0)
    headline, _ = split_attribution(title)
    in_title = {
        topic_id for word in taxonomy.union.findall(fold(headline)) for topic_id in taxonomy.topics_of[word]
    }
    guarded = {topic.topic_id: topic.not_with for topic in taxonomy.topics if topic.not_with is not None}
    for text, weight in ((fold(title), taxonomy.title_weight), (fold(body or ""), 1.0)):
        words = taxonomy.union.findall(text)
        # sentence by sentence only for a text where a topic with `not_with` words has a hit and one
        # of those words occurs (rarely): one scan of the whole text otherwise
        hit = {topic_id for word in words for topic_id in taxonomy.topics_of[word] if topic_id in guarded}
        present = {topic_id: guarded[topic_id] for topic_id in hit if guarded[topic_id].search(text)}
        for sentence in _SENTENCE_END.split(text) if present else [text]:
            voided = {topic_id for topic_id, words_of in present.items() if words_of.search(sentence)}
            for word in taxonomy.union.findall(sentence) if present else words:
                for topic_id in taxonomy.topics_of[word]:
                    if topic_id not in voided:
                        raw_scores[topic_id] += weight
    in_title -= {topic_id for topic_id, words_of in guarded.items() if words_of.search(fold(headline))}
    best = max(raw_scores.values(), default=0)
    share_floor = taxonomy.min_share * best
    scores = [
        # Saturating, so a long body does not dwarf a clear title hit.
        TopicScore(topic.topic_id, round(1 - math.exp(-raw / 6), 3))
        for topic in taxonomy.topics
        if (topic.topic_id in in_title or not topic.needs_title)
        and (raw := raw_scores[topic.topic_id])
        >= max(taxonomy.min_score if topic.min_score is None else topic.min_score, share_floor)
    ]
    return sorted(scores, key=lambda s: (-s.score, s.topic))
