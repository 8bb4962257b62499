"""Russian: the money, capacity and size of projects not yet built are a plan (pure).

FORMAT.md's projects rule: how many projects there are is a present state, but their worth, their
capacity and the length or size of what is being built are a plan, since none of it has been spent,
built or created yet. Money allocated or received for building is a plan as well. Only money that
has been spent, invested or used is actual. The sentences of this kind read as actual because they
are written in the past ("получила 17,7 млрд тенге на строительство", "выделено 1,4 млрд") or have
no verb at all ("Объем инвестиций в проект – 18,8 млрд тенге"). These rules are Russian only. The
Kazakh ones are in kk_clause_reading.py and cyrillic_figure_roles.py ("салынып жатыр", "бөлінген")."""

from __future__ import annotations

import re
from datetime import date

from etl.extract.cyrillic_shared_cues import search_in, sentence_holds
from etl.extract.literal_gates import gated_search, literal_gate
from etl.extract.ru_tense import clause_tenses

MONEY = frozenset(("KZT", "USD", "EUR", "RUB", "CNY", "GBP"))
# what a project's size is measured in (not a count: how many schools there are is a state)
_SIZE = frozenset(("km", "km2", "m2", "m3", "metre", "hectare", "MW", "GW", "other"))

# money given for building ("выделено", "получила", "выделило"), nearer to the figure than money used;
# the present "выделяется" of a programme's money is being given, not spent ("Еще 1,5 млрд тенге
# выделяется на возведение арендного жилья")
# ("принято решение о выделении 2 млрд тенге на строительство": a decision to give, the money still to come)
_GIVEN = re.compile(
    # ("Около 2,5 млрд предназначено для строительства магистрали": set aside for it; +kind25ru)
    r"(?<!\w)(?:выдел(?:ено|ены|ена|ил[аио]?|ят|яется|яются)|получил[аио]?|решени\w+\s+о\s+выделении|"
    r"предназначен[оаы]?)(?!\w)",
    re.I,
)
_USED = re.compile(
    r"(?<!\w)(?:освоен\w*|израсходова\w*|потрачен\w*|истрачен\w*|вложен\w*|инвестирова\w*|"
    r"направлен\w*|затрачен\w*|выплачен\w*|перечислен\w*)",
    re.I,
)
# what the money is for: building, rebuilding or overhauling something
_FOR_BUILDING = re.compile(
    r"(?<!\w)(?:на|для)\s+(?:[^\W\d]+\s+){0,2}?(?:строительств|реконструкци|возведени|модернизаци|капремонт|"
    r"капитальн\w+\s+ремонт|ремонт)\w*",
    re.I,
)
# "на реализацию 65 проектов выделено 18 млрд", "для реализации 22 проектов ... выделено": money for
# projects, not yet said to be done (not money given "за три года", a span told as gone by)
_FOR_PROJECTS = re.compile(
    r"(?<!\w)(?:на\s+реализаци\w*|для\s+реализации)\s+(?:\d[\d\s]*\s+)?(?:[^\W\d]+\s+)?проект", re.I
)
_OVER_YEARS = re.compile(r"(?<!\w)за\s+(?:[^\W\d]+\s+)?(?:\d+\s+)?(?:года?|лет)(?!\w)", re.I)
# the worth of a project named before its figure: "Объем инвестиций в проект –", "стоимость
# строительства составляет", "Стоимость инвестиционного проекта –"
_WORTH_BEFORE = re.compile(
    r"(?<!\w)(?:объ[её]м\w*\s+инвестиций|стоимост\w*|инвестици\w*)\s+(?:в\s+)?(?:[^\W\d]+\s+){0,2}?"
    r"(?:проект|строительств|объект|реконструкци)\w*(?:\s+[^\W\d]+){0,2}\s*(?:[-–—:]|составля\w+|оценива\w+\s+в)?"
    r"\s*(?:около|более|свыше|порядка|почти|примерно)?\s*$",
    re.I,
)
# work under way: "строящейся тепломагистрали", "возводится подстанция", "строится мост",
# "ведется строительство"
_UNDER_WAY = re.compile(
    # ("создается питомник площадью до 30 гектаров": a thing being made, +fs30ru)
    # ("идет строительство 11 домов площадью 111 тыс. кв. м", "продолжается строительство": the same works going on, +fs42ru)
    r"(?<!\w)(?:строящ\w+|возводим\w+|возвод(?:ит|ят)ся|стро(?:ит|ят)ся|(?:вед[её]тся|ид[её]т|продолжа[её]тся)\s+строительство|"
    r"созда(?:ет|ют)ся|"
    r"реконструируем\w+|проектируем\w+)",
    re.I,
)
# a facility still to come: built, opened or started later ("построят", "появятся", "откроются"),
# or still to be finished ("на завершение строительства", "достроят")
_TO_COME = re.compile(
    r"(?<!\w)(?:построят|возведут|появ(?:ится|ятся)|откро(?:ется|ются)|заработа(?:ет|ют)|"
    r"будут\s+(?:построены|возведены|открыты|введены)|будет\s+(?:построен\w*|возведен\w*|открыт\w*|введен\w*)|"
    r"строящ\w+|возвод(?:ит|ят)ся|стро(?:ит|ят)ся|(?:вед[её]тся|ид[её]т|продолжа[её]тся)\s+строительство|(?:возвод|стро)ят|планиру\w+\s+(?:построить|открыть|возвести)|"
    # money "на завершение строительства", "достроят": a facility not yet finished
    r"завершени\w+\s+строительств\w*|достро(?:ят|ит|ить|ятся|ится))",
    re.I,
)
# what a facility is designed for: "рассчитано на прием 45 посещений", "рассчитана на 300 мест"
_DESIGNED_FOR = re.compile(r"(?<!\w)рассчитан[аоы]?\s+на\s+(?:[^\W\d]+\s+){0,2}?(?:от\s+|до\s+)?$", re.I)
_DESIGNED_FOR_GATE = literal_gate(_DESIGNED_FOR)
_RANGE_HIGH = re.compile(r"(?<!\w)рассчитан[аоы]?\s+на\s+(?:[^\W\d]+\s+){0,2}?от\s+[\d\s,]+\s+до\s+$", re.I)
_RANGE_HIGH_GATE = literal_gate(_RANGE_HIGH)
# a capacity named before its figure: "общей вместимостью", "Вместимость новых учреждений – от",
# "рассчитанных на", or "на 1 200 мест" of a hall (the noun after the figure)
_CAPACITY_BEFORE = re.compile(
    r"(?<!\w)(?:(?:общей\s+)?вместимост\w*(?:\s+[^\W\d]+){0,3}?\s*[-–—:]?|рассчитанн?\w*\s+на)"
    r"\s*(?:от\s+|до\s+|около\s+|от\s+\d[\d\s]*\s+до\s+)?$",
    re.I,
)
_CAPACITY_BEFORE_GATE = literal_gate(_CAPACITY_BEFORE)
# "на 1 200 мест", "на 9 490 ученических мест", "на 120 коек", and the flats a block holds: "дома на
# 540 квартир", "7 домов - 985 квартир" (a count of blocks, a dash, their flats)
# ("на 280 и 320 мест": the first of two capacities told with one noun)
_SEATS_AFTER = re.compile(
    r"(?:\s+и\s+\d[\d\s]*)?\s+(?:[^\W\d]+(?:ых|их)\s+)?(?:мест(?!\w)|квартир\w*|ко[ек]\w*|койко-мест\w*|посещени\w*)",
    re.I,
)
_SEATS_BEFORE = re.compile(
    r"(?<!\w)на\s+$|(?<!\w)на\s+\d[\d\s]*\s+и\s+$"  # "на 400 и 300 мест"
    r"|(?<!\w)дом(?:а|ов)\s+[-–—]\s+$"
    r"|\d\s+(?:[^\W\d]+\s+)?(?:дом(?:а|ов)?|корпус(?:а|ов)?)\s+[-–—]\s+$",
    re.I,
)
# "68-квартирного жилого дома", "100-местный детсад": a capacity written into the building's name
_CAPACITY_ADJECTIVE = re.compile(r"-(?:квартирн|местн|коечн)\w+", re.I)
# "общей стоимостью 26,6 млрд" of works named in the same sentence
_COST_BEFORE = re.compile(
    r"(?<!\w)(?:общей\s+|сметной\s+)?стоимостью\s+(?:около\s+|более\s+|свыше\s+|порядка\s+)?$|"
    # a facility's price told with "за": "строят вторую очередь завода ... за 25,4 млрд тенге"
    r"(?<!\w)(?:завод|комбинат|фабрик|производств|очеред|стадион|школ|больниц|объект)\w*"
    r"(?:\s+[^\W\d]+){0,4}?\s+за\s+(?:около\s+|более\s+|свыше\s+|порядка\s+)?$",
    re.I,
)
_COST_BEFORE_GATE = literal_gate(_COST_BEFORE)
# the worth of works or projects told with "на": "ремонт на сумму более 1,5 млрд", "33 проекта
# отечественной стройиндустрии на 178 млрд тг"
_WORTH_ON_BEFORE = re.compile(
    r"(?<!\w)(?:на\s+(?:общую\s+|предварительную\s+)?сумму|(?:проект|объект)\w*(?:\s+[^\W\d]+){0,3}?\s+на)"
    r"\s+(?:около\s+|более\s+|свыше\s+|порядка\s+|почти\s+)?$",
    re.I,
)
_WORTH_ON_BEFORE_GATE = literal_gate(_WORTH_ON_BEFORE)
_WORTH_CLAUSE_END = re.compile(r"[,;:(]|\s[—–]\s")
# projects or works going on now: "реализуется 33 проекта", "продолжается капитальный ремонт",
# "ведутся работы по реконструкции"
_WORKS_GOING_ON = re.compile(
    r"(?<!\w)(?:реализу(?:ется|ются)(?=(?:\s+[^\W\d]+){0,3}?\s+\d[\d\s]*\s+(?:[^\W\d]+\s+){0,2}?проект)|"
    r"(?:продолжа|вед)(?:е|ё)?(?:тся|ются|утся)\s+(?:[^\W\d]+\s+){0,3}?"
    r"(?:строительств|ремонт|реконструкци|работ)\w*)",
    re.I,
)
# a building not yet standing: under way, started or still being designed
_NOT_STANDING = re.compile(
    r"(?<!\w)(?:стро(?:ил|ит|ят)(?:ся|ись)|вед[её]тся\s+строительство|начались\s+работы|стройка\s+идет|"
    # "возводятся три дома на 540 квартир", "завершается строительство высоток на 1314 квартир"
    r"возвод(?:ит|ят)ся|(?:возвод|стро)ят|заверша(?:ет|ют)ся\s+строительств\w*|"
    # "продолжается строительство еще 11 объектов общей стоимостью 4,9 млрд": works going on
    r"продолжа(?:ет|ют)ся\s+строительств\w*|"
    r"проектно-сметн\w+\s+документаци|проектир\w+|в\s+работе\s+находил\w+|реконструиру\w+)",
    re.I,
)
# a list of projects opened before its members: "Среди крупнейших проектов – ТЭЦ на 240 МВт", "В числе
# проектов – электростанция на 1 000 МВт" (their size is what is to be built, as "строительство ..."; +ps41ru)
# so is the list told with a verb ("К крупнейшим проектам отрасли относятся ...", "В число проектов входят
# ...") or headed by the projects themselves ("Крупнейшие проекты: ..."; +ps42ru)
_AMONG_PROJECTS = re.compile(
    r"(?<!\w)(?:(?:среди|в\s+числе)\s+(?:[^\W\d]+\s+){0,2}?проект\w*\s*[-–—:]"
    r"|к\s+(?:[^\W\d]+\s+){0,2}?проектам(?:\s+[^\W\d]+){0,2}?\s+относ(?:ится|ятся)"
    r"|в\s+число\s+(?:[^\W\d]+\s+){0,2}?проектов(?:\s+[^\W\d]+){0,2}?\s+вход(?:ит|ят)"
    r"|проекты(?:\s+[^\W\d]+){0,2}?\s*[–—:])",
    re.I,
)
# projects approved, selected or put on a list: a portfolio, its worth still to be spent
_APPROVED = re.compile(r"(?<!\w)(?:утвержден|одобрен|отобран|включен)[аоы]?(?!\w)", re.I)
_SPENT_OR_BUILT = re.compile(
    r"(?<!\w)(?:реализован|завершен|введен|построен|запущен|освоен|профинансирован)[аоы]?(?!\w)", re.I
)
# works just begun ("стартовало строительство больницы на 300 коек", "начато строительство школы"),
# unless the sentence tells the building finished ("в 2021 году она была сдана")
_BEGUN = re.compile(
    r"(?<!\w)(?:(?:начал[оао]?сь|начато|начинается|стартовал[оа]?|стартует)\s+строительств\w*|"
    # "начали строить завод за 122,8 млрд", "приступили к возведению корпуса" (+kind25ru)
    r"начал[аи]?\s+(?:строить|возводить)|приступил[аи]?\s+к\s+(?:строительству|возведению))(?!\w)",
    re.I,
)
_FINISHED = re.compile(
    r"(?<!\w)(?:сдан[аоы]?|открыт[аоы]?|построен[аоы]?|завершен[аоы]?|введен[аоы]?\s+в\s+эксплуатаци\w*)(?!\w)",
    re.I,
)
_PAST_OR_DONE = re.compile(
    r"(?<!\w)(?:[^\W\d_]{3,}(?:ли|ла|ло)|сдан\w*|введен\w*|открыт\w*|построен\w*|завершен\w*)(?!\w)", re.I
)


