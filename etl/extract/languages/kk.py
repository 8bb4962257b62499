"""Kazakh: the word forms the extractor reads (kt.kz/kaz, Kazinform, egemen.kz)."""

from __future__ import annotations

from etl.extract.languages import LanguageData

_CASE = r"-?(?:ға|ге|қа|ке|на|не|а|е|да|де|та|те|нда|нде|дан|ден|тан|тен|нан|нен|ның|нің|дың|дің|тың|тің|"
_CASE += r"ы|і|сы|сі|ын|ін|н|мен|бен|пен|ды|ді|ты|ті|ны|ні|дай|дей|ден|ндағы|ндегі|дағы|дегі|тағы|тегі|"
_CASE += r"ына|іне|сына|сіне|ынан|інен|сынан|сінен|ында|інде|сында|сінде|ыннан|іннен)\b"

KAZAKH = LanguageData(
    code="kk",
    scales=(
        # "төрт жүзі", "екі жүз": hundreds, after a number (not "жүзеге асыру", carried out; nor a compound
        # this reader does not add up, "екі жүз мың", "екі жүз елу", +ps41kk)
        (
            r"жүз(?:і|ін|ге|ден|дей)?(?!\w)(?!\s+(?:мың|млн|миллион|миллиард|он|жиырма|отыз|қырық|елу|алпыс|"
            r"жетпіс|сексен|тоқсан|бір|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз)(?!\w)|\s+\d)",
            1e2,
        ),
        (r"мың\w*|тыс\.", 1e3),
        (r"млн\.?(?:-\w+)?|миллион\w*", 1e6),
        (r"млрд\.?(?:-\w+)?|миллиард\w*", 1e9),
        (r"трлн\.?(?:-\w+)?|триллион\w*", 1e12),
    ),
    units=(
        (r"\s?%(?:-\w+)?", "percent", 1.0),
        (r"\s(?:пайыздық\s+тармақ\w*|п\.\s?т\.)", "percentage_point", 1.0),
        # "50 базистік тармаққа төмендетті": a hundredth of a percentage point each
        (r"\s(?:базис\w*\s+(?:тармақ|пункт)\w*)", "percentage_point", 0.01),
        (r"\s(?:пайыз\w*|процент\w*)", "percent", 1.0),
        (r"\s?(?:теңге\w*|тенге\w*|₸)", "KZT", 1.0),
        (r"\sтг\b\.?", "KZT", 1.0),  # "90,8 млрд тг": the short written tenge
        (r"\s(?:АҚШ\s+доллар\w*|доллар\w*)", "USD", 1.0),
        (r"\s?(?:еуро\w*|евро\w*|€)", "EUR", 1.0),
        (r"\s(?:рубль\w*|рубл\w*)", "RUB", 1.0),
        (r"\s(?:юан\w*)", "CNY", 1.0),
        # "13,5 ц/га": a yield written short, as Russian writes it; "гектарынан 396,5 ц": the "ц" alone,
        # the hectare told before it, as "гектарына 238,6 центнерден" (Kazakh has no word "ц")
        (r"\s(?:центнер\w*|ц\s?/\s?га(?![\w])|ц(?![\w/]))", "centner_per_hectare", 1.0),
        # "264 млрд тонна-километрге": a compound measure of freight work, never tonnes (as Russian
        # "тонно-километров"); "1,7 млн ЖФЭ-ге": twenty-foot containers (Russian ДФЭ), never a count
        (r"\s(?:тонна-(?:километр\w*|км\b(?:-\w+)?)|т-км\b|ткм\b)", "tonne_km", 1.0),
        (r"\s(?:ЖФЭ|ДФЭ|TEU)(?:-?\w+)?(?!\w)", "other", 1.0),
        (r"\s(?:тонна\w*|тонн\w*|т\.?(?![\w-]))", "tonne", 1.0),
        # "100 келі", "150 келінің", spoken; "1 килограмға": one м before a case ending
        (r"\s(?:кг\b|килограмм?\w*|келі(?:ден|ге|сі|нен|нің|ні|де|мен)?\b)", "kg", 1.0),
        (r"\s(?:га\b|гектар\w*)", "hectare", 1.0),
        (r"\s(?:шаршы\s+шақырым\w*|шаршы\s+километр\w*|км2|км²)", "km2", 1.0),
        # ("82,5 ш/м": the square metre with a slash, as small papers write it)
        (r"\s(?:шаршы\s+метр\w*|ш\.\s?м\.?|ш/м(?!\w)|кв\.\s?[мМ]\b\.?|м2|м²)", "m2", 1.0),
        # "50 текше шақырым": a reservoir's volume, cubic metres by the billion
        (r"\s(?:текше\s+(?:шақырым|километр)\w*|км3|км³)", "m3", 1e9),
        (r"\s(?:текше\s+метр\w*|м3|м³)", "m3", 1.0),
        # ("45 шқ. жол", "3 шқ-ы": шақырым cut short)
        (r"\s(?:км\b(?:-\w+)?|шқ\b(?:-\w+|\.)?|шақырым\w*|километр\w*)", "km", 1.0),
        (r"\s(?:метр\w*)", "metre", 1.0),
        (r"\s(?:[кКМГ]бит/с|м/с)(?![\w])", "other", 1.0),  # speeds are no length
        # lengths abbreviated as written ("1,2 м-ге", "4 см"), in metres
        (r"\s(?:сантиметр\w*|см(?![\w/²³]))", "metre", 0.01),
        (r"\s(?:миллиметр\w*|мм(?![\w/²³]))", "metre", 0.001),
        (r"\s(?:м(?![\w/²³]))", "metre", 1.0),
        # "83 млрд киловат/сағат", "2 млрд киловатт сағат": spelt out with one т or two, any joint
        # (and with the abbreviation's dot as the joint: "62 млрд кВт. сағат")
        # ("70 квт/сағат": the abbreviation in small letters too)
        (r"\s(?:[кК][вВ][тТ](?:\.\s?|\s?[·/\s-]\s?)сағ\w*|киловатт?\s?[·/\s-]\s?сағат\w*)", "kWh", 1.0),
        (r"\s(?:МВт\s?[·/\s-]\s?сағ\w*|мегаватт-сағат\w*)", "kWh", 1e3),
        (r"\s(?:ГВт\s?[·/\s-]\s?сағ\w*|гигаватт-сағат\w*)", "kWh", 1e6),
        (
            r"\s(?:АЕК|МРП)(?:-?\w+)?\b",
            "other",
            1.0,
        ),  # the monthly calculation index, a unit of fines and benefits
        # "140 балл", "139 балды", "130 балдан": a test score is a measure, not a count of things ("other",
        # as index points); the endings are listed so that "бала", "балабақша", "балық" stay words (+fs42kk)
        (r"\s(?:балл\w*|бал(?:ды|дан|ға|ы|ын|ына|ынан|да|дың|мен)?(?!\w)(?!\s+ара))", "other", 1.0),
        # "18,4 мың себу бірлігі": seed is sown in fixed portions, a measure rather than things
        (r"\s(?:себу\s+бірліг\w*)", "other", 1.0),
        (r"\s(?:баррель\w*|барр\.)", "other", 1.0),  # barrels of oil: "other" (FORMAT.md)
        (r"\s(?:МВт\b|мегаватт\w*)", "MW", 1.0),
        (r"\s(?:ГВт\b|гигаватт\w*)", "GW", 1.0),
        (r"\s(?:литр\w*)", "litre", 1.0),
        (r"\s(?:градус\w*)", "celsius", 1.0),
        (r"\s(?:есе\w*)", "times", 1.0),
    ),
    number_words={
        "бір": 1,
        "екі": 2,
        "үш": 3,
        "төрт": 4,
        "бес": 5,
        "алты": 6,
        "жеті": 7,
        "сегіз": 8,
        "тоғыз": 9,
        "он": 10,
        # the tens ("жиырма мың", "елу пайыз", "жиырма екі мың": 22 thousand, not 2; +ps42kk; not
        # "тоқсан", also a quarter of the year)
        "жиырма": 20,
        "отыз": 30,
        "қырық": 40,
        "елу": 50,
        "алпыс": 60,
        "жетпіс": 70,
        "сексен": 80,
    },  # fmt: skip
    half_word="жарым",
    # "екі есе", "үш есеге", "бес еседен астам" (not the verb "екі еселенді": doubled, a debatable figure;
    # nor "екі рет": twice, a repeat)
    times_after=r"есе(?:ге|ден|дей)?",
    multiplier_words=((r"жарты\s+есе(?:ге|ден|дей)?", 0.5),),  # "жарты есеге азайды": halved
    months=(
        "қаңтар",
        "ақпан",
        "наурыз",
        "сәуір",
        "мамыр",
        "маусым",
        "шілде",
        "тамыз",
        "қыркүйе[кг]",
        "қазан",
        "қараша",
        "желтоқсан",
    ),  # fmt: skip
    duration_after=r"[\s-](?:жыл(?:\b|да\b|ға\b|дан\b|ы\b|ын\b)|ай(?:\b|да\b|ға\b|дан\b|ы\b|лық\b|ында\b|дың\b|ларында\b|лары\b)|апта\w*|"
    # (not "2 күн электр станциясы", "3 күн панелі": the sun's, solar stations or panels counted)
    r"күн(?!\s+(?:электр\s+стан|станция|панел|батарея|қондырғ)\w*)\w*|тәулік\w*|сағат\w*|минут\w*|"
    # an age ("60 жасқа"), not "150 жас маман", "2 мың жас отбасы", "6 200-і жастар": young people, counted
    r"жас(?!тар)(?!\s+(?:маман|отбасы|кәсіпкер|ғалым|мұғалім|ұстаз|дәрігер|фермер|спортшы|жұбай)\w*)\w*|"
    # "120 жылдығына" (an anniversary), "15 және одан жоғары жастағы" (an age from)
    r"жылды[ғқ]\w*|және\s+одан\s+(?:жоғары|үлкен|асқан)\s+жас\w*)",
    numbering_before=frozenset("№ n бап бабы бабында тармақ тармағы тармағында қаулы қаулысы нөмір".split()),
    # "66-орынға": a place in a ranking; "2-шісінде", "2-шіден": the second one's (the ordinal in a
    # case); "3-сыныпты астық", "5-сынып": a grade or class, a label; "20-сессиясы", "8-шақырылым",
    # "45-отырысында": a session, convocation or sitting's number
    ordinal_suffix=r"-?(?:ші|шы|інші|ыншы|нші|ншы)[^\W\d]*|-орын\w*|-сынып\w*|-(?:сессия|шақырылым|отырыс)\w*",
    case_suffix=_CASE,
    # "24 мың тоннадан 64 мың тоннаға дейін", "(2 223-тен 18 954-ке дейін)", "5,5-7,5%-дан 6,5-8,5%-ға
    # дейін": a figure in the ablative right before this one starts a range this one ends
    range_start_before=r"\d[^\s]*(?:\s+[^\W\d_]+){0,2}(?:дан|ден|тан|тен|нан|нен)\s+(?:\d[\d\s,.]*[-–—]\s*)?$",
    qualifiers=(
        (r"^(?:-\w+)?\s+(?:астам|аса|артық|асты|асып)\b", "more than"),
        # the counted noun in the ablative between: "20,5 млн адамнан асты", "5 млрд теңгеден астам"
        (r"^(?:-\w+)?\s+[^\W\d]{2,}(?:нан|нен|дан|ден|тан|тен)\s+(?:астам|артық|асты|асып)\b", "more than"),
        (r"^(?:-\w+)?\s+(?:жуық|жуығы|жуығын|таяу)\b", "about"),
        (r"(?:шамамен|шама|орта\s+есеппен|қарай)\s+$", "about"),
        # "500 адамға дейін" is a ceiling; before a verb of reaching a level ("... дейін жеткізу",
        # "... дейін арттыру") the figure is the level reached: no qualifier
        (
            r"^(?:-\w+)?\s+(?:дейін)\b(?!\s+(?:жеткіз|жет[еі]|арт|ұлғай|өс|көбей|кеңей|төменде|қысқар|азай|кеміт|көтер|үде|тереңде|жоғарыла))",
            "up to",
        ),
        (r"(?:кемінде|ең\s+кемі)\s+$", "at least"),
        (r"^(?:-\w+)?\s+(?:кем|аз)\b", "less than"),
    ),
    cues=(
        ("жоспар", "plan"),
        ("жоспардан", "actual"),
        # "18 жоба әзірленіп жатыр", "жобасы әзірленуде", "жобалануда": work still being prepared or
        # designed, planned ("әзірленді", prepared, is done)
        ("әзірленіп=", "plan"),
        ("әзірленуде=", "plan"),
        ("жобаланып=", "plan"),
        ("жобалануда=", "plan"),  # "жоспардан 0,9%-ға артық": beyond the plan, an outcome
        ("көзде", "plan"),
        ("көздер", "none"),  # "түрлі көздерден": from sources, a noun, no plan
        ("тапсырмасымен=", "none"),  # "Мемлекет басшысының тапсырмасымен": by an instruction, no goal figure
        ("бөлінеді", "plan"),
        ("салынады", "plan"),
        # "Жобалар 4 мың жұмыс орнын ашады": will open (the jobs projects will create, FORMAT: plan)
        ("ашады=", "plan"),
        ("беріледі", "plan"),
        ("болады", "future"),
        ("болмақ", "future"),  # "will be": a forecast under a forecast word ("болжамы бойынша"), else a plan
        ("артады", "future"),
        ("өседі", "future"),
        ("көбейеді", "future"),
        ("ұлғаяды", "future"),
        ("жетеді", "future"),
        ("көтеріледі", "future"),
        ("төленеді", "plan"),
        ("іске қосылады", "plan"),
        ("қосылады", "plan"),
        ("жүргізіледі", "plan"),
        ("құрайды", "state"),  # "amounts to": a present state, or a future one in a period ahead
        # "теңгеге дейін бағаланады", "... болып саналады": what a thing is priced or counted as now
        ("бағаланады", "state"),
        ("саналады", "state"),
        ("байқалады", "state"),  # "16 өңірде өсім байқалады": is observed, what is so
        ("істейді=", "state"),  # "41 мың адам жұмыс істейді": who works there, a present state
        ("тұрады=", "state"),  # "1,7 мың адам тұрады", "... теңге тұрады": who lives there, what it costs
        ("мақсатында=", "none"),  # "іске асыру мақсатында": "in order to", no goal figure
        # "тағамдық мақсаттағы бидай", "ауыл шаруашылығы мақсатындағы жер": of a use, an attribute, no goal
        ("мақсаттағы=", "none"),
        ("мақсатындағы=", "none"),
        ("мақсатпен=", "none"),  # "жеке мақсатпен келген": came for a purpose, no goal figure
        ("мақсатымен=", "none"),  # "құрылысын жалғастыру мақсатымен ... қарастырылған": in order to, no goal
        ("қажет", "plan"),
        ("қажеттілі", "none"),  # "қажеттіліктер": needs, a noun, no plan
        ("ықтимал", "forecast"),
        # "6-7 кәсіпорынды іске қоса алмайтын шығармыз": a participle, then "шығар" with a person
        # ending, is "probably": a guess at what will be (the verb "шығару", to make, is "шығарамыз")
        ("шығармыз=", "forecast"),
        ("шығармын=", "forecast"),
        ("шығарсыз=", "forecast"),
        # "Соның арқасында ... қол жеткізеді": an expected result; "... арқасында 21 млрд теңге
        # үнемделді": a result had, the verb tells (an outlook, no cue of its own)
        ("арқасында=", "outlook"),
        ("азаяды", "future"),
        ("қысқарады", "future"),  # "саны 2-ге қысқарады": will shrink (the aorist of a consonant stem)
        ("кемиді", "future"),
        ("төмендейді", "future"),
        ("алады", "plan"),
        ("салынбақ", "plan"),
        # "тартылатын инвестиция көлемі 3,5 трлн теңгеге дейін өсті": the investment projects are to
        # bring, a future participle (not "тартылған", brought in)
        ("тартылатын=", "plan"),
        ("бөлінбек", "plan"),
        ("жөнделеді", "plan"),
        ("пайдалануға беріледі", "plan"),
        ("тиіс", "plan"),
        ("тиісінше=", "none"),  # "respectively", no obligation
        ("керек", "plan"),
        ("күтіл", "forecast"),
        # "министрліктің есебінше": by the ministry's reckoning, a forecast of what will be ("... артады"),
        # but of what is so when no verb tells a future ("күніне 1 килограмға жуық қоқыс шығарады")
        ("есебінше=", "outlook"),
        ("есебімізше=", "outlook"),
        ("бағалауынша=", "forecast"),
        ("бағалауымызша=", "forecast"),  # "Біздің бағалауымызша, ... төмендейді": by our estimate
        ("бағалауымша=", "forecast"),
        ("бағалауларынша=", "forecast"),
        ("болжамынша=", "forecast"),
        ("пікірінше=", "outlook"),  # "сарапшылардың пікірінше ... болады": experts' view of what will be
        ("нәтижесінде=", "outlook"),  # "Нәтижесінде ... 2 есеге артады": the expected result
        ("қарастырылған", "plan"),  # "185 млрд теңге қарастырылған": provided for
        ("қарастырылып", "plan"),
        # "11 мың тонна отын қарастырылса, оның ... жеткізілді": what is provided for, set against the part
        # told done after it
        ("қарастырылса=", "plan"),
        ("көзделсе=", "plan"),
        ("күте", "forecast"),
        ("болжа", "forecast"),
        ("мүмкін=", "forecast"),
        ("мүмкіндік", "forecast"),  # "... өсіруге мүмкіндік береді": will allow, an expected result
        # "Жоба біткен соң ... 5 131 гектарға жетеді": what follows the work's end, an outcome expected
        ("соң=", "forecast"),
        # "Жоба іске қосылса, жылына ... шығарады", "іске қосылғанда", "пайдалануға берілсе": once the thing
        # runs, what it makes, employs or holds, a plan (a past verb after it wins)
        ("қосылса=", "plan"),
        ("қосылғанда=", "plan"),
        ("берілсе=", "plan"),
        ("мақсат", "target"),
        ("меже", "target"),
        ("нысаналы", "target"),  # "нысаналы дәліз", "нысаналы көрсеткіш": a target band or indicator
        ("ниет", "plan"),
        ("міндет", "target"),
        ("тапсыр", "target"),
        ("тапсыру", "none"),  # "баспана тапсыру", "пайдалануға тапсыруға": handing over, no goal
        ("тапсырыс", "none"),  # "мемлекеттік тапсырыс": a state order (places paid for), no goal
        ("тапсырылды", "actual"),
        ("тапсырылған", "actual"),
        ("тапсырылады", "plan"),
        # "нысанды тапсырамыз": we will hand over (a deed ahead, no task set)
        ("тапсырамыз=", "plan"),
        ("тапсырамын=", "plan"),
        ("тапсырылатын", "plan"),
        ("басталады", "plan"),
        ("аяқталады", "plan"),
        ("жалғасады", "plan"),
        ("жеткізу", "target"),
        # "жеткізуші газ желісі", "жеткізушілер": a supply line or a supplier, no level to bring to (+fs40kk)
        ("жеткізуші", "none"),
        ("дайын", "actual"),
        ("құрады", "actual"),
        ("жасады", "actual"),
        ("төледі", "actual"),
        ("көбейді", "actual"),
        ("жоғарылады=", "actual"),  # rose ("жоғары-ла-ды", no passive aorist)
        ("жоғарылайды=", "future"),
        ("азайды", "actual"),
        ("ұлғайды", "actual"),
        ("құрады", "actual"),
        ("жасады", "actual"),
    ),  # fmt: skip
    # (not "өсімдік", a plant: "10,2 млрд теңгеге өсімдік шаруашылығы өнімдері өндірілді" is output worth)
    # (prices: "9,3%-ға қымбаттады", "8,6%-ға арзандаған"; an area "75 гектарға
    # кеңейіп"; a level passed by "7,2%-ға асты", "2%-ға озды"; "10%-ға индекстелді"; "10 мыңға толықты")
    change_words=r"(?:арт|өс(?!імді[кг])|көбей|ұлға|қысқар|азай|төменде|жоғарыла|жедел|баяула|көтеріл|қымбатта|арзанда|"
    r"кеңей|кеми|кемі|индекстел|ас(?=ты|қан|ып|ады)|оз(?=ды|ған|ып|ады)|толық(?=ты|қан|ып))\w*",
    # "есепте 15 мың науқас тұр", "14 мың адам бар": what there is now (not the aorist "құрайды", which
    # reads as a future too, nor "алып жатыр", "салынып жатыр": what goes on over the year)
    present_words=r"(?<!\w)(?:бар|тұр)(?=\s*(?:[.,;:!?]|$))",  # ending the clause: "маңызы бар жол" is "a road of"
    # "Абай көшесі, 150", "Қабанбай батыр даңғылы, 42", "мекенжайы: Абай, 12": a house number follows
    address_before=r"(?<!\w)(?:көше(?:сі)?|даңғыл(?:ы)?|тұйығы|шағын\s+аудан(?:ы)?|ықшам\s*аудан(?:ы)?|"
    r"мекен-?жай(?:ы)?:?\s+(?:[^\W\d]+\s+){0,2}[^\W\d][\w\-]*)\s*,\s*$",
    now_words=r"(?:қазір\w*|бүгін\w*|қазіргі\s+таңда|осы\s+уақытқа\s+дейін|әзірге)",
    comparison_words=r"(?:салыстырғанда|қарағанда|салыстыр)",
    plan_nouns=r"жоспар[^\W\d]{0,3}\b",
    habitual_words=r"\b(?:жыл\s+сайын|ай\s+сайын|күн\s+сайын|әр\s+жылы)\b",
    current_words=r"қазіргі",
    must_words=r"(?:тиіс|керек)\w*",
    level_verbs=r"(?:жету|құрау|асу|арту|өсу|төмендеу|азаю|ұлғаю|көбею|жеткізу)[іы]?\b",
    revision_words=r"(?:көтер|төмендет|ұлғайт|арттыр|азайт|қысқарт|жақсарт|нашарлат|қайта\s+қара|қаралд|сақта|өзгерт|түзет|белгілен|бекіт)\w*",
    # ("14 қарашадағы брифингте айтуынша": the day of a briefing, as "14 қарашада айтты", dates no figure)
    reporting_words=r"(?:хабарла|мәлімде|ескерт|айтты|айтуынша|атап\s+өт|жариялад|мәлім\s+етт|деді|түсіндір)\w*",
    # ("Салыстырмалы түрде, былтыр ...": for comparison, opening the sentence; not "салыстырмалы түрде
    # аз", relatively few)
    look_back_words=r"\bсалыстыру\s+үшін\b|^\s*салыстырмалы\s+түрде\s*,|\b(?:бұл|аталған)\s+(?:көрсеткіш|үлес)\w*",
    contrast_words=r"(?:ал|алайда|бірақ)\s+(?:\w+\s+)?$",
    # "Оның 247-сі ...", "Олардың 352-сі ...": a part of the total just given, counted straight away
    # ("Олардың қатарында ...", "Олардың арасында ...": among those just counted)
    breakdown_words=r"(?:оның\s+ішінде|олардың\s+ішінде|соның\s+ішінде|оның\s+ішінен|олардың\s+(?:қатарында|арасында)|бұл(?!\s+жыл)|"
    r"(?:оның|олардың)(?=\s+(?:шамамен\s+|жуығы\s+|кем\s+дегенде\s+)?\d))\b",  # "Олардың шамамен 18 мыңы"
    # (not "Олардың барлығы осал топқа жатады": all of them, a pronoun after a genitive; +ps42kk)
    total_words=r"\b(?:(?<!(?:ың|ің)\s)(?:барлығы|барлығын)|жалпы\s+алғанда|(?:акция|бағдарлама|жоба|науқан)\w*\s+аясында)\b",
    # (the base also as "100 мың", and per live births or children: "100 мың тірі туғанға шаққанда")
    rate_base_before=r"(?:әр\s+)?(?P<base>1[\s\u00a0]?000|10[\s\u00a0]?000|100[\s\u00a0]?000|(?:1|10|100)\s+мың)\s+"
    r"(?:тұрғын|адам|халық|(?:тірі\s+)?туған|бала|нәресте)"
    # "шаққанда" may be left out when the rate follows the dative at once: "(1000 адамға 11,52)"
    r"(?:\w*\s+шаққанда|\w*?(?:ға|ге|қа|ке)(?=\s+\d+,\d))",
)
