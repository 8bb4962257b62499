"""Kazakh period forms (twenty-second session), sentences of our own in the shapes of regional and
statistics reporting, each reading decided from tests/realworld/FORMAT.md before any run.

1. A comparison base marked by "былтырғы" that the base readers missed, so that last year became the
   figure's period (and, carried on, the period of the sentences after it). FORMAT.md: a figure's
   comparison base is not its period; in "rose from X to Y" X is the earlier level, Y the new one.
   - the level a measure stayed at: "..., былтырғы деңгейде қалды", "былтырғы деңгейінде сақталды"
     (cyrillic_scope_carry._is_comparison, as "2022 жылғы деңгейде қалып" already was);
   - a base told over a span of its own in three words: "Бұл былтырғы алғашқы жарты жылдағы көлемнен
     4,6% көп" (cyrillic_scope_carry._KK_COMPARISON_AFTER; the half-year is no other year in the gap);
   - the old level of a share in the possessive: "күнкөріс деңгейінің былтырғы 65%-ынан 70%-ына дейін"
     (cyrillic_scope_carry._KK_FROM_LEVEL): the old level last year's, the new one the sentence's.
   - a level, figure, volume or amount of last year in the dative, instrumental or locative: "былтырғы
     деңгейге жетті", "былтырғы көрсеткішпен бірдей болды" (cyrillic_scope_carry._KK_LEVEL_AT); the
     nominative ("Былтырғы көрсеткіш 45 млрд теңгені құрады") is that year's own figure.
   Look-alikes keep their reading: last year as the figure's own period, a base with a year of its own,
   the subsistence level ("күнкөріс деңгейінің 120%-ына", a measure, not a base) after a deadline or "биыл".
2. A yearless span from 1 January to 31 December told in the aorist as in force ("Лимит 1 қаңтардан 31
   желтоқсанға дейінгі кезеңге қолданылады" told in February) is the year under way, not last year's
   (FORMAT.md: a date without a year takes the year in scope; cyrillic_periods, kind "between"). A past
   verb keeps last year's span, and a span the report's day is not in keeps its reading.
3. Years counted with no word of which way, "Бес жыл ішінде ... көбейді", "Үш жыл ішінде ... бой
   көтерді": with a past verb, the years up to publication; in the aorist or a future, the years from it
   (FORMAT.md: "over the past 3 years", "within 3 years"; cyrillic_periods, kind "bare_years"). A start
   written before it ("2023 жылдан бастап бес жыл ішінде") keeps its reading. Narrowed after a probe of
   look-alikes (_LOOK_ALIKES below): the verb is the clause's own, not the sentence's last ("..., оған 5
   млрд теңге бөлінді"); a year written in the sentence, a record or a first time, and a term told in the
   aorist ("Кредит 5 жыл ішінде өтеледі") leave it unread, as does the term of a task or plan given
   ("... алты жыл ішінде 2 000 шақырым жол салу жөнінде тапсырма берген", tests/test_real20kk_classes.py).
4. Pupils studying or teachers teaching ("Оларда 58 мыңнан астам оқушы білім алады", "Оқушыларға 320
   мыңнан астам ұстаз білім береді") under a school year only an earlier sentence or the headline named,
   told in its last days before it opens or as it opens: a present state with no date of its own, dated at
   the report (FORMAT.md), no longer over the school year (the kind was already actual since +k21kk;
   cyrillic_sentence_reader, and "білім береді" a stative pair in kk_predicate). A school year named in
   the sentence itself keeps it.
5. "маусымдар" (seasons, plural: "Аулау көктем мен күз маусымдарында жүргізілді") is no month: June is
   never plural, so the sentence no longer moves the article into June (cyrillic_periods._season_word).
   "Маусымда", "Биылғы маусымда" stay June.
6. The present progressive of a verb whose stem has two letters ("22 дәрігер білім алуда", "2500 адам
   еңбек етуде", "өсуде") is how things stand now, as "салынуда" already was: dated at the report, not
   under a past year told in the sentence before (kk_predicate._PROGRESSIVE). "сатып алуда" inside a clause
   (in procurement, a noun) and a locative noun ("тауда") change nothing.
7. The territory of a place told in the aorist ("облыстың жалпы аумағы 16 500 000 гектарды құрайды") after
   a plan of the year or a past year's deeds: what stands now, dated at the report, as the area, length and
   capacity already were (cyrillic_reader_patterns._KK_SIZE_STANDS; FORMAT.md: a present-tense state).
   A park's or a plant's area, which may be works still ahead, keeps the year told before; a capacity
   ("сыйымдылығы") was tried and left out, since it is as often a plant's to be built.
8. Years counted ahead or back ("алдағы бес жылда", "соңғы үш жылда") right after the day of a speech,
   a meeting or a document named in the same sentence ("2021 жылғы 1 қыркүйектегі Жолдауында", "12
   мамырдағы Үкімет отырысында") run from that day, not from the report (FORMAT.md dates what was told on
   an earlier day named in the sentence at that day; cyrillic_periods, _KK_DAY_OF_A_SPEECH). A year with
   no day ("2022 жылғы Жолдауында") and "бүгін" keep publication.
"""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators
from tests.figure_lookup import figure_by_surface, span

