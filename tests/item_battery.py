"""A battery of our own sentences, one group per class of item error, labelled by hand before the
reader ran on them (+item8). Each case names the figure by its surface and says which words the
item must hold (`all_of`: every stem; `any_of`: at least one stem) and which it must not hold
(`none_of`), compared by casefolded stem prefixes, so that a label says what the item is about
without fixing its exact wording.

Classes:
- `scale`: a scale word ("тысяч", "мыңға", "thousand") is never the item; the noun the figure
  counts is (to the right, or the subject);
- `verb`: a Kazakh finite verb ("жетті", "асты", "салынды", "құрады") is never part of an item;
- `head`: a deverbal head noun keeps its genitive complement ("Выпуск стекла", "экспорт зерна";
  Kazakh izafet "астық экспорты");
- `function`: an item is never only a function word or pronoun ("из них", "оның", "оған");
- `counter`: a counter or unit word ("голов", "данадан", "head") is not the item when the
  sentence names the counted thing.

`python -m tests.item_battery` prints right / wrong per language and class.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

PUBLISHED = date(2025, 11, 20)


@dataclass(frozen=True)
class Case:
    kind: str  # the class
    language: str
    sentence: str
    surface: str
    all_of: tuple[str, ...] = ()
    any_of: tuple[str, ...] = ()
    none_of: tuple[str, ...] = ()


CASES: tuple[Case, ...] = (
    # --- scale words are never items -------------------------------------------------------------
    Case(
        "scale",
        "ru",
        "Поголовье овец за пять лет выросло с 12 тысяч до 30 тысяч голов.",
        "12 тысяч",
        any_of=("поголов", "овец"),
        none_of=("тысяч",),
    ),
    Case(
        "scale",
        "ru",
        "Экспорт муки увеличился с 300 тысяч до 450 тысяч тонн.",
        "300 тысяч",
        any_of=("мук", "экспорт"),
        none_of=("тысяч",),
    ),
    Case(
        "scale",
        "ru",
        "Количество туристов выросло с 12 тысяч до 30 тысяч человек.",
        "12 тысяч",
        any_of=("турист", "человек"),
        none_of=("тысяч",),
    ),
    Case(
        "scale",
        "ru",
        "Зарплата учителей выросла с 250 тысяч до 310 тысяч тенге.",
        "250 тысяч",
        any_of=("зарплат",),
        none_of=("тысяч",),
    ),
    Case(
        "scale",
        "ru",
        "Зарплата учителей выросла с 250 тысяч до 310 тысяч тенге.",
        "310 тысяч тенге",
        any_of=("зарплат",),
        none_of=("тысяч",),
    ),
    Case(
        "scale",
        "kk",
        "Туристер саны 12 мыңнан 30 мыңға дейін өсті.",
        "12 мыңнан",
        any_of=("турис",),
        none_of=("мың",),
    ),
    Case(
        "scale",
        "kk",
        "Туристер саны 12 мыңнан 30 мыңға дейін өсті.",
        "30 мыңға",
        any_of=("турис",),
        none_of=("мың",),
    ),
    Case(
        "scale",
        "kk",
        "Мұғалімдердің жалақысы 250 мың теңгеден 310 мың теңгеге дейін өсті.",
        "250 мың теңгеден",
        any_of=("жалақ",),
        none_of=("мың",),
    ),
    Case(
        "scale",
        "kk",
        "Ұн экспорты 300 мың тоннадан 450 мың тоннаға дейін ұлғайды.",
        "300 мың тоннадан",
        any_of=("экспор",),
        none_of=("мың", "тонна"),
    ),
    Case(
        "scale",
        "kk",
        "Ұн экспорты 300 мың тоннадан 450 мың тоннаға дейін ұлғайды.",
        "450 мың тоннаға",
        any_of=("экспор",),
        none_of=("мың", "тонна"),
    ),
    Case(
        "scale",
        "en",
        "The number of tourists rose from 12 thousand to 30 thousand.",
        "12 thousand",
        any_of=("tourist",),
        none_of=("thousand",),
    ),
    Case(
        "scale",
        "en",
        "Wheat exports grew from 300 thousand tons to 450 thousand tons.",
        "300 thousand tons",
        any_of=("wheat", "export"),
        none_of=("thousand",),
    ),
    # --- a Kazakh finite verb is never part of an item -------------------------------------------
    Case(
        "verb",
        "kk",
        "Облыстағы шағын кәсіпорындардың саны 4 512-ге жетті.",
        "4 512-ге",
        any_of=("кәсіп",),
        none_of=("жетті",),
    ),
    Case("verb", "kk", "Жылқы басы 210 мыңнан асты.", "210 мыңнан", any_of=("жылқы",), none_of=("асты",)),
    Case(
        "verb",
        "kk",
        "Кітапхана оқырмандарының қатары 3 мыңға толықты.",
        "3 мыңға",
        any_of=("оқырм",),
        none_of=("толық",),
    ),
    Case("verb", "kk", "Ауданда 45 мектеп салынды.", "45", any_of=("мектеп",), none_of=("салын",)),
    Case(
        "verb",
        "kk",
        "Ет экспорты 12 мың тоннаны құрады.",
        "12 мың тоннаны",
        all_of=("ет", "экспор"),
        none_of=("құрад",),
    ),
    Case(
        "verb",
        "kk",
        "Ең жоғары баға Ақтөбе облысында сақталды – 520 теңге.",
        "520 теңге",
        any_of=("баға",),
        none_of=("сақтал",),
    ),
    Case("verb", "kk", "Облыс халқы 1,2 млн адамды құрады.", "1,2 млн", any_of=("халқ",), none_of=("құрад",)),
    Case(
        "verb",
        "kk",
        "Жұмыссыздар саны 2,1%-ға азайып, 41 мыңға жетті.",
        "41 мыңға",
        any_of=("жұмыс",),
        none_of=("жетті",),
    ),
    # --- a deverbal head keeps its genitive complement ---------------------------------------------
    Case("head", "ru", "Выпуск стекла составил 210 тыс. тонн.", "210 тыс. тонн", all_of=("выпуск", "стекл")),
    Case(
        "head",
        "ru",
        "Выпуск листового стекла увеличился до 80 тыс. тонн.",
        "80 тыс. тонн",
        all_of=("выпуск", "стекл"),
    ),
    Case(
        "head",
        "ru",
        "Производство масла составило 45 тыс. тонн.",
        "45 тыс. тонн",
        all_of=("производ", "масл"),
    ),
    Case("head", "ru", "Импорт металла сократился на 4%.", "4%", all_of=("импорт", "металл")),
    Case("head", "ru", "Доля отрасли в экономике составила 12%.", "12%", all_of=("дол", "отрасл")),
    Case("head", "ru", "Ввод жилья достиг 15 млн кв. м.", "15 млн кв. м.", all_of=("ввод", "жиль")),
    Case("head", "ru", "Экспорт зерна составил 9 млн тонн.", "9 млн тонн", all_of=("экспорт", "зерн")),
    Case(
        "head",
        "kk",
        "Астық экспорты 9 млн тоннаны құрады.",
        "9 млн тоннаны",
        all_of=("астық", "экспор"),
        none_of=("құрад",),
    ),
    Case(
        "head",
        "kk",
        "Сүт өндірісі 5 пайызға артты.",
        "5 пайызға",
        all_of=("сүт", "өндір"),
        none_of=("артты",),
    ),
    Case(
        "head",
        "kk",
        "Тұрғын үй құрылысы 15 млн шаршы метрге жетті.",
        "15 млн шаршы метрге",
        all_of=("тұрғын", "құрыл"),
        none_of=("жетті",),
    ),
    # --- never only a function word or a pronoun ---------------------------------------------------
    Case(
        "function",
        "ru",
        "В области построено 120 домов, из них 45 – в сельской местности.",
        "45",
        any_of=("дом",),
    ),
    Case(
        "function",
        "kk",
        "Облыста 640 мың шаршы метр тұрғын үй пайдалануға берілді, оның 210 мың шаршы метрі ауылдық жерде.",
        "210 мың шаршы метрі",
        any_of=("тұрғын", "үй"),
        none_of=("оның",),
    ),
    Case(
        "function",
        "kk",
        "Бұл бағдарламаға биыл 12 млрд теңге бөлінді, оған 3 млрд теңге қосылады.",
        "3 млрд теңге",
        any_of=("бағдар", "қосыл"),
        none_of=("оған",),
    ),
    # --- a counter is not the item when the sentence names the counted thing ---------------------
    Case(
        "counter",
        "ru",
        "Поголовье лошадей в области достигло 425 тыс. голов.",
        "425 тыс.",
        any_of=("лошад",),
        none_of=("голов",),
    ),
    Case(
        "counter",
        "kk",
        "Кітапханалардың кітап қоры 4 млн данадан асады.",
        "4 млн",
        any_of=("кітап",),
        none_of=("дана",),
    ),
    Case(
        "counter",
        "en",
        "The cattle population reached 8.3 million head.",
        "8.3 million",
        any_of=("cattle",),
        none_of=("head",),
    ),
)


def _stems(item: str) -> list[str]:
    return [w.casefold().strip(".,;:()«»\"'") for w in item.split()]


def judge(case: Case, item: str) -> bool:
    """Whether an item meets the case's label."""
    words = _stems(item)

    def holds(stem: str) -> bool:
        return any(w.startswith(stem.casefold()) for w in words)

    return (
        all(holds(s) for s in case.all_of)
        and (not case.any_of or any(holds(s) for s in case.any_of))
        and not any(holds(s) for s in case.none_of)
    )


def item_of(case: Case) -> str | None:
    """The item the extractor gives the case's figure (None: no such figure)."""
    from etl.extract.indicators import extract_indicators

    found = extract_indicators(case.sentence, PUBLISHED, "", case.language)
    return next((f.item or "" for f in found if f.surface == case.surface), None)


def main() -> None:
    tally: Counter[tuple[str, str, bool]] = Counter()
    for case in CASES:
        item = item_of(case)
        right = item is not None and judge(case, item)
        tally[(case.language, case.kind, right)] += 1
        if not right:
            print(f"  wrong {case.language} {case.kind}: {case.surface!r} -> {item!r} | {case.sentence}")
    for language, kind in sorted({(lang, k) for lang, k, _ in tally}):
        print(
            f"{language} {kind:9} right {tally[(language, kind, True)]} wrong {tally[(language, kind, False)]}"
        )


if __name__ == "__main__":
    main()
