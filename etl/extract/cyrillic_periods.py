"""Period phrases of Russian and Kazakh sentences ("за 9 месяцев 2025 года", "2027 жылға дейін")."""

from __future__ import annotations

import re
from contextlib import suppress
from datetime import date, timedelta
from typing import Any

from dateutil.relativedelta import relativedelta

from etl.extract.first_chars import twin
from etl.extract.kk_predicate import read_predicate
from etl.extract.languages import LanguageData
from etl.extract.legal_acts import names_a_legal_act
from etl.extract.literal_gates import Gate, GateIndex, literal_gate, literal_trie, may_match, sentence_lower
from etl.extract.periods import Period
from etl.extract.records import replace
from etl.extract.ru_tense import clause_tenses

# A match's named groups: each resolver reads the groups its own pattern always fills (and
# adds the values it derives), so they are not typed one by one.
Groups = dict[str, Any]

_Y = r"(?<!\d)(?P<y>(?:19|20)\d{2})(?!\d)"
# "урожай-2012", "уборочная-2023": a campaign's noun right before "-YEAR" (each a look-behind of its own length)
_CAMPAIGN_BEFORE = "|".join(
    f"(?<={word})"
    for word in ("урожай", "урожая", "уборочная", "уборочной", "посевная", "посевной", "жатва", "жатвы")
)
# the span nouns a comparison names "the same" of: период, квартал, полугодие, месяц
# ("аналогичным временным периодом 2021 года": "временной" may stand before the noun)
# ("на аналогичную дату 2015 года": a report's day moved into that year)
_SAME_SPAN = r"(?:временн\w+\s+)?(?:период|квартал|полугоди|месяц|дат[уеыа])\w*"
_Y2 = r"(?P<y2>(?:19|20)\d{2}|\d{2})(?!\d)"
# a date written in digits, "01.10.2025", "1.10.2025"
_ND = r"(?<![\d.])(?P<d>\d{1,2})\.(?P<mn>\d{1,2})\.(?P<y>(?:19|20)\d{2})(?![\d.]\d)"
_N_MONTHS = {
    "трех": 3, "трёх": 3, "три": 3, "шести": 6, "шесть": 6, "девяти": 9, "девять": 9, "восьми": 8, "семи": 7,
    "десяти": 10, "одиннадцати": 11, "пяти": 5, "четырех": 4, "двенадцати": 12, "семь": 7, "восемь": 8,
    "пять": 5, "четыре": 4, "десять": 10, "одиннадцать": 11, "үш": 3, "алты": 6,
    "тоғыз": 9, "сегіз": 8, "жеті": 7, "он": 10, "он бір": 11, "бес": 5, "төрт": 4, "он екі": 12,
    "екі": 2,  # "Екі айда": January and February, as "2 айда"
    "два": 2, "двух": 2,  # "за два месяца построили": January and February, as "за три месяца"
}  # fmt: skip
_PARTS = {
    "перв": 1, "i": 1, "втор": 2, "ii": 2, "трет": 3, "iii": 3, "четверт": 4, "четвёрт": 4, "iv": 4,
    "і": 1, "іі": 2, "ііі": 3, "іv": 4,  # Roman numerals typed with the Kazakh letter І
    "бірінші": 1, "екінші": 2, "үшінші": 3, "төртінші": 4, "алғашқы": 1,
}  # fmt: skip
# a quarter's number in a span of quarters, "I–III", "І-ІІІ" (Kazakh І), "1-3"; the two letters mixed
# in one numeral ("IІІ тоқсанында": a Latin I typed before two Kazakh І) are the same numeral
_QUARTER_NUMERALS = r"[IІ]{1,3}V?|[IІ]V|[1-4]"
_QUARTER_COUNTS = {"2": 2, "3": 3, "два": 2, "двух": 2, "три": 3, "трех": 3, "трёх": 3, "екі": 2, "үш": 3}
# Russian months cut short, each with its dot ("окт.", "сент."): spelt whole, no optional letter, so
# that the literal gates hold "сен." and not "сен"
_RU_MONTH_SHORT_NUMBERS = {
    "янв.": 1, "фев.": 2, "февр.": 2, "мар.": 3, "апр.": 4, "авг.": 8, "сен.": 9, "сент.": 9,
    "окт.": 10, "ноя.": 11, "нояб.": 11, "дек.": 12,
}  # fmt: skip
_RU_MONTHS_SHORT = "|".join(
    re.escape(word) for word in sorted(_RU_MONTH_SHORT_NUMBERS, key=len, reverse=True)
)
_KK_YEAR_CASE = r"жыл(?:ы|ға|да|дағы|дың|ғы|дан|ғыдан|ғыға)?(?!\w)"
# a value right ahead, in digits or in words with a scale ("в 6 млн", "в шесть миллионов")
# ", когда их насчитали ", ", когда он составлял ": a "when" clause that tells a base's own value
_RU_WHEN_TOLD = r",\s+когда\s+(?:[^\W\d]+\s+){1,3}?"
_RU_VALUE_AHEAD = r"(?:\d|[^\W\d]+(?:\s+с\s+половиной)?\s+(?:тысяч|миллион|миллиард)\w*)"
_NUMBER_WORDS = "|".join(sorted(_N_MONTHS, key=len, reverse=True))
# a change told by its verb or noun: "уменьшилась", "вырос", "сократился", "прибавлял", "рост" (also
# ru_span_edges' test of a change told before a level reached)
RU_CHANGE_TOLD = re.compile(
    r"(?<!\w)(?:увелич|уменьш|сократ|вырос|выросл|возрос|подрос|снизил|сниж|подорож|подешев|удво|утро|прибав|упал|рост)\w*",
    re.I,
)
# the Russian counts of years, "за последние семь лет", "за пять прошедших лет" (the Kazakh ones are
# written out in their own patterns)
_RU_YEAR_COUNT_WORDS = (
    "два|двух|три|трех|трёх|четыре|четырех|четырёх|пятнадцать|пятнадцати|пять|пяти|шесть|шести|семь|семи"
    "|восемь|восьми|девять|девяти|десять|десяти|двадцать|двадцати"
)
# "в первые полгода работы", "в первые три месяца после открытия": the first months of something else than
# a year (its work, its opening), no months of a year
_OF_ANOTHER_START = (
    r"(?!\s+(?:работы|после|с\s+(?:момента|начала|открытия|запуска)|сво(?:ей|его|их)|существования|деятельности|"
    r"эксплуатации|реализации|действия|жизни|функционирования|пандемии|войны))"
)
_PART_WORDS = (
    # ("четвёртом": the letter ё as news sites often print it)
    r"перв\w*|втор\w*|трет\w*|четв[её]рт\w*|[IІ]{1,3}V?|[IІ]V|бірінші|екінші|үшінші|төртінші|алғашқы"
)


def _day_number(written: str) -> int:
    """A day of the month as written: digits, or "первое" (1)."""
    return 1 if written.lower() == "первое" else int(written)


def _month_pattern(language: LanguageData, name: str) -> str:
    return f"(?P<{name}>" + "|".join(language.months) + r")\w*"


