"""Resolve date expressions as news reports write them, against a reference date.

Each rule is a full-match pattern over the normalised text and a function that
turns the match into a Resolution; the first rule that matches wins. Rules are
tried in order, most specific first.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from .resolution import (
    DAY,
    DAYS,
    MONTH,
    PART_OF_DAY,
    YEAR,
    DateNotUnderstood,
    ReferenceNeeded,
    Resolution,
)

WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
PART_OF_DAY_CODES = {
    "morning": "TMO",
    "afternoon": "TAF",
    "evening": "TEV",
    "night": "TNI",
}

_WEEKDAY = "(?:" + "|".join(WEEKDAYS) + ")"
_PART = "(?:" + "|".join(PART_OF_DAY_CODES) + ")"
_ISO_DAY = r"\d{4}-\d{2}-\d{2}"


@dataclass(frozen=True)
class Rule:
    """A named pattern and the function that resolves its matches."""

    name: str
    pattern: re.Pattern
    apply: Callable[[re.Match, str, date | None], Resolution]


def normalize(text: str) -> str:
    """Lower-case, unify apostrophes and dashes, fold spaces, drop closing punctuation."""
    text = text.replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
    text = re.sub(r"\s+", " ", text.strip().lower())
    return text.rstrip(".,;:")


def _calendar_day(text: str) -> date:
    """Parse YYYY-MM-DD, refusing days that are not on the calendar."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise DateNotUnderstood(f"'{text}' is not a day of the calendar") from None


def _needs_reference(text: str, reference: date | None) -> date:
    """Return the reference date, or explain that a relative text needs one."""
    if reference is None:
        raise ReferenceNeeded(f"'{text}' is relative and needs a reference date")
    return reference


def _most_recent(weekday: int, reference: date) -> date:
    """Return the most recent `weekday` on or before `reference`."""
    return reference - timedelta(days=(reference.weekday() - weekday) % 7)


def _iso_day(match: re.Match, text: str, reference: date | None) -> Resolution:
    day = _calendar_day(match["day"])
    return Resolution(text, day.isoformat(), day, day, DAY, "iso-date")


def _iso_interval(match: re.Match, text: str, reference: date | None) -> Resolution:
    start, end = _calendar_day(match["start"]), _calendar_day(match["end"])
    if end < start:
        raise DateNotUnderstood(f"'{text}' ends before it starts")
    precision = DAY if start == end else DAYS
    value = start.isoformat() if start == end else f"{start.isoformat()}/{end.isoformat()}"
    return Resolution(text, value, start, end, precision, "iso-interval")


def _iso_month(match: re.Match, text: str, reference: date | None) -> Resolution:
    year, month = int(match["year"]), int(match["month"])
    if not 1 <= month <= 12:
        raise DateNotUnderstood(f"'{text}' has no month {month}")
    start = date(year, month, 1)
    end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return Resolution(text, f"{year:04d}-{month:02d}", start, end, MONTH, "iso-month")


def _iso_year(match: re.Match, text: str, reference: date | None) -> Resolution:
    year = int(match["year"])
    return Resolution(text, f"{year:04d}", date(year, 1, 1), date(year, 12, 31), YEAR, "iso-year")


def _weekday(match: re.Match, text: str, reference: date | None) -> Resolution:
    reference = _needs_reference(text, reference)
    day = _most_recent(WEEKDAYS[match["weekday"]], reference)
    return Resolution(text, day.isoformat(), day, day, DAY, "weekday", reference_date=reference)


def _weekday_part_of_day(match: re.Match, text: str, reference: date | None) -> Resolution:
    reference = _needs_reference(text, reference)
    day = _most_recent(WEEKDAYS[match["weekday"]], reference)
    value = f"{day.isoformat()}{PART_OF_DAY_CODES[match['part']]}"
    return Resolution(
        text, value, day, day, PART_OF_DAY, "weekday-part-of-day", reference_date=reference
    )


def _weekday_night_span(match: re.Match, text: str, reference: date | None) -> Resolution:
    reference = _needs_reference(text, reference)
    first, second = WEEKDAYS[match["first"]], WEEKDAYS[match["second"]]
    if second != (first + 1) % 7:
        raise DateNotUnderstood(
            f"'{text}' names a night between days that do not follow each other"
        )
    # The night is over by the time it is reported: its morning is on or before the reference.
    end = _most_recent(second, reference)
    start = end - timedelta(days=1)
    return Resolution(
        text,
        f"{start.isoformat()}TNI",
        start,
        end,
        PART_OF_DAY,
        "weekday-night-span",
        reference_date=reference,
    )


RULES = (
    Rule("iso-date", re.compile(rf"(?P<day>{_ISO_DAY})"), _iso_day),
    Rule(
        "iso-interval",
        re.compile(rf"(?P<start>{_ISO_DAY}) ?/ ?(?P<end>{_ISO_DAY})"),
        _iso_interval,
    ),
    Rule("iso-month", re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})"), _iso_month),
    Rule("iso-year", re.compile(r"(?P<year>\d{4})"), _iso_year),
    Rule(
        "weekday-night-span",
        re.compile(
            rf"(?:(?:during|on|in) )?the night of (?P<first>{_WEEKDAY}) ?(?:-|to|into) ?"
            rf"(?P<second>{_WEEKDAY})"
        ),
        _weekday_night_span,
    ),
    Rule(
        "weekday-part-of-day",
        re.compile(
            rf"(?:(?:on|early|late|late on|early on) )?(?P<weekday>{_WEEKDAY}) (?P<part>{_PART})"
        ),
        _weekday_part_of_day,
    ),
    Rule(
        "weekday-part-of-day",
        re.compile(
            rf"(?:in the |early |late |mid-|mid )?(?P<part>{_PART}) (?:on |of )?"
            rf"(?P<weekday>{_WEEKDAY})"
        ),
        _weekday_part_of_day,
    ),
    Rule(
        "weekday",
        re.compile(rf"(?:(?:on|early|late|late on|early on|by) )?(?P<weekday>{_WEEKDAY})(?:'s)?"),
        _weekday,
    ),
)


def resolve(text: str, reference: date | None = None) -> Resolution:
    """Resolve `text` against `reference`, or raise DateNotUnderstood saying why."""
    normalized = normalize(text)
    for rule in RULES:
        match = rule.pattern.fullmatch(normalized)
        if match:
            return rule.apply(match, text, reference)
    raise DateNotUnderstood(f"'{text}' is not a date expression the resolver understands")
