"""English period and kind of a figure by its clause's predicate (en13; etl/extract/predicate.py).

Our own article-shaped texts, labelled by tests/realworld/FORMAT.md before the extractor ran: a
present state with no time phrase of its own ("the region accounts for 40%", "the plant can
process 12 million tons a year") is dated at publication whatever span the lead named; what a
report tells with a past or perfect verb keeps that span; a stock date, "since", a comparison
base and "for the whole year" date their own figure; a plan document as subject or object of a
revision makes plan figures. Each text holds look-alikes that keep their reading.
"""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators
from etl.extract.predicate import Predicate, plan_figure, read_predicate

D = date
P = D(2025, 10, 14)  # every text's publication date
TODAY = (P, P)
H1 = (D(2025, 1, 1), D(2025, 6, 30))
M8 = (D(2025, 1, 1), D(2025, 8, 31))
M9 = (D(2025, 1, 1), D(2025, 9, 30))
Y24 = (D(2024, 1, 1), D(2024, 12, 31))
Y25 = (D(2025, 1, 1), D(2025, 12, 31))
Y26 = (D(2026, 1, 1), D(2026, 12, 31))
OCT1 = (D(2025, 10, 1), D(2025, 10, 1))
NONE = (None, None)

Span = tuple[date | None, date | None]
Expected = list[tuple[str, Span, str]]


def by(year: int) -> Span:
    return (None, D(year, 12, 31))


def _check(body: str, expected: Expected) -> None:
    """Each expected figure (by the start of its surface, in order) has its period and kind."""
    found = extract_indicators(body, P, title="", language="en")
    rest = list(found)
    for surface, period, kind in expected:
        hit = next((i for i in rest if i.surface.lstrip("$").startswith(surface.lstrip("$"))), None)
        assert hit is not None, f"{surface!r} not read in {body!r}"
        rest.remove(hit)
        assert ((hit.period_start, hit.period_end), hit.kind) == (period, kind), surface


