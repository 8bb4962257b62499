"""Russian and Kazakh: money allocated and not yet spent is a plan (pure).

FORMAT.md's allocated-money rule. Money "выделено / направлено / бөлінді" for the year of publication
or a later one has been set aside, not spent: "В этом году на субсидии выделено 22,7 млрд", "Биыл
курортқа 3,5 млрд теңге бөлінді". So is Kazakh money given for works with no period of its own
("ауылдарды сумен қамтамасыз етуге 15 млрд теңге бөлінді"; the Russian one is in ru_projects.py).
It stays actual when its span is over or runs only to publication (a past year, "с начала года", a
reporting span), when a word nearer to it says it was spent or paid ("освоено", "жұмсалды"), and when
it is the done part set against more still to come ("направлено 7,3 млрд, еще 9,6 млрд
предусмотрено")."""

from __future__ import annotations

import re
from datetime import date

MONEY = frozenset(("KZT", "USD", "EUR", "RUB", "CNY", "GBP"))

# money set aside or directed: the finite forms and the participles ("700 млрд, выделенных на ...")
_GIVEN = {
    "ru": re.compile(
        r"(?<!\w)(?:выдел(?:ено|ены|ена|ил[аои]?|ят|яется|яются|енн\w+)|направлен(?:о|ы|а|н\w+)?|"
        r"направил[аио]?|предназначен[оаы]?|заложен[оаы]?)(?!\w)",
        re.I,
    ),
    "kk": re.compile(
        # "бөлінгенімен" (though allocated), "бөлінгеніне қарамастан", "бөлінгенін айтты": the same deed
        # ("биыл ... 11 млрд теңге бөлінсе, оның ...": allocated, told as the first half of a contrast)
        # ("жобаға 50 млрд теңге бөліп отыр", "бөлуде": the investors allocate, the active going on;
        # "биыл 413 мың тонна бөлдік": a minister's "we allocated", the same deed in the first person)
        r"(?<!\w)(?:бөлін(?:ді|ген(?:імен|іне|ін)?|іп|еді|етін|се)|бөлді(?:к|м)?|бөліп\s+(?:отыр|жатыр)|бөлуде|бағытталды|"
        # ("жөндеуге 100,6 млн теңге қаралған": money budgeted, the same deed in the budget's word)
        # ("Әлеуметтік салаға 7,4 млрд теңге қарастырылды": set aside in the budget, the same deed)
        r"бағытталған(?:ымен|ына|ын)?|бағытталып|қарал(?:ды|ған|ып)|қарастырыл(?:ды|ған|ып))(?!\w)",
        re.I,
    ),
}
# money spent, used or paid out
_SPENT = {
    "ru": re.compile(
        r"(?<!\w)(?:освоен\w*|израсходова\w*|потрачен\w*|истрачен\w*|выплачен\w*|использова\w*|затрачен\w*)",
        re.I,
    ),
    "kk": re.compile(r"(?<!\w)(?:игеріл|жұмсал|пайдаланыл|төлен|төленді)\w*", re.I),
}
# the share of the money used, told after its noun ("где освоение составляет порядка 30%"): the
# spending word is the share's, not a sum's (+kind25ru)
_SHARE_USED = re.compile(r"\s+(?:[^\W\d]+\s+){0,2}?\d[\d\s]*(?:[,.]\d+)?\s*(?:%|процент)", re.I)
# "вся эта сумма ушла на погашение долгов": used up, told after the figure
_GONE = re.compile(r"(?<!\w)ушл[аио]?\s+на(?!\w)", re.I)
# another sum of money in a clause: the spent verb there governs that sum, not ours
_SUM = re.compile(
    r"\d[\d\s,.]*\s*(?:(?:млрд|млн|трлн|тыс)\.?\s*|(?:миллиард|миллион|триллион)\w*\s+)?"
    r"(?:тенге|теңге|долл\w*|\$|евро|рубл\w*)",
    re.I,
)
# a unit price, not a sum set aside: "по цене 179 тенге за литр", "литрі 254 теңгеден"
_PRICE_AFTER = re.compile(r"\s*за\s+(?:литр|тонн|килограмм|кг|кубометр|куб|квадратн|штук|единиц|метр)", re.I)
# a Kazakh sum in the ablative with no "more than" after it is a price each: "литрі 254 теңгеден"
_EACH = re.compile(r"(?:ден|тен|нан|нен)$", re.I)
_MORE_THAN = re.compile(r"\s+(?:астам|артық|көп|жоғары)(?!\w)", re.I)
_PRICE_BEFORE = re.compile(r"(?:по\s+цене|стоимостью|литрі|тоннасы|бағасы)\s+(?:[^\W\d]+\s+)?$", re.I)
# more still to come after the figure: "еще 9,6 млрд тенге предусмотрено", "тағы 2 млрд ... қарастырылған"
_MORE_TO_COME = re.compile(
    r"(?<!\w)(?:ещ[её]|тағы)\s[^.;]{0,60}?(?:предусмотрен|запланирован|планиру|будет|будут|"
    r"қарастырыл|жоспарлан|бөлінеді|көзделген)",
    re.I,
)
# Kazakh works the money is for: "салуға", "жаңғыртуға", "жөндеуге", "қамтамасыз етуге", "құрылысына"
_KK_FOR_WORKS = re.compile(
    # ("жобаларын жүзеге асыруға", "іске асыруға": to carry out projects, works still to do)
    # ("құрылысты бастау үшін": for starting the building, the purpose told with "үшін")
    r"(?<!\w)(?:салу|жаңғырту|жаңарту|жөндеу|ету|реконструкциялау|қалпына\s+келтіру|асыру|бастау)"
    r"(?:ға|ге|\s+үшін)(?!\w)|"
    r"(?<!\w)құрылысына(?!\w)|"
    # ("денсаулық сақтау жобаларына ... бөлінді": to projects or sites, works still to do)
    r"(?<!\w)(?:жоба|нысан)(?:лар)?(?:ына|іне|сына|сіне|ға|ге)(?!\w)",
    re.I,
)
# Russian works the money is for, named as objects or sites: "на шесть объектов", "на 12 объектов"
_RU_FOR_OBJECTS = re.compile(r"(?<!\w)на\s+(?:[^\W\d]+|\d+)\s+(?:[^\W\d]+\s+)?объект(?:ов|а|ы)(?!\w)", re.I)
# Russian support the money is for, not said to be given out yet: "на удешевление кормов", "на
# субсидирование ставок", "на закуп семян", "на приобретение техники" (+kind25ru)
_RU_FOR_SUPPORT = re.compile(
    r"(?<!\w)на\s+(?:удешевлени|субсидировани|закуп|приобретени|компенсаци|льготн\w+\s+кредитовани)\w*(?!\w)",
    re.I,
)
# the year under way named in the sentence itself: "В текущем году", "в этом году", "на текущий год"
_RU_YEAR_UNDER_WAY = re.compile(
    r"(?<!\w)(?:в\s+(?:текущем|этом|нынешнем)\s+году|на\s+(?:текущий|этот|нынешний)\s+год)(?!\w)", re.I
)
# payments to people: a year-to-date total of them is what has been paid (FORMAT.md), not money set aside
_RU_PAYMENTS = re.compile(r"(?<!\w)(?:выплат|пособи|пенси|стипенди|зарплат|заработн)\w*", re.I)
# works told as finished: the money for them has been used ("Биыл 18 мектеп жөнделді. Бұл мақсатқа
# 6,4 млрд теңге бөлінді"); opening a service ("секция ашылды") is no spending done
_WORKS_DONE = {
    "ru": re.compile(
        r"(?<!\w)(?:отремонтирован[оыа]?|построен[оыа]?|возведен[оыа]?|реконструирован[оыа]?|"
        r"модернизирован[оыа]?|приобретен[оыа]?|закуплен[оыа]?|завершен[оыа]?|"
        r"введен[оыа]?\s+в\s+эксплуатацию|сдан[оыа]?\s+в\s+эксплуатацию)(?!\w)",
        re.I,
    ),
    "kk": re.compile(
        r"(?<!\w)(?:жөнделді|салынды|жаңғыртылды|жаңартылды|сатып\s+алынды|аяқталды|"
        r"пайдалануға\s+берілді|қайта\s+жаңартылды|"
        # "12 көше тротуармен қамтылды": provided with a thing built (not "көмекпен қамтылды", no work)
        r"(?:тротуар|жарық|су|газ|кәріз|асфальт|жабын)\w*(?:мен|пен|бен)\s+қамтылды)(?!\w)",
        re.I,
    ),
}
# the money refers back to the works before it: "Бұл мақсатқа", "бұл үшін", "на эти цели", "на это"
_FOR_THAT = re.compile(
    r"(?<!\w)(?:(?:бұл|осы)\s+(?:мақсатқа|мақсаттарға|жұмыстарға|жұмысқа|үшін)|на\s+(?:эти|это|данные)(?:\s+(?:цели|работы))?|"
    r"для\s+этого)(?!\w)",
    re.I,
)
# what the works gave people, told as reached: "доступ к газу получили 350 тыс. человек", "топливо стало
# доступно 100 тыс. жителей", "село подключено к сетям" (+fs41ru)
_RU_OUTCOME_REACHED = re.compile(
    r"(?<!\w)(?:получил[аио]?\s+(?:[^\W\d]+\s+){0,2}?доступ|доступ\w*\s+(?:[^\W\d]+\s+){0,3}?получил[аио]?|"
    r"стал[аио]?\s+(?:[^\W\d]+\s+)?доступ(?:ен|н\w*)|подключен[оыа]?\s+к|подключил[аио]?|газифицирован[оыа]?|"
    r"обеспечен[оыа]?\s+(?:газом|водой|питьевой|связью|интернетом|электроэнергией))(?!\w)",
    re.I,
)
# money for works named before: "На реализацию этих проектов направлено ...", "на эти цели"
_RU_FOR_THESE = re.compile(
    r"(?<!\w)на\s+(?:[^\W\d]+\s+)?(?:эт(?:их|и|от|ого|у)|данн\w+)\s+(?:[^\W\d]+\s+)?"
    r"(?:проект|работ|объект|мероприят|цел)\w*",
    re.I,
)
# the next sentence tells what the money brought: "В результате ...", "Благодаря этому ..."
_RU_AS_A_RESULT = re.compile(r"\s*(?:в\s+результате|благодаря\s+этому|это\s+позволило)(?!\w)", re.I)
# Kazakh works still to come, told in the aorist or with "тиіс": "жөндеу жұмыстары ... жүргізіледі",
# "мектеп салынады", "жөнделуі тиіс" (what money "Бұл үшін ... бөлінді" is for is not yet done)
_KK_WORKS_AHEAD = re.compile(
    r"(?<!\w)(?:жүргізіл|салын|жөндел|жаңғыртыл|жаңартыл|орнатыл|тұрғызыл)(?:еді|ады|уі\s+тиіс|уы\s+тиіс)(?!\w)",
    re.I,
)
# the Kazakh past perfect after a verb: "бөлінген еді", a past closed against now
_KK_HAD_BEEN = re.compile(r"\w*\s+еді(?!\w)", re.I)
# a clause ends at a comma, semicolon, colon or dash (the participle after a comma is kept apart)
_CLAUSE_MARK = re.compile(r"[,;:]\s|\s[—–]\s")
# a Kazakh comma inside a list of places: a name after it ("Теректі, Қаратөбе аудандарының"), or
# "сондай-ақ" before a name ("8 ауылында, сондай-ақ Бәйтерек ауданында"); the verb comes after the list
_KK_LIST_COMMA = re.compile(r",\s(?:сондай-ақ\s)?(?=[А-ЯӘҒҚҢӨҰҮҺІ][а-яәғқңөұүһі]+\s?)")
# ", оның ішінде республикалық бюджеттен 4 трлн теңге, ал жергілікті бюджеттен ...": a whole's parts,
# told before the one verb and after the one purpose they share
_KK_PARTS_COMMA = re.compile(r",\s(?:оның\s+ішінде|ал)\s", re.I)
_KK_OF_WHICH = re.compile(r"(?<!\w)оның\s+ішінде(?!\w)", re.I)


