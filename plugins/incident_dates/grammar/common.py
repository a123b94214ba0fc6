"""Rules every language shares: ISO dates, numbers, the lexicon's words as dates, zones."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from ..expression import (
    COMING,
    LAST,
    NEXT,
    PREVIOUS,
    THIS,
    Anchor,
    Bound,
    Calendar,
    Clock,
    DayShift,
    Duration,
    Either,
    Holiday,
    Interval,
    Night,
    Offset,
    PartOfDay,
    Relative,
    Weekday,
)
from ..expression_periods import Century, Decade, Season
from .clocks import either, offset_zone, on_day, zoned
from .patterns import rules
from .spans import same_month

SHIFTS = {LAST: -1, PREVIOUS: -1, THIS: 0, NEXT: 1, COMING: 1}


def _iso(value):
    if isinstance(value, datetime):
        day = Calendar(value.year, value.month, value.day)
        offset = value.utcoffset()
        if offset is None:
            return Clock(value.hour, value.minute, None, day)
        minutes = int(offset.total_seconds() // 60)
        sign = "+" if minutes >= 0 else "-"
        zone = f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
        return Clock(value.hour, value.minute, zone, day)
    return Calendar(value.year, value.month, value.day)


def _dotted(value):
    """«16.02.2017»; «03.07.71», whose century the reference decides."""
    day, month, year = value
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if len(year) == 2:
        return Calendar(None, month, day, year_of_century=int(year))
    return Calendar(int(year), month, day)


def decade_of(value: int):
    """Return the decade of a '1990s', '90s' token; 'the 1800s' is a century."""
    if 1000 <= value < 2000 and value % 100 == 0:
        # English calls a century by its first year: the 1800s are 1800-1899.
        return Century(value // 100 + 1)
    if value >= 1000:
        return Decade(value)
    return Decade(1900 + value if value >= 30 else 2000 + value)


def in_range(low: int, high: int):
    """Return a builder that keeps a number between `low` and `high`."""
    return lambda number: number if low <= number <= high else None


def relative(unit: str, shift=THIS):
    """Return this, last or next week, month, year or decade."""
    return Relative(unit, SHIFTS[shift]) if unit in ("week", "month", "year", "decade") else None


def with_year(day, year: int):
    """Give a day written without a year the year that follows it: 'June 1, 2023'."""
    if isinstance(day, Calendar) and day.year is None and day.day and day.shift is None:
        return Calendar(year, day.month, day.day)
    return None


def apposition(named, day):
    """'Saturday, April 25', «сегодня, 8 октября»: the date names the day; the rest repeats it."""
    if isinstance(named, Calendar) and not isinstance(day, Calendar):
        named, day = day, named  # «29 серпня сьогодні»
    if isinstance(day, Bound) and isinstance(day.base, Calendar):
        day = day.base
    if isinstance(named, Weekday) and isinstance(day, DayShift):
        named, day = day, named  # "Friday, yesterday"
    if isinstance(named, DayShift) and named.base is None and isinstance(day, Weekday):
        # "Yesterday, Friday": the weekday repeats the day the relative word names; it is
        # kept to be checked.
        if day.shift is not None:
            return None
        return Bound("named-as", replace(named, weekday=day.weekday))
    if isinstance(named, DayShift) and named.base is None and isinstance(day, Holiday):
        # «Сьогодні, у Вербну неділю»: the relative word dates the feast it names.
        return named
    if not (isinstance(day, Calendar) and day.day):
        return None
    if isinstance(named, Offset) and named.unit in ("year", "decade") and named.base is None:
        # «ровно 10 лет назад, 24 января»: the date, in the year the offset names.
        if day.year is not None or named.count is None:
            return None
        years = named.count * (10 if named.unit == "decade" else 1)
        return Bound("named-as", replace(day, year_shift=named.sign * years))
    if isinstance(named, Weekday) and named.shift is None:
        return Bound("named-as", replace(day, weekday=named.weekday))
    if isinstance(named, Weekday | Offset | Holiday) or (
        isinstance(named, DayShift) and named.base is None
    ):
        return Bound("named-as", day)
    return None


def numeric_gloss(named, first: int, second: int, year: int | None = None):
    """'Saturday (10/09)', 'Monday, 2/6/23': a weekday with day and month in figures, in
    the order that makes a date; where both do, the one on the weekday ('Wednesday (1/3)':
    3 January 2024, a Wednesday, not 1 March)."""
    if not isinstance(named, Weekday) or named.shift is not None:
        return None
    if year is not None and not (year < 100 or 1000 <= year <= 9999):
        return None
    written = {"year": year} if year is None or year >= 1000 else {"year_of_century": year}
    readings = [
        apposition(named, Calendar(month=month, day=day, **written))
        for day, month in ((first, second), (second, first))
        if 1 <= month <= 12 and 1 <= day <= 31
    ]
    if len(readings) == 2 and first != second:
        return Either(*readings, weekday=named.weekday)
    return readings[0] if readings else None


def glossed(value, day):
    """'By 10pm (Friday)': a bare clock takes the day in brackets; a day glossed with its
    date is the date's ("Saturday (Dec. 20)", read by `apposition`); else the gloss repeats."""
    dated = on_day(value, day)
    if dated is not None:
        return dated
    return None if isinstance(day, Calendar) and isinstance(value, Weekday) else value


