"""Turn a language-free expression into calendar days against its reference, in one place.

Every choice that depends on the reference lives here, in `evaluate_periods.py` (seasons,
quarters, holidays, vague words, lengths), in `evaluate_parts.py` (parts of the day,
nights, times and zones) and in `nearest.py` (which of the days a text
may mean: the year of a date without one, a feast's occurrence, a weekday's year): which
way a bare weekday points, which night "overnight" is, leap days, zones.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from . import calendar_units as units
from . import evaluate_bounds as bounds
from . import evaluate_counts as counts
from . import evaluate_parts as parts
from . import evaluate_periods as periods
from .calendar_units import Span
from .evaluation import Evaluation
from .expression import (
    COMING,
    LAST,
    NEXT,
    PREVIOUS,
    THIS,
    Anchor,
    Anniversary,
    Bound,
    Calendar,
    Clock,
    CountedDay,
    DayAfterStory,
    DayShift,
    Duration,
    Edge,
    Either,
    Event,
    Expression,
    Holiday,
    Interval,
    InTime,
    Invasion,
    Night,
    Offset,
    PartOfDay,
    Relative,
    Vague,
    Weekday,
)
from .expression_periods import Century, Decade, Quarter, Season, WeekOf
from .nearest import (
    DAY_PAST_REACH_DAYS,
    MONTH_PAST_REACH_DAYS,
    WEEKDAY_SLIP_DAYS,
    leap_day,
    most_recent,
    nearest_year,
    year_of_weekday,
)
from .resolution import (
    MONTH,
    PART_OF_DAY,
    DateNotUnderstood,
)
from .tense import FUTURE, PAST, PRESENT, past_in_sentence, words_after
from .tense_morphology import is_genitive


def evaluate(expression: Expression, evaluation: Evaluation) -> Span:
    """Return the span of days `expression` means."""
    try:
        handler = _HANDLERS[type(expression)]
    except KeyError:
        raise DateNotUnderstood(f"'{evaluation.text}' cannot be placed on the calendar") from None
    return handler(expression, evaluation)


def one_day(expression: Expression, evaluation: Evaluation) -> date:
    """Return the single day an expression means, or say it is not one day."""
    span = evaluate(expression, evaluation)
    if span.start is None or (span.start != span.end and span.precision != PART_OF_DAY):
        raise DateNotUnderstood(f"'{evaluation.text}' needs a day here, not {span.value}")
    return span.start


def _calendar_day(year: int, month: int, day: int, text: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise DateNotUnderstood(f"'{text}' is not a day of the calendar") from None


def _calendar(expression: Calendar, evaluation: Evaluation) -> Span:
    year, month, day = expression.year, expression.month, expression.day
    text = evaluation.text
    if expression.year_shift is not None:
        year = evaluation.day.year + expression.year_shift
    elif expression.year_of_century is not None and evaluation.reference is None:
        # With nothing to count from, the century of the archive's reporting.
        year = 2000 + expression.year_of_century
    elif expression.year_of_century is not None:
        # «03.07.71» in a report of 2019 is 1971; «12.05.24» in one of 2025 is 2024.
        century = evaluation.day.year // 100 * 100
        year = min(
            (century + shift + expression.year_of_century for shift in (-100, 0, 100)),
            key=lambda candidate: abs(candidate - evaluation.day.year),
        )
    elif expression.shift is not None and month is not None:
        reference = evaluation.day
        if expression.shift < 0:
            year = reference.year if month < reference.month else reference.year - 1
        elif expression.shift > 0:
            year = reference.year if month > reference.month else reference.year + 1
        else:
            year = reference.year
    if month is None and day is not None and year is None:
        return units.day(_day_of_month(day, evaluation, expression.weekday))
    if month is None:
        if year is None:
            raise DateNotUnderstood(f"'{text}' names no day, month or year")
        return units.year(year)
    if not 1 <= month <= 12:
        raise DateNotUnderstood(f"'{text}' has no month {month}")
    if day is None:
        if year is None:
            # The nearest such month, unless the clause speaks of what is to come.
            # A month counted "since" has begun by the reference; any other is placed by
            # its middle.
            middle = 1 if evaluation.not_after_reference else 15
            year = nearest_year(evaluation, lambda y: date(y, month, middle), MONTH_PAST_REACH_DAYS)
        return units.month(year, month)
    if year is not None:
        return units.day(_calendar_day(year, month, day, text))
    if (month, day) == (2, 29):
        return units.day(leap_day(evaluation))
    _calendar_day(2000, month, day, text)
    # News dates without a year are near their story: the nearest such day, either side.
    year = nearest_year(
        evaluation, lambda y: date(y, month, day), evaluation.day_past_reach or DAY_PAST_REACH_DAYS
    )
    # A weekday the date does not fall on is the writer's knowledge of another year
    # ("Saturday, January 24" in 2025: 2015), unless the date is the report's own, or next
    # to it: «У середу, 15 серпня» in a report of Thursday 15 August 2024 is a slip.
    if (
        expression.weekday is not None
        and date(year, month, day).weekday() != expression.weekday
        and abs((date(year, month, day) - evaluation.day).days) > WEEKDAY_SLIP_DAYS
    ):
        year = year_of_weekday(expression.weekday, month, day, evaluation) or year
    return units.day(date(year, month, day))


def _day_of_month(day: int, evaluation: Evaluation, weekday: int | None = None) -> date:
    """«31 числа»: that day of this month, the last or the next, as the clause points;
    "Wednesday (28)": the nearest 28th that is a Wednesday."""
    if not 1 <= day <= 31:
        raise DateNotUnderstood(f"'{evaluation.text}' is no day of a month")
    reference = evaluation.day
    candidates = []
    # A year either side holds the day in some month, even the 31st.
    for shift in range(-12, 13):
        first = units.add_months(reference.replace(day=1), shift)
        with contextlib.suppress(ValueError):
            candidates.append(first.replace(day=day))
    if weekday is not None:
        candidates = [found for found in candidates if found.weekday() == weekday]
        if not candidates:
            raise DateNotUnderstood(
                f"'{evaluation.text}': no day {day} within a year falls on that weekday"
            )
        return min(candidates, key=lambda found: abs((found - reference).days))
    before = [found for found in candidates if found <= reference]
    after = [found for found in candidates if found >= reference]
    if evaluation.direction == FUTURE and not evaluation.not_after_reference:
        return after[0]
    if evaluation.direction == PAST or evaluation.not_after_reference:
        return before[-1]
    return min((before[-1], after[0]), key=lambda found: abs((found - reference).days))


def _weekday(expression: Weekday, evaluation: Evaluation) -> Span:
    weekday, shift, reference = expression.weekday, expression.shift, evaluation.day
    # Days from the reference to the next such weekday (0: the reference's own).
    ahead = (weekday - reference.weekday()) % 7
    if shift == PREVIOUS:
        # "down from the previous Friday": the one before the Friday the story is about.
        day = most_recent(weekday, reference) - timedelta(weeks=1)
    elif shift == LAST:
        day = reference - timedelta(days=(reference.weekday() - weekday - 1) % 7 + 1)
    elif shift in (NEXT, COMING):
        day = reference + timedelta(days=(weekday - reference.weekday() - 1) % 7 + 1)
    elif shift == THIS:
        day = reference + timedelta(days=weekday - reference.weekday())
    elif evaluation.direction == FUTURE and not evaluation.not_after_reference:
        day = reference + timedelta(days=ahead)
    elif evaluation.in_local_time and evaluation.moment is None and ahead == 1:
        # "Early Sunday local time" in a page dated Saturday in America: the scene's day is
        # already the next one (a week back would be no news).
        day = reference + timedelta(days=1)
    elif evaluation.in_deadline:
        # "A curfew until Tuesday", said on Monday: the nearest Tuesday (in a past clause,
        # "was under curfew until Sunday", the last one).
        day = reference + timedelta(days=ahead if ahead <= 7 - ahead else ahead - 7)
    elif (
        evaluation.direction == PRESENT
        and not evaluation.not_after_reference
        and 0 < ahead <= PRESENT_SCHEDULE_DAYS
        and not past_in_sentence(evaluation.context)
        and not evaluation.perfect
    ):
        # "A slight risk of tornadoes Sunday", "premieres on Thursday": a weekday told in
        # the present, in a sentence that tells of no past, that comes within two days is
        # the schedule's, not last week's.
        day = reference + timedelta(days=ahead)
    else:
        day = most_recent(weekday, reference)
    return units.day(day)


# How far ahead a weekday told in the present may lie (one or two days: measured alike).
PRESENT_SCHEDULE_DAYS = 2


def base_day(base: Expression | None, evaluation: Evaluation) -> date:
    return evaluation.day if base is None else one_day(base, evaluation)


def _either(expression: Either, evaluation: Evaluation) -> Span:
    """Evaluate both readings; keep the one on its weekday, then the nearer, then the first."""
    readings = []
    for order, reading in enumerate((expression.first, expression.second)):
        try:
            span = evaluate(reading, evaluation)
        except DateNotUnderstood:
            continue
        off_weekday = expression.weekday is not None and span.start.weekday() != expression.weekday
        readings.append(((off_weekday, abs((span.start - evaluation.day).days), order), span))
    if not readings:
        raise DateNotUnderstood(f"'{evaluation.text}' is no date in either order of its figures")
    return min(readings, key=lambda pair: pair[0])[1]


def _day_shift(expression: DayShift, evaluation: Evaluation) -> Span:
    return units.day(base_day(expression.base, evaluation) + timedelta(days=expression.days))


def _day_after_story(evaluation: Evaluation) -> Span:
    return units.day(evaluation.day + timedelta(days=1 if evaluation.from_incident else 0))


def _anchor(expression: Anchor, evaluation: Evaluation) -> Span:
    return units.day(evaluation.anchored(expression.incident_id))


def _edge(expression: Edge, evaluation: Evaluation) -> Span:
    span = evaluate(expression.base, evaluation)
    if span.precision == MONTH:
        year, month = int(span.value[:4]), int(span.value[5:7])
        return units.month_part(year, month, expression.edge)
    return span


def _interval(expression: Interval, evaluation: Evaluation) -> Span:
    first_expression, last_expression = expression.first, expression.last
    if (
        isinstance(first_expression, Calendar)
        and first_expression.year is None
        and isinstance(last_expression, Calendar)
        and last_expression.year is not None
        and first_expression.month
    ):
        # «с 24 февраля по 3 марта 2023 года»: the first day takes the year written last.
        year = last_expression.year - (first_expression.month > (last_expression.month or 12))
        first_expression = replace(first_expression, year=year)
    first = evaluate(first_expression, evaluation)
    last = evaluate(last_expression, evaluation)
    if first.start is None or last.end is None:
        raise DateNotUnderstood(f"'{evaluation.text}' has no first or last day")
    end = last.end
    undated_last = (
        isinstance(last_expression, Calendar)
        and last_expression.year is None
        and last_expression.day is not None
    )
    dated_first = isinstance(first_expression, Calendar) and first_expression.year is not None
    # The last day without a year is valued alone, from the reference, unless that puts it
    # after the report for a span begun in a year written («з 24 лютого 2022 року до 20
    # квітня», said in 2024: the last 20 April), or before the first day in an earlier
    # month ("from 30 December to 2 January": the 2 January after it).
    if undated_last and dated_first and first.start <= evaluation.day < end:
        reference = evaluation.day
        past = (end.month, end.day) > (reference.month, reference.day)
        end = _calendar_day(reference.year - past, end.month, end.day, evaluation.text)
    if undated_last and end < first.start and end.month != first.start.month:
        later = (end.month, end.day) < (first.start.month, first.start.day)
        end = _calendar_day(first.start.year + later, end.month, end.day, evaluation.text)
    if (
        end < first.start
        and _bare_weekday(last_expression)
        and _counted_by_week(first_expression)
        and first.start - end < WEEK
    ):
        # "Later on Thursday and Friday", said on Thursday: the Friday after it.
        end += WEEK
    if end < first.start:
        raise DateNotUnderstood(f"'{evaluation.text}' ends before it starts")
    return units.days(first.start, end)


WEEK = timedelta(days=7)


def _counted_by_week(expression) -> bool:
    """Tell whether a span's start is a weekday or a relative day, early or late in it."""
    while isinstance(expression, Edge | Bound):
        expression = expression.base
    return isinstance(expression, Weekday | DayShift)


