"""English spans of days: '22-23 May', 'from Monday to Wednesday', 'between 1 and 3 June'."""

from __future__ import annotations

from ...expression import Calendar, Interval, Offset, Weekday
from ..common import same_month
from ..engine import rules


def _to_day(first, last: int):
    """'May 22-23': the last day takes the first one's month and year."""
    if isinstance(first, Calendar) and first.day and 1 <= last <= 31 and last > first.day:
        return Interval(first, Calendar(first.year, first.month, last, first.year_shift))
    return None


def _days(first, last):
    if isinstance(first, Weekday) and isinstance(last, Weekday):
        # "Thursday and Friday": the last one ends the span, the first comes before it.
        if first.shift or last.shift:
            return None
        return _weekdays(first, last)
    return Interval(first, last)


def _weekdays(first: Weekday, last: Weekday):
    gap = (last.weekday - first.weekday) % 7
    return Interval(Offset(gap, "day", -1, last), last) if gap else None


RULES = rules(
    "en.ranges",
    ("day-to-day", "from|between? <day> -|to|through|until|till|and <day>", _days),
    ("days-of-month", "from|between <daynum> -|to|through|and <day>", same_month),
    ("days-of-month", "<daynum> to|through|and <day>", same_month),
    ("days-of-month", "from|between? <day> -|to|through|and <daynum>", _to_day),
    ("month-to-month", "from|between? <month> -|to|through|and <month>", Interval),
)
