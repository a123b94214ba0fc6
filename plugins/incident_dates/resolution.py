"""What a resolved date is: the value, its bounds, its precision and its provenance."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

TIME = "time"
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
# "for three days": a length of time, not a place on the calendar.
DURATION = "duration"
PRECISIONS = (
    TIME,
    PART_OF_DAY,
    DAY,
    DAYS,
    WEEK,
    MONTH,
    QUARTER,
    SEASON,
    YEAR,
    DECADE,
    CENTURY,
    VAGUE,
    DURATION,
)
PARTS_OF_DAY = {"TMO": "morning", "TAF": "afternoon", "TEV": "evening", "TNI": "night"}

SOURCE = "source"
INCIDENT = "incident"
DATE = "date"


class DateNotUnderstood(ValueError):
    """The text is not a date expression the resolver knows, or lacks what it needs."""

    def __init__(self, message: str, understood: tuple[str, ...] = (), suggestion: str = ""):
        super().__init__(message)
        self.understood = understood
        self._suggestion = suggestion

    @property
    def suggestion(self) -> str:
        """Return the nearest form that resolves, or what to do instead; '' if none."""
        return self._suggestion


class ReferenceNeeded(DateNotUnderstood):
    """The text is relative and no reference date was given."""


class UnknownAnchor(DateNotUnderstood):
    """The expression counts from an incident id that no incident has."""

    def __init__(self, incident_id: str):
        super().__init__(f"no incident '{incident_id}' to count from")
        self.incident_id = incident_id


@dataclass(frozen=True, slots=True)
class Reference:
    """What a relative expression counts from: a source's publication, an incident, a day.

    `moment` is the publication time where a source gives one (with its zone); `day` is
    the calendar day the expression counts from.
    """

    kind: str
    day: date
    id: str | None = None
    moment: datetime | None = None

    def as_dict(self) -> dict:
        """Return a JSON-ready mapping."""
        return {
            "kind": self.kind,
            "id": self.id,
            "date": self.day.isoformat(),
            "time": self.moment.isoformat() if self.moment else None,
        }


@dataclass(frozen=True, slots=True)
class Resolution:
    """A date expression resolved to calendar days, with how it was resolved.

    `start` and `end` are the earliest and latest day the expression can mean (None
    where a vague reference is open: "recently" has no earliest day), both included.
    `rules` names every grammar rule that composed the answer, outermost first, and
    `expression` is the language-free meaning they built; `reference` is what a relative
    expression was resolved against. `moment` is the instant of a time of day (aware
    when the text gives its zone). `stated_value` is set when the file gave the value
    explicitly beside the wording. `passed_over` are the words of the text that were not
    read, when the date was found within words that mean nothing to dates.
    """

    text: str
    value: str
    start: date | None
    end: date | None
    precision: str
    rules: tuple[str, ...]
    expression: object = None  # the Expression the rules built; None for a stated value
    reference: Reference | None = None
    moment: datetime | None = None
    stated_value: bool = False
    passed_over: tuple[str, ...] = ()

    @property
    def rule(self) -> str:
        """Return the outermost rule: the one that produced the whole expression."""
        return self.rules[0] if self.rules else ""

    @property
    def is_relative(self) -> bool:
        """Tell whether the expression needed a reference to be resolved."""
        return self.reference is not None

    @property
    def reference_date(self) -> date | None:
        """Return the day the expression was resolved against, if it needed one."""
        return self.reference.day if self.reference else None

    @property
    def reference_id(self) -> str | None:
        """Return the id of the source or incident resolved against, if any."""
        return self.reference.id if self.reference else None

    @property
    def anchor_id(self) -> str | None:
        """Return the id of the incident this date counts from, if it counts from one."""
        return self.reference.id if self.reference and self.reference.kind == INCIDENT else None

    @property
    def description(self) -> str:
        """Say in English what the expression was read as: 'the night before Saturday'."""
        return self.expression.describe() if self.expression is not None else self.value

    @property
    def part_of_day(self) -> str | None:
        """Return 'morning', 'afternoon', 'evening' or 'night' when the value names one."""
        return PARTS_OF_DAY.get(self.value[-3:]) if "T" in self.value else None

    def as_dict(self) -> dict:
        """Return a JSON-ready mapping of every field."""
        reference = self.reference
        return {
            "text": self.text,
            "value": self.value,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "precision": self.precision,
            "rule": self.rule,
            "rules": list(self.rules),
            "expression": self.expression.notation() if self.expression is not None else None,
            "time": self.moment.isoformat() if self.moment else None,
            "reference": reference.id if reference else None,
            "reference_kind": reference.kind if reference else None,
            "reference_date": reference.day.isoformat() if reference else None,
            "stated_value": self.stated_value,
            "passed_over": list(self.passed_over),
        }