def part_apposition(part, day):
    """«субботним утром 24 января»: the part of the named weekday is that of the date."""
    if isinstance(part, PartOfDay) and isinstance(part.base, Weekday | DayShift):
        dated = apposition(part.base, day)
        return replace(part, base=dated) if dated else None
    return None


def described(day):
    """Return the date a description names after a comma, if it names a calendar day."""
    return Bound("named-as", day) if isinstance(day, Calendar) and day.day else None


def night_apposition(night, day):
    """«сегодня ночью, 5 октября»: the night that ends on the morning of the date."""
    named = night.base is None or isinstance(night.base, DayShift)
    if isinstance(night, Night) and named and isinstance(day, Calendar) and day.day:
        return Night(day, before=True)
    return None


def duration(amount, unit: str):
    """A length of time: 'three days'; a number of years that is a year is none."""
    if unit in ("year", "decade") and amount != "few" and amount >= 1000:
        return None
    return Duration(count(amount), unit)


def winter_across(season: str, first: int, last: int):
    """'The winter of 2013-14', «зимой 2013–2014 годов»: the winter that begins in the first
    year; only a winter spans two."""
    if season == "WI" and last in (first + 1, (first + 1) % 100):
        return Season("WI", first)
    return None


def days_and_nights(length: Duration, nights=None):
    """'Three days and three nights': the days, when the nights are as many or not counted."""
    if length.unit != "day" or length.more:
        return None
    if nights is not None and count(nights) != length.count:
        return None
    return length


# Units from the longest: a length told in two units names the longer first.
_UNIT_ORDER = (
    "century",
    "decade",
    "year",
    "month",
    "fortnight",
    "week",
    "day",
    "hour",
    "minute",
    "second",
)


def two_units(first, second):
    """'3 years and 2 months', «6 лет 7 месяцев», «доба і 5 годин»: one length in two units."""
    if not (isinstance(first, Duration) and isinstance(second, Duration)) or second.more:
        return None
    if first.count is None or second.count is None:
        return None
    last_unit = first.more[-1][1] if first.more else first.unit
    if _UNIT_ORDER.index(second.unit) <= _UNIT_ORDER.index(last_unit):
        return None
    return replace(first, more=(*first.more, (second.count, second.unit)))


def and_a_half(value):
    """'A year and a half', «час с половиной»: half as much again of a single unit."""
    if isinstance(value, Duration) and value.count is not None and not value.more:
        return replace(value, count=value.count + 0.5)
    return None


def count(amount):
    """Return a count, or None for "a few": some number the text leaves untold."""
    return None if amount == "few" else amount


def ramadan(year: int | None = None, year_shift: int | None = None):
    """The month of Ramadan, from its first day to the eve of Eid al-Fitr."""
    start = Holiday("ramadan-start", year, year_shift=year_shift)
    return Interval(start, Holiday("ramadan-end", following=start))