# works begun or being finished that the words above do not name: "стартовала реконструкция 420 км дорог",
# "началась модернизация 85 км сетей", "начат капитальный ремонт 37 км", "завершаются работы по
# восстановлению энергоблока мощностью 500 МВт" (the works still going on: their size is what is to be
# done; "завершены работы", told done, is none of these)
_WORKS_BEGUN_OR_ENDING = re.compile(
    r"(?<!\w)(?:(?:начал[аои]?сь|начинается|начат[аоы]?|стартовал[аои]?|стартует|заверша(?:ет|ют)ся)\s+"
    r"(?:работы\s+по\s+)?(?:капитальн\w+\s+)?"
    r"(?:строительств|реконструкци|модернизаци|капремонт|ремонт|восстановлени)\w*)(?!\w)",
    re.I,
)
# projects whose length, capacity or area is told with "имеют" / "имеет": "Пять новых проектов имеют общую
# протяженность 640 км", "Четыре ключевых проекта – ... – имеют общую протяженность более 1,3 тыс. км"
# (the projects are the subject: "Проект", "Проекты", or counted, "Пять новых проектов", "Четыре ключевых
# проекта"; not "По данным проекта лесной фонд имеет ..."; a list of their names may stand between dashes)
_PROJECTS_HAVE_BEFORE = re.compile(
    r"(?:(?<!\w)(?:\d[\d\s]*|дв[аеу]|три|четыре|пять|шесть|семь|восемь|девять|десять|[^\W\d]+надцать|"
    r"несколько|все)\s+(?:[^\W\d]+\s+){0,2}?проект(?:а|ов)|(?<!\w)проекты?)(?!\w)"
    r"(?:\s+(?:[^\W\d]+\s+){0,3}?|\s+[–—]\s[^.;!?]{0,140}?\s[–—]\s+)"
    r"(?:имеют|имеет)\s+(?:общую\s+|суммарную\s+|проектную\s+)?"
    r"(?:мощность|протяж[её]нность|длину|площадь)\s+(?:около\s+|более\s+|свыше\s+|порядка\s+|почти\s+)?$",
    re.I,
)
# projects told done or standing ("Реализованные проекты", "действующие проекты"): what they have is
_PROJECTS_DONE = re.compile(
    r"(?<!\w)(?:реализованн|завершенн|завершённ|введенн|введённ|запущенн|построенн|действующ)\w*", re.I
)
# a relative clause set off by commas between a worth's noun and its verb: "Общая стоимость проекта,
# который реализуется в несколько этапов, составляет"
_WILL_BE = re.compile(r"(?<!\w)(?:будет|будут)\s+[^\W\d]+", re.I)
_RELATIVE_ASIDE = re.compile(r",\s+(?:[^\W\d]+\s+)?котор\w+[^,.;:!?]{0,80},\s*", re.I)