def _patterns(language: LanguageData) -> list[tuple[str, re.Pattern[str]]]:
    m, m1 = _month_pattern(language, "m"), _month_pattern(language, "m1")
    m1_from = "(?P<m1>" + "|".join(language.months) + r")\w*?(?:нан|нен|тан|тен|дан|ден)"  # "маусымнан"
    m_short, m1_short = (f"(?P<{name}>{_RU_MONTHS_SHORT})" for name in ("m", "m1"))
    day = r"(?P<d>\d{1,2})(?:-го|-е|-ое|-ші|-шы)?"  # "на 1-е октября": the ordinal's ending
    flags = re.I
    if language.code == "ru":
        # "2025 года", "2025 г."; "весной 2023-го", "к концу 2025-го": the year word left out;
        # "к 2030-му году", "в 2023-м году": the ordinal's ending before the year word
        yw = r"(?:(?:-(?:го|му|ом|м|й))?\s*(?:год\w*|г\.|гг\.)|-(?:го|му|м)(?!\w))"
        # "за 9 месяцев 2025 года", "... прошлого года", "... текущего года"
        # ("т.г.", "т. г.": текущего года, "с.г.": сего года, as official reports abbreviate them)
        # ("в январе-мае 2014 - 30%": a bare year before a dash or a stop, its noun left out)
        year_opt = rf"(?:\s+{_Y}(?:{yw}|(?=\s*[–—-]\s|\s*[,;:)]|\s*$))|\s+(?P<rel>текущего|этого|нынешнего|прошлого|минувшего)\s+года\b|\s+(?P<rel2>[тс]\.\s?г\.))?"
        table = [
            # "2021/22 маркетинговый год", "в сезоне 2021/22", "2020-2021 МГ": 1 July to 30 June
            ("marketing_year", rf"(?:\bсезон\w*[\s-]+)?{_Y}\s*[/–—-]\s*{_Y2}(?:\s+маркетингов\w+\s+год\w*|\s+МГ\b)"),
            ("marketing_year", rf"\bсезон\w*[\s-]+{_Y}\s*/\s*{_Y2}"),
            # "в текущем маркетинговом году", "в прошлом маркетинговом году", "в новом маркетинговом году"
            ("marketing_year_rel", r"\b(?:в|за|по\s+(?:итогам|результатам))\s+(?P<which>текущ|нынешн|этом|прошл|минувш|предыдущ|нов|"
                                   r"наступивш)\w*\s+маркетингов\w+\s+год\w*"),
            # "Завершился маркетинговый год", "по итогам завершившегося маркетингового года": the last
            # one ended (1 July to 30 June), not the calendar year of the report ("в завершающемся
            # маркетинговом году", one ending, is not read)
            ("marketing_year_ended", r"\b(?:заверш(?:ил|ивш|[её]нн)|законч(?:ил|ивш|енн))\w*\s+маркетингов\w+\s+год\w*"
                                     r"|\bмаркетингов\w+\s+год\s+(?:завершился|закончился|завершен|завершён)\b"),
            ("range", rf"\bс\s+{_Y}\s+по\s+{_Y2}{yw}"),
            # "в 2025–2026 учебном году", "в новом учебном году": a school year, 1 September to 31 May
            # ("с нового учебного года": from its first day on; "до конца учебного года": by 31 May)
            ("school_year", rf"(?P<from>\b(?:начиная\s+)?со?\s+)?(?P<end>\b(?:до|к)\s+конц[ау]\s+)?"
                            rf"(?:{_Y}\s*[-–—/]\s*{_Y2}\s+|(?P<which>нов|следующ|предстоящ|будущ|текущ|этом|этот|"
                            r"нынешн|позапрошл|прошл|минувш|предыдущ)\w*\s+)(?:учебн\w+|уч\.)\s*год\w*"),  # "уч. году"
            ("school_year", r"(?P<end>\b(?:до|к)\s+конц[ау]\s+)учебного\s+года\b"),
            # "учебный год встречают 55 тыс. детей", "начинают учебный год": the school year begun, as
            # Kazakh "оқу жылын бастайды" (+ps43ru)
            ("school_year", r"\bучебный\s+год(?=\s+(?:встреча|начина|начн)\w*)"
                            r"|\b(?:встреча|начина|начн)\w*\s+учебный\s+год\b"),
            # "к новому учебному году", "к началу учебного года": done by 1 September
            ("school_year_start", r"\bк\s+(?:началу\s+(?:нового\s+)?учебного\s+года|новому\s+учебному\s+году)\b"),
            ("range", rf"{_Y}\s*[-–—]\s*{_Y2}{yw}"),  # "на 2025–2029 годы"
            # "в 2023 и 2024 годах": two years running, both (as "In 2023 and 2024")
            ("year_pair", rf"{_Y}\s+и\s+{_Y2}\s*(?:годах|годы|годов|гг\.)"),
            ("months_of", rf"\b(?:за|по\s+(?:итогам|результатам)|в\s+течение)\s+(?:первы[ех]\s+)?(?P<n>\d{{1,2}}|{_NUMBER_WORDS})\s+"
                          rf"мес\.{year_opt}"),
            # ("Итоги девяти месяцев 2025 года": a report's heading or subtitle, the months' results)
            # ("по итогам 10-ти месяцев", "за 9-ть месяцев", "6-и месяцев": a numeral with its case ending; +real29ru)
            ("months_of", rf"\b(?:за|по\s+(?:итогам|результатам)|в\s+течение|итог(?:и|ах|ов))\s+(?:первы[ех]\s+)?"
                          rf"(?P<n>\d{{1,2}}|{_NUMBER_WORDS})(?:-(?:ти|ть|и|х|ми))?\s+месяц\w*{year_opt}"),
            # "в первые четыре месяца 2021 года": the first months with "в", as "за первые"; and "за четыре
            # первых месяца", the words the other way round (+ps42ru)
            ("months_of", rf"\bв\s+первые\s+(?P<n>\d{{1,2}}|{_NUMBER_WORDS})(?:-(?:ти|ть|и|х|ми))?\s+месяц\w*(?!\w)"
                          rf"{_OF_ANOTHER_START}{year_opt}"),
            ("months_of", rf"\b(?:за|в|по\s+(?:итогам|результатам))\s+(?P<n>\d{{1,2}}|{_NUMBER_WORDS})\s+первы[ехй]\s+"
                          rf"месяц\w*(?!\w){_OF_ANOTHER_START}{year_opt}"),
            # "в первые полгода 2021 года", "за первые полгода": the first half, as "за полгода" (+ps42ru)
            ("first_half", rf"\b(?:в|за)\s+первые\s+полгода(?!\s+до\b)(?!\w){_OF_ANOTHER_START}{year_opt}"),
            # "в первые три квартала 2021 года": the quarters from January on, as "за первые три квартала"
            ("quarters_of", rf"\bв\s+первые\s+(?P<n>[23]|два|три)\s+квартала(?!\w){_OF_ANOTHER_START}{year_opt}"),
            # "к показателю первых шести месяцев 2017 года": the first months in the genitive, no preposition
            ("months_of", rf"\bпервых\s+(?P<n>{_NUMBER_WORDS})\s+месяц\w*{year_opt}"),
            # ("в І полугодии": the Roman numeral typed with the Kazakh letter І, as Kazakh sites do)
            ("half", rf"\b(?:в|за)?\s*(?P<p>перв\w*|втор\w*|I{{1,2}}|І{{1,2}}|[12]-?(?:м|й|ом|го|е)?)\s+полугоди\w*{year_opt}"),
            # "за полугодие 2025 года", "по итогам полугодия": a report's half year is the first
            # (not "за последнее полугодие", rolling, nor "каждое полугодие")
            # "за полгода" as well, as the Kazakh "жарты жылда" (not "за полгода до выборов", six months before)
            ("first_half", rf"\b(?:за|по\s+(?:итогам|результатам))\s+(?:полугоди[ея]|полгода(?!\s+до\b))(?!\w){year_opt}"),
            # "до конца III квартала", "к концу первого полугодия": by that part's last day (a deadline,
            # not the part itself)
            ("quarter_deadline", rf"\b(?:до|к)\s+конц[ау]\s+(?P<p>{_PART_WORDS}|[1-4]-?(?:м|й|ом|го)?)\s+"
                                 rf"квартала{year_opt}"),
            ("quarter_deadline", rf"\b(?:до|к)\s+конц[ау]\s+(?P<p>перв\w*|втор\w*|I{{1,2}}|І{{1,2}}|[12]-?(?:м|й|ом|го)?)\s+"
                                 rf"(?P<half>полугодия){year_opt}"),
            # "в первой половине 2025 года", "за первую половину года": the half year (not "половина
            # суммы", a share: the year must follow)
            ("half", rf"\b(?:в|во|за)\s+(?P<p>перв\w*|втор\w*)\s+половин\w*\s+(?:{_Y}{yw}|"
                     r"(?:(?P<rel>текущего|этого|нынешнего|прошлого|минувшего)\s+)?года\b)"),
            # "за три квартала 2025 года", "по итогам трех кварталов": the quarters from January on
            # (not "по итогам 3 квартала", the third quarter's results: a digit only after "за")
            ("quarters_of", rf"\b(?:(?:за|в\s+течение)\s+(?:первые\s+)?(?P<n>[23]|два|три)\s+квартала|"
                            rf"(?:за|по\s+(?:итогам|результатам)|в\s+течение)\s+(?:первых\s+)?(?P<n2>двух|трех|трёх)\s+кварталов)"
                            rf"(?!\w){year_opt}"),
            # "за I–III кварталы", "во II–III кварталах": from the first quarter named to the last
            ("quarter_span", rf"\b(?:(?:в|во|за)\s+)?(?P<p1>{_QUARTER_NUMERALS})\s*[-–—]\s*(?P<p>{_QUARTER_NUMERALS})"
                             rf"(?:-?(?:м|й|х|ом))?\s+квартал(?:ы|ах|ов)(?!\w){year_opt}"),
            # "кв." is a quarter, but "1 кв. м" / "на 1 кв. км" is an area ("затраты на 1 кв. м")
            ("quarter", rf"\b(?:в|за)?\s*(?P<p>{_PART_WORDS}|[1-4]-?(?:м|й|ом|го)?)\s+"
                        rf"(?:квартал\w*|кв\.(?!\s*(?:к?м\b|метр|километр))){year_opt}"),
            ("month_range", rf"\b(?:в|за|по\s+(?:итогам|результатам))?\s*{m1}\s*[-–—]\s*{m}{year_opt}"),
            # "с октября 2025 по март 2026 года", "с 1 ноября 2025 года по 31 марта 2026 года": a span
            # across the new year, each end with its own year
            ("between_years", rf"\bс\s+(?:(?P<d1>\d{{1,2}})\s+)?{m1}\s+{_Y}(?:{yw})?\s+по\s+"
                              rf"(?:(?P<d2>\d{{1,2}})\s+)?{m}\s+{_Y2}{yw}"),
            # "(июль 2024 - июнь 2025)": a span across the new year written month and year to month and year
            ("between_years", rf"\b{m1}\s+{_Y}(?:{yw})?\s*[-–—]\s*{m}\s+{_Y2}(?:{yw})?(?!\d)"),
            # "с января по 1 июля": from the month's first day to that day
            ("between", rf"\bс\s+{m1}\s+по\s+(?P<d2>\d{{1,2}})\s+{m}{year_opt}"),
            ("month_range", rf"\bс\s+{m1}\s+по\s+{m}{year_opt}"),
            # "в августе и сентябре": both months
            ("month_range", rf"\bв\s+{m1}\s+и\s+{m}{year_opt}"),
            # "с 1 по 23 июля", "1–23 июля": days of one month
            ("day_range", rf"\b(?:с\s+)?(?P<d1>\d{{1,2}})\s*(?:[-–—]|\s+по\s+)\s*(?P<d2>\d{{1,2}})\s+{m}{year_opt}"),
            ("year_end_point", rf"\b(?:на|по\s+состоянию\s+на)\s+конец\s+(?:{_Y}{yw}|"
                               r"(?:(?P<rel>текущего|этого|прошлого|минувшего)\s+)?года\b)"),
            # "по состоянию на конец июня": a stock on the month's last day
            ("month_end_point", rf"\b(?:на|по\s+состоянию\s+на)\s+конец\s+{m}{year_opt}"),
            # "в конце сентября": the month's last day, as "at the end of April" (not "в конце 2024 года")
            ("month_end_point", rf"\bв\s+конце\s+{m}{year_opt}"),
            ("same_period", r"\b(?:за\s+отч[её]тный\s+период|в\s+отч[её]тном\s+периоде)\b"),
            # "по состоянию на январь 2023 года": a stock as of a month with no day, on its first day
            ("as_of_month", rf"\bпо\s+состоянию\s+на\s+{m}{year_opt}"),
            # "по состоянию на начало октября", "на начало марта 2025 года": that month's first day
            ("as_of_month", rf"\b(?:по\s+состоянию\s+)?на\s+начало\s+{m}{year_opt}"),
            ("from_day", rf"\b(?:с|со|начиная\s+с)\s+{day}\s+{m}{year_opt}"),
            # a date in digits: "по состоянию на 01.10.2025 г.", "с 01.01.2026", "до 31.12.2025"
            ("num_from", rf"\b(?:с|со|начиная\s+с)\s+{_ND}(?:\s*(?:г\.|года))?"),
            ("num_deadline", rf"\b(?:до|по)\s+{_ND}(?:\s*(?:г\.|года))?"),
            ("num_day", rf"{_ND}(?:\s*(?:г\.|года))?"),
            ("from_month", rf"\b(?:с|со|начиная\s+с)\s+{m}\s+{_Y}{yw}"),
            # ("к началу 2024 года занимались 808 предприятий": a stock counted by the year's first day)
            ("year_start", rf"\b(?:на\s+начало|в\s+начале|к\s+началу)\s+(?:{_Y}{yw}|(?:этого\s+|текущего\s+)?года\b)"),
            # "соответствующим кварталом 2022 года" is the span in view moved into that year, as
            # "аналогичный период 2022 года" is (a wage release's quarter against the same quarter)
            # ("За те же месяцы 2021 года", "за этот период 2021 года": the same words "за этот/указанный
            # период" names the span in view by, moved into that year; +ps41ru)
            ("same_period_year", rf"\b(?:тот\s+же|того\s+же|тем\s+же|ту\s+же|той\s+же|те\s+же|тех\s+же|"
                                 rf"эт(?:от|ого|и|их)(?:\s+же)?|аналогичн\w+|соответствующ\w+|указанн\w+|данн(?:ый|ого|ые|ых)\b)\s+"
                                 rf"{_SAME_SPAN}\s+{_Y}{yw}"),
            ("same_period_last_year", rf"\b(?:тот\s+же|того\s+же|тем\s+же|аналогичн\w+|соответствующ\w+)\s+{_SAME_SPAN}\s+"
                                      r"(?:прошлого|минувшего|предыдущего)\s+(?:года|сезона)\b"),
            # "к этому времени в прошлом году", "на ту же дату прошлого года": the day in view a year back
            # (the stock day in scope, else the report's day), or the span in view a year back
            ("same_day_last_year", r"\b(?:к\s+этому\s+(?:же\s+)?времени|на\s+(?:ту|эту)\s+(?:же\s+)?дату)\s+"
                                      r"(?:в\s+прошлом\s+году|прошлого\s+года)"),
            # "В прошлом году на эту дату было собрано ...": the words the other way round
            ("same_day_last_year", r"\b(?:в\s+прошлом|в\s+минувшем)\s+году\s+(?:к\s+этому\s+(?:же\s+)?времени|"
                                      r"на\s+(?:ту|эту)\s+(?:же\s+)?дату)"),
            # "в прошлом году за тот же период", "за тот же период в прошлом году": last year's months
            ("same_period_last_year", r"\b(?:в\s+прошлом|в\s+минувшем)\s+году\s+за\s+(?:тот\s+же|аналогичный)\s+период\b"),
            # "В прошлом году за это время ...": the span in view, a year back
            ("same_period_last_year", r"\b(?:в\s+прошлом|в\s+минувшем)\s+году\s+за\s+(?:это|то\s+же|это\s+же)\s+время\b"),
            ("same_period_last_year", r"\bза\s+(?:тот\s+же|аналогичный)\s+период\s+(?:в\s+)?(?:прошлом|минувшем)\s+году\b"),
            # "В 2021 году за аналогичный период прошли 4,7 млн": the span in view moved into that year,
            # as "за аналогичный период 2021 года" is, the words the other way round (+fs39ru)
            ("same_period_year", rf"\b[Вв]\s+{_Y}(?:\s*(?:году|г\.)|-м)\s*,?\s+за\s+(?:тот\s+же|этот\s+же|аналогичный)\s+"
                                 r"период\b"),
            ("same_period", r"\bза\s+(?:тот\s+же|этот(?:\s+же)?|аналогичный|указанный|данный|рассматриваемый)\s+период\b"),
            # "В этот сезон ... 4 млн" after "летом": the season named before
            ("same_period", r"\b(?:в|за)\s+этот\s+(?:же\s+)?сезон\b"),
            ("same_period", r"\bза\s+(?:тот\s+же|этот|указанный|данный)\s+срок\b"),
            # "За это время очередники получили 5 тыс. квартир": the span just named, as "за этот период"
            ("same_period", r"\bза\s+(?:это|то\s+же|это\s+же)\s+время\b"),
            ("as_of", rf"\b(?:на|по\s+состоянию\s+на|на\s+начало)\s+{day}\s+{m}{year_opt}"),
            # "На первое сентября — 22 648 человек": the first day written as a word, a stock's day as "на 1 сентября"
            ("as_of", rf"\b(?:на|по\s+состоянию\s+на)\s+(?P<d>первое)\s+{m}{year_opt}"),
            # months cut short with their dot, as tables and releases write them ("на 1 окт. 2025 г.",
            # "в янв.-сент. 2025 г."): patterns of their own, so the month stems stay plain words
            ("as_of", rf"\b(?:на|по\s+состоянию\s+на)\s+{day}\s+{m_short}{year_opt}"),
            ("month_range", rf"\b(?:в|за|по\s+(?:итогам|результатам))?\s*{m1_short}\s*[-–—]\s*{m_short}{year_opt}"),
            ("deadline", rf"\b(?:до|к)\s+(?:концу\s+|конца\s+)?(?:{m}\s+)?{_Y}{yw}"),
            # "продлится до 1 декабря 2025 года": the last day of a term, no date of a figure
            ("deadline_day", rf"\b(?:до|по)\s+{day}\s+{m}{year_opt}(?:\s+включительно)?"),
            # "До сентября должны заработать 19 объектов": done before the month begins
            ("before_month", rf"\bдо\s+{m}(?!\s+\d)(?!\s+(?:прошлого|минувшего)\b)"),
            ("deadline_this_year", r"\b(?:до\s+конца|к\s+концу)\s+(?:этого\s+|текущего\s+)?года\b"),
            # "к тому же сроку ... должны появиться": by the end of the term in view (+fs30ru)
            ("same_term", r"\b(?:к|до)\s+(?:тому|того)\s+же\s+срок[ау]\b|\bв\s+те\s+же\s+сроки\b"),
            # "позволит к концу срока плана довести ...": by the end of the run of years of the plan in view (+fs30ru)
            ("term_end", r"\b(?:до\s+(?:конца|окончания)|к\s+(?:концу|окончанию))\s+(?:срока\s+(?:действия\s+|реализации\s+)?|"
                         r"(?:действия|реализации)\s+)?(?:плана|программы|нацпроекта|проекта|стратегии)\b"),
            # "до конца декабря", "к концу марта": by that month's last day (this one's or the next)
            ("deadline_month", rf"\b(?:до\s+конца|к\s+концу)\s+{m}(?!\s+\d)(?!\s+(?:прошлого|минувшего)\b)"),
            # the genitive only: "с 2022 годом" compares; "с 2021 года, когда ...": what happened that year
            # (but "с 2021 года, когда стартовала программа, выделено ...": a "when" clause with no figure,
            # closed before the main clause, only says what began then; the main clause runs since)
            ("since", rf"\b(?:с|начиная\s+с)\s+{_Y}\s*(?:года|г\.)(?!,\s+когда\b(?![^\d,.;:!?]+,\s))"),
            # "в акции, стартовавшей в 2024 году, ...": all since the year it began
            ("since", rf"\b(?:стартовавш|начавш|запущенн)\w*\s+в\s+{_Y}{yw}"),
            ("since_year_start", rf"\bс\s+начала\s+(?:{_Y}{yw}|(?:этого\s+|текущего\s+)?года\b|т\.\s?г\.)"),
            # "за истекший период текущего года", "за прошедшее время 2025 года": the year so far
            ("year_so_far", rf"\bза\s+(?:истекш|прошедш)\w+\s+(?:период|время)(?:\s+(?:{_Y}{yw}|"
                            r"(?:этого|текущего|нынешнего)\s+года\b))?"),
            # "в осенне-зимний период 2024-2025 годов": October to March
            # in it, not "подготовка к осенне-зимнему периоду", "перед ...": what was done before it
            # (and "в отопительный сезон 2025–2026 годов": October to April, FORMAT.md)
            # ("в предстоящем отопительном сезоне": the coming one, +fs40ru)
            # ("в прошлом отопительном сезоне", "за минувший отопительный сезон": the one before, +fs42ru)
            ("heating_season", rf"\b(?:в|за|в\s+течение)\s+(?:(?:предстоящ|наступающ|грядущ|текущ|нынешн|прошл|минувш|"
                               rf"прошедш|предыдущ)\w*\s+)?"
                               rf"(?:осенне-зимн|отопительн)\w*\s+(?:период\w*|сезон\w*)"
                               rf"(?:\s+{_Y}\s*[-–—]\s*{_Y2}{yw})?"),
            # "На отопительный сезон планируется завезти 397 тыс. тонн угля": what the season needs or is
            # planned for is the season's (not "на отопительный сезон заготовлено": a stock got ready now, +fs35ru)
            ("heating_season", r"\bна\s+(?:предстоящ\w+\s+|текущ\w+\s+|новый\s+)?отопительн\w*\s+сезон\b"
                               r"(?=[^.;!?]*?(?<!\w)(?:планиру|запланир|потреб|необходим|нужн|предстоит|предусмотр|требу)\w*)"),
            ("range", rf"\bс\s+{_Y}{yw}\s+(?:по|до)\s+{_Y2}{yw}"),
            # ("с начала (текущего) отопительного сезона": from 1 October, FORMAT.md's heating season)
            ("since_season", r"\bс\s+начала\s+(?:(?:текущего|нынешнего|этого)\s+)?"
                             r"(?P<season>лета|осени|зимы|весны|отопительного\s+сезона)\b"),
            # "с начала сентября": from the month's first day to now, as "с начала года" (before since_start)
            ("since_month_start", rf"\bс\s+начала\s+{m}(?:\s+{_Y}{yw})?"),
            ("since_start", r"\bс\s+(?:момента|начала)\s+(?!года\b|этого\b|текущего\b)\w+"),
            # "с момента запуска системы в 1998 году", "с начала реализации программы в 2021 году": from
            # the year the thing began (a start that "по август 2025 года" may close)
            ("since", rf"\bс\s+(?:момента|начала|запуска|открытия|старта)\s+(?:[^\W\d]+\s+){{0,4}}?в\s+{_Y}{yw}"),
            # (not "С тех пор прошло немало времени": time gone by, the span of no figure, which would
            # turn a later "в этом году" into the months so far)
            ("since_then", r"\bс\s+(?:тех\s+пор|того\s+времени)\b(?!\s+прош(?:ло|ли|ла|[её]л)\b)"),
            # "месяцем ранее", "месяц назад": the month before the one in scope; "в прошлом месяце": the
            # month before publication (group "ago"), whatever month the lead named
            ("month_before", r"\bмесяцем\s+ранее\b|\bмесяц\s+назад\b|(?P<ago>\bв\s+(?:прошлом|минувшем)\s+месяце\b)"),
            # "Неделей ранее в сводке значились 96,8%", "неделю назад": the day a week before the day or
            # week in scope (or before now), a look back (+fs40ru); so are "за неделю до этого", "неделю
            # тому назад", "семь дней назад", "семью днями ранее" (+ps43ru)
            ("week_before", r"\b(?:неделей|семью\s+днями)\s+(?:ранее|раньше|прежде)\b"
                            r"|\b(?:неделю|(?:семь|7)\s+дней)\s+(?:тому\s+)?назад\b"
                            r"|\b(?:за\s+)?неделю\s+(?:до\s+(?:этого|того)|ранее|раньше)\b"),
            # "в текущем месяце": the month of publication (not "в этом месяце", which may be a month just named)
            ("this_month", r"\bв\s+(?:текущем|нынешнем)\s+месяце\b"),
            # "за первую неделю акции", "в первую неделю сентября": the first seven days of that span
            ("first_week", rf"\b(?:за|в|в\s+течение)\s+первую\s+неделю(?:\s+{m}{year_opt})?"),
            # "в конце первой декады марта": that month's 10th (a day); "во второй декаде марта": its
            # days 11 to 20 (the third runs to the month's end)
            ("decade", rf"\b(?:(?P<end>в\s+конце|к\s+концу)\s+|(?:в|во|за)\s+)(?P<which>перв|втор|трет|последн)\w*\s+"
                       rf"декад\w*\s+{m}{year_opt}"),
            # "за неполные два месяца": the year so far, told near its second month's end
            ("incomplete_months", rf"\bза\s+неполн(?:ые|ых)\s+(?P<n>\d{{1,2}}|{_NUMBER_WORDS}|два|двух)\s+месяц\w*"),
            # "за неполный год": the year so far
            ("incomplete_year", r"\bза\s+неполный\s+(?:текущий\s+|этот\s+)?год\b"),
            # "за последний месяц", "за последнюю неделю": the days up to publication; so are "за
            # прошедшую/минувшую неделю"; a bare "за неделю" ("За неделю рост цен составил 0,2%") too, but
            # for its own clause only (not "за неделю до выборов", a week before a day)
            ("last_month", r"\b(?:за|в\s+течение)\s+(?:последн(?:ий|юю)|прошедш(?:ий|ую)|минувш(?:ий|ую))\s+"
                           r"(?P<unit>месяц|неделю)\b"),
            # ("за семь дней валовой сбор увеличился": the same week up to now, +ps43ru)
            ("week_aside", r"\bза\s+(?P<unit>неделю|(?:семь|7)\s+дней)\b(?!\s+до\b)"),
            # "за минувшие сутки", "за последние сутки": the day up to publication (a daily report's)
            ("last_day", r"\b(?:за|в\s+течение)\s+(?:минувшие|прошедшие|последние|истекшие)\s+(?P<unit>сутки)\b"),
            # "летом 2026 года": the season's months (winter straddles two years: left out)
            ("season", rf"\b(?P<season>лет|осень|весн)(?:ом|ю|ой)\s+{_Y}{yw}"),
            # "за лето 2025 года", "в летний сезон 2025 года", "за весенний период 2025 года"
            ("season", rf"\b(?:за|в|в\s+течение)\s+(?P<season>лето|осень|весну)\s+{_Y}{yw}"),
            ("season", rf"\b(?:за|в|в\s+течение)\s+(?P<season>летн|осенн|весенн)\w*\s+(?:сезон|период)\w*\s+{_Y}{yw}"),
            # "в ходе посевной кампании 2025 года", "в посевную 2025 года": the spring's months
            ("season", rf"\b(?:за|в|в\s+ходе|во\s+время|в\s+рамках|в\s+течение|по\s+(?:итогам|результатам))\s+(?P<season>посевн)"
                       rf"(?:ой|ую|ая)(?:\s+(?:кампани|сезон|период)\w*)?\s+{_Y}{yw}"),
            # "летом", "в летний сезон", "за летние месяцы" with no year: that summer of the year in
            # scope (FORMAT: a season is its three months), and so is a bare "весной"/"осенью"
            # "летом прошлого года", "весной этого года": that season of the year the words name
            ("season", r"\b(?P<season>лет|осень|весн)(?:ом|ю|ой)\s+(?P<rel>прошлого|минувшего|этого|текущего|нынешнего)\s+года\b"),
            # "прошлым летом", "минувшей осенью", "этой весной" (+real29ru): the last such season over by
            # publication, or the one of this year (a bare "летом" below takes the year in scope, so
            # last summer was read as the coming one)
            ("season_rel", r"\b(?P<rel>прошл|минувш|эт|нынешн)(?:ым|им|ой|ей)\s+(?P<season>лет|осень|весн)(?:ом|ю|ой)\b"),
            # "Весной посев проведен на 120 тыс. гектаров", "осенью высадят еще 30 тыс.": a bare season
            # word is that season of the year in scope too (FORMAT: spring is March to May)
            ("season_bare", r"\b(?P<season>осень|весн)(?:ю|ой)\b(?!\s+\d{4})"
                            r"(?!\s+(?:\d{2}-|прошлого|минувшего|этого|текущего|нынешнего|следующего)\b)"),
            ("season_bare", r"\b(?:на|за|в\s+течение)\s+лето\b(?!\s+\d{4})(?!\s+(?:прошлого|минувшего|следующего)\b)|"
                            r"\bлетом\b(?!\s+\d{4})(?!\s+(?:прошлого|минувшего|этого|текущего|нынешнего)\b)|"
                            r"\b(?:за|в|в\s+течение)\s+(?:(?:этот|этом|нынешний|нынешнем|текущий|текущем)\s+)?"
                            r"(?P<season>летн)\w*\s+(?:сезон|период|месяц)\w*(?!\s+(?:\d{4}|прошлого|минувшего|следующего))"),
            # "в ходе весенней кампании", "за весенний период", "в осенний сезон", "во время весенней
            # посадочной кампании": a named campaign or season is its three months (FORMAT), of the
            # year in scope, as a bare "весной" is (above). Not
            # "осенне-зимний период" (the heating season) nor a season of a year named after it.
            # "на осеннюю уборочную кампанию выделено ... топлива": what is set aside for the campaign
            # is for its months too (+fs41ru)
            ("season_bare", r"\b(?:за|в|на|в\s+ходе|во\s+время|в\s+рамках|в\s+течение|по\s+(?:итогам|результатам))\s+"
                            r"(?:(?:этой|этот|этом|нынешней|нынешний|нынешнем|текущей|текущий|текущем)\s+)?"
                            r"(?P<season>весенн|осенн)(?:ий|ей|ем|юю|яя|его)\s+(?:[а-яё]+(?:ой|ую|ий|ый|ом|ем)\s+)?"
                            r"(?:кампани|сезон|период)\w*(?!\s+(?:\d{4}|прошлого|минувшего|следующего))"),
            # "на весенний сев выделено 15 тыс. тонн топлива", "в ходе весенне-полевых работ": the sowing or the
            # field works of a season are that season's months, like its campaign (not "к осеннему севу
            # подготовлено": a stock got ready now, nor "из 120 млрд, выделенных на весенний сев, освоено" in a
            # sentence of its own year: the participle names what a whole is for; +fs42ru)
            ("season_bare", r"(?<!нных\s)(?<!нные\s)\b(?:за|в|на|в\s+ходе|во\s+время|в\s+рамках|в\s+течение|по\s+(?:итогам|результатам))\s+"
                            r"(?:(?:этот|этом|этой|этого|нынешн\w+|текущ\w+)\s+)?"
                            r"(?P<season>весенн|осенн)(?:ий|ем|его|е-полев\w+)\s+(?:сев|сева|севе|работ\w*)"
                            r"(?!\w)(?!\s+(?:\d{4}|прошлого|минувшего|следующего))"),
            # "в ходе посевной кампании", "во время посевной": the spring of the year in scope; "На
            # посевную выделено 38 тыс. тонн топлива": what is set aside for it too (not "выделенных на
            # посевную": the participle names what a whole is for, as for "весенний сев" above)
            ("season_bare", r"(?<!нных\s)(?<!нные\s)(?<!нной\s)\bна\s+(?:(?:эту|нынешнюю|текущую)\s+)?(?P<season>посевн)ую"
                            r"(?:\s+кампанию)?(?!\s+(?:\d{4}|прошлого|минувшего|следующего))(?!\w)"),
            ("season_bare", r"\b(?:за|в|в\s+ходе|во\s+время|в\s+рамках|в\s+течение|по\s+(?:итогам|результатам))\s+"
                            r"(?:(?:этой|нынешней|текущей)\s+)?(?P<season>посевн)(?:ой|ую|ая)"
                            r"(?:\s+(?:кампани|сезон|период)\w*)?(?!\s+(?:\d{4}|прошлого|минувшего|следующего))(?!\w)"),
            # "этой зимой", "в предстоящем зимнем сезоне": the winter at hand, December to February
            ("winter_this", r"\b(?:этой|нынешней|предстоящей|грядущей)\s+зимой\b|"
                            r"\b(?:в|за)\s+(?:этот|этом|нынешний|нынешнем|предстоящий|предстоящем)\s+зимн\w+\s+"
                            r"(?:сезон|период)\w*\b(?!\s+\d{4})"),
            # "Прием заявок (по программе «Кен дала») был начат 1 октября 2025 года", "Вакцинация стартовала
            # 1 февраля": the day a
            # campaign or programme began, from which what it has come to so far runs up to the report
            ("started_day", r"\b(?:при[её]м|кампани|программ|вакцинаци|посевн|уборочн|акци|выдач|отбор|"
                            r"регистраци|подач)\w*(?:\s+[^\d\s.;]+){0,8}?\s+(?:стартовал[аои]?|"
                            r"начал(?:ся|ась|ось|ись)|(?:был[аои]?\s+)?(?:начат|запущен)[аоы]?)\s+"
                            rf"{day}\s+{m}{year_opt}"),
            ("day", rf"\b{day}\s+{m}{year_opt}"),
            ("month", rf"\b(?:в|за|по\s+(?:итогам|результатам))\s+{m}{year_opt}"),
            # "по месяцам: июль — 41 тыс. тонн; август — 43 тыс. тонн": a month's name heading its row
            ("month", r"(?<![\w-])(?P<m>(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)ь|март|май|август)"
                      r"(?=\s*[—–]\s*\d)(?!\s*[—–]\s*(?:19|20)\d{2}(?!\d))"),
            # "в минувшем сентябре", "за прошедший октябрь": the month last gone by
            ("month", rf"\b(?:в|за)\s+(?:минувш|прошедш)(?:ем|ий)\s+{m}"),
            # "апрельский пожар", "в октябрьском отчете": of that month
            ("month_adjective", r"\b(?P<m>" + "|".join(language.months) + r")(?:ь|ов)?ск(?:ий|ая|ое|ие|ого|ой|ом|ую|их|им)\b"),
            ("last_year_month", rf"\b(?:в|за)\s+{m}\s+(?:прошлого|минувшего)\s+года"),
            # "показателя октября прошлого года", "по сравнению с сентябрём прошлого года": last year's
            # month, not last year
            ("last_year_month", rf"(?<!(?<!сравнению\s)\bс\s)(?<!\bсо\s)(?<!\bдо\s)(?<!\bк\s)(?<!\bпо\s)\b{m}\s+(?:прошлого|минувшего)\s+года"),
            # not "по сравнению с сентябрём прошлого года": the base of a comparison
            ("since_month", rf"(?<!сравнению\s)(?<!сравнении\s)\bс\s+{m}(?!\s+\d)(?!\s+по)(?:\s+(?P<rel>прошлого|минувшего)\s+года)?"),
            ("year", rf"{_Y}(?:-?(?:м|го|й))?{yw}"),
            ("year", rf"\bв\s+{_Y}-м\b"),  # "до 426 тыс. тонн в 2022-м": the year, its noun left out
            # "В первый год проекта, 2023-й, сдано 99 объектов": the year named in the nominative, its noun
            # left out, standing between commas or before a dash (+ps42ru)
            ("year", rf"\b{_Y}-й(?=\s*[,;:–—)])"),
            # "урожай-2012", "уборочная-2023": a campaign named with its year, as headlines write it
            ("year", rf"(?:{_CAMPAIGN_BEFORE})-{_Y}(?![\w-])"),
            # "в 2023 году – 5,1%, в 2024 — 5%", ", а в 2018 - 24 тысячи": a list member's year before its
            # dash, its noun left out
            ("year", rf"(?<=,\s)(?:(?:а|и)\s+)?в\s+{_Y}(?=\s+[—–-]\s)"),
            # "В 2017 эта цифра составляла 37%", "в 2019 же ...": a year opening its sentence with its noun
            # left out, before a word pointing back (a count, "в 2017 школах", takes a noun of its own)
            ("year", rf"^\s*[Вв]\s+{_Y}(?=\s+(?:эт(?:а|от|о|и|ой|ом|у)|же|данн\w+|такж\w+)\b)"),
            ("month", rf"\b{m}\s+{_Y}{yw}"),
            # ("по итогам ушедшего года", "истекшего", "прошедшего": the year gone by)
            ("year_results", r"\bпо\s+(?:итогам|результатам)\s+(?:прошлого\s+|минувшего\s+|ушедшего\s+|истекшего\s+|"
                             r"прошедшего\s+|этого\s+|текущего\s+|всего\s+)?года\b"),
            ("this_year", r"\b(?:в\s+этом|в\s+текущем|в\s+нынешнем)\s+году\b|\b(?:этого|текущего)\s+года\b"),
            # "в прошлом году – 361, в нынешнем – 195": a list member's year before its dash, the noun left
            # out, as "в 2024 — 5%" (+ps42ru)
            ("this_year", r"(?<=,\s)(?:(?:а|и)\s+)?в\s+(?:этом|текущем|нынешнем)(?=\s+[—–-]\s+(?:(?:ещ[её]|более|около|почти|свыше|порядка)\s+)?\d)"),
            ("last_year", r"(?<=,\s)(?:(?:а|и)\s+)?в\s+(?:прошлом|минувшем)(?=\s+[—–-]\s+(?:(?:ещ[её]|более|около|почти|свыше|порядка)\s+)?\d)"),
            # "в т.г.", "за текущий год": this year, abbreviated or in the accusative
            ("this_year", r"\bв\s+[тс]\.\s?г\.|\bза\s+(?:текущий|этот|нынешний)\s+год\b"),
            ("last_year", r"\b(?:в\s+прошлом|в\s+минувшем)\s+году\b|\b(?:прошлого|минувшего)\s+года\b"
                          r"|\bза\s+прошлый\s+год\b"),
            # "в истекшем году", "за минувший год": the year gone by, as "в прошлом году" (not "за 11 месяцев
            # истекшего года", which told in December is this year's)
            ("last_year", r"\b(?:в\s+(?:истекшем|прошедшем|ушедшем)\s+году|за\s+(?:истекший|прошедший|ушедший|минувший)\s+год)\b"),
            # "в позапрошлом году": two years before publication's
            ("year_before_last", r"\b(?:в\s+позапрошлом\s+году|позапрошлого\s+года|за\s+позапрошлый\s+год)\b"),
            # "против прошлогодних 388 тыс.": the span in scope a year before
            # "Годом ранее за тот же период ...": one look back, the span in scope a year before
            ("year_before", r"\bгодом\s+ранее,?\s+за\s+(?:тот\s+же|этот\s+же|аналогичный)\s+период\b"),
            ("year_before", r"\bгодом\s+ран(?:ее|ьше)\b|\bгод\s+(?P<ago>назад)\b|\bсезоном\s+ранее\b|(?<=против\s)прошлогодн\w+"),
            # "двумя годами ранее", "три года назад", "пять лет назад": the span in view that many years back
            ("years_before", r"\b(?P<n>двумя|тремя|четырьмя|пятью|десятью|два|три|четыре|пять|шесть|семь|"
                             r"восемь|девять|десять|[2-9]|10)\s+(?:годами\s+ран(?:ее|ьше)|года\s+назад|лет\s+назад)\b"),
            # "В 2023 году ... 396 тыс. тонн, годом позже — 412": the span named before it, a year on
            ("year_after", r"\bгодом\s+(?:позже|спустя)\b"),
            # "больше прошлогоднего показателя, который составлял 83,8 тыс. тонн", "... уровня в 83,8":
            # the base's own value, the span in scope a year before
            ("year_before", r"\bпрошлогодн\w+\s+(?:показател|уровн|объ[её]м|значени)\w*"
                            rf"(?=,?\s+(?:котор\w+\s+(?:составлял|был|достигал)\w*|в)\s+(?:около\s+|более\s+)?{_RU_VALUE_AHEAD})"),
            # "в 1,8 раза больше прошлогоднего результата, когда их насчитали 292 тысячи": the same, its
            # value told in a "when" clause (+fs30ru)
            ("year_before", r"\bпрошлогодн\w+\s+(?:показател|уровн|объ[её]м|значени|результат)\w*"
                            rf"(?={_RU_WHEN_TOLD}(?:около\s+|более\s+|почти\s+)?{_RU_VALUE_AHEAD})"),
            # "превысить прошлогодний рубеж в шесть миллионов тонн", "прошлогодний урожай в 17 млн
            # тонн": last year's whole outcome, a mark passed (not the day in scope a year before)
            ("last_year", r"\bпрошлогодн\w+\s+(?:рубеж|урожа|результат|рекорд)\w*"
                          rf"(?=,?\s+(?:котор\w+\s+(?:составлял|был|достигал)\w*|в)\s+(?:около\s+|более\s+)?{_RU_VALUE_AHEAD})"),
            ("next_year", r"\b(?:в|на)\s+(?:следующ|будущ)\w+\s+год\w*"),
            # "со следующего года": from 1 January of next year on
            ("from_next_year", r"\b(?:со|с)\s+(?:следующего|будущего|нового)\s+года\b"),
            # "за последние три года", and bare "Последние три года ..." / "в последние три года":
            # rolling, up to publication (bare only the nominative-accusative, not "рекорд последних пяти лет")
            # ("за предыдущие четыре года": the years before now, as "последние")
            ("last_years", r"\b(?:(?:за|в\s+течение)\s+(?:последние|последних|прошедшие|предыдущие|предыдущих)|(?:в\s+)?последние)\s+"
                           rf"(?P<n>\d{{1,2}}|{_RU_YEAR_COUNT_WORDS})\s+(?:года|лет)\b"),
            # "за два последних года", "за пять прошедших лет": the same with the count first
            ("last_years", rf"\b(?:за|в\s+течение)\s+(?P<n>\d{{1,2}}|{_RU_YEAR_COUNT_WORDS})\s+"
                           r"(?:последних|прошедших|предыдущих)\s+(?:года|лет)\b"),
            # "за последний год": the twelve months up to publication (not "за прошлый год", the calendar one)
            ("last_years", r"\b(?:за|в\s+течение)\s+последн(?:ий|его)\s+года?\b"),
            # "за последние 12 месяцев", "за последние три месяца": rolling, up to publication
            ("last_months", rf"\b(?:(?:за|в\s+течение)\s+(?:последние|последних|прошедшие|предыдущие|предыдущих)|(?:в\s+)?последние)\s+"
                            rf"(?P<n>\d{{1,2}}|{_NUMBER_WORDS})\s+месяц\w*"),
            # "за последние полгода", "в течение последнего полугодия": the six months up to publication
            ("last_months", r"\b(?:за|в\s+течение)\s+последн(?:ие|их|ее|его)\s+(?P<n>полгода|полугоди[ея])\b"),
            ("next_years", r"\bв\s+ближайшие\s+(?P<n>\d{1,2}|два|три|пять|десять)\s+(?:года|лет)\b"),
            # "в следующем месяце": the month after publication
            ("next_month", r"\b(?:в\s+следующем|в\s+будущем)\s+месяце\b"),
            # "в начале осени": the season's first month
            ("season_start", r"\bв\s+начале\s+(?P<season>лета|осени|зимы|весны)\b"),
            ("years_span", rf"\b(?:за|в\s+течение)\s+(?P<n>\d{{1,2}}|{_RU_YEAR_COUNT_WORDS})\s+(?:года|лет)\b"),
            ("this_year", r"\bна\s+(?:текущий|этот|нынешний)\s+год\b"),
            ("today", r"\b(?:сегодня|на\s+сегодняшний\s+день|в\s+настоящее\s+время|сейчас|на\s+данный\s+момент|в\s+(?:настоящий|данный)\s+момент|уже|"
                      r"на\s+сегодня|к\s+настоящему\s+времени|на\s+сей\s+день|на\s+текущий\s+момент|ныне|теперь)\b"),
            # "за все время работы привлечено 329 млрд": a running total to date with no start written, at
            # publication; it sets the scene, so the members listed after it are no longer the year before
            ("all_time_total", r"\bза\s+вс[её]\s+время(?:\s+(?:работы|существования|деятельности|реализации|действия)\b)?"),
        ]  # fmt: skip
    else:
        yw = r"(?:\s*|-)(?:жыл\w*|жж?\.)"  # "2021–2025 жж.": the plural's abbreviation; "2023-жылы": the hyphen
        # "2025 жылдың", "ағымдағы жылдың", "өткен жылғы", "биылғы" before a part of the year
        # "қазанның", "қарашаның": a month in the genitive; "1-і", "15-і", "2-сі": a day with its possessive
        months = "|".join(language.months)
        # ("қыркүйек айының 1-іне қарай": the month named with "айы" in the genitive, +pb44kk)
        m_gen = f"(?P<m>{months})" + r"\w*?(?:ның|нің|дың|дің|тың|тің|\s+айының)"
        day_poss = r"(?P<d>\d{1,2})-?(?:і|ы|сі|сы)"
        ky = (
            # "былтыр бірінші тоқсанда", "биыл 9 айда": the adverb before a part of the year names its year
            # "2017 жылы 10 айда", "өткен жылы 9 айда": the locative year before its part too
            # ("2025 ж. 9 айында": the year word cut short; "биылғы жылдың 9 айында": the adverb with it)
            rf"(?:{_Y}(?:\s*|-)(?:(?:жылдың|жылғы|жылы)\s+|ж\.\s*)|(?P<rel>ағымдағы|осы|өткен)\s+(?:жылдың|жылғы|жылы)\s+"
            rf"|(?P<rel2>биылғы|былтырғы|былтыр|биыл)\s+(?:жылдың\s+|жылғы\s+)?)"
        )
        table = [
            ("marketing_year", rf"{_Y}\s*[/–—-]\s*{_Y2}\s+маркетингтік\s+жыл\w*"),
            # "жаңа оқу жылында", "2023-2024 оқу жылында": a school year, 1 September to 31 May
            # ("... оқу жылынан бастап": from its first day on; "жаңа оқу жылын ... бастайды": that year)
            ("school_year", rf"(?:{_Y}\s*[-–—]\s*{_Y2}\s+|(?P<which>жаңа|келесі|алдағы|осы|ағымдағы|биылғы|өткен|былтырғы)\s+)?"
                            r"оқу\s+жыл(?P<from>ынан\s+бастап)?(?:ында|ы\s+ішінде|ының\s+соңына\s+дейін|ын)?(?!\w)"),
            # "2024-2025 оқу жылы басталғалы бері", "жаңа оқу жылы басталғаннан бері": since its 1 September,
            # up to the report (+fs41kk)
            ("since_school_year", rf"(?:{_Y}\s*[-–—]\s*{_Y2}\s+|(?P<which>жаңа|осы|ағымдағы|биылғы)\s+)?"
                                  r"оқу\s+жылы\s+(?:басталғалы(?:\s+бері)?|басталғаннан\s+(?:бері|бастап))(?!\w)"),
            # "Оқу жылы басталғанға дейін бес мектеп ашылады": by the eve of the school year's first day
            ("school_year_eve", r"(?:жаңа\s+)?оқу\s+жылы(?:ның)?\s+(?:басталғанға|басталуына|басталғанша)(?:\s+дейін)?(?!\w)"),
            # "Алдағы оқу маусымында мектепке 176 мың оқушы бармақ": the school year by its other name
            # (only with the word that says which: a bare "оқу маусымы" may be any study term)
            ("school_year", r"(?P<which>жаңа|келесі|алдағы)\s+оқу\s+маусым(?:ында|ы\s+ішінде)(?!\w)"),
            # "Оқу жылының басында 187 мектеп болады", "оқу жылының соңында 16 мектеп болды": the first or
            # the last school day of the school year, a day a stock is told at
            ("school_year_edge", rf"(?:{_Y}\s*[-–—]\s*{_Y2}\s+|(?P<which>жаңа|келесі|алдағы|осы|ағымдағы|биылғы|өткен|былтырғы)\s+)?"
                                 r"оқу\s+жылының\s+(?P<edge>басында|соңында|аяғында)(?:ғы)?(?!\w)"),
            # "2025-2026 жылдардағы жылу беру маусымына": the heating season of those years, October to April
            ("heating_season_named", rf"{_Y}\s*[-–—]\s*{_Y2}(?:\s*|-)жылдар\w*\s+(?:жылыту|жылу\s+беру)\s+маусым\w*"),
            ("range", rf"{_Y}\s*[-–—]\s*{_Y2}(?:\s+учебн\w+)?{yw}"),  # "в 2018–2019 учебном году"
            # "2021 мен 2025 жылдар аралығында": the span between the two years, both in it
            ("range", rf"{_Y}\s+(?:және|мен|бен|пен)\s+{_Y2}(?:\s*|-)жылдар\s+аралығ(?:ында|ы|ындағы)(?!\w)"),
            # "2023 және 2024 жылдары": two years running, both
            ("year_pair", rf"{_Y}\s+(?:және|мен|бен)\s+{_Y2}(?:\s*|-)жылдар(?:ы|да|ында)(?!\w)"),
            # ("2025 жылғы 9 айдың қорытындысы бойынша": the results' words in the phrase, so that the
            # year and the months stay one phrase)
            ("months_of", rf"{ky}(?:алғашқы\s+)?(?P<n>\d{{1,2}}|{_NUMBER_WORDS})\s+ай\w*(?!\w)(?!\s+есептік)"
                          r"(?:\s+қорытындыс(?:ы\s+бойынша|ында|ымен)(?!\w))?"),
            # "бағдарлама индикаторларының 6 айлық орындалуы", "облыстың 9 айлық әлеуметтік-экономикалық даму
            # қорытындысы": a report of the months from January (not "3 айлық жалақысы", three months' pay, nor
            # "4,5 айлық есептік көрсеткіш", a sum in monthly calculation indices)
            ("months_of", rf"(?<!\d\s)(?<![\d,.])\b(?P<n>\d{{1,2}}|{_NUMBER_WORDS})\s+айлық(?!\s+есептік)"
                          r"(?=(?:\s+[^\W\d][\w-]*){0,2}?\s+(?:қорытынды|нәтиже|даму|орындал|есеп)\w*)"),
            # "жыл басынан бергі 9 айда": the months counted from January, not the year so far
            ("months_of", rf"\bжыл(?:дың)?\s+басынан\s+бергі\s+(?P<n>\d{{1,2}}|{_NUMBER_WORDS})\s+"
                          r"ай(?:да|ында|\s+ішінде)(?!\w)"),
            # ("соңғы 4 айда", the last four months, is rolling: last_months)
            ("months_of", rf"(?:(?:алғашқы|өткен)\s+)?(?<!\d\s)\b(?P<n>\d{{1,2}}|{_NUMBER_WORDS})\s+"
                          r"ай(?:да|ында|дағы|дың\s+қорытындыс(?:ы|ында|ымен)|\s+ішінде|дың\s+ішінде|\s+бойынша)(?!\w)"),
            # ("қаңтар-қыркүйек 2025 ж.", "қаңтар–қыркүйек 2025 жыл": the year after, in tables' order)
            # "Бір айда (2021 жылғы қаңтар-ақпан) баға 3,1%-ға өсті": a month on the month before, the
            # bracket naming both; the change is the last month's
            ("month_on_month", rf"(?<!\w)бір\s+айда\s*\(\s*{ky}?{m1}\s*[-–—]\s*{m}\s*\)"),
            ("month_range", rf"{ky}?{m1}\s*[-–—]\s*{m}(?:\s+(?P<ya>(?:19|20)\d{{2}})\s*(?:ж\.|жыл(?:ы|да|ғы)?(?!\w)))?"),
            # "қаңтар-қыркүйектің қорытындысы бойынша": the months' results (not September's alone)
            ("month_range", rf"{ky}?{m1}\s*[-–—]\s*{m}\s+қорытындыс(?:ы\s+бойынша|ында|ымен)(?!\w)"),
            # "мамыр, маусым және шілде айларында": a list of months, the first to the last
            ("month_range", rf"{ky}?{m1},\s+(?:[^\W\d]+,\s+)*?(?:[^\W\d]+\s+)?және\s+{m}\s+айларында(?!\w)"),
            # ("1-жартыжылдықта", "2025 жылдың 2-жартыжылдығында": the half's number in digits)
            # ("2025 жылдың алғашқы жартыжылдығында": the first half named "the first" in the possessive;
            # a bare "алғашқы жартыжылдықта" is first_half below)
            ("half", rf"{ky}?(?:(?P<p>бірінші|екінші|І{{1,2}}|I{{1,2}})\s+|(?P<p_digit>[12])-\s?)"
                     r"(?:жартыжылды[ғқ]|жарты\s*жылды[ғқ]|жартысын)\w*"),
            ("half", rf"{ky}(?P<p>алғашқы)\s+(?:жартыжылдығ|жарты\s*жылдығ)\w*"),
            # "бірінші тоқсанның соңына дейін": by that quarter's last day, the next one to end
            ("quarter_deadline", rf"{ky}?(?:(?P<p>{_PART_WORDS})\s+|(?P<p_digit>[1-4])-)тоқсан(?:ның|дың|тың)\s+"
                                 r"(?:соңына|аяғына)\s+(?:дейін|қарай)\w*"),
            # "үш тоқсанда", "жылдың үш тоқсанында": the quarters from January on (words only: "2
            # тоқсанда" is mostly the second quarter with its hyphen left out)
            ("quarters_of", rf"(?:{ky}|жылдың\s+)?(?:алғашқы\s+)?(?P<n>екі|үш)\s+тоқсан(?:да|ында|\s+ішінде|дағы|"
                            r"(?:ның|ының)\s+қорытындыс(?:ы\s+бойынша|ында|ымен))(?!\w)"),
            # "І-ІІІ тоқсандарында": from the first quarter named to the last
            ("quarter_span", rf"{ky}?(?P<p1>{_QUARTER_NUMERALS})\s*[-–—]\s*(?P<p>{_QUARTER_NUMERALS})-?\s*"
                             r"тоқсан(?:дарында|дарда|дар\s+ішінде|дарының\s+қорытындыс(?:ы\s+бойынша|ында|ымен))(?!\w)"),
            # ("І-тоқсанында": the Roman numeral with a hyphen, as the digit has it)
            ("quarter", rf"{ky}?(?:(?P<p>{_PART_WORDS})(?:\s+|-)|(?P<p_digit>[1-4])-)тоқсан\w*"),
            # "2025 жылдың 3 тоқсаны бойынша": after its year a digit with the hyphen left out is the
            # quarter's number too (a bare "2 тоқсанда" may count quarters, so the year must come first)
            ("quarter", rf"{ky}(?P<p_digit>[1-4])\s+тоқсан(?:ы|ында|ындағы|да|дағы)?(?!\w)"),
            # "2026 жылдың бірінші жартыжылдығына дейін", "... жартыжылдығының соңына дейін": by its last day
            ("quarter_deadline", rf"{ky}?(?P<p>бірінші|екінші|алғашқы|І{{1,2}}|I{{1,2}})\s+"
                                 r"(?P<half>жартыжылдығ|жарты\s+жылдығ)(?:ына|ының\s+(?:соңына|аяғына))\s+(?:дейін|қарай)\w*"),
            # "үшінші тоқсанның қорытындысы бойынша": the results up to that quarter's end, from January
            # (a bare "үшінші тоқсанда" is the quarter)
            ("quarter_results", rf"{ky}?(?:(?P<p>{_PART_WORDS})\s+|(?P<p_digit>[1-4])-)тоқсан(?:ның|дың|тың)\s+"
                                r"қорытындыс(?:ы\s+бойынша|ында|ымен)(?!\w)"),
            # "2022 жылдың алғашқы жартысында": the year's first (or second) half
            ("half", rf"{ky}(?P<p>алғашқы|бірінші|екінші)\s+жартыс(?:ында|ы\s+ішінде)(?!\w)"),
            # "Жылдың алғашқы жартысында": the same with the year in scope
            ("half", r"(?<!\w)жылдың\s+(?P<p>алғашқы|бірінші|екінші)\s+жартыс(?:ында|ы\s+ішінде)(?!\w)"),
            # "алғашқы жартыжылдықта", "Жарты жылда": the first half (not "жарты жылда бір рет", twice a year)
            # not "алдағы/соңғы жарты жылда" (the coming or the last six months)
            ("first_half", rf"(?<!алдағы\s)(?<!келесі\s)(?<!соңғы\s){ky}?(?:алғашқы\s+)?"
                           r"(?:жартыжылдық|жарты\s+жылдық|жарты\s+жыл)"
                           r"(?:та|те|да|ында|(?:тың|дың)\s+қорытындыс\w*(?:\s+бойынша)?)(?!\w)(?!\s+бір\s+рет)"),
            # "1 маусым мен 23 шілде аралығында", "қаңтар мен маусым аралығында": from the first to the last
            # "1-23 шілде аралығында", "1–23 шілдеде": days of one month
            ("day_range", rf"{ky}?(?P<d1>\d{{1,2}})\s*[-–—]\s*(?P<d2>\d{{1,2}})\s+{m}"),
            # "1 маусымнан 23 шілдеге дейін", "маусымнан қыркүйекке дейін": from the first to the last
            ("between", rf"{ky}?(?:(?P<d1>\d{{1,2}})\s+)?{m1_from}\s+(?:(?P<d2>\d{{1,2}})\s+)?{m}\s+дейін"),
            # "2024 жылғы қазаннан 2025 жылғы наурызға дейін": each end with its own year
            # "өткен жылғы қыркүйектен 2026 жылғы 15 қаңтарға дейін": a start last year, days at either end
            ("between_years", rf"(?:{_Y}(?:\s*|-)(?:жылғы|жылдың)|(?P<rel>өткен\s+жылғы|өткен\s+жылдың|былтырғы))\s+"
                              rf"(?:(?P<d1>\d{{1,2}})\s+)?{m1_from}\s+{_Y2}(?:\s*|-)(?:жылғы|жылдың)\s+"
                              rf"(?:(?P<d2>\d{{1,2}})\s+)?{m}\s+дейін"),
            # "тамыз бен қыркүйекте": both months
            # "қыркүйек пен қазан айларында": the two months and those between, as a list
            ("between", rf"{ky}?{m1}\s+(?:мен|пен|бен)\s+{m}(?:те|та|де|да|нда|нде|ында|інде|\s*айларында)(?!\w)"),
            # ("1 маусым – 23 шілде аралығында": the two ends joined by a dash, as by "мен")
            ("between", rf"{ky}?(?:(?P<d1>\d{{1,2}})\s+)?{m1}(?:\s+айы)?(?:\s+(?:мен|пен|бен)\s+|\s*[-–—]\s*)"
                        # ("қаңтар мен желтоқсан айлары арасындағы": between, said with "арасы")
                        rf"(?:(?P<d2>\d{{1,2}})\s+)?{m}(?:\s+айлары)?\s+(?:аралығ|арасында)\w*"),
            # "биылғы 1 қаңтардан бастап": one phrase, the year named before the day
            ("from_day", rf"{ky}?{day}\s+{m}\s+бастап"),
            # a date in digits: "01.10.2025 жылғы жағдай бойынша", "01.01.2026 жылдан бастап", "31.12.2025 ж. дейін"
            ("num_from", rf"{_ND}(?:\s*(?:ж\.|жылдан|жылғы))?\s+бастап"),
            ("num_deadline", rf"{_ND}(?:\s*(?:ж\.|жылға|жылғы))?\s+(?:дейін|қарай)"),
            ("num_day", rf"{_ND}(?:\s*(?:ж\.|жылғы|жылдың))?"),
            # "маусымнан бастап", "өсімді маусымнан бастауды тапсырды": from that month on
            # ("тамыз айынан бастап": the month named with "айы" in the ablative)
            ("from_month", rf"(?:{_Y}(?:\s*|-)(?:жылдың|жылғы)\s+)?{m}(?:\s+айынан)?\s+баста(?:п|у\w*)"),
            # "1 тамызға қарай": towards a day still ahead, a deadline; a day gone by or today, the day a
            # stock is told as of ("1 қазанға қарай мал басы ... құрады", the statistics' "на 1 октября")
            ("towards_day", rf"{ky}?{day}\s+{m}\s+қарай(?!\w)"),
            # "Қарашаға қарай ... бір айда 12,8% қымбаттады": towards a month gone by or under way, that
            # month's figures; towards one still ahead, a deadline (as "1 тамызға қарай")
            # (the month's own dative, not the possessive "жылыту маусымына қарай", towards a season)
            ("towards_month", r"(?<!\d\s)(?<![\w-])(?P<m>" + "|".join(language.months) + r")\w*?(?:ға|ге|қа|ке)"
                              r"\s+қарай(?!\w)"),
            # "2016 жылдың 4 тамызына дейінгі мәліметтер бойынша": the data as of that day, a stock's day
            ("as_of", rf"{ky}?{day}\s+{m}\s+дейінгі\s+(?:мәлімет|дерек|ақпарат)\w*\s+бойынша(?!\w)"),
            ("deadline_day", rf"{ky}?{day}\s+{m}\s+(?:дейін|қарай)"),
            # the day after its month in the genitive, "қазанның 1-іне дейін", "қарашаның 1-індегі жағдай
            # бойынша", "2025 жылғы қазанның 15-інде": the same days as "1 қазанға дейін", "1 қарашадағы"
            # (before a case ending the possessive may drop: "қазанның 1-не дейін")
            # ("қазанның 1-іне қарай": towards that day, read as "1 қазанға қарай" is above, +pb44kk)
            ("towards_day", rf"{ky}?{m_gen}\s+(?P<d>\d{{1,2}})-?(?:і|ы|сі|сы)?(?:не|на)\s+қарай(?!\w)"),
            ("deadline_day", rf"{ky}?{m_gen}\s+(?P<d>\d{{1,2}})-?(?:і|ы|сі|сы)?(?:не|на)\s+дейін(?!\w)"),
            ("from_day", rf"{ky}?{m_gen}\s+(?P<d>\d{{1,2}})-?(?:і|ы|сі|сы)?(?:нен|нан)\s+бастап(?!\w)"),
            # "2018 жылғы 1 шілдеден бері": since that day, up to the report (as "2019 жылдан бері"), not
            # the day alone; a day still ahead is a start ("1 қыркүйектен бері" is read in the past)
            ("since_day", rf"{ky}?{day}\s+(?P<m>{months})\w*?(?:нан|нен|тан|тен|дан|ден)\s+бері(?!\w)"),
            ("day", rf"{ky}?{m_gen}\s+{day_poss}(?:нде|нда|ндегі|ндағы)?(?!\w)"),
            # "қыркүйектің соңында", "қыркүйек айының соңындағы": the month's last day
            ("month_end_point", rf"{ky}?(?P<m>{months})\w*?(?:ның|нің|дың|дің|тың|тің|\s+айының)\s+"
                                r"(?:соңында|соңындағы|аяғында)(?!\w)"),
            # "1 қазан 2025 жылдағы жағдай бойынша": the year after the day and month, in the order
            # of Russian and table text
            ("day", rf"{ky}?{day}\s+{m}(?:\s+(?P<ya>(?:19|20)\d{{2}})(?:\s*|-)(?:ж\.|жыл(?:ы|ғы|дағы|дың)?(?!\w)))?"),
            # "2027 ж. дейін": the year word cut short before the postposition
            # ("2030-шы жылға қарай": the year as an ordinal, as it is said)
            ("deadline", rf"{_Y}(?:-?(?:шы|ші|ыншы|інші))?(?:\s*|-)(?:жылға\s+|ж\.\s*|жылдың\s+(?:соңына|аяғына)\s+)(?:дейін|қарай)\w*"),
            ("same_period_year", rf"{_Y}(?:\s*|-)жылдың\s+(?:дәл\s+)?(?:сәйкес(?:інше)?|осы(?:ндай)?|ұқсас|тиісті)\s+(?:кезең|аралығ|аралық)\w*"),
            # "2021 жылғы осы кезеңде – 6,9 миллион": the attributive year before the same span, in it (the
            # locative; "2023 жылғы сәйкес кезең бойынша өсім" reckons by it, a base read elsewhere)
            ("same_period_year", rf"{_Y}(?:\s*|-)жылғы\s+(?:дәл\s+)?(?:сәйкес(?:інше)?|осы(?:ндай)?|ұқсас|тиісті)\s+"
                                 r"(?:кезеңде|кезеңінде|аралықта|аралығында)(?!\w)"),
            # "2022 жылы дәл осы уақытта": at this very time of that year, the span (or day) in scope moved
            # into it, as "былтыр дәл осы уақытта" is a year back (+fs38kk)
            ("same_period_year", rf"{_Y}(?:\s*|-)жыл(?:ы|дың)\s+(?:дәл\s+)?(?:осы|осындай)\s+(?:уақыт|мерзім)(?:та|те|ында|інде)(?!\w)"),
            # ("былтырғы жылдың тиісті кезеңімен": the attributive with its own noun)
            # ("былтыр осы кезеңде", "өткен жылы сәйкес кезеңде": the adverb before the same span, +pb44kk)
            ("same_period_last_year", r"(?:былтырғы(?:\s+жыл(?:дың|ғы))?|өткен\s+жылғы|өткен\s+жылдың|былтыр|өткен\s+жылы)\s+(?:дәл\s+)?"
                                      r"(?:осы(?:ндай)?|сәйкес(?:інше)?|сол|тиісті|ұқсас)\s+(?:кезең|аралығ|аралық)\w*"),
            # "былтыр дәл осы уақытта": at this very time a year ago, the same day a year before
            # (not "осы уақытқа дейін", by this time: the scope's span a year before, below)
            # ("өткен жылы осындай уақытта", "өткен жылдың осы уақытында": the same)
            ("same_day_last_year", r"(?:былтыр(?:ғы)?|өткен\s+жыл(?:ы|дың))\s+(?:дәл\s+)?(?:осы|осындай)\s+"
                                   r"(?:уақыт|мерзім)(?:та|те|ында|інде)(?!\w)"),
            # "биылғы жазғы маусымда", "өткен жазда", "биыл жаз айларында": June to August (FORMAT.md)
            # of the year named, else of the last such season begun by publication
            ("season_rel", r"(?:(?P<rel>биылғы|былтырғы|өткен|осы|биыл|былтыр)\s+)?(?P<season>жаз|күз|көктем)"
                           r"(?:ғы|гі)\s+маусым(?:ы)?(?:нда|да|ында)(?!\w)"),
            ("season_rel", r"(?:(?P<rel>биылғы|былтырғы|өткен|осы|биыл|былтыр)\s+)?(?P<season>жаз|күз|көктем)\s+"
                           r"айларында(?!\w)"),
            ("season_rel", r"(?P<rel>биылғы|былтырғы|өткен|осы|биыл|былтыр)\s+(?P<season>жаз|күз|көктем)(?:да|де|ында|інде)(?!\w)"),
            # "жаз бойы 4 энергия блогы жөндеуден шықты": all through that summer
            ("season_rel", r"(?:(?P<rel>биылғы|былтырғы|өткен|осы|биыл|былтыр)\s+)?(?P<season>жаз|күз|көктем)\s+бойы(?!\w)"),
            # "жаз мезгілінде", "көктемгі егіс науқанында", "күзгі дала жұмыстары науқанында": the season
            ("season_rel", r"(?:(?P<rel>биылғы|былтырғы|өткен|осы|биыл|былтыр)\s+)?(?P<season>жаз|күз|көктем)\s+"
                           r"мезгіл(?:інде|і\s+ішінде)(?!\w)"),
            ("season_rel", r"(?:(?P<rel>биылғы|былтырғы|өткен|осы|биыл|былтыр)\s+)?(?P<season>жаз|күз|көктем)(?:ғы|гі)\s+"
                           r"(?:егіс\s+|дала\s+жұмыстары\s+|егін\s+жинау\s+|себу\s+)?науқан(?:ы)?(?:нда|ында)(?!\w)"),
            # "күзгі егіс жұмыстарында", "көктемгі егіс кезінде": in the sowing of the year named, else of the
            # year of publication (told in February, the spring ahead); not "көктемгі егіске ... техника
            # әзірленді", what is made ready for it, a state on the day told (dev h17-kk-02)
            ("sowing_season", r"(?:(?P<rel>биылғы|былтырғы|өткен|осы|биыл|былтыр)\s+)?(?P<season>күз|көктем)(?:гі)\s+"
                              r"егіс(?:те|\s+(?:жұмыстарында|кезінде))(?!\w)"),
            # "Көктемгі науқанға 94 мың тонна тыңайтқыш қажет": what the campaign needs, over its season; so
            # what is set aside, asked or meant for it, "Биыл көктемгі егіс науқанына 413 мың тонна дизель отыны
            # бөлінді", "Күзгі жиын-терімге ... отынға өтінім берді" (FORMAT.md: a spring campaign is March to
            # May, an autumn one September to November); not "көктемгі науқанға ... техника әзірленді", made ready: a
            # state on the day told
            ("sowing_season", r"(?:(?P<rel>биылғы|былтырғы|өткен|осы|биыл|былтыр)\s+)?(?P<season>күз|көктем)(?:гі)\s+"
                              r"(?:(?:егіс\s+|дала\s+жұмыстары\s+|егін\s+жинау\s+)?науқан(?:ға|ына|ы\s+үшін)|жиын-терімге)"
                              r"(?=[^.;]*?\s(?:қажет|бөлін(?:ді|ген|еді)|бөлдік|арналған|өтінім)(?!\w))"),
            # "Көктемгі дала жұмыстарына 17,5 мың техника жұмылдырылады": what the season's work will draw in,
            # told in the future passive, is for that season (not "... жұмылдырылды", drawn in: a state on
            # the day told, as "көктемгі егіске ... техника әзірленді")
            ("sowing_season", r"(?:(?P<rel>биылғы|былтырғы|өткен|осы|биыл|былтыр)\s+)?(?P<season>күз|көктем)(?:гі)\s+"
                              r"дала\s+жұмыстарына(?=[^.;]*?\s[^\W\d]+(?:ыл|іл|л)(?:ады|еді)[.!]?(?:\s|$))"),
            # "былтыр осы уақытта": by this time last year
            ("same_period_last_year", r"(?:былтыр(?:ғы)?|өткен\s+жылы)\s+(?:дәл\s+)?осы\s+(?:уақыт|мерзім)(?:та|те|қа\s+дейін|ға\s+дейін)"),
            # "Былтыр дәл осы екі айда", "осы үш айда": the months the text just named, a year before or as they are
            ("same_period_last_year", rf"(?:былтыр(?:ғы)?|өткен\s+жылы?)\s+(?:дәл\s+)?осы\s+(?:\d{{1,2}}|{_NUMBER_WORDS})\s+"
                                      r"ай(?:да|ында|\s+ішінде)(?!\w)"),
            ("same_period", rf"(?<!\w)(?:дәл\s+)?осы\s+(?:\d{{1,2}}|{_NUMBER_WORDS})\s+ай(?:да|ында|\s+ішінде)(?!\w)"),
            ("same_period", r"\b(?:осы|аталған|сол|көрсетілген)\s+(?:кезең(?:де|інде|де\s+ішінде)|мерзім(?:де|\s+ішінде))\b"),
            # "Есепті кезеңде": the reporting period, the span in scope
            ("same_period", r"\bесепті\s+кезең(?:де|інде|\s+ішінде)(?!\w)"),
            ("since", rf"{_Y}(?:\s*|-)(?:жылдан\s+|ж\.\s*)(?:бері|бастап)"),  # "2019 ж. бері"
            # "2019 жылы ашылғаннан бері", "2021 жылы іске қосылғаннан бері": since the year it began
            ("since", rf"{_Y}(?:\s*|-)жылы\s+(?:[^\W\d]+\s+)?[^\W\d]+(?:ғаннан|геннен|қаннан|кеннен)\s+бері"),
            # "Іске қосылған сәттен бері", "ашылғаннан бері" with no year: since the day the thing
            # named before began, up to the report (all so far when that day is not told)
            ("since_event", r"(?<!\w)(?:іске\s+қосылған|ашылған|құрылған|пайдалануға\s+берілген)"
                            r"(?:\s+(?:сәттен|кезден|уақыттан|күннен)|нан|нен)\s+бері(?!\w)"),
            # "2015 жылдан 2025 жылдың тамызына дейін": from a year to a month of a later one
            ("year_to_month", rf"{_Y}(?:\s*|-)жылдан\s+{_Y2}(?:\s*|-)жыл(?:дың|ғы)\s+{m}\s+дейін"),
            # "өткен жылдан бері", "былтырдан бері": since the start of last year
            ("since_last_year", r"\b(?:өткен\s+жылдан|былтырдан)\s+бері\b"),
            # "Тәуелсіздік жылдарында", "тәуелсіздік алғалы бері": since 16 December 1991, up to the report
            # "тәуелсіздік кезеңінде": over the years of independence, an aside setting no scene (the
            # figures after it, "Швеция қоқысының 98 пайызын қайта өңдейді", are not of those years)
            ("since_independence_aside", r"\b(?:тәуелсіздік|егемендік)\s+кезеңінде(?!\w)"),
            ("since_independence", r"\b(?:тәуелсіздік|(?:еліміз\s+)?егемендік)\s+(?:жылдар(?:ында|ы\s+ішінде)|алғал?ы(?:\s+бері)?|"
                                   r"алған\s+(?:жылдардан|жылдан|уақыттан|кезден)\s+бері)(?!\w)"),
            # "2024 жылы басталған акцияға ... қатысты": all since the year it began
            ("since", rf"{_Y}(?:\s*|-)жылы\s+(?:басталған|іске\s+қосылған|қолға\s+алынған)"),
            # "2018 жылы ашылған кешен", "2020 жылы салынған мектеп": the year the thing came to be,
            # a description of it that dates no figure (matched so that its year is not read alone);
            # not "2024 жылы ашылған 12 мектеп", a count of what was opened that year
            # (only a year right before the participle: "Өткен жылы елімізде пайдалануға берілген тұрғын
            # үй көлемі" is what was commissioned last year, a flow of that year, not a description)
            ("founded", rf"{_Y}(?:\s*|-)жылы\s+(?:ашылған|салынған|құрылған|тұрғызылған|бой\s+көтерген|іске\s+қосылған|"
                        r"(?:негізі|іргетасы)\s+қаланған|пайдалануға\s+берілген)(?!\w)(?!\s+\d)"),
            # "Жыл басында ашылған цехта", "наурызда іске қосылған зауытта": the day or month the thing
            # came to be, a description too (a deed's verbs only: "жыл басында пайдалануға берілген
            # тұрғын үй" is a flow of that span, and a figure right after counts what was opened)
            ("founded", rf"(?:(?<!\w)жыл(?:дың)?\s+басында|(?<!\w)(?:{months})(?:да|де|нда|нде|ында|інде))\s+"
                        r"(?:ашылған|салынған|құрылған|іске\s+қосылған)\s+(?:[^\W\d]+\s+)?[^\W\d]+(?:да|де|та|те|нда|нде)(?!\w)"),
            ("range", rf"{_Y}(?:\s*|-)жылдан\s+{_Y2}(?:\s*|-)жыл(?:ға|дың\s+соңына)\s+дейін"),
            # "2023 жылдан бастап бес жыл бойы", "2023 жылдан бастап бес жыл ішінде", "2023 жылдан бері бес
            # жыл бойы" (+ps41kk): that year and the years after it, so many in all; the subject may stand
            # between ("2023 жылдан бастап базалық зейнетақы бес жыл бойы", +ps42kk)
            ("years_from", rf"{_Y}(?:\s*|-)жылдан\s+(?:бастап|бері)\s+(?:[^\W\d]+\s+){{0,3}}?(?P<n>\d{{1,2}}|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он)"
                           r"\s+жыл\s+(?:бойы|ішінде)(?!\w)"),
            # "2024-2025 жылдардың күзгі-қысқы кезеңінде": October to March
            # in the season ("кезеңінде", "маусымда"), not "кезеңге дайындық" (getting ready for it)
            ("heating_season", rf"(?:{_Y}\s*[-–—]\s*{_Y2}(?:\s*|-)жылдар\w*\s+)?күзгі-қысқы\s+"
                               r"(?:кезең(?:і|нің)?(?:нде|де|інде)|маусым(?:ы)?(?:нда|да))"),
            # "алдағы жылыту маусымында", "келесі жылу беру маусымында": the coming heating season
            # ("ағымдағы жылыту маусымында": the one under way; the dative only for what is needed in it:
            # "алдағы жылыту маусымына 1,4 млн тонна көмір қажет", not "маусымына 40 мың тонна дайындалды",
            # a stock got ready now)
            ("heating_season_next", r"\b(?:алдағы|келесі|келер|жаңа|ағымдағы)\s+(?:жылыту|жылу\s+беру)\s+"
                                    r"маусым(?:ы)?(?:нда|ында|на(?=[^.;!?]*?(?<!\w)қажет))(?!\w)"),
            # "Биыл қыста облысқа 85 мың тонна отын қажет", "ауданға қыста 9 мың тонна көмір қажет": what
            # the winter needs is the heating season's (the one under way, else the next)
            ("heating_season_next", r"(?<!\w)(?:(?:биыл(?:ғы)?|осы|алдағы|келер)\s+)?қыста(?!\w)"
                                    r"(?=[^.;!?]*?(?<!\w)(?:отын|көмір|газ|мазут)\w*\s+(?:\w+\s+)?қажет)"),
            # "Жылыту маусымы басталғаннан бастап": from 1 October of the season under way to the report
            ("heating_season_since", r"\b(?:жылыту|жылу\s+беру)\s+маусымы\s+басталғаннан\s+(?:бастап|бері)(?!\w)"),
            # "2025 жылғы наурызда", "биылғы наурыздағы", "өткен жылғы наурызбен": a month of a named year
            ("month", rf"{ky}{m}"),
            ("last_year_month", rf"(?:өткен\s+жылдың|былтырғы)\s+{m}"),
            # "Мамыр айының басынан бері", "қыркүйектің басынан бері": from that month's first day up to
            # the report (as "с начала мая"), not the whole year a "биыл" before it named
            ("since_month_start", rf"(?P<m>{months})(?:\s+айының|\w*?(?:ның|нің|дың|дің|тың|тің))\s+басынан\s+бері(?!\w)"),
            # ("биыл ақпаннан бері": this year's February on, not February alone)
            ("since_month", rf"(?:(?P<rel>өткен)\s+жылдың\s+|биыл(?:ғы)?\s+|{_Y}(?:\s*|-)(?:жылдың|жылғы)\s+)?{m}(?:\s+айынан)?\s+бері"),
            # "1 қыркүйектен басталған эпидемиялық маусымда", "қазаннан басталған науқан": a season or
            # campaign under way since that day (the last one not after publication), up to the report
            ("season_from", rf"{ky}?(?:{day}\s+)?(?P<m>" + "|".join(language.months)
                            + r")\w*?(?:\s+айы)?(?:нан|нен|тан|тен|дан|ден)\s+басталған(?!\w)"),
            ("month", r"\b(?P<m>" + "|".join(language.months) + r")(?:\s+айында\w*|[дт][ае]\w*|н[дт][ае]\w*)(?!\w)"),
            # "Тек қазан айының өзінде": in that month alone
            ("month", r"\b(?P<m>" + "|".join(language.months) + r")\s+айының\s+ішінде(?!\w)"),
            # "айлар бойынша: шілде – 41 мың тонна; тамыз – 43 мың тонна": a month's name heading its row
            ("month", r"(?<![\w-])(?P<m>" + "|".join(language.months) + r")(?=\s*[—–]\s*\d)(?!\s*[—–]\s*(?:19|20)\d{2}(?!\d))"),
            # "қаңтар айының өзінде": in that month alone, an aside on a part of what the text counts
            # (the stock in the headline, the list after it are today's, not that month's)
            # (the genitive of the month's own name too: "тек қазанның өзінде", "желтоқсанның өзінде")
            ("month_alone", r"\b(?P<m>" + "|".join(language.months) + r")(?:\s+айының|[дтн][ыі]ң)\s+өзінде(?!\w)"),
            # "Тамыз айының қорытындысы бойынша", "қазанның қорытындысында": that month's results (the
            # genitive: not "жылыту маусымының қорытындысы", a season's, with its possessive)
            # ("2023 жылдың сәуір айының қорытындысы бойынша": the year named before it is the month's)
            ("month", rf"(?<!\w){ky}?(?P<m>" + "|".join(language.months) + r")(?:\s+айының|[дтн][ыі]ң)\s+"
                      r"қорытындыс(?:ы\s+бойынша|ында|ымен)(?!\w)"),
            ("year", rf"{_Y}(?:-?(?:ші|шы|інші|ыншы))?{yw}"),
            ("deadline_next_year", r"\b(?:келесі|алдағы|келер)\s+жыл(?:дың)?\s+(?:соңына|аяғына)\s+(?:дейін|қарай)\w*"),
            # "биыл жыл соңына дейін", "осы жылдың соңына дейін": the adverb is part of the phrase
            ("deadline_this_year", r"\b(?:(?:биыл(?:ғы)?|ағымдағы|осы)\s+)?жыл(?:дың)?\s+(?:соңына|аяғына)\s+"
                                   r"(?:дейін|қарай)\w*"),
            # "жыл аяқталғанша", "жыл аяқталғанға дейін": until the year is over, the same deadline
            ("deadline_this_year", r"\b(?:(?:биыл(?:ғы)?|ағымдағы|осы)\s+)?жыл\s+аяқталғанша(?:\s+|(?!\w))|"
                                   r"\b(?:(?:биыл(?:ғы)?|ағымдағы|осы)\s+)?жыл\s+аяқталғанға\s+дейін(?!\w)"),
            # "желтоқсанның соңына дейін", "қазан айының соңына дейін": by that month's last day
            ("deadline_month", rf"{m}(?:\s+айының)?\s+соңына\s+(?:дейін|қарай)\w*"),
            # "Өткен жылдың соңғы екі күнінде", "жыл соңындағы үш күнде": the year's last N days (of the
            # year named; a bare year told in January or February is the one just over) (+fs30kk)
            ("year_last_days", rf"(?:(?:{_Y}\s*|(?P<rel>өткен|былтырғы|биылғы|осы)\s+)|(?<!\d\s)(?<!\d)\b)жыл(?:дың)?\s+"
                               r"(?:соңғы|соңындағы)\s+(?P<n>\d|екі|үш|төрт|бес|алты|жеті)\s+"
                               r"күн(?:інде|де|і\s+ішінде|дің\s+ішінде)(?!\w)"),
            # "2023 жылдың соңында облыста 367 орын тіркелген", "өткен жыл соңындағы қарыз": what stood on
            # the year's last day (a year not named, "жыл соңында", is mostly a deadline ahead); "аяғы" (end)
            # is said as often as "соңы", and "былтырғы жылдың аяғында" names the past year as "өткен" does
            ("year_end_point", rf"(?:{_Y}\s*|(?P<rel>өткен|былтырғы)\s+)жыл(?:дың)?\s+(?:соңында|аяғында)(?:ғы)?(?!\w)"),
            # "Жыл соңында ... азаяды": by the year's end (told in a year's first two months, "жыл
            # соңындағы қарыз", the year-end debt, is that of the year just over)
            ("year_end_bare", r"(?<!\d\s)(?<!\d)\bжыл(?:дың)?\s+(?:соңында|аяғында)(?:ғы)?(?!\w)"),
            ("year_start", rf"\b(?:{_Y}\s*)?жыл(?:дың)?\s+басында\w*"),
            ("since_year_start", rf"\b(?:{_Y}\s*|(?:биыл(?:ғы)?|ағымдағы|осы)\s+)?жыл(?:дың)?\s+басынан\s+"
                                 r"(?:бері|бергі|бастап)\b"),
            # "Жыл басынан 1 қарашаға дейін": the year's start, closed by the day after it
            ("since_year_start", rf"\b(?:{_Y}\s*)?жыл(?:дың)?\s+басынан(?=\s+\d{{1,2}}\s+[^\W\d]+\s+дейін)"),
            # "Жыл басынан бүгінгі күнге дейін": the year so far, closed by today (not today alone)
            ("since_year_start", rf"\b(?:{_Y}\s*)?жыл(?:дың)?\s+басынан(?=\s+(?:бүгінгі\s+күнге|бүгінге|осы\s+"
                                 r"(?:күнге|уақытқа))\s+дейін)"),
            # "баға жылдың басынан 2,4% жоғарылады": since the year's start, "бері" left out before the
            # change's own figure (not a day: "жыл басынан 1 қарашаға дейін" is read above)
            ("since_year_start", rf"\b(?:{_Y}\s*)?жыл(?:дың)?\s+басынан(?=\s+\d+(?:[,.]\d+)?\s*(?:%|пайыз|процент))"),
            # "2023 жылғы қаңтардағы жағдай бойынша": a stock as of a month with no day, on its first day
            ("as_of_month", rf"(?<!\d\s){ky}?(?P<m>" + "|".join(language.months)
                            + r")\w*?(?:дағы|дегі|тағы|тегі|\s+айындағы)\s+жағдай\s+бойынша"),
            # "қазанның басындағы жағдай бойынша", "наурыз айының басындағы": the month's first day
            ("as_of_month", rf"(?<!\d\s){ky}?(?P<m>" + "|".join(language.months)
                            + r")\w*\s+(?:айының\s+)?басындағы\s+жағдай\s+бойынша"),
            # "бағдарлама басталғалы бері": since whatever began, no date
            # "Жаз басталғалы": since the season began
            # ("жаз бастала ... келген демалушылар": the converb, as summer began, told of what came since)
            ("since_season", r"\b(?P<season>жаз|күз|қыс|көктем)\s+(?:басталғалы|басталғаннан|бастала(?!\w))(?:\s+бері)?"),
            # "Су тасқыны кезеңі басталғалы ...": since it began, "бері" or not
            ("since_start", r"\b(?:басталғалы(?:\s+бері)?|(?:басталғаннан|іске\s+асырыла\s+бастағалы)\s+бері)(?!\w)"),
            ("since_then", r"\b(?:содан|сол\s+кезден|сол\s+уақыттан)\s+бері\b"),
            # "бір ай бұрын": a month before the one in scope ("Қазанда ... 0,8%-ға өсті, бір ай бұрын –
            # 0,6%-ға"); "өткен айда": the month before publication, as "в прошлом месяце"
            ("month_before", r"\bбір\s+ай\s+бұрын\b|(?P<ago>\bөткен\s+айда\b)"),
            # "бір апта бұрын", "бір апта бұрынғы деректерде": the day a week before the day in scope, as
            # "неделей ранее" (not "бір апта бұрынғыдан", a comparison's base)
            ("week_before", r"(?<!\w)бір\s+апта\s+бұрын(?:ғы)?(?!\w)"),
            # "Өткен аптада", "өткен апта ішінде": the calendar week before the week of publication, as
            # the English "last week"; it dates its own clause ("Өткен аптада министр айтты" sets no scene)
            ("last_week_cal", r"(?<!\w)(?:өткен|былтырғы|алдыңғы)\s+апта(?:да|ның\s+ішінде|\s+ішінде|\s+бойы)(?!\w)"),
            # "Астана күнінде", "Тәуелсіздік күні мерекесінде": the holiday's own day (the last one reached;
            # not "Астана күніне орай", a deed done for it, nor "қарсаңында", on its eve)
            ("holiday", r"(?<!\w)(?P<holiday>Астана|Тәуелсіздік|Республика|Жеңіс|Білім|Конституция|Алғыс\s+айту)\s+"
                        r"күн(?:інде|і\s+мерекесінде)(?!\w)"),
            # "ағымдағы айда": the month of publication (not "осы айда", which may be a month just named)
            ("this_month", r"\bағымдағы\s+айда(?!\w)"),
            # "акцияның алғашқы аптасында", "қыркүйектің бірінші аптасында": the first seven days
            ("first_week", rf"(?:{m}\s+)?(?:алғашқы|бірінші)\s+апта(?:да|сында|сы\s+ішінде|\s+ішінде)(?!\w)"),
            # "соңғы бір айдың ішінде", "соңғы айда", "соңғы аптада": the days up to publication
            ("last_month", r"\bсоңғы\s+(?:бір\s+)?(?P<unit>ай|апта)(?:да|дың\s+ішінде|\s+ішінде)(?!\w)"),
            # "қырыққабат бір аптада 4,5 пайызға өскен": over the week up to the report
            # (an aside of its sentence: "Атырауда да ... 27 процентке көтерілді" after it is no rise of the week)
            ("last_week_aside", r"(?<!\w)бір\s+(?P<unit>апта)(?:да|ның\s+ішінде|\s+ішінде)(?!\w)"),
            # "2026 жылдың жазында": the season's months
            ("season", rf"{_Y}(?:\s*|-)жылдың\s+(?P<season>жаз|күз|көктем)(?:ында|інде)(?!\w)"),
            # "бір жыл бұрын ол 22,80 еді": the scope's span a year before (not "5 жыл бұрын"); also its
            # adjective before the old level, "бір жыл бұрынғы 85 мың тоннадан" (not "бір жыл бұрынғыдан
            # 10%-ға артық", a comparison's base)
            ("year_before", r"\bбір\s+жыл\s+бұрын(?:ғы(?=\s+\d))?(?!\w)"),
            # "Былтыр кіріс 3,1 трлн теңгеге жетті. Алдыңғы жылы бұл көрсеткіш 2,8 трлн теңге болған": the
            # year before the one in view (not "алдыңғы жылдан 3% жоғары", a comparison's base)
            # ("..., оның алдындағы жылы – 1,3 млн шаршы метр", "одан бұрынғы жылы": the same, +pb44kk)
            ("year_before", r"(?<!\w)(?:алдыңғы|(?:оның|одан)\s+(?:алдындағы|алдыңғы|бұрынғы))\s+жылы(?!\w)"),
            # "Магистранттар 5 жыл бұрын 53 530 теңге алса": the span in view that many years back, as
            # "пять лет назад" (not "бес жыл бұрын басталған бағдарлама", the start of what is named)
            ("years_before", r"(?<![\d,.])\b(?P<n>[2-9]|10|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он)\s+жыл\s+бұрын(?!\w)"
                             r"(?!\s+[^\W\d]+(?:ған|ген|қан|кен)(?!\w))"),
            # "бір жарым жыл бұрын", "жарты жыл бұрын": the month that many months back (not "бір жарым жыл
            # бұрын басталған", the start of what is named)
            ("half_years_before", r"(?<!\w)(?:(?P<n>бір|екі|үш|төрт|бес)\s+жарым|(?P<half>жарты))\s+жыл\s+бұрын(?!\w)"
                                  r"(?!\s+[^\W\d]+(?:ған|ген|қан|кен)(?!\w))"),
            # "2023 жылы ... 396 мың тонна, бір жылдан кейін – 412": the span named before it, a year on
            # (with no period before it in the sentence, "in a year's time", it is left unread)
            ("year_after", r"\bбір\s+жылдан\s+кейін(?!\w)"),
            # "2023 жылы басталған, сол жылы 99 нысан ...", "Сол жылдың күзінде": the year named before it
            # (in the sentence, else the one in scope), not a span carried from elsewhere (+fs33kk)
            ("that_year", r"(?<!\w)сол\s+жыл(?:ы|ғы)(?!\w)"),
            ("that_year_season", r"(?<!\w)сол\s+жылдың\s+(?P<season>жаз|күз|көктем)(?:ында|інде)(?!\w)"),
            # "өткен жылдың қорытындысы бойынша": last year's results, "ағымдағы жылдың ...": this year's
            ("year_results", r"(?<!\d\s)(?<!\d)\b(?:(?P<which>өткен|былтырғы|биылғы|ағымдағы|осы)\s+)?"
                             r"жыл(?:дың)?\s+қорытындыс(?:ы\s+бойынша|ында|ымен)\b"),
            ("last_years", r"\b(?:соңғы|өткен)\s+(?P<n>\d{1,2}|бір|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он)\s+жыл(?:да|ында|\s+ішінде)\b"),
            # "бағдарлама басталған 2 жыл ішінде", "заң қабылданған бес жылда": the years since something
            # began, counted back from publication like "соңғы 2 жылда"
            ("last_years", r"(?<!\w)(?:басталған|басталғалы|іске\s+асқан|қабылданған|құрылған|ашылған|енгізілген)\s+"
                           r"(?P<n>\d{1,2}|бір|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он)\s+жыл(?:да|ында|\s+ішінде)(?!\w)"),
            # "соңғы 30 жылдан астам уақытта", "соңғы он жыл ішінде": rolling, up to publication
            ("last_years", r"\b(?:соңғы|өткен)\s+(?P<n>\d{1,2}|бір|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он)\s+жыл(?:дан\s+(?:астам|аса|артық)\s+)?"
                           r"\s*уақыт(?:та|\s+ішінде)(?!\w)"),
            # "Бес жыл ішінде ... көбейді", "Үш жыл ішінде 9 мектеп бой көтерді": years counted from the
            # report with no word of which way, a past verb back to it, one ahead on from it (FORMAT.md:
            # "over the past 3 years", "within 3 years"); not after a start ("2023 жылдан бастап бес жыл
            # ішінде") nor a word that says which way or since when (those read above)
            ("bare_years", r"(?<!бастап\s)(?<!соңғы\s)(?<!өткен\s)(?<!алдағы\s)(?<!келесі\s)(?<!келер\s)"
                           r"(?<![\w-])(?P<n>[2-9]|10|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он)\s+жыл\s+ішінде(?!\w)"),
            # "соңғы 4 айда", "соңғы үш айдың ішінде": rolling, up to publication
            ("last_months", rf"\bсоңғы\s+(?P<n>\d{{1,2}}|{_NUMBER_WORDS})\s+ай(?:да|ында|\s+ішінде|дың\s+ішінде)(?!\w)"),
            # "соңғы жарты жылда": the six months up to publication
            ("last_months", r"\bсоңғы\s+(?P<n>жарты)\s+жыл(?:да|ында|\s+ішінде)(?!\w)"),
            # "алдағы 5 жылда", "алдағы үш жылға" (money for them): from publication on (not "келесі
            # жылы", the next calendar year)
            # ("алдағы 5 жыл көлемінде": over the next five years' span, the same)
            ("next_years", r"\b(?:алдағы|келесі|келер)\s+(?P<n>\d{1,2}|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он)\s+жыл(?:да|ында|ға|\s+ішінде|\s+көлемінде)\b"),
            # ("жеті жыл ішінде": any count; read only beside a deed gone by, `_kk_years_deed`)
            ("years_span", r"(?<!\d\s)\b(?P<n>\d{1,2}|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он)\s+жыл(?:да|ында|\s+ішінде|дың\s+ішінде)\b"),
            # "келесі айда": the month after publication
            ("next_month", r"\b(?:келесі|алдағы|келер)\s+ай(?:да|ында)(?!\w)"),
            # "күз басында", "жаздың басында": the season's first month
            ("season_start", r"\b(?P<season>жаз|күз|қыс|көктем)(?:дің|ның|тің)?\s+басында(?!\w)"),
            # the year's own case endings: not "өткен жылдардан" (past years), "алдағы жылыту маусымы" (heating)
            # "осы жылы", "осы жылғы": this year, as "биыл"
            ("this_year", rf"\bбиыл\w*|\bағымдағы\s+{_KK_YEAR_CASE}|\bосы\s+жыл(?:ы|да|ғы)(?!\w)"),
            # "Жыл бойы кіріс 21 трлн теңгеге жетеді" opening a sentence: over the whole of this year
            # (not "бір жыл бойы", a duration, nor "іске қосылғанда жыл бойы 240 мың тонна", year-round)
            ("this_year", r"(?:(?<![^\n])|(?<=[.!?]\s))жыл\s+бой(?:ы|ына|ғы)(?!\w)"),
            # "Ал, алдын ала болжам бойынша жалпы жыл бойы 286 мың ...": the whole year, after the part of it
            # told before
            ("whole_year", r"(?<!\w)(?:жалпы|бүкіл|тұтас)\s+жыл\s+бойы(?:нда)?(?!\w)"),
            ("last_year", rf"\bбылтыр\w*|\bөткен\s+{_KK_YEAR_CASE}"),
            ("next_year", rf"\b(?:келесі|алдағы|келер)\s+{_KK_YEAR_CASE}"),
            ("from_next_year", r"\bжаңа\s+жылдан(?:\s+бастап)?|\b(?:келесі|келер)\s+жылдан\s+бастап\b"),
            # "... баспана бүгін пайдалануға берілді": today inside a clause, the report's day (a sentence
            # opening "Бүгін Үкіметте ... есеп берді" names the day of telling, read as before)
            ("today", r"(?<=[^\W\d]\s)бүгін(?!\w)"),
            # "егіс алқабының 94,1%-ы жиналып үлгерді": has already been done, a running total so far, as
            # "бүгінге дейін" (a converb before it; not "үлгермеді", not yet)
            ("today", r"(?<=[^\W\d]п\s)үлгер(?:ді|ген|гені)(?!\w)"),
            ("today", r"\b(?:қазір|қазіргі\s+таңда|қазіргі|бүгінде|бүгінгі\s+таңда|бүгінгі\s+күн(?:ге\s+дейін|і)|бүгінгі\s+жағдай\s+бойынша|осы\s+уақытқа\s+дейін|бүгінге\s+дейін|"
                      r"әзірге|қазірдің\s+өзінде|қазірге\s+дейін)\b"),  # ("қазірге дейін": so far, +pb44kk)
            # "5 жыл бұрын 53 530 теңге алса, енді 86 987 теңге алады": "now", set against a past clause
            # in the conditional (not "енді" opening a sentence, "so")
            ("today", r"(?:(?<=са,\s)|(?<=се,\s))енді(?!\w)"),
        ]  # fmt: skip
    # every phrase starts a word: the anchor spares the engine trying each alternation mid-word
    return [
        (kind, re.compile(pattern if pattern.startswith(r"\b") else r"\b" + pattern, flags))
        for kind, pattern in table
    ]


