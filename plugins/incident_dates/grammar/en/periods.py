"""English weeks, months, seasons, years, decades and centuries, with their edges."""

from __future__ import annotations

from ...expression import LAST, Calendar, Edge, Relative, Weekday
from ...expression_periods import Century, Decade, Quarter, Season, WeekOf
from ..common import SHIFTS, decade_of, relative, winter_across
from ..patterns import rules


def _month_shifted(shift, month: int):
    return Calendar(None, month, shift=SHIFTS[shift])


def _month_of_year(month: int, shift):
    return Calendar(None, month, year_shift=SHIFTS[shift])


def _month_year(month: int, year: int):
    return Calendar(year, month)


def _edge(edge: str, base):
    return Edge(edge, base)


def _season(shift, season: str, year: int | None):
    if year is not None:
        return Season(season, year)
    return Season(season, None, SHIFTS[shift] if shift else None)


RULES = rules(
    "en.periods",
    ("relative-period", "the <shift> <unit>", lambda shift, unit: relative(unit, shift)),
    ("this-period", "earlier|later this <unit>", lambda unit: relative(unit)),
    # "Earlier this summer": the season named.
    ("this-period", "earlier|later this <season>", lambda season: Season(season, None, 0)),
    ("this-period", "earlier|later in the <unit>", lambda unit: relative(unit)),
    ("this-period", "the <unit>", lambda unit: relative(unit) if unit != "day" else None),
    ("the-same-period", "[the same|that] <unit>", lambda unit: relative(unit)),
    (
        "weekend",
        "the? <shift>? weekend",
        lambda shift: Relative("weekend", SHIFTS[shift] if shift else None),
    ),
    ("weekend", "[all|the whole] weekend", lambda: Relative("weekend", None)),
    # "This past weekend", "this past Sunday": the last one ("this past year" is a length).
    ("this-past", "this past weekend", lambda: Relative("weekend", -1)),
    ("this-past", "this past <weekday>", lambda weekday: Weekday(weekday, LAST)),
    ("this-past", "this past <monthname>", lambda month: _month_shifted(LAST, month)),
    ("month-of", "the month of <month>", lambda month: month),
    ("shifted-month", "<shift> <monthname>", _month_shifted),
    ("month-of-year", "<monthname> of? <shift> year", _month_of_year),
    (
        "month-of-year",
        "<shift> year in|, <monthname>",
        lambda shift, month: _month_of_year(month, shift),
    ),
    # "So far this month": the month, as "this month" is.
    ("so-far-this", "so far this <unit>", relative),
    ("month-year", "<monthname> ,|of <yearnum>", _month_year),
    (
        "month-year",
        "<monthname> ' <number>",
        lambda month, year: Calendar(2000 + year, month) if year < 100 else None,
    ),
    # "The week of March 6": Monday to Sunday around that day.
    ("week-of", "the? week of <day>", WeekOf),
    ("edge", "<edgeword> -? <month|year|week>", _edge),
    ("edge", "<edgeword> -? in <month|year|week>", _edge),
    ("edge-of", "the? beginning|start of <month|year|week>", lambda base: Edge("early", base)),
    ("edge-of", "the? middle of <month|year|week>", lambda base: Edge("mid", base)),
    ("edge-of", "the? end of <month|year|week>", lambda base: Edge("late", base)),
    ("edge-of", "the? <edgeword> part of <month|year>", _edge),
    ("year-part", "much|most|all|part|rest of <year>", lambda year: year),
    ("year-part", "a good|large part of <year>", lambda year: year),
    ("year-part", "the [rest|first months|bulk] of <year>", lambda year: year),
    (
        "part-of-period",
        "the? first|second|latter|early|later part|half of <period>",
        lambda period: period,
    ),
    ("the-year", "the year <yearnum>", lambda year: Calendar(year)),
    ("year-of", "<yearnum> or|and earlier|later|onwards|beyond", lambda year: Calendar(year)),
    ("or-so", "the? <shift> <unit> or so", lambda shift, unit: relative(unit, shift)),
    ("season", "<shift>? <season> of <yearnum>", _season),
    ("season-across-years", "the? <season> of? <yearnum> -|/ <number>", winter_across),
    # "In the first quarter of 2024": a calendar quarter of a year named (fiscal ones are
    # the newswire pack's).
    (
        "quarter-of-year",
        "the? <nth|ordword> quarter of <yearnum>",
        lambda n, year: Quarter(n, year) if 1 <= n <= 4 else None,
    ),
    ("this-past-season", "this past <season>", lambda season: Season(season, completed=True)),
    ("decade", "the? early|late|mid -? <decade>", decade_of),
    ("season-edge", "the? <edgeword> <season>", lambda edge, season: Season(season)),
    ("spoken-decade", "the <tens>", lambda tens: Decade(1900 + tens) if tens >= 20 else None),
    ("century", "the? <number|nth|ordword> century", Century),
)