# a speech tag after the figure's clause: ", сообщили в управлении", ", – заявил аким"
_SPEECH_TAG = re.compile(
    r",\s+(?:[—–-]\s+)?(?:сообщ|заяв|рассказ|отмет|доложи|подчеркну|напомни|уточни|поясни|добави)\w*", re.I
)


def _done_after(sentence: str, start: int) -> bool:
    """A past or a deed done after the figure, a speech tag's verb aside ("составляет 5,7 млрд тенге,
    сообщили в управлении": the reporting is no deed done; "..., заявил аким, добавив, что работы
    завершены" still tells the works done)."""
    tags = {m.end() for m in _SPEECH_TAG.finditer(sentence, start)}
    return any(m.end() not in tags for m in _PAST_OR_DONE.finditer(sentence, start))


def _works_begun_or_ending(sentence: str, start: int) -> bool:
    """The figure's clause names works begun or being finished before the figure, and nothing in the
    sentence tells them done ("в 2024 году работы были завершены")."""
    left = max((m.end() for m in _CLAUSE_MARK.finditer(sentence, 0, start)), default=0)
    works = _WORKS_BEGUN_OR_ENDING.search(sentence, left, start)
    if works is None or _FINISHED.search(sentence):
        return False
    rest = sentence[: works.start()] + " " + sentence[works.end() :]
    return not {tense for _, tense in clause_tenses(rest, 0, len(rest))} & {"done", "past"}


