"""A battery of kind-bearing forms in English, Russian and Kazakh: short sentences of our own, one
figure each, covering the verb and phrase forms that decide a figure's KIND (actual / target /
plan / forecast). Every probe was labelled by tests/realworld/FORMAT.md (kind conventions) for a
publication date of 20 November 2025 BEFORE any reader was run on it, and committed so.

A probe: (family, text, figure, kind[, title]). `figure` is how the figure's written surface
begins (its digits or number word), so the probe runner can find it among what the extractor
reads; `text` may hold a list under a lead ("\\n- " bullets), and `title` a headline.

Labelling rules applied (FORMAT.md): actual = happened or a current state (a count of projects
under way included); target = a goal level ("aims to reach", "must reach by", "the task is",
a level set "by 2030" with no other cue); plan = a scheduled act or allocation ("will be
built", "is set to", "is planned", "foreseen", budget money for the year under way or a later
one, money allocated for work not said to be done, what works under way are worth); forecast =
an expected outcome ("expected", "projected", "forecast", "could", "likely"). A plan told as
done ("as planned, 12 were built") is actual; a plan reported in the past ("it was planned to
build 12") is still a plan."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2025, 11, 20)

Probe = tuple[str, ...]  # (family, text, figure, kind) or (family, text, figure, kind, title)

EN: list[Probe] = [
    # past results
    ("past", "Last year the region built 14 schools.", "14", "actual"),
    ("past", "In 2024 farmers harvested 2.3 million tonnes of wheat.", "2.3", "actual"),
    ("past", "Exports amounted to 4.1 billion dollars in January-September 2025.", "4.1", "actual"),
    ("past", "The plant produced 35,000 tonnes of steel in 2024.", "35,000", "actual"),
    ("past", "By 2023 the number of small farms had fallen to 3,900.", "3,900", "actual"),
    ("past", "Unemployment stood at 4.7% at the end of 2024.", "4.7", "actual"),
    ("past", "The city opened 6 new clinics in October.", "6", "actual"),
    ("past", "Investment in fixed capital reached 9.2 trillion tenge last year.", "9.2", "actual"),
    # present perfect
    ("perfect", "Since January the region has received 420,000 tourists.", "420,000", "actual"),
    ("perfect", "The fund has paid out 18 billion tenge so far this year.", "18", "actual"),
    ("perfect", "So far 1.2 million hectares have been threshed.", "1.2", "actual"),
    ("perfect", "Inflation has slowed to 11.3% in annual terms.", "11.3", "actual"),
    ("perfect", "The company has already invested 1.2 trillion tenge in the field.", "1.2", "actual"),
    ("perfect", "The programme has created 5,400 jobs since 2021.", "5,400", "actual"),
    # passive results
    ("passive", "In 2024, 27 kindergartens were built in the region.", "27", "actual"),
    ("passive", "This year 180 km of roads were repaired in the oblast.", "180", "actual"),
    ("passive", "Last year 3,200 loans were issued to farmers.", "3,200", "actual"),
    ("passive", "Some 640 apartments were put into service in October.", "640", "actual"),
    ("passive", "Over nine months 74 investment projects were commissioned.", "74", "actual"),
    ("passive", "A total of 1,150 people have been employed through the programme this year.", "1,150", "actual"),
    # present ongoing stock
    ("stock", "The sector counts 96 companies.", "96", "actual"),
    ("stock", "Today 1,618 ambulance crews work across the country.", "1,618", "actual"),
    ("stock", "The unemployment rate is 4.6%.", "4.6", "actual"),
    ("stock", "The region accounts for 18% of the country's grain.", "18", "actual"),
    ("stock", "There are currently 312 schools in the city.", "312", "actual"),
    ("stock", "Twelve schools for 9,600 pupils are under construction.", "Twelve", "actual"),
    ("stock", "Currently 46 projects are being implemented in the region.", "46", "actual"),
    ("stock", "The refinery processes 6 million tonnes of oil a year.", "6", "actual"),
    # future tense and schedule
    ("future", "Next year the region will build 14 schools.", "14", "plan"),
    ("future", "In 2026, 25 new clinics will be opened.", "25", "plan"),
    ("future", "The plant will be put into service in 2027 with a capacity of 300 MW.", "300", "plan"),
    ("future", "Around 2,000 farmers will receive subsidies next year.", "2,000", "plan"),
    ("future", "The city is to build 40 km of new tram lines by 2028.", "40", "plan"),
    ("future", "The ministry is set to open 12 new border posts in 2026.", "12", "plan"),
    ("future", "The hospital is scheduled to open in 2026 with 250 beds.", "250", "plan"),
    ("future", "Construction of 18 schools is due to start next spring.", "18", "plan"),
    ("future", "The government is going to issue 5,000 new grants in 2026.", "5,000", "plan"),
    ("future", "Some 600 apartments are to be handed over to families next year.", "600", "plan"),
    # plan verbs
    ("plan_verb", "The akimat plans to build 30 kindergartens by 2027.", "30", "plan"),
    ("plan_verb", "About 70 km of pipelines are planned to be laid in 2026.", "70", "plan"),
    ("plan_verb", "The programme foresees the construction of 120 rural clinics.", "120", "plan"),
    ("plan_verb", "The construction of 45 bridges is foreseen for 2026-2028.", "45", "plan"),
    ("plan_verb", "The project envisages 800 new jobs.", "800", "plan"),
    ("plan_verb", "The company intends to buy 40 new locomotives.", "40", "plan"),
    ("plan_verb", "In 2026 it is planned to commission 14 plants.", "14", "plan"),
    ("plan_verb", "The ministry has agreed to supply 50,000 tonnes of seed to the region.", "50,000", "plan"),
    ("plan_verb", "Next year the city is considering building 8 new parks.", "8", "plan"),
    ("plan_verb", "A total of 110 projects are planned for the next year.", "110", "plan"),
    # allocations and budgets ahead
    ("alloc_ahead", "For 2026, 45 billion tenge has been allocated for road repairs.", "45", "plan"),
    ("alloc_ahead", "This year 40 billion tenge has been allocated for subsidies.", "40", "plan"),
    ("alloc_ahead", "The budget earmarks 12 billion tenge for new schools in 2026.", "12", "plan"),
    ("alloc_ahead", "Some 8.5 billion tenge is budgeted for the programme next year.", "8.5", "plan"),
    ("alloc_ahead", "The government allocated 2 billion tenge for building a clinic.", "2", "plan"),
    ("alloc_ahead", "An amount of 30 billion tenge is provided for in the 2026 budget.", "30", "plan"),
    ("alloc_ahead", "A further 9 billion tenge will be directed to housing in 2027.", "9", "plan"),
    ("alloc_ahead", "The cost of the new bridge is estimated at 24 billion tenge.", "24", "plan"),
    ("alloc_ahead", "The project, worth 1.1 trillion tenge, is being implemented by a Chinese firm.", "1.1", "plan"),
    ("alloc_ahead", "Twelve schools worth 96 billion tenge are under construction.", "96", "plan"),
    # allocations whose span is over, or spent
    ("alloc_done", "Last year 35 billion tenge was allocated for subsidies.", "35", "actual"),
    ("alloc_done", "In 2023 the state spent 14 billion tenge on road repairs.", "14", "actual"),
    ("alloc_done", "Over the past three years 210 billion tenge was allocated to the sector.", "210", "actual"),
    ("alloc_done", "Since the start of the year 18 billion tenge has been paid out in benefits.", "18", "actual"),
    ("alloc_done", "This year 18 schools were repaired, and 6.4 billion tenge was spent on the work.", "6.4", "actual"),
    # targets
    ("target", "The target is to raise the share of renewables to 15% by 2030.", "15", "target"),
    ("target", "The region aims to reach 98% broadband coverage by 2027.", "98", "target"),
    ("target", "The goal is 1 million tourists a year by 2029.", "1", "target"),
    ("target", "Output must reach 2.5 million tonnes by 2029.", "2.5", "target"),
    ("target", "The government has set a target of 5% GDP growth for 2026.", "5", "target"),
    ("target", "The task is to bring the share of processed goods to 70% of exports.", "70", "target"),
    ("target", "The country seeks to attract 25 billion dollars of investment by 2030.", "25", "target"),
    ("target", "The ministry intends to reach 50% coverage of rural areas.", "50", "target"),
    ("target", "By 2030 the share of gasified settlements is to reach 65%.", "65", "target"),
    ("target", "The authorities want to cut the share of worn-out networks to 45%.", "45", "target"),
    ("target", "Officials are targeting exports of 12 million tonnes of grain.", "12", "target"),
    # forecasts
    ("forecast", "The harvest is expected to reach 22 million tonnes.", "22", "forecast"),
    ("forecast", "GDP growth is forecast at 5.6% for 2026.", "5.6", "forecast"),
    ("forecast", "Inflation is projected to slow to 9.5% next year.", "9.5", "forecast"),
    ("forecast", "According to the forecast, the deficit will be 2.7% of GDP.", "2.7", "forecast"),
    ("forecast", "Analysts expect prices to rise by 12% next year.", "12", "forecast"),
    ("forecast", "Demand for electricity is likely to exceed 120 billion kWh in 2027.", "120", "forecast"),
    ("forecast", "The population is estimated to reach 22 million by 2030.", "22", "forecast"),
    ("forecast", "The ministry expects the enrolment rate to reach 96%.", "96", "forecast"),
    ("forecast", "The new line should cut travel time by 40% once it opens.", "40", "forecast"),
    # conditional and hedged
    ("hedged", "Losses could reach 30 billion tenge if the drought continues.", "30", "forecast"),
    ("hedged", "Prices may rise by 15% in the coming months.", "15", "forecast"),
    ("hedged", "The new rules might save up to 8 billion tenge a year.", "8", "forecast"),
    ("hedged", "Without new capacity the shortage would reach 1,400 MW in 2029.", "1,400", "forecast"),
    # negation
    ("negation", "Last year inflation did not exceed 8.6%.", "8.6", "actual"),
    ("negation", "No more than 12 new licences will be issued in 2026.", "12", "plan"),
    ("negation", "Output failed to reach 2 million tonnes in 2024.", "2", "actual"),
    ("negation", "The deficit will not exceed 3% of GDP next year, the forecast says.", "3", "forecast"),
    # plans reported in the past
    ("reported_plan", "It was planned to build 16 schools in 2026.", "16", "plan"),
    ("reported_plan", "Earlier the ministry said it would open 22 new routes next year.", "22", "plan"),
    ("reported_plan", "The akimat had planned to repair 300 km of roads by 2026.", "300", "plan"),
    ("reported_plan", "The minister said 70 schools would be built next year.", "70", "plan"),
    # plans that are now actuals
    ("plan_done", "As planned, 12 schools were built this year.", "12", "actual"),
    ("plan_done", "The plan was fulfilled: 540 km of roads were repaired in 2024.", "540", "actual"),
    ("plan_done", "Of the 60 projects planned this year, 16 have already been launched.", "16", "actual"),
    ("plan_done", "Of the 300 billion tenge allocated, 210 billion has been used.", "210", "actual"),
    ("plan_done", "Of the 300 billion tenge allocated, 210 billion has been used.", "300", "plan"),
    ("plan_done", "The farm fulfilled its plan by 101.2%.", "101.2", "actual"),
    # bullet lists under a planning lead
    ("bullets", "Next year the region plans the following:\n- 14 new schools;\n- 6 clinics.", "14", "plan"),
    ("bullets", "The programme for 2026-2028 foresees:\n- 120 km of new roads;\n- 40 bridges.", "40", "plan"),
    ("bullets", "Last year the region completed:\n- 14 new schools;\n- 6 clinics.", "6", "actual"),
    # headline against body
    ("headline", "The akimat will build 20 kindergartens next year.", "20", "plan", "Almaty builds kindergartens"),
    ("headline", "Last year 20 kindergartens were built in the city.", "20", "actual", "Almaty to build kindergartens"),
]

RU: list[Probe] = [
    # past results
    ("past", "В 2024 году в области построили 14 школ.", "14", "actual"),
    ("past", "Экспорт за январь–сентябрь 2025 года составил 4,1 млрд долларов.", "4,1", "actual"),
    ("past", "В прошлом году аграрии собрали 2,3 млн тонн пшеницы.", "2,3", "actual"),
    ("past", "Объем инвестиций в прошлом году составил 9,2 трлн тенге.", "9,2", "actual"),
    ("past", "Уровень безработицы в 2024 году составлял 4,7%.", "4,7", "actual"),
    ("past", "В октябре в городе открыли 6 поликлиник.", "6", "actual"),
    ("past", "Производство стали в 2024 году выросло до 35 тыс. тонн.", "35", "actual"),
    ("past", "За девять месяцев предприятие произвело 12,5 тыс. тонн молока.", "12,5", "actual"),
    # passive and short participle results
    ("passive", "В 2024 году построено 27 детских садов.", "27", "actual"),
    ("passive", "В этом году отремонтировано 180 км дорог.", "180", "actual"),
    ("passive", "В прошлом году фермерам было выдано 3200 кредитов.", "3200", "actual"),
    ("passive", "В октябре введены в эксплуатацию 640 квартир.", "640", "actual"),
    ("passive", "За девять месяцев реализовано 74 инвестиционных проекта.", "74", "actual"),
    ("passive", "На сегодня убрано 80% площадей.", "80", "actual"),
    ("passive", "С начала года трудоустроено 1150 человек.", "1150", "actual"),
    ("passive", "В 2024 году было создано 5400 рабочих мест.", "5400", "actual"),
    # present state
    ("stock", "В отрасли работают 96 компаний.", "96", "actual"),
    ("stock", "Уровень безработицы составляет 4,6%.", "4,6", "actual"),
    ("stock", "На долю региона приходится 18% зерна страны.", "18", "actual"),
    ("stock", "Сейчас в городе действуют 312 школ.", "312", "actual"),
    ("stock", "В настоящее время строятся 12 школ.", "12", "actual"),
    ("stock", "В регионе реализуются 46 проектов.", "46", "actual"),
    ("stock", "Завод перерабатывает 6 млн тонн нефти в год.", "6", "actual"),
    ("stock", "Поголовье скота насчитывает 1,2 млн голов.", "1,2", "actual"),
    # future tense
    ("future", "В следующем году будет построено 14 школ.", "14", "plan"),
    ("future", "В 2026 году в области построят 25 поликлиник.", "25", "plan"),
    ("future", "В 2026 году будут введены в эксплуатацию 300 квартир.", "300", "plan"),
    ("future", "Субсидии в следующем году получат около 2000 фермеров.", "2000", "plan"),
    ("future", "До 2028 года в городе проложат 40 км трамвайных линий.", "40", "plan"),
    ("future", "В 2026 году откроется 12 новых центров обслуживания.", "12", "plan"),
    ("future", "В будущем году выделят 9 млрд тенге на жилье.", "9", "plan"),
    ("future", "Объем финансирования программы в 2026 году составит 45 млрд тенге.", "45", "plan"),
    ("future", "В 2026 году будет выдано 5000 грантов.", "5000", "plan"),
    ("future", "Больница на 250 коек откроется в 2026 году.", "250", "plan"),
    # plan words
    ("plan_verb", "В 2026 году планируется построить 30 детских садов.", "30", "plan"),
    ("plan_verb", "До 2027 года запланировано строительство 70 км газопроводов.", "70", "plan"),
    ("plan_verb", "Программой предусмотрено строительство 120 сельских амбулаторий.", "120", "plan"),
    ("plan_verb", "На 2026–2028 годы намечено строительство 45 мостов.", "45", "plan"),
    ("plan_verb", "Проект предполагает создание 800 рабочих мест.", "800", "plan"),
    ("plan_verb", "В планах компании закупить 40 локомотивов.", "40", "plan"),
    ("plan_verb", "В следующем году предполагается ввести 14 заводов.", "14", "plan"),
    ("plan_verb", "Акимат планирует отремонтировать 300 км дорог.", "300", "plan"),
    ("plan_verb", "Всего на будущий год запланировано 110 проектов.", "110", "plan"),
    ("plan_verb", "В 2026 году должны построить 16 школ.", "16", "plan"),
    ("plan_verb", "Согласно плану, в 2026 году будет открыто 22 новых маршрута.", "22", "plan"),
    ("plan_verb", "В бюджете на 2026 год предусмотрено 30 млрд тенге на ремонт дорог.", "30", "plan"),
    # allocations ahead
    ("alloc_ahead", "На 2026 год на ремонт дорог выделено 45 млрд тенге.", "45", "plan"),
    ("alloc_ahead", "В этом году на субсидии выделено 40 млрд тенге.", "40", "plan"),
    ("alloc_ahead", "На строительство поликлиники выделено 2 млрд тенге.", "2", "plan"),
    ("alloc_ahead", "На текущий год на программу направлено 8,5 млрд тенге.", "8,5", "plan"),
    ("alloc_ahead", "Стоимость нового моста оценивается в 24 млрд тенге.", "24", "plan"),
    ("alloc_ahead", "Строятся 12 школ стоимостью 96 млрд тенге.", "96", "plan"),
    ("alloc_ahead", "На эти цели из бюджета будет выделено 12 млрд тенге.", "12", "plan"),
    ("alloc_ahead", "Ранее на шесть объектов направлено 3,2 млрд тенге.", "3,2", "plan"),
    # allocations over, spent
    ("alloc_done", "В прошлом году на субсидии было выделено 35 млрд тенге.", "35", "actual"),
    ("alloc_done", "В 2023 году на ремонт дорог освоено 14 млрд тенге.", "14", "actual"),
    ("alloc_done", "За последние три года в отрасль направлено 210 млрд тенге.", "210", "actual"),
    ("alloc_done", "С начала года на выплату пенсий направлено 1,8 трлн тенге.", "1,8", "actual"),
    ("alloc_done", "В 2024 году израсходовано 6,4 млрд тенге.", "6,4", "actual"),
    # targets
    ("target", "Цель — довести долю ВИЭ до 15% к 2030 году.", "15", "target"),
    ("target", "Поставлена задача увеличить экспорт до 70% к 2029 году.", "70", "target"),
    ("target", "К 2030 году доля газифицированных сел должна достичь 65%.", "65", "target"),
    ("target", "Целевой показатель на 2026 год — 98% охвата интернетом.", "98", "target"),
    ("target", "Регион ставит цель привлечь 25 млрд долларов инвестиций к 2030 году.", "25", "target"),
    ("target", "К 2029 году производство должно достичь 2,5 млн тонн.", "2,5", "target"),
    ("target", "Доля переработки должна составить не менее 50%.", "50", "target"),
    ("target", "Правительство стремится снизить износ сетей до 45%.", "45", "target"),
    ("target", "Задача — принимать 1 млн туристов в год к 2029 году.", "1", "target"),
    ("target", "К 2030 году доля ВИЭ достигнет 15%.", "15", "target"),
    # forecasts
    ("forecast", "Ожидается, что урожай составит 22 млн тонн.", "22", "forecast"),
    ("forecast", "Рост ВВП в 2026 году прогнозируется на уровне 5,6%.", "5,6", "forecast"),
    ("forecast", "По прогнозам, инфляция замедлится до 9,5% в следующем году.", "9,5", "forecast"),
    ("forecast", "Дефицит бюджета, по прогнозу, составит 2,7% ВВП.", "2,7", "forecast"),
    ("forecast", "Аналитики ожидают роста цен на 12% в следующем году.", "12", "forecast"),
    ("forecast", "Предполагается, что спрос на электроэнергию превысит 120 млрд кВтч.", "120", "forecast"),
    ("forecast", "Население, по оценкам, к 2030 году достигнет 22 млн человек.", "22", "forecast"),
    ("forecast", "Инфляция по итогам года составит 12,5%.", "12,5", "forecast"),
    ("forecast", "Ожидаемый объем производства — 3 млн тонн.", "3", "forecast"),
    # hedged
    ("hedged", "Ущерб может достичь 30 млрд тенге, если засуха продолжится.", "30", "forecast"),
    ("hedged", "Цены могут вырасти на 15% в ближайшие месяцы.", "15", "forecast"),
    ("hedged", "Новые правила позволят сэкономить до 8 млрд тенге в год.", "8", "forecast"),
    ("hedged", "Без новых мощностей дефицит может составить 1400 МВт в 2029 году.", "1400", "forecast"),
    # negation
    ("negation", "В прошлом году инфляция не превысила 8,6%.", "8,6", "actual"),
    ("negation", "В 2026 году будет выдано не более 12 новых лицензий.", "12", "plan"),
    ("negation", "В 2024 году производство не достигло 2 млн тонн.", "2", "actual"),
    ("negation", "Дефицит в следующем году не превысит 3% ВВП, говорится в прогнозе.", "3", "forecast"),
    # plans reported in the past
    ("reported_plan", "Планировалось, что в 2026 году построят 16 школ.", "16", "plan"),
    ("reported_plan", "Ранее планировалось ввести 22 объекта в следующем году.", "22", "plan"),
    ("reported_plan", "Министр сообщил, что в следующем году построят 70 школ.", "70", "plan"),
    ("reported_plan", "Акимат планировал отремонтировать 300 км дорог до 2026 года.", "300", "plan"),
    # plans done
    ("plan_done", "Как и планировалось, в этом году построено 12 школ.", "12", "actual"),
    ("plan_done", "План выполнен: в 2024 году отремонтировано 540 км дорог.", "540", "actual"),
    ("plan_done", "Из 60 запланированных на этот год проектов 16 уже запущены.", "16", "actual"),
    ("plan_done", "Из выделенных 300 млрд тенге освоено 210 млрд.", "210", "actual"),
    ("plan_done", "Из выделенных 300 млрд тенге освоено 210 млрд.", "300", "plan"),
    ("plan_done", "План по заготовке кормов выполнен на 101,2%.", "101,2", "actual"),
    # bullets under a lead
    ("bullets", "В следующем году планируется:\n- построить 14 школ;\n- открыть 6 поликлиник.", "14", "plan"),
    ("bullets", "Программой на 2026–2028 годы предусмотрено:\n- 120 км дорог;\n- 40 мостов.", "40", "plan"),
    ("bullets", "В прошлом году в регионе:\n- построено 14 школ;\n- открыто 6 поликлиник.", "6", "actual"),
    # headline against body
    ("headline", "В следующем году в городе построят 20 детских садов.", "20", "plan", "В Алматы строят детсады"),
    ("headline", "В прошлом году в городе построили 20 детских садов.", "20", "actual", "В Алматы построят детсады"),
]

KK: list[Probe] = [
    # past results
    ("past", "2024 жылы облыста 14 мектеп салынды.", "14", "actual"),
    ("past", "Өткен жылы диқандар 2,3 млн тонна бидай жинады.", "2,3", "actual"),
    ("past", "Былтыр инвестиция көлемі 9,2 трлн теңгені құрады.", "9,2", "actual"),
    ("past", "2024 жылы жұмыссыздық деңгейі 4,7%-ды құрады.", "4,7", "actual"),
    ("past", "Қазан айында қалада 6 емхана ашылды.", "6", "actual"),
    ("past", "Тоғыз айда кәсіпорын 12,5 мың тонна сүт өндірді.", "12,5", "actual"),
    ("past", "2024 жылы болат өндірісі 35 мың тоннаға дейін өсті.", "35", "actual"),
    ("past", "Қаңтар-қыркүйекте экспорт 4,1 млрд долларға жетті.", "4,1", "actual"),
    # passive and participle results
    ("passive", "Биыл облыста 180 шақырым жол жөнделді.", "180", "actual"),
    ("passive", "Өткен жылы фермерлерге 3200 несие берілді.", "3200", "actual"),
    ("passive", "Қазан айында 640 пәтер пайдалануға берілді.", "640", "actual"),
    ("passive", "Тоғыз айда 74 инвестициялық жоба іске асырылды.", "74", "actual"),
    ("passive", "Бүгінге дейін егістің 80%-ы жиналды.", "80", "actual"),
    ("passive", "Жыл басынан бері 1150 адам жұмысқа орналастырылды.", "1150", "actual"),
    ("passive", "2024 жылы 5400 жұмыс орны ашылған.", "5400", "actual"),
    ("passive", "Өткен жылы 27 балабақша салынған болатын.", "27", "actual"),
    # present state
    ("stock", "Салада 96 компания жұмыс істейді.", "96", "actual"),
    ("stock", "Жұмыссыздық деңгейі 4,6%-ды құрайды.", "4,6", "actual"),
    ("stock", "Облыс еліміздегі астықтың 18%-ын береді.", "18", "actual"),
    ("stock", "Қазір қалада 312 мектеп жұмыс істеп тұр.", "312", "actual"),
    ("stock", "Қазіргі уақытта 12 мектеп салынып жатыр.", "12", "actual"),
    ("stock", "Өңірде 46 жоба іске асырылуда.", "46", "actual"),
    ("stock", "Зауыт жылына 6 млн тонна мұнай өңдейді.", "6", "actual"),
    ("stock", "Мал басы 1,2 млн басқа жетіп отыр.", "1,2", "actual"),
    # future: aorist, -атын болады
    ("future", "Келесі жылы 14 мектеп салынады.", "14", "plan"),
    ("future", "2026 жылы облыста 25 емхана ашылады.", "25", "plan"),
    ("future", "2026 жылы 300 пәтер пайдалануға беріледі.", "300", "plan"),
    ("future", "Келесі жылы 2000-ға жуық фермер субсидия алады.", "2000", "plan"),
    ("future", "2028 жылға дейін қалада 40 шақырым трамвай желісі төселеді.", "40", "plan"),
    ("future", "Келесі жылы тұрғын үйге 9 млрд теңге бөлінеді.", "9", "plan"),
    ("future", "2026 жылы 5000 грант берілетін болады.", "5000", "plan"),
    ("future", "250 төсектік аурухана 2026 жылы ашылатын болады.", "250", "plan"),
    ("future", "Бағдарламаны қаржыландыру көлемі 2026 жылы 45 млрд теңге болады.", "45", "plan"),
    ("future", "Келесі жылы 12 жаңа қызмет көрсету орталығы ашылмақ.", "12", "plan"),
    ("future", "Өңірде 2026 жылы 16 мектеп салынбақ.", "16", "plan"),
    # plan words
    ("plan_verb", "2026 жылы 30 балабақша салу жоспарлануда.", "30", "plan"),
    ("plan_verb", "2027 жылға дейін 70 шақырым газ құбырын тарту жоспарланған.", "70", "plan"),
    ("plan_verb", "Бағдарламада 120 ауылдық амбулатория салу көзделген.", "120", "plan"),
    ("plan_verb", "2026-2028 жылдары 45 көпір салу көзделіп отыр.", "45", "plan"),
    ("plan_verb", "Жоба аясында 800 жұмыс орны ашылады деп жоспарлануда.", "800", "plan"),
    ("plan_verb", "Компания 40 локомотив сатып алуды жоспарлап отыр.", "40", "plan"),
    ("plan_verb", "Келесі жылы 14 зауытты іске қосу қарастырылған.", "14", "plan"),
    ("plan_verb", "Әкімдік 300 шақырым жолды жөндеуді жоспарлап отыр.", "300", "plan"),
    ("plan_verb", "Келесі жылға барлығы 110 жоба жоспарланған.", "110", "plan"),
    ("plan_verb", "2026 жылы 16 мектеп салынуы тиіс.", "16", "plan"),
    ("plan_verb", "Жоспарға сәйкес 2026 жылы 22 жаңа бағыт ашылады.", "22", "plan"),
    ("plan_verb", "2026 жылғы бюджетте жол жөндеуге 30 млрд теңге қарастырылған.", "30", "plan"),
    # allocations ahead
    ("alloc_ahead", "2026 жылға жол жөндеуге 45 млрд теңге бөлінді.", "45", "plan"),
    ("alloc_ahead", "Биыл субсидияға 40 млрд теңге бөлінді.", "40", "plan"),
    ("alloc_ahead", "Емхана салуға 2 млрд теңге бөлінген.", "2", "plan"),
    ("alloc_ahead", "Ағымдағы жылы бағдарламаға 8,5 млрд теңге бағытталды.", "8,5", "plan"),
    ("alloc_ahead", "Жаңа көпірдің құны 24 млрд теңге деп бағаланады.", "24", "plan"),
    ("alloc_ahead", "Құны 96 млрд теңге болатын 12 мектеп салынып жатыр.", "96", "plan"),
    ("alloc_ahead", "Бұл мақсатқа бюджеттен 12 млрд теңге бөлінеді.", "12", "plan"),
    # allocations over, spent
    ("alloc_done", "Өткен жылы субсидияға 35 млрд теңге бөлінді.", "35", "actual"),
    ("alloc_done", "2023 жылы жол жөндеуге 14 млрд теңге игерілді.", "14", "actual"),
    ("alloc_done", "Соңғы үш жылда салаға 210 млрд теңге бөлінді.", "210", "actual"),
    ("alloc_done", "Жыл басынан бері зейнетақы төлеуге 1,8 трлн теңге жұмсалды.", "1,8", "actual"),
    ("alloc_done", "2024 жылы 6,4 млрд теңге жұмсалды.", "6,4", "actual"),
    # targets
    ("target", "Мақсат — 2030 жылға қарай ЖЭК үлесін 15%-ға жеткізу.", "15", "target"),
    ("target", "2029 жылға қарай экспортты 70%-ға дейін арттыру міндеті қойылды.", "70", "target"),
    ("target", "2030 жылға қарай газдандырылған ауылдар үлесі 65%-ға жетуі тиіс.", "65", "target"),
    ("target", "2030 жылға қарай ЖЭК үлесін 15%-ға жеткізу көзделіп отыр.", "15", "target"),
    ("target", "Өңір 2030 жылға қарай 25 млрд доллар инвестиция тартуды мақсат етіп отыр.", "25", "target"),
    ("target", "2029 жылға қарай өндіріс 2,5 млн тоннаға жетуі керек.", "2,5", "target"),
    ("target", "Өңдеу үлесі кемінде 50% болуы тиіс.", "50", "target"),
    ("target", "Нысаналы көрсеткіш — 2026 жылы интернетпен 98% қамту.", "98", "target"),
    ("target", "2030 жылға қарай ЖЭК үлесі 15%-ға жетеді.", "15", "target"),
    ("target", "Желілердің тозуын 45%-ға дейін төмендету межеленген.", "45", "target"),
    # forecasts
    ("forecast", "Биыл 22 млн тонна астық жиналады деп күтілуде.", "22", "forecast"),
    ("forecast", "Болжам бойынша, 2026 жылы ЖІӨ өсімі 5,6% болады.", "5,6", "forecast"),
    ("forecast", "Келесі жылы инфляция 9,5%-ға дейін баяулайды деп болжануда.", "9,5", "forecast"),
    ("forecast", "Бюджет тапшылығы ЖІӨ-нің 2,7%-ын құрайды деп болжанып отыр.", "2,7", "forecast"),
    ("forecast", "Сарапшылар келесі жылы бағаның 12%-ға өсуін күтеді.", "12", "forecast"),
    ("forecast", "Электр энергиясына сұраныс 120 млрд кВт/сағ-тан асады деп күтілуде.", "120", "forecast"),
    ("forecast", "Болжамға сәйкес, 2030 жылы халық саны 22 млн адамға жетеді.", "22", "forecast"),
    ("forecast", "Күтілетін өнім көлемі — 3 млн тонна.", "3", "forecast"),
    ("forecast", "Биылғы өнім 3 млн тоннаға жетеді деп күтілуде.", "3", "forecast"),
    # hedged
    ("hedged", "Құрғақшылық жалғаса берсе, шығын 30 млрд теңгеге жетуі мүмкін.", "30", "forecast"),
    ("hedged", "Алдағы айларда баға 15%-ға өсуі мүмкін.", "15", "forecast"),
    ("hedged", "Жаңа ережелер жылына 8 млрд теңгеге дейін үнемдеуге мүмкіндік береді.", "8", "forecast"),
    ("hedged", "Жаңа қуаттар болмаса, 2029 жылы тапшылық 1400 МВт болуы ықтимал.", "1400", "forecast"),
    # negation
    ("negation", "Өткен жылы инфляция 8,6%-дан аспады.", "8,6", "actual"),
    ("negation", "2024 жылы өндіріс 2 млн тоннаға жетпеді.", "2", "actual"),
    ("negation", "Келесі жылы тапшылық ЖІӨ-нің 3%-ынан аспайды деп болжануда.", "3", "forecast"),
    ("negation", "2026 жылы 12 лицензиядан артық берілмейді.", "12", "plan"),
    # plans reported in the past
    ("reported_plan", "2026 жылы 16 мектеп салу жоспарланған болатын.", "16", "plan"),
    ("reported_plan", "Бұған дейін келесі жылы 22 нысанды іске қосу жоспарланған еді.", "22", "plan"),
    ("reported_plan", "Министр келесі жылы 70 мектеп салынатынын айтты.", "70", "plan"),
    ("reported_plan", "Әкімдік 2026 жылға дейін 300 шақырым жол жөндеуді жоспарлаған еді.", "300", "plan"),
    # plans done
    ("plan_done", "Жоспарға сәйкес, биыл 12 мектеп салынды.", "12", "actual"),
    ("plan_done", "Жоспар орындалды: 2024 жылы 540 шақырым жол жөнделді.", "540", "actual"),
    ("plan_done", "Биылға жоспарланған 60 жобаның 16-сы іске қосылды.", "16", "actual"),
    ("plan_done", "Бөлінген 300 млрд теңгенің 210 млрд теңгесі игерілді.", "210", "actual"),
    ("plan_done", "Бөлінген 300 млрд теңгенің 210 млрд теңгесі игерілді.", "300", "plan"),
    ("plan_done", "Мал азығын дайындау жоспары 101,2%-ға орындалды.", "101,2", "actual"),
    # bullets under a lead
    ("bullets", "Келесі жылы мыналар жоспарлануда:\n- 14 мектеп салу;\n- 6 емхана ашу.", "14", "plan"),
    ("bullets", "2026-2028 жылдарға арналған бағдарламада көзделген:\n- 120 шақырым жол;\n- 40 көпір.", "40", "plan"),
    ("bullets", "Өткен жылы өңірде:\n- 14 мектеп салынды;\n- 6 емхана ашылды.", "6", "actual"),
    # headline against body
    ("headline", "Келесі жылы қалада 20 балабақша салынады.", "20", "plan", "Алматыда балабақшалар салынуда"),
    ("headline", "Өткен жылы қалада 20 балабақша салынды.", "20", "actual", "Алматыда балабақшалар салынбақ"),
]

BATTERY: dict[str, list[Probe]] = {"en": EN, "ru": RU, "kk": KK}