RULES = rules(
    "common",
    ("iso", "<iso>", _iso),
    # "Sun., March 10, 2019": a weekday abbreviated with its full stop.
    ("abbreviated-weekday", "<weekday> .", Weekday),
    ("iso-month", "<isomonth>", lambda value: Calendar(value[0], value[1])),
    ("iso-interval", "<iso> /|- <iso>", lambda first, last: Interval(_iso(first), _iso(last))),
    ("dotted-date", "<dotted>", _dotted),
    ("anchor", "<slug>", Anchor),
    ("year-number", "<number|ordinal>", in_range(1000, 2100), "yearnum"),
    # "2-3 days", «5–6 минут»: a range of counts, written as its first.
    (
        "count-range",
        "<count> - <count>",
        lambda first, last: first if 0 < first < last <= 1000 else None,
        "amount",
    ),
    ("day-number", "<number|ordinal|nth>", in_range(1, 31), "daynum"),
    ("count", "<number>", in_range(0, 100000), "count"),
    ("amount", "<count|numword>", lambda count: count, "amount"),
    ("year", "<yearnum>", lambda year: Calendar(year)),
    ("decade", "<decade>", decade_of),
    ("clock", "<clock>", lambda time: Clock(*time)),
    ("weekday", "<weekday>", Weekday),
    ("shifted-weekday", "<shift> <weekday>", lambda shift, weekday: Weekday(weekday, shift)),
    ("month", "<monthname>", lambda month: Calendar(None, month)),
    ("relative-day", "<relday>", DayShift),
    ("relative-period", "<shift> <unit>", lambda shift, unit: relative(unit, shift)),
    ("season", "<season>", lambda season: Season(season)),
    ("day-month", "<daynum> <monthname>", lambda day, month: Calendar(None, month, day)),
    ("date-year", "<day> ,? <yearnum>", with_year),
    ("named-date", "<day> ,? <day>", apposition),
    ("named-date", "<year> ,? <day>", apposition),
    ("named-date", "<day> ( <day> )", apposition),
    ("named-date", "<day> ( <day> )", lambda day, named: apposition(named, day)),
    ("named-part", "<part> ,? <day>", part_apposition),
    ("numeric-gloss", "<day> ( <number> / <number> )", numeric_gloss),
    ("numeric-gloss", "<day> ,? <number> / <number> / <number>", numeric_gloss),
    # "Wednesday (28)", "This Tuesday (27)", as Latin American outlets gloss a weekday.
    (
        "day-of-month-gloss",
        "<day> ( <count> )",
        lambda named, day: (
            Bound("named-as", Calendar(None, None, day, weekday=named.weekday))
            if isinstance(named, Weekday) and 1 <= day <= 31
            else None
        ),
    ),
    ("named-night", "<night> ,? <day>", lambda night, day: night_apposition(night, day)),
    # «сьогодні, в ніч на 24 серпня»: today names the night that ended this morning.
    ("today-night", "<relday> , <night>", lambda shift, night: night if shift == 0 else None),
    # «в основной день голосования, 9 августа»: words that describe a day, then its date.
    (
        "described-date",
        "<word> <word>? <word>? <word>? , <day>",
        lambda *words_and_day: described(words_and_day[-1]),
        None,
        -1,
    ),
    ("zone", "<time> <zone>", zoned),
    # «28.02.2015 (03:12)»: a date with its time in brackets, as a page stamps it.
    ("date-bracketed-time", "<day> ( <time> )", lambda day, clock: on_day(clock, day)),
    ("zone", "<time> ( <zone> )", zoned),
    # "UTC+2", «GMT -5»: a zone written as its offset.
    ("zone-offset", "utc|gmt + <number>", lambda hours: offset_zone(hours, 1), "zone"),
    ("zone-offset", "utc|gmt - <number>", lambda hours: offset_zone(hours, -1), "zone"),
    ("two-clocks", "<time> ,? ( <time> )", either),
    ("days-of-month", "<daynum> - <day>", same_month),
    ("duration", "<amount> <unit|units>", lambda amount, unit: duration(amount, unit)),
    # Only a length of time is counted in fractions: "1.5 hours", «1,5 години».
    ("duration", "<decimal> <unit|units>", lambda amount, unit: Duration(amount, unit)),
    ("two-units", "<duration> [and|и|і|й|та|,]? <duration>", two_units),
    ("two-units", "<duration> - and - <duration>", two_units),
    (
        "and-a-half",
        "<amount> [and a half|с половиной|з половиною] <unit|units>",
        lambda amount, unit: and_a_half(duration(amount, unit)),
    ),
    ("and-a-half", "<duration> [and a half|с половиной|з половиною]", and_a_half),
    ("and-a-half", "<unit> [с половиной|з половиною]", lambda unit: Duration(1.5, unit)),
    ("month-year", "<monthname> <yearnum>", lambda month, year: Calendar(year, month)),
    ("time-on-day", "<time> ,? <day|part>", on_day),
    ("day-at-time", "<day|part> ,? <time>", lambda day, clock: on_day(clock, day)),
    # "By 10pm (Friday)", «близько 09:10 (3 вересня)»: a gloss in brackets gives a bare
    # clock its day; anything else it only repeats.
    ("glossed-day", "<time|day|part|night> ( <day> )", glossed),
    ("holiday", "<holiday-name>", Holiday),
    ("holiday-year", "<holiday-name> <yearnum>", lambda key, year: Holiday(key, year)),
    (
        "shifted-holiday",
        "<shift> <holiday-name>",
        lambda shift, key: Holiday(key, None, SHIFTS[shift]),
    ),
    # "This year's Ramadan", "last year's Easter" (the possessive is dropped), «Пасха
    # прошлого года», «Великдень минулого року»: in the year counted from the reference's.
    (
        "holiday-of-year",
        "<shift> <unit> <holiday-name>",
        lambda shift, unit, key: Holiday(key, year_shift=SHIFTS[shift]) if unit == "year" else None,
    ),
    (
        "holiday-of-year",
        "<holiday-name> <shift> <unit>",
        lambda key, shift, unit: Holiday(key, year_shift=SHIFTS[shift]) if unit == "year" else None,
    ),
    # "The last day of Ramadan", "the first day of 22-24 May": an end of several days.
    ("interval-first-day", "the first day of <interval>", lambda interval: interval.first),
    ("interval-last-day", "the last day of <interval>", lambda interval: interval.last),
    (
        "shifted-season",
        "<shift> <season>",
        lambda shift, season: Season(season, None, SHIFTS[shift]),
    ),
    ("season-year", "<season> <yearnum>", lambda season, year: Season(season, year)),
)
