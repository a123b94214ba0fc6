"""Format resolved dates for readers."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from .resolution import (
    CENTURY,
    DAYS,
    DECADE,
    DURATION,
    MONTH,
    PART_OF_DAY,
    QUARTER,
    SEASON,
    TIME,
    VAGUE,
    WEEK,
    YEAR,
    Resolution,
)

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


SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}


def format_day(day: date) -> str:
    """Return a day as '1 June 2023'."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def format_month(day: date) -> str:
    """Return the month of a day: 'June'."""
    return MONTHS[day.month - 1]


def format_moment(moment: datetime) -> str:
    """Return a time of day with its zone, as 'UTC+03:00' (or 'UTC'): '03:05 UTC+03:00'."""
    offset = moment.utcoffset()
    if offset is None:
        return moment.strftime("%H:%M")
    if not offset:
        return moment.strftime("%H:%M UTC")
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "\u2212"
    return f"{moment:%H:%M} UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def datetime_attribute(resolution: Resolution) -> str:
    """Return a `<time datetime>` value: the instant in UTC for a time, else the first day."""
    moment = resolution.moment
    if resolution.precision == TIME and moment is not None and moment.utcoffset() is not None:
        return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%MZ")
    return resolution.start.isoformat() if resolution.start else ""


def format_span(resolution: Resolution) -> str:
    """Return the days a resolution covers: '1 June 2023', '22–23 May 2023', 'May 2023'."""
    start, end, precision = resolution.start, resolution.end, resolution.precision
    if precision == DURATION:
        return "a length of time"
    if precision == VAGUE:
        reference = format_day(resolution.reference_date) if resolution.reference_date else ""
        return {"PAST_REF": f"before {reference}", "FUTURE_REF": f"after {reference}"}.get(
            resolution.value, f"around {reference}"
        )
    if precision == CENTURY:
        return f"the {start.year // 100 + 1}th century" if start.year >= 100 else "the 1st century"
    if precision == DECADE:
        return f"the {start.year}s"
    if precision == YEAR:
        return str(start.year)
    if precision == SEASON:
        return f"{SEASONS[resolution.value[-2:]]} {start.year}"
    whole_months = start.day == 1 and (end + timedelta(days=1)).day == 1
    if precision in (MONTH, QUARTER) and whole_months:
        if (start.year, start.month) == (end.year, end.month):
            return f"{MONTHS[start.month - 1]} {start.year}"
        return f"{MONTHS[start.month - 1]}\u2013{MONTHS[end.month - 1]} {start.year}"
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
    return {
        TIME: "time",
        DURATION: "length of time",
        DAYS: "several days",
        WEEK: "week",
        MONTH: "month",
        QUARTER: "quarter",
        SEASON: "season",
        YEAR: "year",
        DECADE: "decade",
        CENTURY: "century",
        VAGUE: "vague",
    }.get(resolution.precision, "day")


def precision_note(resolution: Resolution) -> str:
    """Return the precision label when the span shown does not already say it, else ''."""
    label = precision_label(resolution)
    if label in ("day", "time") or label in format_when(resolution):
        return ""
    return label


def format_when(resolution: Resolution) -> str:
    """Return the span with its part of day or time: 'night of 22–23 May 2023', '1 June 2023'."""
    if resolution.precision == TIME and resolution.moment is not None:
        return f"{format_day(resolution.start)}, {format_moment(resolution.moment)}"
    part = resolution.part_of_day if resolution.precision == PART_OF_DAY else None
    return f"{part} of {format_span(resolution)}" if part else format_span(resolution)