def _bare_weekday(expression) -> bool:
    return isinstance(expression, Weekday) and expression.shift is None


def _event(expression: Event, evaluation: Evaluation) -> Span:
    """An event the text names but does not date is on the day the text counts from."""
    if expression.of_the_story and not evaluation.from_incident:
        raise DateNotUnderstood(
            f"'{evaluation.text}' counts from '{expression.words}', which it does not date:"
            " write the day, or count from the incident that is it"
        )
    return units.day(evaluation.day)


def _invasion(evaluation: Evaluation) -> Span:
    """The full-scale invasion's first day, which a report from before it cannot mean."""
    reference = evaluation.reference
    if reference is not None and reference.day < INVASION_DAY:
        raise DateNotUnderstood(
            f"'{evaluation.text}' counts from the full-scale invasion of 24 February 2022,"
            f" after {reference.day.isoformat()}, the day it counts from"
        )
    return units.day(INVASION_DAY)


INVASION_DAY = date(2022, 2, 24)

# How many days a story counts from its incident ("the 10th consecutive day").
STORY_DAYS = 366
# A count of days whose start only the sentence names is trusted when it lands within a
# week before the report or on the next day (counters in headlines, at the day's end):
# "the third day" in a report of 2024 on the war is some other span's third day.
COUNTED_DAY_REACH = (timedelta(days=7), timedelta(days=1))


