"""Warn about what a file may say without an error but can hardly mean.

A year 0023, a source published in the future, an incident dated after every source
that reports it, the same article listed twice, an id whose date the incident's date
contradicts: each is valid to the schema and probably a slip.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date

from incident_dates import Resolution
from incident_dates.expression import WEEKDAY_NAMES, Bound, Calendar, DayShift, Expression
from incident_dates.formatting import format_day, format_when
from incident_dates.nearest import WEEKDAY_SLIP_DAYS

# Before this year, a date in an archive of today's conflicts is more likely a typo.
EARLIEST_PLAUSIBLE_YEAR = 1900
ID_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})-")


def implausible_year(resolution: Resolution, today: date) -> str | None:
    """Say what is wrong with a resolved date's year, if anything."""
    if resolution.start is None and resolution.end is None:
        return None
    first = (resolution.start or resolution.end).year
    last = (resolution.end or resolution.start).year
    if first < EARLIEST_PLAUSIBLE_YEAR:
        return f"the year {first:04d} is implausible: check the year the source gives"
    if last > today.year + 1:
        return f"the year {last:04d} is still to come: check the year the source gives"
    return None


def id_date_problem(incident_id: str, resolution: Resolution) -> str | None:
    """Say when the date an id begins with lies outside the incident's resolved days."""
    match = ID_DATE.match(incident_id)
    if not match or resolution.start is None or resolution.end is None:
        return None
    try:
        named = date.fromisoformat(match[1])
    except ValueError:
        return f"the id begins with '{match[1]}', which is not a day of the calendar"
    if resolution.start <= named <= resolution.end:
        return None
    return (
        f"the id begins with {named.isoformat()}, but the date resolves to "
        f"{format_when(resolution)}"
    )


def after_every_source(resolution: Resolution, published: list[date]) -> str | None:
    """Say when an incident's first day comes after every source that reports it."""
    if not published or resolution.start is None or resolution.start <= max(published):
        return None
    return (
        f"the incident is dated {format_when(resolution)}, after every source that "
        f"reports it (the latest published {max(published).isoformat()})"
    )


def _calendars(expression) -> list[Calendar]:
    """Return the calendar dates an expression is built from, at any depth."""
    if isinstance(expression, Calendar):
        return [expression]
    if not isinstance(expression, Expression):
        return []
    return [
        found
        for field in dataclasses.fields(expression)
        for found in _calendars(getattr(expression, field.name))
    ]


def _dates_around(reference: date, month: int, day: int) -> list[date]:
    """Return the days a date written without a year can mean: the year before to the next."""
    found = []
    for year in range(reference.year - 1, reference.year + 2):
        try:
            found.append(date(year, month, day))
        except ValueError:  # 29 February outside a leap year
            continue
    return found


def weekday_disagrees(resolution: Resolution) -> str | None:
    """Say when the weekday written beside a date is not that date's, or moved its year."""
    shift = resolution.expression
    shift = shift.base if isinstance(shift, Bound) else shift
    day = resolution.start
    if isinstance(shift, DayShift) and shift.weekday not in (None, day and day.weekday()):
        # "Yesterday, Friday" in a Thursday report.
        return (
            f"{format_day(day)} was a {WEEKDAY_NAMES[day.weekday()]}, not a "
            f"{WEEKDAY_NAMES[shift.weekday]}: check the day the source gives"
        )
    for calendar in _calendars(resolution.expression):
        if calendar.weekday is None or not (calendar.month and calendar.day):
            continue
        named = WEEKDAY_NAMES[calendar.weekday]
        if calendar.year is not None:
            written = date(calendar.year, calendar.month, calendar.day)
            if written.weekday() != calendar.weekday:
                return (
                    f"{format_day(written)} was a {WEEKDAY_NAMES[written.weekday()]}, "
                    f"not a {named}: check the date the source gives"
                )
            continue
        if resolution.start is None or resolution.reference is None:
            continue
        reference = resolution.reference.day
        candidates = _dates_around(reference, calendar.month, calendar.day)
        plain = min(candidates, key=lambda day: abs((day - reference).days), default=None)
        if plain is not None and plain.weekday() != calendar.weekday:
            near = abs((plain - reference).days) <= WEEKDAY_SLIP_DAYS
            if near and abs((resolution.start - plain).days) <= 1:
                # By the source's own day the date was kept, and the weekday taken for a slip.
                return (
                    f"{format_day(plain)} is a {WEEKDAY_NAMES[plain.weekday()]}, not a "
                    f"{named}: read as {format_day(plain)}; check the day the source gives"
                )
            # The weekday, not the nearness to the source, chose the year.
            day_and_month = format_day(plain).rsplit(" ", 1)[0]
            return (
                f"{format_day(plain)} is a {WEEKDAY_NAMES[plain.weekday()]}: read as "
                f"{format_day(resolution.start)}, the nearest year in which {day_and_month} "
                f"is a {named}; check the weekday, or write the year"
            )
    return None
