"""Official bodies a Russian or Kazakh credit names, in any grammatical case, by their English name.

A credit's name is declined as the sentence needs it ("сообщили в Министерстве финансов",
"со ссылкой на Минфин", "Қаржы министрлігінің баспасөз қызметі"). Only the bodies below are
read back to one name; a declined name not listed is left unknown rather than guessed at.
"""

from __future__ import annotations

import re

# Each body: its stems in Russian and Kazakh (full names with any ending, and short forms).
# The English names are the ones kt.kz/eng credits, so readership by source is one series.
_MINISTRY_RU = r"министерств\w*\s+"
_MINISTRY_KK = r"\s+министрлі\w*"
_BODIES: tuple[tuple[str, str], ...] = (
    (r"акорд\w*|ақорда\w*", "Akorda"),
    (r"правительств\w*|үкімет\w*", "primeminister.kz"),
    (r"казинформ\w*|kazinform|qazinform|қазақпарат\w*|(?:миа|агентств\w*)\s+(?:«?казинформ\w*»?|kazinform)",
     "Kazinform"),
    (r"бюро\s+национальной\s+статистики|бнс|ұлттық\s+статистика\s+бюро\w*", "Bureau of National Statistics"),
    (r"нацбанк\w*|национальн\w+\s+банк\w*|ұлттық\s+банк\w*", "National Bank"),
    (rf"мид\w*|{_MINISTRY_RU}иностранных\s+дел|сыртқы\s+істер{_MINISTRY_KK}|сім", "Ministry of Foreign Affairs"),
    (rf"минздрав\w*|{_MINISTRY_RU}здравоохранения|денсаулық\s+сақтау{_MINISTRY_KK}", "Ministry of Health"),
    (rf"минэнерго|{_MINISTRY_RU}энергетики|энергетика{_MINISTRY_KK}", "Ministry of Energy"),
    (rf"минфин\w*|{_MINISTRY_RU}финансов|қаржы{_MINISTRY_KK}", "Ministry of Finance"),
    (rf"минсельхоз\w*|{_MINISTRY_RU}сельского\s+хозяйства|ауыл\s+шаруашылығы{_MINISTRY_KK}",
     "Ministry of Agriculture"),
    (rf"минтруда|{_MINISTRY_RU}труда\s+и\s+социальной\s+защиты\s+населения"
     rf"|еңбек\s+және\s+халықты\s+әлеуметтік\s+қорғау{_MINISTRY_KK}",
     "Ministry of Labor and Social Protection of the Population"),
    (rf"минтранс\w*|{_MINISTRY_RU}транспорта|көлік{_MINISTRY_KK}", "Ministry of Transport"),
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
)  # fmt: skip
_KNOWN = tuple((re.compile(stems), name) for stems, name in _BODIES)

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
