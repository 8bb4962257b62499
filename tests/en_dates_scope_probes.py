"""Probe paragraphs for the en14 classes (which dated phrase a figure belongs to), written in our
own words after the shape of kt.kz / Kazinform / Astana Times reports and labelled per
tests/realworld/FORMAT.md before the extractor was run on them. Each probe: published date,
headline, body, and the figures it must yield as surface -> (start, end, kind). Only figures whose
reading FORMAT.md settles are listed."""

from __future__ import annotations

from datetime import date

D = date
Row = tuple[date | None, date | None, str]
Probe = tuple[str, date, str, str, dict[str, Row]]  # (class, published, title, body, expected)

PROBES: list[Probe] = [
    # (a) a date without a year is the reporting year's, not a look-back's, a base's or a deadline's
    (
        "a",
        D(2021, 8, 12),
        "",
        "Kazakhstan's grain exports reached 5.1 million tons in the first half of 2021. As far back as "
        "2010, the country exported just 2.3 million tons a year. In July, shipments totalled 640,000 tons.",
        {
            "5.1 million tons": (D(2021, 1, 1), D(2021, 6, 30), "actual"),
            "2.3 million tons": (D(2010, 1, 1), D(2010, 12, 31), "actual"),
            "640,000 tons": (D(2021, 7, 1), D(2021, 7, 31), "actual"),
        },
    ),
    (
        "a",
        D(2020, 11, 5),
        "",
        "Retail trade in the capital grew 4.2 percent in January-September 2020. In 2015, the city's "
        "turnover was 1.1 trillion tenge. In October, sales reached 98 billion tenge.",
        {
            "4.2 percent": (D(2020, 1, 1), D(2020, 9, 30), "actual"),
            "1.1 trillion tenge": (D(2015, 1, 1), D(2015, 12, 31), "actual"),
            "98 billion tenge": (D(2020, 10, 1), D(2020, 10, 31), "actual"),
        },
    ),
    (
        "a",
        D(2022, 6, 15),
        "",
        "The region plans to plant 2 million trees by 2030. As of June 1, volunteers had planted "
        "310,000 seedlings.",
        {
            "2 million trees": (None, D(2030, 12, 31), "plan"),
            "310,000 seedlings": (D(2022, 6, 1), D(2022, 6, 1), "actual"),
        },
    ),
    (
        "a",
        D(2019, 10, 20),
        "",
        "The state programme for 2020-2025 envisages 45 new schools. From January to September, 12 "
        "schools were opened.",
        {
            "45 new schools": (D(2020, 1, 1), D(2025, 12, 31), "plan"),
            "12 schools": (D(2019, 1, 1), D(2019, 9, 30), "actual"),
        },
    ),
    (
        "a",
        D(2023, 4, 10),
        "",
        "Passenger traffic at Almaty airport rose 18 percent in the first quarter, compared with the "
        "same period of 2019, the last year before the pandemic. In March alone, the airport served "
        "610,000 passengers.",
        {
            "18 percent": (D(2023, 1, 1), D(2023, 3, 31), "actual"),
            "610,000 passengers": (D(2023, 3, 1), D(2023, 3, 31), "actual"),
        },
    ),
    (
        "a",
        D(2018, 7, 25),
        "Cement output up 9% in first half",
        "Cement producers shipped 4.3 million tons in the first half of the year, 9 percent more than "
        "a year earlier. Back in 2012, output was barely 3 million tons. In June, plants produced "
        "850,000 tons.",
        {
            "4.3 million tons": (D(2018, 1, 1), D(2018, 6, 30), "actual"),
            "9 percent": (D(2018, 1, 1), D(2018, 6, 30), "actual"),
            "3 million tons": (D(2012, 1, 1), D(2012, 12, 31), "actual"),
            "850,000 tons": (D(2018, 6, 1), D(2018, 6, 30), "actual"),
        },
    ),
    (
        "a",
        D(2024, 9, 18),
        "",
        "The government wants every village connected to broadband by 2027. As of August 1, 2,950 "
        "villages had access to high-speed internet.",
        {"2,950 villages": (D(2024, 8, 1), D(2024, 8, 1), "actual")},
    ),
    (
        "a",
        D(2017, 3, 14),
        "",
        "Kazakhstan exported 61 tons of refined gold last year, the most since 2008. In the first two "
        "months of the year, exports totalled 9.4 tons.",
        {
            "61 tons": (D(2016, 1, 1), D(2016, 12, 31), "actual"),
            "9.4 tons": (D(2017, 1, 1), D(2017, 2, 28), "actual"),
        },
    ),
    (
        "a",
        D(2021, 12, 2),
        "",
        "Contractors building the Big Almaty Ring Road, due for completion in 2025, laid 14 km of "
        "asphalt in November.",
        {"14 km": (D(2021, 11, 1), D(2021, 11, 30), "actual")},
    ),
    (
        "a",
        D(2016, 5, 6),
        "",
        "Kazakhstan aims to raise the share of renewables to 3 percent by 2020 and to 30 percent by "
        "2030. In January-March, renewable plants generated 270 million kWh.",
        {
            "3 percent": (None, D(2020, 12, 31), "target"),
            "30 percent": (None, D(2030, 12, 31), "target"),
            "270 million kWh": (D(2016, 1, 1), D(2016, 3, 31), "actual"),
        },
    ),
    (
        "a",
        D(2025, 3, 12),
        "",
        "Kazakhstan exported 44,000 tons of meat last year, up 14 percent. Back in 2019, exports "
        "amounted to only 21,000 tons. In December, shipments reached 5,200 tons.",
        {
            "44,000 tons": (D(2024, 1, 1), D(2024, 12, 31), "actual"),
            "14 percent": (D(2024, 1, 1), D(2024, 12, 31), "actual"),
            "21,000 tons": (D(2019, 1, 1), D(2019, 12, 31), "actual"),
            "5,200 tons": (D(2024, 12, 1), D(2024, 12, 31), "actual"),
        },
    ),
    (
        "a",
        D(2022, 9, 8),
        "",
        "From January to August, 2.7 million foreign visitors came to Kazakhstan, more than in the same "
        "period of 2021.",
        {"2.7 million": (D(2022, 1, 1), D(2022, 8, 31), "actual")},
    ),
    (
        "a",
        D(2024, 7, 30),
        "",
        "The road fund must bring all district roads up to standard by 2029. In the first half of the "
        "year, 1,900 km were repaired.",
        {"1,900 km": (D(2024, 1, 1), D(2024, 6, 30), "actual")},
    ),
    # (b) a "since YEAR" in an aside about an earlier trend sets no scope
    (
        "b",
        D(2020, 8, 14),
        "",
        "Kazakhstan's car market grew in the first half of 2020, dealers report. Sales of new cars, "
        "which have been shrinking since 2013, rose 12 percent to 38,000 vehicles. Almaty accounted "
        "for 11,200 of them.",
        {
            "12 percent": (D(2020, 1, 1), D(2020, 6, 30), "actual"),
            "38,000 vehicles": (D(2020, 1, 1), D(2020, 6, 30), "actual"),
            "11,200": (D(2020, 1, 1), D(2020, 6, 30), "actual"),
        },
    ),
    (
        "b",
        D(2019, 11, 20),
        "",
        "Industrial output grew 3.8 percent in January-October 2019. Coal mining, a sector that has "
        "lost ground since 2015, added 2.1 percent. Metallurgy rose 5.6 percent.",
        {
            "3.8 percent": (D(2019, 1, 1), D(2019, 10, 31), "actual"),
            "2.1 percent": (D(2019, 1, 1), D(2019, 10, 31), "actual"),
            "5.6 percent": (D(2019, 1, 1), D(2019, 10, 31), "actual"),
        },
    ),
    (
        "b",
        D(2022, 2, 10),
        "",
        "Kazakhstan's exports reached $60.3 billion in 2021, statistics show. Oil, whose share has been "
        "shrinking since 2014, made up 52 percent of the total. Metals brought in $12.4 billion.",
        {
            "$60.3 billion": (D(2021, 1, 1), D(2021, 12, 31), "actual"),
            "52 percent": (D(2021, 1, 1), D(2021, 12, 31), "actual"),
            "$12.4 billion": (D(2021, 1, 1), D(2021, 12, 31), "actual"),
        },
    ),
    (
        "b",
        D(2018, 5, 16),
        "",
        "Banks issued 1.2 trillion tenge in new loans in the first quarter of 2018. Mortgage lending, "
        "which has grown every year since 2010, totalled 210 billion tenge, up 9 percent. Consumer "
        "loans added up to 640 billion tenge.",
        {
            "1.2 trillion tenge": (D(2018, 1, 1), D(2018, 3, 31), "actual"),
            "210 billion tenge": (D(2018, 1, 1), D(2018, 3, 31), "actual"),
            "9 percent": (D(2018, 1, 1), D(2018, 3, 31), "actual"),
            "640 billion tenge": (D(2018, 1, 1), D(2018, 3, 31), "actual"),
        },
    ),
    (
        "b",
        D(2021, 5, 12),
        "",
        "Kazakhstan's economy grew 2.1 percent in the first quarter of 2021. The number of jobless "
        "people, which had been rising since 2019, fell 4 percent to 180,000. The unemployment rate "
        "eased to 4.9 percent from 5.0 percent a year earlier. In Shymkent, 19,400 people were out of work.",
        {
            "2.1 percent": (D(2021, 1, 1), D(2021, 3, 31), "actual"),
            "4 percent": (D(2021, 1, 1), D(2021, 3, 31), "actual"),
            "180,000": (D(2021, 1, 1), D(2021, 3, 31), "actual"),
            "4.9 percent": (D(2021, 1, 1), D(2021, 3, 31), "actual"),
            "5.0 percent": (D(2020, 1, 1), D(2020, 3, 31), "actual"),
            "19,400 people": (D(2021, 1, 1), D(2021, 3, 31), "actual"),
        },
    ),
    (
        "b",
        D(2023, 7, 19),
        "",
        "Tourist arrivals reached 4.1 million in the first half of 2023. Hotels in Almaty, where "
        "occupancy had been low since 2020, hosted 820,000 guests.",
        {
            "4.1 million": (D(2023, 1, 1), D(2023, 6, 30), "actual"),
            "820,000 guests": (D(2023, 1, 1), D(2023, 6, 30), "actual"),
        },
    ),
    # look-alikes: a "since" of the main clause is the figure's period
    (
        "b",
        D(2024, 3, 5),
        "",
        "Since 2019, the fund has financed 340 projects.",
        {"340 projects": (D(2019, 1, 1), D(2024, 3, 5), "actual")},
    ),
    (
        "b",
        D(2022, 10, 10),
        "",
        "Since 2018, Astana Hub residents have exported services worth $500 million.",
        {"$500 million": (D(2018, 1, 1), D(2022, 10, 10), "actual")},
    ),
    # (c) the figure's own clause or the sentence before dates it, not the lead's day
    (
        "c",
        D(2020, 6, 18),
        "",
        "As of January 1, Kazakhstan had 18.6 million residents. The number of registered companies "
        "grew 6 percent to 420,000 at the end of May.\nLast year, small businesses produced goods worth "
        "21 trillion tenge. Medium-sized firms accounted for 7.2 trillion tenge of it.",
        {
            "18.6 million": (D(2020, 1, 1), D(2020, 1, 1), "actual"),
            "6 percent": (D(2020, 5, 31), D(2020, 5, 31), "actual"),
            "420,000": (D(2020, 5, 31), D(2020, 5, 31), "actual"),
            "21 trillion tenge": (D(2019, 1, 1), D(2019, 12, 31), "actual"),
            "7.2 trillion tenge": (D(2019, 1, 1), D(2019, 12, 31), "actual"),
        },
    ),
    (
        "c",
        D(2021, 3, 3),
        "",
        "As of February 1, 1.9 million people received targeted social assistance.\nPayments rose 8 "
        "percent to 52 billion tenge last year. Pensioners received 31 billion tenge of the total.",
        {
            "1.9 million": (D(2021, 2, 1), D(2021, 2, 1), "actual"),
            "8 percent": (D(2020, 1, 1), D(2020, 12, 31), "actual"),
            "52 billion tenge": (D(2020, 1, 1), D(2020, 12, 31), "actual"),
            "31 billion tenge": (D(2020, 1, 1), D(2020, 12, 31), "actual"),
        },
    ),
    (
        "c",
        D(2019, 9, 11),
        "",
        "As of September 1, 3,100 startups were registered with the technopark. Their combined staff "
        "numbered 14,000 at the end of July.",
        {
            "3,100 startups": (D(2019, 9, 1), D(2019, 9, 1), "actual"),
            "14,000": (D(2019, 7, 31), D(2019, 7, 31), "actual"),
        },
    ),
    (
        "c",
        D(2022, 4, 20),
        "",
        "On April 1, the country's herd counted 8.1 million cattle. At the end of March, farms held "
        "4.2 million sheep.",
        {
            "8.1 million cattle": (D(2022, 4, 1), D(2022, 4, 1), "actual"),
            "4.2 million sheep": (D(2022, 3, 31), D(2022, 3, 31), "actual"),
        },
    ),
    # (d) a stock at a day is no span, and a span's flow is no day
    (
        "d",
        D(2018, 8, 20),
        "",
        "By the end of the first half, the number of active banks had dropped to 28.",
        {"28": (D(2018, 6, 30), D(2018, 6, 30), "actual")},
    ),
    (
        "d",
        D(2021, 11, 1),
        "",
        "By the end of the third quarter, outstanding mortgage loans had grown 19 percent to 4.3 "
        "trillion tenge.",
        {
            "19 percent": (D(2021, 9, 30), D(2021, 9, 30), "actual"),
            "4.3 trillion tenge": (D(2021, 9, 30), D(2021, 9, 30), "actual"),
        },
    ),
    (
        "d",
        D(2020, 2, 12),
        "",
        "At the end of the fourth quarter of 2019, the number of microfinance organisations stood at 180.",
        {"180": (D(2019, 12, 31), D(2019, 12, 31), "actual")},
    ),
    (
        "d",
        D(2018, 8, 20),
        "",
        "In the second quarter, banks issued 1.4 trillion tenge in loans.",
        {"1.4 trillion tenge": (D(2018, 4, 1), D(2018, 6, 30), "actual")},
    ),
    (
        "d",
        D(2023, 5, 15),
        "",
        "In 2016 the city had 140 bus routes, and since then the network has grown by 3 percent a year.",
        {
            "140 bus routes": (D(2016, 1, 1), D(2016, 12, 31), "actual"),
            "3 percent": (D(2016, 1, 1), D(2023, 5, 15), "actual"),
        },
    ),
    (
        "d",
        D(2024, 2, 1),
        "",
        "By the end of the third quarter, the ministry plans to open 25 new clinics.",
        {"25 new clinics": (None, D(2024, 9, 30), "plan")},
    ),
    (
        "d",
        D(2019, 5, 7),
        "",
        "At the end of April, the number of operating enterprises stood at 1.3 million.",
        {"1.3 million": (D(2019, 4, 30), D(2019, 4, 30), "actual")},
    ),
    # (e) a plan or deadline before them does not make current figures goals or forecasts
    (
        "e",
        D(2016, 10, 5),
        "",
        "The Digital Kazakhstan programme is to run until 2022. As of October 1, 12.5 million people "
        "used mobile internet, among them 3.1 million in rural areas.",
        {
            "12.5 million": (D(2016, 10, 1), D(2016, 10, 1), "actual"),
            "3.1 million": (D(2016, 10, 1), D(2016, 10, 1), "actual"),
        },
    ),
    (
        "e",
        D(2023, 1, 20),
        "",
        "The subsidy scheme will be revised next year, the ministry said. Farmers can apply for loans "
        "of up to 150 million tenge at 6 percent a year.",
        {
            "150 million tenge": (D(2023, 1, 20), D(2023, 1, 20), "actual"),
            "6 percent": (D(2023, 1, 20), D(2023, 1, 20), "actual"),
        },
    ),
    (
        "e",
        D(2022, 3, 9),
        "",
        "The export ban on sugar will stay in place until June 30. Individual entrepreneurs may obtain "
        "grants of up to 5 million tenge to start a business.",
        {"5 million tenge": (D(2022, 3, 9), D(2022, 3, 9), "actual")},
    ),
    (
        "e",
        D(2020, 9, 15),
        "",
        "By 2025 the government intends to rebuild every national highway. As of September 1, 24,000 "
        "km of national roads were in good condition.",
        {"24,000 km": (D(2020, 9, 1), D(2020, 9, 1), "actual")},
    ),
    (
        "e",
        D(2021, 6, 2),
        "",
        "The programme sets a goal of providing 250,000 families with homes by 2025. On June 1, "
        "540,000 people were on municipal waiting lists.",
        {
            "250,000 families": (None, D(2025, 12, 31), "target"),
            "540,000 people": (D(2021, 6, 1), D(2021, 6, 1), "actual"),
        },
    ),
    (
        "e",
        D(2017, 11, 22),
        "",
        "Astana plans to put 1.5 million square metres of housing into service by the end of the year. "
        "In January-October, builders completed 1.1 million square metres.",
        {
            "1.5 million square metres": (None, D(2017, 12, 31), "plan"),
            "1.1 million square metres": (D(2017, 1, 1), D(2017, 10, 31), "actual"),
        },
    ),
]

