"""English times of day and their zones: '03:05 Moscow time', '7:30 am (04:30 GMT)'."""

from __future__ import annotations

from dataclasses import replace
from zoneinfo import available_timezones

from ...expression import CLOCK_UNITS, Bound, Clock, DayShift, Night
from ..clocks import before_midnight, either, on_day, on_night, time_span, unwrap, zoned
from ..patterns import rules


def _meridiem(hour: int, minute: int, meridiem: str):
    # "0:05 am", as some outlets write the first hour.
    if not (1 <= hour <= 12 or (hour == 0 and meridiem == "am")):
        return None
    return Clock(hour % 12 + (12 if meridiem == "pm" else 0), minute)


def _meridiem_span(first, last, meridiem: str):
    """'Between 9:30 and 10:45 p.m.', 'from 11 to 2 pm': the meridiem said once is both
    times', unless that puts the first after the last (then it is the other half's)."""
    first_hour, first_minute = first if isinstance(first, tuple) else (first, 0)
    end = _meridiem(*(last if isinstance(last, tuple) else (last, 0)), meridiem)
    start = _meridiem(first_hour, first_minute, meridiem)
    if start is None or end is None:
        return None
    if (start.hour, start.minute) > (end.hour, end.minute):
        start = _meridiem(first_hour, first_minute, "am" if meridiem == "pm" else "pm")
    return time_span(start, end)


def _in_the(value, part: str):
    """'8 in the evening': the part of the day says which half of the clock."""
    clock, wrap = unwrap(value)
    if isinstance(clock, Clock) and part in ("afternoon", "evening") and clock.hour < 12:
        return wrap(replace(clock, hour=clock.hour + 12))
    return value if isinstance(clock, Clock) else None


def _past(minutes: int, hour: int):
    """'Half past three', 'ten past nine': minutes after the hour named."""
    return Clock(hour, minutes) if 1 <= hour <= 12 and 0 < minutes < 60 else None


def _hour_of_part(hour: int, part: str):
    """'Five in the morning', 'eight in the evening': the hour on the clock of that part."""
    if not 1 <= hour <= 12 or (hour == 12 and part in ("afternoon", "evening")):
        return None
    if part in ("afternoon", "evening"):
        hour += 12
    elif part == "morning" and hour == 12:
        hour = 0
    return Clock(hour)


def _to(minutes: int, hour: int):
    """'A quarter to six', 'ten to nine': minutes before the hour named."""
    if not (1 <= hour <= 12 and 0 < minutes < 60):
        return None
    return Clock((hour - 1) or 12, 60 - minutes)


# The cities of the time-zone database ("Asia/Damascus"), those of one word, without the
# database's other names for regions ("Australia/West", "America/Virgin").
_NOT_CITIES = frozenset(
    {"north", "south", "west", "victoria", "act", "nsw", "lhi", "queensland", "tasmania",
     "yancowinna", "virgin", "canberra"}
)  # fmt: skip
CITY_ZONES = {
    key.rsplit("/", 1)[1].lower(): key
    for key in sorted(available_timezones())
    if key.split("/", 1)[0] in ("Africa", "America", "Asia", "Atlantic", "Australia", "Europe")
    and key.count("/") == 1
    and key.rsplit("/", 1)[1].isalpha()
    and key.rsplit("/", 1)[1].lower() not in _NOT_CITIES
} | {
    # Capitals the database files under another city, and countries of one zone.
    "sanaa": "Asia/Aden", "yemen": "Asia/Aden", "delhi": "Asia/Kolkata", "india": "Asia/Kolkata",
    "mumbai": "Asia/Kolkata", "syria": "Asia/Damascus", "lebanon": "Asia/Beirut",
    "iran": "Asia/Tehran", "armenia": "Asia/Yerevan", "azerbaijan": "Asia/Baku",
    "sudan": "Africa/Khartoum", "iraq": "Asia/Baghdad", "afghanistan": "Asia/Kabul",
    "pakistan": "Asia/Karachi", "turkey": "Europe/Istanbul",
}  # fmt: skip


def _city_zone(clock, city: str):
    zone = CITY_ZONES.get(city)
    return zoned(clock, zone) if zone else None