def _kk_parts_comma(sentence: str, at: int) -> bool:
    """A comma at `at` between a whole and its parts: ", оның ішінде", or ", ал" once "оның ішінде" has
    opened the parts ("89 млрд қаржыландырылды, ал жалпы 185 млрд қарастырылған" is a contrast)."""
    joint = _KK_PARTS_COMMA.match(sentence, at)
    return joint is not None and (
        joint.group(0).lower().startswith(", оның") or _KK_OF_WHICH.search(sentence, 0, at) is not None
    )


_REACH = 60  # a participle after the figure's comma: "Из 700 млрд тенге, выделенных на посевную"


def allocated_unspent(
    language: str,
    sentence: str,
    start: int,
    end: int,
    unit: str,
    period: tuple[date | None, date | None],
    published: date,
    before: str = "",
    after: str = "",
) -> str | None:
    """Whether the actual money figure at sentence[start:end] is allocated and not yet spent: "year"
    when it is set aside for the year of publication or a later span, "year_named" when the sentence
    names the year under way but the span read is a report's months of it (the money is the year's), "works" when Kazakh money is
    given for works with no period of its own (it takes none), None otherwise. before is the
    article's text before the sentence, after the text after it."""
    given_re, spent_re = _GIVEN.get(language), _SPENT.get(language)
    if unit not in MONEY or given_re is None or spent_re is None:
        return None
    left = _clause_start(language, sentence, start, given_re)
    right = _clause_end(language, sentence, end, given_re)
    given = given_re.search(sentence, left, right) or _participle_after(given_re, sentence, end, right)
    if given is None or spent_re.search(sentence, left, right):
        return None
    spent = min(
        (
            _distance(m, start, end)
            for m in spent_re.finditer(sentence)
            if not _SHARE_USED.match(sentence, m.end())
        ),
        default=None,
    )
    if spent is not None and spent < _distance(given, start, end):
        return None  # "Из 700 млрд, выделенных ..., освоено 502 млрд": 502 is the part used
    each = _EACH.search(sentence[start:end]) is not None and not _MORE_THAN.match(sentence, end)
    if each or _PRICE_AFTER.match(sentence, end) or _PRICE_BEFORE.search(sentence, max(0, start - 30), start):
        return None  # a price per litre or tonne is in force, not set aside
    if _used_after(spent_re, sentence, right):
        return None  # "направил 10,2 млрд, однако вся эта сумма ушла на погашение долгов"
    if _WORKS_DONE[language].search(sentence) or (
        _FOR_THAT.search(sentence) and _WORKS_DONE[language].search(_last_sentence(before))
    ):
        return None  # the works it paid for are told as finished: the money has been used
    if language == "ru" and _ru_outcome_reached(sentence, before, after):
        return None  # the works' outcome is told as reached: the money has done its work
    if _MORE_TO_COME.search(sentence, end):
        return None  # "направлено 7,3 млрд, еще 9,6 млрд предусмотрено": 7,3 is the part done
    first, last = period
    whole_year = first == date(published.year, 1, 1) and last == date(published.year, 12, 31)
    # ("2025-2027 жылдары ... 4,2 млрд теңге бөлінген", told in 2025: years from the one under way on)
    # ("2024–2025 жылдары ... 5 млрд теңге бөлінді", told in July 2025: years not over yet, the money not
    # all used; not "2023-2025 жылдары ... 55,5 млрд теңге бөлінген еді", a past set against a plan ahead)
    years_on = (
        first is not None and last is not None and last.year > first.year and last > published
        and (first.year == published.year or not _KK_HAD_BEEN.match(sentence, given.end()))
    )  # fmt: skip
    # ("Жыл соңына дейін ... жөндеу көзделген, оған 150 млн теңге қаралды": for works by a deadline ahead)
    deadline_ahead = first is None and last is not None and last > published
    if whole_year or years_on or (first is not None and first > published) or deadline_ahead:
        return "year"
    if (
        language == "ru" and first == date(published.year, 1, 1) and last is not None and last <= published
        and _RU_YEAR_UNDER_WAY.search(sentence, 0, start) and not _RU_PAYMENTS.search(sentence)
    ):  # fmt: skip
        # "В текущем году на развитие дорог направлено 102 млрд" in a half-year report: the money named
        # for the year under way is set aside for the whole year, not the report's months (+kind25ru)
        return "year_named"
    undated = last is None or (last == published and first in (None, published))
    if language == "kk" and undated and _KK_FOR_WORKS.search(sentence, left, right):
        return "works"
    if language == "kk" and undated and given.group(0).lower().startswith(("бөліп", "бөлуде")):
        return "works"  # "Инвесторлар жобаға 50 млрд теңге бөліп отыр": being given, not yet spent
    if (
        language == "kk" and undated and _FOR_THAT.search(sentence, left, start)
        and _KK_WORKS_AHEAD.search(_last_sentence(before))
    ):  # fmt: skip
        # "... жөндеу жұмыстары жоспар бойынша жүргізіледі. Бұл үшін 900 млн теңге бөлінді": money for the
        # works the sentence before says are still to come
        return "works"
    if language == "ru" and undated and _RU_FOR_OBJECTS.search(sentence, left, right):
        return "works"  # "Ранее на шесть объектов направлено 3,2 млрд тенге": for works not said to be done
    if language == "ru" and undated and _RU_FOR_SUPPORT.search(sentence, left, right):
        return "works"  # "выделено 2 млрд тенге на удешевление кормов": support not said to be given out yet
    return None


