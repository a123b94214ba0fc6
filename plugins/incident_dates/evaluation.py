"""What an expression is evaluated against: the reference, the sentence, other incidents."""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime

from .resolution import INCIDENT, Reference, ReferenceNeeded, UnknownAnchor
from .tense import FUTURE, PAST, direction, perfect, sets_a_deadline

_UNREAD = object()  # the tense of an Evaluation's sentence, before anything asks for it


@dataclass
class Evaluation:
    """What an expression is evaluated against; records what it used, for the audit trail."""

    text: str
    reference: Reference | None
    context: str
    anchors: Mapping[str, date]
    used_reference: bool = False
    anchor: str | None = None
    # "Since October 7": what a text counts from has happened, however long ago.
    not_after_reference: bool = False
    # How far back a day and month told in the past may lie (None: nearest.py's reach);
    # a pack, or a bound such as "until", shortens it.
    day_past_reach: int | None = None
    # Inside a deadline ("until spring", not "as of") not told in the past: a weekday or
    # season may lie ahead.
    in_deadline: bool = False
    # Told in "local time" (the scene's, not the report's): a weekday may be the day after
    # a report dated in a zone behind it.
    in_local_time: bool = False
    _direction: object = field(default=_UNREAD, repr=False)

    @property
    def from_incident(self) -> bool:
        """Tell whether the text counts from another incident's day, not a report's."""
        return self.reference is not None and self.reference.kind == INCIDENT

    @property
    def perfect(self) -> bool:
        """Tell whether the clause is in a perfect tense ("has waged"): done by now."""
        return perfect(self.context, self.text)

    @property
    def direction(self) -> str | None:
        """Return which way the sentence's tense points; read only if an answer needs it."""
        if self._direction is _UNREAD:
            self._direction = direction(self.context, self.text)
        return self._direction

    @contextmanager
    def deadline(self, reach: int, ahead: bool = True):
        """Read a deadline ("extended until 25 August"): a past clause does not push it back,
        and a day and month reach back only `reach` days; `ahead` (not "as of"): a weekday
        or a season may lie ahead."""
        outer = self._direction, self.day_past_reach, self.in_deadline
        told_in_the_past = self.direction == PAST
        if told_in_the_past:
            self._direction = None
        # "Was under curfew until Sunday" is the last Sunday; "extended it until Sunday",
        # the next one.
        looks_ahead = not told_in_the_past or sets_a_deadline(self.context, self.text)
        self.day_past_reach, self.in_deadline = reach, ahead and looks_ahead
        try:
            yield
        finally:
            self._direction, self.day_past_reach, self.in_deadline = outer

    @contextmanager
    def looking_ahead(self):
        """Read what follows as told of what is to come ("starting Monday")."""
        outer, self._direction = self._direction, FUTURE
        try:
            yield
        finally:
            self._direction = outer

    @property
    def day(self) -> date:
        """Return the reference day, noting that the resolution depends on it."""
        if self.reference is None:
            raise ReferenceNeeded(f"'{self.text}' is relative and needs a reference date")
        self.used_reference = True
        return self.reference.day

    @property
    def moment(self) -> datetime | None:
        """Return the reference's time of publication, if it has one."""
        return self.reference.moment if self.reference else None

    def anchored(self, incident_id: str) -> date:
        """Return the date of another incident this expression counts from."""
        if incident_id not in self.anchors:
            raise UnknownAnchor(incident_id)
        self.anchor = incident_id
        return self.anchors[incident_id]