_CACHE: dict[str, tuple[list[tuple[str, re.Pattern[str]]], GateIndex]] = {}


def _month_index(language: LanguageData, word: str) -> int:
    lowered = word.lower()
    if lowered in _RU_MONTH_SHORT_NUMBERS:
        return _RU_MONTH_SHORT_NUMBERS[lowered]
    for number, stem in enumerate(language.months, start=1):
        if re.match(stem, lowered):
            return number
    raise ValueError(word)


def _month_end(year: int, month: int) -> date:
    return date(year, month, 1) + relativedelta(months=1, days=-1)


def _year_of(groups: Groups, published: date, month: int | None = None) -> int:
    """The stated year, else the publication year (the year before for a month not yet reached)."""
    if groups.get("y"):
        return int(groups["y"])
    if month is not None and month > published.month:
        return published.year - 1
    return published.year


def _resolve(
    kind: str, groups: Groups, published: date, language: LanguageData, scope: Period | None = None
) -> tuple[date | None, date | None, bool] | None:
    year = published.year
    if kind in _SAME_PERIOD_KINDS:
        return _same_period(kind, groups, published, scope)
    if kind == "since_then":  # "с тех пор": from the start of the period in scope until now
        if scope is None or scope.period_start is None or scope.period_start > published:
            return None
        return scope.period_start, published, False
    if kind == "week_before":  # "неделей ранее": a week before the end of the day or week in scope, or now
        anchor = published
        if (
            scope is not None
            and scope.period_end is not None
            and scope.period_end <= published
            and not scope.is_deadline
        ):
            anchor = scope.period_end
        return anchor - relativedelta(weeks=1), anchor - relativedelta(weeks=1), False
    if kind == "month_before":  # "месяцем ранее": the month before the one in scope (or before now)
        in_scope = scope is not None and scope.period_start and not groups.get("ago")
        anchor = scope.period_start if in_scope and scope is not None and scope.period_start else published
        if (
            anchor > published
        ):  # ("келер жылдан бастап ... . Өткен айда ...": last month, not the one before the start)
            anchor = published
        before = date(anchor.year, anchor.month, 1) - relativedelta(months=1)
        return before, _month_end(before.year, before.month), False
    if kind == "first_week":
        if groups.get("m"):
            month = _month_index(language, groups["m"])
            week_start = date(_year_of(groups, published, month), month, 1)
            return week_start, week_start + relativedelta(days=6), False
        if scope is None or not scope.period_start or not scope.period_end or scope.is_deadline:
            return None
        # "за первую неделю акции" after "с 15 по 30 сентября"
        return scope.period_start, min(scope.period_start + relativedelta(days=6), scope.period_end), False
    if kind == "this_month":
        return published.replace(day=1), _month_end(published.year, published.month), False
    if kind == "last_week_cal":  # the calendar week (Monday to Sunday) before the week of publication
        monday = published - relativedelta(days=published.weekday() + 7)
        return monday, monday + relativedelta(days=6), False
    if kind == "holiday":
        month, day_number = _KK_HOLIDAYS[" ".join(groups["holiday"].lower().split())]
        held = date(published.year, month, day_number)
        held = held if held <= published else date(published.year - 1, month, day_number)
        return held, held, False
    if kind == "last_day":  # "за минувшие сутки": the day up to publication
        return published - relativedelta(days=1), published, False
    if kind in ("last_month", "last_week_aside", "week_aside"):
        unit = groups["unit"].lower()
        back = (
            relativedelta(weeks=1)
            if unit.startswith(("недел", "апта", "семь", "7"))
            else relativedelta(months=1)
        )
        return published - back, published, False
    if kind == "deadline_next_year":  # "келесі жылдың соңына дейін": the next year's last day
        return None, date(year + 1, 12, 31), True
    if kind == "season_rel":  # "биылғы жазғы маусымда", "өткен жазда": of the year the word names
        first_month = _SEASON_START[groups["season"].lower()[:3]]
        rel = (groups.get("rel") or "").lower()
        if rel in ("былтырғы", "өткен", "былтыр"):
            season_year = year - 1
        elif rel in ("прошл", "минувш"):  # the last one over: this year's once its months have passed
            season_year = year if first_month + 2 < published.month else year - 1
        elif rel:
            season_year = year
        else:  # a bare season: the last one begun by publication
            season_year = year if first_month <= published.month else year - 1
        return date(season_year, first_month, 1), _month_end(season_year, first_month + 2), False
    if kind == "sowing_season":  # "көктемгі егіске": that season's sowing, of the year the word names
        first_month = _SEASON_START[groups["season"].lower()[:3]]
        rel = (groups.get("rel") or "").lower()
        season_year = year - 1 if rel in ("былтырғы", "өткен", "былтыр") else year
        return date(season_year, first_month, 1), _month_end(season_year, first_month + 2), False
    if kind == "same_day_last_year":
        # "былтыр дәл осы уақытта": the day of the report a year before (the stock day in scope,
        # "22 қыркүйектегі жағдай бойынша", else the day of publication)
        # (under a span, "Жыл басынан бері ... . Былтыр осы уақытта ...", the span a year before)
        day = published
        if scope is not None and scope.period_start is not None and scope.period_start == scope.period_end:
            day = scope.period_start
        elif scope is not None and scope.period_start is not None and scope.period_end is not None:
            return _same_period("same_period_last_year", groups, published, scope)
        return day - relativedelta(years=1), day - relativedelta(years=1), False
    if kind in ("that_year", "that_year_season"):  # "сол жылы": the year of the span named before it
        # (a span opening on a year's first day names that year: "2023 жылы", "2023 жылдан бері"; a
        # season or month in scope names none, and the year it is in may not be the one meant)
        named = scope.period_start if scope is not None else None
        if named is None or (named.month, named.day) != (1, 1):
            return None
        if kind == "that_year":
            return date(named.year, 1, 1), date(named.year, 12, 31), False
        first_month = _SEASON_START[groups["season"].lower()[:3]]
        return date(named.year, first_month, 1), _month_end(named.year, first_month + 2), False
    if kind == "season":
        first_month = _SEASON_START[groups["season"].lower()[:3]]
        season_year = int(groups["y"])
        return date(season_year, first_month, 1), _month_end(season_year, first_month + 2), False
    if kind == "winter_this":  # told from March on, the coming winter; in January or February, this one
        winter_year = published.year if published.month >= 3 else published.year - 1
        return date(winter_year, 12, 1), _month_end(winter_year + 1, 2), False
    if kind == "season_bare":  # "летом": June to August of the year in scope (or of publication)
        season_year = scope.period_start.year if scope is not None and scope.period_start else year
        first_month = _SEASON_START[(groups.get("season") or "лет").lower()[:3]]
        return date(season_year, first_month, 1), _month_end(season_year, first_month + 2), False
    if kind == "from_month":
        month = _month_index(language, groups["m"])
        start = date(int(groups["y"]) if groups.get("y") else year, month, 1)
        # "қаңтардан бастап" is "from January", a start only (FORMAT.md); "since" is "бері"
        return (
            (start, None, False) if start > published or language.code == "kk" else (start, published, False)
        )
    if kind == "year_last_days":  # "өткен жылдың соңғы екі күнінде": 30-31 December of that year
        days = _YEAR_COUNTS.get(groups["n"].lower()) or int(groups["n"])
        # (a bare year told in its first two months is the one just over)
        bare_year = year - 1 if published.month <= 2 else year
        new_years_eve = date(int(groups["y"]) if groups.get("y") else bare_year, 12, 31)
        return new_years_eve - relativedelta(days=days - 1), new_years_eve, False
    if kind == "year_end_point":  # "на конец 2024 года": a stock on the last day of the year
        day = date(int(groups["y"]) if groups.get("y") else year, 12, 31)
        return day, day, False
    if kind == "month_end_point":
        month = _month_index(language, groups["m"])
        day = _month_end(_year_of(groups, published, month), month)
        return day, day, False
    if kind == "year_start":
        day = date(int(groups["y"]) if groups.get("y") else year, 1, 1)
        if day > published and groups["_text"][:1] in "кК":
            return None, day, True  # "к началу 2027 года построят": by that day, a deadline
        return day, day, False
    if kind == "year_pair":  # two years apart from each other are no span ("в 2019 и 2024 годах")
        first, last_year = int(groups["y"]), int(groups["y2"])
        return (date(first, 1, 1), date(last_year, 12, 31), False) if last_year == first + 1 else None
    if kind == "range":
        first, last = int(groups["y"]), groups["y2"]
        last_year = int(last) if len(last) == 4 else first // 100 * 100 + int(last)
        return (date(first, 1, 1), date(last_year, 12, 31), False) if last_year >= first else None
    if kind == "months_of":
        count = _N_MONTHS.get(groups["n"].lower()) or int(groups["n"])
        if not 1 <= count <= 12:
            return None
        year = _year_of(groups, published, count)
        return date(year, 1, 1), _month_end(year, count), False
    if kind == "quarter_deadline":
        word = _latin_roman((groups.get("p") or groups.get("p_digit") or "").lower())
        if word[:1].isdigit():
            word = ("i", "ii", "iii", "iv")[int(word[0]) - 1]
        part = _PARTS.get(word) or next((v for k, v in _PARTS.items() if word.startswith(k)), None)
        if part is None:
            return None
        last = part * (6 if groups.get("half") else 3)  # a half year's or a quarter's last month
        if groups.get("y") or groups.get("rel") or groups.get("rel2"):
            due = _month_end(_year_of(groups, published, last), last)
        else:  # no year named: the first such quarter's end not before publication
            due = _month_end(year, last)
            due = due if due >= published else _month_end(year + 1, last)
        return None, due, True
    if kind == "quarters_of":
        last = 3 * _QUARTER_COUNTS[(groups.get("n") or groups["n2"]).lower()]
        year = _year_of(groups, published, last)
        return date(year, 1, 1), _month_end(year, last), False
    if kind == "quarter_span":
        first_part, last_part = _quarter_number(groups["p1"]), _quarter_number(groups["p"])
        if not 1 <= first_part < last_part <= 4:
            return None
        year = _year_of(groups, published, last_part * 3)
        return date(year, first_part * 3 - 2, 1), _month_end(year, last_part * 3), False
    if kind in ("half", "quarter", "quarter_results"):
        word = _latin_roman((groups.get("p") or groups.get("p_digit") or "").lower())
        if word[:1].isdigit():  # "2-м квартале", "2-тоқсанда"
            word = ("i", "ii", "iii", "iv")[int(word[0]) - 1]
        part = _PARTS.get(word) or next((v for k, v in _PARTS.items() if word.startswith(k)), None)
        if part is None:
            return None
        first, last = ((part - 1) * 6 + 1, part * 6) if kind == "half" else ((part - 1) * 3 + 1, part * 3)
        first = 1 if kind == "quarter_results" else first
        year = _year_of(groups, published, last)
        return date(year, first, 1), _month_end(year, last), False
    if kind == "month_on_month":
        last = _month_index(language, groups["m"])
        year = _year_of(groups, published, last)
        return date(year, last, 1), _month_end(year, last), False
    if kind == "month_range":
        if groups.get("ya"):  # the year told after the months
            groups = groups | {"y": groups["ya"]}
        first, last = _month_index(language, groups["m1"]), _month_index(language, groups["m"])
        year = _year_of(groups, published, last)
        if first > last:  # "қыркүйек-наурыз айларында", "октябрь–март": the months run over New Year
            if groups.get("y") and not groups.get("ya"):  # "2024 жылдың қазан-наурыз": the year it opens
                return date(year, first, 1), _month_end(year + 1, last), False
            return date(year - 1, first, 1), _month_end(year, last), False
        return date(year, first, 1), _month_end(year, last), False
    if kind in ("from_day", "as_of", "day", "deadline_day"):
        if groups.get("ya"):  # the year told after the day and month
            groups = groups | {"y": groups["ya"]}
        month = _month_index(language, groups["m"])
        # a start or due date without a year lies ahead ("с 1 сентября"); a reported day behind
        ahead = kind in ("from_day", "deadline_day") and not groups.get("y")
        try:
            day = date(
                published.year if ahead else _year_of(groups, published, month),
                month,
                _day_number(groups["d"]),
            )
        except ValueError:
            return None
        if kind == "from_day":
            return day, None, False
        if kind == "deadline_day":
            return None, day, True
        return day, day, False
    if kind == "towards_month":
        month = _month_index(language, groups["m"])
        if month > published.month:
            return None, _month_end(year, month), True
        return date(year, month, 1), _month_end(year, month), False
    if kind == "towards_day":
        month = _month_index(language, groups["m"])
        try:
            day = date(int(groups["y"]) if groups.get("y") else published.year, month, int(groups["d"]))
        except ValueError:
            return None
        return (None, day, True) if day > published else (day, day, False)
    if kind == "deadline":
        end_year = int(groups["y"])
        if groups.get("m"):
            return None, _month_end(end_year, _month_index(language, groups["m"])), True
        return None, date(end_year, 12, 31), True
    if kind == "before_month":  # the month still ahead (this year's, else next year's): up to its eve
        month = _month_index(language, groups["m"])
        month_year = year if month > published.month else year + 1
        return None, date(month_year, month, 1) - relativedelta(days=1), True
    if kind == "year_total_end":
        if _year_to_date_scope(scope, year):
            # "ВРП за 11 месяцев составил 3,1 трлн. К концу года его объем ... до 3,7 трлн": after a
            # span counted from 1 January, the year's end closes the same flow: the whole year
            return date(year, 1, 1), date(year, 12, 31), False
        return None, date(year, 12, 31), True
    if kind == "deadline_this_year":
        return None, date(year, 12, 31), True
    if kind == "term_end":  # the end of a run of whole years in view ("на 2025–2029 годы"), else unknown
        multi_year = (
            scope is not None and not scope.is_deadline and scope.period_start is not None
            and scope.period_end is not None and scope.period_end.year > scope.period_start.year
            and (scope.period_start.month, scope.period_start.day, scope.period_end.month, scope.period_end.day) == (1, 1, 12, 31)
        )  # fmt: skip
        return (None, scope.period_end, True) if multi_year and scope is not None else None
    if kind == "same_term":  # the end of the span or deadline in view
        return (None, scope.period_end, True) if scope is not None and scope.period_end is not None else None
    if kind == "scope_year_end" and scope is not None and scope.period_end is not None:
        return scope.period_end, scope.period_end, False  # the last day of the whole past year in view
    if kind == "deadline_month":  # the month still ahead or under way (this year's, else next year's)
        month = _month_index(language, groups["m"])
        if month == published.month - 1 and groups["_text"][:1] in "кК":
            # "к концу сентября собрано 20 млн тонн", told in October: the month just gone, by its last
            # day, is the day a total stood at, as "к 30 сентября" (+ps42ru)
            day = _month_end(year, month)
            return day, day, False
        return None, _month_end(year if month >= published.month else year + 1, month), True
    if kind == "since":  # "начиная с 2026 года" in 2025: a start still ahead has no end yet
        start = date(int(groups["y"]), 1, 1)
        return (start, None, False) if start > published else (start, published, False)
    if kind == "since_event":
        began = scope.period_start if scope is not None else None
        return (began if began is not None and began <= published else None), published, False
    if kind == "since_last_year":
        return date(year - 1, 1, 1), published, False
    if kind == "since_year_start":  # "С начала 2025 года", "2025 жылдың басынан бері"
        opened = date(int(groups["y"]) if groups.get("y") else year, 1, 1)
        if opened > published:
            return None
        stock_day = (
            scope.period_start if scope is not None and scope.period_start == scope.period_end else None
        )
        # "На 1 октября ... С начала года ... на 161 832": until the day before the stock's date, a
        # month's first day opening it; a status day within a month ("20 қыркүйектегі жағдай бойынша
        # ... Жыл басынан бері") counts that day too
        if stock_day is not None and opened < stock_day <= published:
            return opened, stock_day - relativedelta(days=1) if stock_day.day == 1 else stock_day, False
        return opened, published, False
    if kind in ("heating_season", "heating_season_named"):
        return _heating_season(groups, published)
    if kind == "since_start":
        # "С начала кампании" after the article named the day it began ("стартовала 1 февраля") or
        # the year it runs from ("реализуется с 2021 года"): from that start; else no start known
        began = scope.period_start if scope is not None and not scope.is_deadline else None
        if (
            began is not None
            and began <= published
            and scope is not None
            and scope.period_end in (began, published)
        ):
            return began, published, False
        return None, published, False
    if kind == "started_day":  # a campaign begun on a day already past runs from it up to the report
        month = _month_index(language, groups["m"])
        try:
            began = date(_year_of(groups, published, month), month, int(groups["d"]))
        except ValueError:
            return None
        return (began, published, False) if began <= published else (began, began, False)
    if kind == "since_month_start":  # "с начала сентября": this year's month, else last year's
        month = _month_index(language, groups["m"])
        opened = date(_year_of(groups, published, month), month, 1)
        return (opened, published, False) if opened <= published else None
    if kind == "since_season":  # "с начала лета", "Жаз басталғалы": from the season's first day until now
        first_month = _SEASON_START[groups["season"].lower()[:3]]
        opened = date(year if first_month <= published.month else year - 1, first_month, 1)
        return opened, published, False
    if kind == "marketing_year":  # a grain marketing year: 1 July to 30 June
        first, last = int(groups["y"]), groups["y2"]
        last_year = int(last) if len(last) == 4 else first // 100 * 100 + int(last)
        return (date(first, 7, 1), date(last_year, 6, 30), False) if last_year == first + 1 else None
    if kind == "marketing_year_rel":  # the one under way (from July), the one before, or the coming one
        which = groups["which"].lower()
        first_year = year if published.month >= 7 or which in ("нов", "наступивш") else year - 1
        if which in ("прошл", "минувш", "предыдущ"):
            first_year -= 1
        return date(first_year, 7, 1), date(first_year + 1, 6, 30), False
    if kind == "marketing_year_ended":  # the last one over by publication: it ends on 30 June
        last_year = year if published.month >= 7 else year - 1
        return date(last_year - 1, 7, 1), date(last_year, 6, 30), False
    if kind == "between_years":
        first_y = int(groups["y"]) if groups.get("y") else published.year - 1  # ("өткен жылғы": last year)
        last_y = int(groups["y2"])
        last_y = last_y if last_y >= 100 else first_y // 100 * 100 + last_y
        try:  # a day written at either end bounds the span there
            opened = date(first_y, _month_index(language, groups["m1"]), int(groups.get("d1") or 1))
            closed = (
                date(last_y, _month_index(language, groups["m"]), int(groups["d2"]))
                if groups.get("d2")
                else _month_end(last_y, _month_index(language, groups["m"]))
            )
        except ValueError:
            return None
        return (opened, closed, False) if opened <= closed else None
    if kind == "first_half":
        half_year = _year_of(groups, published, 6)
        return date(half_year, 1, 1), date(half_year, 6, 30), False
    if kind == "day_range":
        groups, kind = groups | {"m1": groups["m"]}, "between"
    if kind == "between":
        first, last = _month_index(language, groups["m1"]), _month_index(language, groups["m"])
        span_year = _year_of(groups, published, last)
        try:
            opened = date(span_year, first, int(groups.get("d1") or 1))
            closed = (
                date(span_year, last, int(groups["d2"])) if groups.get("d2") else _month_end(span_year, last)
            )
        except ValueError:
            return None
        return (opened, closed, False) if opened <= closed else None
    if kind == "decade":
        month = _month_index(language, groups["m"])
        month_year = _year_of(groups, published, month)
        which = {"перв": 1, "втор": 2, "трет": 3}.get(groups["which"].lower(), 3)  # (the last: the third)
        opened = date(month_year, month, (which - 1) * 10 + 1)
        closed = _month_end(month_year, month) if which == 3 else date(month_year, month, which * 10)
        return (closed, closed, False) if groups.get("end") else (opened, closed, False)
    # "за неполные два месяца": from New Year's day, told before the span is over
    if kind == "incomplete_months":
        words = groups["n"].lower()
        count = {"два": 2, "двух": 2}.get(words) or _N_MONTHS.get(words) or int(words)
        if count in (published.month - 1, published.month):
            return date(year, 1, 1), published, False
        return published - relativedelta(months=count), published, False
    if kind == "incomplete_year":
        return date(year, 1, 1), published, False
    if kind in ("month", "month_adjective", "month_alone"):
        month = _month_index(language, groups["m"])
        month_year = _year_of(groups, published, month)
        return date(month_year, month, 1), _month_end(month_year, month), False
    if kind == "last_year_month":
        month = _month_index(language, groups["m"])
        return date(year - 1, month, 1), _month_end(year - 1, month), False
    if kind == "heating_season_next":  # the heating season (October to April) under way, else the next
        first_year = published.year - 1 if published.month <= 3 else published.year
        return date(first_year, 10, 1), date(first_year + 1, 4, 30), False
    if kind == "heating_season_since":  # the season's first day (the last 1 October gone) to the report
        first_year = published.year if published.month >= 10 else published.year - 1
        return date(first_year, 10, 1), published, False
    if kind in ("since_independence", "since_independence_aside"):
        return date(1991, 12, 16), published, False
    if kind == "year_end_bare":
        if published.month <= 2:
            # "жыл соңындағы қарыз": the year-end level of the year just over; "Жыл соңында ... кілті
            # табысталды": done then, within the year the article reports on (no date of its own)
            if groups["_text"].lower().endswith("ғы"):
                return date(year - 1, 12, 31), date(year - 1, 12, 31), False
            return None
        return None, date(year, 12, 31), True
    if kind == "years_from":  # "2023 жылдан бастап бес жыл бойы": 2023 to 2027
        words = groups["n"].lower()
        count = _YEAR_COUNTS.get(words) or int(words)
        if not 2 <= count <= 10:
            return None
        first_year = int(groups["y"])
        return date(first_year, 1, 1), date(first_year + count - 1, 12, 31), False
    if kind == "school_year_start":  # "к новому учебному году": by the first school day ahead
        opens = date(year, 9, 1)
        return None, opens if opens >= published else date(year + 1, 9, 1), True
    if (
        kind == "school_year_eve"
    ):  # "оқу жылы басталғанға дейін": by 31 August before the first school day ahead
        opens = date(year, 9, 1) if date(year, 9, 1) >= published else date(year + 1, 9, 1)
        return None, opens - relativedelta(days=1), True
    if kind == "school_year_edge":
        ending = (groups.get("edge") or "").lower() != "басында"
        span = _resolve("school_year", {**groups, "_text": "оқу жылында"}, published, language, None)
        if span is None or span[0] is None:
            return None
        first_year = span[0].year
        if ending and not groups.get("y") and not groups.get("which") and 6 <= published.month <= 8:
            first_year = published.year - 1  # the end told in the summer break: of the school year just over
        edge = date(first_year + 1, 5, 31) if ending else date(first_year, 9, 1)
        return edge, edge, False
    if kind == "since_school_year":
        # the school year named by its years, else the one under way (from 1 September on)
        first_year = int(groups["y"]) if groups.get("y") else year if published.month >= 9 else year - 1
        if date(first_year, 9, 1) > published:
            return None
        return date(first_year, 9, 1), published, False
    if kind == "school_year":
        which = (groups.get("which") or "").lower()
        which = next((v for stem, v in _SCHOOL_YEAR_WORDS if which.startswith(stem)), which)
        if groups.get("y"):
            first_year = int(groups["y"])
        elif which == "жаңа":
            first_year = published.year
        elif (
            not which and scope is not None and scope.period_start is not None
            and (scope.period_start.month, scope.period_start.day) == (9, 1)
            and scope.period_end in (None, date(scope.period_start.year + 1, 5, 31))
        ):  # fmt: skip
            # "2023-2024 оқу жылында ... . Оқу жылы ішінде 154 мектеп ...", "қыркүйектен бастап ... . Оқу
            # жылы ішінде ...": the school year the text is in, not the one just over in the summer break
            first_year = scope.period_start.year
        elif (
            which in ("этом", "этот", "текущ", "нынешн") and published.month == 8
            and scope is not None and scope.period_start == date(published.year, 9, 1)
            and scope.period_end == date(published.year + 1, 5, 31)
        ):  # fmt: skip
            # "В 2023–2024 учебном году ... . В этом учебном году в 11-х классах обучаются ..." told days
            # before 1 September: the school year the article is about, not the one over in the summer
            # break (+fs38ru)
            first_year = published.year
        elif not which and published.month == 8:
            # "оқу жылы ішінде" told in August, days before 1 September: the school year about to open
            first_year = published.year
        else:
            first_year = published.year if published.month >= 9 else published.year - 1
            # in the summer break the last school year is the one just over
            step_back = -1 if published.month < 6 or published.month >= 9 else 0
            # "в позапрошлом учебном году": one school year before the last one
            first_year += {"келесі": 1, "алдағы": 1, "өткен": step_back, "былтырғы": step_back,
                           "позапрошл": step_back - 1}.get(which, 0)  # fmt: skip
        opened = date(first_year, 9, 1)
        text = groups["_text"].lower()
        if groups.get("from") or (
            # "Жаңа оқу жылынан бастап шәкіртақы ... . ... жаңа оқу жылында бұл сома": the same start
            # (not "оқу жылы ішінде", during the school year, nor "оқу жылын бастайды": the whole of it)
            scope is not None
            and scope.period_start == opened
            and scope.period_end is None
            and not groups["_text"].lower().endswith(("ішінде", "жылын"))
        ):
            return opened, None, False
        if "соңына" in text or groups.get("end"):
            # "до конца учебного года" told in the summer break: the school year ahead
            school_end = date(first_year + 1, 5, 31)
            return (
                None,
                school_end if school_end >= published or groups.get("y") else date(first_year + 2, 5, 31),
                True,
            )
        return opened, date(first_year + 1, 5, 31), False
    if kind == "season_from":
        month = _month_index(language, groups["m"])
        try:
            began = date(_year_of(groups, published, month), month, int(groups.get("d") or 1))
        except ValueError:
            return None
        return (began, published, False) if began <= published else None
    if kind == "since_day":  # "2018 жылғы 1 шілдеден бері": from that day up to the report
        month = _month_index(language, groups["m"])
        try:
            began = date(_year_of(groups, published, month), month, int(groups["d"]))
        except ValueError:
            return None
        return (began, published, False) if began <= published else (began, None, False)
    if kind == "since_month":  # "қыркүйектен бері", "с сентября": a month ahead is a start
        month = _month_index(language, groups["m"])
        if groups.get("y"):  # "с октября прошлого года", "өткен жылдың қазанынан бері"
            return date(int(groups["y"]), month, 1), published, False
        if month > published.month:
            return date(year, month, 1), None, False
        return date(year, month, 1), published, False
    if kind == "year":
        return date(int(groups["y"]), 1, 1), date(int(groups["y"]), 12, 31), False
    if kind == "year_results":  # "по итогам года" early in a year sums up the year before
        text = " ".join(v for v in groups.values() if v)
        which = (groups.get("which") or "").lower()
        last = which in ("өткен", "былтырғы") or (
            which == ""
            and (
                published.month <= 2
                or any(w in text for w in ("прошл", "минувш", "ушедш", "истекш", "прошедш"))
            )
        )
        result_year = year - 1 if last else year
        return date(result_year, 1, 1), date(result_year, 12, 31), False
    if kind == "this_year":
        return date(year, 1, 1), date(year, 12, 31), False
    if kind == "whole_year":  # "жалпы жыл бойы": the whole of the year whose part is in view
        if (
            scope is not None
            and scope.period_start is not None
            and scope.period_end is not None
            and (
                (scope.period_start.month, scope.period_start.day) == (1, 1)
                and scope.period_start.year == scope.period_end.year
            )
        ):
            return date(scope.period_start.year, 1, 1), date(scope.period_start.year, 12, 31), False
        # (told in a year's first two months, with no part in view, it sums up the year just over)
        whole = year - 1 if published.month <= 2 else year
        return date(whole, 1, 1), date(whole, 12, 31), False
    if kind == "year_so_far":  # of a year before publication's, the whole year
        so_far_year = int(groups["y"]) if groups.get("y") else year
        return date(so_far_year, 1, 1), published if so_far_year == year else date(so_far_year, 12, 31), False
    if kind == "year_after":  # "годом позже": the span named before it in the sentence, a year on
        if scope is None or scope.period_start is None or scope.period_end is None or scope.is_deadline:
            return None
        try:
            return (
                scope.period_start.replace(year=scope.period_start.year + 1),
                scope.period_end.replace(year=scope.period_end.year + 1),
                False,
            )
        except ValueError:  # 29 February
            return None
    if kind == "year_before":  # "годом ранее": the scope's span a year before (a whole year without one)
        if (
            groups.get("ago") and scope is not None and scope.period_end is not None
            and scope.period_end.year < published.year - 1
        ):  # fmt: skip
            # "В 2018 году отремонтировано 675 км, год назад - 705 км, в этом году - 954 км": "a year
            # ago" counts back from the report, not from a year long past ("годом ранее" from that year)
            return date(published.year - 1, 1, 1), date(published.year - 1, 12, 31), False
        return _same_period("same_period_last_year", groups, published, scope)
    if kind == "years_before":  # "двумя годами ранее": the scope's span n years back (else that year)
        count = _YEARS_BACK.get(groups["n"].lower()) or int(groups["n"])
        if (
            scope is not None and scope.period_start and scope.period_end and not scope.is_deadline
            # (not a span running up to the report, "за последние семь лет ... семь лет назад": the
            # year that many back, as with nothing in view)
            and scope.period_end != published
        ):  # fmt: skip
            begun, ended = scope.period_start, scope.period_end
            with suppress(ValueError):  # 29 February
                return begun.replace(year=begun.year - count), ended.replace(year=ended.year - count), False
        return date(year - count, 1, 1), date(year - count, 12, 31), False
    if kind == "half_years_before":  # "бір жарым жыл бұрын" told in May 2025: November 2023
        months_back = 6 if groups.get("half") else 12 * ({"бір": 1} | _YEARS_BACK)[groups["n"].lower()] + 6
        back_day: date = date(published.year, published.month, 1) - relativedelta(months=months_back)
        return back_day, _month_end(back_day.year, back_day.month), False
    if kind == "last_year":
        return date(year - 1, 1, 1), date(year - 1, 12, 31), False
    if kind in ("num_from", "num_deadline", "num_day"):
        try:
            day = date(int(groups["y"]), int(groups["mn"]), int(groups["d"]))
        except ValueError:
            return None
        if kind == "num_from":
            return day, None, False
        if kind == "num_deadline":
            return None, day, True
        return day, day, False
    if kind == "year_before_last":
        return date(year - 2, 1, 1), date(year - 2, 12, 31), False
    if kind == "next_year":
        return date(year + 1, 1, 1), date(year + 1, 12, 31), False
    if kind == "from_next_year":
        # "Жаңа жылдан бастап ... 10%-ға өсті", "с нового года" told in January: the new year just begun
        # (+fs35kk); "келесі жылдан", "со следующего года" is always the one after
        if published.month == 1 and _NEW_YEAR.search(str(groups.get("_text", ""))):
            return date(published.year, 1, 1), None, False
        return date(year + 1, 1, 1), None, False
    if kind == "years_span":  # "Всего за три года" after 2026, 2027 and 2028: the years just named
        count = _YEAR_COUNTS.get(groups["n"].lower()) or int(groups["n"])
        last_day = scope.period_end if scope is not None else None
        if last_day is None or not 2 <= count <= 10 or scope is None or scope.period_start is None:
            return None
        if scope.period_start.year < last_day.year - count + 1 or (last_day.month, last_day.day) != (12, 31):
            return None  # the scope is no run of whole years the count can close
        return date(last_day.year - count + 1, 1, 1), last_day, False
    if kind == "bare_years":  # "Бес жыл ішінде ... көбейді": back from publication (ahead: see the loop)
        count = _YEAR_COUNTS.get(groups["n"].lower()) or int(groups["n"])
        return published - relativedelta(years=count), published, False
    if kind == "last_years":  # "за последние три года", "соңғы 3 жылда": rolling, up to publication
        words = (groups.get("n") or "1").lower()
        count = _YEAR_COUNTS.get(words) or int(words)
        return published - relativedelta(years=count), published, False
    if kind in ("last_months", "months_since_event"):  # "за последние 12 месяцев", "соңғы 4 айда"
        words = groups["n"].lower()
        count = 6 if words.startswith(("пол", "жарты")) else _N_MONTHS.get(words) or int(words)
        if not 1 <= count <= 36:
            return None
        if kind == "last_months" and count == published.month - 1:
            # "Соңғы 11 айда" told in December: the year's months gone by, January to November
            return date(year, 1, 1), date(year, count, 1) + relativedelta(months=1, days=-1), False
        return published - relativedelta(months=count), published, False
    if kind == "as_of_month":  # a stock as of a month with no day: that month's first day
        month = _month_index(language, groups["m"])
        day = date(_year_of(groups, published, month), month, 1)
        return day, day, False
    if kind == "year_to_month":
        first_y, last_y = int(groups["y"]), groups["y2"]
        closed = _month_end(
            int(last_y) if len(last_y) == 4 else first_y // 100 * 100 + int(last_y),
            _month_index(language, groups["m"]),
        )
        return (date(first_y, 1, 1), closed, False) if closed.year >= first_y else None
    if kind == "next_years":  # "в ближайшие три года", "алдағы 5 жылда": rolling, from publication
        count = _YEAR_COUNTS.get(groups["n"].lower()) or int(groups["n"])
        return published, published + relativedelta(years=count), False
    if kind == "next_month":
        month_start = date(published.year, published.month, 1) + relativedelta(months=1)
        return month_start, _month_end(month_start.year, month_start.month), False
    if kind == "season_start":  # the season's first month: this year's, last year's if not reached yet
        first_month = _SEASON_START[groups["season"].lower()[:3]]
        season_year = year if first_month <= published.month else year - 1
        return date(season_year, first_month, 1), _month_end(season_year, first_month), False
    return published, published, False  # today