Span = tuple[date | None, date | None]


def _year(year: int) -> Span:
    return date(year, 1, 1), date(year, 12, 31)


def _days(first: date, last: date) -> Span:
    return first, last


# (title, body, surface, published, expected span)
_CASES: list[tuple[str, str, str, date, Span]] = [
    # 1. bases marked by "былтырғы"
    (
        "Өнеркәсіп өнімі өсті",
        "Биылғы ақпанда өнеркәсіп өнімі 210 млрд теңгеге жетті. Тау-кен өндірісінде 45 млрд теңгенің өнімі "
        "шығарылды, былтырғы деңгейде қалды.",
        "45 млрд теңгенің",
        date(2024, 3, 20),
        _days(date(2024, 2, 1), date(2024, 2, 29)),
    ),
    (
        "Өнеркәсіп өнімі өсті",
        "Биылғы ақпанда өнеркәсіп өнімі 210 млрд теңгеге жетті. Өңдеу өнеркәсібінде нақты көлем индексі "
        "101%-ды құрап, былтырғы деңгейінде сақталды.",
        "101%-ды",
        date(2024, 3, 20),
        _days(date(2024, 2, 1), date(2024, 2, 29)),
    ),
    (
        "Балық аулау",
        "2024 жылдың қаңтар–наурыз айларында 12 мың тонна балық ауланды. Бұл былтырғы алғашқы тоқсандағы "
        "көлемнен 6,2% көп.\nАтырау облысында 3,1 мың тонна балық ауланды.",
        "6,2%",
        date(2024, 4, 25),
        _days(date(2024, 1, 1), date(2024, 3, 31)),
    ),
    (
        "Балық аулау",
        "2024 жылдың қаңтар–наурыз айларында 12 мың тонна балық ауланды. Бұл былтырғы алғашқы тоқсандағы "
        "көлемнен 6,2% көп.\nАтырау облысында 3,1 мың тонна балық ауланды.",
        "3,1 мың тонна",
        date(2024, 4, 25),
        _days(date(2024, 1, 1), date(2024, 3, 31)),
    ),
    (
        "Сүт өндірісі",
        "2024 жылдың бірінші жартыжылдығында 1,9 млн тонна сүт өндірілді. Бұл былтырғы алғашқы жарты "
        "жылдағы көлемнен 3,8% аз.\nАқмола облысында 210 мың тонна сүт сауылды.",
        "3,8%",
        date(2024, 8, 12),
        _days(date(2024, 1, 1), date(2024, 6, 30)),
    ),
    (
        "Сүт өндірісі",
        "2024 жылдың бірінші жартыжылдығында 1,9 млн тонна сүт өндірілді. Бұл былтырғы алғашқы жарты "
        "жылдағы көлемнен 3,8% аз.\nАқмола облысында 210 мың тонна сүт сауылды.",
        "210 мың тонна",
        date(2024, 8, 12),
        _days(date(2024, 1, 1), date(2024, 6, 30)),
    ),
    (
        "Жалақы",
        "2024 жылы ең төменгі жалақы мөлшері орташа жалақының былтырғы 40%-ынан 45%-ына дейін көтерілді.",
        "40%-ынан",
        date(2024, 5, 10),
        _year(2023),
    ),
    (
        "Жалақы",
        "2024 жылы ең төменгі жалақы мөлшері орташа жалақының былтырғы 40%-ынан 45%-ына дейін көтерілді.",
        "45%-ына",
        date(2024, 5, 10),
        _year(2024),
    ),
    (
        "Стипендия",
        "Биыл стипендия мөлшері күнкөріс деңгейінің былтырғы 80%-ынан 90%-ына дейін ұлғайтылды.",
        "80%-ынан",
        date(2025, 3, 1),
        _year(2024),
    ),
    (
        "Стипендия",
        "Биыл стипендия мөлшері күнкөріс деңгейінің былтырғы 80%-ынан 90%-ына дейін ұлғайтылды.",
        "90%-ына",
        date(2025, 3, 1),
        _year(2025),
    ),
    (
        "Ақпанда өнім өсті",
        "Биылғы ақпанда өнім 210 млрд теңгеге жетті. Экспорт 45 млрд теңгені құрап, былтырғы көрсеткішпен бірдей "
        "болды.",
        "45 млрд теңгені",
        date(2024, 3, 20),
        _days(date(2024, 2, 1), date(2024, 2, 29)),
    ),
    (
        "Ақпанда өнім өсті",
        "Биылғы ақпанда өнім 210 млрд теңгеге жетті. Экспорт 45 млрд теңгені құрап, былтырғы деңгейге жетті.",
        "45 млрд теңгені",
        date(2024, 3, 20),
        _days(date(2024, 2, 1), date(2024, 2, 29)),
    ),
    ("Өнім", "Былтырғы көрсеткіш 45 млрд теңгені құрады.", "45 млрд теңгені", date(2024, 3, 20), _year(2023)),
    ("Өнім", "Былтырғы көлем 45 млрд теңге болды.", "45 млрд теңге", date(2024, 3, 20), _year(2023)),
    (
        "Өнім",
        "Былтыр экспорт 2022 жылғы деңгейге жетіп, 45 млрд теңге болды.",
        "45 млрд теңге",
        date(2024, 3, 20),
        _year(2023),
    ),
    # look-alikes: last year as the figure's own, a base with its own year, the subsistence level
    ("Өнім", "Былтыр өнім көлемі 45 млрд теңге болды.", "45 млрд теңге", date(2024, 3, 20), _year(2023)),
    (
        "Өнім",
        "Былтырғы өнім 45 млрд теңгені құрады, бұл 2022 жылғы деңгейден 5%-ға жоғары.",
        "45 млрд теңгені",
        date(2024, 3, 20),
        _year(2023),
    ),
    (
        "Өнім",
        "Былтыр өнім 45 млрд теңгені құрап, 2022 жылғы деңгейде қалды.",
        "45 млрд теңгені",
        date(2024, 3, 20),
        _year(2023),
    ),
    (
        "Экспорт",
        "Биыл ақпанда экспорт 12 мың тоннаға жетті, бұл былтырғы ақпандағы көрсеткіштен 8%-ға көп.",
        "8%-ға",
        date(2024, 3, 20),
        _days(date(2024, 2, 1), date(2024, 2, 29)),
    ),
    (
        "Шек",
        "Тапсырмаға сәйкес 2027 жылға дейін бұл шек күнкөріс деңгейінің 120%-ына жеткізілуі тиіс.",
        "120%-ына",
        date(2024, 3, 20),
        (None, date(2027, 12, 31)),
    ),
    (
        "Шығын",
        "Министрлік шығынның өсуін биыл ең төменгі күнкөріс деңгейінің 7,2%-ға көтерілуімен байланыстырады.",
        "7,2%-ға",
        date(2024, 10, 10),
        _year(2024),
    ),
    # 2. a yearless span in force
    (
        "Балық аулау лимиті",
        "2026 жылы облысқа 12 400 тонна балық аулау лимиті бөлінді. Лимит 1 қаңтардан 31 желтоқсанға дейін "
        "қолданылады. Оның 9 800 тоннасы – килька.",
        "9 800 тоннасы",
        date(2026, 3, 5),
        _year(2026),
    ),
    (
        "Жеңілдік",
        "1 қаңтардан 31 желтоқсанға дейін жеңілдік 5 мың отбасына беріледі.",
        "5 мың",
        date(2025, 2, 10),
        _year(2025),
    ),
    (
        "Бағдарлама",
        "Бағдарлама 1 қаңтардан 31 желтоқсанға дейін жұмыс істейді. Оған 2 мың кәсіпкер қатысады.",
        "2 мың",
        date(2025, 2, 10),
        _year(2025),
    ),
    # look-alikes: a past verb keeps last year's span; a span the report's day is not in keeps it
    (
        "Жеңілдік",
        "1 қаңтардан 31 желтоқсанға дейін 5 мың отбасы жеңілдік алды.",
        "5 мың",
        date(2025, 2, 10),
        _year(2024),
    ),
    (
        "Балық",
        "1 наурыздан 30 қарашаға дейін 800 тонна балық ауланды.",
        "800 тонна",
        date(2025, 2, 10),
        _days(date(2024, 3, 1), date(2024, 11, 30)),
    ),
    # 3. years counted with no word of which way
    (
        "Балық өсіру",
        "Бес жыл ішінде елдегі балық өсірушілер саны төрт есеге көбейді.",
        "төрт есеге",
        date(2025, 12, 11),
        _days(date(2020, 12, 11), date(2025, 12, 11)),
    ),
    (
        "Әкім есебі",
        "Үш жыл ішінде өңірде 4 мың оқушы орнына есептелген 7 мектеп бой көтерді, олардың бесеуі биыл "
        "пайдалануға берілді.",
        "7",
        date(2024, 12, 20),
        _days(date(2021, 12, 20), date(2024, 12, 20)),
    ),
    (
        "Жұмыс орындары",
        "Кәсіпорын екі жыл ішінде 300 адамды жұмысқа алды.",
        "300",
        date(2025, 6, 2),
        _days(date(2023, 6, 2), date(2025, 6, 2)),
    ),
    (
        "Мектептер",
        "Үш жыл ішінде облыста 12 мектеп салынбақ.",
        "12",
        date(2025, 12, 11),
        _days(date(2025, 12, 11), date(2028, 12, 11)),
    ),
    # look-alikes: a start written before the years, "соңғы" and "алдағы" as before
    (
        "Зейнетақы",
        "Бағдарлама бойынша 2023 жылдан бастап бес жыл ішінде зейнетақы 70%-ға дейін жеткізіледі.",
        "70%-ға",
        date(2025, 12, 11),
        _days(date(2023, 1, 1), date(2027, 12, 31)),
    ),
    (
        "Экспорт",
        "Соңғы үш жыл ішінде Қытайға астық экспорты 4,2 есеге артты.",
        "4,2 есеге",
        date(2024, 9, 27),
        _days(date(2021, 9, 27), date(2024, 9, 27)),
    ),
    (
        "Кезек",
        "Алдағы бес жылда кезекте тұрғандар санын 40%-ға азайту жоспарланып отыр.",
        "40%-ға",
        date(2024, 2, 6),
        _days(date(2024, 2, 6), date(2029, 2, 6)),
    ),
    # 4. pupils and teachers under a school year told before
    (
        "Облыста жаңа оқу жылында 5 мыңға жуық бала бірінші сыныпқа барады",
        "Облыста жаңа оқу жылына дайындық аяқталды. Өңірде 312 мектеп жұмыс істейді. Оларда 58 мыңнан астам "
        "оқушы білім алады.",
        "58 мыңнан",
        date(2024, 8, 29),
        _days(date(2024, 8, 29), date(2024, 8, 29)),
    ),
    (
        "Елімізде 3,7 млн оқушы жаңа оқу жылын бастады",
        "2 қыркүйекте мектептерде жаңа оқу жылы басталды. Бүгін партаға 3,7 млн оқушы отырды. Оқушыларға 320 "
        "мыңнан астам ұстаз білім береді.",
        "320 мыңнан",
        date(2024, 9, 2),
        _days(date(2024, 9, 2), date(2024, 9, 2)),
    ),
    # look-alikes: the school year named in the sentence itself
    (
        "Мектептер",
        "2024-2025 оқу жылында өңірде 157 мектеп жұмыс істейді, оларда 64 мың оқушы білім алады.",
        "64 мың",
        date(2024, 9, 10),
        _days(date(2024, 9, 1), date(2025, 5, 31)),
    ),
    (
        "Мектептер",
        "Жаңа оқу жылында облыс мектептерінде 120 мыңға жуық бала білім алады.",
        "120 мыңға",
        date(2024, 8, 29),
        _days(date(2024, 9, 1), date(2025, 5, 31)),
    ),
    # 6. the progressive of two-letter stems
    (
        "Аурухана ашылды",
        "Өткен жылы облыста 3 аурухана ашылды. Резидентурада 22 дәрігер білім алуда.",
        "22",
        date(2018, 11, 20),
        _days(date(2018, 11, 20), date(2018, 11, 20)),
    ),
    (
        "Зауыт салынып жатыр",
        "2020 жылы зауыттың құрылысы басталды. Бұл нысанның құрылысында 2500 адам еңбек етуде.",
        "2500",
        date(2021, 12, 24),
        _days(date(2021, 12, 24), date(2021, 12, 24)),
    ),
    # look-alikes: "алуда" as a noun inside the clause, a locative noun
    (
        "Сатып алу",
        "Өткен жылы мемлекеттік сатып алуда 40%-ы отандық өнім болды.",
        "40%-ы",
        date(2018, 11, 20),
        _year(2017),
    ),
    (
        "Туризм",
        "Өткен жылы облысқа 30 мың турист келді. Олардың 12 мыңы тауда демалды.",
        "12 мыңы",
        date(2018, 11, 20),
        _year(2017),
    ),
    # 7. the territory of a place
    (
        "Ағаш",
        "Биыл 2 мың гектарға 3 млн түп көшет отырғызылмақ.\nБасқарма дерегінше, облыстың жалпы аумағы 16 500 000 "
        "гектарды құрайды.",
        "16 500 000 гектарды",
        date(2025, 2, 14),
        _days(date(2025, 2, 14), date(2025, 2, 14)),
    ),
    (
        "Ауыл",
        "Өткен жылы ауданда 40 шақырым жол жөнделді. Ауданның жалпы аумағы 12 мың шаршы шақырымды құрайды.",
        "12 мың шаршы шақырымды",
        date(2025, 3, 10),
        _days(date(2025, 3, 10), date(2025, 3, 10)),
    ),
    # look-alikes: a park to be built, a year of its own
    (
        "Саябақ",
        "Биыл қалада жаңа саябақ салынады. Саябақтың аумағы 12 гектарды құрайды.",
        "12 гектарды",
        date(2025, 3, 10),
        _year(2025),
    ),
    (
        "Ауыл",
        "2024 жылы ауданның аумағы 12 мың шаршы шақырымды құрады.",
        "12 мың шаршы шақырымды",
        date(2025, 3, 10),
        _year(2024),
    ),
    # 8. years counted from the day of a speech or a meeting
    (
        "Ауыз су",
        "Мемлекет басшысы 2021 жылғы 1 қыркүйектегі Жолдауында Үкіметке алдағы бес жылда халықты 100% таза "
        "ауыз сумен қамтамасыз етуді тапсырған болатын.",
        "100%",
        date(2023, 9, 9),
        _days(date(2021, 9, 1), date(2026, 9, 1)),
    ),
    (
        "Инвестиция",
        "Министр 2023 жылғы 12 мамырдағы Үкімет отырысында соңғы үш жылда 1,2 трлн теңге инвестиция "
        "тартылғанын айтты.",
        "1,2 трлн теңге",
        date(2023, 9, 9),
        _days(date(2020, 5, 12), date(2023, 5, 12)),
    ),
    (
        "Мектептер",
        "Әкім 15 наурызда өткен брифингте алдағы екі жылда 40 мектеп салынатынын айтты.",
        "40",
        date(2024, 3, 20),
        _days(date(2024, 3, 15), date(2026, 3, 15)),
    ),
    # look-alikes: a year with no day, "бүгін"
    (
        "Мектептер",
        "Президент 2022 жылғы Жолдауында алдағы бес жылда 1000 мектеп салуды тапсырды.",
        "1000",
        date(2024, 3, 20),
        _days(date(2024, 3, 20), date(2029, 3, 20)),
    ),
    (
        "Мектептер",
        "Әкім бүгін алдағы екі жылда 40 мектеп салынатынын айтты.",
        "40",
        date(2024, 3, 20),
        _days(date(2024, 3, 20), date(2026, 3, 20)),
    ),
    # 5. seasons in the plural
    (
        "Балық",
        "Атырау облысында 2023 жылы 6 мың тонна балық ауланды. Аулау көктем мен күз маусымдарында жүргізілді. "
        "Теңізде 4 мың тонна балық ауланды.",
        "4 мың тонна",
        date(2024, 1, 12),
        _year(2023),
    ),
    # look-alikes: June
    (
        "Балық",
        "Маусымда 3 мың тонна балық ауланды.",
        "3 мың тонна",
        date(2024, 8, 10),
        _days(date(2024, 6, 1), date(2024, 6, 30)),
    ),
    (
        "Балық",
        "Биылғы маусымда 3 мың тонна балық ауланды.",
        "3 мың тонна",
        date(2024, 8, 10),
        _days(date(2024, 6, 1), date(2024, 6, 30)),
    ),
]


