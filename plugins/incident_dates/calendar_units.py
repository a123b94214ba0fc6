"""Calendar units as TIMEX3 values with their first and last day."""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta
from typing import NamedTuple

from .resolution import CENTURY, DAY, DAYS, DECADE, MONTH, QUARTER, SEASON, WEEK, YEAR

PART_OF_DAY_CODES = {
    "morning": "TMO",
    "midday": "TMI",
    "afternoon": "TAF",
    "daytime": "TDT",
    "evening": "TEV",
    "night": "TNI",
}
SEASON_CODES = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
# The first month of each season; winter runs into the next year.
SEASON_MONTHS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


class Span(NamedTuple):
    """A TIMEX3 value, the first and last day it covers, its precision, and any instant."""

    value: str
    start: date | None
    end: date | None
    precision: str
    moment: datetime | None = None


def day(d: date) -> Span:
    return Span(d.isoformat(), d, d, DAY)


def days(first: date, last: date) -> Span:
    """Return the days from `first` to `last`, or the one day when they are the same."""
    if first == last:
        return day(first)
    return Span(f"{first.isoformat()}/{last.isoformat()}", first, last, DAYS)


def week(d: date) -> Span:
    iso = d.isocalendar()
    monday = d - timedelta(days=d.weekday())
    return Span(f"{iso.year}-W{iso.week:02d}", monday, monday + timedelta(days=6), WEEK)


def weekend(d: date) -> Span:
    """Return the weekend of the ISO week holding `d`."""
    whole = week(d)
    saturday = whole.start + timedelta(days=5)
    return Span(f"{whole.value}-WE", saturday, saturday + timedelta(days=1), WEEK)


def month(year: int, number: int) -> Span:
    last = calendar.monthrange(year, number)[1]
    return Span(f"{year:04d}-{number:02d}", date(year, number, 1), date(year, number, last), MONTH)


def month_part(year: int, number: int, part: str) -> Span:
    """Return early (1-10), mid (11-20) or late (21-end) `number`, valued as the month."""
    whole = month(year, number)
    first, last = {"early": (1, 10), "mid": (11, 20), "late": (21, whole.end.day)}[part]
    return whole._replace(start=date(year, number, first), end=date(year, number, last))


def quarter(year: int, number: int) -> Span:
    first = month(year, 3 * number - 2)
    return Span(f"{year:04d}-Q{number}", first.start, month(year, 3 * number).end, QUARTER)


def half(year: int, number: int) -> Span:
    first = month(year, 6 * number - 5)
    return Span(f"{year:04d}-H{number}", first.start, month(year, 6 * number).end, QUARTER)


def season(year: int, code: str) -> Span:
    first = month(year, SEASON_MONTHS[code])
    end_year, end_month = (year + 1, 2) if code == "WI" else (year, SEASON_MONTHS[code] + 2)
    return Span(f"{year:04d}-{code}", first.start, month(end_year, end_month).end, SEASON)


def year(number: int) -> Span:
    return Span(f"{number:04d}", date(number, 1, 1), date(number, 12, 31), YEAR)


def decade(number: int) -> Span:
    """Return the decade starting in year `number` (a multiple of ten)."""
    return Span(f"{number // 10:03d}", date(number, 1, 1), date(number + 9, 12, 31), DECADE)


def century(number: int) -> Span:
    """Return the century whose years start with `number` (19 for the 1900s)."""
    first = max(number * 100, 1)
    return Span(f"{number:02d}", date(first, 1, 1), date(number * 100 + 99, 12, 31), CENTURY)


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def add_months(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    target_year, target_month = divmod(index, 12)
    last = calendar.monthrange(target_year, target_month + 1)[1]
    return date(target_year, target_month + 1, min(d.day, last))
