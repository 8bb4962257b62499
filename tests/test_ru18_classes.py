"""ru18 probe classes: our own Russian sentences (labelled per tests/realworld/FORMAT.md before the
extractor was run on them) for shapes the h20 adjudication found: "с начала <месяца>" is a start on that
month's first day running to publication (like "с начала года"), and later figures of the article keep
it; "в начале года" inside a sentence dated "В 2024 году" is the start of that year, not of the
publication year."""

from datetime import date

import pytest

from etl.extract.cyrillic import extract_cyrillic_indicators

# (published, body, surface, period start, period end, kind)
PROBES = [
    # "с начала <месяца>": from the month's first day to publication
    (date(2025, 11, 20), "С начала октября в области собрали 1,4 млн тонн сахарной свеклы.",
     "1,4 млн тонн", date(2025, 10, 1), date(2025, 11, 20), "actual"),
    (date(2024, 6, 15), "С начала марта аэропорт обслужил 310 тыс. пассажиров.",
     "310 тыс.", date(2024, 3, 1), date(2024, 6, 15), "actual"),
    # a month later in the year than publication: last year's month
    (date(2025, 2, 10), "С начала ноября в регион завезли 90 тыс. тонн угля.",
     "90 тыс. тонн", date(2024, 11, 1), date(2025, 2, 10), "actual"),
    # ... and the article's later figures keep that start
    (date(2025, 11, 20), "С начала октября в области собрали 1,4 млн тонн сахарной свеклы. Из этого объема "
     "на переработку отправлено 1,1 млн тонн.", "1,1 млн тонн", date(2025, 10, 1), date(2025, 11, 20), "actual"),
    # "в начале года" in a sentence dated "В 2024 году": that year's first day
    (date(2025, 3, 5), "В 2024 году число точек доступа выросло с 4,1 тыс. в начале года до 6,3 тыс.",
     "4,1 тыс.", date(2024, 1, 1), date(2024, 1, 1), "actual"),
]  # fmt: skip


@pytest.mark.parametrize(("published", "body", "surface", "start", "end", "kind"), PROBES)
def test_ru18_probe(published: date, body: str, surface: str, start: date | None, end: date | None,
                    kind: str) -> None:  # fmt: skip
    found = {i.surface: i for i in extract_cyrillic_indicators(body, published, "ru")}
    assert surface in found, sorted(found)
    figure = found[surface]
    assert (figure.period_start, figure.period_end, figure.kind) == (start, end, kind)
