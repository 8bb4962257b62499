"""A present state told on a named earlier day is the state on that day (FORMAT.md, labels9):
"On 14 November the akim told the meeting that the region has 46 dairy farms", published 20
November, is [14 Nov, 14 Nov]. Our own sentences, en/ru/kk, with look-alikes that must not move: a
past span or a plan told that day keeps its own period, a state with no day of telling stays at
publication, and a day that is the day of publication changes nothing."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators

P = date(2025, 11, 20)  # a Thursday
NOV14 = (date(2025, 11, 14), date(2025, 11, 14))
NOV17 = (date(2025, 11, 17), date(2025, 11, 17))
Y25 = (date(2025, 1, 1), date(2025, 12, 31))
Y26 = (date(2026, 1, 1), date(2026, 12, 31))
NOW = (P, P)

CASES = [
    # the day told, the state present
    ("en", "On 14 November, the akim told the meeting that the region has 46 dairy farms.", "46", NOV14),
    ("en", "At a briefing on 14 November, the akim said that the region has 46 dairy farms.", "46", NOV14),
    ("en", "The region has 46 dairy farms, the akim said on 14 November.", "46", NOV14),
    ("en", "The region has 46 dairy farms, the akim told a Nov. 17 government meeting.", "46", NOV17),
    (
        "en",
        "On 14 November, the minister told the meeting that the country currently stores 1.2 million tonnes of grain.",
        "1.2 million tonnes",
        NOV14,
    ),
    ("ru", "На брифинге 14 ноября аким сообщил, что в области работают 46 молочных ферм.", "46", NOV14),
    (
        "ru",
        "14 ноября министр сообщил, что в стране имеется более 1 млн тонн продовольствия.",
        "1 млн тонн",
        NOV14,
    ),
    (
        "ru",
        "Как сообщили 14 ноября в управлении энергетики, в области эксплуатируется 8 600 км электросетей.",
        "8 600 км",
        NOV14,
    ),
    ("kk", "Әкімнің 14 қарашадағы брифингте айтуынша, облыста 46 сүт фермасы жұмыс істейді.", "46", NOV14),
    (
        "kk",
        "Министр 17 қарашада елде 1 млн тоннадан астам азық-түлік қоры бар екенін айтты.",
        "1 млн тоннадан",
        NOV17,
    ),
    # look-alike: a past span told that day keeps its span
    ("en", "On 14 November, the akim said that 1,240 farms had received subsidies this year.", "1,240", Y25),
    ("ru", "14 ноября аким сообщил, что в этом году субсидии получили 1 240 хозяйств.", "1 240", Y25),
    ("kk", "Әкім 14 қарашада биыл 1 240 шаруашылық субсидия алғанын айтты.", "1 240", Y25),
    # look-alike: a plan told that day keeps its own period
    ("en", "On 14 November, the akim said that 12 farms will be built in 2026.", "12", Y26),
    ("ru", "14 ноября аким сообщил, что в 2026 году будет построено 12 ферм.", "12", Y26),
    # look-alike: no day of telling, or the day of publication itself: the state at publication
    ("en", "The region has 46 dairy farms, the akim said.", "46", NOW),
    ("en", "The region has 46 dairy farms, the akim said on 20 November.", "46", NOW),
    ("ru", "В области работают 46 молочных ферм, сообщил аким.", "46", NOW),
    ("kk", "Облыста 46 сүт фермасы жұмыс істейді.", "46", NOW),
]


@pytest.mark.parametrize(("language", "text", "surface", "period"), CASES)
def test_a_present_state_takes_the_day_it_was_told(
    language: str, text: str, surface: str, period: tuple[date, date]
) -> None:
    found = {
        i.surface: (i.period_start, i.period_end) for i in extract_indicators(text, P, language=language)
    }
    assert found.get(surface) == period, found
