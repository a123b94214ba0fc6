"""English days: weekdays, calendar dates, today and yesterday, days counted from a day."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from ...expression import COMING, PREVIOUS, Bound, Calendar, DayShift, Night, Weekday
from ..events import EVENT, EVENT_NOUNS, HAPPENED_NOUNS, day_of_event
from ..patterns import rules
from ..spans import edge_days, month_edge_day

# Attacks news names by their date alone: "9/11", "7/7".
NAMED_ATTACKS = {(9, 11): Calendar(2001, 9, 11), (7, 7): Calendar(2005, 7, 7)}


def _calendar(month: int, day: int, year: int | None = None):
    return Calendar(year, month, day) if 1 <= day <= 31 else None


# Words after a weekday that make it a part of the day, not a description of a thing.
_PARTS = frozenset({"morning", "afternoon", "evening", "night", "overnight", "noon", "midnight"})


# Verbs in the simple past that news puts before a bare weekday ("said Thursday").
_PAST_VERB = re.compile(
    r"[a-z]+[^e]ed|said|told|struck|hit|began|fled|held|met|shot|spoke|took|made|came|went"
    r"|wrote|sent|gave|broke|fell|rose|won|lost|left|saw"
)


def _is_past_verb(word: str) -> bool:
    return bool(_PAST_VERB.fullmatch(word))


def _shifted_year(day, shift: int):
    """'May 10 last year': the date in the year that many from the reference's."""
    if isinstance(day, Calendar) and day.day and day.year is None and day.year_shift is None:
        return replace(day, year_shift=shift)
    return None


def _day_of_event(day, *words):
    """'Sunday's deadly strike', "yesterday's protests": a day, if the last word names what
    happened on it."""
    named = [word for word in words if word]
    if named[-1] in EVENT_NOUNS and isinstance(day, Weekday | Calendar | DayShift):
        return day
    return None


def _after_day_of_event(weekday: int, *words):
    """'Following Sunday's deadly strike': after that day, not the Sunday to come."""
    day = _day_of_event(Weekday(weekday), *words)
    return Bound("after", day) if day else None


def _event_month(month, noun: str):
    """'The November attacks': the month of what the noun names; if it happened, before."""
    if noun not in EVENT_NOUNS:
        return None
    return Bound("happened", month) if noun in HAPPENED_NOUNS else month


def _event_dated(kind: str):
    """'Since the elections in August': a bound on the day or month the event is dated by."""
    return lambda *parts: Bound(kind, parts[-1])


def _weekday_of(weekday: int, word: str):
    """'A Sunday statement': the weekday of what the noun names; 'a Friday night' is not."""
    return None if word in _PARTS else Weekday(weekday)


def day_of_year(number: int, year: int):
    """'The 45th day of 2024': the day `number` counted from 1 January, day 1."""
    if not 1 <= number <= 366:
        return None
    day = date(year, 1, 1) + timedelta(days=number - 1)
    return Calendar(year, day.month, day.day) if day.year == year else None


def _weekday_night(weekday: int, day):
    """'Friday night May 23, 2014': the night of the date, whose weekday is written."""
    return Night(replace(day, weekday=weekday)) if isinstance(day, Calendar) and day.day else None