# money given out, the allocating verb proper (not "қарастырылған", "предусмотрено": provided for, a
# plan's word even for a year now over)
_GIVEN_OUT = {
    "ru": re.compile(r"(?<!\w)(?:выделен[оаы]?|выделил[аио]?|направлен[оаы]?|направил[аио]?)(?!\w)", re.I),
    "kk": re.compile(
        r"(?<!\w)(?:бөлін(?:ді|ген|іп|еді)|бөлді|бағытталд\w*|бағытталған|бағытталып)(?!\w)", re.I
    ),
}


def allocated_for_span_over(
    language: str,
    sentence: str,
    start: int,
    end: int,
    unit: str,
    period: tuple[date | None, date | None],
    published: date,
) -> bool:
    """True for money whose own clause says it was allocated for a span over before publication ("2024
    жылға республикалық бюджеттен 4,1 млрд теңге бөлініп, ... көзделген болатын", told in 2025): actual
    by FORMAT.md, though the clause after it tells the plan of that span (+fs38kk)."""
    given_re = _GIVEN_OUT.get(language)
    first, last = period
    if unit not in MONEY or given_re is None or first is None or last is None or last >= published:
        return False
    left = _clause_start(language, sentence, start, given_re)
    right = _clause_end(language, sentence, end, given_re)
    return bool(given_re.search(sentence, left, right) or _participle_after(given_re, sentence, end, right))


