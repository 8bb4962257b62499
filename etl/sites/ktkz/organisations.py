"""Official bodies a credit names, in any edition's language and grammatical case, by their English name.

A credit's name is declined as the sentence needs it ("сообщили в Министерстве финансов",
"со ссылкой на Минфин", "Қаржы министрлігінің баспасөз қызметі"). Only the bodies below are
read back to one name; a declined name not listed is left unknown rather than guessed at.
"""

from __future__ import annotations

import re

# Each body: its stems in Russian and Kazakh (full names with any ending, and short forms), and the
# English forms kt.kz/eng writes besides the one shown (older names, word orders, "the ...").
# The English names are the ones kt.kz/eng credits, so readership by source is one series.
_MINISTRY_RU = r"министерств\w*\s+"
_MINISTRY_KK = r"\s+министрлі\w*"
_ASPR_RU = r"(?:агентств\w*\s+по\s+стратегическому\s+планированию\s+и\s+реформам|аспир)"
_ASPR_KK = r"стратегиялық\s+жоспарлау\s+және\s+реформалар\s+агенттіг"
_MNE_RU = r"(?:министерств\w*\s+национальной\s+экономики|мнэ)"
_COMMITTEE_RU = r"комитет\w*\s+"
# "the Finance Ministry", "Kazakh Health Ministry": the English short form of a ministry's name
_EN_SHORT = r"(?:the\s+)?(?:kazakh(?:stan(?:'s|i)?)?\s+)?"
_COMMITTEE_KK = r"\s+комитет\w*"
# "Комитет ... Министерства финансов" / "Комитет ... Минфина"; "Қаржы министрлігінің ... комитеті"
_OF_MINISTRY_RU = r"(?:\s+министерств\w*(?:\s+[\w-]+){1,6}|\s+мин[\w-]+|\s+мвд|\s+мчс)?"
_OF_MINISTRY_KK = r"(?:(?:[\w-]+\s+){1,6}министрлігі(?:нің)?\s+)?"

