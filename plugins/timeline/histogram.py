"""Count incidents per day, week or month for the timeline's picture of time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from incidents.model import Incident

# The finest unit that keeps the picture within this many bars is used.
MAX_BARS = 120


@dataclass(frozen=True, slots=True)
class Bar:
    """One day, week or month: incidents dated to it, and those whose span only overlaps it."""

    unit: str
    start: date
    end: date
    exact: int
    spanning: int

    @property
    def total(self) -> int:
        return self.exact + self.spanning


def _next(start: date, unit: str) -> date:
    if unit == "day":
        return start + timedelta(days=1)
    if unit == "week":
        return start + timedelta(days=7)
    if unit == "month":
        return (start + timedelta(days=32)).replace(day=1)
    return start.replace(year=start.year + 1)


def _first(day: date, unit: str) -> date:
    if unit == "week":
        return day - timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    if unit == "year":
        return day.replace(month=1, day=1)
    return day


def choose_unit(first: date, last: date, max_bars: int = MAX_BARS) -> str:
    """Return 'day', 'week', 'month' or 'year': the finest that draws first..last in
    max_bars bars (years however many: an archive spans few)."""
    if (last - first).days + 1 <= max_bars:
        return "day"
    if (_first(last, "week") - _first(first, "week")).days // 7 + 1 <= max_bars:
        return "week"
    if (last.year - first.year) * 12 + last.month - first.month + 1 <= max_bars:
        return "month"
    return "year"


def histogram(incidents: list[Incident], max_bars: int = MAX_BARS) -> list[Bar]:
    """Return a bar for every unit from the first incident's to the last's, empty ones too.

    An incident known to one day counts as exact on that day's bar; one whose span runs
    over several days counts as spanning on every bar it overlaps, so that uncertainty
    shows as such rather than as a peak on its first day.
    """
    if not incidents:
        return []
    first = min(incident.date.start for incident in incidents)
    last = max(incident.date.end for incident in incidents)
    unit = choose_unit(first, last, max_bars)
    starts = []
    current = _first(first, unit)
    while current <= last:
        starts.append(current)
        current = _next(current, unit)
    position = {start: index for index, start in enumerate(starts)}
    exact = [0] * len(starts)
    spanning = [0] * len(starts)
    for incident in incidents:
        low = position[_first(incident.date.start, unit)]
        high = position[_first(incident.date.end, unit)]
        if incident.date.start == incident.date.end:
            exact[low] += 1
        else:
            for index in range(low, high + 1):
                spanning[index] += 1
    return [
        Bar(unit, start, _next(start, unit) - timedelta(days=1), exact[i], spanning[i])
        for i, start in enumerate(starts)
    ]