def _military(number: int) -> Clock | None:
    """Read '1500' as 15:00: four figures a clock can show, and no other number."""
    if 100 <= number <= 2359 and number % 100 < 60:
        return Clock(number // 100, number % 100)
    return None


RULES = rules(
    "en.times",
    ("half-past", "half past <count|numword>", lambda hour: _past(30, hour)),
    ("quarter-past", "a? quarter past|after <count|numword>", lambda hour: _past(15, hour)),
    ("quarter-to", "a? quarter to|before|of <count|numword>", lambda hour: _to(15, hour)),
    ("minutes-past", "<count|numword> minutes? past|after <count|numword>", _past),
    ("minutes-to", "<count|numword> minutes? to|before <count|numword>", _to),
    ("clock-meridiem", "<clock> <meridiem>", lambda time, meridiem: _meridiem(*time, meridiem)),
    ("hour-meridiem", "<number> <meridiem>", lambda hour, meridiem: _meridiem(hour, 0, meridiem)),
    (
        "meridiem-span",
        "from|between? <clock|number> -|to|until|till|and <clock|number> <meridiem>",
        _meridiem_span,
    ),
    ("hour-oclock", "<count> o'clock", lambda hour: Clock(hour) if hour <= 12 else None),
    # "Five in the morning", "eight in the evening": the hour of that part of the day.
    ("hour-of-part", "<count|numword> in the <daypart>", _hour_of_part),
    ("hour-oclock", "<count> o clock", lambda hour: Clock(hour) if hour <= 12 else None),
    (
        "military-time",
        "<number> gmt|utc|z",
        # "0000 GMT" is midnight; under 100, a number is no clock ("3 GMT" is unclear).
        lambda number: (
            Clock(number // 100, number % 100, "UTC")
            if number == 0 or (100 <= number <= 2359 and number % 100 < 60)
            else None
        ),
    ),
    # "1500 hours" is a clock; "278 hours" a length.
    ("military-time", "<number> hours|hrs|local", lambda number: _military(number)),
    # "1849ET", "0500 EST": a live blog's clock with the zone it gives.
    (
        "military-time",
        "<number> <zone>",
        lambda number, zone: zoned(_military(number), zone) if number >= 100 else None,
    ),
    ("military-time", "<number> local time", lambda number: _military(number)),
    # "At 0100 local time (0500 GMT)": the local clock, in the zone the two give.
    (
        "two-clocks",
        "<number> local time ,? ( <time> )",
        lambda number, clock: either(_military(number), clock) if _military(number) else None,
    ),
    ("noon", "noon", lambda: Clock(12)),
    # An update's time is after the publication, on its day: never the day before.
    (
        "now-time",
        "now|updated|update|upd at? <time>",
        lambda clock: on_day(clock, DayShift(0)) or clock,
    ),
    # "Updated March 27": the day of the update.
    ("updated-on", "updated|update|upd on? <day>", lambda day: day),
    ("midnight", "midnight", lambda: Clock(0)),
    ("before-midnight", "shortly|just|minutes|moments before midnight", before_midnight, None, 1),
    (
        "before-midnight",
        "[a little|a bit|slightly] before midnight",
        before_midnight,
        None,
        1,
    ),
    (
        "before-midnight",
        "shortly|just|minutes|moments before midnight on|of <day>",
        lambda day: before_midnight(day=day),
        None,
        1,
    ),
    (
        "before-midnight",
        "<amount> <unit|units> before midnight",
        before_midnight,
        None,
        1,
    ),
    ("zone", "<time> <place-zone> time", zoned),
    # "6:05 p.m. Central", "8 p.m. Eastern": a zone's name without "time".
    ("zone", "<time> <place-zone>", zoned),
    ("zone", "<time> ( <place-zone> time )", zoned),
    # "9:45 p.m. Khartoum time": a city the time-zone database names. Read only before
    # "time", so that "the Paris attacks" stays an event's words.
    ("city-zone", "<time> <word> time", _city_zone),
    ("city-zone", "<time> ( <word> time )", _city_zone),
    ("zone", "<time> ,? local time", lambda clock: Bound("local-time", clock)),
    # "05:00 local time (same as GMT)": the zone the gloss names.
    ("zone", "<time> ,? local time ( same as <zone> )", zoned),
    ("zone", "<time> in <place-zone>", zoned),
    ("two-clocks", "<time> ,? local time ,? ( <time> )", either),
    # "At 1339 IST (0809 UTC)": a zone the grammar does not know, glossed in one it does.
    (
        "two-clocks",
        "<time> <plain> ( <time> )",
        lambda clock, zone, gloss: either(clock, gloss) if len(zone) <= 5 else None,
    ),
    (
        "two-clocks",
        "<number> <plain> ( <time> )",
        lambda number, zone, gloss: (
            either(_military(number), gloss) if _military(number) and len(zone) <= 5 else None
        ),
    ),
    ("zone", "<time|day|part> ( local time )", lambda value: Bound("local-time", value)),
    (
        "minutes-before-time",
        "<amount>? <unit|units> before|after|past <time>",
        lambda amount, unit, clock: Bound("around", clock) if unit in CLOCK_UNITS else None,
    ),
    ("time-on-day", "<time> on|of <day|part>", on_day),
    ("time-on-day", "<time> , on <day|part>", on_day),
    ("time-on-night", "<time> ,? on|of? <night>", on_night),
    # "Saturday night, sometime after 10pm": the hour of the day's night named first.
    ("night-at-time", "<night> ,|at? <time>", lambda night, value: on_night(value, night)),
    (
        "day-at-time",
        "<day|part> ,? at|around|about|by <time>",
        lambda day, clock: on_day(clock, day),
    ),
    ("day-at-time", "<day|part> , <time>", lambda day, clock: on_day(clock, day)),
    ("time-at-night", "<time> [at night|overnight]", lambda clock: clock),
    ("time-last-night", "<time> last night", lambda clock: on_day(clock, Night(DayShift(-1)))),
    ("time-in-the-part", "<time> in the <daypart>", _in_the),
    (
        "approximate-time",
        "about|around|approximately|approx|roughly|shortly|just .? before|after|past? <time>",
        lambda clock: Bound("around", clock),
    ),
    (
        "approximate-time",
        "[a little|a bit|slightly]? past <time>",
        lambda clock: Bound("around", clock),
    ),
    (
        "approximate-time",
        "[a little|a bit|slightly] after <time>",
        lambda clock: Bound("around", clock),
    ),
)