def _quarter_number(numeral: str) -> int:
    """1-4 for a quarter's number written in digits or Roman numerals (Latin I or Kazakh І)."""
    lowered = _latin_roman(numeral.lower())
    return int(lowered) if lowered.isdigit() else _PARTS.get(lowered, 0)


def _latin_roman(word: str) -> str:
    """A Roman numeral in Latin letters however its I's were typed ("iіі", "ііі" -> "iii"); other words as given."""
    return word.replace("і", "i") if word and set(word) <= {"i", "і", "v"} else word


def _heating_season(groups: Groups, published: date) -> tuple[date | None, date | None, bool] | None:
    """The autumn-winter season, 1 October to 31 March, and the heating season ("отопительный
    сезон"), 1 October to 30 April (FORMAT.md): of the years named, else the one under way at
    publication (the coming one once it is over)."""
    last_month = 4 if re.search(r"отопительн|жылыту|жылу\s+беру", str(groups.get("_text", "")).lower()) else 3
    if groups.get("y"):
        first = int(groups["y"])
        last = groups["y2"]
        last_year = int(last) if len(last) == 4 else first // 100 * 100 + int(last)
        if last_year != first + 1:
            return None
    elif re.search(r"предстоящ|наступающ|грядущ", str(groups.get("_text", "")).lower()):
        first = published.year  # the coming season: this autumn's, also when told in the season's last months
    else:
        first = published.year - 1 if published.month <= last_month else published.year
        if re.search(r"прошл|минувш|прошедш|предыдущ", str(groups.get("_text", "")).lower()):
            first -= 1  # the last season before the one under way (or the one coming)
    return date(first, 10, 1), date(first + 1, last_month, 30 if last_month == 4 else 31), False


