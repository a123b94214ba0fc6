"""Value periods and named days against the reference: weeks, months and years counted
from it, seasons, quarters, holidays, vague words, lengths."""

from __future__ import annotations

from datetime import timedelta

from . import calendar_units as units
from .calendar_units import Span
from .evaluation import Evaluation
from .expression import YEARS_IN, Duration, Holiday, Relative, Vague
from .expression_periods import Century, Quarter, Season
from .holidays import holiday_day, holiday_days
from .nearest import nearest_day
from .resolution import DURATION, VAGUE, DateNotUnderstood
from .tense import FUTURE, PAST, PRESENT

FRIDAY = 4


def _weekend(shift: int | None, evaluation: Evaluation) -> Span:
    reference = evaluation.day
    if shift == 1 and reference.weekday() >= 5:
        # "Next weekend", said on a Saturday: the one after this.
        return units.weekend(reference + timedelta(weeks=1))
    if shift == 1 or (shift in (0, None) and evaluation.direction == FUTURE):
        return units.weekend(reference + timedelta(days=(5 - reference.weekday()) % 7))
    if shift == -1 and reference.weekday() >= 5:
        return units.weekend(reference - timedelta(weeks=1))
    # The weekend just past: that of the previous week unless the reference is in one,
    # or, for "the weekend" with no word to turn it, on its eve, a Friday: the one it opens.
    if reference.weekday() >= 5 or (shift is None and reference.weekday() == FRIDAY):
        return units.weekend(
            reference + timedelta(days=1) if reference.weekday() == FRIDAY else reference
        )
    return units.weekend(reference - timedelta(weeks=1))


def relative(expression: Relative, evaluation: Evaluation) -> Span:
    unit, shift, reference = expression.unit, expression.shift, evaluation.day
    if unit == "weekend":
        return _weekend(shift, evaluation)
    if unit == "week":
        return units.week(reference + timedelta(weeks=shift or 0))
    if unit == "month":
        shifted = units.add_months(reference.replace(day=1), shift or 0)
        return units.month(shifted.year, shifted.month)
    if unit == "decade":
        return units.decade(reference.year // 10 * 10 + 10 * (shift or 0))
    return units.year(reference.year + (shift or 0))


def season(expression: Season, evaluation: Evaluation) -> Span:
    code = expression.season
    if expression.year is not None:
        return units.season(expression.year, code)
    reference = evaluation.day
    year = reference.year
    current = units.season(year, code)
    if expression.completed:
        while units.season(year, code).end >= reference:
            year -= 1
        return units.season(year, code)
    shift = expression.shift
    if shift == -1:
        year -= 1
    elif shift == 1:
        year += 1 if current.start <= reference else 0
    elif shift is None and evaluation.in_deadline:
        # "Until spring", said in November: the first spring not yet over.
        year += current.end < reference
    elif shift is None and evaluation.direction == FUTURE and current.end < reference:
        year += 1
    elif shift != 0 and evaluation.direction in (PAST, PRESENT, None) and current.start > reference:
        year -= 1
    return units.season(year, code)


def quarter(expression: Quarter, evaluation: Evaluation) -> Span:
    if expression.latest:
        reference = evaluation.day
        number, year = units.quarter_of(reference), reference.year
        if expression.number == 0:  # the last one completed
            number, year = (number - 1, year) if number > 1 else (4, year - 1)
        year = expression.year if expression.year is not None else year + (expression.shift or 0)
        return units.quarter(year, number)
    year = expression.year
    if year is None:
        reference = evaluation.day
        year = reference.year + (expression.shift or 0)
        build = units.half if expression.half else units.quarter
        if (
            expression.shift is None
            and evaluation.direction in (PAST, PRESENT)
            and build(year, expression.number).start > reference
        ):
            year -= 1
    return (units.half if expression.half else units.quarter)(year, expression.number)


def century(expression: Century, evaluation: Evaluation) -> Span:
    if expression.number < 1:
        raise DateNotUnderstood(f"'{evaluation.text}' falls outside the calendar")
    return units.century(expression.number - 1)


def holiday(expression: Holiday, evaluation: Evaluation) -> Span:
    key = expression.key
    if expression.following is not None:
        from .evaluate import one_day  # evaluate imports this module

        after = one_day(expression.following, evaluation)
        days = holiday_days(key, after.year) + holiday_days(key, after.year + 1)
        return units.day(min(day for day in days if day >= after))
    if expression.year is not None:
        return units.day(holiday_day(key, expression.year))
    reference = evaluation.day
    if expression.year_shift is not None:
        return units.day(holiday_day(key, reference.year + expression.year_shift))
    candidates = sorted(
        day
        for year in range(reference.year - 1, reference.year + 2)
        for day in holiday_days(key, year)
    )
    if expression.shift == -1:
        return units.day(max(day for day in candidates if day < reference))
    if expression.shift == 1:
        return units.day(min(day for day in candidates if day > reference))
    return units.day(nearest_day(evaluation, candidates))


def vague(expression: Vague, evaluation: Evaluation) -> Span:
    reference = evaluation.day
    if expression.then and evaluation.from_incident:
        # «Тогда», counted from a day of the story: that day.
        return units.day(reference)
    if expression.later and evaluation.direction == PAST:
        # «Пізніше стало відомо»: later that day, not after the report.
        return units.day(reference)
    value = expression.direction
    start = reference if value != "PAST_REF" else None
    end = reference if value != "FUTURE_REF" else None
    return Span(value, start, end, VAGUE)


DURATION_CODES = {
    "second": "TS", "minute": "TM", "hour": "TH", "day": "D", "week": "W", "fortnight": "W",
    "month": "M", "year": "Y", "decade": "DE", "century": "CE",
}  # fmt: skip


# A unit's fraction in the next smaller unit: "two and a half years" is P2Y6M and "1.5
# hours" PT1H30M, as TimeML writes them (where the fraction is whole in it).
_SMALLER = {
    "year": ("month", 12), "week": ("day", 7), "day": ("hour", 24), "hour": ("minute", 60),
    "minute": ("second", 60),
}  # fmt: skip


def _whole_parts(count, unit: str) -> list[tuple[object, str]]:
    """Return a count of a unit as whole counts of it and of the next smaller unit."""
    if not isinstance(count, float) or unit not in _SMALLER:
        return [(count, unit)]
    smaller, factor = _SMALLER[unit]
    whole, rest = divmod(count, 1)
    if not (rest * factor).is_integer():
        return [(count, unit)]
    parts = [(int(whole), unit)] if whole else []
    return [*parts, (int(rest * factor), smaller)] if rest else parts


def duration(expression: Duration, evaluation: Evaluation) -> Span:
    """Write a length in ISO 8601: 'P3D', 'PT1H30M', «6 лет 7 месяцев» 'P6Y7M'."""
    days, clock = [], []
    counted = ((expression.count, expression.unit), *expression.more)
    for count, unit in (part for each in counted for part in _whole_parts(*each)):
        code = DURATION_CODES[unit]
        if unit == "fortnight" and count is not None:
            count = 2 * count
        elif unit in ("decade", "century") and count is not None:
            # "Two decades" is P20Y, "a century" P100Y, as TimeML writes them; "decades",
            # PXDE.
            code, count = "Y", YEARS_IN[unit] * count
        (clock if code.startswith("T") else days).append(
            f"{'X' if count is None else count}{code.lstrip('T')}"
        )
    time_part = f"T{''.join(clock)}" if clock else ""
    return Span(f"P{''.join(days)}{time_part}", None, None, DURATION)
