"""English probe battery of the common FORMS of reporting (eighteenth session): short sentences of our
own, labelled by tests/realworld/FORMAT.md before any run, each checked for the period and kind of its
figures. Classes: (a) present states with no date, (b) stocks 'as of' a day or month, (c) year-to-date and
running totals, (d) 'this year' for deeds, plans and deadlines, (e) spans carried from a headline or lead,
(f) deadlines, targets, forecasts and allocations, (g) kind cues in verb forms, (h) comparison bases.
ANY in a label leaves that part unchecked (a value the convention does not pin down)."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators

ANY = "any"
P = date(2025, 10, 15)  # published during the year
F = date(2025, 2, 10)  # published after the year before ended
PUB = (P, P)
PUB_F = (F, F)
Y23 = (date(2023, 1, 1), date(2023, 12, 31))
Y24 = (date(2024, 1, 1), date(2024, 12, 31))
Y25 = (date(2025, 1, 1), date(2025, 12, 31))
Y26 = (date(2026, 1, 1), date(2026, 12, 31))
YTD = (date(2025, 1, 1), P)
BY_END = (None, date(2025, 12, 31))
M9 = (date(2025, 1, 1), date(2025, 9, 30))
M9_24 = (date(2024, 1, 1), date(2024, 9, 30))
M8 = (date(2025, 1, 1), date(2025, 8, 31))
H1 = (date(2025, 1, 1), date(2025, 6, 30))
H1_24 = (date(2024, 1, 1), date(2024, 6, 30))
Q1 = (date(2025, 1, 1), date(2025, 3, 31))
Q2 = (date(2025, 4, 1), date(2025, 6, 30))
SEP = (date(2025, 9, 1), date(2025, 9, 30))
SPRING = (date(2025, 3, 1), date(2025, 5, 31))
AUG1 = date(2025, 8, 1)
SUMMER = (date(2025, 6, 1), date(2025, 8, 31))
AUTUMN = (date(2025, 9, 1), date(2025, 11, 30))
JUL20 = date(2025, 7, 20)
M10 = (date(2025, 1, 1), date(2025, 10, 31))
NOV1 = date(2025, 11, 20)


def by(year: int) -> tuple[None, date]:
    return (None, date(year, 12, 31))


def day(y: int, m: int, d: int) -> tuple[date, date]:
    return (date(y, m, d), date(y, m, d))


def lab(span: tuple, kind: str = "actual") -> tuple:
    return (span[0], span[1], kind)


# (class, published, title, body, {surface: (start, end, kind)})
CASES: list[tuple[str, date, str, str, dict[str, tuple]]] = [
    # a. present states with no date -> the publication day; also after a past year or a year-to-date span
    ("a", P, "", "The region has 312 schools.", {"312": lab(PUB)}),
    ("a", P, "", "Today some 1,200 people work at the plant.", {"1,200": lab(PUB)}),
    ("a", P, "", "Unemployment in the region stands at 4.7%.", {"4.7%": lab(PUB)}),
    ("a", P, "", "The share of renewables in power generation is 6.4%.", {"6.4%": lab(PUB)}),
    ("a", P, "", "There are 96 IT companies registered in the technopark.", {"96": lab(PUB)}),
    ("a", P, "", "The country's gold and foreign currency reserves amount to 48.5 billion dollars.",
     {"48.5 billion dollars": lab(PUB)}),
    ("a", P, "", "Some 18,000 hectares of the district's land are irrigated.", {"18,000 hectares": lab(PUB)}),
    ("a", P, "", "At present, 23 investment projects are being implemented in the region.", {"23": lab(PUB)}),
    ("a", P, "", "Over 60% of the population uses digital public services.", {"60%": lab(PUB)}),
    ("a", F, "", "In 2024, 45 new schools were built in the region. The region now has 312 schools.",
     {"45": lab(Y24), "312": lab(PUB_F)}),
    ("a", F, "", "In 2024 the farm harvested 40,000 tonnes of grain. It employs 350 people.",
     {"40,000 tonnes": lab(Y24), "350": lab(PUB_F)}),
    ("a", P, "", "Since the beginning of the year, 1,500 jobs have been created in the district. "
                 "The unemployment rate is 4.2%.", {"1,500": lab(YTD), "4.2%": lab(PUB)}),
    ("a", P, "", "In January-September 2025, industrial output grew by 5.1%. "
                 "The region is home to 1,240 industrial enterprises.", {"5.1%": lab(M9), "1,240": lab(PUB)}),
    ("a", P, "", "Last year the city received 2.1 million tourists. Today it has 140 hotels with 9,000 beds.",
     {"2.1 million": lab(Y24), "140": lab(PUB), "9,000": lab(PUB)}),
    ("a", P, "", "In the first half of 2025, the region exported goods worth 1.2 billion dollars. "
                 "Its trade partners include 74 countries.", {"1.2 billion dollars": lab(H1), "74": lab(PUB)}),
    ("a", P, "", "So far this year 8,000 tourists have visited the reserve, which covers 120,000 hectares.",
     {"8,000": lab(YTD), "120,000 hectares": lab(PUB)}),
    ("a", F, "", "Last year Kazakhstan produced 117.9 billion kWh of electricity. "
                 "The country operates 230 power plants, including 156 renewable energy facilities.",
     {"117.9 billion kWh": lab(Y24), "230": lab(PUB_F), "156": lab(PUB_F)}),
    # b. stocks as of a day or a month
    ("b", P, "", "As of October 1, 2025, deposits in banks totalled 38 trillion tenge.",
     {"38 trillion tenge": lab(day(2025, 10, 1))}),
    ("b", P, "", "As of 1 September, 12,400 people were registered as unemployed.", {"12,400": lab(day(2025, 9, 1))}),
    ("b", P, "", "Unemployment stood at 4.6% as of August.", {"4.6%": lab(day(2025, 8, 1))}),
    ("b", P, "", "As of January 1, 2025, the population of Kazakhstan was 20.3 million people.",
     {"20.3 million": lab(day(2025, 1, 1))}),
    ("b", P, "", "According to data as of October 1, the loan portfolio reached 40.2 trillion tenge, up 8% year on year.",
     {"40.2 trillion tenge": lab(day(2025, 10, 1)), "8%": lab(day(2025, 10, 1))}),
    ("b", P, "", "As of 1 April 2025, the money supply was 41 trillion tenge, up 8% over the year.",
     {"41 trillion tenge": lab(day(2025, 4, 1)), "8%": lab((date(2024, 4, 1), date(2025, 3, 31)))}),
    ("b", P, "", "On October 1, the National Fund's assets stood at 60.1 billion dollars.",
     {"60.1 billion dollars": lab(day(2025, 10, 1))}),
    ("b", P, "", "Data as of September 1, 2025 show 3,412 small businesses operating in the city.",
     {"3,412": lab(day(2025, 9, 1))}),
    ("b", P, "", "The number of registered vehicles reached 5.1 million as of July 1.",
     {"5.1 million": lab(day(2025, 7, 1))}),
    ("b", P, "", "As of today, 310 kilometres of roads have been repaired.", {"310 kilometres": lab(PUB)}),
    ("b", P, "", "According to the Bureau of National Statistics, as of September 1 the population of Astana "
                 "was 1.5 million.", {"1.5 million": lab(day(2025, 9, 1))}),
    ("b", P, "", "As of the beginning of October, the loan portfolio of the fund was 210 billion tenge.",
     {"210 billion tenge": lab(day(2025, 10, 1))}),
    ("b", P, "", "The region's herd numbered 1.1 million head of cattle as of September 2025.",
     {"1.1 million": lab(day(2025, 9, 1))}),
    ("b", P, "", "In 2024 the bank issued 90,000 loans. As of October 1, its loan book stood at 1.4 trillion tenge.",
     {"90,000": lab(Y24), "1.4 trillion tenge": lab(day(2025, 10, 1))}),
    ("b", F, "", "As of January 1, the number of registered legal entities was 560,000, "
                 "an increase of 6% year on year.", {"560,000": lab(day(2025, 1, 1)), "6%": lab(day(2025, 1, 1))}),
    # c. year-to-date and running totals; the done part of a plan for the year
    ("c", P, "", "Since the beginning of the year, 4.2 million tonnes of grain have been exported.",
     {"4.2 million tonnes": lab(YTD)}),
    ("c", P, "", "So far this year, 23 new kindergartens have opened.", {"23": lab(YTD)}),
    ("c", P, "", "So far, 1.2 million hectares have been threshed.", {"1.2 million hectares": lab(PUB)}),
    ("c", P, "", "To date, 96% of the crop has been harvested.", {"96%": lab(PUB)}),
    ("c", P, "", "Since January, the fund has paid out 58 billion tenge in pensions.", {"58 billion tenge": lab(YTD)}),
    ("c", P, "", "A total of 60 projects are planned this year, of which 16 have already been launched.",
     {"60": lab(Y25, "plan"), "16": lab(YTD)}),
    ("c", P, "", "This year the plan is to repair 120 kilometres of roads; 85 kilometres are already done.",
     {"120 kilometres": lab(Y25, "plan"), "85 kilometres": lab(YTD)}),
    ("c", P, "", "Since the start of 2025, exports have grown by 7.4%.", {"7.4%": lab(YTD)}),
    ("c", P, "", "In total, 3,200 people have found jobs under the programme since the beginning of the year.",
     {"3,200": lab(YTD)}),
    ("c", P, "", "Since the beginning of the year, the region has attracted 320 billion tenge of investment, "
                 "12% more than in the same period of last year.",
     {"320 billion tenge": lab(YTD), "12%": lab(YTD)}),
    ("c", P, "", "Up to now, 14,000 applications have been received.", {"14,000": lab(PUB)}),
    ("c", P, "", "Year to date, passenger traffic reached 6.8 million people.", {"6.8 million": lab(YTD)}),
    ("c", P, "", "Of the 40 schools scheduled for this year, 28 have been commissioned.",
     {"40": lab(Y25, "plan"), "28": lab(YTD)}),
    ("c", P, "", "The annual plan provides for 2,500 housing units, and 1,900 have been handed over so far.",
     {"2,500": lab(Y25, "plan"), "1,900": lab(YTD)}),
    ("c", P, "", "In the first nine months, 45,000 tourists visited the reserve.", {"45,000": lab(M9)}),
    ("c", P, "", "Since the beginning of the year, 7 billion tenge has gone to road repairs, "
                 "and another 9 billion tenge is provided for.",
     {"7 billion tenge": lab(YTD), "9 billion tenge": (ANY, ANY, "plan")}),
    ("c", P, "", "Since the beginning of this year, 2,100 families have received new housing.", {"2,100": lab(YTD)}),
    ("c", P, "", "As many as 310 businesses have been opened in the district since the start of the year.",
     {"310": lab(YTD)}),
    # d. 'this year' for deeds, plans and 'by the end of the year'
    ("d", P, "", "This year 12 clinics opened in the region.", {"12": lab(Y25)}),
    ("d", P, "", "This year the region has built 1,500 kilometres of roads.", {"1,500 kilometres": lab(Y25)}),
    ("d", P, "", "This year 40 facilities are planned to be commissioned.", {"40": lab(Y25, "plan")}),
    ("d", P, "", "Some 40 billion tenge has been allocated for subsidies this year.",
     {"40 billion tenge": lab(Y25, "plan")}),
    ("d", P, "", "By the end of the year, 30 more schools will be opened.", {"30": lab(BY_END, "plan")}),
    ("d", P, "", "Output should reach 3 million tonnes this year.", {"3 million tonnes": (*Y25, ANY)}),
    ("d", P, "", "The harvest is expected to exceed 22 million tonnes this year.",
     {"22 million tonnes": lab(Y25, "forecast")}),
    ("d", P, "", "This year, the akimat aims to create 5,000 jobs.", {"5,000": lab(Y25, "target")}),
    ("d", P, "", "In 2025 the region exported 1.1 million tonnes of wheat.", {"1.1 million tonnes": lab(Y25)}),
    ("d", P, "", "Kazakhstan plans to export 10 million tonnes of grain by the end of the year.",
     {"10 million tonnes": lab(BY_END, "plan")}),
    ("d", P, "", "By the end of this year, gas coverage will reach 65%.", {"65%": (*BY_END, ANY)}),
    ("d", F, "", "This year 30 schools will be built in the region.", {"30": lab(Y25, "plan")}),
    ("d", P, "", "The region's farmers sowed 2.1 million hectares this year.", {"2.1 million hectares": lab(Y25)}),
    ("d", P, "", "This year's budget for the programme is 12 billion tenge.", {"12 billion tenge": lab(Y25, "plan")}),
    ("d", P, "", "In the current year, 250 families will receive housing.", {"250": lab(Y25, "plan")}),
    ("d", P, "", "Earlier this year, the government approved 14 new investment projects.", {"14": lab(Y25)}),
    ("d", P, "", "This year, the region will commission 600,000 square metres of housing.",
     {"600,000 square metres": lab(Y25, "plan")}),
    ("d", P, "", "This year, 5,000 young people have been employed under the programme.", {"5,000": lab(Y25)}),
    # e. spans carried from a headline or lead, and where a later sentence starts a new span
    ("e", P, "Industrial output in Kazakhstan up 5.1% in January-September",
     "Industrial output in Kazakhstan grew by 5.1%. Manufacturing rose by 6.2%, and mining by 3.4%.",
     {"5.1%": lab(M9), "6.2%": lab(M9), "3.4%": lab(M9)}),
    ("e", P, "", "In January-September 2025, the region's GDP grew by 6.3%. Construction increased by 14.2%, "
                 "while agriculture rose by 3.1%.", {"14.2%": lab(M9), "3.1%": lab(M9)}),
    ("e", F, "", "In 2024, Kazakhstan produced 117.9 billion kWh of electricity. Consumption reached 119.9 billion kWh.",
     {"117.9 billion kWh": lab(Y24), "119.9 billion kWh": lab(Y24)}),
    ("e", F, "", "In 2024, the region built 1.2 million square metres of housing. "
                 "This year, it plans to commission 1.4 million square metres.",
     {"1.2 million square metres": lab(Y24), "1.4 million square metres": lab(Y25, "plan")}),
    ("e", AUG1, "", "In the first half of 2025, retail trade reached 9.1 trillion tenge. "
                    "In the same period last year, it was 8.3 trillion tenge.",
     {"9.1 trillion tenge": lab(H1), "8.3 trillion tenge": lab(H1_24)}),
    ("e", P, "", "In January-August, 12,300 tonnes of fish were caught in the region, 8% more than in the same "
                 "period of 2024. The catch of carp amounted to 4,100 tonnes.",
     {"12,300 tonnes": lab(M8), "8%": lab(M8), "4,100 tonnes": lab(M8)}),
    ("e", F, "", "In 2024 the region produced 900,000 tonnes of milk, compared with 850,000 tonnes in 2023. "
                 "Meat production reached 210,000 tonnes.",
     {"900,000 tonnes": lab(Y24), "850,000 tonnes": lab(Y23), "210,000 tonnes": lab(Y24)}),
    ("e", F, "", "Exports rose 12% in 2024 against 2023. Imports grew by 4%.", {"12%": lab(Y24), "4%": lab(Y24)}),
    ("e", P, "Over 9 months, Almaty region attracted 600 billion tenge of investment",
     "The region attracted 600 billion tenge of investment, 15% more than a year earlier. "
     "Investment in agriculture amounted to 90 billion tenge.",
     {"600 billion tenge": lab(M9), "15%": lab(M9), "90 billion tenge": lab(M9)}),
    ("e", P, "", "Last year 45 schools were built. This year 60 are planned.",
     {"45": lab(Y24), "60": lab(Y25, "plan")}),
    ("e", AUG1, "", "In 2023 the region exported 500,000 tonnes of flour. In 2024, exports reached 620,000 tonnes, "
                    "and in the first half of 2025, 340,000 tonnes.",
     {"500,000 tonnes": lab(Y23), "620,000 tonnes": lab(Y24), "340,000 tonnes": lab(H1)}),
    ("e", JUL20, "", "In January-June, the region's budget revenues amounted to 210 billion tenge. "
                     "Tax revenues reached 150 billion tenge, or 71% of the total.",
     {"210 billion tenge": lab(H1), "150 billion tenge": lab(H1), "71%": lab(H1)}),
    ("e", F, "", "In 2024 the airport handled 4.5 million passengers. It now serves 35 destinations.",
     {"4.5 million": lab(Y24), "35": lab(PUB_F)}),
    ("e", P, "", "Over nine months of 2025, 120,000 tonnes of cement were produced. "
                 "In September alone, output was 15,000 tonnes.",
     {"120,000 tonnes": lab(M9), "15,000 tonnes": lab(SEP)}),
    ("e", P, "", "In the first quarter of 2025, exports reached 500 million dollars. "
                 "In the second quarter, they rose to 620 million dollars.",
     {"500 million dollars": lab(Q1), "620 million dollars": lab(Q2)}),
    ("e", F, "Kazakhstan's 2024 grain harvest reaches 26.5 million tonnes",
     "Farmers threshed 26.5 million tonnes of grain. The average yield was 15.6 centners per hectare.",
     {"26.5 million tonnes": lab(Y24), "15.6 centners per hectare": lab(Y24)}),
    # f. deadlines, targets, plans for a year, forecasts, allocations
    ("f", P, "", "The country aims to raise the share of renewables to 15% by 2030.", {"15%": lab(by(2030), "target")}),
    ("f", P, "", "By 2029, 1,000 new schools will be built.", {"1,000": lab(by(2029), "plan")}),
    ("f", P, "", "GDP is expected to grow by 6% in 2026.", {"6%": lab(Y26, "forecast")}),
    ("f", P, "", "In 2026, 1.2 trillion tenge is planned to be allocated for the programme.",
     {"1.2 trillion tenge": lab(Y26, "plan")}),
    ("f", F, "", "In 2024, 147 billion tenge was allocated from the republican budget for water supply projects.",
     {"147 billion tenge": lab(Y24)}),
    ("f", P, "", "Until 2027, the region plans to build 4,000 kilometres of gas pipelines.",
     {"4,000 kilometres": lab(by(2027), "plan")}),
    ("f", P, "", "Inflation is forecast at 11.5% in 2026.", {"11.5%": lab(Y26, "forecast")}),
    ("f", P, "", "Plans are to add over 26 GW of power by 2035.", {"26 GW": lab(by(2035), "plan")}),
    ("f", P, "", "For 2025-2027, 3.4 trillion tenge has been earmarked for road construction.",
     {"3.4 trillion tenge": lab((date(2025, 1, 1), date(2027, 12, 31)), "plan")}),
    ("f", P, "", "Of the 300 billion tenge allocated this year, 210 billion tenge has been used.",
     {"300 billion tenge": lab(Y25, "plan"), "210 billion tenge": lab(YTD)}),
    ("f", P, "", "The target is to bring the level of gasification to 68% by 2026.", {"68%": lab(by(2026), "target")}),
    ("f", P, "", "Over the next three years, the company will invest 500 million dollars.",
     {"500 million dollars": lab((P, date(2028, 10, 15)), "plan")}),
    ("f", P, "", "Next year, 5.4 trillion tenge will be spent to support the regions.",
     {"5.4 trillion tenge": lab(Y26, "plan")}),
    ("f", P, "", "By 2030, the number of tourists is projected to reach 10 million.",
     {"10 million": lab(by(2030), "forecast")}),
    ("f", P, "", "Under the national project, 1,200 km of roads are to be repaired by the end of 2026.",
     {"1,200 km": lab(by(2026), "plan")}),
    ("f", P, "", "Kazakhstan intends to bring grain exports to 12 million tonnes by 2028.",
     {"12 million tonnes": lab(by(2028), "target")}),
    ("f", P, "", "In 2026, the budget deficit is projected at 2.1% of GDP.", {"2.1%": lab(Y26, "forecast")}),
    # g. kind cues in every verb form
    ("g", P, "", "The construction of 14 schools is scheduled for 2026.", {"14": lab(Y26, "plan")}),
    ("g", P, "", "Some 300 km of roads are slated for repair next year.", {"300 km": lab(Y26, "plan")}),
    ("g", P, "", "The akimat aims to create 2,000 jobs in 2026.", {"2,000": lab(Y26, "target")}),
    ("g", P, "", "The project envisages the construction of 120 km of pipeline in 2026.", {"120 km": lab(Y26, "plan")}),
    ("g", P, "", "Three solar plants with a total capacity of 150 MW are under construction.",
     {"150 MW": (ANY, ANY, "plan")}),
    ("g", P, "", "Harvesting 1.5 million tonnes of potatoes is planned this year.",
     {"1.5 million tonnes": lab(Y25, "plan")}),
    ("g", P, "", "In 2026 the city is set to receive 200 new buses.", {"200": lab(Y26, "plan")}),
    ("g", P, "", "The ministry expects exports to reach 3 billion dollars in 2026.",
     {"3 billion dollars": lab(Y26, "forecast")}),
    ("g", F, "", "A total of 2,500 apartments were handed over to residents in 2024.", {"2,500": lab(Y24)}),
    ("g", F, "", "There are plans to commission 621.5 MW of capacity in 2025.", {"621.5 MW": lab(Y25, "plan")}),
    ("g", P, "", "The aim is for 90% of villages to have broadband internet by 2027.", {"90%": lab(by(2027), "target")}),
    ("g", P, "", "The farmers are expected to harvest 2 million tonnes this year.",
     {"2 million tonnes": lab(Y25, "forecast")}),
    ("g", P, "", "Construction of 40 kilometres of water pipes will be completed by the end of the year.",
     {"40 kilometres": lab(BY_END, "plan")}),
    ("g", P, "", "Some 3,000 trees were planted along the highway in spring.", {"3,000": lab(SPRING)}),
    ("g", P, "", "Last year the region was to build 20 schools, but only 15 were completed.",
     {"20": lab(Y24, "plan"), "15": lab(Y24)}),
    ("g", P, "", "Kazakhstan is projected to harvest 24 million tonnes of grain in 2025.",
     {"24 million tonnes": lab(Y25, "forecast")}),
    ("g", P, "", "The region is planning to attract 500 billion tenge of investment in 2026.",
     {"500 billion tenge": lab(Y26, "plan")}),
    ("g", P, "", "In 2026, 35 kilometres of heating networks are to be replaced.", {"35 kilometres": lab(Y26, "plan")}),
    ("g", P, "", "Next year the district is due to receive 1.8 billion tenge for road repairs.",
     {"1.8 billion tenge": lab(Y26, "plan")}),
    ("g", P, "", "The plan for 2026 foresees the opening of 25 new kindergartens.", {"25": lab(Y26, "plan")}),
    ("g", P, "", "In 2026 it is planned to build 18 schools for 16,000 pupils.",
     {"18": lab(Y26, "plan"), "16,000": lab(Y26, "plan")}),
    ("g", P, "", "Exports are forecast to reach 90 billion dollars in 2026.", {"90 billion dollars": lab(Y26, "forecast")}),
    ("g", P, "", "Inflation is likely to slow to 9% in 2026.", {"9%": lab(Y26, "forecast")}),
    ("g", P, "", "The government has set a target of 6% GDP growth for 2026.", {"6%": lab(Y26, "target")}),
    ("g", P, "", "The new line, to be launched in 2027, will cost 300 billion tenge.",
     {"300 billion tenge": (ANY, ANY, "plan")}),
    ("g", F, "", "In 2024, 1,300 km of roads were repaired in the region.", {"1,300 km": lab(Y24)}),
    ("g", F, "", "Having invested 40 billion tenge in 2024, the company launched 3 new lines.",
     {"40 billion tenge": lab(Y24)}),
    ("g", P, "", "Next year, wheat exports could reach 11 million tonnes.", {"11 million tonnes": lab(Y26, "forecast")}),
    # h. comparison bases and base values
    ("h", F, "", "In 2024 the region produced 1.3 million tonnes of wheat, as against 1.1 million tonnes a year earlier.",
     {"1.3 million tonnes": lab(Y24), "1.1 million tonnes": lab(Y23)}),
    ("h", F, "", "Exports amounted to 2.3 billion dollars in 2024 (2.0 billion dollars in 2023).",
     {"2.3 billion dollars": lab(Y24), "2.0 billion dollars": lab(Y23)}),
    ("h", P, "", "In January-September 2025 exports reached 1.5 billion dollars, while in the same period of 2024 "
                 "they were 1.3 billion dollars.",
     {"1.5 billion dollars": lab(M9), "1.3 billion dollars": lab(M9_24)}),
    ("h", P, "", "In January-August 2025, investment rose by 15% compared to the same period of 2024.",
     {"15%": lab(M8)}),
    ("h", AUG1, "", "Retail sales reached 9 trillion tenge in the first half of 2025, up from 8.1 trillion tenge a year ago.",
     {"9 trillion tenge": lab(H1), "8.1 trillion tenge": lab(H1_24)}),
    ("h", F, "", "Unemployment fell to 4.6% in 2024 from 4.7% in 2023.", {"4.6%": lab(Y24), "4.7%": lab(Y23)}),
    ("h", F, "", "The harvest totalled 26.5 million tonnes in 2024, 9.4 million tonnes more than in 2023.",
     {"26.5 million tonnes": lab(Y24), "9.4 million tonnes": lab(Y24)}),
    ("h", F, "", "Compared with 2023, when 900 km were repaired, the region repaired 1,100 km of roads in 2024.",
     {"900 km": lab(Y23), "1,100 km": lab(Y24)}),
    ("h", F, "", "In 2024, 45,000 tourists visited the park, whereas in 2023 there were 38,000.",
     {"45,000": lab(Y24), "38,000": lab(Y23)}),
    ("h", F, "", "In 2024 the plant produced 120,000 tonnes of steel, 1.5 times more than a year earlier.",
     {"120,000 tonnes": lab(Y24), "1.5 times": lab(Y24)}),
    ("h", F, "", "The number of small businesses grew to 2.1 million in 2024, compared to 1.9 million the year before.",
     {"2.1 million": lab(Y24), "1.9 million": lab(Y23)}),
    ("h", AUG1, "", "In the first half of 2025, the average salary was 410,000 tenge, "
                    "12% higher than in the first half of 2024.",
     {"410,000 tenge": lab(H1), "12%": lab(H1)}),
    ("h", P, "", "Freight traffic in January-September 2025 amounted to 310 million tonnes, exceeding the figure "
                 "for the same period last year (295 million tonnes).",
     {"310 million tonnes": lab(M9), "295 million tonnes": lab(M9_24)}),
    ("h", F, "", "In 2024, 1,200 new businesses were registered, 200 more than in 2023.",
     {"1,200": lab(Y24), "200": lab(Y24)}),
    ("h", F, "", "Tax revenues in 2024 came to 19 trillion tenge, an increase of 9% over 2023.",
     {"19 trillion tenge": lab(Y24), "9%": lab(Y24)}),
    ("h", F, "", "In 2024 the port handled 6 million tonnes of cargo, against 5.2 million tonnes in 2023. "
                 "Container traffic grew by 18%.",
     {"6 million tonnes": lab(Y24), "5.2 million tonnes": lab(Y23), "18%": lab(Y24)}),
    ("h", F, "", "Gold output in 2024 was 130 tonnes; in 2023 it had been 125 tonnes.",
     {"130 tonnes": lab(Y24), "125 tonnes": lab(Y23)}),
    ("h", F, "", "Inflation in 2024 was 8.6%, down from 9.8% in the previous year.",
     {"8.6%": lab(Y24), "9.8%": lab(Y23)}),
    # more forms of each class (a second and third round of writing, labels first as before)

    ("a", P, "", "The city's housing stock totals 38.6 million square metres.", {"38.6 million square metres": lab(PUB)}),
    ("a", P, "", "Kazakhstan is home to more than 2.1 million small and medium-sized businesses.", {"2.1 million": lab(PUB)}),
    ("a", F, "", "Last year, 14 new factories opened in the region. Currently, 410 enterprises operate in its industrial zones.", {"14": lab(Y24), "410": lab(PUB_F)}),
    ("a", P, "", "Since the beginning of the year, the region has exported 2 million tonnes of grain. Its elevators can store 4.5 million tonnes.", {"2 million tonnes": lab(YTD), "4.5 million tonnes": lab(PUB)}),
    ("a", P, "", "The average monthly salary in the region is KZT 412,000.", {"KZT 412,000": lab(PUB)}),
    # (a scale word's dot before a new sentence stays in the surface, as tests/test_screen20_classes.py has it)
    ("b", P, "", "At the start of October, the fund's portfolio totalled KZT 1.2trn.", {"KZT 1.2trn.": lab(day(2025, 10, 1))}),
    ("b", P, "", "As of end-September, reserves stood at $46.1bn.", {"$46.1bn": lab(day(2025, 9, 30))}),
    ("b", P, "", "The number of unemployed stood at 12,400 people on September 1.", {"12,400": lab(day(2025, 9, 1))}),
    ("b", F, "", "As of 1 January 2025, 20,286,000 people lived in Kazakhstan, 253,000 more than a year earlier.", {"20,286,000": lab(day(2025, 1, 1)), "253,000": lab(day(2025, 1, 1))}),
    ("c", P, "", "So far in 2025, the region has commissioned 1.1 million square metres of housing.", {"1.1 million square metres": lab(YTD)}),
    ("c", P, "", "Since January 1, customs revenue has totalled 1.6 trillion tenge.", {"1.6 trillion tenge": lab(YTD)}),
    ("c", P, "", "A total of 640 km of roads is planned for repair this year, and 410 km has already been repaired.", {"640 km": lab(Y25, "plan"), "410 km": lab(YTD)}),
    ("c", P, "", "Out of the 120 projects planned for 2025, 87 have already been implemented.", {"120": lab(Y25, "plan"), "87": lab(YTD)}),
    ("c", P, "", "Some 5,300 people have been employed since the start of this year, or 72% of the annual plan.", {"5,300": lab(YTD), "72%": lab(YTD)}),
    ("d", P, "", "This year, 9 schools have been built in the region.", {"9": lab(Y25)}),
    ("d", P, "", "This year, the region intends to plant 2 million trees.", {"2 million": (*Y25, ANY)}),
    ("d", P, "", "KZT 40bn was allocated for subsidies this year.", {"KZT 40bn": lab(Y25, "plan")}),
    ("d", P, "", "Before the end of the year, another 15 km of road will be laid.", {"15 km": lab(BY_END, "plan")}),
    ("e", P, "", "In 9M 2025, the country's exports reached $60bn. Imports totalled $45bn.", {"$60bn": lab(M9), "$45bn": lab(M9)}),
    ("e", F, "", "In 2024, 12 new schools opened in the region. In 2025, 15 more schools are planned.", {"12": lab(Y24), "15": lab(Y25, "plan")}),
    ("e", F, "Kazakhstan's GDP grew by 4.8% in 2024", "The economy grew by 4.8%. Construction rose by 13.2%.", {"4.8%": lab(Y24), "13.2%": lab(Y24)}),
    ("f", P, "", "The ministry plans to raise the figure to 75% by 2027.", {"75%": lab(by(2027), "plan")}),
    ("f", P, "", "By 2030, the share of processed goods in exports must reach 50%.", {"50%": lab(by(2030), "target")}),
    ("f", P, "", "By the end of 2026, 100% of villages will be connected to the internet.", {"100%": (*by(2026), ANY)}),
    ("f", P, "", "Exports are expected to reach $100bn by 2029.", {"$100bn": lab(by(2029), "forecast")}),
    ("f", F, "", "In 2025, KZT 500bn has been allocated for the programme.", {"KZT 500bn": lab(Y25, "plan")}),
    ("g", P, "", "Some 400 new buses will be purchased in 2026.", {"400": lab(Y26, "plan")}),
    ("g", P, "", "In 2026, construction of 20 schools will begin.", {"20": lab(Y26, "plan")}),
    ("g", P, "", "The plant was expected to produce 50,000 tonnes in 2024, but produced 42,000 tonnes.", {"50,000 tonnes": lab(Y24, "forecast"), "42,000 tonnes": lab(Y24)}),
    ("g", P, "", "Next year, the company should produce 80,000 tonnes of copper.", {"80,000 tonnes": (*Y26, ANY)}),
    ("g", P, "", "The region is to receive 3,000 tonnes of seed in 2026.", {"3,000 tonnes": lab(Y26, "plan")}),
    ("g", P, "", "A budget of 10 billion tenge is envisaged for 2026.", {"10 billion tenge": lab(Y26, "plan")}),
    ("h", F, "", "In 2024, the region's GDP reached 9 trillion tenge, 6.2% more than in 2023.", {"9 trillion tenge": lab(Y24), "6.2%": lab(Y24)}),
    ("h", F, "", "Wheat output rose to 18 million tonnes in 2024 (12 million tonnes a year earlier).", {"18 million tonnes": lab(Y24), "12 million tonnes": lab(Y23)}),
    ("h", F, "", "In 2024, imports declined to $23bn from $25bn in 2023.", {"$23bn": lab(Y24), "$25bn": lab(Y23)}),
    ("h", F, "", "Last year the region harvested 2.1 million tonnes of grain, up from 1.7 million tonnes the year before.", {"2.1 million tonnes": lab(Y24), "1.7 million tonnes": lab(Y23)}),
    ("h", F, "", "Net profit in 2024 was 120 billion tenge, compared to 95 billion tenge in the previous year.", {"120 billion tenge": lab(Y24), "95 billion tenge": lab(Y23)}),

    ("g", P, "", "In summer, 120,000 tourists visited the lake.", {"120,000": lab(SUMMER)}),
    ("g", P, "", "During the summer season, 120,000 tourists visited the lake.", {"120,000": lab(SUMMER)}),
    ("g", P, "", "This summer, 120,000 tourists visited the lake.", {"120,000": lab(SUMMER)}),
    ("g", P, "", "In the spring of 2025, farmers sowed 2 million hectares.", {"2 million hectares": lab(SPRING)}),
    ("g", P, "", "During the spring field work, farmers sowed 2 million hectares.", {"2 million hectares": lab(SPRING)}),
    ("g", P, "", "In autumn, 500 trees will be planted.", {"500": lab(AUTUMN, "plan")}),
    ("h", F, "", "Inflation was 8.6% in 2024 and 9.8% in the previous year.", {"8.6%": lab(Y24), "9.8%": lab(Y23)}),
    ("h", F, "", "In 2024 exports were $2bn, against $1.8bn in the previous year.", {"$1.8bn": lab(Y23)}),
    ("h", F, "", "In 2024 exports were $2bn, against $1.8bn in the preceding year.", {"$1.8bn": lab(Y23)}),
    ("h", F, "", "In 2024 exports were $2bn, against $1.8bn the previous year.", {"$1.8bn": lab(Y23)}),
    ("h", F, "", "In 2024 exports were $2bn, against $1.8bn a year ago.", {"$1.8bn": lab(Y23)}),
    ("h", F, "", "In 2024 exports were $2bn, against $1.8bn in 2023.", {"$1.8bn": lab(Y23)}),
    ("h", AUG1, "", "In the first half of 2025 exports were $2bn, against $1.8bn in the same period of the previous year.", {"$1.8bn": lab(H1_24)}),
    ("c", P, "", "Of the 40 schools planned for this year, 28 have been built.", {"40": lab(Y25, "plan"), "28": lab(YTD)}),
    ("c", P, "", "This year 40 schools are planned; 28 of them have been built.", {"40": lab(Y25, "plan"), "28": lab(YTD)}),
    ("c", P, "", "This year 40 schools are to be built, and 28 have already been commissioned.", {"40": lab(Y25, "plan"), "28": lab(YTD)}),
    ("c", P, "", "The plan for this year is 2,500 housing units; so far 1,900 have been handed over.", {"2,500": lab(Y25, "plan"), "1,900": lab(YTD)}),
    ("c", P, "", "Of the 300 billion tenge allocated for 2025, 210 billion tenge has been disbursed.", {"300 billion tenge": lab(Y25, "plan"), "210 billion tenge": lab(YTD)}),
    ("c", P, "", "This year 300 billion tenge was allocated, of which 210 billion tenge has been spent.", {"300 billion tenge": lab(Y25, "plan"), "210 billion tenge": lab(YTD)}),
    ("d", P, "", "The programme's budget for this year is 12 billion tenge.", {"12 billion tenge": lab(Y25, "plan")}),
    ("d", P, "", "The budget for 2026 is 12 billion tenge.", {"12 billion tenge": lab(Y26, "plan")}),
    ("g", P, "", "In 2024 the region was supposed to build 20 schools, but only 15 were completed.", {"20": lab(Y24, "plan"), "15": lab(Y24)}),
    ("g", P, "", "In 2024 the region planned to build 20 schools, but only 15 were completed.", {"20": lab(Y24, "plan"), "15": lab(Y24)}),
    ("b", P, "", "As of October 1, the portfolio totalled 1.2 trillion tenge.", {"1.2 trillion tenge": lab(day(2025,10,1))}),

    # a
    ("a", P, "", "Kazakhstan's oil reserves are estimated at 30 billion barrels.", {"30 billion barrels": lab(PUB)}),
    ("a", P, "", "About 40% of the district's roads remain in poor condition.", {"40%": lab(PUB)}),
    ("a", P, "", "In 2024 the region produced 1.1 million tonnes of grain. The region's farmers own 12,000 tractors.", {"1.1 million tonnes": lab(Y24), "12,000": lab(PUB)}),
    ("a", P, "", "The park, which covers 4,000 hectares, received 50,000 visitors in 2024.", {"4,000 hectares": lab(PUB), "50,000": lab(Y24)}),
    ("a", P, "", "Nearly 3,500 students are studying at the university.", {"3,500": lab(PUB)}),
    ("a", P, "", "The key rate remains at 16.5%.", {"16.5%": lab(PUB)}),
    # b
    ("b", P, "", "As of October 1, 2025, the unemployment rate stood at 4.6%, while in 2024 it averaged 4.7%.", {"4.6%": lab(day(2025,10,1)), "4.7%": lab(Y24)}),
    ("b", P, "", "The fund's assets totalled $60bn as of the end of September.", {"$60bn": lab(day(2025,9,30))}),
    ("b", P, "", "As of September 1, the region had harvested 1.3 million hectares, or 62% of the sown area.", {"1.3 million hectares": lab(day(2025,9,1)), "62%": lab(day(2025,9,1))}),
    ("b", P, "", "As of 1 October, there were 1,245 vacancies at the employment centre.", {"1,245": lab(day(2025,10,1))}),
    # c
    ("c", P, "", "Since the beginning of 2025, the region's farmers have received 45 billion tenge in subsidies.", {"45 billion tenge": lab(YTD)}),
    ("c", P, "", "Since the start of the harvest, 12 million tonnes of grain have been threshed.", {"12 million tonnes": (ANY, ANY, "actual")}),
    ("c", P, "", "To date, 640 families have moved into the new houses.", {"640": lab(PUB)}),
    ("c", P, "", "This year, 1,200 people have already received housing certificates.", {"1,200": lab(YTD)}),
    ("c", P, "", "In the first eight months of this year, 9,000 jobs were created.", {"9,000": lab(M8)}),
    ("c", P, "", "Over the past nine months, the region's exports totalled $1.2bn.", {"$1.2bn": lab(M9)}),
    # d
    ("d", P, "", "This year the ministry plans to open 100 new schools.", {"100": lab(Y25, "plan")}),
    ("d", P, "", "In 2025, the akimat expects to attract 200 billion tenge of investment.", {"200 billion tenge": lab(Y25, "forecast")}),
    ("d", P, "", "The city received 3 million tourists this year.", {"3 million": lab(Y25)}),
    ("d", P, "", "By the year's end, 45 km of roads will be repaired.", {"45 km": lab(BY_END, "plan")}),
    ("d", P, "", "By year-end, the share of cashless payments is expected to reach 90%.", {"90%": lab(BY_END, "forecast")}),
    # e
    ("e", P, "Kazakhstan's retail sales up 7.1% in January-September", "Retail trade turnover grew by 7.1%. Non-food sales rose by 8.4%.", {"7.1%": lab(M9), "8.4%": lab(M9)}),
    ("e", F, "", "In 2024, 980 companies were registered in the region. In 2023, the figure was 870.", {"980": lab(Y24), "870": lab(Y23)}),
    ("e", F, "", "Last year the port handled 6 million tonnes of cargo. This year it plans to handle 7 million tonnes.", {"6 million tonnes": lab(Y24), "7 million tonnes": lab(Y25, "plan")}),
    ("e", P, "", "In January-September, industrial output reached 3.1 trillion tenge. In September, it amounted to 400 billion tenge.", {"3.1 trillion tenge": lab(M9), "400 billion tenge": lab(SEP)}),
    ("e", AUG1, "", "In the first half of the year, the region produced 300,000 tonnes of milk. Meat output reached 80,000 tonnes.", {"300,000 tonnes": lab(H1), "80,000 tonnes": lab(H1)}),
    ("e", F, "", "In 2024 the region's GDP grew by 5%. In 2025, growth is expected to reach 5.5%.", {"5%": lab(Y24), "5.5%": lab(Y25, "forecast")}),
    # f
    ("f", P, "", "The company aims to double its output to 2 million tonnes by 2028.", {"2 million tonnes": lab(by(2028), "target")}),
    ("f", P, "", "By 2027, the number of tourists should reach 15 million.", {"15 million": (*by(2027), ANY)}),
    ("f", P, "", "The state budget for 2026 provides 1.5 trillion tenge for healthcare.", {"1.5 trillion tenge": lab(Y26, "plan")}),
    ("f", P, "", "For 2026, the republican budget allocates 600 billion tenge to education.", {"600 billion tenge": lab(Y26, "plan")}),
    ("f", P, "", "Within the next two years, 50 new schools will be built.", {"50": lab((P, date(2027,10,15)), "plan")}),
    ("f", P, "", "The IMF forecasts Kazakhstan's GDP growth at 4.8% in 2026.", {"4.8%": lab(Y26, "forecast")}),
    ("f", P, "", "By 2030, Kazakhstan plans to increase the share of renewables to 15%.", {"15%": lab(by(2030), "plan")}),
    # g
    ("g", P, "", "Some 50 km of roads are being repaired.", {"50 km": (ANY, ANY, "plan")}),
    ("g", P, "", "The company intends to invest $500 million in 2026.", {"$500 million": lab(Y26, "plan")}),
    ("g", P, "", "In 2026, 12 new hospitals will be opened.", {"12": lab(Y26, "plan")}),
    ("g", P, "", "In 2026, the plant will produce 60,000 tonnes of fertiliser.", {"60,000 tonnes": (*Y26, ANY)}),
    ("g", F, "", "In 2024, the government had planned to build 100 schools, but 90 were built.", {"100": lab(Y24, "plan"), "90": lab(Y24)}),
    ("g", P, "", "In 2026, the region must create 10,000 jobs.", {"10,000": lab(Y26, "target")}),
    ("g", P, "", "It is planned that 30,000 tonnes of fish will be caught in 2026.", {"30,000 tonnes": lab(Y26, "plan")}),
    ("g", P, "", "The plant was commissioned in 2024; its capacity is 100 MW.", {"100 MW": lab(PUB)}),
    # h
    ("h", F, "", "In 2024, wheat exports reached 9 million tonnes versus 6 million tonnes in 2023.", {"9 million tonnes": lab(Y24), "6 million tonnes": lab(Y23)}),
    ("h", F, "", "In 2024 the deficit narrowed to 2.7% of GDP from 3.1% a year earlier.", {"2.7%": lab(Y24), "3.1%": lab(Y23)}),
    ("h", F, "", "Exports grew to $80bn in 2024, whereas a year earlier they totalled $78bn.", {"$80bn": lab(Y24), "$78bn": lab(Y23)}),
    ("h", AUG1, "", "In January-June 2025, 20,000 cars were sold, 10% fewer than a year earlier.", {"20,000": lab(H1), "10%": lab(H1)}),
    ("h", F, "", "The region built 600,000 square metres of housing in 2024, while in 2023 it built 550,000 square metres.", {"600,000 square metres": lab(Y24), "550,000 square metres": lab(Y23)}),
    # a fourth round: headlines and leads over several sentences, more verbs of intent

    ("e", NOV1, "Kazakhstan's foreign trade turnover reaches $120bn in 10 months", "Exports amounted to $70bn, and imports to $50bn. Trade with China rose by 9%.", {"$70bn": lab(M10), "$50bn": lab(M10), "9%": lab(M10)}),
    ("e", P, "", "In January-September 2025, 120,000 square metres of housing were commissioned in the city. This is 15% more than in the same period of 2024. Individual housing accounted for 40,000 square metres.", {"15%": lab(M9), "40,000 square metres": lab(M9)}),
    ("e", F, "", "In 2024, Kazakhstan's GDP grew by 4.8%. In 2023, it had grown by 5.1%. Growth in construction was 13%.", {"4.8%": lab(Y24), "5.1%": lab(Y23), "13%": (ANY, ANY, "actual")}),
    ("e", P, "", "Nine months into the year, the region has received 900,000 tourists. Foreign tourists accounted for 120,000.", {"900,000": lab(YTD), "120,000": lab(YTD)}),
    ("e", P, "", "The region's budget for 2026 is 800 billion tenge. This year, it amounted to 750 billion tenge.", {"800 billion tenge": lab(Y26, "plan"), "750 billion tenge": (*Y25, ANY)}),
    ("e", F, "", "Last year the region exported 300,000 tonnes of flour. Exports to Afghanistan made up 60%.", {"300,000 tonnes": lab(Y24), "60%": lab(Y24)}),
    ("e", P, "", "In the first half of 2025, the region's industrial output grew by 4.2%. In the second half, growth is expected to reach 5%.", {"4.2%": lab(H1), "5%": lab((date(2025,7,1), date(2025,12,31)), "forecast")}),
    ("f", P, "", "The project, worth $1.2bn, is due to be completed in 2027.", {"$1.2bn": (ANY, ANY, "plan")}),
    ("f", P, "", "The government plans to allocate 200 billion tenge to the programme in 2026-2028.", {"200 billion tenge": lab((date(2026,1,1), date(2028,12,31)), "plan")}),
    ("f", P, "", "The plan is to bring the number of tourists to 5 million by 2029.", {"5 million": lab(by(2029), "plan")}),
    ("f", P, "", "Under the roadmap, 70% of roads must be in good condition by 2029.", {"70%": lab(by(2029), "target")}),
    ("f", P, "", "Kazakhstan expects to export 12 million tonnes of grain in the 2025/26 marketing year.", {"12 million tonnes": lab((date(2025,7,1), date(2026,6,30)), "forecast")}),
    ("f", P, "", "By 2028, wheat yields are projected to rise to 16 centners per hectare.", {"16 centners per hectare": lab(by(2028), "forecast")}),
    ("f", P, "", "The country intends to reach a 20% share of processing in exports by 2030.", {"20%": lab(by(2030), "target")}),
    ("g", P, "", "The new plant will employ 500 people.", {"500": (ANY, ANY, "plan")}),
    ("g", P, "", "The programme will cover 5,000 families in 2026.", {"5,000": lab(Y26, "plan")}),
    ("g", P, "", "In 2026, subsidies are to be raised to 30 billion tenge.", {"30 billion tenge": lab(Y26, "plan")}),
    ("g", P, "", "A further 15 schools are due to open in 2026.", {"15": lab(Y26, "plan")}),
    ("g", P, "", "The company has committed to investing $300 million in 2026.", {"$300 million": lab(Y26, "plan")}),
    ("g", P, "", "In 2026, 1,000 km of roads are slated to be built.", {"1,000 km": lab(Y26, "plan")}),
    ("g", P, "", "Authorities hope to attract 1 million tourists in 2026.", {"1 million": lab(Y26, "target")}),
    ("g", P, "", "Next year, around 2,000 people are expected to receive housing.", {"2,000": lab(Y26, "forecast")}),
    ("g", F, "", "In 2024, 500 hectares of forest were planted, exceeding the plan of 450 hectares.", {"500 hectares": lab(Y24), "450 hectares": lab(Y24, "plan")}),
    ("g", F, "", "The plan for 2024 was 450 hectares, but 500 hectares were planted.", {"450 hectares": lab(Y24, "plan"), "500 hectares": lab(Y24)}),
    ("d", P, "", "Kazakhstan's 2025 grain harvest is forecast at 23 million tonnes.", {"23 million tonnes": lab(Y25, "forecast")}),
    ("d", P, "", "The region plans to harvest 3 million tonnes of grain this year, compared with 2.7 million tonnes last year.", {"3 million tonnes": lab(Y25, "plan"), "2.7 million tonnes": lab(Y24)}),
    ("d", P, "", "This year 12 new schools have opened, and 5 more will open by the end of the year.", {"12": lab(Y25), "5": lab(BY_END, "plan")}),
    ("b", P, "", "Overdue loans amounted to 3.1% of the portfolio as of October 1.", {"3.1%": lab(day(2025,10,1))}),
    ("b", P, "", "According to the Bureau, the population of Almaty reached 2.3 million as of September 1, 2025.", {"2.3 million": lab(day(2025,9,1))}),
    ("g", P, "", "A new hospital will be built in Taraz. The cost of the project is 45 billion tenge.", {"45 billion tenge": (ANY, ANY, "plan")}),
    ("a", P, "", "The national fund now holds $62bn.", {"$62bn": lab(PUB)}),
    ("a", P, "", "In 2024 the bank issued 40,000 mortgages. Its share of the market is 35%.", {"40,000": lab(Y24), "35%": lab(PUB)}),
    ("c", P, "", "Since the beginning of the heating season, 2.4 million tonnes of coal have been shipped.", {"2.4 million tonnes": (ANY, P, "actual")}),
    ("c", P, "", "Over the past 12 months, prices rose by 12.9%.", {"12.9%": lab((date(2024,10,15), P))}),
    ("h", P, "", "In the first nine months of 2025, inflation was 9.8%, against 7.9% in January-September 2024.", {"9.8%": lab(M9), "7.9%": lab(M9_24)}),
    ("h", F, "", "In 2024 the average pension was 150,000 tenge, up from 135,000 tenge in 2023 and 120,000 tenge in 2022.", {"150,000 tenge": lab(Y24), "135,000 tenge": lab(Y23), "120,000 tenge": lab((date(2022,1,1),date(2022,12,31)))}),
    ("h", F, "", "Cargo transit reached 25 million tonnes in 2024, a 10% increase year on year.", {"25 million tonnes": lab(Y24), "10%": lab(Y24)}),
]  # fmt: skip

# forms still read wrong or labels FORMAT.md leaves open: the body's opening -> the reason
_SEASON_IN_A_PLAN = (
    "debatable: FORMAT.md dates a season, but periods.py reads a bare season only in a report of a deed "
    "(the timing inside a plan, 'in the autumn seeds are to be sown', is left undated on purpose)"
)
_STATE_AFTER_SEMICOLON = (
    "a present state after a semicolon takes the year of the clause before it (', and its capacity is' "
    "is read right); left for want of time"
)
_INTO_THE_YEAR = (
    "debatable: 'nine months into the year' may be January-September or the year to the report; "
    "FORMAT.md names neither"
)
_COMMITTED = (
    "debatable: 'has committed to investing' read as a target; FORMAT.md names no such verb (label: plan)"
)
_HOPE = "debatable: 'hope to attract' read as a plan; FORMAT.md names no such verb (label: target)"
XFAIL: dict[str, str] = {
    "In autumn, 500 trees will be planted.": _SEASON_IN_A_PLAN,
    "The plant was commissioned in 2024; its capacity is 100 MW.": _STATE_AFTER_SEMICOLON,
    "Nine months into the year, the region has received 900,000 ": _INTO_THE_YEAR,
    "The company has committed to investing $300 million in 2026.": _COMMITTED,
    "Authorities hope to attract 1 million tourists in 2026.": _HOPE,
}


def _params() -> list:
    out = []
    for cls, published, title, body, expected in CASES:
        marks = []
        reason = next((why for opening, why in XFAIL.items() if body.startswith(opening)), None)
        if reason:
            marks.append(pytest.mark.xfail(strict=True, reason=reason))
        out.append(pytest.param(published, title, body, expected, id=f"{cls}:{body[:60]}", marks=marks))
    return out


def readings(published: date, title: str, body: str, expected: dict[str, tuple]) -> dict[str, tuple | None]:
    found: dict[str, tuple] = {}
    for i in extract_indicators(body, published, title=title, language="en"):
        found.setdefault(i.surface, (i.period_start, i.period_end, i.kind))
    got: dict[str, tuple | None] = {}
    for surface, want in expected.items():
        have = found.get(surface)
        if have is not None:
            have = tuple(ANY if w == ANY else h for w, h in zip(want, have, strict=True))
        got[surface] = have
    return got


@pytest.mark.parametrize(("published", "title", "body", "expected"), _params())
def test_probe_forms_en(published: date, title: str, body: str, expected: dict[str, tuple]) -> None:
    assert readings(published, title, body, expected) == expected