# a budget of the year under way amended: "уточненный бюджет", "Корректировки бюджета", "бюджет
# скорректирован", "уточнение бюджета", "уточнили бюджет" (+fs30ru)
_RU_BUDGET_AMENDED = re.compile(
    r"(?<!\w)(?:уточн[её]нн\w*\s+(?:[^\W\d]+\s+)?бюджет|уточнени\w+\s+(?:[^\W\d]+\s+)?бюджет|"
    r"(?:уточнил|скорректировал)[аио]?\s+(?:[^\W\d]+\s+)?бюджет|"
    r"корректировк\w*(?=[^.;]{0,60}бюджет)|бюджет\w*\s+(?:был\s+)?(?:уточн[её]н|скорректирова)\w*)",
    re.I,
)
# money added to a budget's spending: "добавили в расходную часть бюджета", "в бюджет добавлено";
# the budget grown by it: "уточнили бюджет ..., увеличив его на 5,5 млрд" (+fs30ru)
_RU_ADDED_TO_BUDGET = re.compile(
    r"(?<!\w)добав(?:ил[аио]?|лен[оаы]?|ят)\s+(?:[^.;]{0,40}?)?\bбюджет|"
    r"(?<!\w)бюджет\w*[^.;]{0,60}?,\s+увеличив\s+(?:его|их)\s+на\s|"
    r"(?<!\w)бюджет\w*\s+(?:[^.;]{0,40}?)?добав(?:ил[аио]?|лен[оаы]?)(?!\w)",
    re.I,
)
# more money given on top: "Дополнительно выделили 94,2 млрд", "дополнительно направлено"
_RU_EXTRA_GIVEN = re.compile(r"(?<!\w)дополнительно\s+(?:[^\W\d]+\s+){0,2}?(?:выдел|направ)\w*", re.I)


