"""Value parts of the day, nights and times of day against the reference: which evening,
which night, which day a time falls on, and in what zone."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from . import calendar_units as units
from . import evaluate as core
from .calendar_units import PART_OF_DAY_CODES, Span
from .evaluation import Evaluation
from .expression import Bound, Calendar, Clock, DayShift, Night, PartOfDay
from .resolution import PART_OF_DAY, TIME, DateNotUnderstood
from .tense import FUTURE, PAST, PRESENT, words_after

# An evening report is one published from this hour on: its bare "evening" is that day's.
EVENING_HOUR = 18
# The small hours end here: by then a report known by its day only is taken to be out.
SMALL_HOURS_END = 5


def part_of_day(expression: PartOfDay, evaluation: Evaluation) -> Span:
    part = expression.part
    if expression.base is None:
        day = evaluation.day
        if part == "evening" and _evening_before(evaluation):
            day -= timedelta(days=1)
    else:
        day = core.one_day(expression.base, evaluation)
    if part == "early hours":
        # The small hours of a day end the night before it; they are valued as that day.
        return units.day(day)
    return Span(f"{day.isoformat()}{PART_OF_DAY_CODES[part]}", day, day, PART_OF_DAY)


def as_of_part(expression: PartOfDay, evaluation: Evaluation) -> Span:
    """«Станом на вечір»: the report's own part of the day, unless the report came out
    before it (then the day before's; but «к вечеру непогода прекратится» looks ahead to
    the coming one); a part of a day named is that day's."""
    if expression.base is not None:
        return part_of_day(expression, evaluation)
    day = evaluation.day
    moment = evaluation.moment
    if (
        expression.part == "evening"
        and moment is not None
        and moment.hour < EVENING_HOUR
        and evaluation.direction != FUTURE
    ):
        day -= timedelta(days=1)
    shift = (day - evaluation.day).days
    return part_of_day(PartOfDay(expression.part, DayShift(shift)), evaluation)


def _already_past(hour: int, minute: int, published: datetime | None, evaluation) -> bool:
    """Tell whether a report has passed an hour of its own day by more than an hour (a
    flight "due at 15:00" in a report of 15:14 is today's, late)."""
    if published is not None:
        return (hour + 1, minute) < (published.hour, published.minute)
    # A report known by its day only is out by morning: the small hours are behind it.
    return evaluation.reference is not None and hour < SMALL_HOURS_END


def _evening_before(evaluation: Evaluation) -> bool:
    """Tell whether a bare evening told of the past is the one before the report's day.

    A report out before evening means the one before (what is to come, "limit use until
    late evening", is today's). A report known by its day only is as likely its own day's
    (a day's news, «надвечір обстріляли Нікополь») unless the words after the evening go
    on into a night, which the morning's report ended («ввечері та вночі запускали
    ракети», «вечером и в ночь на субботу»).
    """
    if not _is_morning_report(evaluation) or evaluation.direction == FUTURE:
        return False
    if evaluation.moment is not None:
        return True
    return bool(_A_NIGHT.search(words_after(evaluation.context, evaluation.text)))


# A night named: «вночі», «в ночь на», «всю ніч», «до глибокої ночі», "and overnight".
_A_NIGHT = re.compile(r"\b(?:вночі|уночі|ніч|ночі|ніччю|ночь|ночи|ночью|overnight|night|nights)\b")


def _is_morning_report(evaluation: Evaluation) -> bool:
    """Tell whether the text counts from a report out before evening (a day alone is)."""
    if evaluation.from_incident:
        # A day of the story, not a report: its evening is its own.
        return False
    moment = evaluation.moment
    return moment is None or moment.hour < EVENING_HOUR


def night(expression: Night, evaluation: Evaluation) -> Span:
    if expression.base is None:
        # "Overnight": the night that ended on the reference's day; in a clause that looks
        # ahead ("winds expected to rise overnight"), the coming one. "Shortly before
        # midnight" in an evening report is that evening's too.
        ahead = evaluation.direction == FUTURE or (
            expression.late and not _is_morning_report(evaluation)
        )
        first = evaluation.day - timedelta(days=not ahead)
    else:
        day = core.one_day(expression.base, evaluation)
        first = day - timedelta(days=1) if expression.before else day
        named = expression.base.base if isinstance(expression.base, Bound) else expression.base
        if (
            not expression.before
            and not expression.late
            and isinstance(named, Calendar)
            and _night_not_yet_come(day, evaluation)
        ):
            # "A missile attack the night of July 23" in a report of the morning of
            # 23 July: that night has not come yet, so the writer means the one into it,
            # as «в ночь на 23 июля», which English editions write so. A weekday's night
            # ("Friday night") is English's own idiom for the night that follows it.
            first = day - timedelta(days=1)
    return Span(f"{first.isoformat()}TNI", first, first + timedelta(days=1), PART_OF_DAY)


def _night_not_yet_come(day: date, evaluation: Evaluation) -> bool:
    """Tell whether the night of `day` is still ahead of a report of that day told in the past."""
    reference = evaluation.reference
    return (
        reference is not None
        and reference.day == day
        and evaluation.direction in (PAST, PRESENT)
        and _is_morning_report(evaluation)
    )


def _zone(name: str, day: date, hour: int, minute: int) -> datetime:
    if name[0] in "+-":
        hours, minutes = int(name[1:3]), int(name[4:6])
        offset = timedelta(hours=hours, minutes=minutes) * (1 if name[0] == "+" else -1)
        return datetime.combine(day, time(hour, minute), timezone(offset))
    return datetime.combine(day, time(hour, minute), ZoneInfo(name))


def clock(expression: Clock, evaluation: Evaluation) -> Span:
    hour, minute = expression.hour, expression.minute
    if not (0 <= hour <= 24 and 0 <= minute < 60) or (hour == 24 and minute):
        raise DateNotUnderstood(f"'{evaluation.text}' is not a time of day")
    if isinstance(expression.base, Night):
        # "At 03:15 in the night to Saturday": a small hour belongs to the night's morning.
        night = core.evaluate(expression.base, evaluation)
        day = night.end if hour < 12 else night.start
    else:
        day = core.base_day(expression.base, evaluation)
    rolled = hour == 24
    if rolled:
        # «Ближе к полуночи»: the midnight that ends the day, if the clause looks ahead;
        # told otherwise, the one the report's day began with.
        day, hour = day + timedelta(days=evaluation.direction == FUTURE), 0
    published = evaluation.moment if expression.base is None else None
    later_than_report = published is not None and (hour, minute) > (
        published.hour + 1,
        published.minute,
    )
    if later_than_report and evaluation.direction != FUTURE and not rolled:
        # A time later than the report itself, told in the past: the day before.
        day -= timedelta(days=1)
    elif (
        expression.base is None
        and not rolled
        and evaluation.direction == FUTURE
        and _already_past(hour, minute, published, evaluation)
    ):
        # "Power is expected back by 1 a.m.": an hour the report has already passed, told
        # of what is to come, is the next day's.
        day += timedelta(days=1)
    stamp = f"{day.isoformat()}T{hour:02d}:{minute:02d}"
    if expression.zone is None:
        return Span(stamp, day, day, TIME, datetime.combine(day, time(hour, minute)))
    moment = _zone(expression.zone, day, hour, minute)
    offset = moment.utcoffset()
    if not offset:
        suffix = "Z"
    else:
        total = int(offset.total_seconds() // 60)
        sign, total = ("+" if total >= 0 else "-"), abs(total)
        suffix = f"{sign}{total // 60:02d}:{total % 60:02d}"
    return Span(stamp + suffix, day, day, TIME, moment)
