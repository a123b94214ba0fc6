"""Clock times given what they lack: a zone, a day, a night, another clock's gloss, a span.

Helpers of the rules of every language (`common.py`, `clock_joins.py`, each language's
times); no rules of their own.
"""

from __future__ import annotations

from dataclasses import replace

from ..expression import CLOCK_UNITS, Bound, Clock, Interval, Night


def unwrap(value):
    """Return the clock inside 'around 6 pm' («примерно в 10:00 по местному времени»: inside
    every bound), and a function that puts the bounds back around it."""
    kinds = []
    while isinstance(value, Bound):
        kinds.append(value.kind)
        value = value.base

    def wrap(inner):
        for kind in reversed(kinds):
            inner = Bound(kind, inner)
        return inner

    return value, wrap


def offset_zone(hours: int, sign: int) -> str | None:
    """'UTC+2': the zone '+02:00'; offsets run from -12 to +14 hours."""
    if not (hours <= 14 if sign > 0 else hours <= 12):
        return None
    return f"{'+' if sign > 0 else '-'}{hours:02d}:00"


def zoned(value, zone: str):
    """Give a time of day its zone."""
    clock, wrap = unwrap(value)
    if isinstance(clock, Clock) and clock.zone is None:
        return wrap(replace(clock, zone=zone))
    return None


def on_day(value, day):
    """Give a time of day its day."""
    clock, wrap = unwrap(value)
    if isinstance(clock, Clock) and clock.base is None:
        return wrap(replace(clock, base=day))
    return None


def on_night(value, night):
    """'8 p.m. on Sunday night': an evening's hour of a day's night is on that day."""
    clock, wrap = unwrap(value)
    if (
        isinstance(clock, Clock)
        and clock.base is None
        and clock.hour >= 18
        and isinstance(night, Night)
        and night.base is not None
        and not (night.before or night.late)
    ):
        return wrap(replace(clock, base=night.base))
    return None


def before_midnight(_amount=None, unit=None, day=None):
    """'Minutes before midnight': the late evening of a night, of the day given if any."""
    if unit is not None and unit not in CLOCK_UNITS:
        return None
    return Night(day, late=True)


def either(local, zoned_clock):
    """'7:30 am (04:30 GMT)': of two clocks, the one that names its zone is the more precise.

    A local clock glossed in UTC keeps its own hour and day, in the offset between the two
    ("2 a.m. local time (2300 GMT)" is 02:00+03:00, not 23:00 of the local day).
    """
    local, wrap = unwrap(local)
    zoned_clock, _ = unwrap(zoned_clock)
    if not (isinstance(local, Clock) and isinstance(zoned_clock, Clock) and zoned_clock.zone):
        return None
    if zoned_clock.zone == "UTC" and local.zone is None:
        minutes = (local.hour - zoned_clock.hour) * 60 + local.minute - zoned_clock.minute
        minutes = (minutes + 12 * 60) % (24 * 60) - 12 * 60  # within ±12 hours
        sign = "+" if minutes >= 0 else "-"
        offset = f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
        return wrap(replace(local, zone=offset, base=local.base or zoned_clock.base))
    return wrap(replace(zoned_clock, base=zoned_clock.base or local.base))


def time_span(first, last):
    """«с 00:20 до 02:00», "from 7 a.m. to 7 p.m.": the span of the days both times fall on."""
    first, _ = unwrap(first)
    last, _ = unwrap(last)
    if not (isinstance(first, Clock) and isinstance(last, Clock)):
        return None
    if first.zone is None and last.zone is not None:
        # «с 14:00 до 20:00 по московскому времени»: the zone is said once, for both.
        first = replace(first, zone=last.zone)
    if first.base is None and last.base is None:
        return Bound("from-time", first)
    if first.base is None:
        # «с 15:00 до 21:00 11 октября»: the day is said once, for both.
        first = replace(first, base=last.base)
    return Interval(first, last)