# A second batch, written and labelled after the fixes for the first and before any run on it:
# the check that the rules carry over to wordings they were not tuned on.
PROBES_2: list[Probe] = [
    (
        "a",
        D(2019, 4, 25),
        "",
        "Kazakhstan's steel output reached 1.2 million tons in the first quarter of 2019. In 2009, "
        "at the height of the crisis, mills produced just 4 million tons in the whole year. In March, "
        "output stood at 430,000 tons.",
        {
            "1.2 million tons": (D(2019, 1, 1), D(2019, 3, 31), "actual"),
            "4 million tons": (D(2009, 1, 1), D(2009, 12, 31), "actual"),
            "430,000 tons": (D(2019, 3, 1), D(2019, 3, 31), "actual"),
        },
    ),
    (
        "a",
        D(2023, 10, 3),
        "",
        "The airport strategy, which runs to 2030, foresees 12 new terminals. Between January and "
        "September, regional airports handled 6.4 million passengers.",
        {"6.4 million passengers": (D(2023, 1, 1), D(2023, 9, 30), "actual")},
    ),
    (
        "a",
        D(2020, 12, 10),
        "Housing loans rise in 2020",
        "Banks issued 1.9 trillion tenge in mortgage loans in January-November 2020. Ten years ago, "
        "in 2010, the figure was 140 billion tenge. As of December 1, the mortgage portfolio totalled "
        "3.3 trillion tenge.",
        {
            "1.9 trillion tenge": (D(2020, 1, 1), D(2020, 11, 30), "actual"),
            "140 billion tenge": (D(2010, 1, 1), D(2010, 12, 31), "actual"),
            "3.3 trillion tenge": (D(2020, 12, 1), D(2020, 12, 1), "actual"),
        },
    ),
    (
        "b",
        D(2021, 8, 5),
        "",
        "Meat production rose 3 percent in the first half of 2021. Beef output, which has grown "
        "every year since 2016, reached 260,000 tons. Poultry farms added 8 percent.",
        {
            "260,000 tons": (D(2021, 1, 1), D(2021, 6, 30), "actual"),
            "8 percent": (D(2021, 1, 1), D(2021, 6, 30), "actual"),
        },
    ),
    (
        "b",
        D(2024, 4, 18),
        "",
        "Freight traffic on the railways grew 6 percent in the first quarter of 2024. Transit to "
        "China, a route that has expanded steadily since 2018, rose to 9.1 million tons.",
        {"9.1 million tons": (D(2024, 1, 1), D(2024, 3, 31), "actual")},
    ),
    (
        "c",
        D(2018, 6, 20),
        "",
        "As of June 1, 1.2 million people were registered as self-employed. The number of new "
        "businesses grew 4 percent to 58,000 at the end of May.",
        {
            "1.2 million": (D(2018, 6, 1), D(2018, 6, 1), "actual"),
            "4 percent": (D(2018, 5, 31), D(2018, 5, 31), "actual"),
            "58,000": (D(2018, 5, 31), D(2018, 5, 31), "actual"),
        },
    ),
    (
        "c",
        D(2024, 2, 14),
        "",
        "As of January 1, the country's forest area stood at 14.3 million hectares.\nForesters "
        "planted 120 million seedlings last year. Of these, 31 million were planted in Turkestan region.",
        {
            "14.3 million hectares": (D(2024, 1, 1), D(2024, 1, 1), "actual"),
            "120 million seedlings": (D(2023, 1, 1), D(2023, 12, 31), "actual"),
        },
    ),
    (
        "d",
        D(2022, 10, 12),
        "",
        "By the end of the third quarter, the number of registered pawnshops had shrunk to 410.",
        {"410": (D(2022, 9, 30), D(2022, 9, 30), "actual")},
    ),
    (
        "d",
        D(2025, 8, 1),
        "",
        "At the end of June, the unemployment rate stood at 4.6 percent.",
        {"4.6 percent": (D(2025, 6, 30), D(2025, 6, 30), "actual")},
    ),
    (
        "d",
        D(2025, 3, 3),
        "",
        "By the end of the second quarter, the operator intends to connect 300 more villages.",
        {"300 more villages": (None, D(2025, 6, 30), "plan")},
    ),
    (
        "e",
        D(2021, 9, 20),
        "",
        "The regional roads programme is to run until 2025. As of September 1, 62 percent of local "
        "roads were in good condition.",
        {"62 percent": (D(2021, 9, 1), D(2021, 9, 1), "actual")},
    ),
    (
        "e",
        D(2024, 5, 6),
        "",
        "The new benefit rules will take effect next year. Large families may receive up to 100,000 "
        "tenge in housing aid.",
        {"100,000 tenge": (D(2024, 5, 6), D(2024, 5, 6), "actual")},
    ),
]
