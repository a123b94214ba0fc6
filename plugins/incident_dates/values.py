"""Read a value stated beside the wording: '2023-05-22TNI', '2023-W21', '2023-07-17T03:05+03:00'."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from . import calendar_units as units
from .calendar_units import PART_OF_DAY_CODES, Span
from .resolution import PART_OF_DAY, TIME, DateNotUnderstood

_DAY = r"\d{4}-\d{2}-\d{2}"
_PART = "|".join(code[1:] for code in PART_OF_DAY_CODES.values())
VALUE = re.compile(
    rf"(?P<interval>{_DAY}/{_DAY})"
    rf"|(?P<moment>{_DAY}T\d{{2}}:\d{{2}}(?::\d{{2}})?(?P<zone>Z|[+-]\d{{2}}:\d{{2}})?)"
    rf"|(?P<part>{_DAY})T(?P<code>{_PART})"
    rf"|(?P<day>{_DAY})"
    r"|(?P<weekend>\d{4}-W\d{2})-WE|(?P<week>\d{4}-W\d{2})"
    r"|(?P<quarter>\d{4})-Q(?P<q>[1-4])|(?P<half>\d{4})-H(?P<h>[12])"
    r"|(?P<season>\d{4})-(?P<s>SP|SU|FA|WI)"
    r"|(?P<month>\d{4}-\d{2})|(?P<year>\d{4})|(?P<decade>\d{3})|(?P<century>\d{2})"
)
VALUE_FORMS = (
    "2023-06-01, 2023-05-22TNI (a night; TMO, TAF, TEV parts of a day), "
    "2023-07-17T03:05+03:00 (a time with its zone), 2023-05-22/2023-05-23, 2023-W21, "
    "2023-W21-WE, 2023-05, 2023-Q3, 2023-SU, 2023"
)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise DateNotUnderstood(f"'{text}' is not a day of the calendar") from None


def span_of_value(value: str, require_zone: bool = True) -> Span:
    """Return the days a TIMEX3-style value covers, or say which forms are accepted.

    A time of day needs its zone, unless `require_zone` is false.
    """
    match = VALUE.fullmatch(value.strip())
    if match is None:
        raise DateNotUnderstood(f"'{value}' is not a value: write one of {VALUE_FORMS}")
    if match["interval"]:
        first, last = (_day(part) for part in match["interval"].split("/"))
        if last < first:
            raise DateNotUnderstood(f"'{value}' ends before it starts")
        return units.days(first, last)
    if match["moment"]:
        if not match["zone"] and require_zone:
            raise DateNotUnderstood(
                f"'{value}' has no zone: add it, as in {match['moment']}+03:00 (or Z for UTC)"
            )
        moment = datetime.fromisoformat(match["moment"].replace("Z", "+00:00"))
        return Span(match["moment"], moment.date(), moment.date(), TIME, moment)
    if match["part"]:
        day = _day(match["part"])
        end = day + timedelta(days=1) if match["code"] == "NI" else day
        return Span(value, day, end, PART_OF_DAY)
    if match["day"]:
        return units.day(_day(match["day"]))
    if match["week"] or match["weekend"]:
        year, week = (match["week"] or match["weekend"]).split("-W")
        try:
            monday = date.fromisocalendar(int(year), int(week), 1)
        except ValueError:
            raise DateNotUnderstood(f"'{value}' names no week of the calendar") from None
        return units.weekend(monday) if match["weekend"] else units.week(monday)
    if match["quarter"]:
        return units.quarter(int(match["quarter"]), int(match["q"]))
    if match["half"]:
        return units.half(int(match["half"]), int(match["h"]))
    if match["season"]:
        return units.season(int(match["season"]), match["s"])
    if match["month"]:
        year, month = (int(part) for part in match["month"].split("-"))
        if not 1 <= month <= 12:
            raise DateNotUnderstood(f"'{value}' has no month {month}")
        return units.month(year, month)
    if match["decade"]:
        return units.decade(int(match["decade"]) * 10)
    if match["century"]:
        return units.century(int(match["century"]))
    return units.year(int(match["year"]))
