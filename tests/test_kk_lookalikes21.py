"""Look-alikes of this session's Kazakh readers that must keep their reading: a probe of sentences of
our own, labelled by FORMAT.md before any run, found the first versions of the rules misreading them
(a campaign's season over a span or year of the sentence's own; a payment on a condition, a one-off
compensation or another clause's sum read as a rate in force; an effect in percent read as the
projects' plan; a place's size after works told under way read as the works')."""

from __future__ import annotations

from datetime import date

import pytest

from tests.figure_lookup import figure_by_surface

P = date(2025, 10, 15)


@pytest.mark.parametrize(
    ("text", "surface", "period", "kind"),
    [
        (
            "Тоғыз айда көктемгі егіс науқанына 60 млрд теңге субсидия бөлінді.",
            "60 млрд теңге",
            (date(2025, 1, 1), date(2025, 9, 30)),
            "actual",
        ),
        (
            "2024 жылы көктемгі егіс науқанына 90 млрд теңге бөлінді.",
            "90 млрд теңге",
            (date(2024, 1, 1), date(2024, 12, 31)),
            "actual",
        ),
        (
            "Биыл көктемгі егіс науқанына 413 мың тонна дизель отыны бөлінді.",
            "413 мың тонна",
            (date(2025, 3, 1), date(2025, 5, 31)),
            None,
        ),
        (
            "Жаңа заң күшіне енгенде көпбалалы отбасыларына 30 мың теңге жәрдемақы төленеді.",
            "30 мың теңге",
            None,
            "plan",
        ),
        (
            "Бағдарлама іске қосылғаннан кейін әр кәсіпкерге 5 млн теңге грант беріледі.",
            "5 млн теңге",
            None,
            "plan",
        ),
        (
            "Депутаттар стипендия мөлшерін 84 мың теңгеге дейін ұлғайтуды ұсынды, қазір студенттерге 42 мың теңге төленеді.",
            "84 мың теңгеге",
            None,
            "plan",
        ),
        (
            "Бұл жобалар өңірдегі өнеркәсіп өндірісін 15%-ға арттыруға мүмкіндік береді.",
            "15%-ға",
            None,
            "forecast",
        ),
        (
            "Ауданда жаңа мектеп салынып жатыр. Бұл ауданда тұрғын үй қоры 2,5 млн шаршы метрді құрайды.",
            "2,5 млн шаршы метрді",
            (P, P),
            "actual",
        ),
    ],
)
def test_a_lookalike_keeps_its_reading(
    text: str, surface: str, period: tuple | None, kind: str | None
) -> None:
    found = figure_by_surface(text, surface, P, language="kk")
    if period is not None:
        assert (found.period_start, found.period_end) == period
    if kind is not None:
        assert found.kind == kind