def _relative_year(groups: Groups, published: date) -> Groups:
    """'за 9 месяцев прошлого года', 'өткен жылдың 9 айында': the year the words name."""
    relative = groups.get("rel") or groups.get("rel2")
    if relative and not groups.get("y"):
        last = relative.lower().startswith(("прошл", "минувш", "өткен", "былтыр"))
        groups = groups | {"y": str(published.year - 1 if last else published.year)}
    return groups


# Russian words for the school year in view, read as the Kazakh ones
_SCHOOL_YEAR_WORDS = (
    ("нов", "жаңа"), ("следующ", "келесі"), ("предстоящ", "келесі"), ("будущ", "келесі"),
    ("позапрошл", "позапрошл"), ("прошл", "өткен"), ("минувш", "өткен"), ("предыдущ", "өткен"),
)  # fmt: skip
# (the sowing campaign, "посевная", is the spring's months)
# ("ото": the heating season, from 1 October)
_SEASON_START = {
    "лет": 6, "осе": 9, "зим": 12, "вес": 3, "пос": 3, "ото": 10, "жаз": 6, "күз": 9, "қыс": 12, "көк": 3,
}  # fmt: skip
_YEARS_BACK = {
    "двумя": 2, "тремя": 3, "четырьмя": 4, "пятью": 5, "десятью": 10, "два": 2, "три": 3, "четыре": 4,
    "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10,
    "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8, "тоғыз": 9, "он": 10,
}  # fmt: skip
# a plan or a future in the sentence: what "за три года" counts lies ahead
_RU_YEAR_NUMBER = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_RU_AHEAD_WORD = re.compile(
    # ("в течение пяти лет предусмотрен ввод 14 ГВт": what a plan provides for is ahead too; +ps41ru)
    r"(?<!\w)(?:планиру\w*|запланирова\w*|намечен\w*|предстоит|будет|будут|предусм(?:отрен|атрива)\w*)(?!\w)",
    re.I,
)
_RU_WAS_WORD = re.compile(r"(?<!\w)был[аои]?(?!\w)", re.I)