def added_to_amended_budget(
    language: str,
    sentence: str,
    unit: str,
    period: tuple[date | None, date | None],
    published: date,
    before: str = "",
) -> str | None:
    """'Депутаты утвердили уточненный бюджет. Корректировки добавили в расходную часть бюджета 94,2
    млрд тенге': money added to the budget of the year under way, with no year of its own, is set
    aside for that year (a plan, FORMAT.md): "added" when it tells by how much the budget grew (a
    change), "extra" for more money given on top ("Дополнительно выделили ..."), else None."""
    if language != "ru" or unit not in MONEY:
        return None
    how = (
        "added"
        if _RU_ADDED_TO_BUDGET.search(sentence)
        else "extra"
        if _RU_EXTRA_GIVEN.search(sentence)
        else None
    )
    if how is None:
        return None
    first, last = period
    undated = last is None or (last == published and first in (None, published))
    this_year = first == date(published.year, 1, 1) and last == date(published.year, 12, 31)
    if not (undated or this_year) or _SPENT["ru"].search(sentence) or _WORKS_DONE["ru"].search(sentence):
        return None
    amended = _RU_BUDGET_AMENDED.search(sentence) or _RU_BUDGET_AMENDED.search(_last_sentence(before))
    return how if amended else None


def _clause_start(language: str, sentence: str, start: int, given_re: re.Pattern[str]) -> int:
    """Where the clause of a figure starting at start begins: after the last clause mark, but in Kazakh
    back over the commas of a whole's parts ("ұлттық жобасына 7,6 трлн теңге, оның ішінде ... 4 трлн
    теңге ... бөлінді": the part is given to the project the whole is) while no verb of giving ends the
    clause before."""
    marks = list(_CLAUSE_MARK.finditer(sentence, 0, start))
    while (
        language == "kk" and marks and _kk_parts_comma(sentence, marks[-1].start())
        and not given_re.search(sentence, marks[-2].end() if len(marks) > 1 else 0, marks[-1].start())
    ):  # fmt: skip
        marks.pop()
    return marks[-1].end() if marks else 0


