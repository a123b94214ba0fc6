"""Format resolved dates for readers."""

from __future__ import annotations

from datetime import date

from .resolution import DAYS, MONTH, PART_OF_DAY, WEEK, YEAR, Resolution

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def format_day(day: date) -> str:
    """Return a day as '1 June 2023'."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def format_span(resolution: Resolution) -> str:
    """Return the days a resolution covers: '1 June 2023', '22–23 May 2023', 'May 2023'."""
    start, end = resolution.start, resolution.end
    if resolution.precision == YEAR:
        return str(start.year)
    if resolution.precision == MONTH:
        return f"{MONTHS[start.month - 1]} {start.year}"
    if start == end:
        return format_day(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}\u2013{end.day} {MONTHS[start.month - 1]} {start.year}"
    if start.year == end.year:
        return f"{start.day} {MONTHS[start.month - 1]} \u2013 {format_day(end)}"
    return f"{format_day(start)} \u2013 {format_day(end)}"


def precision_label(resolution: Resolution) -> str:
    """Name the precision for readers: 'night', 'day', 'several days', 'week', …."""
    if resolution.precision == PART_OF_DAY:
        return resolution.part_of_day or "part of a day"
    return {DAYS: "several days", WEEK: "week", MONTH: "month", YEAR: "year"}.get(
        resolution.precision, "day"
    )


def format_when(resolution: Resolution) -> str:
    """Return the span with its part of day: 'night of 22–23 May 2023', '1 June 2023'."""
    part = resolution.part_of_day if resolution.precision == PART_OF_DAY else None
    return f"{part} of {format_span(resolution)}" if part else format_span(resolution)