def _no_run_closed(
    resolved: tuple[date | None, date | None, bool] | None, sentence: str, published: date
) -> bool:
    """True when a count of years told with a word of what is ahead closes no run of years: none named
    before, or a run already over by publication, which nothing ahead can fill ("В прошлом году ... . В
    течение пяти лет предусмотрен ввод 14 ГВт": not 2020-2024; "было предусмотрено" keeps it; +ps41ru)."""
    if resolved is None:
        return True
    return resolved[1] is not None and resolved[1] < published and not _RU_WAS_WORD.search(sentence)


_YEAR_COUNTS = {
    "два": 2, "двух": 2, "три": 3, "трех": 3, "трёх": 3, "четыре": 4, "четырех": 4, "четырёх": 4, "пять": 5,
    "пяти": 5, "шесть": 6, "шести": 6, "семь": 7, "семи": 7, "восемь": 8, "восьми": 8, "девять": 9, "девяти": 9,
    "десять": 10, "десяти": 10, "пятнадцать": 15, "пятнадцати": 15, "двадцать": 20, "двадцати": 20, "бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7,
    "сегіз": 8, "тоғыз": 9, "он": 10,
}  # fmt: skip
# Kazakhstan's public holidays of one day, by the name told before "күні": (month, day)
_KK_HOLIDAYS = {
    "астана": (7, 6), "тәуелсіздік": (12, 16), "республика": (10, 25), "жеңіс": (5, 9), "білім": (9, 1),
    "конституция": (8, 30), "алғыс айту": (3, 1),
}  # fmt: skip
_SAME_PERIOD_KINDS = ("same_period", "same_period_year", "same_period_last_year")
# Read against the span named before them: in the sentence, else the article's scope.
_RELATIVE = {
    *_SAME_PERIOD_KINDS,
    "year_before",
    "years_before",
    "year_after",
    "that_year",
    "that_year_season",
    "month_before",
    "week_before",
    "since_then",
    "since_year_start",
    "first_week",
    "same_day_last_year",
}
# Periods that date their own figures but do not set the scene for the sentences after them: the
# present ("сейчас", "қазір"), and looks back ("годом ранее", "былтырғы дәл осы кезеңде").
_LOOK_BACK = {
    "year_before",
    "years_before",
    "half_years_before",
    "month_before",
    "week_before",
    "same_period_year",
    "same_period_last_year",
    "same_day_last_year",
}
# "жыл басында": a contrast with now; "до 1 декабря", "1 желтоқсанға дейін": the end of a term
# "апрельский пожар": a month describing a thing dates its clause only
# "жаңа оқу жылында", "алдағы жылыту маусымында": a season ahead dates its clause, not the state of
# things told after it
_NO_SCENE = {"today", "last_years", "year_start", "deadline_day", "month_adjective"} | _LOOK_BACK
_NO_SCENE |= {"last_months"}  # "за последние 12 месяцев", as "за последние три года": an aside
# "К концу года ... было развернуто 773 койки. Всего за год проведено ...": the year's last day dates its
# stock; the year it closes stays the scene (+fs30ru)
_NO_SCENE |= {"scope_year_end"}
_NO_SCENE |= {
    "since_independence_aside",
    "last_week_aside",
    "last_week_cal",
    "school_year",
    "school_year_eve",
    "school_year_edge",
    "heating_season_next",
    "heating_season_named",
    "month_alone",
}
_NO_SCENE |= {"year_after"}  # "годом позже — 412": dates its own clause
_NO_SCENE |= {"that_year", "that_year_season"}  # "сол жылы 99 нысан": a look back, dates its own clause
_NO_SCENE |= {"winter_this"}  # "этой зимой ожидают": a season ahead dates its own clause
# "За минувшие сутки привито 80 тыс.": a daily report's day frames its paragraph, not the totals told
# after it ("в городе первую дозу получили 240 тыс."), which stand at publication
_NO_SCENE |= {"last_day"}
# "За неделю рост цен составил 0,2%. Больше всего подорожал сахар": the sugar's rise is not the week's
_NO_SCENE |= {"week_aside"}
_BESIDE = 24  # characters between a look back and a period it takes along
_SAME_SPAN_BASES = {"same_period_year", "same_period_last_year"}  # "өткен жылдың сәйкес кезеңімен"
_WEAK = {"today"}  # "уже", "қазір": yields to a period named in the same clause


_RU_YEAR_TOTAL = re.compile(
    r"(?<!\w)(?:объ[её]м|ВРП|ВВП|выпуск|производств|экспорт|импорт|доход|товарооборот|грузооборот)\w*"
    r"[^.;]{0,60}?(?<!\w)(?:увелич|довест|нарастит|вырас|достичь|достигн)\w*",
    re.I,
)


# "к концу года", "на конец года", "до конца года": the end of a year named by no number nor word
_RU_BARE_YEAR_END = re.compile(r"(?:к\s+концу|на\s+конец|до\s+конца)\s+года", re.I)


def _past_whole_year(scope: Period | None, published: date) -> bool:
    """True for a scope that is one whole calendar year, over at publication."""
    return (
        scope is not None and not scope.is_deadline and scope.period_start is not None
        and scope.period_end is not None and scope.period_end < published
        and (scope.period_start.month, scope.period_start.day) == (1, 1)
        and scope.period_end == date(scope.period_start.year, 12, 31)
    )  # fmt: skip


def _told_in_past(sentence: str) -> bool:
    """True when every finite verb of the sentence is a past or done form (and there is one)."""
    tenses = {t for _, t in clause_tenses(sentence, 0, len(sentence))}
    return bool(tenses) and tenses <= {"past", "done"}


def _past_year_opened(period: Period | None, published: date) -> bool:
    """A period naming a year over before publication, whole or by its first day ("Өткен жылы",
    "2025 жылдың басында")."""
    if period is None or period.period_start is None or period.period_end is None:
        return False
    first, last = period.period_start, period.period_end
    return (
        (first.month, first.day) == (1, 1) and first.year < published.year
        and (last == first or last == date(first.year, 12, 31))
    )  # fmt: skip


def _months_of_past_year(period: Period | None, published: date) -> bool:
    """The first months of a year over before publication ("2022 жылдың тоғыз айында", told in 2023),
    neither the whole year nor a single day."""
    if period is None or period.period_start is None or period.period_end is None:
        return False
    first, last = period.period_start, period.period_end
    return (
        (first.month, first.day) == (1, 1) and first.year < published.year and last.year == first.year
        and last.month < 12 and last > first
    )  # fmt: skip


def _year_to_date_scope(scope: Period | None, year: int) -> bool:
    """True for a scope from 1 January of the year to a day before its end (a flow so far)."""
    return (
        scope is not None and not scope.is_deadline and scope.period_start == date(year, 1, 1)
        and scope.period_end is not None and date(year, 1, 31) <= scope.period_end < date(year, 12, 31)
    )  # fmt: skip


def _same_period(
    kind: str, groups: Groups, published: date, scope: Period | None
) -> tuple[date | None, date | None, bool] | None:
    """'за тот же период' is the scope's span; 'аналогичный период 2024 года', 'былтырғы дәл осы
    кезеңде' the scope's span moved into that year (the year itself without a scope)."""
    if kind == "same_period":
        if scope is None or scope.period_start is None or scope.period_end is None:
            return None
        if scope.period_start == scope.period_end and scope.period_start.day == 1:
            # "Численность на 1 июля составила ... . За рассматриваемый период сальдо миграции ...": the
            # period a stock day at a month's start closes is the year up to it, January to June (on 1
            # January, the year before) (+real29ru)
            last = scope.period_start - timedelta(days=1)
            return date(last.year, 1, 1), last, False
        return scope.period_start, scope.period_end, False
    year = int(groups["y"]) if groups.get("y") else None
    if scope is not None and scope.period_start and scope.period_end and not scope.is_deadline:
        first, last = scope.period_start, scope.period_end
        target = year if year is not None else first.year - 1
        # (moved by whole years, a span ending on 29 February ends on the 28th in a common year: "в
        # январе–феврале 2020 года ... (годом ранее — ...)" is January–February 2019, not all of 2019)
        if first.year == last.year and target != first.year:
            back = relativedelta(years=target - first.year)
            return first + back, last + back, False
        if year is None and first.year < last.year:  # "сезоном ранее" after the 2021/22 season: 2020/21
            return first - relativedelta(years=1), last - relativedelta(years=1), False
    target = year if year is not None else published.year - 1
    return date(target, 1, 1), date(target, 12, 31), False


# A sentence with no digit and none of these words holds no period phrase. Most sentences hold a
# digit, found by one scan for it instead of trying every word at each position before it; the words
# are then read case-sensitively in the lower-cased text where that is exact (literal_gates.py).
# A Kazakh span of months stands alone too: "Министр қаңтар-ақпандағы өсімнің есебін берді" names the
# span of the figures told after it, though it holds no digit (a lone month, "зауыт наурызда іске
# қосылады", dates one event and is left unread there, as before).
_KK_MONTH = r"(?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)"
_DIGIT = re.compile(r"\d")
_HAS_CUE_WORDS = (
    "год|году|года|месяц|квартал|полугод|сегодня|сейчас|настоящ|момент|жыл|биыл|былтыр|қазір|бүгін|тоқсан|"
    "жарты|итог|начал|период|уже|кезең|айда|айында|баста|басында|ранее|назад|әзірге|ныне|пор|бері|бұрын|конец|"
    "аралығ|басталғал|сезон|маусым|жазда|лето|летн|маркетинг|недел|апта|последн|сутк|айдың|тәуелсіздік|егемендік|"
    "истекш|прошедш|прошлогодн|лет"
).split("|")
_HAS_CUE_PHRASES = (
    r"жаз\s+ай",
    rf"{_KK_MONTH}\s?[-–—]\s?{_KK_MONTH}",
    # a list's header dated by a month in the locative, with no digit: "Тамызда шілдемен салыстырғанда
    # ең көп қымбаттаған өнімдер:" (not a headline's "зауыт наурызда іске қосылады": no list follows)
    rf"{_KK_MONTH}[дт][ае](?!\w)[^.!?:\n]*:\s*$",
)
_HAS_CUE = re.compile("|".join((*_HAS_CUE_WORDS, *_HAS_CUE_PHRASES)), re.I)
# (only whether a cue is there is asked: on the lower-cased text the words go as a trie, which the
# engine rejects at most positions by one character's test, not one per word; 1.8x faster)
_HAS_CUE_LOWER = re.compile("|".join((literal_trie(frozenset(_HAS_CUE_WORDS)), *_HAS_CUE_PHRASES)))


def _may_hold_period(sentence: str, lower: str | None) -> bool:
    """What _DIGIT or _HAS_CUE finds in the sentence (`lower` its plain_lower)."""
    if _DIGIT.search(sentence):
        return True
    return bool(_HAS_CUE_LOWER.search(lower) if lower is not None else _HAS_CUE.search(sentence))


def _past_year(period: Period | None, published: date) -> bool:
    """A whole calendar year already over at publication ("В 2025 году" told in 2026)."""
    if period is None or period.period_start is None or period.period_end is None:
        return False
    start, end = period.period_start, period.period_end
    return (
        start.year == end.year
        and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)
        and end < published
    )


def _bare_year_word(groups: Groups) -> bool:
    """A bare "в начале года" (no "этого", "текущего", "осы"): the year in view, not publication's."""
    return not re.search(r"(?<!\w)(?:этого|текущего|осы|биылғы)(?!\w)", str(groups.get("_text", "")), re.I)


# a name in quotes that is a law's or decree's: Kazakh "... туралы", Russian "О(б) ..."
_QUOTED = re.compile(r"[«\"“„]([^«»\"“”„]{4,200})[»\"”“]")
_LAW_TITLE = re.compile(r"(?:туралы\W*$|^\W*Об?\s)")


def _law_titles(sentence: str) -> list[tuple[int, int]]:
    """Where the sentence quotes the name of a law or decree ('"... бюджет туралы"', '«О ...»')."""
    if "туралы" not in sentence and "О" not in sentence:
        return []
    return [m.span(1) for m in _QUOTED.finditer(sentence) if _LAW_TITLE.search(m.group(1))]


# "на посевную (кампанию)": what is set aside for the sowing (the spring, read by "season_bare")
_RU_FOR_SOWING = re.compile(r"на\s+(?:(?:эту|нынешнюю|текущую)\s+)?посевн", re.I)


_KK_CAMPAIGN_WORD = re.compile(r"науқан|жиын-терім", re.I)


def _kk_campaign_in_own_time(
    sentence: str, found: list[tuple[int, int, str, Groups]]
) -> list[tuple[int, int, str, Groups]]:
    """A campaign money or fuel is set aside for ("көктемгі егіс науқанына ... бөлінді") in a sentence naming a
    time of its own ("Тоғыз айда ...", "2024 жылы ...", "Өткен жылы ..."): that time is the figure's, and the
    campaign names what the money is for, as the Russian "на посевную" (a season with no year of its own
    would be put in the publication year)."""
    campaign = [
        f for f in found if f[2] == "sowing_season" and _KK_CAMPAIGN_WORD.search(sentence, f[0], f[1])
    ]
    others = [
        f
        for f in found
        if f[2] != "sowing_season" and not any(f[0] < b and a < f[1] for a, b, _, _ in campaign)
    ]  # ("Биыл көктемгі егіс науқанына": the year word is the campaign's own)
    if not campaign or not others:
        return found
    return [f for f in found if f not in campaign]


def _ru_sowing_in_own_time(
    sentence: str,
    found: list[tuple[int, int, str, Groups]],
    published: date,
    language: LanguageData,
    scope: Period | None,
) -> list[tuple[int, int, str, Groups]]:
    """The sowing, "на посевную", in a sentence naming a time of its own: a whole year makes it the spring of that
    year ("В 2024 году на посевную было выделено ...": March to May 2024, not of publication); a span of
    another kind is the figure's ("С начала года на посевную выделено 120 млрд", "За девять месяцев
    ..., в том числе на посевную – 200 млрд"), and the sowing names what the money is for, not when."""
    sowing = [f for f in found if f[2] == "season_bare" and _RU_FOR_SOWING.match(sentence, f[0])]
    others = [
        f
        for f in found
        if f[2] != "season_bare" and not any(a <= f[0] and f[1] <= b for a, b, _, _ in sowing)
    ]
    if not others:
        return found
    years = set()
    for _, _, kind, groups in others:
        resolved = _resolve(kind, groups, published, language, scope)
        if resolved is None:
            continue
        first, last = resolved[0], resolved[1]
        if (
            first is None
            or last is None
            or (first.month, first.day, last.month, last.day) != (1, 1, 12, 31)
            or first.year != last.year
        ):
            return [f for f in found if f not in sowing]
        years.add(first.year)
    if len(years) != 1:
        return found if not years else [f for f in found if f not in sowing]
    year = years.pop()
    return [
        (a, b, "season", {**g, "y": str(year)}) if (a, b, k, g) in sowing else (a, b, k, g)
        for a, b, k, g in found
    ]


def _ru_since_start_named(
    sentence: str, at: int, periods: list[Period], published: date
) -> tuple[date | None, date | None, bool] | None:
    """'С июня на трассе работают весовые комплексы: с момента запуска они зафиксировали 193 нарушения':
    "since the launch" with no date of its own runs from the start the sentence named before it ("С
    июня", "с 1 июля", "С 2019 года"; FORMAT.md: "since 2019"), up to the report; from a start still
    ahead it has no end yet. None when no start was named before it in the sentence, or a figure
    stands between them ("С начала года выдано 300 кредитов, а с момента старта программы — 2 100": the
    start told a figure of its own; the launch is another)."""
    opened = next(
        (
            p
            for p in reversed(periods)
            if p.period_start is not None
            and p.period_end in (None, published)
            and p.period_start != published
            and not p.is_deadline
            and not p.is_comparison
            and not p.is_weak
        ),
        None,
    )
    if opened is None or opened.period_start is None or _DIGIT.search(sentence, opened.end, at):
        return None
    return (
        (opened.period_start, None, False)
        if opened.period_start > published
        else (opened.period_start, published, False)
    )


