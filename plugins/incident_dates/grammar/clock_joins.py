"""Clock times joined to what is around them: two times listed, a part of the day glossed
by its clock. Read in every language."""

from __future__ import annotations

from dataclasses import replace

from ..expression import Clock, PartOfDay
from .clocks import on_day, unwrap
from .patterns import rules

# The hours of the clock each part of the day may be glossed with, local time.
_PART_HOURS = {
    "morning": range(4, 13), "afternoon": range(12, 19), "evening": range(16, 25),
    "night": (*range(20, 25), *range(0, 7)), "midday": range(11, 15), "daytime": range(8, 19),
    "early hours": range(0, 7),
}  # fmt: skip


def _glossed_part(part, value):
    """'At around midday (11H00 GMT)': the clock is the part's time; a local clock that is
    not in the part ("in the morning (23:00)") is no gloss of it."""
    clock, _ = unwrap(value)
    if not isinstance(part, PartOfDay) or not isinstance(clock, Clock):
        return None
    if clock.zone is None and clock.hour not in _PART_HOURS.get(part.part, range(25)):
        return None
    return on_day(value, part)


def times_listed(first, last):
    """«о 22:18 та 22:20», "at 10:00 and 12:00 on Friday": two times listed, written as the
    first; a day or zone said once, after the last, is both times'."""
    clock, wrap = unwrap(first)
    other, _ = unwrap(last)
    if not (isinstance(clock, Clock) and isinstance(other, Clock)) or clock.base is not None:
        return None
    return wrap(replace(clock, base=other.base, zone=clock.zone or other.zone))


# Named "common", as the rules every script's texts may use are.
RULES = rules(
    "common",
    ("times-listed", "<time> and|и|та|і|й <time>", times_listed),
    # "At around midday (11H00 GMT)": the clock in brackets is the part of the day's time.
    ("part-glossed", "<part> ( <time> )", _glossed_part),
)
