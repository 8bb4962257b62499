"""The metric catalog (etl/extract/defaults/metrics.toml): named series that indicators are mapped onto."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from etl.config_files import ConfigError, load_toml, require
from etl.extract.keywords import compile_keywords

# Shipped inside the package, so an installed ktpulse finds it outside the source tree.
DEFAULT_CATALOG = Path(str(resources.files("etl.extract") / "defaults" / "metrics.toml"))
KINDS = ("actual", "target", "plan", "forecast")
_LISTS = ("items", "phrases", "context", "exclude", "exclude_items")


@dataclass(frozen=True)
class Metric:
    metric_id: str
    label: str
    topic: str
    unit: str
    items: re.Pattern[str] | None
    phrases: re.Pattern[str] | None
    context: re.Pattern[str] | None
    exclude: re.Pattern[str] | None
    exclude_items: re.Pattern[str] | None
    kinds: tuple[str, ...]
    change: bool | None
    category_from_item: bool


@dataclass(frozen=True)
class FigureFacts:
    """What mapping looks at; built from an Indicator or from a stored row alike."""

    unit: str
    item: str
    kind: str
    is_change: bool
    sentence: str
    offset: int  # the figure's start within the sentence
    title: str
    previous_sentence: str = ""  # read for `exclude` when the sentence continues it ("Also, ...")


def _pattern(path: Path, metric_id: str, entry: dict, key: str) -> re.Pattern[str] | None:
    values = entry.get(key)
    if values is None:
        return None
    if (
        not isinstance(values, list)
        or not values
        or not all(isinstance(v, str) and v.strip() for v in values)
    ):
        raise ConfigError(path, f"entry 'metrics.{metric_id}.{key}': needs a list of non-empty strings")
    return compile_keywords(values)


def load_catalog(path: Path = DEFAULT_CATALOG) -> tuple[Metric, ...]:
    """Read and validate the catalog; ConfigError names the file, entry and problem."""
    data = load_toml(path)
    table = require(path, "metrics", data.get("metrics"), dict, "the [metrics] table")
    metrics = []
    for metric_id, entry in table.items():
        where = f"metrics.{metric_id}"
        require(path, where, entry, dict, "the entry")
        unknown = set(entry) - {"label", "topic", "unit", "kinds", "change", "category", *_LISTS}
        if unknown:
            raise ConfigError(path, f"entry '{where}': unknown keys {sorted(unknown)}")
        kinds = tuple(require(path, f"{where}.kinds", entry.get("kinds", list(KINDS)), list, "kinds"))
        if not set(kinds) <= set(KINDS):
            raise ConfigError(path, f"entry '{where}.kinds': kinds must be among {KINDS}")
        change = entry.get("change")
        if change is not None and not isinstance(change, bool):
            raise ConfigError(path, f"entry '{where}.change': must be true or false")
        category = entry.get("category")
        if category not in (None, "item_label"):
            raise ConfigError(path, f"entry '{where}.category': the only category source is 'item_label'")
        patterns = {key: _pattern(path, metric_id, entry, key) for key in _LISTS}
        metrics.append(
            Metric(
                metric_id=metric_id,
                label=require(path, f"{where}.label", entry.get("label"), str, "label"),
                topic=require(path, f"{where}.topic", entry.get("topic"), str, "topic"),
                unit=require(path, f"{where}.unit", entry.get("unit"), str, "unit"),
                kinds=kinds,
                change=change,
                category_from_item=category == "item_label",
                **patterns,
            )
        )
    if not metrics:
        raise ConfigError(path, "entry 'metrics': no metric is defined")
    return tuple(metrics)


# A sentence opening like this goes on about the previous sentence's subject.
CONTINUATION = re.compile(
    r"^(?:also|in addition|besides|moreover|furthermore|it|they|its|their|the company)\b", re.I
)


def _clause(sentence: str, offset: int) -> str:
    start = max(sentence.rfind(", ", 0, offset), sentence.rfind("; ", 0, offset)) + 1
    ends = [i for i in (sentence.find(", ", offset), sentence.find("; ", offset)) if i != -1]
    return sentence[start : min(ends) if ends else len(sentence)]


def _has(pattern: re.Pattern[str] | None, *texts: str) -> bool:
    return any(pattern.search(text.casefold()) for text in texts) if pattern else True


def _continued(facts: FigureFacts) -> str:
    return facts.previous_sentence if CONTINUATION.match(facts.sentence) else ""


def map_metric(catalog: tuple[Metric, ...], facts: FigureFacts) -> tuple[str, str | None] | None:
    """(metric_id, category) of the first catalog entry the figure fits, or None."""
    for metric in catalog:
        if metric.unit != facts.unit or facts.kind not in metric.kinds:
            continue
        if metric.change is not None and metric.change != facts.is_change:
            continue
        if not _has(metric.items, facts.item):
            continue
        if metric.exclude_items and _has(metric.exclude_items, facts.item):
            continue
        if not _has(metric.phrases, _clause(facts.sentence, facts.offset), facts.item):
            continue
        if not _has(metric.context, facts.sentence, facts.title):
            continue
        if metric.exclude and _has(metric.exclude, facts.sentence, _continued(facts)):
            continue
        category = None
        if metric.category_from_item:
            category = facts.item.split(":", 1)[1].strip() if ":" in facts.item else facts.item
        return metric.metric_id, category
    return None
