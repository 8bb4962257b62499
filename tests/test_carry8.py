"""Structures the carry battery found read wrong (+crk8), in sentences of our own outside the battery,
labelled by tests/realworld/FORMAT.md; each with look-alikes that keep their reading."""

from __future__ import annotations

from datetime import date

from etl.extract.indicators import extract_indicators

_PUBLISHED = date(2025, 11, 20)
_TODAY = (_PUBLISHED, _PUBLISHED)
_JAN_SEP = (date(2025, 1, 1), date(2025, 9, 30))


class _Read(dict[str, tuple[date | None, date | None]]):
    """Periods by surface; a key matches the surface it opens ("95 мың бас" for "95 мың басты")."""

    def __missing__(self, key: str) -> tuple[date | None, date | None]:
        return next(v for k, v in self.items() if k.startswith(key))


def _read(body: str, language: str, title: str = "") -> _Read:
    return _Read(
        (i.surface, (i.period_start, i.period_end))
        for i in extract_indicators(body, _PUBLISHED, title=title, language=language)
    )


def test_a_russian_report_subtitle_names_its_months() -> None:
    body = "Итоги девяти месяцев 2025 года\nВ районе собрали 48 тыс. тонн картофеля."
    assert _read(body, "ru")["48 тыс. тонн"] == _JAN_SEP


def test_a_russian_herd_fleet_or_price_in_the_present_stands_at_publication() -> None:
    body = (
        "За 9 месяцев 2025 года в районе собрали 48 тыс. тонн картофеля. Поголовье овец в районе "
        "составляет 95 тыс. голов. Билет на пригородный поезд стоит 420 тенге."
    )
    read = _read(body, "ru")
    assert read["48 тыс. тонн"] == _JAN_SEP
    assert read["95 тыс."] == _TODAY
    assert read["420 тенге"] == _TODAY


def test_a_russian_share_or_volume_in_the_present_keeps_the_span() -> None:
    # look-alikes: a share of the span's flow and the volume of the span's work, told with the copula
    body = (
        "За 9 месяцев 2025 года в районе собрали 48 тыс. тонн картофеля. На фермерские хозяйства "
        "приходится 31% урожая."
    )
    assert _read(body, "ru")["31%"] == _JAN_SEP


def test_a_kazakh_herd_or_workforce_in_the_present_stands_at_publication() -> None:
    body = (
        "2025 жылдың 9 айында ауданда 48 мың тонна картоп жиналды. Аудандағы қой басы 95 мың басты "
        "құрайды. Ауыл шаруашылығында жұмыс істейтіндер саны 7 мың адамды құрайды."
    )
    read = _read(body, "kk")
    assert read["48 мың тонна"] == _JAN_SEP
    assert read["95 мың"] == _TODAY
    assert read["7 мың"] == _TODAY


def test_a_kazakh_count_of_those_who_came_keeps_the_span() -> None:
    # look-alike: a past participle before "саны" counts the span's flow
    body = (
        "2025 жылдың 9 айында ауданға 48 мың турист келді. Шетелден келген туристер саны 6 мың адамды құрады."
    )
    assert _read(body, "kk")["6 мың"] == _JAN_SEP


def test_a_kazakh_past_deed_after_a_stock_told_now_is_the_span() -> None:
    title = "2025 жылдың тоғыз айында ауданда картоп өндірісі өсті"
    body = "Қазір ауданда 12 қойма бар. Ауданда 48 мың тонна картоп жиналды."
    read = _read(body, "kk", title)
    assert read["12"] == _TODAY
    assert read["48 мың тонна"] == _JAN_SEP


def test_a_kazakh_undated_plan_after_a_span_over_is_undated() -> None:
    body = "2025 жылдың 9 айында ауданда 48 мың тонна картоп жиналды. Алдағы уақытта 4 жаңа қойма салу көзделіп отыр."
    assert _read(body, "kk")["4"] == (None, None)


def test_a_kazakh_count_of_residents_is_now_under_the_span_of_the_deed() -> None:
    body = "2025 жылдың 9 айында 12 мың адам тұратын ауылда 40 үй салынды."
    read = _read(body, "kk")
    assert read["12 мың"] == _TODAY
    assert read["40"] == _JAN_SEP


def test_a_kazakh_part_of_this_years_plan_done_in_the_same_sentence_runs_to_publication() -> None:
    body = "Биыл 40 мектепті жөндеу жоспарланған, оның 25-і жөнделді."
    read = _read(body, "kk")
    assert read["40"] == (date(2025, 1, 1), date(2025, 12, 31))
    assert read["25"] == (date(2025, 1, 1), _PUBLISHED)


def test_a_kazakh_part_still_to_come_keeps_the_plans_year() -> None:
    # look-alike: the part told in the aorist (a future) is the plan's, not done so far
    body = "Биыл 40 мектепті жөндеу жоспарланған, оның 25-і ауылдарда жөнделеді."
    assert _read(body, "kk")["25"] == (date(2025, 1, 1), date(2025, 12, 31))


def test_a_kazakh_change_over_the_year_beside_a_stock_day_covers_the_twelve_months() -> None:
    body = "2025 жылғы 1 шілдедегі жағдай бойынша қой басы 95 мың басты құрады, бір жыл ішінде 3%-ға өсті."
    assert _read(body, "kk")["3%"] == (date(2024, 7, 1), date(2025, 6, 30))


def test_a_kazakh_change_against_a_year_earlier_beside_a_stock_day_keeps_the_day() -> None:
    # look-alike: worded as a comparison, the change takes its level's day (FORMAT.md)
    body = "2025 жылғы 1 шілдедегі жағдай бойынша қой басы 95 мың басты құрады, бұл бір жыл бұрынғыдан 3%-ға көп."
    assert _read(body, "kk")["3%"] == (date(2025, 7, 1), date(2025, 7, 1))


def test_a_name_dash_figure_sentence_goes_on_with_the_figure_before() -> None:
    title = "В октябре 2025 года в районе вырос объём сельхозпроизводства"
    body = "В октябре собрали 9 тыс. тонн овощей. С начала года собрано 70 тыс. тонн овощей. Картофеля — 52 тыс. тонн."
    read = _read(body, "ru", title)
    assert read["70 тыс."] == (date(2025, 1, 1), _PUBLISHED)
    assert read["52 тыс."] == (date(2025, 1, 1), _PUBLISHED)


def test_a_dash_figure_with_its_own_year_keeps_it() -> None:
    # look-alike: a period of its own in the short sentence
    body = "С начала года собрано 70 тыс. тонн овощей. В 2024 году — 64 тыс. тонн."
    assert _read(body, "ru")["64 тыс."] == (date(2024, 1, 1), date(2024, 12, 31))


def test_kazakh_doers_of_a_participle_clause_counted_by_a_state_are_counted_now() -> None:
    body = "Ауданда 2025 жылдың 9 айында 48 мың тонна картоп жинаған 30 шаруа қожалығы жұмыс істейді."
    read = _read(body, "kk")
    assert read["48 мың"] == _JAN_SEP
    assert read["30"] == _TODAY


def test_kazakh_doers_rewarded_in_the_past_keep_the_span() -> None:
    # look-alike: the main clause tells a deed of the span, not a state
    body = "2025 жылдың 9 айында 48 мың тонна картоп жинаған 30 шаруа қожалығына субсидия берілді."
    assert _read(body, "kk")["30"] == _JAN_SEP