def _clause_end(language: str, sentence: str, end: int, given_re: re.Pattern[str]) -> int:
    """Where the clause of a figure ending at end ends: at the next clause mark, but in Kazakh not at
    the commas of a list of places ("2,5 млрд теңге Теректі, Қаратөбе аудандарының 8 ауылында, сондай-ақ
    Бәйтерек ауданында ... салуға бағытталды": the money's verb and purpose come after the list), nor at
    those of its parts (", оның ішінде ..."); a comma after the money's own verb ("бөлінді, Ақтөбеде
    ...") ends it."""
    for mark in _CLAUSE_MARK.finditer(sentence, end):
        if (
            language == "kk"
            and (_KK_LIST_COMMA.match(sentence, mark.start()) or _kk_parts_comma(sentence, mark.start()))
            and not given_re.search(sentence, end, mark.start())
        ):  # fmt: skip
            continue
        return mark.start()
    return len(sentence)


def _participle_after(pattern: re.Pattern[str], sentence: str, end: int, right: int) -> re.Match[str] | None:
    """A participle just after the figure's clause ("700 млрд тенге, выделенных на посевную")."""
    if right >= len(sentence) or sentence[right] != ",":
        return None
    found = pattern.search(sentence, right, min(len(sentence), right + _REACH))
    return (
        found if found is not None and found.group(0).lower().startswith(("выделенн", "направленн")) else None
    )


