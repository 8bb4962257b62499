"""ru18 probe classes: our own Russian sentences (labelled per tests/realworld/FORMAT.md before the
extractor was run on them) for shapes the h20 adjudication found: "с начала <месяца>" is a start on that
month's first day running to publication (like "с начала года"), and later figures of the article keep
it; "в начале года" inside a sentence dated "В 2024 году" is the start of that year, not of the
publication year; a hedge word ("против почти 15 тыс.") does not hide a comparison's base value; the jobs projects are designed to create ("рассчитаны на создание") and the
worth of projects "в работе" are plan, as they stand at publication; a flow's "с X до Y" under a span running now compares that stretch with
the same stretch a year before, and so does "что на 35% превышает" (a change, not a state of today); in "с X в начале года до Y" the new level Y stands at that year's end; a present share after a sentence of plans only should be today's (rule removed, probe a strict xfail).

Before ru18 (commit c588e26) 3 of the 22 probes passed; after, all 22 pass."""

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
    # "против почти X в аналогичном периоде прошлого года": a hedge word does not hide the base value
    (date(2025, 10, 1), "За восемь месяцев в страну ввезли 12 тыс. тонн сыра против почти 15 тыс. тонн в "
     "аналогичном периоде прошлого года.", "15 тыс. тонн", date(2024, 1, 1), date(2024, 8, 31), "actual"),
    (date(2024, 7, 5), "За первое полугодие выдано 3,1 тыс. ипотечных займов против около 2,6 тыс. за тот же период "
     "прошлого года.", "2,6 тыс.", date(2023, 1, 1), date(2023, 6, 30), "actual"),
    # ... and a bare "против почти X" is the same span a year before
    (date(2024, 7, 5), "За первое полугодие 2024 года в регионе построено 410 тыс. кв. метров жилья против "
     "почти 380 тыс.", "380 тыс.", date(2023, 1, 1), date(2023, 6, 30), "actual"),
    # the jobs projects are designed to create, the worth of projects "в работе": plan, as they stand now
    (date(2025, 6, 1), "В области работают 12 индустриальных зон. Размещенные в них проекты рассчитаны на "
     "создание 2 400 рабочих мест.", "2 400", date(2025, 6, 1), date(2025, 6, 1), "plan"),
    (date(2025, 6, 1), "Новые предприятия рассчитаны на создание 901 рабочего места.",
     "901", date(2025, 6, 1), date(2025, 6, 1), "plan"),
    (date(2024, 9, 1), "В промышленной зоне в работе находятся 35 проектов общей стоимостью 80 млрд тенге.",
     "80 млрд тенге", date(2024, 9, 1), date(2024, 9, 1), "plan"),
    # ... but jobs already created stay actual
    (date(2024, 9, 1), "В 2023 году построенные заводы создали 1 200 рабочих мест.",
     "1 200", date(2023, 1, 1), date(2023, 12, 31), "actual"),
    # a flow's "с X до Y" under a span running now: X the same stretch a year before, Y the stretch
    (date(2025, 11, 18), "С начала года экспорт муки составил 1,9 млн тонн. Отгрузки в Китай увеличились на "
     "20% — с 500 тыс. до 600 тыс. тонн.", "500 тыс.", date(2024, 1, 1), date(2024, 11, 18), "actual"),
    (date(2025, 11, 18), "С начала года экспорт муки составил 1,9 млн тонн. Отгрузки в Китай увеличились на "
     "20% — с 500 тыс. до 600 тыс. тонн.", "600 тыс. тонн", date(2025, 1, 1), date(2025, 11, 18), "actual"),
    (date(2024, 5, 20), "С начала марта поставки угля в Узбекистан выросли с 80 тыс. до 95 тыс. тонн.",
     "80 тыс.", date(2023, 3, 1), date(2023, 5, 20), "actual"),
    # ... but a stock's new level under such a span is today's
    (date(2025, 11, 18), "С начала года на биржу труда обратились 90 тыс. человек. Число безработных "
     "сократилось с 351 тыс. до 340 тыс.", "340 тыс.", date(2025, 11, 18), date(2025, 11, 18), "actual"),
    # "что на 35% превышает ...": a change against a base in the present, over the span in scope
    (date(2025, 11, 18), "С начала сентября экспорт муки составил 1,9 млн тонн. В Иран отправлено 135 тыс. "
     "тонн, что на 35% превышает прошлогодний объем.", "35%", date(2025, 9, 1), date(2025, 11, 18), "actual"),
    (date(2024, 6, 20), "С начала года в Шымкенте введено 410 тыс. кв. м жилья, что на 12% превышает "
     "показатель прошлого года.", "12%", date(2024, 1, 1), date(2024, 6, 20), "actual"),
    # "с X в начале года до Y": X at the year's start, Y at its end (today's level while the year runs)
    (date(2025, 3, 5), "В 2024 году число точек доступа выросло с 4,1 тыс. в начале года до 6,3 тыс.",
     "6,3 тыс.", date(2024, 12, 31), date(2024, 12, 31), "actual"),
    (date(2025, 8, 5), "Парк электробусов в этом году вырос с 120 на начало года до 185 единиц.",
     "185", date(2025, 8, 5), date(2025, 8, 5), "actual"),
    # a share in the present after a sentence of plans only: how things stand now, not the plan's
    # year. The rule for it cost two unseen Russian periods for one development figure (scored
    # commit by commit), so it was taken out; the probe was a strict xfail. It passes since +fs33ru
    # with no rule of its own: "капитала" had been read as a past verb (a deed), which it is not.
    (date(2025, 10, 30), "В этом году району предстоит привлечь 300 млрд тенге инвестиций. Доля иностранного "
     "капитала в общем объеме вложений составляет 45%.", "45%", date(2025, 10, 30), date(2025, 10, 30), "actual"),
    # ... but after a reported year the share is that year's
    (date(2025, 10, 30), "В 2025 году привлечено 300 млрд тенге инвестиций. Доля иностранного капитала "
     "составила 45%.", "45%", date(2025, 1, 1), date(2025, 12, 31), "actual"),
]  # fmt: skip


@pytest.mark.parametrize(("published", "body", "surface", "start", "end", "kind"), PROBES)
def test_ru18_probe(published: date, body: str, surface: str, start: date | None, end: date | None,
                    kind: str) -> None:  # fmt: skip
    found = {i.surface: i for i in extract_cyrillic_indicators(body, published, "ru")}
    assert surface in found, sorted(found)
    figure = found[surface]
    assert (figure.period_start, figure.period_end, figure.kind) == (start, end, kind)
