"""Value bounded days: what a text counts "since", deadlines ("until", "by"), what starts
("beginning Monday") and what the text says was earlier; and Russian and Ukrainian
schedules told in the present («від 1 листопада»)."""

from __future__ import annotations

import re
from datetime import timedelta

from . import evaluate as core
from . import evaluate_parts as parts
from .calendar_units import Span
from .evaluation import Evaluation
from .expression import Bound, Calendar, DayShift, Expression, PartOfDay
from .nearest import PAST_REACH_DAYS
from .resolution import DateNotUnderstood
from .tense import FUTURE, PAST, PRESENT

# Bounds that set a deadline: "adjourned until December 5", said in November, is this
# December's, however the clause's past tense reads: the nearest such day.
_DEADLINES = frozenset({"until", "by", "before", "as-of"})


# Bounds whose day has come: what a text counts "since", what it says was "earlier", the
# day of what happened.
_PASSED = frozenset({"since", "earlier", "happened"})


def bound(expression: Bound, evaluation: Evaluation) -> Span:
    """Value a bounded day as the day; what a text counts 'since' is never ahead of it."""
    if _morning_after_the_story(expression, evaluation):
        # «Пожар потушили к утру», «до ранку», "until morning", counted from a day of the
        # story: the morning that ends its night, the next day's.
        return core.evaluate(PartOfDay("morning", DayShift(1)), evaluation)
    if expression.kind == "as-of" and isinstance(expression.base, PartOfDay):
        return parts.as_of_part(expression.base, evaluation)
    if expression.kind == "local-time":
        outer, evaluation.in_local_time = evaluation.in_local_time, True
        try:
            return core.evaluate(expression.base, evaluation)
        finally:
            evaluation.in_local_time = outer
    if expression.kind in _DEADLINES:
        with evaluation.deadline(PAST_REACH_DAYS, ahead=expression.kind != "as-of"):
            return core.evaluate(expression.base, evaluation)
    if expression.kind == "from" and evaluation.direction != PAST:
        # "A truce starting Monday": the Monday to come, unless told in the past.
        with evaluation.looking_ahead():
            return core.evaluate(expression.base, evaluation)
    if (
        expression.kind == "since"
        and not evaluation.perfect
        and evaluation.direction == PRESENT
        and _scheduled_from(expression.base, evaluation)
    ):
        # «Від 1 листопада ТЦК припиняють…», said on 28 October: a schedule, the coming
        # day; «С 24 февраля войска обстреливают Харьков», said in September: a state
        # since the last one. Only a day a month ahead at most is a schedule's.
        ahead = core.evaluate(expression.base, evaluation)
        if evaluation.day < ahead.start <= evaluation.day + SCHEDULE_REACH:
            return ahead
    if expression.kind not in _PASSED or (
        expression.kind == "since"
        and evaluation.direction == FUTURE
        and not evaluation.perfect
        and not _SINCE.search(evaluation.text)
    ):
        # «С 20 октября будет действовать пауза», "from early on Friday": from a day to
        # come, in a clause that looks ahead; but "since" counts from a day that has come
        # ("the strikes it has waged since Tuesday").
        return core.evaluate(expression.base, evaluation)
    outer, evaluation.not_after_reference = evaluation.not_after_reference, True
    try:
        span = core.evaluate(expression.base, evaluation)
    finally:
        evaluation.not_after_reference = outer
    if expression.kind != "since" and span.start is not None and span.start > evaluation.day:
        # «Раніше, завтра»: what the text says was earlier cannot lie ahead of it.
        raise DateNotUnderstood(f"'{evaluation.text}' says it was earlier, but lies ahead")
    return span


def _morning_after_the_story(expression: Bound, evaluation: Evaluation) -> bool:
    base, reference = expression.base, evaluation.reference
    return (
        expression.kind in _DEADLINES
        and isinstance(base, PartOfDay)
        and base.part == "morning"
        and base.base is None
        and evaluation.from_incident
        # An incident of the small hours has its own morning still to come.
        and (reference.moment is None or reference.moment.hour >= 12)
    )


def _scheduled_from(expression: Expression, evaluation: Evaluation) -> bool:
    """Tell whether «від 1 листопада» in a present clause may be the day to come.

    Russian and Ukrainian tell a schedule in the present («від 1 листопада ТЦК припиняють
    приймати заяви»), as they tell a state lasting since a day: a day and month without a
    year may then be the coming one (`SCHEDULE_REACH`). English puts "since" with a perfect.
    """
    named = isinstance(expression, Calendar) and bool(expression.day and expression.month)
    return named and bool(_CYRILLIC.search(evaluation.text))


_CYRILLIC = re.compile("[\u0400-\u04ff]")
_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)
SCHEDULE_REACH = timedelta(days=31)