def _used_after(spent_re: re.Pattern[str], sentence: str, right: int) -> bool:
    """A later clause says the money was used, and names no sum of its own for the verb to govern
    ("..., однако вся эта сумма ушла на погашение долгов"; not "..., освоено 502 млрд")."""
    for used in (*spent_re.finditer(sentence, right), *_GONE.finditer(sentence, right)):
        if _SHARE_USED.match(sentence, used.end()):
            continue  # ", где освоение составляет порядка 30%": the share used so far, the rest still set aside
        left = max((m.end() for m in _CLAUSE_MARK.finditer(sentence, 0, used.start())), default=0)
        after = next((m.start() for m in _CLAUSE_MARK.finditer(sentence, used.end())), len(sentence))
        if not _SUM.search(sentence, left, after):
            return True
    return False


def _ru_outcome_reached(sentence: str, before: str, after: str) -> bool:
    """Money for works whose outcome is told as reached: for "these projects" after a sentence saying
    what people got ("... доступ к нему получили 350 тыс. человек. На реализацию этих проектов
    направлено 112 млрд"), or followed by "В результате ..." saying so (FORMAT.md: allocated money is
    actual when the works it paid for are told as finished; +fs41ru)."""
    if (_FOR_THAT.search(sentence) or _RU_FOR_THESE.search(sentence)) and _RU_OUTCOME_REACHED.search(
        _last_sentence(before)
    ):
        return True
    result = _RU_AS_A_RESULT.match(after)
    if result is None:
        return False
    stop = after.find(". ", result.end())
    return bool(_RU_OUTCOME_REACHED.search(after, result.end(), stop if stop >= 0 else len(after)))


def _last_sentence(before: str) -> str:
    """The sentence just before (the article's text up to this sentence, its last 300 characters)."""
    tail = before[-300:].rstrip()
    # (a full stop then a capital: "350 тыс. человек" is no sentence's end; +fs41ru)
    stops = [m.start() for m in _SENTENCE_STOP.finditer(tail, 0, len(tail) - 1)]
    cut = max(stops[-1] if stops else -1, tail.rfind("\n", 0, len(tail) - 1))
    return tail[cut + 1 :]


_SENTENCE_STOP = re.compile(r"\.\s(?=\s*[«\"(]?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ0-9])")


def _distance(match: re.Match[str], start: int, end: int) -> int:
    return start - match.end() if match.end() <= start else max(0, match.start() - end)


def _nearest(pattern: re.Pattern[str], text: str, start: int, end: int) -> int | None:
    distances = [_distance(m, start, end) for m in pattern.finditer(text)]
    return min(distances, default=None)