# --- present states: dated at publication, whatever span the lead carries ---
STATES: list[tuple[str, Expected]] = [
    (
        "In January-September 2025, the region produced 1.2 million tons of steel. The region accounts for 40% of the country's steel output.",
        [("1.2 million", M9, "actual"), ("40%", TODAY, "actual")],
    ),
    (
        "In the first half of 2025 the emergency service handled 12,400 calls. The service now has 1,618 crews across the country.",
        [("12,400", H1, "actual"), ("1,618", TODAY, "actual")],
    ),
    (
        "Retail sales rose 6.1% in January-September 2025. Prices for potatoes hold at 90-120 tenge per kilogram in city markets.",
        [("6.1%", M9, "actual"), ("90", TODAY, "actual"), ("120", TODAY, "actual")],
    ),
    (
        "In 2024 the plant processed 9.8 million tons of ore. The modernised plant can process 12 million tons a year.",
        [("9.8 million", Y24, "actual"), ("12 million", TODAY, "actual")],
    ),
    (
        "In 2024, the company shipped 2.1 million tons of coal. The company employs 4,300 people.",
        [("2.1 million", Y24, "actual"), ("4,300", TODAY, "actual")],
    ),
    (
        "Last year, the airport served 6.5 million passengers. It operates flights to 48 destinations.",
        [("6.5 million", Y24, "actual"), ("48", TODAY, "actual")],
    ),
    (
        "In January-June 2025, the country's mines produced 55 million tons of coal. Kazakhstan has coal reserves of 33.6 billion tons.",
        [("55 million", H1, "actual"), ("33.6 billion", TODAY, "actual")],
    ),
    (
        "In the first half of the year, unemployment stood at 4.7%. The number of unemployed is 445,000 people.",
        [("4.7%", H1, "actual"), ("445,000", TODAY, "actual")],
    ),
    (
        "In 2024, Kazakhstan exported 800,000 tons of flour. Today the country holds 9% of the global flour market.",
        [("800,000", Y24, "actual"), ("9%", TODAY, "actual")],
    ),
    (
        "In January-September 2025, the railway carried 210 million tons of freight. The network totals 16,000 km of track.",
        [("210 million", M9, "actual"), ("16,000", TODAY, "actual")],
    ),
    (
        "In the first half of 2025, the bank's net profit amounted to 210 billion tenge. The bank has 4.1 million clients.",
        [("210 billion", H1, "actual"), ("4.1 million", TODAY, "actual")],
    ),
    (
        "Wheat prices in the first half of 2025 averaged 95,000 tenge per ton. Currently, wheat sells for 88,000 tenge per ton.",
        [("95,000", H1, "actual"), ("88,000", TODAY, "actual")],
    ),
    (
        "In the first half of 2025 the company sold 41,000 cars. Its dealer network includes 120 showrooms.",
        [("41,000", H1, "actual"), ("120", TODAY, "actual")],
    ),
    (
        "In 2024, the city's population grew by 25,000. The city is home to 1.5 million people.",
        [("25,000", Y24, "actual"), ("1.5 million", TODAY, "actual")],
    ),
    (
        "In the first half of 2025, 8,500 apartments were commissioned. Another 12,000 are under construction.",
        [("8,500", H1, "actual"), ("12,000", TODAY, "actual")],
    ),
    (
        "In January-September 2025, 5,600 small businesses received state support. Small and medium businesses employ 4.3 million people in the country.",
        [("5,600", M9, "actual"), ("4.3 million", TODAY, "actual")],
    ),
    (
        "In the first half of 2025, industrial output rose by 5.1%. The sector generates 31% of GDP.",
        [("5.1%", H1, "actual"), ("31%", TODAY, "actual")],
    ),
    (
        "Over the first nine months of 2025, 420 km of roads were repaired. The republic has 96,000 km of public roads, 89% of which are in good condition.",
        [("420", M9, "actual"), ("96,000", TODAY, "actual"), ("89%", TODAY, "actual")],
    ),
    (
        "In 2024 the fishery caught 60,000 tons of fish. Kazakhstan has 48,000 lakes and 85,000 rivers.",
        [("60,000", Y24, "actual"), ("48,000", TODAY, "actual"), ("85,000", TODAY, "actual")],
    ),
    (
        "In the first half of 2025, the airline carried 3.4 million passengers. The airline's fleet consists of 37 aircraft.",
        [("3.4 million", H1, "actual"), ("37", TODAY, "actual")],
    ),
    (
        "In the first nine months of 2025, exports totalled $60 billion. Oil accounts for 55% of exports.",
        [("$60 billion", M9, "actual"), ("55%", TODAY, "actual")],
    ),
    (
        "In January-August 2025, 12,000 new jobs were created in the region. The unemployment rate is 4.6%.",
        [("12,000", M8, "actual"), ("4.6%", TODAY, "actual")],
    ),
    (
        "The bank's capital currently exceeds 1 trillion tenge, while in 2024 it earned 180 billion tenge.",
        [("1 trillion", TODAY, "actual"), ("180 billion", Y24, "actual")],
    ),
    (
        "In 2024 the ministry registered 140,000 births. Kazakhstan's population now stands at 20.3 million.",
        [("140,000", Y24, "actual"), ("20.3 million", TODAY, "actual")],
    ),
    (
        "In the first half of 2025, the service answered 9,000 calls. It is currently handling about 60 calls a day.",
        [("9,000", H1, "actual"), ("60", TODAY, "actual")],
    ),
    (
        "In January-September 2025, the port handled 4.2 million tons of cargo. The port's capacity is 6 million tons a year.",
        [("4.2 million", M9, "actual"), ("6 million", TODAY, "actual")],
    ),
    (
        "In the first half of 2025, 2,300 families received housing. Another 1,800 families are on the waiting list.",
        [("2,300", H1, "actual"), ("1,800", TODAY, "actual")],
    ),
    (
        "In 2024, the farm's herd grew by 300 head. The farm keeps 2,500 head of cattle.",
        [("300", Y24, "actual"), ("2,500", TODAY, "actual")],
    ),
    (
        "In January-September 2025, the hospital treated 14,000 patients. The new wing can accommodate 250 patients at a time.",
        [("14,000", M9, "actual"), ("250", TODAY, "actual")],
    ),
    (
        "In the first half of 2025 the holding's revenue amounted to 900 billion tenge. The holding comprises 18 companies.",
        [("900 billion", H1, "actual"), ("18", TODAY, "actual")],
    ),
    (
        "In 2024, the reserve was visited by 40,000 people. It covers 120,000 hectares of steppe.",
        [("40,000", Y24, "actual"), ("120,000", TODAY, "actual")],
    ),
    (
        "In the first nine months of 2025, the university admitted 3,000 students. It currently trains 21,000 students.",
        [("3,000", M9, "actual"), ("21,000", TODAY, "actual")],
    ),
    (
        "In January-June 2025, dairy output rose 4%. About 6,000 people are employed at the region's dairy farms.",
        [("4%", H1, "actual"), ("6,000", TODAY, "actual")],
    ),
    (
        "In January-September 2025, 1,900 new taxis joined the fleet. Taxi fares in the capital remain at 600-800 tenge per trip.",
        [("1,900", M9, "actual"), ("600", TODAY, "actual"), ("800", TODAY, "actual")],
    ),
    (
        "In 2024, the city collected 380,000 tons of waste. The landfill receives about 1,000 tons of waste every day.",
        [("380,000", Y24, "actual"), ("1,000", TODAY, "actual")],
    ),
    (
        "In January-September 2025, the bank's loan book grew by 14%. Its loans to small businesses exceed 2 trillion tenge.",
        [("14%", M9, "actual"), ("2 trillion", TODAY, "actual")],
    ),
    (
        "In the first half of 2025, the plant produced 40,000 tons of copper. Its design capacity is 100,000 tons a year.",
        [("40,000", H1, "actual"), ("100,000", TODAY, "actual")],
    ),
    (
        "In the first half of 2025 the company drilled 40 wells. The company owns 12 drilling rigs.",
        [("40", H1, "actual"), ("12", TODAY, "actual")],
    ),
    (
        "In January-August 2025, Kazakhstan imported 1.1 million tons of fuel. The country's refineries are able to process 18 million tons of crude oil a year.",
        [("1.1 million", M8, "actual"), ("18 million", TODAY, "actual")],
    ),
    (
        "In 2024 the library lent 90,000 books. Its collection numbers 1.2 million volumes.",
        [("90,000", Y24, "actual"), ("1.2 million", TODAY, "actual")],
    ),
    (
        "In January-June 2025, the region's tourism revenue was 45 billion tenge. The region has 620 hotels and guest houses.",
        [("45 billion", H1, "actual"), ("620", TODAY, "actual")],
    ),
    (
        "In 2024, the city planted 120,000 trees. The city's parks cover 2,400 hectares.",
        [("120,000", Y24, "actual"), ("2,400", TODAY, "actual")],
    ),
    (
        "In the first nine months of 2025, the railway's freight turnover rose by 4%. The company operates 1,600 locomotives.",
        [("4%", M9, "actual"), ("1,600", TODAY, "actual")],
    ),
    (
        "In January-August 2025, 28,000 people found jobs through employment centres. The centres now serve 140,000 job seekers.",
        [("28,000", M8, "actual"), ("140,000", TODAY, "actual")],
    ),
    (
        "In 2024, the farm produced 9,000 tons of milk. The farm is capable of producing 12,000 tons a year.",
        [("9,000", Y24, "actual"), ("12,000", TODAY, "actual")],
    ),
    (
        "In the first half of 2025, banks issued 1.5 million loans. Kazakhstan's banking sector currently includes 22 banks.",
        [("1.5 million", H1, "actual"), ("22", TODAY, "actual")],
    ),
    (
        "In January-September 2025, air passenger traffic grew by 12%. Airlines now fly 95 international routes.",
        [("12%", M9, "actual"), ("95", TODAY, "actual")],
    ),
    (
        "In January-September 2025, the ministry recorded 9,500 road accidents. Kazakhstan's car fleet numbers 5.1 million vehicles.",
        [("9,500", M9, "actual"), ("5.1 million", TODAY, "actual")],
    ),
    (
        "In 2024 the region harvested 1.9 million tons of grain. Its elevators can store 2.5 million tons.",
        [("1.9 million", Y24, "actual"), ("2.5 million", TODAY, "actual")],
    ),
    (
        "In the first half of 2025 the company paid 60 billion tenge in taxes. It employs more than 9,000 people, most of them local residents.",
        [("60 billion", H1, "actual"), ("9,000", TODAY, "actual")],
    ),
    (
        "In the first half of 2025, the company's net income was 85 billion tenge. The company has 12,000 shareholders.",
        [("85 billion", H1, "actual"), ("12,000", TODAY, "actual")],
    ),
    (
        "In 2024 Kazakhstan received 15 million foreign visitors. The tourism sector employs 560,000 people and accounts for 3.2% of GDP.",
        [("15 million", Y24, "actual"), ("560,000", TODAY, "actual"), ("3.2%", TODAY, "actual")],
    ),
    (
        "In the first nine months of 2025, 2,800 hectares of orchards were planted. The region's orchards now occupy 21,000 hectares.",
        [("2,800", M9, "actual"), ("21,000", TODAY, "actual")],
    ),
    (
        "In January-September 2025, the country's oil refineries processed 13 million tons of oil. Their combined capacity is 18 million tons a year.",
        [("13 million", M9, "actual"), ("18 million", TODAY, "actual")],
    ),
    (
        "In the first half of 2025, 6,700 people were diagnosed with diabetes. In total, 480,000 diabetics are registered in the country.",
        [("6,700", H1, "actual"), ("480,000", TODAY, "actual")],
    ),
    (
        "In the first half of 2025, 1,450 km of roads were repaired. In total, the region maintains 9,800 km of roads.",
        [("1,450", H1, "actual"), ("9,800", TODAY, "actual")],
    ),
    (
        "In the first half of 2025, industrial production in the region amounted to 3.2 trillion tenge. The region is home to 2,300 industrial enterprises.",
        [("3.2 trillion", H1, "actual"), ("2,300", TODAY, "actual")],
    ),
    (
        "In January-September 2025, 14 new flights were launched. Kazakhstan's airports now offer 130 international routes.",
        [("14", M9, "actual"), ("130", TODAY, "actual")],
    ),
    (
        "In 2024, 9,200 startups applied to the hub. The hub hosts 1,500 resident companies.",
        [("9,200", Y24, "actual"), ("1,500", TODAY, "actual")],
    ),
    (
        "In the first half of 2025, 4,300 people were employed through the programme. The programme currently covers 17 regions.",
        [("4,300", H1, "actual"), ("17", TODAY, "actual")],
    ),
    (
        "In 2024 the region's farmers harvested 2.1 million tons of grain. Grain crops occupy 3.4 million hectares in the region.",
        [("2.1 million", Y24, "actual"), ("3.4 million", TODAY, "actual")],
    ),
    (
        "The price of a loaf of bread stays at 180 tenge in the capital.",
        [("180", TODAY, "actual")],
    ),
    (
        "In 2024, 1,200 families received land plots. Another 3,500 families are on the waiting list.",
        [("1,200", Y24, "actual"), ("3,500", TODAY, "actual")],
    ),
    (
        "In the first half of 2025, the company's output rose 4%. The company's mines can produce 25 million tons of ore a year.",
        [("4%", H1, "actual"), ("25 million", TODAY, "actual")],
    ),
    (
        "In January-September 2025, 300 new schools opened. There are now 7,900 schools in the country.",
        [("300", M9, "actual"), ("7,900", TODAY, "actual")],
    ),
    (
        "In 2024, the region's population grew by 1.8%. The region has a population of 1.1 million people.",
        [("1.8%", Y24, "actual"), ("1.1 million", TODAY, "actual")],
    ),
    (
        "In January-June 2025, the Fund invested 500 billion tenge. Its portfolio stands at 9 trillion tenge.",
        [("500 billion", H1, "actual"), ("9 trillion", TODAY, "actual")],
    ),
    (
        "In 2024, the country exported 1.3 million tons of sunflower oil. Sunflower crops occupy about 1 million hectares.",
        [("1.3 million", Y24, "actual"), ("1 million", TODAY, "actual")],
    ),
    (
        "In the first half of 2025, the number of registered cars rose by 3%. About 60% of cars in the country are more than 10 years old.",
        [("3%", H1, "actual"), ("60%", TODAY, "actual")],
    ),
    (
        "In 2024, the region built 3,000 apartments. The region's housing stock totals 22 million square metres.",
        [("3,000", Y24, "actual"), ("22 million", TODAY, "actual")],
    ),
    (
        "In the first half of 2025, 250 startups received grants. The Astana Hub ecosystem unites more than 1,600 companies.",
        [("250", H1, "actual"), ("1,600", TODAY, "actual")],
    ),
    (
        "In January-August 2025, 5,200 hectares of forest burned. Forests cover 5% of the country's territory.",
        [("5,200", M8, "actual"), ("5%", TODAY, "actual")],
    ),
    (
        "In the first half of 2025, 1,100 km of roads were built. The road network currently stands at 96,000 km.",
        [("1,100", H1, "actual"), ("96,000", TODAY, "actual")],
    ),
    (
        "In the first half of 2025, revenue rose 14% to 200 billion tenge. The company is debt-free and holds 50 billion tenge in cash.",
        [("14%", H1, "actual"), ("200 billion", H1, "actual"), ("50 billion", TODAY, "actual")],
    ),
    (
        "Last year, 48 new kindergartens opened in the region. Today, the region has 1,100 kindergartens attended by 95,000 children.",
        [("48", Y24, "actual"), ("1,100", TODAY, "actual"), ("95,000", TODAY, "actual")],
    ),
    (
        "In the first half of 2025 revenue rose 14%, and the company now employs 9,000 people.",
        [("14%", H1, "actual"), ("9,000", TODAY, "actual")],
    ),
    (
        "Exports grew 10% in 2024, while the country's share of the world wheat market is 3%.",
        [("10%", Y24, "actual"), ("3%", TODAY, "actual")],
    ),
    (
        "In January-September 2025, 41 new plants opened in the region, which is home to 12% of the country's manufacturers.",
        [("41", M9, "actual"), ("12%", TODAY, "actual")],
    ),
    (
        "The harvest in 2024 came to 26 million tons.\nKazakhstan has 23 million hectares of arable land.",
        [("26 million", Y24, "actual"), ("23 million", TODAY, "actual")],
    ),
    (
        "In the first half of 2025, 9,400 tourists visited the reserve, which covers 36,000 hectares.",
        [("9,400", H1, "actual"), ("36,000", TODAY, "actual")],
    ),
    (
        "In the first nine months of 2025, the plant, which employs 2,000 people, produced 180,000 tons of steel.",
        [("2,000", TODAY, "actual"), ("180,000", M9, "actual")],
    ),
    (
        "In 2024, the ministry spent 90 billion tenge on school meals. Today 1.2 million pupils receive free meals.",
        [("90 billion", Y24, "actual"), ("1.2 million", TODAY, "actual")],
    ),
    (
        "In the first half of 2025, the port handled 2 million tons. It has 12 berths and can handle 6 million tons a year.",
        [("2 million", H1, "actual"), ("12", TODAY, "actual"), ("6 million", TODAY, "actual")],
    ),
    (
        "In January-June 2025, output at the mine reached 5 million tons. Its reserves are estimated at 200 million tons.",
        [("5 million", H1, "actual"), ("200 million", TODAY, "actual")],
    ),
    (
        "Last year, the country's airlines carried 11 million passengers. Their fleet numbers 120 aircraft.",
        [("11 million", Y24, "actual"), ("120", TODAY, "actual")],
    ),
    (
        "In the first half of 2025, 3,000 children were placed in kindergartens, and 14,000 children remain on the waiting list.",
        [("3,000", H1, "actual"), ("14,000", TODAY, "actual")],
    ),
    (
        "In January-September 2025, 2,100 businesses closed. Today, 210,000 businesses operate in the city.",
        [("2,100", M9, "actual"), ("210,000", TODAY, "actual")],
    ),
    (
        "In the first half of 2025, exports totalled $30 billion. Oil and gas make up 55% of the country's exports.",
        [("$30 billion", H1, "actual"), ("55%", TODAY, "actual")],
    ),
    (
        "In 2024, 5,000 people moved to the region, where unemployment is 4.5%.",
        [("5,000", Y24, "actual"), ("4.5%", TODAY, "actual")],
    ),
    (
        "In the first half of 2025, the company's revenue grew 8%. Its net margin is 12%, the report says.",
        [("8%", H1, "actual"), ("12%", TODAY, "actual")],
    ),
    (
        "In January-September 2025, the region produced 350,000 tons of milk. Dairy farms in the region keep 120,000 cows.",
        [("350,000", M9, "actual"), ("120,000", TODAY, "actual")],
    ),
    (
        "Since 2020, the state has allocated 500 billion tenge to the programme, which now covers 1,400 villages.",
        [("500 billion", (D(2020, 1, 1), P), "actual"), ("1,400", TODAY, "actual")],
    ),
    (
        "In 2024 the airline earned 60 billion tenge in net profit, and its fleet now numbers 40 aircraft.",
        [("60 billion", Y24, "actual"), ("40", TODAY, "actual")],
    ),
    (
        "In the first half of 2025, 18,000 new cars were sold. The average price of a new car is 14 million tenge.",
        [("18,000", H1, "actual"), ("14 million", TODAY, "actual")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), STATES)
def test_a_present_state_without_a_date_of_its_own_is_dated_at_publication(
    body: str, expected: Expected
) -> None:
    _check(body, expected)


# --- what a report tells with past or perfect verbs, stock days, "since", bases: their own spans ---
REPORTED: list[tuple[str, Expected]] = [
    (
        "In the first nine months of 2025, banks issued 3.1 trillion tenge in mortgages. As of October 1, the mortgage portfolio stands at 9.4 trillion tenge.",
        [("3.1 trillion", M9, "actual"), ("9.4 trillion", OCT1, "actual")],
    ),
    (
        "In January-August 2025, 48,000 tourists visited the park. Since 2019, the park has welcomed more than 300,000 visitors.",
        [("48,000", M8, "actual"), ("300,000", (D(2019, 1, 1), P), "actual")],
    ),
    (
        "Grain exports reached 5.4 million tons in January-September 2025, 1.2 million tons more than in the same period of 2024.",
        [("5.4 million", M9, "actual"), ("1.2 million", M9, "actual")],
    ),
    (
        "As of October 1, 2025, 1,240 companies operate in the special economic zone. They have created 18,000 jobs.",
        [("1,240", OCT1, "actual"), ("18,000", OCT1, "actual")],
    ),
    (
        "In the first half of 2025, investments in fixed capital amounted to 6.5 trillion tenge. Foreign investors account for 18% of that sum.",
        [("6.5 trillion", H1, "actual"), ("18%", H1, "actual")],
    ),
    (
        "Since the beginning of the year, 14,000 hectares of forest have been planted.",
        [("14,000", (D(2025, 1, 1), P), "actual")],
    ),
    (
        "In 2024, 3.2 million tourists visited the country. By 2029 their number should reach 5 million.",
        [("3.2 million", Y24, "actual")],
    ),
    (
        "In 2024 the fund paid 1.1 trillion tenge in pensions. Its assets total 22 trillion tenge as of October 1.",
        [("1.1 trillion", Y24, "actual"), ("22 trillion", OCT1, "actual")],
    ),
    (
        "Revenue in the first half of 2025 amounted to 410 billion tenge, and net profit reached 52 billion tenge.",
        [("410 billion", H1, "actual"), ("52 billion", H1, "actual")],
    ),
    (
        "In the first half of 2025 the ministry received 3,200 complaints, of which 2,900 have been resolved.",
        [("3,200", H1, "actual"), ("2,900", H1, "actual")],
    ),
    (
        "In the first half of 2025, the region attracted 310 billion tenge of investment. Of this, 120 billion tenge came from foreign investors.",
        [("310 billion", H1, "actual"), ("120 billion", H1, "actual")],
    ),
    (
        "Passenger traffic in the first half of 2025 totalled 12 million people, and the airports handled 95,000 flights.",
        [("12 million", H1, "actual"), ("95,000", H1, "actual")],
    ),
    (
        "In January-September 2025, the agency registered 41,000 new businesses. Since 2020, the number of registered firms has grown by 35%.",
        [("41,000", M9, "actual"), ("35%", (D(2020, 1, 1), P), "actual")],
    ),
    (
        "Coal output in the first half of 2025 came to 52 million tons, 3 million tons less than in the first half of 2024.",
        [("52 million", H1, "actual"), ("3 million", H1, "actual")],
    ),
    (
        "Investment in fixed capital in January-September 2025 reached 11 trillion tenge. The mining sector accounts for 30% of the total.",
        [("11 trillion", M9, "actual"), ("30%", M9, "actual")],
    ),
    (
        "In 2024, exports of meat amounted to 40,000 tons, up from 32,000 tons in 2023.",
        [("40,000", Y24, "actual"), ("32,000", (D(2023, 1, 1), D(2023, 12, 31)), "actual")],
    ),
    (
        "In January-September 2025, retail trade turnover amounted to 15 trillion tenge. Online sales made up 14% of the total.",
        [("15 trillion", M9, "actual"), ("14%", M9, "actual")],
    ),
    (
        "In the first half of 2025, the country produced 45 billion kWh of electricity. Renewable plants generated 3.6 billion kWh.",
        [("45 billion", H1, "actual"), ("3.6 billion", H1, "actual")],
    ),
    (
        "From January to September 2025, 17,000 people received microloans worth 95 billion tenge.",
        [("17,000", M9, "actual"), ("95 billion", M9, "actual")],
    ),
    (
        "Since 2021, the programme has financed 1,300 projects.",
        [("1,300", (D(2021, 1, 1), P), "actual")],
    ),
    (
        "In 2024, grain exports totalled 11 million tons, 2 million tons more than in 2023.",
        [("11 million", Y24, "actual"), ("2 million", Y24, "actual")],
    ),
    (
        "As of October 1, 2025, deposits in banks totalled 40 trillion tenge. Retail deposits account for 55% of them.",
        [("40 trillion", OCT1, "actual"), ("55%", OCT1, "actual")],
    ),
    (
        "In 2024 the company's revenue grew 18% to 1.4 trillion tenge.",
        [("18%", Y24, "actual"), ("1.4 trillion", Y24, "actual")],
    ),
    (
        "In the first half of the year, the average monthly salary was 420,000 tenge.",
        [("420,000", H1, "actual")],
    ),
    (
        "In January-September 2025, Kazakhstan produced 70 million tons of oil. As of October 1, oil reserves in storage stood at 1.2 million tons.",
        [("70 million", M9, "actual"), ("1.2 million", OCT1, "actual")],
    ),
    (
        "Over the first half of 2025, the bank's assets grew by 9%. As of July 1, they totalled 12 trillion tenge.",
        [("9%", H1, "actual"), ("12 trillion", (D(2025, 7, 1), D(2025, 7, 1)), "actual")],
    ),
    (
        "Since 2022, 4,000 kilometres of heating networks have been replaced. In 2025 alone, 900 kilometres were replaced.",
        [("4,000", (D(2022, 1, 1), P), "actual"), ("900", Y25, "actual")],
    ),
    (
        "In the first half of 2025, wheat exports reached 3.1 million tons, compared with 2.4 million tons a year earlier.",
        [("3.1 million", H1, "actual"), ("2.4 million", (D(2024, 1, 1), D(2024, 6, 30)), "actual")],
    ),
    (
        "In January-August 2025, the number of tourists rose by 12% to 1.1 million.",
        [("12%", M8, "actual"), ("1.1 million", M8, "actual")],
    ),
    (
        "In the first half of 2025, 640 investment projects were under way in the country. They will create 27,000 jobs.",
        [("640", H1, "actual")],
    ),
    (
        "In the first half of 2025, 12,000 people found jobs. Of them, 5,000 are young people.",
        [("12,000", H1, "actual"), ("5,000", H1, "actual")],
    ),
    (
        "In the first half of 2025, the national carrier transported 5 million passengers, and its load factor stood at 84%.",
        [("5 million", H1, "actual"), ("84%", H1, "actual")],
    ),
    (
        "As of July 1, 2025, 820,000 people were registered as self-employed. Of them, 40% live in rural areas.",
        [
            ("820,000", (D(2025, 7, 1), D(2025, 7, 1)), "actual"),
            ("40%", (D(2025, 7, 1), D(2025, 7, 1)), "actual"),
        ],
    ),
    (
        "Kazakhstan's industrial output grew 6.4% in January-September 2025, the statistics bureau reports. Manufacturing accounts for 40.2% of the total output.",
        [("6.4%", M9, "actual"), ("40.2%", M9, "actual")],
    ),
    (
        "In the first half of 2025 Kazakhstan exported 4 million tons of grain, and Uzbekistan remains the largest buyer with 1.5 million tons.",
        [("4 million", H1, "actual"), ("1.5 million", H1, "actual")],
    ),
    (
        "In January-September 2025, 3,000 companies went bankrupt, the report shows.",
        [("3,000", M9, "actual")],
    ),
    (
        "In the first half of 2025, the city received 500 complaints, most of which concern housing.",
        [("500", H1, "actual")],
    ),
    (
        "In January-June 2025, exports to China were $7 billion, while imports from China amounted to $8 billion.",
        [("$7 billion", H1, "actual"), ("$8 billion", H1, "actual")],
    ),
    (
        "In the first nine months of 2025, the share of e-commerce in retail reached 14%, compared with 12% a year earlier.",
        [("14%", M9, "actual"), ("12%", (D(2024, 1, 1), D(2024, 9, 30)), "actual")],
    ),
    (
        "During the first half of 2025, 1,200 people have been vaccinated.",
        [("1,200", H1, "actual")],
    ),
    (
        "In the first half of 2025, Kazakhstan's coal exports fell 7% to 13 million tons. The country holds the world's tenth-largest coal reserves, estimated at 33.6 billion tons.",
        [("7%", H1, "actual"), ("13 million", H1, "actual")],
    ),
    (
        "Over the past three years, the city has built 90 schools.",
        [("90", (D(2022, 10, 14), P), "actual")],
    ),
    (
        "In the first half of 2025, the bank's retail loan portfolio grew by 11%. Consumer loans make up most of it.",
        [("11%", H1, "actual")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), REPORTED)
def test_a_reported_figure_keeps_its_span(body: str, expected: Expected) -> None:
    _check(body, expected)


# --- kinds: plan documents and their parts, forecasts, targets, project outcomes ---
KINDS: list[tuple[str, Expected]] = [
    (
        "In the first half of 2025, GDP grew by 6.2%. For the whole year, the ministry expects growth of 5.8%.",
        [("6.2%", H1, "actual"), ("5.8%", Y25, "forecast")],
    ),
    (
        "The region's budget revenue plan for 2025 has been raised by 99 billion tenge. The increase includes 58 billion tenge in tax revenues and 30 billion tenge in non-tax revenues.",
        [("99 billion", Y25, "plan"), ("58 billion", Y25, "plan"), ("30 billion", Y25, "plan")],
    ),
    (
        "The city council approved amendments on Tuesday. After the amendments, the revised city budget for 2025 amounts to 1.3 trillion tenge.",
        [("1.3 trillion", Y25, "plan")],
    ),
    (
        "Exports of processed goods are expected to reach $20 billion by 2028.",
        [("$20 billion", by(2028), "forecast")],
    ),
    (
        "The government aims to raise processed exports to $20 billion by 2028.",
        [("$20 billion", by(2028), "target")],
    ),
    (
        "The new plant will produce 300,000 tons of fertiliser a year and create 500 jobs.",
        [("300,000", NONE, "plan"), ("500", NONE, "plan")],
    ),
    (
        "The cost of the project is estimated at 450 billion tenge.",
        [("450 billion", NONE, "plan")],
    ),
    (
        "In 2024, 120 schools were built, and 95 more will be built in 2025.",
        [("120", Y24, "actual"), ("95", Y25, "plan")],
    ),
    (
        "The production of fertilisers is expected to reach 2 million tons by 2028, the minister said.",
        [("2 million", by(2028), "forecast")],
    ),
    (
        "Once launched, the plant will process 12 million tons of ore a year.",
        [("12 million", NONE, "plan")],
    ),
    (
        "In the first half of 2025, the share of renewables in power generation was 6.4%. The country aims to raise it to 15% by 2030.",
        [("6.4%", H1, "actual"), ("15%", by(2030), "target")],
    ),
    (
        "The republican budget for 2026 provides 1.2 trillion tenge for healthcare.",
        [("1.2 trillion", Y26, "plan")],
    ),
    (
        "In January-September 2025, the country produced 70 million tons of oil. Output for the whole of 2025 is forecast at 96 million tons.",
        [("70 million", M9, "actual"), ("96 million", Y25, "forecast")],
    ),
    (
        "In 2024, the project attracted 150 billion tenge. The project is expected to create 2,000 jobs by 2027.",
        [("150 billion", Y24, "actual"), ("2,000", by(2027), "forecast")],
    ),
    (
        "Under the revised budget, spending on education will total 2.5 trillion tenge in 2025.",
        [("2.5 trillion", Y25, "plan")],
    ),
    (
        "The region's revenue plan has been raised to 480 billion tenge this year.",
        [("480 billion", Y25, "plan")],
    ),
    (
        "In 2024, the state paid 380 billion tenge in benefits. For 2026, the budget foresees 450 billion tenge.",
        [("380 billion", Y24, "actual"), ("450 billion", Y26, "plan")],
    ),
    (
        "In the first half of 2025 the country exported 4 million tons of grain. For the whole year, exports are expected to reach 10 million tons.",
        [("4 million", H1, "actual"), ("10 million", Y25, "forecast")],
    ),
    (
        "The new terminal will handle 2 million passengers a year and create 300 jobs.",
        [("2 million", NONE, "plan"), ("300", NONE, "plan")],
    ),
    (
        "The state budget revenue plan for 2025 was increased by 1.2 trillion tenge. Of this amount, 800 billion tenge will come from the National Fund.",
        [("1.2 trillion", Y25, "plan"), ("800 billion", Y25, "plan")],
    ),
    (
        "The plant's output is expected to reach 500,000 tons by 2027.",
        [("500,000", by(2027), "forecast")],
    ),
    (
        "Kazakhstan intends to bring the share of processed goods in exports to 50% by 2030.",
        [("50%", by(2030), "target")],
    ),
    (
        "In the first half of 2025, 3,100 families moved into new homes, and 4,500 more will receive keys by the end of the year.",
        [("3,100", H1, "actual"), ("4,500", by(2025), "plan")],
    ),
    (
        "In the first half of 2025, the city's budget received 250 billion tenge in taxes. The updated city budget for 2025 totals 1.1 trillion tenge.",
        [("250 billion", H1, "actual"), ("1.1 trillion", Y25, "plan")],
    ),
    (
        "The project is expected to create 1,200 jobs.",
        [("1,200", NONE, "forecast")],
    ),
    (
        "Since the start of 2025, 1,700 km of roads have been repaired, while 300 km more are to be completed by December.",
        [("1,700", (D(2025, 1, 1), P), "actual"), ("300", by(2025), "plan")],
    ),
    (
        "In the first half of 2025, Kazakhstan's GDP grew by 6.2%. The economy is projected to grow by 6% in 2025 as a whole.",
        [("6.2%", H1, "actual"), ("6%", Y25, "forecast")],
    ),
    (
        "In January-September 2025, the region's budget received 320 billion tenge. The revised regional budget for 2025 is 610 billion tenge.",
        [("320 billion", M9, "actual"), ("610 billion", Y25, "plan")],
    ),
    (
        "The maslikhat raised the city's 2025 budget by 45 billion tenge, bringing it to 980 billion tenge.",
        [("45 billion", Y25, "plan"), ("980 billion", Y25, "plan")],
    ),
    (
        "Spending under the amended budget will reach 2.1 trillion tenge this year.",
        [("2.1 trillion", Y25, "plan")],
    ),
    (
        "By 2028, the number of tourists is expected to reach 15 million.",
        [("15 million", by(2028), "forecast")],
    ),
    (
        "The ministry's goal is to raise the share of renewables to 15% by 2030.",
        [("15%", by(2030), "target")],
    ),
    (
        "Once completed, the complex will be able to store 50,000 tons of grain.",
        [("50,000", NONE, "plan")],
    ),
    (
        "In the first half of 2025, the rate of inflation slowed to 6.5%. Inflation is projected at 7-8% for the whole of 2025.",
        [("6.5%", H1, "actual"), ("7", Y25, "forecast"), ("8%", Y25, "forecast")],
    ),
    (
        "The city plans to build 25 schools by 2027, with 40,000 places.",
        [("25", by(2027), "plan"), ("40,000", by(2027), "plan")],
    ),
    (
        "The state fund for 2026 is set at 300 billion tenge.",
        [("300 billion", Y26, "plan")],
    ),
    (
        "In the first half of 2025, the region's GRP grew by 5.8%. For the full year, growth is projected at 6.1%.",
        [("5.8%", H1, "actual"), ("6.1%", Y25, "forecast")],
    ),
    (
        "The new copper plant, which will cost $1.2 billion, will produce 300,000 tons of cathode copper a year and employ 1,500 people.",
        [("$1.2 billion", NONE, "plan"), ("300,000", NONE, "plan"), ("1,500", NONE, "plan")],
    ),
    (
        "Under the project, 120 km of water pipes will be laid, giving 40,000 residents access to clean water.",
        [("120", NONE, "plan"), ("40,000", NONE, "plan")],
    ),
    (
        "Passenger traffic at Almaty airport is expected to reach 15 million by 2030.",
        [("15 million", by(2030), "forecast")],
    ),
    (
        "The government has set a target of 10 million tons of grain exports by 2027.",
        [("10 million", by(2027), "target")],
    ),
    (
        "In the first nine months of 2025, 58,000 apartments were commissioned. Housing commissioning for the whole of 2025 is planned at 19 million square metres.",
        [("58,000", M9, "actual"), ("19 million", Y25, "plan")],
    ),
    (
        "The republican budget revenue plan for 2025 was revised up by 1.5 trillion tenge. Tax revenues account for 1.1 trillion tenge of the increase.",
        [("1.5 trillion", Y25, "plan"), ("1.1 trillion", Y25, "plan")],
    ),
    (
        "The budget for 2026-2028 provides 2.3 trillion tenge for road construction.",
        [("2.3 trillion", (D(2026, 1, 1), D(2028, 12, 31)), "plan")],
    ),
    (
        "By the end of 2025, the share of gasified homes must reach 65%.",
        [("65%", by(2025), "target")],
    ),
    (
        "In the first nine months of 2025, the company paid 40 billion tenge in dividends. The company is building plants worth 600 billion tenge.",
        [("40 billion", M9, "actual"), ("600 billion", TODAY, "plan")],
    ),
    (
        "The programme envisages 1.2 trillion tenge for housing in 2026-2028.",
        [("1.2 trillion", (D(2026, 1, 1), D(2028, 12, 31)), "plan")],
    ),
    (
        "Kazakhstan plans to produce 120 million tons of oil in 2026.",
        [("120 million", Y26, "plan")],
    ),
    (
        "By 2030, the country intends to build 1,000 km of new railways.",
        [("1,000", by(2030), "plan")],
    ),
    (
        "The government expects GDP to reach $450 billion by 2029.",
        [("$450 billion", by(2029), "forecast")],
    ),
    (
        "Kazakhstan's goal is to double GDP to $450 billion by 2029.",
        [("$450 billion", by(2029), "target")],
    ),
    (
        "The new airport terminal will be able to serve 14 million passengers a year.",
        [("14 million", NONE, "plan")],
    ),
    (
        "The 2025 budget revenue plan was raised to 21 trillion tenge. Transfers from the National Fund account for 5.2 trillion tenge of this amount.",
        [("21 trillion", Y25, "plan"), ("5.2 trillion", Y25, "plan")],
    ),
    (
        "The city's budget for 2025 was clarified and now amounts to 1.5 trillion tenge.",
        [("1.5 trillion", Y25, "plan")],
    ),
    (
        "The updated budget includes 200 billion tenge for road repair and 90 billion tenge for housing.",
        [("200 billion", NONE, "plan"), ("90 billion", NONE, "plan")],
    ),
    (
        "By 2030, wind and solar plants are expected to produce 15% of the country's electricity.",
        [("15%", by(2030), "forecast")],
    ),
    (
        "Under the plan, 650 km of roads are to be repaired in 2026.",
        [("650", Y26, "plan")],
    ),
    (
        "The region aims to attract 1.5 trillion tenge of investment in 2026.",
        [("1.5 trillion", Y26, "target")],
    ),
    (
        "In 2024, investment in the region reached 900 billion tenge. This year, it is expected to exceed 1 trillion tenge.",
        [("900 billion", Y24, "actual"), ("1 trillion", Y25, "forecast")],
    ),
    (
        "In January-September 2025, 12,000 jobs were created under the programme. By the end of the year, their number will reach 16,000.",
        [("12,000", M9, "actual"), ("16,000", by(2025), "forecast")],
    ),
    (
        "The city's revenue plan for this year has been increased by 60 billion tenge, to 820 billion tenge.",
        [("60 billion", Y25, "plan"), ("820 billion", Y25, "plan")],
    ),
    (
        "The revised budget for 2026 envisages spending of 25 trillion tenge.",
        [("25 trillion", Y26, "plan")],
    ),
    (
        "Kazakhstan intends to raise the share of renewables in power output to 15% by 2030, up from 6.4% in 2024.",
        [("15%", by(2030), "target"), ("6.4%", Y24, "actual")],
    ),
    (
        "In January-September 2025, 1.1 million tons of cargo passed through the port of Aktau. The port's capacity is being expanded to 3 million tons a year.",
        [("1.1 million", M9, "actual"), ("3 million", NONE, "plan")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), KINDS)
def test_kind_follows_the_predicate_and_its_subject(body: str, expected: Expected) -> None:
    _check(body, expected)


def _predicate(sentence: str, figure: str) -> Predicate | None:
    start = sentence.index(figure)
    return read_predicate(sentence, (0, len(sentence)), start, start + len(figure))


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The region accounts for 40% of the output.", "40%"),
        ("Small and medium businesses employ 4.3 million people.", "4.3 million"),
        ("The farm keeps 2,500 head of cattle.", "2,500"),
        ("Its collection numbers 1.2 million volumes.", "1.2 million"),
        ("The modernised plant can process 12 million tons a year.", "12 million"),
        ("The refineries are able to process 18 million tons a year.", "18 million"),
        ("About 6,000 people are employed at the farms.", "6,000"),
        ("Another 12,000 are under construction.", "12,000"),
        ("Some 25,000 farm households grow cotton.", "25,000"),
        ("Oil and gas make up 55% of exports.", "55%"),
        ("Its portfolio stands at 9 trillion tenge.", "9 trillion"),
        ("Its reserves are estimated at 200 million tons.", "200 million"),
    ],
)
def test_the_reader_finds_a_present_state(sentence: str, figure: str) -> None:
    predicate = _predicate(sentence, figure)
    assert predicate is not None and predicate.states_now


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Revenue amounted to 410 billion tenge.", "410 billion"),
        ("Since 2019 the park has welcomed 300,000 visitors.", "300,000"),
        ("Of these, 2,900 have been resolved.", "2,900"),
        ("The plant will process 12 million tons a year.", "12 million"),
        ("Output rose 10.1% to reach 2.5 trillion tenge.", "2.5 trillion"),
        ("A kilogram of flour cost 225 tenge.", "225"),  # a singular subject: the past of "cost"
        ("The volume was equal to 123% of GDP.", "123%"),
        ("The country seeks to increase its forest cover from 13.7 million hectares.", "13.7 million"),
        ("They have been paying advances of 200,000 tenge.", "200,000"),
        ("The airport grew to two million passengers and now operates 25 flights.", "two million"),
        ("Grain exports of 5 million tons were shipped.", "5 million"),
        ("The total of 5 units was delivered.", "5"),
        ("The plants, which correspond to 4.6% of the country's total output, closed.", "4.6%"),
        ("In 2024 their number stood at 4,800, and 93% have already been eliminated.", "93%"),
        ("Apartments made up 6,355.8 thousand, individual houses 5,310.9 thousand.", "5,310.9"),
    ],
)
def test_the_reader_finds_no_present_state(sentence: str, figure: str) -> None:
    predicate = _predicate(sentence, figure)
    assert predicate is None or not predicate.states_now