@pytest.mark.parametrize(
    ("title", "body", "surface", "published", "expected"),
    _CASES,
    ids=[f"{c[2]}:{c[1][:36]}" for c in _CASES],
)
def test_kk_period_forms22(title: str, body: str, surface: str, published: date, expected: Span) -> None:
    figure = figure_by_surface(body, surface, published, title=title, language="kk")
    assert span(figure) == expected


def _not(span_: Span) -> tuple[str, Span]:
    return ("not", span_)


# Look-alikes of the rules above, written and labelled before they ran (the probe of this session); the
# six the first version of the rules read wrong, and the start right, are marked "narrowed".
_LOOK_ALIKES: list[tuple[str, str, str, date, Span | tuple[str, Span]]] = [
    # a base marked by "былтырғы" negated: the figure keeps the month in scope
    (
        "Қаңтарда өнім өсті",
        "Биылғы қаңтарда өнім 150 млрд теңгеге жетті. Өнім көлемі былтырғы деңгейде қалмай, 12%-ға өсті.",
        "12%-ға",
        date(2024, 2, 10),
        _days(date(2024, 1, 1), date(2024, 1, 31)),
    ),
    (
        "Өнім",
        "Былтыр өндіріс 2022 жылғы деңгейде қалып, 4,1 млн тонна болды.",
        "4,1 млн тонна",
        date(2024, 2, 10),
        _year(2023),
    ),
    # narrowed: the adverb "Былтыр" before a noun phrase in the ablative is the figure's own year
    (
        "Экспорт",
        "Былтыр жалпы өндірілген ет көлемінен 12%-ы экспортталды.",
        "12%-ы",
        date(2024, 5, 10),
        _year(2023),
    ),
    (
        "Өнім",
        "2023 жылы өнім 40 мың тонна болды, бұл 2022 жылғы жалпы өндіріс көлемінен 5% көп.",
        "5%",
        date(2024, 5, 10),
        _year(2023),
    ),
    (
        "Өнім",
        "Былтыр бидай өнімі алдыңғы бес жылдың орташа көлемінен 15% көп болды.",
        "15%",
        date(2024, 5, 10),
        _year(2023),
    ),
    ("Үлес", "2023 жылғы 10%-ынан 12%-ына дейін өсті.", "10%-ынан", date(2024, 5, 10), _year(2023)),
    # a span in force told in a quote, a cap in force; narrowed: a clause told in the past keeps last year's
    (
        "Көмек",
        "«1 қаңтардан 31 желтоқсанға дейін 5 мың отбасына көмек көрсетіледі», – деді министр.",
        "5 мың",
        date(2025, 2, 10),
        _year(2025),
    ),
    (
        "Лимит",
        "1 қаңтардан 31 желтоқсанға дейін лимит 12 мың тоннадан аспайды.",
        "12 мың тоннадан",
        date(2025, 2, 10),
        _year(2025),
    ),
    (
        "Көмек",
        "1 қаңтардан 31 желтоқсанға дейін 5 мың отбасы көмек алды, биыл да көмек беріледі.",
        "5 мың",
        date(2025, 2, 10),
        _year(2024),
    ),
    (
        "Көмек",
        "1 қаңтардан 31 желтоқсанға дейін 5 мың отбасы көмек алған.",
        "5 мың",
        date(2025, 2, 10),
        _year(2024),
    ),
    (
        "Көмек",
        "Былтыр 1 қаңтардан 31 желтоқсанға дейін 5 мың отбасы көмек алды.",
        "5 мың",
        date(2025, 2, 10),
        _year(2024),
    ),
    # narrowed: years counted in another clause, after a year of their own, before a record, or a term
    (
        "Жоба",
        "Жоба екі жыл ішінде іске асырылады, оған 5 млрд теңге бөлінді.",
        "5 млрд теңге",
        date(2025, 3, 1),
        _not(_days(date(2023, 3, 1), date(2025, 3, 1))),
    ),
    (
        "Кредит",
        "Кредит 5 жыл ішінде өтеледі, оның мөлшері 3 млн теңге.",
        "3 млн теңге",
        date(2025, 3, 1),
        _not(_days(date(2025, 3, 1), date(2030, 3, 1))),
    ),
    (
        "Жоба",
        "2020 жылы басталған жоба үш жыл ішінде аяқталды, оған 4 млрд теңге жұмсалды.",
        "4 млрд теңге",
        date(2025, 3, 1),
        _not(_days(date(2022, 3, 1), date(2025, 3, 1))),
    ),
    (
        "Мектеп",
        "Үш жыл ішінде 9 мектеп салынды, биыл тағы 3 мектеп салынады.",
        "9",
        date(2025, 3, 1),
        _days(date(2022, 3, 1), date(2025, 3, 1)),
    ),
    (
        "Мектеп",
        "Үш жыл ішінде 9 мектеп салынды, биыл тағы 3 мектеп салынады.",
        "3",
        date(2025, 3, 1),
        _year(2025),
    ),
    (
        "Құбыр",
        "Әкімдікке бес жыл ішінде 300 шақырым құбыр тарту міндеті жүктелген.",
        "300 шақырым",
        date(2024, 3, 20),
        _not(_days(date(2019, 3, 20), date(2024, 3, 20))),
    ),
    (
        "Экспорт",
        "Он жыл ішінде алғаш рет астық экспорты 12 млн тоннадан асты.",
        "12 млн тоннадан",
        date(2025, 3, 1),
        _not(_days(date(2015, 3, 1), date(2025, 3, 1))),
    ),
    (
        "Зауыт",
        "Зауыт бес жыл ішінде 200 адамды жұмыспен қамтиды.",
        "200",
        date(2025, 3, 1),
        _not(_days(date(2020, 3, 1), date(2025, 3, 1))),
    ),
    # a second round of look-alikes: June and seasons, the progressive, a territory with a time of its own,
    # a day of a speech, a school year of its own, a span with a year, a base negated or opening the sentence
    (
        "Экспорт",
        "Маусымдағы экспорт 40 мың тонна болды.",
        "40 мың",
        date(2024, 8, 10),
        _days(date(2024, 6, 1), date(2024, 6, 30)),
    ),
    (
        "Туризм",
        "Биылғы маусым айында 3 мың турист келді.",
        "3 мың",
        date(2024, 8, 10),
        _days(date(2024, 6, 1), date(2024, 6, 30)),
    ),
    (
        "Егін",
        "Егін маусымдарында 500 техника жұмыс істейді.",
        "500",
        date(2024, 8, 10),
        _days(date(2024, 8, 10), date(2024, 8, 10)),
    ),
    (
        "Білім",
        "Қазір 40 бала білім алуда.",
        "40",
        date(2024, 8, 10),
        _days(date(2024, 8, 10), date(2024, 8, 10)),
    ),
    ("Білім", "Өткен жылы 40 бала білім алды.", "40", date(2024, 8, 10), _year(2023)),
    ("Баға", "Былтыр бағалар 5%-ға өсті, биыл да өсуде.", "5%", date(2024, 8, 10), _year(2023)),
    (
        "Қала",
        "Қаланың аумағы 2030 жылға қарай 30 мың гектарға жетеді.",
        "30 мың",
        date(2024, 8, 10),
        (None, date(2030, 12, 31)),
    ),
    ("Қала", "Былтыр қаланың аумағы 25 мың гектарға жетті.", "25 мың", date(2024, 8, 10), _year(2023)),
    (
        "Мектеп",
        "Әкім 2024 жылғы 15 наурызда брифингте алдағы екі жылда 40 мектеп салынатынын айтты.",
        "40",
        date(2024, 3, 20),
        _days(date(2024, 3, 15), date(2026, 3, 15)),
    ),
    (
        "Мектеп",
        "2024 жылғы 15 наурыздағы жағдай бойынша соңғы үш жылда 40 мектеп салынды.",
        "40",
        date(2024, 3, 20),
        _not(_days(date(2021, 3, 15), date(2024, 3, 15))),
    ),
    (
        "Мектеп",
        "2023-2024 оқу жылында 300 мың оқушы білім алды.",
        "300 мың",
        date(2024, 8, 20),
        _days(date(2023, 9, 1), date(2024, 5, 31)),
    ),
    (
        "Лимит",
        "Былтыр 1 қаңтардан 31 желтоқсанға дейін лимит 12 мың тонна болды.",
        "12 мың",
        date(2025, 2, 10),
        _year(2024),
    ),
    (
        "Лимит",
        "2024 жылы 1 қаңтардан 31 желтоқсанға дейін 12 мың тонна балық аулауға рұқсат етіледі.",
        "12 мың",
        date(2025, 2, 10),
        _year(2024),
    ),
    (
        "Үлес",
        "Биыл экспорттың үлесі былтырғы деңгейіне жетпей, 12%-ды құрады.",
        "12%",
        date(2024, 8, 20),
        _year(2024),
    ),
    (
        "Өнім",
        "Өткен жылғы көрсеткішке қарағанда биыл 12%-ға көп өнім алынды.",
        "12%",
        date(2024, 8, 20),
        _year(2024),
    ),
    # June beside seasons in the plural
    (
        "Демалыс",
        "Маусымда 3 мың турист келді. Жаз маусымдарында демалыс орындарына 40 мың адам келеді.",
        "3 мың",
        date(2024, 8, 10),
        _days(date(2024, 6, 1), date(2024, 6, 30)),
    ),
]


@pytest.mark.parametrize(
    ("title", "body", "surface", "published", "expected"),
    _LOOK_ALIKES,
    ids=[f"{c[2]}:{c[1][:36]}" for c in _LOOK_ALIKES],
)
def test_kk_period_forms22_look_alikes(
    title: str, body: str, surface: str, published: date, expected: Span | tuple[str, Span]
) -> None:
    found = [
        f
        for f in extract_indicators(body, published, title=title, language="kk")
        if f.surface.startswith(surface)
    ]
    assert found, f"no figure starting {surface!r}"
    figure = found[0]
    if expected[0] == "not":
        assert span(figure) != expected[1]
    else:
        assert span(figure) == expected
