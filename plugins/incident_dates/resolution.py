"""What a resolved date is: the value, its bounds, its precision and its provenance."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

PART_OF_DAY = "part-of-day"
DAY = "day"
DAYS = "days"
WEEK = "week"
MONTH = "month"
QUARTER = "quarter"
SEASON = "season"
YEAR = "year"
DECADE = "decade"
CENTURY = "century"
# "recently", "now", "soon": a direction from the reference, with no bounds on one side.
VAGUE = "vague"
PRECISIONS = (PART_OF_DAY, DAY, DAYS, WEEK, MONTH, QUARTER, SEASON, YEAR, DECADE, CENTURY, VAGUE)
PARTS_OF_DAY = {"TMO": "morning", "TAF": "afternoon", "TEV": "evening", "TNI": "night"}


class DateNotUnderstood(ValueError):
    """The text is not a date expression the resolver knows, or lacks what it needs."""


class ReferenceNeeded(DateNotUnderstood):
    """The text is relative and no reference date was given."""


@dataclass(frozen=True, slots=True)
class Resolution:
    """A date expression resolved to calendar days, with how it was resolved.

    `start` and `end` are the earliest and latest day the expression can mean
    (None where a vague reference is open: "recently" has no earliest day),
    both included; `reference` names what a relative expression was resolved
    against (a source id, or an incident id for anchored dates) and
    `reference_date` is that reference's date.
    """

    text: str
    value: str
    start: date | None
    end: date | None
    precision: str
    rule: str
    reference: str | None = None
    reference_date: date | None = None

    @property
    def is_relative(self) -> bool:
        """Tell whether the expression needed a reference to be resolved."""
        return self.reference_date is not None

    @property
    def part_of_day(self) -> str | None:
        """Return 'morning', 'afternoon', 'evening' or 'night' when the value names one."""
        return PARTS_OF_DAY.get(self.value[-3:]) if "T" in self.value else None

    def as_dict(self) -> dict:
        """Return a JSON-ready mapping of every field."""
        return {
            "text": self.text,
            "value": self.value,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "precision": self.precision,
            "rule": self.rule,
            "reference": self.reference,
            "reference_date": self.reference_date.isoformat() if self.reference_date else None,
        }