def _worth_across_aside(sentence: str, start: int) -> bool:
    """'Общая стоимость проекта, который реализуется в несколько этапов, составляет 5,7 млрд': the worth
    told across a relative clause that says nothing done (not "который был реализован в 2022 году")."""
    for aside in _RELATIVE_ASIDE.finditer(sentence, max(0, start - 200), start):
        # ("который будет реализован": a participle after "будет" is work ahead, no deed done)
        told = _WILL_BE.sub(" ", sentence[aside.start() : aside.end()])
        tenses = {tense for _, tense in clause_tenses(told, 0, len(told))}
        if tenses & {"done", "past"} or _PROJECTS_DONE.search(told):
            continue
        head = sentence[max(0, aside.start() - 90) : aside.start()] + " " + sentence[aside.end() : start]
        if _WORTH_BEFORE.search(head) and not _done_after(sentence, start):
            return True
    return False


def project_plan(
    sentence: str, start: int, end: int, unit: str, period_end: date | None, published: date, before: str
) -> bool:
    """Whether an actual figure at sentence[start:end] is the worth, capacity or size of a project
    not yet built, so a plan. before is the article's text before the sentence."""
    if unit in MONEY:
        if _projects_begun_worth(sentence, start):
            return True  # "в 2023 году стартовали 69 проектов общей стоимостью 21 млрд": begun, not yet spent
        if period_end is not None and period_end < published:
            return False  # money given or spent in a span already over has been used
        if _capacity_or_cost_to_come(sentence, start, end, before):
            return True  # "ведется строительство 12 объектов общей стоимостью 26,6 млрд"
        if _WORTH_BEFORE.search(sentence, max(0, start - 90), start) and not _done_after(sentence, start):
            return True  # "Объем инвестиций в проект – 18,8 млрд тенге"
        if _worth_across_aside(sentence, start):
            return True  # "Общая стоимость проекта, который реализуется ..., составляет 5,7 млрд"
        if _works_told_before(sentence, start, before):
            return True  # "Идет ремонт больницы. На эти цели выделено 1 млрд, общая стоимость – 1,3 млрд"
        given = _nearest(_GIVEN, sentence, start, end)
        used = _nearest(_USED, sentence, start, end)
        return (
            given is not None
            and (used is None or given < used)
            and (
                _FOR_BUILDING.search(sentence) is not None
                or (_FOR_PROJECTS.search(sentence) is not None and _OVER_YEARS.search(sentence) is None)
            )
        )
    if _capacity_or_cost_to_come(sentence, start, end, before):
        return True  # "новые здания рассчитаны на 400 мест" where works have begun
    among = _AMONG_PROJECTS.search(sentence, 0, start) if unit in _SIZE else None
    # (the projects told built or done: "..., которую сдали в декабре", "были завершены крупные проекты
    # —"; the words opening the list are no deed: "К проектам отрасли относятся")
    if among is not None and not _PAST_OR_DONE.search(
        sentence[: among.start()] + " " + sentence[among.end() :]
    ):
        return True  # "В числе крупнейших проектов – электростанция на 1 000 МВт"
    if unit in _SIZE and _UNDER_WAY.search(sentence):
        return True  # "строящейся тепломагистрали протяженностью 15,2 км", "возводится подстанция ... 80 МВА"
    if unit in _SIZE and _works_begun_or_ending(sentence, start):
        return True  # "стартовала модернизация 3 тыс. км", "завершаются работы по восстановлению блока мощностью 500 МВт"
    if (
        unit in _SIZE and _PROJECTS_HAVE_BEFORE.search(sentence, max(0, start - 220), start)
        and not _PROJECTS_DONE.search(sentence, 0, start)
    ):  # fmt: skip
        return True  # "Пять новых проектов имеют общую протяженность 640 км": what the projects will build
    designed = search_in(_DESIGNED_FOR, _DESIGNED_FOR_GATE, sentence, max(0, start - 60), start) or search_in(
        _RANGE_HIGH, _RANGE_HIGH_GATE, sentence, max(0, start - 80), start
    )
    if designed:
        # "Каждое учреждение рассчитано на прием от 25 до 45 посещений" after "появятся 11 объектов":
        # what a facility still to come will take (not "Стационар рассчитан на 300 коек" of one standing)
        return bool(_TO_COME.search(sentence) or _TO_COME.search(before[-600:]))
    return False