def find_cyrillic_periods(
    sentence: str, published: date, language: LanguageData, scope: Period | None = None
) -> list[Period]:
    """Every period phrase of a Russian or Kazakh sentence, earliest first, none overlapping
    (a longer phrase wins over one inside it: "за 9 месяцев 2025 года" over "2025 года").
    `scope` is the article's period so far: "за тот же период" and "the same period of 2024"
    are read against it."""
    lower = sentence_lower(sentence)  # (plain_lower, kept for the sentence's other readers)
    if not _may_hold_period(sentence, lower):
        return []
    cached = _CACHE.get(language.code)
    if cached is None:
        table = _patterns(language)
        # (the gates read from the patterns as written; the scans behind their first characters)
        gated_table = [(kind, twin(pattern)) for kind, pattern in table]
        cached = _CACHE[language.code] = (gated_table, GateIndex.of([p for _, p in table]))
    patterns, gates = cached
    found: list[tuple[int, int, str, Groups]] = [
        (
            match.start(),
            match.end(),
            kind,
            _relative_year(match.groupdict() | {"_text": match.group(0)}, published),
        )
        # a pattern none of whose words the sentence holds is not scanned
        for kind, pattern in map(patterns.__getitem__, gates.open(lower))
        for match in pattern.finditer(sentence)
    ]
    if not found:
        return []  # (every step below only drops, renames or joins what was found)
    # "эпидемиялық маусымда", "жылыту маусымында", "өткен маусымда": "маусым" is a season there, not June
    found = [
        f for f in found if not (f[2] in ("month", "towards_month") and _season_word(sentence, f[0], f[1]))
    ]
    # '"2020-2022 жылдарға арналған республикалық бюджет туралы" заңға сәйкес', 'закон «О республиканском
    # бюджете на 2020–2022 годы»': the years of a law's name in quotes name the law, not the figure's span
    titles = _law_titles(sentence)
    found = [f for f in found if not any(a <= f[0] and f[1] <= b for a, b in titles)]
    if language.code == "kk":
        # "9 энергоблокта, 56 қазанда және 37 турбинада": a count of boilers ("қазан"), not October
        found = [f for f in found if not (f[2] == "month" and _counted_kazan(sentence, f[0], f[1]))]
        # "15 қазандық және 9 турбина", "30 қазандықта", "№2 қазандықтың": a boiler house, not a day in October
        found = [f for f in found if not _kazandyk(sentence, f[0], f[1])]
    if language.code == "kk" and "енді" in sentence:
        # "енді" is "now" set against a clause counted back ("5 жыл бұрын ... алса, енді ..."), not
        # against last year's level ("былтыр 110%-ы болса, енді 118%-ына дейін көтеріліп"): a rise
        found = [
            f
            for f in found
            if not (
                f[2] == "today" and sentence.endswith("енді", f[0], f[1])
                and not any(g[2] == "years_before" and g[1] <= f[0] for g in found)
            )
        ]  # fmt: skip
    if language.code == "kk" and any(f[2] == "years_span" for f in found) and not _kk_years_deed(sentence):
        # "Бес жыл ішінде 52 мектеп салынды": the years up to the one in view; a term of a task or of
        # what is to come ("алты жыл ішінде 2 000 шақырым жол салу жөнінде тапсырма берген", "бес жыл
        # ішінде ... салынады") has no start told, so no period
        found = [f for f in found if f[2] != "years_span"]
    if language.code == "kk":
        found = _kk_managed_by_data_day(sentence, found, published, scope)
    if language.code == "kk" and may_match(_KK_THEN_GATE, lower) and _KK_THEN.search(sentence):
        # "Ал қазіргі көшбасшылар ол кезде 6,9–8,8% деңгейінде тұрған": "қазіргі" names who the
        # subject is now, "ол кезде" when the figure was: the time the sentence before told
        found = [f for f in found if not (f[2] == "today" and kk_current_then(sentence, f[0], f[1]))]
    if language.code == "kk":
        # "тәуелсіздік алғалы бері алғаш рет 10 млн-нан асады", "2015 жылдан бері алғаш рет": the
        # yardstick of a record, not the span the figure covers
        records = [
            (f[0], f[1]) for f in found if f[2].startswith("since") and _KK_FIRST_TIME.match(sentence, f[1])
        ]
        found = [f for f in found if not any(a <= f[0] and f[1] <= b for a, b in records)]
    if language.code == "ru":
        # "крышу будут менять впервые с момента постройки": a record's yardstick with no date, no span
        found = [
            f
            for f in found
            if not (f[2] == "since_start" and _RU_FIRST_SINCE.search(sentence, max(0, f[0] - 40), f[0]))
            # "стало максимумом за всю историю наблюдений с 1980 года": the record's yardstick too
            and not (f[2] == "since" and _RU_RECORD_HISTORY.search(sentence, max(0, f[0] - 60), f[0]))
            and not (f[2] == "year_results" and _RU_YEAR_END_PAY.search(sentence, max(0, f[0] - 24), f[0]))
        ]
    if (
        language.code == "ru" and any(f[2] == "years_span" for f in found) and _RU_AHEAD_WORD.search(sentence)
        and not _RU_YEAR_NUMBER.search(sentence)  # ("В 2026, 2027 и 2028 годах ..., всего за три года": those)
    ):  # fmt: skip
        # "За три года планируется построить 27 детских садов", "в течение пяти лет будут введены": the
        # years from publication on, when no run of years named before is what the count closes
        found = [
            (start, end, "next_years", groups)
            if kind == "years_span"
            and _no_run_closed(_resolve(kind, groups, published, language, scope), sentence, published)
            else (start, end, kind, groups)
            for start, end, kind, groups in found
        ]
    if (
        language.code == "ru" and any(f[2] == "years_span" for f in found) and _told_in_past(sentence)
        and RU_CHANGE_TOLD.search(sentence)
    ):  # fmt: skip
        # "За шесть лет очередь уменьшилась почти в пять раз", no run of years in view the count closes:
        # a change over the years up to the report, as "за последние шесть лет" (FORMAT.md "over the
        # past 3 years"); a count of deeds ("За три года построено 633 объекта") keeps no period
        found = [
            (start, end, "last_years", groups)
            if kind == "years_span" and _resolve(kind, groups, published, language, scope) is None
            else (start, end, kind, groups)
            for start, end, kind, groups in found
        ]
    # "За 12 месяцев продукты подорожали на 19%": twelve months with no year are a span of a year, as
    # "за год" is (cyrillic_sentence_figures), read with the level they are told beside, not a calendar year
    found = [f for f in found if not _ru_twelve_months(language, sentence, f[2], f[3])]
    # "После корректировки за четыре месяца", "іске қосылғаннан бері алты айда": months counted from an
    # undated event are the months up to publication, not the year's first ones
    found = [
        (start, end, "months_since_event", groups)
        if kind == "months_of"
        and not groups.get("y")
        and (
            _after_event(language, sentence, start, end)
            or _months_long_over(language, sentence, end, groups, published)
        )
        else (start, end, kind, groups)
        for start, end, kind, groups in found
    ]
    # "постановлением правительства от 7 февраля 2008 года", "2008 жылғы ... қаулысымен": the act's date
    found = [f for f in found if not names_a_legal_act(sentence, f[0], f[1], language.code)]
    if language.code == "kk":
        found = _kk_year_end_of_named_year(sentence, found, published)
    # (read only when a deadline of this year is found: the rule renames nothing else)
    if (
        language.code == "ru"
        and any(f[2] == "deadline_this_year" for f in found)
        and _RU_YEAR_TOTAL.search(sentence)
    ):
        # "К концу года его объем планируется увеличить до ...": the level a volume is to reach (not
        # "До конца года планируется запустить 190 проектов", work due by then)
        found = [(a, b, "year_total_end" if k == "deadline_this_year" else k, g) for a, b, k, g in found]
    if language.code == "ru" and _past_whole_year(scope, published):
        # "Итоги за 2020 год ... . К концу года в организациях было развернуто 773 койки": a bare year's
        # end told in the past, in an account of a whole year already over, is that year's last day (a
        # stock), not this year's deadline (+fs30ru)
        found = [
            (a, b, "scope_year_end", g)
            if _RU_BARE_YEAR_END.fullmatch(sentence, a, b) and _told_in_past(sentence)
            else (a, b, k, g)
            for a, b, k, g in found
        ]
    if language.code == "ru" and any(
        _RU_FOR_SOWING.match(sentence, f[0]) for f in found if f[2] == "season_bare"
    ):
        found = _ru_sowing_in_own_time(sentence, found, published, language, scope)
    if language.code == "kk" and any(f[2] == "sowing_season" for f in found):
        found = _kk_campaign_in_own_time(sentence, found)
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    look_backs = [(start, end) for start, end, kind, _ in found if kind in _LOOK_BACK]
    # "2018 жылдың қорытындысы бойынша өткен жылғы тиісті кезеңмен салыстырғанда ...", "За январь-март
    # 2025 года по сравнению с аналогичным периодом прошлого года ...": a base of the same span told
    # after the period is what that period is measured against; the period is the figures' own and
    # frames the sentences after it (a look back before it still takes it along)
    bases_after = [(start, end) for start, end, kind, _ in found if kind in _SAME_SPAN_BASES]
    # "Для сравнения: ...", "Былтыр бұл көрсеткіш ... болған": the whole sentence looks back, from
    # the clause of the look-back words on ("Өткен жылы ... 14,3 млн тонна жеткізілді, ал 2024 жылы бұл
    # көрсеткіш 10,8 млн тонна болған": the look back is the later clause's, last year stays the figure's)
    look_back = _look_back_pattern(language)
    look_back_at = (
        [m.start() for m in look_back.finditer(sentence)]
        if may_match(_LOOK_BACK_GATES[language.code], lower)
        else []
    )
    chosen: list[tuple[int, int, str, Groups]] = []
    for start, end, kind, groups in sorted(found, key=lambda f: -(f[1] - f[0])):
        if any(start < b and a < end for a, b, _, _ in chosen):
            continue
        # ("year_after" needs the period before it, known only below)
        if (
            kind not in ("founded", "year_after", "that_year", "that_year_season", "year_end_bare")
            and _resolve(kind, groups, published, language, scope) is None
        ):
            continue
        chosen.append((start, end, kind, groups))
    chosen.sort(key=lambda f: f[0])
    periods: list[Period] = []
    earlier_kind = ""  # the kind of the sentence's last period read
    for start, end, kind, groups in chosen:
        if kind == "founded":
            continue
        looking_back = any(a <= end or not _CLAUSE_BREAK.search(sentence, end, a) for a in look_back_at)
        if looking_back and kind == "last_year":
            kind = "year_before"  # "былтыр бұл көрсеткіш": last year's level over the same span
        # "..., тогда как в прошлом году ...", "..., ал былтыр ...": last year as a contrast, no scene
        contrast = kind == "last_year" and _contrast_pattern(language).search(sentence, 0, start)
        # "..., за аналогичный период прошлого года — 43 млн": the span named earlier in the sentence
        # (in a look-back sentence its own periods set no scene but still anchor "годом ранее":
        # "Для сравнения, в 2024 году ... 102, тогда как годом ранее ... 191")
        local = next(
            (
                p
                for p in reversed(periods)
                if (p.sets_scene or looking_back) and not p.is_deadline and not p.is_weak
            ),
            scope,
        )
        if (
            kind == "year_before"
            and periods
            and periods[-1].is_weak
            and periods[-1].period_start == published
            # (not "В мае уже 40% ..., против 36% годом ранее": "уже" after a span named is no day of
            # its own, the span a year back is the base)
            and not (
                sentence[periods[-1].start : periods[-1].end].lower() == "уже"
                and any(not p.is_weak and not p.is_deadline for p in periods[:-1])
            )
        ):
            local = periods[
                -1
            ]  # "На сегодняшний день собрано ... против ... годом ранее": that day a year ago
        if kind == "year_before" and earlier_kind in _SAME_SPAN_NAMED and not groups.get("ago"):
            # "за этот период 2021 года перевезли 468 тысяч против 431 тысячи годом ранее": a year before the
            # same span moved into 2021, which sets no scene of its own (+ps41ru)
            local = periods[-1]
        resolved = _resolve(kind, groups, published, language, local if kind in _RELATIVE else scope)
        if language.code == "ru" and kind == "since_start" and resolved is not None and resolved[0] is None:
            resolved = _ru_since_start_named(sentence, start, periods, published) or resolved
        if kind == "year_end_bare" and _past_year_opened(periods[-1] if periods else None, published):
            # "2025 жылдың басындағы 61%-дан жыл соңында 59%-ға дейін": the end of the past year the
            # sentence has just named by its start, a stock on its last day (+fs38kk)
            assert periods[-1].period_start is not None
            year_end = date(periods[-1].period_start.year, 12, 31)
            resolved = year_end, year_end, False
        if kind == "year_end_bare" and _months_of_past_year(periods[-1] if periods else None, published):
            # "Тоғыз айда 610 мың турист келсе, жыл соңында олардың саны 1 миллионға жетеді" (of 2022, told
            # in 2023): the year those months open, whole, not a deadline of the year under way (+fs41kk)
            assert periods[-1].period_start is not None
            results_year = periods[-1].period_start.year
            resolved = date(results_year, 1, 1), date(results_year, 12, 31), False
        if resolved is None:
            continue
        if (
            language.code == "kk" and kind in ("next_years", "last_years") and periods
            and (told := periods[-1]).period_start is not None and told.period_start == told.period_end
            and told.period_start < published and _KK_DAY_OF_A_SPEECH.match(sentence, told.end)
        ):  # fmt: skip
            # "Мемлекет басшысы 2021 жылғы 1 қыркүйектегі Жолдауында ... алдағы бес жылда ...": the years
            # counted from the day the speech or document named before them was given, not from the report
            day, count = told.period_start, (groups.get("n") or "1").lower()
            length = relativedelta(years=_YEAR_COUNTS.get(count) or int(count))
            resolved = (day, day + length, False) if kind == "next_years" else (day - length, day, False)
        if kind == "bare_years" and _kk_years_deed(sentence):
            # "Биыл ... . Жеті жыл ішінде 64 мектеп салынды": the whole years up to the one in view, where
            # the scope is a run of whole years (the "years_span" reading this phrase had before)
            whole_years = _resolve("years_span", groups, published, language, scope)
            if whole_years is not None:
                resolved = whole_years
                kind = "years_span"
        if kind == "bare_years":
            tense = _kk_clause_tense(sentence, end)
            if (
                _KK_YEARS_NOT_BACK.search(sentence)
                or tense not in ("past", "perfect", "future", "intent")
                # "Үкіметке алты жыл ішінде 2 000 шақырым жол салу жөнінде тапсырма берген": the term of a
                # task or plan, whatever the verb of giving it
                or _KK_TASK.search(sentence, end)
            ):
                # a year of its own written in the sentence ("2020 жылы басталған жоба үш жыл ішінде
                # аяқталды": the years from then), a record ("Он жыл ішінде алғаш рет ..."), or a term in the
                # aorist ("Кредит 5 жыл ішінде өтеледі"): left unread
                continue
            if tense in ("future", "intent"):
                # "Үш жыл ішінде 12 мектеп салынбақ": the years ahead, from publication
                assert resolved[0] is not None and resolved[1] is not None
                resolved = resolved[1], resolved[1] + (resolved[1] - resolved[0]), False
        if (
            language.code == "ru" and kind == "year" and periods
            and _span_to_go_on(earlier_kind, periods[-1], sentence, end)
        ):  # fmt: skip
            # "за тот же период 2021 года ... 2,2 млн, а в 2020 году – 1,2 млн": a year whose verb is
            # left out, after its dash, goes on with the same span the clause before named (+fs39ru),
            # whatever words named it ("в январе–апреле 2021 года ..., в 2020-м – 1,2 млн"; +ps41ru)
            resolved = _same_span_ellipsis(sentence, end, periods[-1], resolved)
        if kind == "last_year" and periods and _span_to_go_on(earlier_kind, periods[-1], sentence, end):
            # "Биыл жеті айда 14 мың пәтер салынды (былтыр – 12 мың)", "..., в прошлом году – 12 тыс.":
            # last year before a dash, its verb left out, goes on with the months just named, a year
            # back, as an elliptic year does (+pb44kk)
            resolved = _same_span_ellipsis(sentence, end, periods[-1], resolved)
        described = False  # a day or month a participle after it dates: it describes a thing, sets no scene
        if (
            kind == "from_day"
            and not groups.get("y")
            and resolved[0] is not None
            and resolved[0] < published
            and (_told_ahead(sentence, language.code) or _kk_aorist_nearer_ahead(sentence, language.code, resolved[0], published))
        ):  # fmt: skip
            # "С 1 января пособие составит 85 000 тенге" told in November: the January ahead, not
            # the one gone by ("с 1 января выплачено ..." keeps this year's)
            resolved = resolved[0] + relativedelta(years=1), resolved[1], resolved[2]
        if (
            language.code == "kk"
            and kind in ("month", "day")
            and not groups.get("y")
            and resolved[0] is not None
            and resolved[0].year < published.year
            and (_kk_month_ahead(sentence) or _KK_PARTICIPLE_AHEAD.match(sentence, end))
        ):
            # "Зауыт наурызда іске қосылады" told in January: the March ahead, not last year's; so a
            # day ("1 қыркүйекте 12 мектеп есігін ашады" told in August) and a month a future
            # participle dates ("Шілде айында ашылатын зауыттың құны ..." told in May)
            described = _KK_PARTICIPLE_AHEAD.match(sentence, end) is not None
            moved = resolved[0] + relativedelta(years=1)
            resolved = (moved, moved if kind == "day" else _month_end(moved.year, moved.month), False)
        if (
            language.code == "kk" and kind == "between" and not groups.get("y")
            and resolved[0] is not None and resolved[1] is not None and resolved[1] < published
            and resolved[0] + relativedelta(years=1) <= published <= resolved[1] + relativedelta(years=1)
            and _kk_in_force_now(sentence)
        ):  # fmt: skip
            # "Лимит 1 қаңтардан 31 желтоқсанға дейінгі кезеңге қолданылады" told in February: the span
            # the aorist says is in force holds the report's day, not last year's (a past verb keeps it)
            resolved = (
                resolved[0] + relativedelta(years=1),
                resolved[1] + relativedelta(years=1),
                resolved[2],
            )
        if (
            language.code == "ru"
            and kind == "month"
            and not groups.get("y")
            and resolved[0] is not None
            and resolved[0].year < published.year
            and (_told_ahead(sentence, "ru") or _ru_planned_only(sentence, start, end))
        ):
            # "В ноябре месяце планируется приобрести автомобиль" told in August: the November ahead,
            # not last year's (which would date the deeds told after it)
            moved = resolved[0] + relativedelta(years=1)
            resolved = (moved, _month_end(moved.year, moved.month), False)
        if (
            language.code == "kk" and kind in ("quarter", "half", "month") and not groups.get("y")
            and resolved[1] is not None and resolved[1] < published and _KK_MEANT_FOR.match(sentence, end)
        ):  # fmt: skip
            # "9 айдағы даму деңгейі мен IV тоқсанға арналған міндеттер" told in October: the tasks are
            # for the quarter ahead, not last year's; a span tasks are meant for sets no scene
            ahead = resolved[0] + relativedelta(years=1) if resolved[0] is not None else None
            resolved = ahead, _month_end(resolved[1].year + 1, resolved[1].month), resolved[2]
            described = True
        earlier = periods[-1] if periods else None
        if (
            language.code == "kk" and kind == "year_results" and not groups.get("which")
            and earlier is None and _past_year_opened(scope, published)
            and scope is not None and scope.period_start != scope.period_end
        ):  # fmt: skip
            # "Былтыр ... . Жыл қорытындысында 7 мың шақырым жолдың құрылысы аяқталды": the results of
            # the past year the account is about, not of the year of publication (+fs38kk)
            assert scope.period_start is not None and scope.period_end is not None
            resolved = scope.period_start, scope.period_end, False
        if (
            language.code == "kk" and kind == "year_results" and not groups.get("which")
            and earlier is not None and earlier.period_start is not None and earlier.period_end is not None
            and (earlier.period_start.month, earlier.period_start.day) == (1, 1)
            and earlier.period_start.year == earlier.period_end.year
        ):  # fmt: skip
            # "Өткен жылы 600 мың шаршы метр тапсыру жоспарланып, жыл қорытындысы бойынша ... 750 мың
            # шаршы метр": the results of the year the sentence has just named, not of this year; so after
            # the months of it so far ("2022 жылдың тоғыз айында ..., жыл қорытындысы бойынша ...": 2022;
            # +fs41kk)
            results_year = earlier.period_start.year
            resolved = date(results_year, 1, 1), date(results_year, 12, 31), False
        if (
            kind == "year_end_bare" and earlier is not None and earlier.period_start is not None
            and earlier.period_end is not None and earlier.period_end < published
            and (earlier.period_start.month, earlier.period_start.day, earlier.period_end.month) == (1, 1, 12)
            and earlier.period_start.year == earlier.period_end.year
        ):  # fmt: skip
            # "Өткен жылы ... шешілді, жыл соңында 30-дан астамы қалды": the end of the year just named,
            # a stock on its last day, not a deadline of this year
            resolved = earlier.period_end, earlier.period_end, False
        if (
            kind == "year_start"
            and not groups.get("y")
            and _bare_year_word(groups)
            and _past_year(earlier, published)
        ):
            # "В 2025 году сеть выросла с 3,2 тыс. км в начале года": the start of the year just named
            assert earlier is not None and earlier.period_start is not None
            opened = earlier.period_start
            resolved = opened, opened, False
        # "Месяцем ранее, по итогам сентября, ...": a period beside a look back looks back too
        # (not across a figure: "Қазанда – 38 мың тонна, бір жыл бұрын – 35 мың тонна", the month
        # has its own figure and anchors the look back)
        beside = any(
            a - _BESIDE <= end
            and start <= b + _BESIDE
            and not _DIGIT.search(sentence, min(end, b), max(start, a))
            and not ((a, b) in bases_after and a >= end)
            for a, b in look_backs
        )
        # "В 2025–2026 учебном году ... 1,7 млн учащихся. Из них ...": a named Russian school year sets
        # the scene (a relative one, "в новом учебном году", dates its clause only)
        named = (
            kind == "school_year"
            and (
                bool(groups.get("y"))
                # "өткен оқу жылында 24 мектеп ... берілген болатын. Олар 66 мың оқушы орнын ...": the
                # Kazakh school year just over, named as the last one, is a past span as a numbered one is
                or (language.code == "kk" and (groups.get("which") or "").lower() in ("өткен", "былтырғы"))
            )
            and (
                language.code == "ru"
                # "2021-2022 оқу жылында ... . Ол кезде ...": a Kazakh school year long over is the time the
                # sentences after it go on telling
                or resolved[1] is not None
                and resolved[1] < published
                # "Жаңа 2024-2025 оқу жылында 78 219 грант бөлінді. Магистратураға 13 113 ... берілді": so is a
                # current or coming one named by its years (+fs30kk)
                or bool(groups.get("y"))
            )
        )
        # "Оқу жылының соңында 16 мектеп болды. Орын тапшылығы 27 800 ... құрады": the last school day
        # gone by frames the stocks told after it, as a school year over does
        named = named or (kind == "school_year_edge" and resolved[1] is not None and resolved[1] < published)
        # "На начало текущего года числилось 872 ... . Больше всего ... находилось в Шымкенте — 101": a
        # Russian stock day told with "на" (or "к началу") is the day the next sentences count on, as "На 1 января" is
        # ("в начале года", "жыл басында" stay a contrast with now)
        named = named or (
            kind == "year_start"
            and language.code == "ru"
            and sentence[start:end].lower().startswith(("на", "к"))
        )
        scene = (
            (named or kind not in _NO_SCENE)
            and not beside
            and not (
                language.code == "kk"
                and resolved[0] is not None
                and resolved[0] == resolved[1]
                and _KK_OCCASION_AFTER.match(sentence, end)
            )  # fmt: skip
            and not looking_back
            and not contrast
            and not described
        )
        if (
            scene and language.code == "ru" and resolved[1] is not None and resolved[1] < published
            and not kind.startswith("since_") and _RU_RECORD_ASIDE.search(sentence, max(0, start - 80), start)
        ):  # fmt: skip
            # "фиксировалось лишь однажды – в третьем квартале 2020 года", "самое сильное снижение со
            # второго квартала 2017 года", "впервые с 2019 года": a past date told as a record's
            # yardstick dates its own clause, not the sentences after it
            scene = False
        if named and language.code == "kk" and not beside:
            scene = True  # ("Салыстыру үшін: 2021-2022 оқу жылында ...": the comparison goes on after it)
        earlier_kind = kind
        periods.append(
            Period(
                start,
                end,
                *resolved,
                is_weak=kind in _WEAK,
                sets_scene=scene,
                counted_back=kind == "months_since_event",
            )
        )
    joined = _from_to(sentence, periods)
    if language.code == "kk":
        joined = _kk_seasons_joined(sentence, joined)
    return _restated_in_brackets(sentence, joined)


# periods worded as "the same span" as one in view ("за тот же период 2021 года")
_SAME_SPAN_NAMED = {"same_period_year", "same_period"}
_ELLIPSIS_DASH = re.compile(r"(?:\s*(?:году|г\.))?\s+[—–-]\s")


# "а в 2023 году – 180 за весь год": the elliptic clause names the whole year outright
_WHOLE_YEAR_SAID = re.compile(
    r"(?<!\w)(?:за|в\s+течение)\s+(?:весь|всего|целый|целого)\s+год\w*|по\s+итогам\s+года", re.I
)
_CLAUSE_OR_SENTENCE_END = re.compile(r"[,;.]\s|[,;.]?$")


def _span_to_go_on(earlier_kind: str, earlier: Period, sentence: str, end: int) -> bool:
    """True when the period read before a year is a span an elliptic year may go on with: one named as
    "the same span", or months of a year from 1 January short of the whole year ("в январе–апреле",
    "за девять месяцев", "в первом полугодии"; a single month or a whole year is no such span), unless
    the year's clause says it is the whole year ("а в 2023 году – 180 за весь год")."""
    if earlier_kind in _SAME_SPAN_NAMED:
        return True
    first, last = earlier.period_start, earlier.period_end
    clause_end = _CLAUSE_OR_SENTENCE_END.search(sentence, end)
    rest = sentence[end : clause_end.start() if clause_end else len(sentence)]
    return (
        first is not None and last is not None and first.year == last.year
        and (first.month, first.day) == (1, 1) and last.month > 1 and (last.month, last.day) != (12, 31)
        and not _WHOLE_YEAR_SAID.search(rest)
    )  # fmt: skip


def _same_span_ellipsis(
    sentence: str, end: int, earlier: Period, resolved: tuple[date | None, date | None, bool]
) -> tuple[date | None, date | None, bool]:
    """The span `earlier` names moved into the year just read, when that year stands before a dash
    (its verb left out: "..., а в 2020 году – 1,2 млн", "в 2020-м – 3,3 млн"); else `resolved`."""
    first, last, year = earlier.period_start, earlier.period_end, resolved[0]
    if first is None or last is None or year is None or first.year != last.year:
        return resolved
    if not _ELLIPSIS_DASH.match(sentence, end):
        return resolved
    try:
        return first.replace(year=year.year), last.replace(year=year.year), False
    except ValueError:  # 29 February
        return resolved