# fuel, seed or fertiliser allotted for a field campaign: "для проведения уборки выделено 7 тыс. тонн
# топлива", "на период уборки аграриям выделено", "Егін жинауға 22,9 мың тонна отын бөлінді"
_CAMPAIGN = {
    "ru": re.compile(
        r"(?<!\w)(?:для\s+проведения|на\s+проведение|на\s+период|на|для)\s+(?:[^\W\d]+\s+){0,2}?"
        r"(?:[^\W\d]+-)?(?:посевн|уборочн|уборк|полев|сев|жатв)\w*",
        re.I,
    ),
    "kk": re.compile(
        r"(?<!\w)(?:егін\s+жинау|егіс\s+(?:науқан|жұмыс)\w*|дала\s+жұмыстар|(?:көктемгі|күзгі)\s+[^\W\d]+)"
        r"(?:ға|ге|ына|іне|на|не)?(?!\w)|(?<!\w)(?:науқан|маусым)(?:ына|іне|ға|ге)(?!\w)",
        re.I,
    ),
}
_ALLOTTED = {
    "ru": re.compile(r"(?<!\w)выдел(?:ено|ены|ена|ил[аои]?|ят)(?!\w)", re.I),
    "kk": re.compile(r"(?<!\w)(?:бөлін(?:ді|ген|іп)|бөлді)(?!\w)", re.I),
}
# the campaign is told finished: "Уборка ... завершена", "подвел итоги уборочной", "науқан аяқталды"
_CAMPAIGN_OVER = {
    "ru": re.compile(
        r"(?<!\w)(?:завершен[аоы]?|завершил(?:ась|ся|и)|подвел\w*\s+итоги|итоги\s+уборочн\w*)(?!\w)", re.I
    ),
    "kk": re.compile(r"(?<!\w)(?:аяқталды|қорытындыланды|қорытындысын\s+шығарды)(?!\w)", re.I),
}
_STOCK_UNITS = frozenset(("tonne", "litre"))


def allotted_for_campaign(
    language: str,
    sentence: str,
    start: int,
    end: int,
    unit: str,
    period: tuple[date | None, date | None],
    published: date,
    before: str = "",
) -> bool:
    """Whether an actual amount of fuel, seed or fertiliser at sentence[start:end] is allotted for a
    field campaign still running at publication (FORMAT.md: set aside, not yet used, so a plan): the
    allotting verb and the campaign in its own clause. before is the article's text before the
    sentence; a campaign told finished there keeps the reading."""
    campaign, allotted, over = _CAMPAIGN.get(language), _ALLOTTED.get(language), _CAMPAIGN_OVER.get(language)
    if unit not in _STOCK_UNITS or campaign is None or allotted is None or over is None:
        return False
    if period[1] is not None and period[1] < published:
        return False  # a campaign of a span already over
    left = max((m.end() for m in _CLAUSE_MARK.finditer(sentence, 0, start)), default=0)
    right = next((m.start() for m in _CLAUSE_MARK.finditer(sentence, end)), len(sentence))
    if not allotted.search(sentence, left, right):
        return False
    if not campaign.search(sentence, left, right) and not (
        # "Для сельхозтоваропроизводителей выделено 78,5 тыс. тонн дизельного топлива" in an article
        # about a campaign named before it: the fuel is that campaign's
        _FARM_INPUT.get(language, _NO_MATCH).search(sentence, left, right)
        and _CAMPAIGN_NAMED.get(language, _NO_MATCH).search(before)
    ):
        return False  # (not "удобрений внесено 47,5 тыс. тонн, а на период уборки выделено ...")
    return not (over.search(before) or over.search(sentence))


# what a campaign is allotted by the tonne: fuel, seed, fertiliser
_FARM_INPUT = {
    "ru": re.compile(r"(?<!\w)(?:топлив|дизел|горюче|солярк|семян|семена|удобрени|ГСМ)\w*", re.I),
    "kk": re.compile(r"(?<!\w)(?:отын|дизель|жанармай|тұқым|тыңайтқыш)\w*", re.I),
}
# the campaign named anywhere in the article before ("приступит к уборке урожая", "уборочная кампания",
# "егін жинау науқаны")
_CAMPAIGN_NAMED = {
    "ru": re.compile(
        r"(?<!\w)(?:посевн|уборочн|уборк|полевы[хе]\s+работ|сев[ауео]?(?!\w)|жатв|страд)\w*", re.I
    ),
    "kk": re.compile(
        r"(?<!\w)(?:егін\s+жинау|егіс\s+(?:науқан|жұмыс)|дала\s+жұмыстар|(?:көктемгі|күзгі)\s+егіс)\w*", re.I
    ),
}
_NO_MATCH = re.compile(r"(?!)")