# projects begun, in a span or not: "стартовали 69 проектов", "начата реализация 12 проектов"
_PROJECTS_BEGUN = re.compile(
    r"(?<!\w)(?:стартовал[иао]?|начат[аоы]?(?:\s+реализаци\w+)?|начал[аои]?сь\s+реализаци\w+)"
    r"(?:\s+[^\W\d]+){0,3}?\s+\d[\d\s]*(?:[,.]\d+)?\s+(?:[^\W\d]+\s+){0,2}?(?:проект|объект)\w*",
    re.I,
)


def _projects_begun_worth(sentence: str, start: int) -> bool:
    """'В 2023 году стартовали 69 проектов общей стоимостью 21 млрд тенге': the whole worth of projects
    told as begun is still to be spent (FORMAT.md: their worth is plan), though the year they began is
    over; not once the sentence tells them finished."""
    head = sentence[max(0, start - 70) : start]
    return (
        sentence_holds(_COST_BEFORE_GATE, sentence)
        and _COST_BEFORE.search(head) is not None
        and _PROJECTS_BEGUN.search(sentence, 0, start) is not None
        and _FINISHED.search(sentence) is None
    )


def _capacity_or_cost_to_come(sentence: str, start: int, end: int, before: str) -> bool:
    """'общей стоимостью 26,6 млрд' or 'вместимостью 1 300 мест' of buildings under way or in design:
    what they will hold or cost once done. The works may be named in the sentence or the one before
    ("начались работы ... – новые здания рассчитаны на 400 мест")."""
    head = sentence[max(0, start - 70) : start]
    seats = (
        _SEATS_AFTER.match(sentence, end) is not None and _SEATS_BEFORE.search(head) is not None
    ) or _CAPACITY_ADJECTIVE.match(sentence, end) is not None
    # (up to the figure's clause end: "на 178 млрд тг (стекло, арматура)" names goods, no past)
    told = sentence[: next((m.start() for m in _WORTH_CLAUSE_END.finditer(sentence, end)), len(sentence))]
    # (each pattern of the words before the figure only in a sentence holding one of its words; the
    # worth read once for the two tests below)
    worth_on = sentence_holds(_WORTH_ON_BEFORE_GATE, sentence) and _WORTH_ON_BEFORE.search(head) is not None
    if (
        worth_on and _WORKS_GOING_ON.search(told) and not _PAST_OR_DONE.search(told)
        and not {tense for _, tense in clause_tenses(told, 0, len(told))} & {"done", "past"}
    ):  # fmt: skip
        return True  # "продолжается ремонт на сумму 1,5 млрд": what works under way will cost
    if worth_on and _APPROVED.search(told) and not _SPENT_OR_BUILT.search(sentence):
        return True  # "утверждено 97 проектов на сумму 6,4 трлн": a portfolio's worth, not yet spent
    if not (
        (sentence_holds(_CAPACITY_BEFORE_GATE, sentence) and _CAPACITY_BEFORE.search(head))
        or (sentence_holds(_COST_BEFORE_GATE, sentence) and _COST_BEFORE.search(head))
        or seats
    ):
        return False
    if _NOT_STANDING.search(sentence) or _TO_COME.search(sentence):
        return True
    if _BEGUN.search(sentence) and not _FINISHED.search(sentence):
        return True
    if _works_begun_or_ending(sentence, start):
        return True  # "стартовала реконструкция стадиона стоимостью 12 млрд": begun works, their cost ahead
    # "Выделено 1,5 млрд тенге на строительство дома на 180 квартир": money for a block still to come
    if (
        seats
        and _GIVEN.search(sentence)
        and _FOR_BUILDING.search(sentence)
        and not _PAST_OR_DONE.search(sentence)
    ):
        return True
    # the works named just before: the end of the previous sentence only
    return _NOT_STANDING.search(before[-250:]) is not None and not _PAST_OR_DONE.search(sentence)