RULES = rules(
    "en.days",
    ("spoken-number", "<tens> -? <unitword>", lambda tens, unit: tens + unit, "numword"),
    (
        "spoken-ordinal",
        "<tens> -? <ordword>",
        lambda tens, unit: tens + unit if unit < 10 else None,
        "ordword",
    ),
    ("spoken-year", "<tens> -? <unitword>?", lambda tens, unit: tens + (unit or 0), "spoken-tens"),
    ("spoken-year", "nineteen <spoken-tens>", lambda tens: 1900 + tens, "yearnum"),
    ("spoken-year", "twenty <spoken-tens>", lambda tens: 2000 + tens, "yearnum"),
    ("spoken-year", "nineteen <teenword>", lambda teen: 1900 + teen, "yearnum"),
    ("spoken-year", "twenty <teenword>", lambda teen: 2000 + teen, "yearnum"),
    ("spoken-year", "the? year? two thousand", lambda: 2000, "yearnum"),
    ("spoken-year", "two thousand and? <unitword|teenword>", lambda unit: 2000 + unit, "yearnum"),
    ("ordinal-day", "<ordword>", lambda number: number if number <= 31 else None, "daynum"),
    ("this-coming-weekday", "this coming <weekday>", lambda weekday: Weekday(weekday, COMING)),
    ("previous-weekday", "the previous <weekday>", lambda weekday: Weekday(weekday, PREVIOUS)),
    ("month-day", "<monthname> .? the? <daynum>", _calendar),
    ("day-month", "the <daynum> of? <monthname>", lambda day, month: _calendar(month, day)),
    ("day-month", "<daynum> of <monthname>", lambda day, month: _calendar(month, day)),
    # "On the 29th", "the morning of the 29th": that day of the month the text is in, after
    # "on" or "of" ("the 25th Brigade" is no day) and in figures ("the third" is anything's).
    (
        "day-of-month",
        "on|of the <nth>",
        lambda day: Calendar(None, None, day) if 1 <= day <= 31 else None,
    ),
    ("month-edge-day", "the first day of <month>", lambda month: month_edge_day("first", month)),
    ("month-edge-day", "the last day of <month>", lambda month: month_edge_day("last", month)),
    (
        "month-edge-day",
        "the penultimate day of <month>",
        lambda month: month_edge_day("penultimate", month),
    ),
    # "In the first days of 2022", "the final days of December".
    (
        "edge-days",
        "the? first|opening days of <month|year>",
        lambda base: edge_days("early", base),
    ),
    (
        "edge-days",
        "the? last|final|closing days of <month|year>",
        lambda base: edge_days("late", base),
    ),
    # "29-Dec-2024", as press releases write it.
    (
        "day-month-year",
        "<daynum> - <monthname> - <yearnum>",
        lambda day, month, year: Calendar(year, month, day),
    ),
    ("described-weekday", "a|an <word> <weekday>", lambda word, weekday: Weekday(weekday)),
    # "A Sunday statement": the weekday of what the noun names (weaker than "Sunday night").
    ("weekday-of", "a <weekday> <word>", _weekday_of, None, -1),
    # "Since the 2021 coup": the year of what the noun names; "back in 2015".
    (
        "year-of",
        "the|his|her|its|their|that|this <yearnum> <word> <word>?",
        lambda year, *words: Calendar(year),
        None,
        -1,
    ),
    ("year-month", "<yearnum> <monthname>", lambda year, month: Calendar(year, month)),
    ("date-of-year", "<day> of? last year", lambda day: _shifted_year(day, -1)),
    ("date-of-year", "<day> of? this year", lambda day: _shifted_year(day, 0)),
    ("date-of-year", "<day> of? next year", lambda day: _shifted_year(day, 1)),
    # "Said Thursday", "struck Monday": AP's weekday after its verb, without "on".
    (
        "verb-day",
        "<plain> <weekday>",
        lambda verb, weekday: Weekday(weekday) if _is_past_verb(verb) else None,
        None,
        -1,
    ),
    ("much-of", "for? much|most|all|part of <day>", lambda day: day),
    # "A curfew for a second day on Monday": the day named, the count of days aside.
    (
        "nth-day-on",
        "for a|the <nth|ordword> straight|consecutive|successive? day on? <day>",
        lambda _, day: day,
    ),
    # "Sunday's attack", "the Saturday blasts", "a May 27 air strike": the day of the event.
    ("day-of-event", "the|a|an? <day> <plain>? <plain>", _day_of_event, None, -1),
    # "Following Sunday's deadly strike": after that day, not the Sunday to come.
    ("after-day-of-event", "following|after <weekday> <plain>? <plain>", _after_day_of_event),
    ("back-in", "back in <day|month|year|period>", lambda value: value),
    # "Opened in 2018", "released on August 1, 2023", "agreed last week": the verb copied
    # with the date (a past form in -ed; not a noun, "the Paris attacks").
    (
        "verb-then-date",
        "<plain> in|on? <day|month|year|week|period>",
        lambda verb, value: value if verb.endswith("ed") and verb not in EVENT_NOUNS else None,
        None,
        -1,
    ),
    # "Last week's abduction", "this month's vote": the week, month or year of the event.
    (
        "period-of-event",
        "<week|month|year> <plain>",
        lambda period, noun: period if noun in EVENT_NOUNS else None,
        None,
        -1,
    ),
    # "Originally slated for April 18", "initially scheduled for Wednesday".
    (
        "verb-then-date",
        "<plain> <plain> in|on|for? <day|month|year|week|period>",
        lambda adverb, verb, value: (
            value if adverb.endswith("ly") and verb.endswith("ed") else None
        ),
        None,
        -1,
    ),
    (
        "since-day-start",
        "since|from the start|beginning of the|this day",
        lambda: Bound("since", DayShift(0)),
    ),
    ("day-before-yesterday", "the? day before yesterday", lambda: DayShift(-2)),
    ("day-after-tomorrow", "the? day after tomorrow", lambda: DayShift(2)),
    ("that-day", "that|same|this day", lambda: DayShift(0)),
    ("that-day", "the same day", lambda: DayShift(0)),
    ("that-day", "the day", lambda: DayShift(0)),
    # "On the day of the attack": the event's day, the one the text counts from.
    (
        "day-of-event",
        f"on? the day of {EVENT}",
        day_of_event,
        None,
        -1,
    ),
    # "Since presidential elections in August": the time the event is dated by.
    *(
        ("event-dated", f"{words} {EVENT} in|on <day|month|year>", _event_dated(kind), None, -1)
        for words, kind in (("since", "since"), ("after|following", "after"), ("before", "before"))
    ),
    ("same-day", "earlier|later in|on the day", lambda: DayShift(0)),
    ("same-day", "earlier|later that|this day", lambda: DayShift(0)),
    ("the-day-before", "the day before|earlier", lambda: DayShift(-1)),
    ("the-day-before", "the previous day", lambda: DayShift(-1)),
    ("the-day-before", "a|one day earlier", lambda: DayShift(-1)),
    ("the-day-after", "the day after|later", lambda: DayShift(1)),
    ("the-day-after", "the next|following day", lambda: DayShift(1)),
    ("the-day-after", "a|one day later", lambda: DayShift(1)),
    ("eve-of", "the eve of the? <day>", lambda day: DayShift(-1, day)),
    # "The 45th day of 2024": counted from 1 January.
    ("day-of-year", "the <nth> day of <yearnum>", day_of_year),
    ("weekday-night-date", "<weekday> night ,? <day>", _weekday_night),
    # "A 2008 attack", "the 2019 floods": the year of what the nouns name.
    (
        "year-of-event",
        "the|a|an? <yearnum> <plain>? <plain>",
        lambda year, *words: Calendar(year) if words[-1] in EVENT_NOUNS else None,
        None,
        -1,
    ),
    # "The November Paris attacks": the month of what the nouns name.
    (
        "month-of-event",
        "the|a|an? <month> <plain>? <plain>",
        lambda month, *words: _event_month(month, words[-1]),
        None,
        -1,
    ),
    # Days that news names by their date alone.
    ("named-attacks", "<number> / <number>", lambda month, day: NAMED_ATTACKS.get((month, day))),
    ("day-before-day", "the? day before <day>", lambda day: DayShift(-1, day)),
    ("day-before-day", "a|one day before <day>", lambda day: DayShift(-1, day)),
    ("day-after-day", "the? day after <day>", lambda day: DayShift(1, day)),
    ("day-after-day", "a|one day after <day>", lambda day: DayShift(1, day)),
)
