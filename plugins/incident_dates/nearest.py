"""Choose which of the days a text may mean: by the tense, by nearness, by the weekday.

A date or a month written without a year, a feast that comes back every year, a weekday
written beside a date: each names several days, and these choose one against the
reference, in the direction the sentence's tense points.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from .evaluation import Evaluation
from .tense import FUTURE, PAST

# A past verb reaches back at most nine months: "in March" said in November is last
# March, but "in November" said in October is rarely a year ago.
PAST_REACH_DAYS = 274
# A month told in the past reaches back further: "saw attacks in early January", said in
# November, is this January's, eleven months back.
MONTH_PAST_REACH_DAYS = 334
# A day and month told in the past is the last such day, up to a year back: "stormed into
# Israel on October 7", said in August, is last October's.
DAY_PAST_REACH_DAYS = 366
# But a day up to a month ahead of the reference, when the last one lies beyond the usual
# reach, is the story's own (a story's reference may be its month's first day).
STORY_AHEAD_DAYS = 31
# A date and the weekday beside it agree at least once in any eleven years (but for 29
# February, and around 2100, which is not a leap year).
WEEKDAY_REACH_YEARS = 12
# But a date this near the reference is the report's own story: a weekday beside it that
# it does not fall on is a slip («У середу, 15 серпня» in a report of Thursday 15 August).
WEEKDAY_SLIP_DAYS = 2


def nearest_year(
    evaluation: Evaluation, candidate: Callable[[int], date], reach: int = PAST_REACH_DAYS
) -> int:
    """Choose the year of a day or month written without one, in the tense's direction."""
    reference = evaluation.day
    years = (reference.year - 1, reference.year, reference.year + 1)
    if evaluation.not_after_reference and candidate(years[0]) <= reference:
        return [y for y in years if candidate(y) <= reference][-1]
    if evaluation.direction == FUTURE:
        return next(y for y in years if candidate(y) >= reference - timedelta(days=1))
    if evaluation.direction == PAST:
        latest = [y for y in years if candidate(y) <= reference + timedelta(days=1)][-1]
        back = (reference - candidate(latest)).days
        soon = candidate(latest + 1) - reference <= timedelta(days=STORY_AHEAD_DAYS)
        if back <= (min(reach, PAST_REACH_DAYS) if soon else reach):
            return latest
    return min(years, key=lambda y: abs((candidate(y) - reference).days))


def nearest_day(evaluation: Evaluation, candidates: list[date]) -> date:
    """Choose among days a text may mean (sorted) as nearest_year chooses among years."""
    reference = evaluation.day
    if evaluation.not_after_reference and candidates[0] <= reference:
        return [day for day in candidates if day <= reference][-1]
    if evaluation.direction == FUTURE:
        return next(day for day in candidates if day >= reference - timedelta(days=1))
    if evaluation.direction == PAST:
        latest = [day for day in candidates if day <= reference + timedelta(days=1)][-1]
        if (reference - latest).days <= PAST_REACH_DAYS:
            return latest
    return min(candidates, key=lambda day: abs((day - reference).days))


def leap_day(evaluation: Evaluation) -> date:
    """Return the 29 February nearest the reference in the tense's direction."""
    reference = evaluation.day
    step = 1 if evaluation.direction == FUTURE else -1
    year = reference.year
    while True:
        try:
            candidate = date(year, 2, 29)
        except ValueError:
            year += step
            continue
        if (step < 0 and candidate <= reference) or (step > 0 and candidate >= reference):
            return candidate
        year += step


def year_of_weekday(weekday: int, month: int, day: int, evaluation: Evaluation) -> int | None:
    """Return the year in which the date falls on the weekday written, nearest the reference.

    "Saturday, 24 January" told in the past in a report of 2025 (a Friday then) is the 24
    January of 2015: the weekday is what the writer knew, the year was left out. Told in
    the past, the latest such day up to the reference; looking ahead, the first from it;
    otherwise the nearest either side. Within WEEKDAY_REACH_YEARS.
    """
    reference = evaluation.day
    low, high = reference.year - WEEKDAY_REACH_YEARS, reference.year + WEEKDAY_REACH_YEARS
    days = [
        date(year, month, day)
        for year in range(low, high + 1)
        if date(year, month, day).weekday() == weekday
    ]
    if evaluation.direction == PAST:
        days = [found for found in days if found <= reference + timedelta(days=1)]
    elif evaluation.direction == FUTURE:
        days = [found for found in days if found >= reference - timedelta(days=1)]
    if not days:
        return None
    return min(days, key=lambda found: abs((found - reference).days)).year


def most_recent(weekday: int, reference: date) -> date:
    """Return the most recent `weekday` on or before `reference`."""
    return reference - timedelta(days=(reference.weekday() - weekday) % 7)