@pytest.mark.parametrize(
    ("sentence", "figure", "planned"),
    [
        ("The revenue plan for 2025 has been raised by 99 billion tenge.", "99 billion", True),
        ("The revised city budget for 2025 amounts to 1.3 trillion tenge.", "1.3 trillion", True),
        ("The guaranteed transfer for 2023 was fixed at 2.2 trillion tenge.", "2.2 trillion", True),
        ("The maslikhat raised the 2025 budget by 45 billion tenge.", "45 billion", True),
        ("The revised budget for 2023 amounted to 1.2 trillion tenge.", "1.2 trillion", False),
        ("The revenue plan was fulfilled at 101%, with 900 billion tenge collected.", "900 billion", False),
        ("Budget revenues reached 5 trillion tenge.", "5 trillion", False),
        ("Damage was estimated at 3 billion tenge.", "3 billion", False),
    ],
)
def test_a_plan_document_makes_plan_figures(sentence: str, figure: str, planned: bool) -> None:
    start = sentence.index(figure)
    assert plan_figure(sentence, (0, len(sentence)), start, start + len(figure)) is planned


@pytest.mark.parametrize(
    ("body", "surface", "change"),
    [
        ("Oil and gas make up 55% of the country's exports.", "55%", False),
        ("Services took up 20% of the area.", "20%", False),
        ("Exports were up 12% on the year.", "12%", True),
        ("Prices picked up 5% in May.", "5%", True),
    ],
)
def test_make_up_is_a_share_not_a_rise(body: str, surface: str, change: bool) -> None:
    read = {i.surface: i.is_change for i in extract_indicators(body, P, title="", language="en")}
    assert read[surface] is change