# Akimats (local executive bodies) of the cities of republican significance and of the regions:
# (English place, Russian words of the name in any case, Kazakh name). A Russian region is named
# by an adjective ("акимата Туркестанской области") or, for the newer ones, after "области"
# ("акимат области Абай"); a Kazakh one as "Түркістан облысының әкімдігі".
_CITIES = (
    ("Astana", r"астан\w*|столиц\w*", "астана|елорда"),
    ("Almaty", r"алматы", "алматы"),
    ("Shymkent", r"шымкент\w*", "шымкент"),
)
_REGIONS = (
    ("Abai", r"област\w*\s+абай|абайск\w*\s+област\w*", "абай"),
    ("Akmola", r"акмолинск\w*\s+област\w*", "ақмола"),
    ("Aktobe", r"актюбинск\w*\s+област\w*", "ақтөбе"),
    ("Almaty", r"алматинск\w*\s+област\w*", "алматы"),
    ("Atyrau", r"атырауск\w*\s+област\w*", "атырау"),
    ("East Kazakhstan", r"восточно-казахстанск\w*\s+област\w*|вко", r"шығыс\s+қазақстан"),
    ("Zhambyl", r"жамбылск\w*\s+област\w*", "жамбыл"),
    ("Zhetysu", r"област\w*\s+жетысу|жетысуск\w*\s+област\w*", "жетісу"),
    ("West Kazakhstan", r"западно-казахстанск\w*\s+област\w*|зко", r"батыс\s+қазақстан"),
    ("Karaganda", r"карагандинск\w*\s+област\w*", "қарағанды"),
    ("Kostanay", r"костанайск\w*\s+област\w*", "қостанай"),
    ("Kyzylorda", r"кызылординск\w*\s+област\w*", "қызылорда"),
    ("Mangystau", r"мангистауск\w*\s+област\w*", "маңғыстау"),
    ("Pavlodar", r"павлодарск\w*\s+област\w*", "павлодар"),
    ("North Kazakhstan", r"северо-казахстанск\w*\s+област\w*|ско", r"солтүстік\s+қазақстан"),
    ("Turkistan", r"туркестанск\w*\s+област\w*", "түркістан"),
    ("Ulytau", r"област\w*\s+улытау|улытауск\w*\s+област\w*", "ұлытау"),
)
_AKIMAT_RU = r"акимат\w*\s+"
_AKIMAT_KK = r"\s+әкімдіг\w*"
_AKIMATS: tuple[tuple[str, str], ...] = (
    *(
        (rf"{_AKIMAT_RU}(?:города\s+|г\.\s*)?(?:{ru})|(?:{kk})(?:\s+қаласы(?:ның)?)?{_AKIMAT_KK}"
         rf"|(?:the\s+)?(?:akimat\s+of\s+(?:the\s+)?{en.casefold()}(?:\s+city)?|{en.casefold()}(?:\s+city)?(?:'s)?\s+akimat)",
         f"Akimat of {en}")
        for en, ru, kk in _CITIES
    ),
    *(
        (rf"{_AKIMAT_RU}(?:{ru})|(?:{kk})\s+облысы(?:ның)?{_AKIMAT_KK}"
         rf"|(?:the\s+)?(?:akimat\s+of\s+(?:the\s+)?{en.casefold()}\s+region|{en.casefold()}\s+region(?:al)?(?:'s)?\s+akimat)",
         f"Akimat of {en} region")
        for en, ru, kk in _REGIONS
    ),
)  # fmt: skip
_BODIES: tuple[tuple[str, str], ...] = (
    (r"акорд\w*|ақорда\w*", "Akorda"),
    (r"правительств\w*|үкімет\w*|(?:the\s+)?government(?:'s)?", "primeminister.kz"),
    (r"казинформ\w*|kazinform|qazinform|қазақпарат\w*|(?:миа|агентств\w*)\s+(?:«?казинформ\w*»?|kazinform)",
     "Kazinform"),
    # the state statistics body, by its names since 2019 and before (a committee of the Ministry of
    # National Economy): one publisher, so its figures' readership is one series
    (rf"(?:бюро\s+национальной\s+статистики|бнс)(?:\s+{_ASPR_RU})?|комитет\w*\s+по\s+статистике(?:\s+{_MNE_RU})?"
     rf"|(?:{_ASPR_KK}\w*\s+)?ұлттық\s+статистика\s+бюро\w*|(?:ұлттық\s+экономика{_MINISTRY_KK}\s+)?статистика\s+комитет\w*"
     r"|(?:the\s+)?(?:bureau\s+of\s+national\s+statistics|national\s+statistics\s+bureau|kazakh\s+statistics\s+bureau)"
     r"(?:\s+of\s+the\s+agency\s+for\s+strategic\s+planning\s+and\s+reforms)?|bns|stat\.gov\.kz"
     r"|(?:the\s+)?(?:statistics\s+committee|committee\s+(?:on|for)\s+statistics)(?:\s+of\s+the\s+ministry\s+of\s+national\s+economy)?",
     "Bureau of National Statistics"),
    (rf"{_ASPR_RU}|{_ASPR_KK}\w*|(?:the\s+)?agency\s+for\s+strategic\s+planning\s+and\s+reforms|aspr",
     "Agency for Strategic Planning and Reforms"),
    (r"казгидромет\w*|қазгидромет\w*|kazhydromet", "Kazhydromet"),
    (r"нацбанк\w*|национальн\w+\s+банк\w*|ұлттық\s+банк\w*", "National Bank"),
    (rf"мид\w*|{_MINISTRY_RU}иностранных\s+дел|сыртқы\s+істер{_MINISTRY_KK}|сім|{_EN_SHORT}foreign\s+ministry",
     "Ministry of Foreign Affairs"),
    (rf"минздрав\w*|{_MINISTRY_RU}здравоохранения|денсаулық\s+сақтау{_MINISTRY_KK}|{_EN_SHORT}health\s+ministry",
     "Ministry of Health"),
    (rf"минэнерго|{_MINISTRY_RU}энергетики|энергетика{_MINISTRY_KK}|{_EN_SHORT}energy\s+ministry", "Ministry of Energy"),
    (rf"минфин\w*|{_MINISTRY_RU}финансов|қаржы{_MINISTRY_KK}|{_EN_SHORT}finance\s+ministry", "Ministry of Finance"),
    (rf"минсельхоз\w*|{_MINISTRY_RU}сельского\s+хозяйства|ауыл\s+шаруашылығы{_MINISTRY_KK}"
     rf"|{_EN_SHORT}agriculture\s+ministry", "Ministry of Agriculture"),
    (rf"минтруда|{_MINISTRY_RU}труда\s+и\s+социальной\s+защиты\s+населения"
     rf"|еңбек\s+және\s+халықты\s+әлеуметтік\s+қорғау{_MINISTRY_KK}"
     r"|(?:the\s+)?ministry\s+of\s+labou?r\s+and\s+social\s+protection(?:\s+of\s+(?:the\s+)?population)?"
     rf"|{_EN_SHORT}labou?r\s+ministry",
     "Ministry of Labor and Social Protection of the Population"),
    (rf"минтранс\w*|{_MINISTRY_RU}транспорта|көлік{_MINISTRY_KK}|{_EN_SHORT}transport\s+ministry",
     "Ministry of Transport"),
    (rf"минпросвещения|{_MINISTRY_RU}просвещения|оқу-ағарту{_MINISTRY_KK}", "Ministry of Education"),
    (rf"{_MINISTRY_RU}туризма\s+и\s+спорта|туризм\s+және\s+спорт{_MINISTRY_KK}", "Ministry of Tourism and Sports"),
    (rf"{_MINISTRY_RU}культуры\s+и\s+спорта|мәдениет\s+және\s+спорт{_MINISTRY_KK}", "Ministry of Culture and Sports"),
    (rf"{_MINISTRY_RU}водных\s+ресурсов\s+и\s+ирригации|су\s+ресурстары\s+және\s+ирригация{_MINISTRY_KK}",
     "Ministry of Water Resources and Irrigation"),
    (rf"{_MINISTRY_RU}экологии\s+и\s+природных\s+ресурсов|экология\s+және\s+табиғи\s+ресурстар{_MINISTRY_KK}",
     "Ministry of Ecology and Natural Resources"),
    (rf"минэкономики|{_MINISTRY_RU}национальной\s+экономики|ұлттық\s+экономика{_MINISTRY_KK}",
     "Ministry of National Economy"),
    (rf"минторговли|{_MINISTRY_RU}торговли\s+и\s+интеграции|сауда\s+және\s+интеграция{_MINISTRY_KK}",
     "Ministry of Trade and Integration"),
    (rf"мчс|{_MINISTRY_RU}по\s+чрезвычайным\s+ситуациям|төтенше\s+жағдайлар{_MINISTRY_KK}|тжм",
     "Ministry of Emergency Situations"),
    (rf"мвд|{_MINISTRY_RU}внутренних\s+дел|ішкі\s+істер{_MINISTRY_KK}|іім", "Ministry of Internal Affairs"),
    (rf"минобороны|{_MINISTRY_RU}обороны|қорғаныс{_MINISTRY_KK}|ministry\s+of\s+defen[cs]e", "Ministry of Defense"),
    (rf"минюст\w*|{_MINISTRY_RU}юстиции|әділет{_MINISTRY_KK}", "Ministry of Justice"),
    (rf"минцифры|мцриап|{_MINISTRY_RU}цифрового\s+развития,?\s+инноваций\s+и\s+аэрокосмической\s+промышленности"
     rf"|цифрлық\s+даму,?\s+инновациялар\s+және\s+аэроғарыш\s+өнеркәсібі{_MINISTRY_KK}",
     "Ministry of Digital Development, Innovations and Aerospace Industry"),
    (rf"мининдустрии|{_MINISTRY_RU}промышленности\s+и\s+строительства|өнеркәсіп\s+және\s+құрылыс{_MINISTRY_KK}",
     "Ministry of Industry and Construction"),
    # its name from 2019 to 2023: another body, kept apart
    (rf"миир|{_MINISTRY_RU}индустрии\s+и\s+инфраструктурного\s+развития"
     rf"|индустрия\s+және\s+инфрақұрылымдық\s+даму{_MINISTRY_KK}",
     "Ministry of Industry and Infrastructural Development"),
    (rf"минобрнауки|{_MINISTRY_RU}науки\s+и\s+высшего\s+образования|ғылым\s+және\s+жоғары\s+білім{_MINISTRY_KK}",
     "Ministry of Science and Higher Education"),
    (rf"минкультуры|{_MINISTRY_RU}культуры\s+и\s+информации|мәдениет\s+және\s+ақпарат{_MINISTRY_KK}",
     "Ministry of Culture and Information"),
    # committees of ministries (the ministry named after it in Russian, before it in Kazakh, or not at all)
    (rf"{_COMMITTEE_RU}государственных\s+доходов{_OF_MINISTRY_RU}|{_OF_MINISTRY_KK}мемлекеттік\s+кірістер{_COMMITTEE_KK}"
     r"|(?:the\s+)?(?:state\s+revenues?\s+committee|committee\s+of\s+state\s+revenues?)|кгд",
     "State Revenue Committee"),
    (rf"{_COMMITTEE_RU}гражданской\s+авиации{_OF_MINISTRY_RU}|{_OF_MINISTRY_KK}азаматтық\s+авиация{_COMMITTEE_KK}"
     r"|(?:the\s+)?(?:civil\s+aviation\s+committee|committee\s+of\s+civil\s+aviation)",
     "Civil Aviation Committee"),
    (rf"{_COMMITTEE_RU}санитарно-эпидемиологического\s+контроля{_OF_MINISTRY_RU}"
     rf"|{_OF_MINISTRY_KK}санитариялық-эпидемиологиялық\s+бақылау{_COMMITTEE_KK}"
     r"|(?:the\s+)?(?:sanitary\s+and\s+epidemiological\s+control\s+committee"
     r"|committee\s+(?:for|of)\s+sanitary\s+and\s+epidemiological\s+control)",
     "Sanitary and Epidemiological Control Committee"),
    (rf"{_COMMITTEE_RU}(?:по\s+водным\s+ресурсам|водных\s+ресурсов){_OF_MINISTRY_RU}"
     rf"|{_OF_MINISTRY_KK}су\s+ресурстары{_COMMITTEE_KK}|(?:the\s+)?water\s+resources\s+committee",
     "Water Resources Committee"),
    (rf"{_COMMITTEE_RU}лесного\s+хозяйства\s+и\s+животного\s+мира{_OF_MINISTRY_RU}"
     rf"|{_OF_MINISTRY_KK}орман\s+шаруашылығы\s+және\s+жануарлар\s+дүниесі{_COMMITTEE_KK}"
     r"|(?:the\s+)?forestry\s+and\s+wildlife\s+committee",
     "Forestry and Wildlife Committee"),
    (rf"{_COMMITTEE_RU}ветеринарного\s+контроля\s+и\s+надзора{_OF_MINISTRY_RU}"
     rf"|{_OF_MINISTRY_KK}ветеринариялық\s+бақылау\s+және\s+қадағалау{_COMMITTEE_KK}"
     r"|(?:the\s+)?veterinary\s+control\s+and\s+supervision\s+committee",
     "Veterinary Control and Supervision Committee"),
    (rf"{_COMMITTEE_RU}индустрии\s+туризма{_OF_MINISTRY_RU}|{_OF_MINISTRY_KK}туризм\s+индустриясы{_COMMITTEE_KK}"
     r"|(?:the\s+)?tourism\s+industry\s+committee",
     "Tourism Industry Committee"),
    (rf"{_COMMITTEE_RU}по\s+регулированию\s+естественных\s+монополий{_OF_MINISTRY_RU}"
     rf"|{_OF_MINISTRY_KK}табиғи\s+монополияларды\s+реттеу{_COMMITTEE_KK}",
     "Committee for the Regulation of Natural Monopolies"),
    (rf"{_COMMITTEE_RU}высшего\s+и\s+послевузовского\s+образования{_OF_MINISTRY_RU}"
     rf"|{_OF_MINISTRY_KK}жоғары\s+және\s+жоғары\s+оқу\s+орнынан\s+кейінгі\s+білім{_COMMITTEE_KK}",
     "Committee for Higher and Postgraduate Education"),
    (rf"{_COMMITTEE_RU}по\s+правовой\s+статистике\s+и\s+специальным\s+учетам(?:\s+генпрокуратуры"
     r"|\s+генеральной\s+прокуратуры)?|кпсису|(?:бас\s+прокуратураның\s+)?құқықтық\s+статистика\s+және"
     r"\s+арнайы\s+есепке\s+алу\s+комитет\w*"
     r"|(?:the\s+)?committee\s+(?:on|for)\s+legal\s+statistics\s+and\s+special\s+(?:records|accounts)",
     "Committee on Legal Statistics and Special Records"),
    (r"кнб|комитет\w*\s+национальной\s+безопасности|ұлттық\s+қауіпсіздік\s+комитет\w*|ұқк"
     r"|(?:the\s+)?national\s+security\s+committee", "National Security Committee"),
    # agencies, chambers and the prosecutor's office
    (r"генпрокуратур\w*|генеральн\w+\s+прокуратур\w*|бас\s+прокуратура\w*", "Prosecutor General's Office"),
    (r"агентств\w*\s+по\s+финансовому\s+мониторингу|афм|қаржылық\s+мониторинг\s+агенттіг\w*",
     "Financial Monitoring Agency"),
    (r"агентств\w*\s+по\s+регулированию\s+и\s+развитию\s+финансового\s+рынка|аррфр"
     r"|қаржы\s+нарығын\s+реттеу\s+және\s+дамыту\s+агенттіг\w*", "Financial Market Regulation and Development Agency"),
    (r"антикор\w*|агентств\w*\s+по\s+противодействию\s+коррупции"
     r"|сыбайлас\s+жемқорлыққа\s+қарсы\s+іс-қимыл\s+агенттіг\w*", "Anti-Corruption Agency"),
    (r"высш\w+\s+аудиторск\w+\s+палат\w*|жоғары\s+аудиторлық\s+палата\w*", "Supreme Audit Chamber"),
    (r"мажилис\w*|мәжіліс\w*", "Mazhilis"),
    (r"сенат\w*", "Senate"),
    *_AKIMATS,
)  # fmt: skip
_KNOWN = tuple((re.compile(stems), name) for stems, name in _BODIES)
KNOWN_NAMES = frozenset(name for _, name in _BODIES)  # the one name each listed body is shown by