# money for works named just before ("На эти цели выделено", "на эти работы направят") or their whole
# cost with no noun of its own ("общая стоимость составляет", "Общая стоимость —")
_FOR_THESE_WORKS = re.compile(
    r"(?<!\w)на\s+(?:эти|данные|указанные)\s+(?:цели|работы)(?!\w)"
    r"|(?<!\w)(?:общая|сметная)\s+стоимость\s*(?:[-–—:]|составля\w+)?\s*(?:около|более|свыше|порядка|почти)?\s*$",
    re.I,
)
# works going on in the sentence before: "где в настоящее время проводится капитальный ремонт",
# "создается медицинский хаб", "ведется строительство"
_WORKS_BEFORE = re.compile(
    r"(?<!\w)(?:провод(?:ит|ят)ся\s+(?:[^\W\d]+\s+)?(?:ремонт|реконструкци|строительств|модернизаци)\w*"
    r"|(?:созда(?:ет|ют)ся|ид[её]т\s+(?:[^\W\d]+\s+)?(?:ремонт|строительств|реконструкци)\w*)"
    # or planned: "Также планируется продолжить реконструкцию дороги. На эти цели выделен 1 млрд"
    r"|(?:планиру|запланир|предусмотр)\w*\s+(?:(?:продолжить|начать|провести)\s+)?"
    r"(?:строительств|реконструкци|ремонт|капремонт|модернизаци)\w*)",
    re.I,
)