# The words that make a count of days a day ("on the third day", "the 120th day", «в
# третий день», «на другий день»), not the length so far.
_DAY_PREPOSITIONS = frozenset({"on", "in", "by", "the", "в", "во", "на", "к", "у", "до", "о"})


def _told_as_a_day(text: str, context: str) -> bool:
    """Tell whether a count of days is a day: after a preposition, or followed by what it
    counts («829-й день Великой Отечественной войны»)."""
    words = text.lower().split()
    following = words_after(context, text).split()[:1]
    counted = bool(following) and following[0].isalpha() and is_genitive(following[0])
    return counted or (bool(words) and words[0] in _DAY_PREPOSITIONS)


def _counted_day(expression: CountedDay, evaluation: Evaluation) -> Span:
    """The Nth day since the start the sentence names, day 1 being that start."""
    text = evaluation.text
    if expression.start is None and evaluation.from_incident and expression.number <= STORY_DAYS:
        # "For the third day", «на третий день поисков», counted from an incident: its
        # day is day 1 (a story's days, not a war's thousand).
        return units.day(evaluation.day + timedelta(days=expression.number - 1))
    if expression.start is None and not _told_as_a_day(text, evaluation.context):
        # «Протесты продолжаются третий день», «четверту добу»: the length so far.
        return periods.duration(Duration(expression.number, "day"), evaluation)
    if expression.start is None:
        after = expression.number - 1
        counted = (
            "<incident id>" if not after else f"{after} day{'s' * (after > 1)} after <incident id>"
        )
        raise DateNotUnderstood(
            f"'{text}' counts days from something it does not name: say from what,"
            f" as in 'day {expression.number} of the war' or '{counted}'"
        )
    day = one_day(expression.start, evaluation) + timedelta(days=expression.number - 1)
    before, after = COUNTED_DAY_REACH
    reference_day = evaluation.day
    if not reference_day - before <= day <= reference_day + after:
        raise DateNotUnderstood(
            f"'{text}' would be {day.isoformat()}, counted from"
            f" {expression.start.describe()}, far from {reference_day.isoformat()}:"
            f" say from what it counts, as in 'day {expression.number} of the war'"
        )
    return units.day(day)