# --- whole short articles, each with its own publication date ---
ARTICLES: list[tuple[date, str, Expected]] = [
    (
        D(2025, 8, 18),
        (
            "Industrial output in Kostanay region reached 1.82 trillion tenge in January-July 2025, up 4.3% on a year earlier.\n"
            "The region is implementing 13 large investment projects worth 337 billion tenge, which will create 3,400 jobs.\n"
            "Since the beginning of the year, 22 social facilities have been commissioned, and 29 more will open by the end of the year.\n"
            "The region accounts for 9% of the country's grain harvest."
        ),
        [
            ("1.82 trillion", (D(2025, 1, 1), D(2025, 7, 31)), "actual"),
            ("4.3%", (D(2025, 1, 1), D(2025, 7, 31)), "actual"),
            ("13", (D(2025, 8, 18), D(2025, 8, 18)), "actual"),
            ("337 billion", (D(2025, 8, 18), D(2025, 8, 18)), "plan"),
            ("22", (D(2025, 1, 1), D(2025, 8, 18)), "actual"),
            ("29", (None, D(2025, 12, 31)), "plan"),
            ("9%", (D(2025, 8, 18), D(2025, 8, 18)), "actual"),
        ],
    ),
    (
        D(2024, 10, 3),
        (
            "Astana's budget revenue plan has been increased by 99.5 billion tenge.\n"
            "The increase includes 58.4 billion tenge in tax revenues and 39.5 billion tenge in non-tax revenues.\n"
            "After the changes, the city's 2024 budget amounts to 1.31 trillion tenge.\n"
            "In January-September, the city collected 870 billion tenge in taxes."
        ),
        [
            ("1.31 trillion", (D(2024, 1, 1), D(2024, 12, 31)), "plan"),
            ("870 billion", (D(2024, 1, 1), D(2024, 9, 30)), "actual"),
        ],
    ),
    (
        D(2025, 6, 10),
        (
            "In January-May 2025, Kazakhstan's railways carried 115 million tons of freight, 3% more than a year earlier.\n"
            "KTZ operates 16,000 km of track and employs 120,000 people.\n"
            "By 2030, the company plans to build 5,000 km of new lines."
        ),
        [
            ("115 million", (D(2025, 1, 1), D(2025, 5, 31)), "actual"),
            ("3%", (D(2025, 1, 1), D(2025, 5, 31)), "actual"),
            ("16,000", (D(2025, 6, 10), D(2025, 6, 10)), "actual"),
            ("120,000", (D(2025, 6, 10), D(2025, 6, 10)), "actual"),
            ("5,000", (None, D(2030, 12, 31)), "plan"),
        ],
    ),
    (
        D(2025, 11, 20),
        (
            "Kazakhstan harvested 27 million tons of grain this year, the agriculture ministry said.\n"
            "The country's elevators can store 21 million tons, and 4 million tons are kept on farms."
        ),
        [
            ("27 million", (D(2025, 1, 1), D(2025, 12, 31)), "actual"),
            ("21 million", (D(2025, 11, 20), D(2025, 11, 20)), "actual"),
            ("4 million", (D(2025, 11, 20), D(2025, 11, 20)), "actual"),
        ],
    ),
]


@pytest.mark.parametrize(("published", "body", "expected"), ARTICLES)
def test_an_article_dates_each_clause_by_its_predicate(
    published: date, body: str, expected: Expected
) -> None:
    found = extract_indicators(body, published, title="", language="en")
    for surface, period, kind in expected:
        hit = next(i for i in found if i.surface.startswith(surface))
        found.remove(hit)
        assert ((hit.period_start, hit.period_end), hit.kind) == (period, kind), surface