# a period in brackets right after another that it restates: "Тәуелсіздік жылдарында (1991-2015 ж.ж.)"
_BRACKET_OPEN = re.compile(r"\s*\(\s*")
_BRACKET_CLOSE = re.compile(r"[\s.жгЖГ]*\)")


def _restated_in_brackets(sentence: str, periods: list[Period]) -> list[Period]:
    """'Тәуелсіздік жылдарында (1991-2015 ж.ж.) ... 420 мектеп салынды', 'за годы независимости
    (1991–2015 гг.)': the bracket names the years the phrase before it means, so it is the period."""
    restated = {
        n
        for n, (outer, inner) in enumerate(zip(periods, periods[1:], strict=False))
        if _BRACKET_OPEN.fullmatch(sentence, outer.end, inner.start)
        and _BRACKET_CLOSE.match(sentence, inner.end)
    }
    return [p for n, p in enumerate(periods) if n not in restated]


# "ол кезде", "сол кезде", "сол уақытта": then, the time just told
_KK_THEN = re.compile(r"(?<!\w)(?:ол|сол)\s+(?:кезде|уақытта|шақта)(?!\w)", re.I)
_KK_THEN_GATE = literal_gate(_KK_THEN)
_KK_CURRENT_ATTRIBUTE = re.compile(r"қазіргі", re.I)  # "қазіргі көшбасшылар" (not "қазіргі таңда")


# a bare "by the year's end" with nothing naming this year: "жыл соңына дейін", "жыл аяғына дейін"
_KK_BARE_YEAR_END_BY = re.compile(r"жыл(?:дың)?\s+(?:соңына|аяғына)\s+(?:дейін|қарай)\w*", re.I)
# a sentence ending on a past verb or participle ("қойылды", "көзделген", "көзделген болатын")
# (not the aorist "қосылады", "беріледі": a vowel before "-ды/-ді" is a deed ahead)
_KK_ENDS_IN_PAST = re.compile(
    r"(?:(?<![аеәийоөуұүыі])(?:ды|ді|ты|ті)|ған|ген|қан|кен|\sеді|\sболатын)[\s.!»\"]*$", re.I
)


def _kk_year_end_of_named_year(
    sentence: str, found: list[tuple[int, int, str, Groups]], published: date
) -> list[tuple[int, int, str, Groups]]:
    """'2024 жылы ... 4,1 млрд теңге бөлініп, газдандыру деңгейін жыл аяғына дейін 78 пайызға көтеру
    міндеті қойылды': a bare year's end after a past year named earlier in the same sentence is that
    year's end, as "2024 жылдың соңына дейін" says it in one phrase (not this year's deadline). Only
    in a sentence told in the past: "2024 жылы 40 ауыл қосылды, жыл соңына дейін тағы 12 ауыл
    қосылады" sets this year's deadline against last year's deed."""
    # (only a deadline of this year is renamed: without one, the end-anchored test of the past,
    # tried at every position of the sentence, is spared)
    if not any(f[2] == "deadline_this_year" for f in found) or not _KK_ENDS_IN_PAST.search(sentence):
        return found
    named = [
        f for f in found if f[2] == "year" and f[3].get("y") and int(f[3]["y"]) < published.year
    ]  # fmt: skip
    return [
        (start, end, "deadline", groups | {"y": named[-1][3]["y"], "m": None})
        if kind == "deadline_this_year"
        and _KK_BARE_YEAR_END_BY.fullmatch(sentence, start, end)
        and any(n[1] <= start for n in named)
        else (start, end, kind, groups)
        for start, end, kind, groups in found
    ]


# "үлгерді", "үлгерген": has managed to (a converb before it), done by the time the data stand at
_KK_MANAGED = re.compile(r"үлгер(?:ді|ген|гені)", re.I)
# a sentence opened on a source's data: "Министрліктің жедел дерегінше,", "Ведомство мәліметінше,"
_KK_SOURCE_DATA_OPENING = re.compile(
    r"\s*(?:[^\W\d_]+\s+){0,4}?(?:дерегінше|мәліметінше|деректеріне\s+сәйкес|мәліметтеріне\s+сәйкес)\s*,",
    re.I,
)


def _kk_managed_by_data_day(
    sentence: str, found: list[tuple[int, int, str, Groups]], published: date, scope: Period | None
) -> list[tuple[int, int, str, Groups]]:
    """'Республикада 4 қыркүйектегі жағдай бойынша 6,5 млн тонна астық бастырылды. Министрліктің жедел
    дерегінше, орақ 4,6 млн га алқапта өтіп үлгерген': "has managed to" in a sentence opened on the
    source whose data stand at a day the sentence before named is done by that day, not by
    publication (+ps43kk; d38 said "Сол күнгі деректер бойынша ... үлгерген")."""
    if (
        scope is None or scope.period_start is None or scope.period_start != scope.period_end
        or not scope.period_start < published <= scope.period_start + timedelta(days=7)
        or not _KK_SOURCE_DATA_OPENING.match(sentence)
    ):  # fmt: skip
        return found
    return [f for f in found if not (f[2] == "today" and _KK_MANAGED.fullmatch(sentence, f[0], f[1]))]


def kk_current_then(sentence: str, start: int, end: int) -> bool:
    """'Қазіргі көшбасшылар ол кезде ... тұрған': sentence[start:end] is "қазіргі" naming who the
    subject is now in a sentence told "ол кезде" (then), so it dates nothing."""
    return bool(_KK_CURRENT_ATTRIBUTE.fullmatch(sentence, start, end) and _KK_THEN.search(sentence))


# right after a day: "(9 мамыр)ға орай", "(25 қазан)ға байланысты": the holiday a payment is made for, which
# dates no figure told in the sentences after it
_KK_OCCASION_AFTER = re.compile(r"\w*\s+(?:орай|байланысты)(?!\w)", re.I)


# right after a "since" phrase: "алғаш рет" (for the first time), a record's yardstick
_KK_FIRST_TIME = re.compile(r"\s*(?:[^\W\d]+\s+)?(?:алғаш(?:қы)?|бірінші)\s+рет(?!\w)", re.I)


# right before "с начала ...": "впервые", or a record's superlative ("наименьшим значением с начала
# независимости", "максимум с момента запуска"): the yardstick of a record, not a span
_RU_FIRST_SINCE = re.compile(
    r"(?<!\w)(?:впервые|(?:наименьш|наибольш|минимальн|максимальн|рекордн|самы[йемх]\s+(?:низк|высок)|"
    r"(?:мини|макси)мум)\w*(?:\s+[^\W\d]+)?)\s+$",
    re.I,
)
# right before "с 1980 года": a record over the whole history ("максимумом за всю историю наблюдений")
_RU_RECORD_HISTORY = re.compile(
    r"(?<!\w)(?:наименьш|наибольш|минимальн|максимальн|рекорд|самы[йемх]\s+(?:низк|высок)|(?:мини|макси)мум)\w*"
    r"(?:\s+[^\W\d]+)?\s+за\s+всю\s+историю(?:\s+[^\W\d]+)?\s+$",
    re.I,
)
# right before "по итогам года": a payment named for the year's end ("выплат по итогам года",
# "премии по итогам года"), a kind of pay, not the span a figure covers
_RU_YEAR_END_PAY = re.compile(r"(?<!\w)(?:выплат|преми|бонус|вознагражден)\w*\s+$", re.I)
# right before a period phrase: the words of a record or a one-off told in passing
_RU_RECORD_ASIDE = re.compile(
    r"(?:(?<!\w)(?:лишь|только|всего)\s+(?:од(?:нажды|ин\s+раз)|дважды)\s*[–—,:]?\s*(?:это\s+было\s+)?"
    # "падение было только дважды, последний раз — в I квартале 2023 года (-0,6%)"
    r"|(?<!\w)(?:в\s+)?последний\s+раз\s*[–—,:]?\s*(?:это\s+было\s+)?"
    r"|(?<!\w)(?:впервые|сам(?:ый|ая|ое|ые|ого|ой|ом)\s+(?:[^\W\d]+\s+){1,5}?)(?:с|со)\s*)$",
    re.I,
)


# "маусым" (June, and a season) right after an adjective ("эпидемиялық", "туристік", "жазғы"),
# "бүкіл" or a count of seasons ("бір маусымда 1,5 млн демалушыны қабылдай алады", "әр маусымда") is a season; as June it stands with a day, a year or "айы" ("өткен маусымда", "осы
# маусымда" may be either: left as June). A noun's season takes the possessive ("жылыту маусымында",
# "егін маусымында"), which no month phrase reads, while "құрылысты бастау маусымда" is in June.
_SEASON_MAUSYM = re.compile(r"маусым(?!\s+ай)", re.I)
_SEASON_BEFORE = re.compile(
    r"(?:[^\W\d]+(?:лық|лік|тық|тік|дық|дік|ғы|гі|қы|кі)|бүкіл|(?<!\w)(?:бір|әр|әрбір))\s+$", re.I
)


# "қазан" is October and a boiler: after a number no day can be (above 31) it is the boiler counted
_KAZAN = re.compile(r"қазан", re.I)
_NUMBER_BEFORE = re.compile(r"(?<![\d,.])(\d+)\s+$")


def _counted_kazan(sentence: str, start: int, end: int) -> bool:
    number = _NUMBER_BEFORE.search(sentence, max(0, start - 8), start)
    return bool(_KAZAN.match(sentence, start, end) and number and 31 < int(number.group(1)) < 1000)


# "жаңа жыл", "новый год": the new year, the one just begun when told in January
_NEW_YEAR = re.compile(r"жаңа\s+жыл|нового\s+года", re.I)


# "қазандық" (a boiler house) begins like "қазан" (October), which never takes "-дық"
_KAZANDYK = re.compile(r"қазанды[қғ]", re.I)
_KAZANDYK_GATE = literal_gate(_KAZANDYK)  # (most sentences hold no "қазанды" and are not scanned)


def _kazandyk(sentence: str, start: int, end: int) -> bool:
    """The period phrase's month is the "қазан" of a "қазандық"."""
    return may_match(_KAZANDYK_GATE, sentence_lower(sentence)) and any(
        start <= m.start() < end for m in _KAZANDYK.finditer(sentence)
    )


def _season_word(sentence: str, start: int, end: int) -> bool:
    if _SEASONS_PLURAL.match(sentence, start):
        return True  # "көктем мен күз маусымдарында": seasons, a plural no month takes
    return bool(
        _SEASON_MAUSYM.match(sentence, start, end)
        and _SEASON_BEFORE.search(sentence, max(0, start - 40), start)
    ) or bool(
        _BARE_SEASON_OF_YEAR.fullmatch(sentence, start, end) and not _MONTH_WORD_AFTER.match(sentence, end)
    )


_SEASONS_PLURAL = re.compile(r"маусымдар", re.I)


# "Биылғы маусым егіншілерге ауыр тиді": this year's season, "маусым" bare, with no case ending, no day
# and no "айы" (+ps41kk); June of this year takes a case or "ай": "биылғы маусымда", "биылғы маусым айында"
_BARE_SEASON_OF_YEAR = re.compile(r"(?:биылғы|былтырғы|өткен\s+жылғы)\s+маусым", re.I)
_MONTH_WORD_AFTER = re.compile(r"\w|\s+ай", re.I)


_EVENT_BEFORE = {
    # "После запуска новой линии за шесть месяцев", "с момента открытия за 3 месяца"
    "ru": re.compile(r"(?<!\w)(?:после|с\s+момента)\s+(?:[^\W\d]+\s+){1,4}$", re.I),
    # "енгізілгеннен кейін төрт айда", "іске қосылғаннан бері алты айда"
    # (not "Жыл басынан бері 9 айда": the year's first nine months)
    "kk": re.compile(r"(?<!\w)(?:кейін|соң|(?<!басынан\s)бері)\s+$", re.I),
}
# "за три месяца работы", "за шесть месяцев после запуска": the months the thing has run
_EVENT_AFTER = re.compile(
    r"\s+(?:работы|эксплуатации|действия|функционирования|реализации|после(?!\w))", re.I
)


# "за четыре месяца этого года", "с начала года за 4 месяца": the year's first months said outright
_RU_YEAR_SAID = re.compile(r"\s+(?:этого|текущего|нынешнего|прошлого|минувшего)\s+года|\s+т\.\s?г\.", re.I)


def _months_long_over(
    language: LanguageData, sentence: str, end: int, groups: Groups, published: date
) -> bool:
    """True for a bare Russian "за четыре месяца" whose January-to-month span ended five months or
    more before publication (four months told in November): no release that late, the months up to
    now (dev labels date "за шесть месяцев" in late September and "за девять месяцев" on 1 December
    as the year's first months)."""
    if language.code != "ru" or _RU_YEAR_SAID.match(sentence, end) or "начала" in sentence.lower():
        return False
    count = _N_MONTHS.get(groups["n"].lower()) or int(groups["n"])
    return 1 <= count <= 12 and published.month - count >= 5


_FIRST_MONTHS = re.compile(r"перв|итог|результат", re.I)


def _ru_twelve_months(language: LanguageData, sentence: str, kind: str, groups: Groups) -> bool:
    """True for a Russian "за 12 месяцев" / "за двенадцать месяцев" with no year nor "первых" and not
    a report's results ("по итогам 12 месяцев"): a year's span (+ps41ru)."""
    if (
        language.code != "ru"
        or kind != "months_of"
        or groups.get("y")
        or groups.get("rel")
        or groups.get("rel2")
    ):
        return False
    n = (groups.get("n") or "").lower()
    return (_N_MONTHS.get(n) or (int(n) if n.isdigit() else 0)) == 12 and not _FIRST_MONTHS.search(
        groups.get("_text") or ""
    )


def _after_event(language: LanguageData, sentence: str, start: int, end: int) -> bool:
    """True for "за N месяцев" told as the months since an undated event, not January to month N."""
    before = _EVENT_BEFORE[language.code].search(sentence, max(0, start - 80), start)
    return bool(before) or (language.code == "ru" and bool(_EVENT_AFTER.match(sentence, end)))


_CONTRAST_CACHE: dict[str, re.Pattern[str]] = {}


def _contrast_pattern(language: LanguageData) -> re.Pattern[str]:
    pattern = _CONTRAST_CACHE.get(language.code)
    if pattern is None:
        pattern = _CONTRAST_CACHE[language.code] = re.compile(
            r"(?:,\s*|\s[—–]\s*)" + language.contrast_words, re.I
        )
    return pattern


_LOOK_BACK_CACHE: dict[str, re.Pattern[str]] = {}


def _look_back_pattern(language: LanguageData) -> re.Pattern[str]:
    pattern = _LOOK_BACK_CACHE.get(language.code)
    if pattern is None:
        pattern = _LOOK_BACK_CACHE[language.code] = re.compile(language.look_back_words, re.I)
        _LOOK_BACK_GATES[language.code] = literal_gate(pattern)
    return pattern


# each language's look-back words' literal gate, read with its pattern: most sentences hold none
_LOOK_BACK_GATES: dict[str, Gate] = {}


_CLAUSE_BREAK = re.compile(r"[,;:]\s|\s[—–]\s")
_SAME_YEAR = re.compile(r"\s+(?:того\s+же|сол)\s+(?:года|жылдың|жылғы)\b", re.I)
# Between the two ends of "с октября 2025 года по март 2026 года", "қыркүйектен бастап 27 қарашаға дейін",
# "с момента запуска в 1998 году и по август 2025 года".
_FROM_TO_BETWEEN = re.compile(r"\s*(?:и\s+)?(?:(?:по|до)\s*)?", re.I)


_KK_AND = re.compile(r"\s+(?:және|мен|әрі)\s+", re.I)


def _is_season(period: Period) -> bool:
    """A spring, summer or autumn: three whole months opening on 1 March, June or September."""
    begun, ended = period.period_start, period.period_end
    return (
        begun is not None and ended is not None and begun.day == 1 and begun.month in (3, 6, 9)
        and ended == _month_end(begun.year, begun.month + 2)
    )  # fmt: skip


def _kk_seasons_joined(sentence: str, periods: list[Period]) -> list[Period]:
    """ "Биылғы күзде және 2025 жылдың көктемінде 17 019 гектарға ... отырғызылады": two seasons joined
    by "және" within a year of each other are one span of work, from the first's start to the last's end
    (+fs33kk)."""
    joined: list[Period] = []
    for period in periods:
        last = joined[-1] if joined else None
        if (
            last is not None and _is_season(last) and _is_season(period)
            and last.period_end is not None and period.period_start is not None and period.period_end is not None
            and last.period_end < period.period_start <= last.period_end + relativedelta(months=12)
            and _KK_AND.fullmatch(sentence, last.end, period.start)
        ):  # fmt: skip
            joined[-1] = replace(last, end=period.end, period_end=period.period_end)
            continue
        joined.append(period)
    return joined


def _from_to(sentence: str, periods: list[Period]) -> list[Period]:
    """A start ("с октября 2025 года", "1 қыркүйектен бастап") joined with the end right after it
    ("по март 2026 года", "27 қарашаға дейін") into one span."""
    joined: list[Period] = []
    for period in periods:
        last = joined[-1] if joined else None
        if (
            last is not None and last.period_start is not None and not last.is_deadline
            and (last.period_end is None or last.period_end > last.period_start)
            and period.period_end is not None and period.period_end > last.period_start
            and (period.is_deadline or period.period_start is None or period.period_start > last.period_start)
            and _FROM_TO_BETWEEN.fullmatch(sentence, last.end, period.start)
            and _opens_span(sentence, last)
        ):  # fmt: skip
            end = period.period_end
            same_year = _SAME_YEAR.match(sentence, period.end)
            if same_year and end.year != last.period_start.year:
                # "С начала 2023 года по 6 ноября того же года": the end in the start's year
                with suppress(ValueError):  # 29 February: the end as it was
                    end = end.replace(year=last.period_start.year)
            joined[-1] = replace(
                last, end=same_year.end() if same_year else period.end, period_end=end, is_deadline=False
            )
        else:
            joined.append(period)
    return joined


def _opens_span(sentence: str, period: Period) -> bool:
    """True for a phrase that starts a span: "с ...", "начиная с ...", "... бастап"."""
    text = sentence[period.start : period.end].lower()
    return text.startswith(("с ", "со ", "начиная")) or text.endswith(("бастап", "басынан"))


# Russian verbs that tell a figure ahead: the compound future and the perfective futures of a
# report's level ("составит", "вырастет"), which the present's endings cannot tell apart
_RU_AHEAD = re.compile(
    r"(?<!\w)(?:будет|будут|станет|станут|составит|составят|вырастет|вырастут|увеличится|увеличатся|"
    r"повысится|повысятся|снизится|снизятся|сократится|сократятся|достигнет|достигнут|вступит|вступят|"
    r"изменится|изменятся|начнет|начнёт|начнут|проиндексируют|повысят|увеличат|получат|сможет|смогут)(?!\w)",
    re.I,
)


# "тоқсанға арналған", "айға арналған": the span a plan or task is meant for
_KK_MEANT_FOR = re.compile(r"\s*арналған(?!\w)", re.I)
# a future participle of a deed right after a day or month: "шілдеде ашылатын", "наурызда іске қосылатын"
# (with the thing done named between: "1 қыркүйекте сабақ бастайтын оқушылар")
_KK_PARTICIPLE_AHEAD = re.compile(
    r"\s+(?:іске\s+|пайдалануға\s+|(?:сабақ|оқу|жұмыс|есік)\w*\s+)?[^\W\d]+(?:ыл|іл|л|н|ын|ін)?(?:атын|етін|йтын|йтін)(?!\w)",
    re.I,
)


def _kk_month_ahead(sentence: str) -> bool:
    """A Kazakh sentence told ahead: a future or an intent, or a passive aorist, what is to be done
    to things ("іске қосылады", "пайдалануға беріледі"), as the kind readers take it; in a quote, its
    own verb, not the saying after it ('«... 4 мектеп пайдалануға беріледі», деді әкім')."""
    said = _KK_QUOTE_SAID.search(sentence)
    predicate = read_predicate(sentence, 0, said.start() if said else len(sentence))
    return predicate is not None and (
        predicate.tense in ("future", "intent") or (predicate.tense == "aorist" and predicate.passive)
    )


# a speech, a meeting or a document the day before it is the day of: "1 қыркүйектегі Жолдауында",
# "21 қазандағы Үкімет отырысында", "... брифингте"
_KK_DAY_OF_A_SPEECH = re.compile(
    r"(?:дағы|дегі|тағы|тегі)?\s+(?:[^\W\d]+\s+){0,2}?(?:Жолдау|отырыс|брифинг|жиын|кеңес|сөз|мәлімдеме|"
    r"жарлы|қаулы|баяндама)\w*",
    re.I,
)


# a year written in the sentence, or a record or a first time measured over the years
_KK_YEARS_NOT_BACK = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|(?<!\w)(?:алғаш|тұңғыш|рекорд)", re.I)
# the end of a Kazakh clause: a comma, a semicolon or the sentence's end
_KK_CLAUSE_END = re.compile(r"[,;]|$")


def _kk_clause_tense(sentence: str, start: int) -> str | None:
    """The tense of the verb ending the Kazakh clause that runs on from `start` ("Үш жыл ішінде 9 мектеп
    салынды, биыл тағы 3 мектеп салынады": "салынды"); a clause with no verb of its own before the
    comma (a list) takes the sentence's."""
    said = _KK_QUOTE_SAID.search(sentence)
    limit = said.start() if said else len(sentence)
    for end in _KK_CLAUSE_END.finditer(sentence, start, limit):
        predicate = read_predicate(sentence, start, end.start())
        if predicate is not None and predicate.tense != "nominal":
            return predicate.tense
    predicate = read_predicate(sentence, 0, limit)
    return predicate.tense if predicate is not None else None


def _kk_in_force_now(sentence: str) -> bool:
    """A Kazakh sentence whose own verb is in the aorist or told ahead ("қолданылады", "жұмыс
    істейді", "беріледі"), with no clause of it told in the past ("... көмек алды, биыл да беріледі"):
    what it says holds now or from now on, not a past account."""
    said = _KK_QUOTE_SAID.search(sentence)
    limit = said.start() if said else len(sentence)
    opened = 0
    for end in _KK_CLAUSE_END.finditer(sentence, 0, limit):
        predicate = read_predicate(sentence, opened, end.start())
        if predicate is not None and predicate.tense in ("past", "perfect"):
            return False
        opened = end.end()
        if end.start() >= limit:
            break
    predicate = read_predicate(sentence, 0, limit)
    return predicate is not None and predicate.tense in ("aorist", "future", "intent")


def _kk_aorist_nearer_ahead(sentence: str, language: str, start: date, published: date) -> bool:
    """A Kazakh start day told in the aorist ("1 қаңтардан бастап 95 950 теңге болады", "... 16
    теңге 89 тиынға түседі" told in December): the aorist tells what holds from then on, so the day
    is the nearer of the two, the one ahead once the one gone by is more than half a year back (a
    raise told in the aorist a month after its day, "1 шілдеден бастап ... өседі" in August, keeps it)."""
    if language != "kk" or (published - start).days <= 183:
        return False
    said = _KK_QUOTE_SAID.search(sentence)  # '"... 95 950 теңге болады", — дейді ...': the quote's own verb
    predicate = read_predicate(sentence, 0, said.start() if said else len(sentence))
    return predicate is not None and predicate.tense == "aorist"


# the close of a quote and the dash before who said it, or the verb of saying right after it
# ('», деді С.Кулагин', '», – дейді ол')
_KK_QUOTE_SAID = re.compile(r"[\"»”]\s*,?\s*(?:[-–—]\s|(?:деді|дейді|деп|айтты|мәлімдеді)(?!\w))")


# the object of a task or a plan: a verbal noun before "жөнінде/туралы", or the task's own words
_KK_TASK = re.compile(
    r"(?<!\w)(?:тапсырма\w*|міндет\w*|жоспар\w*|көзде\w*)(?!\w)|"
    # ("салу тапсырылды", "салуды тапсырды"; not "пайдалануға тапсырылды", commissioned)
    r"[^\W\d]+[уү](?:ды|ді)?\s+(?:жөнінде|туралы|тапсыр\w*|жүкте\w*)(?!\w)",
    re.I,
)


def _kk_years_deed(sentence: str) -> bool:
    """Whether a Kazakh sentence tells a deed gone by (past or perfect, no task or plan in it), over
    which a term of years with no start closes the years in view."""
    said = _KK_QUOTE_SAID.search(sentence)
    predicate = read_predicate(sentence, 0, said.start() if said else len(sentence))
    return (
        predicate is not None
        and predicate.tense in ("past", "perfect")
        and not predicate.planning
        and _KK_TASK.search(sentence) is None
    )


# a plan told with no past beside it: "планируется приобрести", "запланировано открытие", "предстоит"
_RU_PLANNED = re.compile(r"(?<!\w)(?:планиру\w+|запланирован\w*|предстоит|намечен\w*)(?!\w)", re.I)


def _ru_planned_only(sentence: str, start: int, end: int) -> bool:
    """Whether the clause of a Russian sentence that holds the words at start:end tells a plan and no
    deed done (no past, no short participle): "Для школы была приобретена автомашина, в ноябре месяце
    планируется приобрести автомобиль" (the month's clause is the plan's)."""
    opened = max(sentence.rfind(",", 0, start), sentence.rfind(";", 0, start)) + 1
    closed = min(
        (i for i in (sentence.find(",", end), sentence.find(";", end)) if i >= 0), default=len(sentence)
    )
    if _RU_PLANNED.search(sentence, opened, closed) is None:
        return False
    return not any(t in ("past", "done") for _, t in clause_tenses(sentence, opened, closed))


def _told_ahead(sentence: str, language: str) -> bool:
    """Whether a sentence tells its figures as ahead (a future verb, no past one), so a start day
    without a year that is behind the report is next year's."""
    if language == "ru":
        past = any(t in ("past", "done") for _, t in clause_tenses(sentence, 0, len(sentence)))
        return not past and _RU_AHEAD.search(sentence) is not None
    if language == "kk":
        # ('«... 4 мектеп пайдалануға беріледі», деді әкім': the quote's own verb, not the saying)
        said = _KK_QUOTE_SAID.search(sentence)
        predicate = read_predicate(sentence, 0, said.start() if said else len(sentence))
        return predicate is not None and predicate.tense in ("future", "intent")
    return False