_HANDLERS: dict[type, Callable[[Expression, Evaluation], Span]] = {
    Calendar: _calendar,
    Either: _either,
    Weekday: _weekday,
    DayShift: _day_shift,
    DayAfterStory: lambda expression, evaluation: _day_after_story(evaluation),
    Anchor: _anchor,
    Event: lambda expression, evaluation: _event(expression, evaluation),
    Invasion: lambda expression, evaluation: _invasion(evaluation),
    CountedDay: _counted_day,
    Relative: periods.relative,
    Offset: counts.count,
    Anniversary: counts.anniversary,
    # Called through the module, so that either module may be imported first.
    PartOfDay: lambda expression, evaluation: parts.part_of_day(expression, evaluation),
    Night: lambda expression, evaluation: parts.night(expression, evaluation),
    Edge: _edge,
    Clock: lambda expression, evaluation: parts.clock(expression, evaluation),
    Season: periods.season,
    Quarter: periods.quarter,
    Decade: lambda expression, evaluation: units.decade(expression.start),
    Century: periods.century,
    Interval: _interval,
    WeekOf: lambda expression, evaluation: units.week(one_day(expression.day, evaluation)),
    Holiday: periods.holiday,
    Vague: periods.vague,
    Duration: periods.duration,
    Bound: lambda expression, evaluation: bounds.bound(expression, evaluation),
    InTime: counts.in_time,
}
