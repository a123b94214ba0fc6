"""Value counts of time: "three days ago", "in two weeks", "ten days later" (a length)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from . import calendar_units as units
from . import evaluate as core
from . import evaluate_periods as periods
from .calendar_units import Span
from .count_context import follows_what_it_names, measures_back
from .evaluation import Evaluation
from .expression import (
    CLOCK_UNITS,
    EARLIER,
    LATER,
    YEARS_IN,
    Anniversary,
    Calendar,
    Duration,
    Event,
    Holiday,
    InTime,
    Offset,
)
from .resolution import VAGUE, DateNotUnderstood
from .tense import FUTURE, PAST, looks_ahead_anywhere

UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14}


def offset(expression: Offset, evaluation: Evaluation) -> Span:
    count, unit, sign = expression.count, expression.unit, expression.sign
    if count is None and unit in CLOCK_UNITS:
        # "A few minutes before": the same day.
        return units.day(core.base_day(expression.base, evaluation))
    if count is None:
        # "a few days ago": before the reference, by no number of days one could count.
        base = core.base_day(expression.base, evaluation)
        if sign < 0:
            return Span("PAST_REF", None, base, VAGUE)
        return Span("FUTURE_REF", base, None, VAGUE)
    base = core.base_day(expression.base, evaluation)
    if unit in CLOCK_UNITS:
        # "Two hours later" from an incident: the same day; only whole days of hours move it.
        hours = count // {"hour": 1, "minute": 60, "second": 3600}[unit]
        return units.day(base + sign * timedelta(days=hours // 24))
    if unit in UNIT_DAYS:
        return units.day(base + timedelta(days=sign * count * UNIT_DAYS[unit]))
    if unit == "month" or expression.exact:
        months = count * (12 * YEARS_IN[unit] if unit in YEARS_IN else 1)
        target = units.add_months(base, sign * months)
        return units.day(target) if expression.exact else units.month(target.year, target.month)
    # "A decade ago" is the year ten years back, as TimeML's annotators value it (AQUAINT:
    # "1989" in a report of 1999), not the decade.
    return units.year(base.year + sign * count * YEARS_IN[unit])


def count(expression: Offset, evaluation: Evaluation) -> Span:
    """Evaluate a count of time: "ten days later" with no base is only a length.

    "Ten days later", «спустя два часа» count from a moment of the story the text does not
    name, never from a report's publication (the answer would lie after the report). From
    an incident they count from that incident; told of what is to come («через два дня
    откроют»), from the reference; «через два дня» alone is ahead of it too.
    """
    if (
        expression.told == LATER
        and expression.base is None
        and expression.sign > 0
        and evaluation.from_incident
        and follows_what_it_names(evaluation.context, evaluation.text)
    ):
        # "The shelling came a day after the massacre", counted from the shelling's day:
        # the massacre's, a day before it.
        return offset(replace(expression, sign=-1), evaluation)
    if (
        expression.told is not None
        and expression.base is None
        and expression.count is not None
        and not evaluation.from_incident
        and (
            (evaluation.direction == PAST and not looks_ahead_anywhere(evaluation.context))
            or expression.told == EARLIER
            or (expression.told == LATER and evaluation.direction != FUTURE)
        )
    ):
        return periods.duration(Duration(expression.count, expression.unit), evaluation)
    return offset(expression, evaluation)


def in_time(expression: InTime, evaluation: Evaluation) -> Span:
    # "In two days" is a day ahead, unless a past clause makes it a length of time
    # ("two ceasefires failed in two days").
    if evaluation.direction != PAST and not measures_back(evaluation.context, evaluation.text):
        return offset(Offset(expression.count, expression.unit, 1), evaluation)
    return periods.duration(Duration(expression.count, expression.unit), evaluation)


def anniversary(expression: Anniversary, evaluation: Evaluation) -> Span:
    """Evaluate an anniversary: `years` years after the day it is of.

    Of an event the text does not date ("the tragedy"), counted from an incident (the
    event's own day), it is that many years on (the first, if the text does not say);
    counted from a report, it is the report's day, since anniversaries are reported on
    the day they fall.
    """
    from_incident = evaluation.from_incident
    base = expression.base
    if isinstance(base, Event):
        if from_incident:
            # Counted from the event, "the anniversary" is its first.
            return units.day(units.add_months(evaluation.day, 12 * (expression.years or 1)))
        if evaluation.direction == FUTURE:
            raise DateNotUnderstood(
                f"'{evaluation.text}' is the anniversary of something it does not date, to"
                " come: write its day, or count from the incident"
            )
        return units.day(evaluation.day)
    if isinstance(base, Calendar | Holiday) and base.year is None and base.year_shift is None:
        # "The first anniversary of October 7": the event's year is not written, so its
        # anniversary is the day's own occurrence near the report: the last, told in the
        # past; else the coming one (or one just passed).
        return units.day(_occurrence_near(base, evaluation))
    day = core.one_day(base, evaluation)
    years = expression.years
    if years is None:
        # The anniversary nearest the reference: of 24 February, told on 17 February, the
        # one a week on.
        reference_day = evaluation.day
        candidates = [
            units.add_months(day, 12 * (reference_day.year + shift - day.year))
            for shift in (-1, 0, 1)
            if reference_day.year + shift > day.year
        ]
        if not candidates:
            raise DateNotUnderstood(f"'{evaluation.text}' has had no anniversary yet")
        return units.day(min(candidates, key=lambda each: abs((each - reference_day).days)))
    found = units.add_months(day, 12 * years)
    if not from_incident and found > evaluation.day + ANNIVERSARY_AHEAD:
        raise DateNotUnderstood(
            f"'{evaluation.text}' would be {found.isoformat()}, years after the report"
        )
    return units.day(found)


# An anniversary a report speaks of lies at most this far ahead of it.
ANNIVERSARY_AHEAD = timedelta(days=2 * 366)


def _occurrence_near(base, evaluation: Evaluation):
    """Return the occurrence of a yearless day or feast that an anniversary of it is."""
    reference_day = evaluation.day
    days = sorted(
        core.one_day(replace(base, year=year), evaluation)
        for year in (reference_day.year - 1, reference_day.year, reference_day.year + 1)
    )
    if evaluation.direction == PAST:
        return max(day for day in days if day <= reference_day)
    return min(day for day in days if day >= reference_day - timedelta(days=2))