# A press service is its owner's voice; a head of state's or of government's is that office's
# ("пресс-служба Президента" is Akorda), though the title alone names a person.
_OFFICES = (
    (re.compile(r"президент\w*|главы\s+государства|мемлекет\s+басшысы\w*"), "Akorda"),
    (re.compile(r"премьер-министр\w*|үкімет\s+басшысы\w*"), "primeminister.kz"),
)
_PRESS_SERVICE = re.compile(
    r"^(?:пресс-служб\w*|корреспондент\w*)\s+(?P<before>.+)$|^(?P<after>.+?)\s+(?:баспасөз\s+қызмет\w*|тілшіс\w*)$"
)
# "РК", "Республики Казахстан", "Казахстана", "ҚР" only say whose body it is.
_COUNTRY = re.compile(r"^(?:қр|қазақстан\s+республикасы\w*)\s+|\s+(?:рк|республики\s+казахстан|казахстана)$")

# Words that make a name a person's, not a body's ("министр энергетики", "облыс әкімі").
_PERSON = re.compile(
    r"(?:^|\s)(?:(?:вице-|премьер-)?министр(?:а|у|ом|е)?|вице-премьер\w*|аким(?:а|у|ом|е)?|глав(?:а|ы|е|у|ой)"
    r"|президент(?:а|у|ом|е)?|руководител\w*|председател\w*|директор\w*|заместител\w*|пресс-секретар\w*"
    r"|спикер\w*|депутат\w*|министрі\w*|әкімі\w*|төраға\w*|басшы\w*|орынбасар\w*|хатшы\w*)(?:\s|$)"
)


def is_person(name: str) -> bool:
    """A title of office in the name: a person speaking, not a publisher."""
    return bool(_PERSON.search(name.casefold()))


def known_body(name: str) -> tuple[str | None, bool]:
    """(English name, whether the name was a press service or correspondent of its owner).

    None when the body is not one listed: "пресс-служба акимата" is a press service whose
    owner is not known; "Министерство здравоохранения и социального развития" is another body.
    """
    cleaned = " ".join(name.replace("«", " ").replace("»", " ").split()).strip(" .,").casefold()
    press = _PRESS_SERVICE.match(cleaned)
    if press:
        cleaned = press.group("before") or press.group("after")
        for pattern, office in _OFFICES:
            if pattern.fullmatch(_COUNTRY.sub("", cleaned)):
                return office, True
    cleaned = _COUNTRY.sub("", cleaned)
    return next((english for pattern, english in _KNOWN if pattern.fullmatch(cleaned)), None), bool(press)
