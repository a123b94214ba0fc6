"""English spans of days: '22-23 May', 'from Monday to Wednesday', 'between 1 and 3 June'."""

from __future__ import annotations

from dataclasses import replace

from ...expression import Calendar, Interval
from ..clocks import time_span
from ..patterns import rules
from ..spans import bare_parts_and, day_span, months_and, parts_and, same_month


def _to_day(first, last: int):
    """'May 22-23': the last day takes the first one's month and year."""
    if isinstance(first, Calendar) and first.day and 1 <= last <= 31 and last > first.day:
        return Interval(first, Calendar(first.year, first.month, last, first.year_shift))
    return None


def _to_day_of_year(first, last: int, year: int):
    """'Nov. 28-29, 2016': both days of the year written after the last."""
    if isinstance(first, Calendar) and first.year is None and first.year_shift is None:
        return _to_day(replace(first, year=year), last)
    return None


def _years(first, last):
    """'Between 1992 and 1994': whole years, the first before the last."""
    years = isinstance(first, Calendar) and isinstance(last, Calendar)
    if years and first.month is None and last.month is None and first.year < last.year:
        return Interval(first, last)
    return None


RULES = rules(
    "en.ranges",
    ("day-to-day", "from|between? <day> -|to|through|until|till|and <day>", day_span),
    ("parts-and", "<part|night> and|, in|into|on|during|at? the? <part|night>", parts_and),
    (
        "parts-and",
        "<part|night> and|, in|into|on|during|at? the? <part|night>",
        bare_parts_and,
        "joined-parts",
    ),
    ("days-of-month", "from|between <daynum> -|to|through|and <day>", same_month),
    ("days-of-month", "<daynum> to|through|and <day>", same_month),
    ("days-of-month", "from|between? <day> -|to|through|and <daynum>", _to_day),
    (
        "days-of-month",
        "from|between? <day> -|to|through|and <daynum> ,? <yearnum>",
        _to_day_of_year,
    ),
    ("month-to-month", "from|between? <month> -|to|through|until|till <month>", Interval),
    ("month-to-month", "between <month> and <month>", Interval),
    ("months-and", "<month> and <month>", months_and),
    ("year-to-year", "from? <year> -|to|through|until <year>", _years),
    ("year-to-year", "between <year> and <year>", _years),
    ("time-to-time", "from|between <time> -|to|until|till|and <time>", time_span),
    # "In the period from 26 to 27 August": the span itself.
    ("in-the-period", "in|during|over|for the period <interval>", lambda span: span),
)
