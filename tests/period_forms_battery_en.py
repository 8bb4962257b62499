"""A battery of English period phrases and period-carrying structures, in the forms English news
and official reporting use (our own phrases and texts, each labelled by tests/realworld/FORMAT.md
for a publication date of 20 November 2025 before any reader was run on them).

Part one, PROBES: (family, phrase, frame, start, end). The phrase opens a one-figure sentence of
the frame (a flow, a stock, a plan, a rate, a present state...) and, for most frames, is also told
after the figure (`moved`); comparison frames put a base after the figure, which must not date it.

Part two, TEXTS: (structure, headline, body, [(figure, start, end)]): short reports (a headline
and two to four sentences) where a figure's period is carried from the headline, the lead or an
earlier sentence, or is the publication day of a present state, or the figure's own sentence
replaces what was carried. A figure is named by the number it opens with ("12,500")."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2025, 11, 20)
P = PUBLISHED

# The sentence each frame makes of a phrase; "{p}" is the phrase. The figure read is the one
# whose surface opens with "12" or "14".
FRAMES = {
    "flow": "{p} the region produced 12,500 tons of milk.",
    "flow_pp": "{p} the region has produced 12,500 tons of milk.",
    "stock": "{p} the herd numbered 12,500 head.",
    "state": "{p} the herd numbers 12,500 head.",
    "plan": "{p} the region plans to build 14 schools.",
    "rate": "{p} the allowance will be 12,500 tenge.",
    "school": "{p} the region's schools enrolled 12,500 pupils.",
    "export": "{p} the country exported 12,500 tons of grain.",
    "heat": "{p} the city's boilers burned 12,500 tons of coal.",
    "heat_plan": "{p} the city's boilers will need 12,500 tons of coal.",
    # a comparison told after the figure: its base is not the figure's period
    "cmp_vs": "{p} the region produced 12,500 tons of milk versus 11,900 tons a year earlier.",
    "cmp_compared": "{p} the region produced 12,500 tons of milk, compared with 11,900 tons a year earlier.",
    "cmp_up": "{p} the region produced 12,500 tons of milk, up from 11,900 tons a year earlier.",
    "cmp_against": "{p} the region produced 12,500 tons of milk against 11,900 tons in the same period a year before.",
    "cmp_yoy": "{p} the region produced 12,500 tons of milk, 5% more year-on-year.",
    "cmp_rose_yoy": "{p} milk output rose 5% year-on-year to 12,500 tons.",
    "cmp_year": "{p} the region produced 12,500 tons of milk, 8% more than in 2020.",
    "stock_yoy": "{p} the herd numbered 12,500 head, up 4% year-on-year.",
    "stock_vs": "{p} the herd numbered 12,500 head, compared with 11,900 head a year earlier.",
}

# The same sentences with the phrase told after the figure
AFTER = {
    "flow": "The region produced 12,500 tons of milk {p}.",
    "flow_pp": "The region has produced 12,500 tons of milk {p}.",
    "stock": "The herd numbered 12,500 head {p}.",
    "plan": "The region plans to build 14 schools {p}.",
    "rate": "The allowance will be 12,500 tenge {p}.",
    "school": "The region's schools enrolled 12,500 pupils {p}.",
    "export": "The country exported 12,500 tons of grain {p}.",
    "heat": "The city's boilers burned 12,500 tons of coal {p}.",
    "heat_plan": "The city's boilers will need 12,500 tons of coal {p}.",
    "cmp_up": "The region produced 12,500 tons of milk {p}, up from 11,900 tons a year earlier.",
    "cmp_yoy": "The region produced 12,500 tons of milk {p}, 5% more year-on-year.",
    "cmp_vs": "The region produced 12,500 tons of milk {p} versus 11,900 tons a year earlier.",
    "stock_yoy": "The herd numbered 12,500 head {p}, up 4% year-on-year.",
}

D = date
Y23 = (D(2023, 1, 1), D(2023, 12, 31))
Y24 = (D(2024, 1, 1), D(2024, 12, 31))
Y25 = (D(2025, 1, 1), D(2025, 12, 31))
Y26 = (D(2026, 1, 1), D(2026, 12, 31))
R21_25 = (D(2021, 1, 1), D(2025, 12, 31))
R26_28 = (D(2026, 1, 1), D(2028, 12, 31))
R26_30 = (D(2026, 1, 1), D(2030, 12, 31))
R25_29 = (D(2025, 1, 1), D(2029, 12, 31))
JAN_SEP = (D(2025, 1, 1), D(2025, 9, 30))
JAN_SEP24 = (D(2024, 1, 1), D(2024, 9, 30))
JAN_JUN = (D(2025, 1, 1), D(2025, 6, 30))
JAN_JUN24 = (D(2024, 1, 1), D(2024, 6, 30))
JAN_OCT = (D(2025, 1, 1), D(2025, 10, 31))
JAN_AUG = (D(2025, 1, 1), D(2025, 8, 31))
OCT = (D(2025, 10, 1), D(2025, 10, 31))
SEP = (D(2025, 9, 1), D(2025, 9, 30))
SEP24 = (D(2024, 9, 1), D(2024, 9, 30))
NOV = (D(2025, 11, 1), D(2025, 11, 30))
Q1 = (D(2025, 1, 1), D(2025, 3, 31))
Q2 = (D(2025, 4, 1), D(2025, 6, 30))
Q3 = (D(2025, 7, 1), D(2025, 9, 30))
Q4_24 = (D(2024, 10, 1), D(2024, 12, 31))
Q2_Q3 = (D(2025, 4, 1), D(2025, 9, 30))
H2_24 = (D(2024, 7, 1), D(2024, 12, 31))
OCT1 = (D(2025, 10, 1), D(2025, 10, 1))
NOV1 = (D(2025, 11, 1), D(2025, 11, 1))
JUL1 = (D(2025, 7, 1), D(2025, 7, 1))
JAN1 = (D(2025, 1, 1), D(2025, 1, 1))
SEP30 = (D(2025, 9, 30), D(2025, 9, 30))
JUN30 = (D(2025, 6, 30), D(2025, 6, 30))
DEC31_24 = (D(2024, 12, 31), D(2024, 12, 31))
YTD = (D(2025, 1, 1), P)
TODAY = (P, P)
TWELVE_TO_JUN = (D(2024, 7, 1), D(2025, 6, 30))
TWELVE_TO_SEP = (D(2024, 10, 1), D(2025, 9, 30))
TWELVE_TO_OCT = (D(2024, 11, 1), D(2025, 10, 31))
PAST_YEAR = (D(2024, 11, 20), P)
SUMMER = (D(2025, 6, 1), D(2025, 8, 31))
SPRING = (D(2025, 3, 1), D(2025, 5, 31))
AUTUMN = (D(2025, 9, 1), D(2025, 11, 30))
AUTUMN24 = (D(2024, 9, 1), D(2024, 11, 30))
WINTER_LAST = (D(2024, 12, 1), D(2025, 2, 28))
WINTER_NEXT = (D(2025, 12, 1), D(2026, 2, 28))
SCHOOL = (D(2025, 9, 1), D(2026, 5, 31))
SCHOOL24 = (D(2024, 9, 1), D(2025, 5, 31))
MARKETING = (D(2024, 7, 1), D(2025, 6, 30))
HEATING = (D(2025, 10, 1), D(2026, 4, 30))
HEATING24 = (D(2024, 10, 1), D(2025, 4, 30))
NONE = (None, None)

Probe = tuple[str, str, str, date | None, date | None]

PROBES: list[Probe] = [
    # whole years, in every wording of "the year"
    ("year", "In 2023", "flow", *Y23),
    ("year", "In 2023,", "flow", *Y23),
    ("year", "For 2023", "flow", *Y23),
    ("year", "During 2023", "flow", *Y23),
    ("year", "Throughout 2023", "flow", *Y23),
    ("year", "Over 2023", "flow", *Y23),
    ("year", "In the whole of 2023", "flow", *Y23),
    ("year", "For the whole of 2023", "flow", *Y23),
    ("year", "For the full year 2023", "flow", *Y23),
    ("year", "In full-year 2023", "flow", *Y23),
    ("year", "In calendar 2023", "flow", *Y23),
    ("year", "In the year 2023", "flow", *Y23),
    ("year", "Over the course of 2023", "flow", *Y23),
    ("year", "In 2023 as a whole", "flow", *Y23),
    ("year", "In the 2023 calendar year", "flow", *Y23),
    # fiscal years (Kazakhstan's runs with the calendar year)
    ("fiscal", "In FY2024", "flow", *Y24),
    ("fiscal", "In FY 2024", "flow", *Y24),
    ("fiscal", "In fiscal 2024", "flow", *Y24),
    ("fiscal", "In fiscal year 2024", "flow", *Y24),
    ("fiscal", "In the 2024 fiscal year", "flow", *Y24),
    ("fiscal", "In the 2024 financial year", "flow", *Y24),
    ("fiscal", "In FY2026", "plan", *Y26),
    # ranges of years
    ("year_range", "Over 2021-2025", "flow", *R21_25),
    ("year_range", "In 2021–2025", "flow", *R21_25),
    ("year_range", "Between 2021 and 2025", "flow", *R21_25),
    ("year_range", "From 2021 to 2025", "flow", *R21_25),
    ("year_range", "In 2021-25", "flow", *R21_25),
    ("year_range", "Over 2021–25", "flow", *R21_25),
    ("year_range", "During 2021-2025", "flow", *R21_25),
    ("year_range", "For 2021-2025", "flow", *R21_25),
    ("year_range", "Over the 2021-2025 period", "flow", *R21_25),
    ("year_range", "In the period 2021-2025", "flow", *R21_25),
    ("year_range", "From 2021 through 2025", "flow", *R21_25),
    ("year_range", "In the years 2021-2025", "flow", *R21_25),
    ("year_range", "Over the period from 2021 to 2025", "flow", *R21_25),
    ("year_range", "In 2021 – 2025", "flow", *R21_25),
    # spans of months, in full and cut short
    ("month_range", "In January-September 2025", "flow", *JAN_SEP),
    ("month_range", "In January–September", "flow", *JAN_SEP),
    ("month_range", "In Jan-Sept 2025", "flow", *JAN_SEP),
    ("month_range", "In Jan.-Sept. 2025", "flow", *JAN_SEP),
    ("month_range", "In Jan–Sep 2025", "flow", *JAN_SEP),
    ("month_range", "In January through September", "flow", *JAN_SEP),
    ("month_range", "In January to September 2025", "flow", *JAN_SEP),
    ("month_range", "From January to September", "flow", *JAN_SEP),
    ("month_range", "From January through September 2025", "flow", *JAN_SEP),
    ("month_range", "Over January–September", "flow", *JAN_SEP),
    ("month_range", "For January-September 2025", "flow", *JAN_SEP),
    ("month_range", "In the January-September period", "flow", *JAN_SEP),
    ("month_range", "In the period from January to September", "flow", *JAN_SEP),
    ("month_range", "Between January and September 2025", "flow", *JAN_SEP),
    ("month_range", "In January-September this year", "flow", *JAN_SEP),
    ("month_range", "In January-September last year", "flow", *JAN_SEP24),
    ("month_range", "In January-September 2024", "flow", *JAN_SEP24),
    ("month_range", "In January – September 2025", "flow", *JAN_SEP),
    ("month_range", "In January-October", "flow", *JAN_OCT),
    # single months
    ("month", "In October", "flow", *OCT),
    ("month", "In October 2025", "flow", *OCT),
    ("month", "In Oct. 2025", "flow", *OCT),
    ("month", "In Oct 2025", "flow", *OCT),
    ("month", "During October", "flow", *OCT),
    ("month", "For October", "flow", *OCT),
    ("month", "In the month of October", "flow", *OCT),
    ("month", "Last month", "flow", *OCT),
    ("month", "In September this year", "flow", *SEP),
    ("month", "In September of last year", "flow", *SEP24),
    ("month", "In September 2024", "flow", *SEP24),
    ("month", "In Sept. 2025", "flow", *SEP),
    ("month", "In October alone", "flow", *OCT),
    # N months from January
    ("n_months", "In the first nine months of 2025", "flow", *JAN_SEP),
    ("n_months", "In the first nine months", "flow", *JAN_SEP),
    ("n_months", "In nine months of 2025", "flow", *JAN_SEP),
    ("n_months", "In the nine months to September", "flow", *JAN_SEP),
    ("n_months", "In the nine months to September 2025", "flow", *JAN_SEP),
    ("n_months", "In the nine months through September", "flow", *JAN_SEP),
    ("n_months", "In 9M 2025", "flow", *JAN_SEP),
    ("n_months", "In 9M25", "flow", *JAN_SEP),
    ("n_months", "In 9M2025", "flow", *JAN_SEP),
    ("n_months", "In the first 9 months of the year", "flow", *JAN_SEP),
    ("n_months", "In the ten months to October", "flow", *JAN_OCT),
    ("n_months", "In the first ten months of 2025", "flow", *JAN_OCT),
    ("n_months", "In 10M 2025", "flow", *JAN_OCT),
    ("n_months", "Over nine months", "flow", *JAN_SEP),
    ("n_months", "In the first eight months", "flow", *JAN_AUG),
    ("n_months", "In eight months of the year", "flow", *JAN_AUG),
    ("n_months", "In the first 10 months of this year", "flow", *JAN_OCT),
    ("n_months", "Over the first nine months of the year", "flow", *JAN_SEP),
    # quarters
    ("quarter", "In Q1 2025", "flow", *Q1),
    ("quarter", "In 1Q 2025", "flow", *Q1),
    ("quarter", "In 1Q25", "flow", *Q1),
    ("quarter", "In Q3", "flow", *Q3),
    ("quarter", "In the third quarter", "flow", *Q3),
    ("quarter", "In the third quarter of 2025", "flow", *Q3),
    ("quarter", "In the July-September quarter", "flow", *Q3),
    ("quarter", "In the quarter to September", "flow", *Q3),
    ("quarter", "In the three months to September", "flow", *Q3),
    ("quarter", "In Q4 2024", "flow", *Q4_24),
    ("quarter", "In the fourth quarter of 2024", "flow", *Q4_24),
    ("quarter", "In the fourth quarter of last year", "flow", *Q4_24),
    ("quarter", "In the last quarter of 2024", "flow", *Q4_24),
    ("quarter", "In the final quarter of 2024", "flow", *Q4_24),
    ("quarter", "In Q3 of 2025", "flow", *Q3),
    ("quarter", "In the second quarter of this year", "flow", *Q2),
    ("quarter", "In 2Q 2025", "flow", *Q2),
    ("quarter", "In the April-June quarter", "flow", *Q2),
    ("quarter", "In 3Q25", "flow", *Q3),
    ("quarter", "In Q3 2025", "flow", *Q3),
    ("quarter", "In the first quarter of the year", "flow", *Q1),
    # spans of quarters
    ("quarter_span", "In the first three quarters of 2025", "flow", *JAN_SEP),
    ("quarter_span", "In the first three quarters", "flow", *JAN_SEP),
    ("quarter_span", "In Q1-Q3 2025", "flow", *JAN_SEP),
    ("quarter_span", "In Q1–Q3", "flow", *JAN_SEP),
    ("quarter_span", "In the three quarters to September", "flow", *JAN_SEP),
    ("quarter_span", "Over the first three quarters of the year", "flow", *JAN_SEP),
    ("quarter_span", "In Q2-Q3 2025", "flow", *Q2_Q3),
    ("quarter_span", "In the second and third quarters", "flow", *Q2_Q3),
    ("quarter_span", "In 1Q-3Q 2025", "flow", *JAN_SEP),
    # halves
    ("half", "In H1 2025", "flow", *JAN_JUN),
    ("half", "In H1", "flow", *JAN_JUN),
    ("half", "In 1H2025", "flow", *JAN_JUN),
    ("half", "In 1H 2025", "flow", *JAN_JUN),
    ("half", "In 1H25", "flow", *JAN_JUN),
    ("half", "In the first half", "flow", *JAN_JUN),
    ("half", "In the first half of 2025", "flow", *JAN_JUN),
    ("half", "In the first half of this year", "flow", *JAN_JUN),
    ("half", "In the first six months of the year", "flow", *JAN_JUN),
    ("half", "In the six months to June", "flow", *JAN_JUN),
    ("half", "In the first half of last year", "flow", *JAN_JUN24),
    ("half", "In H2 2024", "flow", *H2_24),
    ("half", "In the second half of 2024", "flow", *H2_24),
    ("half", "In 2H 2024", "flow", *H2_24),
    ("half", "In the January-June period", "flow", *JAN_JUN),
    ("half", "In the first half-year", "flow", *JAN_JUN),
    ("half", "In the first six months of 2025", "flow", *JAN_JUN),
    ("half", "In H1 2024", "flow", *JAN_JUN24),
    # twelve months up to a month: the year before it
    ("twelve_months", "In the 12 months to June", "flow", *TWELVE_TO_JUN),
    ("twelve_months", "In the 12 months to September 2025", "flow", *TWELVE_TO_SEP),
    ("twelve_months", "In the year to September", "flow", *TWELVE_TO_SEP),
    ("twelve_months", "In the year to June 2025", "flow", *TWELVE_TO_JUN),
    ("twelve_months", "In the twelve months to October", "flow", *TWELVE_TO_OCT),
    ("twelve_months", "Over the 12 months to September", "flow", *TWELVE_TO_SEP),
    ("twelve_months", "In the 12 months through June", "flow", *TWELVE_TO_JUN),
    # a running span up to the report, from January
    ("ytd", "So far in 2025", "flow_pp", *YTD),
    ("ytd", "So far this year", "flow_pp", *YTD),
    ("ytd", "Year to date", "flow_pp", *YTD),
    ("ytd", "Year-to-date", "flow_pp", *YTD),
    ("ytd", "In the year to date", "flow_pp", *YTD),
    ("ytd", "Since the start of 2025", "flow_pp", *YTD),
    ("ytd", "Since the beginning of the year", "flow_pp", *YTD),
    ("ytd", "Since the start of the year", "flow_pp", *YTD),
    ("ytd", "From the beginning of the year", "flow_pp", *YTD),
    ("ytd", "Since January", "flow_pp", *YTD),
    ("ytd", "Since January 1", "flow_pp", *YTD),
    ("ytd", "Thus far this year", "flow_pp", *YTD),
    ("ytd", "In 2025 to date", "flow_pp", *YTD),
    ("ytd", "So far in the year", "flow_pp", *YTD),
    # a running total with no start: the state at publication
    ("so_far", "So far", "flow_pp", *TODAY),
    ("so_far", "To date", "flow_pp", *TODAY),
    ("so_far", "Up to now", "flow_pp", *TODAY),
    # since a start, up to the report
    ("since", "Since 2019", "flow_pp", D(2019, 1, 1), P),
    ("since", "Since January 2024", "flow_pp", D(2024, 1, 1), P),
    ("since", "Since March", "flow_pp", D(2025, 3, 1), P),
    ("since", "Since 1 March", "flow_pp", D(2025, 3, 1), P),
    ("since", "Since March 1, 2025", "flow_pp", D(2025, 3, 1), P),
    ("since", "Since independence", "flow_pp", D(1991, 12, 16), P),
    ("since", "Since 2015", "flow_pp", D(2015, 1, 1), P),
    ("since", "Ever since 2019", "flow_pp", D(2019, 1, 1), P),
    ("since", "Since the start of 2024", "flow_pp", D(2024, 1, 1), P),
    # rolling spans back from the report
    ("rolling_past", "Over the past year", "flow_pp", *PAST_YEAR),
    ("rolling_past", "Over the past 12 months", "flow_pp", *PAST_YEAR),
    ("rolling_past", "In the past decade", "flow_pp", D(2015, 11, 20), P),
    ("rolling_past", "Over the last decade", "flow_pp", D(2015, 11, 20), P),
    ("rolling_past", "Over the past five years", "flow_pp", D(2020, 11, 20), P),
    ("rolling_past", "In the past five years", "flow_pp", D(2020, 11, 20), P),
    ("rolling_past", "Over the last five years", "flow_pp", D(2020, 11, 20), P),
    ("rolling_past", "Over the past three years", "flow_pp", D(2022, 11, 20), P),
    ("rolling_past", "In the last two years", "flow_pp", D(2023, 11, 20), P),
    ("rolling_past", "Over the past 10 years", "flow_pp", D(2015, 11, 20), P),
    ("rolling_past", "In the last 12 months", "flow_pp", *PAST_YEAR),
    ("rolling_past", "Over the past two years", "flow_pp", D(2023, 11, 20), P),
    # rolling spans ahead of the report
    ("rolling_next", "Within three years", "plan", P, D(2028, 11, 20)),
    ("rolling_next", "Over the next five years", "plan", P, D(2030, 11, 20)),
    ("rolling_next", "In the next three years", "plan", P, D(2028, 11, 20)),
    ("rolling_next", "Within the next two years", "plan", P, D(2027, 11, 20)),
    ("rolling_next", "In the coming three years", "plan", P, D(2028, 11, 20)),
    ("rolling_next", "Over the coming decade", "plan", P, D(2035, 11, 20)),
    ("rolling_next", "Within five years", "plan", P, D(2030, 11, 20)),
    ("rolling_next", "Over the next 12 months", "plan", P, D(2026, 11, 20)),
    ("rolling_next", "In the next five years", "plan", P, D(2030, 11, 20)),
    ("rolling_next", "Over the next three years", "plan", P, D(2028, 11, 20)),
    # no way to tell the span
    ("vague", "In recent years", "flow_pp", *NONE),
    ("vague", "Over the years", "flow_pp", *NONE),
    # years counted from this one
    ("relative_year", "Last year", "flow", *Y24),
    ("relative_year", "This year", "flow", *Y25),
    ("relative_year", "In the current year", "flow", *Y25),
    ("relative_year", "In the previous year", "flow", *Y24),
    ("relative_year", "In the year before last", "flow", *Y23),
    ("relative_year", "Two years ago", "flow", *Y23),
    ("relative_year", "Earlier this year", "flow", *Y25),
    ("relative_year", "In 2024, last year,", "flow", *Y24),
    # plans for years ahead
    ("plan_year", "In 2026", "plan", *Y26),
    ("plan_year", "Next year", "plan", *Y26),
    ("plan_year", "This year", "plan", *Y25),
    ("plan_year", "In 2026-2028", "plan", *R26_28),
    ("plan_year", "For 2026-2028", "plan", *R26_28),
    ("plan_year", "Over 2026–2030", "plan", *R26_30),
    ("plan_year", "Between 2026 and 2030", "plan", *R26_30),
    ("plan_year", "Between 2025 and 2029", "plan", *R25_29),
    ("plan_year", "Over the 2026-2030 period", "plan", *R26_30),
    ("plan_year", "During 2026-2028", "plan", *R26_28),
    ("plan_year", "In 2026 and 2027", "plan", D(2026, 1, 1), D(2027, 12, 31)),
    ("plan_year", "In the 2026-2030 period", "plan", *R26_30),
    ("plan_year", "From 2026 to 2028", "plan", *R26_28),
    # deadlines
    ("deadline", "By 2027", "plan", None, D(2027, 12, 31)),
    ("deadline", "By end-2026", "plan", None, D(2026, 12, 31)),
    ("deadline", "By the end of 2026", "plan", None, D(2026, 12, 31)),
    ("deadline", "By the end of next year", "plan", None, D(2026, 12, 31)),
    ("deadline", "By year-end", "plan", None, D(2025, 12, 31)),
    ("deadline", "By the end of the year", "plan", None, D(2025, 12, 31)),
    ("deadline", "By the year-end", "plan", None, D(2025, 12, 31)),
    ("deadline", "Until 2030", "plan", None, D(2030, 12, 31)),
    ("deadline", "Through 2029", "plan", None, D(2029, 12, 31)),
    ("deadline", "By mid-2026", "plan", None, D(2026, 6, 30)),
    ("deadline", "By the middle of 2026", "plan", None, D(2026, 6, 30)),
    ("deadline", "No later than 2027", "plan", None, D(2027, 12, 31)),
    ("deadline", "By December 2026", "plan", None, D(2026, 12, 31)),
    ("deadline", "By the end of March 2026", "plan", None, D(2026, 3, 31)),
    ("deadline", "Before the end of 2026", "plan", None, D(2026, 12, 31)),
    ("deadline", "By the close of 2027", "plan", None, D(2027, 12, 31)),
    ("deadline", "By end-June 2026", "plan", None, D(2026, 6, 30)),
    ("deadline", "By the end of the first half of 2026", "plan", None, D(2026, 6, 30)),
    ("deadline", "By 2030", "plan", None, D(2030, 12, 31)),
    ("deadline", "By the end of 2025", "plan", None, D(2025, 12, 31)),
    # starts with no end
    ("start", "From January 1, 2026,", "rate", D(2026, 1, 1), None),
    ("start", "From 1 January 2026,", "rate", D(2026, 1, 1), None),
    ("start", "Starting January 1, 2026,", "rate", D(2026, 1, 1), None),
    ("start", "Starting from 2026,", "rate", D(2026, 1, 1), None),
    ("start", "From 2026,", "rate", D(2026, 1, 1), None),
    ("start", "From next year,", "rate", D(2026, 1, 1), None),
    ("start", "Effective January 1, 2026,", "rate", D(2026, 1, 1), None),
    ("start", "Beginning in 2026,", "rate", D(2026, 1, 1), None),
    ("start", "From July 2026,", "rate", D(2026, 7, 1), None),
    ("start", "Starting in July 2026,", "rate", D(2026, 7, 1), None),
    ("start", "As from 1 January 2026,", "rate", D(2026, 1, 1), None),
    ("start", "With effect from 1 January 2026,", "rate", D(2026, 1, 1), None),
    ("start", "From the start of 2026,", "rate", D(2026, 1, 1), None),
    ("start", "From January 1,", "rate", D(2026, 1, 1), None),
    # stocks on a day
    ("stock_date", "As of October 1, 2025,", "stock", *OCT1),
    ("stock_date", "As of 1 October 2025,", "stock", *OCT1),
    ("stock_date", "As of Oct. 1,", "stock", *OCT1),
    ("stock_date", "As at 1 October", "stock", *OCT1),
    ("stock_date", "As at 1 July", "stock", *JUL1),
    ("stock_date", "As at 1 July 2025,", "stock", *JUL1),
    ("stock_date", "On October 1", "stock", *OCT1),
    ("stock_date", "At the start of October", "stock", *OCT1),
    ("stock_date", "At the beginning of October", "stock", *OCT1),
    ("stock_date", "As of the beginning of October", "stock", *OCT1),
    ("stock_date", "At the end of September", "stock", *SEP30),
    ("stock_date", "As of the end of September", "stock", *SEP30),
    ("stock_date", "As of end-September", "stock", *SEP30),
    ("stock_date", "At end-September 2025", "stock", *SEP30),
    ("stock_date", "At the end of the third quarter", "stock", *SEP30),
    ("stock_date", "At the end of the first half", "stock", *JUN30),
    ("stock_date", "At the end of June", "stock", *JUN30),
    ("stock_date", "At the end of 2024", "stock", *DEC31_24),
    ("stock_date", "As of end-2024", "stock", *DEC31_24),
    ("stock_date", "At year-end 2024", "stock", *DEC31_24),
    ("stock_date", "At the end of last year", "stock", *DEC31_24),
    ("stock_date", "By October 1", "stock", *OCT1),
    ("stock_date", "As of January 1", "stock", *JAN1),
    ("stock_date", "At the start of the year", "stock", *JAN1),
    ("stock_date", "As of 1 November", "stock", *NOV1),
    ("stock_date", "On 1 January 2025", "stock", *JAN1),
    ("stock_date", "As of 30 September 2025,", "stock", *SEP30),
    ("stock_date", "As of Sept. 30,", "stock", *SEP30),
    ("stock_date", "As at end-June", "stock", *JUN30),
    ("stock_date", "At the close of September", "stock", *SEP30),
    # undated present states and "now": the publication day
    ("today", "Currently", "state", *TODAY),
    ("today", "Currently,", "state", *TODAY),
    ("today", "At present", "state", *TODAY),
    ("today", "Today", "state", *TODAY),
    ("today", "Now", "state", *TODAY),
    ("today", "At the moment", "state", *TODAY),
    ("today", "As of today", "state", *TODAY),
    ("today", "As things stand", "state", *TODAY),
    ("today", "At the present time", "state", *TODAY),
    ("today", "", "state", *TODAY),
    # days and spans of days
    ("days", "On November 18", "flow", D(2025, 11, 18), D(2025, 11, 18)),
    ("days", "From 1 January to 30 September 2025", "flow", *JAN_SEP),
    ("days", "Between January 1 and September 30", "flow", *JAN_SEP),
    ("days", "In the first two weeks of November", "flow", D(2025, 11, 1), D(2025, 11, 14)),
    ("days", "In the first week of October", "flow", D(2025, 10, 1), D(2025, 10, 7)),
    ("days", "Over November 1-15", "flow", D(2025, 11, 1), D(2025, 11, 15)),
    ("days", "On 1-15 November", "flow", D(2025, 11, 1), D(2025, 11, 15)),
    ("days", "From January 1 to September 30", "flow", *JAN_SEP),
    # seasons
    ("season", "This autumn", "flow", *AUTUMN),
    ("season", "Last winter", "flow", *WINTER_LAST),
    ("season", "This summer", "flow", *SUMMER),
    ("season", "In summer 2025", "flow", *SUMMER),
    ("season", "In the summer of 2025", "flow", *SUMMER),
    ("season", "Over the summer", "flow", *SUMMER),
    ("season", "During the summer season", "flow", *SUMMER),
    ("season", "In spring 2025", "flow", *SPRING),
    ("season", "This spring", "flow", *SPRING),
    ("season", "In autumn 2024", "flow", *AUTUMN24),
    ("season", "In the fall of 2024", "flow", *AUTUMN24),
    ("season", "This winter", "heat_plan", *WINTER_NEXT),
    ("season", "In the spring of 2025", "flow", *SPRING),
    ("season", "In the summer", "flow", *SUMMER),
    # heating seasons (October to April)
    ("heating", "During the 2024-2025 heating season", "heat", *HEATING24),
    ("heating", "In the 2024/25 heating season", "heat", *HEATING24),
    ("heating", "Last heating season", "heat", *HEATING24),
    ("heating", "During the heating season", "heat_plan", *HEATING),
    ("heating", "In the 2025-2026 heating season", "heat_plan", *HEATING),
    ("heating", "This heating season", "heat_plan", *HEATING),
    # school and academic years (September to May)
    ("academic", "In the 2025-2026 academic year", "school", *SCHOOL),
    ("academic", "In the 2025/26 academic year", "school", *SCHOOL),
    ("academic", "In the 2025-26 school year", "school", *SCHOOL),
    ("academic", "In the current academic year", "school", *SCHOOL),
    ("academic", "In the new academic year", "school", *SCHOOL),
    ("academic", "This academic year", "school", *SCHOOL),
    ("academic", "In the 2024-2025 academic year", "school", *SCHOOL24),
    ("academic", "In the 2025/2026 school year", "school", *SCHOOL),
    ("academic", "Last academic year", "school", *SCHOOL24),
    # marketing years and grain seasons (July to June)
    ("marketing", "In the 2024/25 marketing year", "export", *MARKETING),
    ("marketing", "In the 2024-25 marketing year", "export", *MARKETING),
    ("marketing", "In marketing year 2024/25", "export", *MARKETING),
    ("marketing", "In the 2024/2025 marketing year", "export", *MARKETING),
    ("marketing", "In MY2024/25", "export", *MARKETING),
    ("marketing", "In the 2024/25 season", "export", *MARKETING),
    ("marketing", "In the 2024-2025 season", "export", *MARKETING),
    ("marketing", "In 2024/25 marketing year", "export", *MARKETING),
]

# Comparison bases after the figure: each span under each frame with a base
_CMP_SPANS: list[tuple[str, date | None, date | None]] = [
    ("In January-September 2025", *JAN_SEP),
    ("In the first nine months of 2025", *JAN_SEP),
    ("In 2024", *Y24),
    ("In the third quarter", *Q3),
    ("In H1 2025", *JAN_JUN),
    ("In October", *OCT),
    ("In the 12 months to June", *TWELVE_TO_JUN),
    ("Last year", *Y24),
]
_CMP_FRAMES = ("cmp_vs", "cmp_compared", "cmp_up", "cmp_against", "cmp_yoy", "cmp_rose_yoy", "cmp_year")
PROBES += [
    ("comparison", phrase, frame, start, end) for phrase, start, end in _CMP_SPANS for frame in _CMP_FRAMES
]
PROBES += [
    ("comparison", "As of October 1,", "stock_yoy", *OCT1),
    ("comparison", "At the end of 2024,", "stock_yoy", *DEC31_24),
    ("comparison", "As at 1 July", "stock_yoy", *JUL1),
    ("comparison", "As of October 1,", "stock_vs", *OCT1),
    ("comparison", "At the end of September", "stock_vs", *SEP30),
]

# Words that open a phrase and take a small letter inside a sentence (months, "H1", "FY" keep theirs)
_SMALL_WHEN_INSIDE = set(
    "in for over between from during throughout as at on by until through since last this next so "
    "year year-to-date thus the within starting effective beginning with no before ever earlier two "
    "currently today now up to yesterday right presently during".split()
)


def sentence_of(probe: Probe) -> str:
    text = FRAMES[probe[2]].format(p=probe[1]).strip()
    return text[0].upper() + text[1:]


def moved(probe: Probe) -> Probe | None:
    """The probe with its phrase told after the figure, where its frame has such a sentence."""
    if probe[2] not in AFTER or not probe[1]:
        return None
    phrase = probe[1].rstrip(",")
    if phrase.split()[0].lower() in _SMALL_WHEN_INSIDE:
        phrase = phrase[0].lower() + phrase[1:]
    return (probe[0], phrase, probe[2] + "_after", probe[3], probe[4])


def after_sentence(probe: Probe) -> str:
    return AFTER[probe[2].removesuffix("_after")].format(p=probe[1])


Figure = tuple[str, date | None, date | None]
Text = tuple[str, str, str, list[Figure]]

TEXTS: list[Text] = [
    # the headline's span, carried to flows that do not repeat it
    (
        "headline_span",
        "Milk output grows in January-September",
        "The region produced 12,500 tons of milk, 5% more than a year earlier.\nDairy farms supplied 8,400 tons.",
        [("12,500", *JAN_SEP), ("5%", *JAN_SEP), ("8,400", *JAN_SEP)],
    ),
    (
        "headline_span",
        "Grain exports reach 3.1 million tons in nine months",
        "Kazakhstan shipped 3.1 million tons of grain abroad. China bought 1.2 million tons, and Uzbekistan 900,000 tons.",
        [("3.1", *JAN_SEP), ("1.2", *JAN_SEP), ("900,000", *JAN_SEP)],
    ),
    (
        "headline_span",
        "Retail sales rise in the third quarter",
        "Retail sales reached 4.2 trillion tenge. Online sales made up 14% of the total.",
        [("4.2", *Q3), ("14%", *Q3)],
    ),
    (
        "headline_span",
        "Car sales in 2024",
        "Dealers sold 120,000 cars. In the fourth quarter, sales reached 38,000.",
        [("120,000", *Y24), ("38,000", *Q4_24)],
    ),
    (
        "headline_span",
        "Inflation slows in October",
        "Annual inflation eased to 12.6%. Food prices rose 11.2%.",
        [("12.6%", *OCT), ("11.2%", *OCT)],
    ),
    (
        "headline_span",
        "Industrial output up in H1 2025",
        "Factories produced goods worth 19.4 trillion tenge. Manufacturing grew by 6.1%.",
        [("19.4", *JAN_JUN), ("6.1%", *JAN_JUN)],
    ),
    # the lead's span, carried to later sentences
    (
        "lead_span",
        "Region reports dairy results",
        "In January-October, the region produced 14,200 tons of milk.\nCheese output reached 1,300 tons.\nButter output fell 3% to 450 tons.",
        [("14,200", *JAN_OCT), ("1,300", *JAN_OCT), ("3%", *JAN_OCT), ("450", *JAN_OCT)],
    ),
    (
        "lead_span",
        "Tourism in the region",
        "In 2024, the region received 1.2 million tourists. Foreign visitors numbered 230,000.",
        [("1.2", *Y24), ("230,000", *Y24)],
    ),
    (
        "lead_span",
        "Wheat harvest results",
        "In 2024, farmers harvested 17.1 million tons of grain.\nWheat made up 13.4 million tons.\nThe average yield was 15.2 centners per hectare.",
        [("17.1", *Y24), ("13.4", *Y24), ("15.2", *Y24)],
    ),
    (
        "lead_span",
        "Housing completions",
        "In the first nine months of 2025, builders completed 2.3 million square metres of housing.\n"
        "Private developers accounted for 1.4 million square metres.",
        [("2.3", *JAN_SEP), ("1.4", *JAN_SEP)],
    ),
    (
        "lead_span",
        "Exports and imports",
        "In 2024, exports reached 3.1 billion dollars. Imports over the same period totalled 2.4 billion dollars.",
        [("3.1", *Y24), ("2.4", *Y24)],
    ),
    # an undated present state: the publication day, whatever span was carried
    (
        "present_state",
        "Dairy sector expands",
        "In the first half of 2025, dairy farms produced 12,500 tons of milk. There are 140 dairy farms in the region.",
        [("12,500", *JAN_JUN), ("140", *TODAY)],
    ),
    (
        "present_state",
        "New schools",
        "In 2024 the region built 14 schools. Currently, 9 more schools are under construction.",
        [("14", *Y24), ("9", *TODAY)],
    ),
    (
        "present_state",
        "Jobs at the plant",
        "In January-September, 3,200 new jobs were created in the city. The plant now employs 1,450 people.",
        [("3,200", *JAN_SEP), ("1,450", *TODAY)],
    ),
    (
        "present_state",
        "Company results",
        "Over 2021-2025 the company invested 45 billion tenge. It operates 12 plants across the country.",
        [("45", *R21_25), ("12", *TODAY)],
    ),
    (
        "present_state",
        "Pensions paid in January-October",
        "The state paid out 2.1 trillion tenge in pensions. The average pension is 142,000 tenge.",
        [("2.1", *JAN_OCT), ("142,000", *TODAY)],
    ),
    (
        "present_state",
        "New businesses",
        "In January-September, 800 new firms registered. There are now 14,600 active firms in the city.",
        [("800", *JAN_SEP), ("14,600", *TODAY)],
    ),
    (
        "present_state",
        "Unemployment in the region",
        "In the second quarter of 2025, unemployment was 4.7%.\nCurrently, 12,300 people are registered as jobseekers.",
        [("4.7%", *Q2), ("12,300", *TODAY)],
    ),
    (
        "present_state",
        "Small business",
        "In the first nine months of 2025, 540 small businesses opened in the city.\nThe city has 12,300 small businesses.",
        [("540", *JAN_SEP), ("12,300", *TODAY)],
    ),
    (
        "present_state",
        "Plant production",
        "In 2023 the plant made 4,200 cars. In 2024 output rose to 5,600 cars. The plant employs 1,900 people.",
        [("4,200", *Y23), ("5,600", *Y24), ("1,900", *TODAY)],
    ),
    # a later sentence's own span replaces the carried one
    (
        "own_span",
        "Exports grow",
        "In January-September, exports reached 3.1 billion dollars. In September alone, they totalled 420 million dollars.",
        [("3.1", *JAN_SEP), ("420", *SEP)],
    ),
    (
        "own_span",
        "Milk output",
        "In 2024 the region produced 12,500 tons of milk. In the first quarter of 2025, output was 3,400 tons. Exports reached 900 tons.",
        [("12,500", *Y24), ("3,400", *Q1), ("900", *Q1)],
    ),
    (
        "own_span",
        "Grain exports in nine months",
        "Exporters shipped 6.2 million tons of grain. In 2024 as a whole, shipments reached 8.1 million tons.",
        [("6.2", *JAN_SEP), ("8.1", *Y24)],
    ),
    (
        "own_span",
        "Retail trade",
        "In the first half of 2025, retail sales rose by 7%. In the third quarter, growth slowed to 4%.",
        [("7%", *JAN_JUN), ("4%", *Q3)],
    ),
    # breakdowns: "of which", "including", "of these"
    (
        "breakdown",
        "Milk processing",
        "In 2024, the region produced 12,500 tons of milk, of which 8,400 tons were processed.",
        [("12,500", *Y24), ("8,400", *Y24)],
    ),
    (
        "breakdown",
        "Housing",
        "In January-September, 2,300 new homes were commissioned, including 1,100 private houses.",
        [("2,300", *JAN_SEP), ("1,100", *JAN_SEP)],
    ),
    (
        "breakdown",
        "Projects launched",
        "In the first half of the year, 46 projects were launched. Of these, 12 were in agriculture.",
        [("46", *JAN_JUN), ("12", *JAN_JUN)],
    ),
    (
        "breakdown",
        "Livestock",
        "In January-September, the region produced 12,500 tons of milk. As of October 1, the herd numbered 43,000 head, including 21,000 cows.",
        [("12,500", *JAN_SEP), ("43,000", *OCT1), ("21,000", *OCT1)],
    ),
    # base values of the same span a year before
    (
        "base",
        "Milk output",
        "In January-September, the region produced 12,500 tons of milk, against 11,900 tons in the same period last year.",
        [("12,500", *JAN_SEP), ("11,900", *JAN_SEP24)],
    ),
    (
        "base",
        "Car sales",
        "In the first half of 2025, 4,200 cars were sold. In the same period of 2024, sales stood at 3,900.",
        [("4,200", *JAN_JUN), ("3,900", *JAN_JUN24)],
    ),
    (
        "base",
        "Inflation",
        "In October, inflation slowed to 12.6%. A year earlier it was 8.5%.",
        [("12.6%", *OCT), ("8.5%", D(2024, 10, 1), D(2024, 10, 31))],
    ),
    (
        "base",
        "Exports in nine months",
        "Exports reached 3.1 billion dollars, up from 2.7 billion dollars in the same period of 2024.",
        [("3.1", *JAN_SEP), ("2.7", *JAN_SEP24)],
    ),
    (
        "base",
        "Deposits",
        "As of October 1, deposits stood at 40 trillion tenge, up 18% year-on-year.",
        [("40", *OCT1), ("18%", *OCT1)],
    ),
    (
        "base",
        "Deposits grow",
        "As of 1 October 2025, deposits stood at 40 trillion tenge, up 18% over the year.",
        [("40", *OCT1), ("18%", *TWELVE_TO_SEP)],
    ),
    # plans after an actual span
    (
        "plan_after",
        "New schools",
        "In 2024, the region built 14 schools. Next year it plans to build 20 more.",
        [("14", *Y24), ("20", *Y26)],
    ),
    (
        "plan_after",
        "Road repairs",
        "In January-September, 120 km of roads were repaired. By the end of the year, another 80 km will be repaired.",
        [("120", *JAN_SEP), ("80", None, D(2025, 12, 31))],
    ),
    (
        "plan_after",
        "Milk output",
        "In January-September, the region produced 12,500 tons of milk. The region expects output to reach 16,000 tons this year.",
        [("12,500", *JAN_SEP), ("16,000", *Y25)],
    ),
    (
        "plan_after",
        "Tree planting",
        "In 2024 the city planted 12,000 trees. By 2030 it aims to plant 100,000 more.",
        [("12,000", *Y24), ("100,000", None, D(2030, 12, 31))],
    ),
    (
        "plan_after",
        "Schools",
        "In 2025, 14 schools opened. In 2026-2028, 45 more will be built.",
        [("14", *Y25), ("45", *R26_28)],
    ),
    (
        "plan_after",
        "Investment programme",
        "The programme for 2026-2030 envisages 1.2 trillion tenge of investment. It will create 14,000 jobs.",
        [("1.2", *R26_30), ("14,000", *R26_30)],
    ),
    (
        "plan_after",
        "Projects this year",
        "The region plans to launch 60 projects this year. Of them, 16 have already been launched.",
        [("60", *Y25), ("16", *YTD)],
    ),
    # running totals and "this year" in a report on a span
    (
        "so_far",
        "Harvest campaign",
        "Farmers have threshed 12.1 million hectares so far. The yield averages 14.5 centners per hectare.",
        [("12.1", *TODAY), ("14.5", *TODAY)],
    ),
    (
        "so_far",
        "Park visitors",
        "So far this year 4,100 tourists have visited the park. Last year the park had 3,800 visitors.",
        [("4,100", *YTD), ("3,800", *Y24)],
    ),
    (
        "so_far",
        "Construction in January-September",
        "Builders completed 2,300 homes. This year 14 new schools also opened.",
        [("2,300", *JAN_SEP), ("14", *JAN_SEP)],
    ),
    # paragraph breaks: the span carries on, a present state does not take it
    (
        "paragraph",
        "Coal output",
        "In January-October 2025, mines produced 90 million tons of coal.\n"
        "Exports took 24 million tons.\n"
        "The sector employs 31,000 people.",
        [("90", *JAN_OCT), ("24", *JAN_OCT), ("31,000", *TODAY)],
    ),
    (
        "paragraph",
        "Passenger traffic",
        "In the first half of 2025, airports served 6.2 million passengers.\n"
        "International flights carried 2.8 million.\n"
        "In July-September, traffic rose a further 9%.",
        [("6.2", *JAN_JUN), ("2.8", *JAN_JUN), ("9%", *Q3)],
    ),
    (
        "paragraph",
        "Budget spending",
        "In 2024, the city spent 120 billion tenge on roads.\n"
        "Repairs took 46 billion tenge.\n"
        "Next year the city will spend 140 billion tenge.",
        [("120", *Y24), ("46", *Y24), ("140", *Y26)],
    ),
    # "respectively" gives each figure its own year
    (
        "respectively",
        "Exports",
        "In 2023 and 2024 the region exported 3,100 and 3,600 tons of flour, respectively.",
        [("3,100", *Y23), ("3,600", *Y24)],
    ),
]

MY25_SINCE = (D(2025, 7, 1), P)
NOV1_ = NOV1
OCT24 = (D(2024, 10, 1), D(2024, 10, 31))
JAN_OCT24 = (D(2024, 1, 1), D(2024, 10, 31))

# Second round (labelled before any reader ran on them): longer reports in the shapes of real news,
# with quotes, datelines, lists, a base sentence between flows, a stock day before flows
TEXTS += [
    (
        "season_since",
        "Kazakhstan's grain exports hit 6.2 million tons since start of season",
        "Kazakhstan has exported 6.2 million tons of grain and flour since the start of the 2025/26 marketing year, "
        "the agriculture ministry said.\nWheat accounted for 5.1 million tons of the total.\n"
        "The main buyers were Uzbekistan, which took 2.4 million tons, and Afghanistan with 1.1 million tons.",
        [("6.2", *MY25_SINCE), ("5.1", *MY25_SINCE), ("2.4", *MY25_SINCE), ("1.1", *MY25_SINCE)],
    ),
    (
        "quote",
        "Retail lending slows",
        "In January-September 2025, banks issued 9.8 trillion tenge in consumer loans, the National Bank reported.\n"
        '"Demand for unsecured loans remains high," the regulator said, noting that the average loan size was 1.3 million tenge.\n'
        "Mortgage lending reached 1.1 trillion tenge.",
        [("9.8", *JAN_SEP), ("1.3", *JAN_SEP), ("1.1", *JAN_SEP)],
    ),
    (
        "stock_then_flow",
        "Livestock numbers",
        "As of November 1, the region's cattle herd numbered 480,000 head, up 3% year-on-year.\n"
        "Since the start of the year, farms have sold 46,000 head for meat.\n"
        "The region's 1,200 farms employ 9,000 people.",
        [("480,000", *NOV1), ("3%", *NOV1), ("46,000", *YTD), ("1,200", *TODAY), ("9,000", *TODAY)],
    ),
    (
        "base",
        "Inflation in October",
        "Annual inflation in Kazakhstan stood at 12.6% in October.\nA year earlier, it was 8.5%.\n"
        "Monthly price growth was 0.9%, the statistics bureau said.",
        [("12.6%", *OCT), ("8.5%", *OCT24), ("0.9%", *OCT)],
    ),
    (
        "forecast_after",
        "GDP grows 6.3% in ten months",
        "Kazakhstan's economy grew by 6.3% in January-October.\nConstruction expanded by 14.1% and transport by 8.9%.\n"
        "The ministry expects growth of 6% for the year as a whole.",
        [("6.3%", *JAN_OCT), ("14.1%", *JAN_OCT), ("8.9%", *JAN_OCT), ("6%", *Y25)],
    ),
    (
        "list",
        "Budget spending on social programmes",
        "In 2024, the budget spent 7.4 trillion tenge on social programmes, including:\n- pensions: 4.1 trillion tenge;\n"
        "- benefits: 1.9 trillion tenge;\n- housing aid: 420 billion tenge.",
        [("7.4", *Y24), ("4.1", *Y24), ("1.9", *Y24), ("420", *Y24)],
    ),
    (
        "own_span",
        "Passenger traffic at Almaty airport",
        "Almaty airport served 8.4 million passengers in the first nine months of 2025.\n"
        "Meanwhile, in October the airport handled 1.1 million passengers, 12% more than a year earlier.\n"
        "The airport operates 120 routes.",
        [("8.4", *JAN_SEP), ("1.1", *OCT), ("12%", *OCT), ("120", *TODAY)],
    ),
    (
        "plan_after",
        "Astana to build 30 schools",
        "Astana will build 30 schools by 2028, the city administration said.\n"
        "In 2025, eight schools for 12,000 pupils have been opened.\nThe city currently lacks 45,000 school places.",
        [("30", None, D(2028, 12, 31)), ("12,000", *Y25), ("45,000", *TODAY)],
    ),
    (
        "base",
        "Coal shipments in January-October",
        "Railways carried 58 million tons of coal.\nIn the same period last year, shipments totalled 55.2 million tons.\n"
        "Exports accounted for 21 million tons.",
        [("58", *JAN_OCT), ("55.2", *JAN_OCT24), ("21", *JAN_OCT)],
    ),
    (
        "present_state",
        "Tourism in Mangistau",
        "In the first half of 2025, Mangistau received 310,000 tourists.\nThe region has 190 hotels with 12,000 beds.\n"
        "Hotel revenue reached 14 billion tenge.",
        [("310,000", *JAN_JUN), ("190", *TODAY), ("12,000", *TODAY), ("14", *JAN_JUN)],
    ),
    (
        "so_far",
        "Gasification of the region",
        "The region plans to connect 40 villages to gas by the end of 2026.\nSo far, 12 villages have been connected.",
        [("40", None, D(2026, 12, 31)), ("12", *TODAY)],
    ),
    (
        "own_span",
        "Wheat exports",
        "Wheat exports reached 4.1 million tons in 2023 and 5.3 million tons in 2024.",
        [("4.1", *Y23), ("5.3", *Y24)],
    ),
    (
        "past_report",
        "Industrial output in 2024",
        "Industrial output grew by 2.8% in 2024.\nIn December, output rose by 4.1%.\nIn the fourth quarter, mining added 3.2%.",
        [("2.8%", *Y24), ("4.1%", D(2024, 12, 1), D(2024, 12, 31)), ("3.2%", *Q4_24)],
    ),
    (
        "lead_span",
        "Astana housing",
        "ASTANA. In January-October, 2.1 million square metres of housing were commissioned in the capital.\n"
        "That is 8% more than a year earlier.",
        [("2.1", *JAN_OCT), ("8%", *JAN_OCT)],
    ),
    (
        "present_state",
        "Kazakhstan's grain harvest",
        "Farmers have harvested 17.2 million tons of grain this year.\nStorage facilities can hold 15 million tons.",
        [("17.2", *Y25), ("15", *TODAY)],
    ),
    (
        "so_far",
        "Road repairs",
        "This year the region plans to repair 1,200 km of roads.\nSo far, 870 km have been repaired.",
        [("1,200", *Y25), ("870", *YTD)],
    ),
    (
        "breakdown",
        "Small business",
        "As of October 1, 2025, there were 2.2 million active small businesses in Kazakhstan.\n"
        "Of these, 1.6 million were sole proprietors.\nSmall firms employ 4.1 million people.",
        [("2.2", *OCT1), ("1.6", *OCT1), ("4.1", *TODAY)],
    ),
    (
        "plan_after",
        "Healthcare budget",
        "Next year the region will spend 320 billion tenge on healthcare.\n"
        "Of this, 90 billion tenge will go to new hospitals.\nIn 2025, healthcare spending was 280 billion tenge.",
        [("320", *Y26), ("90", *Y26), ("280", *Y25)],
    ),
    (
        "own_span",
        "Mortgage lending",
        "In the first half of 2025, banks issued 1.4 trillion tenge in mortgages.\n"
        "In the third quarter, lending slowed to 520 billion tenge.\nOverall, the mortgage portfolio stands at 7.1 trillion tenge.",
        [("1.4", *JAN_JUN), ("520", *Q3), ("7.1", *TODAY)],
    ),
    (
        "present_state",
        "Solar power",
        "Over the past five years, Kazakhstan has commissioned 1,400 MW of solar capacity.\n"
        "Solar plants now supply 4% of the country's electricity.",
        [("1,400", D(2020, 11, 20), P), ("4%", *TODAY)],
    ),
    (
        "season",
        "Summer tourism",
        "This summer, Lake Alakol resorts received 420,000 visitors.\nForeign tourists made up 14% of them.",
        [("420,000", *SUMMER), ("14%", *SUMMER)],
    ),
    (
        "season",
        "Heating season",
        "The city has stockpiled 1.2 million tons of coal for the heating season.\nLast heating season, boilers burned 1.4 million tons.",
        [("1.2", *TODAY), ("1.4", *HEATING24)],
    ),
    (
        "season",
        "New school year",
        "In the 2025-2026 academic year, 4.1 million pupils attend schools in Kazakhstan.",
        [("4.1", *SCHOOL)],
    ),
    (
        "base",
        "Deposits",
        "Retail deposits reached 24 trillion tenge as of 1 October, up 17% over the past 12 months.",
        [("24", *OCT1), ("17%", *TWELVE_TO_SEP)],
    ),
    (
        "own_span",
        "Car production",
        "Since the start of the year, Kazakh plants have produced 120,000 cars.\nIn October, output reached 14,000 cars.\n"
        "The plants employ 11,000 people.",
        [("120,000", *YTD), ("14,000", *OCT), ("11,000", *TODAY)],
    ),
    (
        "stock_then_flow",
        "Unemployment",
        "By the end of September, the number of registered unemployed had fallen to 146,000.\n"
        "The unemployment rate stood at 4.6% in the third quarter.",
        [("146,000", *SEP30), ("4.6%", *Q3)],
    ),
    (
        "lead_span",
        "Housing prices",
        "In 2025, housing prices in Almaty rose by 11%.\nIn September, a square metre cost 720,000 tenge on average.",
        [("11%", *Y25), ("720,000", *SEP)],
    ),
    (
        "base",
        "Exports to China in September",
        "Exports to China reached 1.4 billion dollars, compared with 1.1 billion dollars a year earlier.",
        [("1.4", *SEP), ("1.1", *SEP24)],
    ),
    (
        "plan_after",
        "Tree planting",
        "In 2024 the region planted 40,000 trees, and next year it plans to plant 60,000.",
        [("40,000", *Y24), ("60,000", *Y26)],
    ),
]

Y20 = (D(2020, 1, 1), D(2020, 12, 31))
SINCE19 = (D(2019, 1, 1), P)

# Third round (labelled before any reader ran on them): comparisons told in their own sentence,
# looks back, a figure beside a present state, a quote between flows, bullets with their own months
TEXTS += [
    (
        "quote",
        "Kazakhstan's oil output at 78 million tons in ten months",
        "Kazakhstan produced 78 million tons of oil and condensate in January-October, the energy ministry said.\n"
        '"We expect to reach 96 million tons by the end of the year," the minister said.\n'
        "In October alone, output reached 8.1 million tons.",
        [("78", *JAN_OCT), ("96", None, D(2025, 12, 31)), ("8.1", *OCT)],
    ),
    (
        "base",
        "Flour exports",
        "In January-September, mills exported 1.9 million tons of flour.\n"
        "The figure for the same period of 2024 was 2.2 million tons.\n"
        "Uzbekistan bought 1.1 million tons.",
        [("1.9", *JAN_SEP), ("2.2", *JAN_SEP24), ("1.1", *JAN_SEP)],
    ),
    (
        "base",
        "Imports fall",
        "In the first half of 2025, imports reached 28 billion dollars.\n"
        "Year-on-year, imports of machinery fell 4% to 9.2 billion dollars.",
        [("28", *JAN_JUN), ("4%", *JAN_JUN), ("9.2", *JAN_JUN)],
    ),
    (
        "look_back",
        "Dairy output",
        "In 2024, the region produced 12,500 tons of milk.\n"
        "For comparison, in 2020 the region produced only 8,000 tons.\n"
        "Cheese output reached 1,300 tons in 2024.",
        [("12,500", *Y24), ("8,000", *Y20), ("1,300", *Y24)],
    ),
    (
        "since",
        "Business support",
        "Since 2019, the programme has financed 1,400 projects worth 320 billion tenge.\n"
        "The projects have created 21,000 jobs.",
        [("1,400", *SINCE19), ("320", *SINCE19), ("21,000", *SINCE19)],
    ),
    (
        "headline_span",
        "Average salary in the third quarter",
        "The average monthly salary in Kazakhstan was 420,000 tenge.\n"
        "In Atyrau region, it was 790,000 tenge, the highest in the country.",
        [("420,000", *Q3), ("790,000", *Q3)],
    ),
    (
        "present_state",
        "Airports",
        "The country has 42 airports, which served 12 million passengers in 2024.",
        [("42", *TODAY), ("12", *Y24)],
    ),
    (
        "plan_after",
        "Road budget 2026",
        "In 2026, the budget provides for 1.2 trillion tenge for transport.\n"
        "Of this amount, 400 billion tenge will go to road repairs.",
        [("1.2", *Y26), ("400", *Y26)],
    ),
    (
        "deadline",
        "Internet access",
        "In 2025, 640 villages were connected to broadband.\n"
        "By the end of the year, the number of connected villages is expected to reach 3,200.",
        [("640", *Y25), ("3,200", None, D(2025, 12, 31))],
    ),
    (
        "list",
        "Tourist arrivals by quarter",
        "Foreign arrivals in 2024:\n- first quarter: 310,000;\n- second quarter: 420,000;\n- third quarter: 560,000.",
        [
            ("310,000", D(2024, 1, 1), D(2024, 3, 31)),
            ("420,000", D(2024, 4, 1), D(2024, 6, 30)),
            ("560,000", D(2024, 7, 1), D(2024, 9, 30)),
        ],
    ),
    (
        "headline_span",
        "Kazakhstan's trade turnover grows in nine months",
        "Foreign trade turnover reached 106 billion dollars, up 3.5% year-on-year.\n"
        "Exports accounted for 62 billion dollars and imports for 44 billion dollars.",
        [("106", *JAN_SEP), ("3.5%", *JAN_SEP), ("62", *JAN_SEP), ("44", *JAN_SEP)],
    ),
    (
        "present_state",
        "Electric vehicles",
        "Kazakhstan now has 9,500 registered electric cars.\n"
        "In January-October, 3,100 of them were imported.",
        [("9,500", *TODAY), ("3,100", *JAN_OCT)],
    ),
    (
        "stock_then_flow",
        "Bank loans",
        "As of October 1, the loan portfolio of banks stood at 42 trillion tenge.\n"
        "Since the beginning of the year, it has grown by 12%.",
        [("42", *OCT1), ("12%", D(2025, 1, 1), D(2025, 10, 1))],
    ),
    (
        "season",
        "Harvest",
        "Farmers harvested 26.7 million tons of grain in 2025.\nThe average yield was 15.5 centners per hectare.",
        [("26.7", *Y25), ("15.5", *Y25)],
    ),
    (
        "own_span",
        "Population",
        "The population of Kazakhstan reached 20.4 million people as of November 1.\n"
        "In January-September, 270,000 babies were born.",
        [("20.4", *NOV1), ("270,000", *JAN_SEP)],
    ),
    (
        "paragraph",
        "Steel output",
        "In the first ten months of 2025, the plant produced 3.4 million tons of steel.\n"
        '"Demand remains strong," the company said.\n'
        "Rolled products made up 2.9 million tons.",
        [("3.4", *JAN_OCT), ("2.9", *JAN_OCT)],
    ),
    (
        "plan_after",
        "Housing plans",
        "Last year the city commissioned 2.5 million square metres of housing.\n"
        "This year it plans to commission 2.8 million square metres.",
        [("2.5", *Y24), ("2.8", *Y25)],
    ),
    (
        "forecast_after",
        "Inflation outlook",
        "Inflation slowed to 12.6% in October.\n"
        "The National Bank expects it to fall to 10% by the end of 2026.",
        [("12.6%", *OCT), ("10%", None, D(2026, 12, 31))],
    ),
    (
        "headline_span",
        "Pension payments in 2024",
        "The state paid 5.6 trillion tenge in pensions.\nThe number of pensioners is 2.4 million.",
        [("5.6", *Y24), ("2.4", *TODAY)],
    ),
    (
        "base",
        "Gold reserves",
        "Gold reserves stood at 294 tons at the end of September, up from 284 tons at the end of June.",
        [("294", *SEP30), ("284", *JUN30)],
    ),
]

# Fourth round of phrases (labelled before any reader ran on them): other wordings of the same
# spans, and bases told as "the same period" after the figure
FRAMES |= {
    "cmp_same_period": "{p} the region produced 12,500 tons of milk, compared with 11,900 tons in the same period of 2024.",
    "cmp_same_last": "{p} the region produced 12,500 tons of milk, 5% more than in the same period last year.",
}
OCT31 = (D(2025, 10, 31), D(2025, 10, 31))
OCT1_24 = (D(2024, 10, 1), D(2024, 10, 1))
PROBES += [
    ("n_months", "In the nine-month period", "flow", *JAN_SEP),
    ("n_months", "Over the 10-month period", "flow", *JAN_OCT),
    ("n_months", "In the first nine months of the current year", "flow", *JAN_SEP),
    ("n_months", "In 10 months of this year", "flow", *JAN_OCT),
    ("n_months", "In the 10 months of 2025", "flow", *JAN_OCT),
    ("month_range", "During January-September", "flow", *JAN_SEP),
    ("month_range", "For the January-September period", "flow", *JAN_SEP),
    ("month_range", "In the January–October period of 2025", "flow", *JAN_OCT),
    ("month_range", "For the period from January to September", "flow", *JAN_SEP),
    ("month_range", "In Jan.-Oct.", "flow", *JAN_OCT),
    ("month_range", "In January-September of 2025", "flow", *JAN_SEP),
    ("month_range", "Between January and October", "flow", *JAN_OCT),
    ("month_range", "In January – October", "flow", *JAN_OCT),
    ("twelve_months", "In the year through September", "flow", *TWELVE_TO_SEP),
    ("twelve_months", "In the year ended September 30", "flow", *TWELVE_TO_SEP),
    ("twelve_months", "In the 12 months ended June 30, 2025", "flow", *TWELVE_TO_JUN),
    ("quarter", "In the second quarter of the current year", "flow", *Q2),
    ("quarter", "In the July–September period", "flow", *Q3),
    ("quarter", "In the third quarter of this year", "flow", *Q3),
    ("quarter", "During Q2", "flow", *Q2),
    ("quarter", "In 3Q", "flow", *Q3),
    ("half", "In the first half of the current year", "flow", *JAN_JUN),
    ("half", "In the second half of last year", "flow", *H2_24),
    ("half", "In 1H", "flow", *JAN_JUN),
    ("stock_date", "At the end of last month", "stock", *OCT31),
    ("stock_date", "At the start of this month", "stock", *NOV1),
    ("stock_date", "As of the first of October", "stock", *OCT1),
    ("stock_date", "As of 1 October this year", "stock", *OCT1),
    ("stock_date", "As of October 1 this year", "stock", *OCT1),
    ("stock_date", "As of October 1 last year", "stock", *OCT1_24),
    ("stock_date", "On September 30", "stock", *SEP30),
    ("stock_date", "As of the end of the first half", "stock", *JUN30),
    ("stock_date", "At the end of the first half of 2025", "stock", *JUN30),
    ("stock_date", "As at 31 December 2024", "stock", *DEC31_24),
    ("deadline", "By 2030 at the latest", "plan", None, D(2030, 12, 31)),
    ("deadline", "By the end of this year", "plan", None, D(2025, 12, 31)),
    ("deadline", "By the end of the current year", "plan", None, D(2025, 12, 31)),
    ("deadline", "By the end of the third quarter of 2026", "plan", None, D(2026, 9, 30)),
    ("deadline", "By December 31, 2026", "plan", None, D(2026, 12, 31)),
    ("deadline", "By 31 December 2026", "plan", None, D(2026, 12, 31)),
    ("start", "From 1 July", "rate", D(2026, 7, 1), None),
    ("start", "Starting next year,", "rate", D(2026, 1, 1), None),
    ("start", "From the new year,", "rate", D(2026, 1, 1), None),
    ("start", "Effective from 1 January 2026,", "rate", D(2026, 1, 1), None),
    ("relative_year", "Last year as a whole", "flow", *Y24),
    ("relative_year", "In the whole of last year", "flow", *Y24),
    ("relative_year", "In 2024 as a whole", "flow", *Y24),
    ("relative_year", "During the year", "flow", *Y25),
    ("rolling_past", "In the past three years", "flow_pp", D(2022, 11, 20), P),
    ("rolling_past", "Over the last three years", "flow_pp", D(2022, 11, 20), P),
    ("rolling_past", "During the past five years", "flow_pp", D(2020, 11, 20), P),
    ("rolling_past", "For the past two years", "flow_pp", D(2023, 11, 20), P),
    ("rolling_past", "In the last decade", "flow_pp", D(2015, 11, 20), P),
    ("rolling_past", "In the past 12 months", "flow_pp", *PAST_YEAR),
    ("rolling_next", "In the coming five years", "plan", P, D(2030, 11, 20)),
    ("rolling_next", "Within the next five years", "plan", P, D(2030, 11, 20)),
    ("rolling_next", "During the next three years", "plan", P, D(2028, 11, 20)),
    ("rolling_next", "Within two years", "plan", P, D(2027, 11, 20)),
    ("rolling_next", "In the next decade", "plan", P, D(2035, 11, 20)),
    ("since", "Since the beginning of 2024", "flow_pp", D(2024, 1, 1), P),
    ("since", "Since October 2024", "flow_pp", D(2024, 10, 1), P),
    ("since", "Since 1 January 2024", "flow_pp", D(2024, 1, 1), P),
    ("since", "Since the start of last year", "flow_pp", D(2024, 1, 1), P),
    ("ytd", "In the year so far", "flow_pp", *YTD),
    ("ytd", "Since the start of this year", "flow_pp", *YTD),
    ("ytd", "Since the beginning of 2025", "flow_pp", *YTD),
    ("ytd", "So far in the current year", "flow_pp", *YTD),
    ("season", "In the summer of this year", "flow", *SUMMER),
    ("season", "Last spring", "flow", *SPRING),
    ("season", "During the spring sowing campaign", "flow", *SPRING),
    ("season", "In the autumn of 2024", "flow", *AUTUMN24),
    ("season", "This past summer", "flow", *SUMMER),
    ("season", "In the 2025 summer season", "flow", *SUMMER),
    ("season", "During the winter of 2024-2025", "heat", *WINTER_LAST),
    ("season", "In the coming winter", "heat_plan", *WINTER_NEXT),
    ("academic", "In the 2025–2026 school year", "school", *SCHOOL),
    ("academic", "In the next academic year", "plan", D(2026, 9, 1), D(2027, 5, 31)),
    ("academic", "In the past academic year", "school", *SCHOOL24),
    ("academic", "In the 2024/2025 academic year", "school", *SCHOOL24),
    ("today", "As of now", "state", *TODAY),
    ("today", "Right now", "state", *TODAY),
    ("today", "Presently", "state", *TODAY),
    ("days", "On 18 November", "flow", D(2025, 11, 18), D(2025, 11, 18)),
    ("days", "Between 1 and 15 November", "flow", D(2025, 11, 1), D(2025, 11, 15)),
    ("days", "From November 1 to 15", "flow", D(2025, 11, 1), D(2025, 11, 15)),
    ("days", "Over the first ten days of November", "flow", D(2025, 11, 1), D(2025, 11, 10)),
    ("days", "Yesterday", "flow", D(2025, 11, 19), D(2025, 11, 19)),
    ("year_range", "Over the five years from 2021 to 2025", "flow", *R21_25),
    ("year_range", "In the period between 2021 and 2025", "flow", *R21_25),
    ("year_range", "During the years 2021–2025", "flow", *R21_25),
    ("year_range", "In the five years to 2025", "flow", *R21_25),
    ("plan_year", "In 2026–2027", "plan", D(2026, 1, 1), D(2027, 12, 31)),
    ("plan_year", "In the 2026-2028 period", "plan", *R26_28),
    ("plan_year", "For the 2026-2028 period", "plan", *R26_28),
    ("plan_year", "In the coming year", "plan", *Y26),
    ("plan_year", "In 2027", "plan", D(2027, 1, 1), D(2027, 12, 31)),
]
PROBES += [
    ("comparison", phrase, frame, start, end)
    for phrase, start, end in [
        ("In January-September", *JAN_SEP),
        ("In the first half of the year", *JAN_JUN),
        ("In the third quarter", *Q3),
        ("In October", *OCT),
        ("In the first ten months of 2025", *JAN_OCT),
    ]
    for frame in ("cmp_same_period", "cmp_same_last")
]

R25_27 = (D(2025, 1, 1), D(2027, 12, 31))
MARKETING_NEXT = (D(2025, 7, 1), D(2026, 6, 30))

# Fifth round (labelled before any reader ran on them): one sentence, two periods: which does each
# figure take (its own clause's, a base's, a part's, a plan's)
TEXTS += [
    (
        "two_periods",
        "Milk output",
        "In 2024, the region produced 12,500 tons of milk, and in January-September 2025 it produced 9,800 tons.",
        [("12,500", *Y24), ("9,800", *JAN_SEP)],
    ),
    (
        "two_periods",
        "Milk output",
        "The region produced 12,500 tons of milk in 2024, up from 11,900 tons in 2023.",
        [("12,500", *Y24), ("11,900", *Y23)],
    ),
    (
        "two_periods",
        "Exports",
        "Exports rose to 3.1 billion dollars in January-September from 2.7 billion dollars a year earlier.",
        [("3.1", *JAN_SEP), ("2.7", *JAN_SEP24)],
    ),
    (
        "two_periods",
        "Schools",
        "Of the 120 schools planned for 2025-2027, 40 will open next year.",
        [("120", *R25_27), ("40", *Y26)],
    ),
    (
        "two_periods",
        "Schools",
        "The city built 14 schools in 2024 and plans to build 20 by 2027.",
        [("14", *Y24), ("20", None, D(2027, 12, 31))],
    ),
    (
        "two_periods",
        "Deposits",
        "As of October 1, deposits stood at 40 trillion tenge, having grown by 12% since the start of the year.",
        [("40", *OCT1), ("12%", D(2025, 1, 1), D(2025, 10, 1))],
    ),
    (
        "two_periods",
        "GDP",
        "In the third quarter, GDP grew by 6.3%, after 5.8% in the second quarter.",
        [("6.3%", *Q3), ("5.8%", *Q2)],
    ),
    (
        "two_periods",
        "Inflation",
        "Inflation slowed to 12.6% in October from 12.9% in September.",
        [("12.6%", *OCT), ("12.9%", *SEP)],
    ),
    (
        "two_periods",
        "Business fund",
        "Between 2021 and 2024 the fund financed 900 projects, and this year it has financed 240 more.",
        [("900", D(2021, 1, 1), D(2024, 12, 31)), ("240", *Y25)],
    ),
    (
        "two_periods",
        "Harvest",
        "The harvest reached 26.7 million tons in 2025, the largest since 2011.",
        [("26.7", *Y25)],
    ),
    (
        "two_periods",
        "Wheat exports",
        "Wheat exports in the 2024/25 marketing year reached 9.1 million tons, and the ministry expects 10 million tons in 2025/26.",
        [("9.1", *MARKETING), ("10", *MARKETING_NEXT)],
    ),
    (
        "two_periods",
        "Projects",
        "In the first half of 2025, 46 projects were launched, compared with 39 in the first half of 2024.",
        [("46", *JAN_JUN), ("39", *JAN_JUN24)],
    ),
    (
        "two_periods",
        "Tourism",
        "Last year 1.2 million tourists visited the region, and 1.5 million are expected in 2026.",
        [("1.2", *Y24), ("1.5", *Y26)],
    ),
    (
        "two_periods",
        "Roads",
        "By the end of 2024 the network had 24,000 km of roads, and another 1,200 km will be added by 2027.",
        [("24,000", *DEC31_24), ("1,200", None, D(2027, 12, 31))],
    ),
    (
        "two_periods",
        "Budget",
        "The budget for 2026 is 25 trillion tenge, 8% more than this year.",
        [("25", *Y26), ("8%", *Y26)],
    ),
    (
        "two_periods",
        "Retail",
        "Retail sales grew by 7% year-on-year in October and by 6.1% in January-October.",
        [("7%", *OCT), ("6.1%", *JAN_OCT)],
    ),
    (
        "two_periods",
        "Clinics",
        "Over the past five years the number of clinics rose from 120 to 165.",
        [("165", *TODAY)],
    ),
    (
        "two_periods",
        "Wages",
        "The average wage reached 420,000 tenge in the third quarter, while the minimum wage is 85,000 tenge.",
        [("420,000", *Q3), ("85,000", *TODAY)],
    ),
    (
        "two_periods",
        "Housing",
        "Since 2020, the state has spent 1.1 trillion tenge on housing, including 210 billion tenge in 2024.",
        [("1.1", D(2020, 1, 1), P), ("210", *Y24)],
    ),
    (
        "two_periods",
        "Allowance",
        "From 2026 the allowance will rise to 14,000 tenge from 12,500 tenge now.",
        [("14,000", D(2026, 1, 1), None), ("12,500", *TODAY)],
    ),
    (
        "two_periods",
        "Car plant",
        "The plant, launched in 2019, produced 4,200 cars in 2024.",
        [("4,200", *Y24)],
    ),
]
