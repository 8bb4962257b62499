"""What "the same fact" is, defined once: reports of one metric (and category), kind, level or
change, stated period, value and unit are one fact, however many articles carry it.

derived.py keeps metric_facts and contradictions with it, the dashboard aggregates filtered
reports with it, and the schema's metric_values view groups by the same columns (a test holds
them equal)."""

from __future__ import annotations

FACT_KEY = ("metric_id", "category", "kind", "is_change", "period_start", "period_end", "value", "unit")
# Facts that may contradict each other: the same key but for the value (and unit).
FACT_GROUP = tuple(column for column in FACT_KEY if column not in ("value", "unit"))


def fact_rows(figures: str, where: str = "TRUE") -> str:
    """SQL: one row per fact among the mapped rows of `figures` (indicators or a table shaped
    like it, with an optional alias) that match `where`, in metric_facts' columns."""
    key = ", ".join(FACT_KEY)
    return f"""
        SELECT {key}, count(DISTINCT article_id) AS sources, count(*) AS mentions,
               min(indicator_id) AS indicator_id, min(published_at) AS first_published_at
        FROM {figures}
        WHERE metric_id IS NOT NULL AND ({where})
        GROUP BY {key}"""