def _works_told_before(sentence: str, start: int, before: str) -> bool:
    """Money for works under way named in the sentence before or earlier in this one ("Идет ремонт
    больницы. На эти цели выделено 1 млрд"): a plan while the works go on and none is told done."""
    head = sentence[max(0, start - 60) : start]
    if not _FOR_THESE_WORKS.search(head) and not _FOR_THESE_WORKS.search(sentence, 0, start):
        return False
    told = sentence[:start]
    if {tense for _, tense in clause_tenses(told, 0, len(told))} & {"past"} or _FINISHED.search(sentence):
        return False
    works = before[-300:] + " " + told
    return any(p.search(works) for p in (_WORKS_BEFORE, _NOT_STANDING, _WORKS_GOING_ON, _UNDER_WAY))


def _nearest(pattern: re.Pattern[str], text: str, start: int, end: int) -> int | None:
    """The distance from the figure to the nearest match of pattern in text, or None."""
    distances = [
        start - m.end() if m.end() <= start else m.start() - end if m.start() >= end else 0
        for m in pattern.finditer(text)
    ]
    return min(distances, default=None)


# the done part of a plan: "уже завершен", "на сегодня заменено", "из них уже открыты", "пока работы
# выполнены на 18 км" ("so far"; not "пока не сданы", not yet)
_ALREADY = re.compile(
    r"(?<!\w)(?:уже|на\s+сегодня(?:шний\s+день)?|к\s+настоящему\s+времени|на\s+данный\s+момент"
    r"|пока(?:\s+что)?(?!\s+(?:ещ[её]\s+)?не\b))(?!\w)",
    re.I,
)
_CLAUSE_MARK = re.compile(r"[,;:]\s|\s[—–]\s")
_LIST_BREAK = re.compile(r"[;:]\s|\s[—–]\s")


def done_of_plan(sentence: str, start: int, end: int) -> bool:
    """Whether the figure at sentence[start:end] is told as already done ("Ремонт уже завершен на 4
    энергоблоках", "5 из них уже открыты"): "уже" or "на сегодня" and a past or a short participle
    in the figure's own clause, no present or future there."""
    left = max((m.end() for m in _CLAUSE_MARK.finditer(sentence, 0, start)), default=0)
    right = next((m.start() for m in _CLAUSE_MARK.finditer(sentence, end)), len(sentence))
    if not clause_tenses(sentence, left, right):
        # a list goes on with its clause's verb: "завершен на 4 энергоблоках, 15 котлах и 9 турбинах"
        left = max((m.end() for m in _LIST_BREAK.finditer(sentence, 0, start)), default=0)
    if not _ALREADY.search(sentence, left, right):
        return False
    return _done_tenses(sentence, left, right)


