"""Spans the languages share: from one day to another, days of one month, parts of days
joined, the first or last day of a month."""

from __future__ import annotations

from calendar import monthrange
from dataclasses import replace

from ..expression import Calendar, DayShift, Edge, Interval, Night, Offset, PartOfDay, Weekday


def day_span(first, last):
    """'Thursday and Friday', «с понедельника по среду»: a span, the last day ending it."""
    if isinstance(first, Weekday) and isinstance(last, Weekday):
        # Two weekdays: the last is the one the reference gives, the first comes before it.
        if first.shift or last.shift:
            return None
        gap = (last.weekday - first.weekday) % 7
        return Interval(Offset(gap, "day", -1, last), last) if gap else None
    return Interval(first, last)


def parts_and(first, last):
    """«Вночі та вранці 19 листопада», "Monday night and Tuesday morning": parts of days
    joined. The day named once, at the end, is both parts' day; two days named, the span
    from one to the other."""
    first_day, last_day = _part_day(first), _part_day(last)
    if first_day is _NOT_A_PART or last_day is _NOT_A_PART or last_day is None:
        return None
    if first_day is None:
        return DayShift(0, last_day)
    return Interval(first_day, last_day)


def bare_parts_and(first, last):
    """«Утром и вечером», «минувшие вечер и ночь»: parts naming no day are the reference's
    day, and an evening and the night after it that night. A day after them is not theirs
    («ввечері та вночі 23 квітня» is the 23rd, by `parts_and`), so this reading is kept
    apart (key "joined-parts") from the rules that date a part."""
    if _part_day(first) is not None or _part_day(last) is not None:
        return None
    return last if isinstance(last, Night) else DayShift(0)


_NOT_A_PART = object()


def _part_day(part):
    """Return the day a part of a day or a night belongs to: None if bare."""
    if isinstance(part, PartOfDay | Night):
        return part.base
    return _NOT_A_PART


def month_edge_day(edge: str, month):
    """'The last day of August', «в предпоследний день декабря»: that day of the month
    named ("first", "last" or "penultimate"). February's last days need its year."""
    if not (isinstance(month, Calendar) and month.month and month.day is None):
        return None
    if edge == "first":
        return replace(month, day=1)
    if month.month == 2 and month.year is None:
        return None
    year = month.year if month.year is not None else 2001  # any year but a leap year's
    last = monthrange(year, month.month)[1]
    return replace(month, day=last - 1 if edge == "penultimate" else last)


def edge_days(edge: str, base):
    """'The first days of May', «в первые дни 2022 года»: the early or late days of a month;
    of a year, those of its first or last month."""
    if not isinstance(base, Calendar) or base.day is not None:
        return None
    if base.month is None:
        if base.year is None:
            return None
        base = replace(base, month=1 if edge == "early" else 12)
    return Edge(edge, base)


def same_month(first: int, last):
    """'22-23 May': the first day takes the last one's month and year."""
    if isinstance(last, Calendar) and last.day and 1 <= first <= 31:
        return Interval(Calendar(last.year, last.month, first, last.year_shift), last)
    return None


def months_and(first, last):
    """'January and May 2014', «в январе и мае 2014 года»: two months listed. Next to each
    other they are one span; apart, the first (its year the last one's, if not its own)."""
    months = isinstance(first, Calendar) and isinstance(last, Calendar)
    if not (months and first.month and last.month and first.day is None and last.day is None):
        return None
    undated = first.year is None and first.year_shift is None
    if (
        undated
        and last.year is None
        and last.year_shift is None
        and (first.month, last.month) == (12, 1)
    ):
        return Interval(first, last)  # "December and January": the nearest such winter
    if undated:
        first = replace(first, year=last.year, year_shift=last.year_shift)
    if (first.year, first.year_shift) != (last.year, last.year_shift) or first.month >= last.month:
        return None
    return Interval(first, last) if last.month == first.month + 1 else first