def told_done(sentence: str, start: int, end: int) -> bool:
    """The figure's own clause says it done ("Открыты 3 из 7 амбулаторий"): a past verb or a short
    participle, no present or future verb."""
    left = max((m.end() for m in _CLAUSE_MARK.finditer(sentence, 0, start)), default=0)
    right = next((m.start() for m in _CLAUSE_MARK.finditer(sentence, end)), len(sentence))
    return _done_tenses(sentence, left, right)


def _done_tenses(sentence: str, left: int, right: int) -> bool:
    tenses = {tense for _, tense in clause_tenses(sentence, left, right)}
    return bool(tenses & {"done", "past"}) and not tenses & {"present", "future"}


# "по расчетам акимата, ... должны сокращать расходы на 900 млн": an expected outcome, whatever the
# modal's plan reading or the start date ("введенные с 1 сентября") make of it
_BY_ESTIMATE = re.compile(r"(?<!\w)по\s+(?:расч[её]там|оценкам|оценке|прогнозам?|подсч[её]там)(?!\w)", re.I)
_BY_ESTIMATE_GATE = literal_gate(_BY_ESTIMATE)
_MUST = re.compile(r"(?<!\w)должн[аоы]?(?!\w)", re.I)


def estimated_outcome(sentence: str, start: int) -> bool:
    """Whether the figure at start is what an estimate says must follow: "по расчетам ..., должны"."""
    estimate = search_in(_BY_ESTIMATE, _BY_ESTIMATE_GATE, sentence, 0, start)
    return estimate is not None and _MUST.search(sentence, estimate.end(), start) is not None


# the rest of a total, told with its own plan: "из 29 домов работы завершены в 20, остальные включены
# в план на 2026 год", "приведены в порядок 20 из 23 домов, оставшиеся три отремонтируют в следующем году"
_REMAINDER = re.compile(r"[,;]\s+(?:а\s+)?(?:остальн|оставш)\w*", re.I)
_REMAINDER_GATE = literal_gate(_REMAINDER)


def remainder_at(sentence: str) -> int | None:
    """Where a clause about the rest of a total begins, if its head clause tells what is done."""
    rest = gated_search(_REMAINDER, _REMAINDER_GATE, sentence)
    if rest is None:
        return None
    tenses = {tense for _, tense in clause_tenses(sentence, 0, rest.start())}
    return rest.start() if tenses & {"done", "past"} and not tenses & {"future"} else None


def told_in_past(sentence: str, start: int, end: int) -> bool:
    """The figure's own clause is told in the past ("наполняемость составляла от 40% до 60%"), with
    no present or future verb in it."""
    left = max((m.end() for m in _CLAUSE_MARK.finditer(sentence, 0, start)), default=0)
    right = next((m.start() for m in _CLAUSE_MARK.finditer(sentence, end)), len(sentence))
    tenses = {tense for _, tense in clause_tenses(sentence, left, right)}
    return "past" in tenses and not tenses & {"present", "future", "copula"}


# a schedule: "с частотой 616 рейсов в неделю", "выполняется 821 рейс в неделю"
_WEEKLY = re.compile(r"(?<!\w)(?:в|за)\s+неделю(?!\w)|(?<!\w)еженедельно(?!\w)", re.I)
_WEEKLY_GATE = literal_gate(_WEEKLY)


def schedule_now(sentence: str) -> bool:
    """Whether a sentence describes a schedule as it runs ("Сеть расширена до 131 направления с
    частотой 616 рейсов в неделю"): a weekly frequency, and no past tense beside it (a short
    participle tells the state reached, "выполнено 40 рейсов в неделю" too)."""
    if not gated_search(_WEEKLY, _WEEKLY_GATE, sentence):
        return False
    tenses = {tense for _, tense in clause_tenses(sentence, 0, len(sentence))}
    return "past" not in tenses and "future" not in tenses
