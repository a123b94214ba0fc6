"""Expressions of periods longer than a day: seasons, quarters, decades, centuries and the
week that holds a day."""

from __future__ import annotations

from dataclasses import dataclass

from .expression import Expression, nth


@dataclass(frozen=True, slots=True)
class Season(Expression):
    """A season of a year, or of the year shifted from the reference."""

    season: str  # "SP", "SU", "FA", "WI"
    year: int | None = None
    shift: int | None = None
    completed: bool = False  # "this past winter": the latest one that has ended

    def describe(self) -> str:
        name = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}[self.season]
        if self.year is not None:
            return f"{name} {self.year}"
        if self.completed:
            return f"this past {name}"
        return {None: name, -1: f"last {name}", 0: f"this {name}", 1: f"next {name}"}[self.shift]


@dataclass(frozen=True, slots=True)
class Quarter(Expression):
    """A quarter (or, with `half`, a half) of a year; the year shifted or written."""

    number: int
    year: int | None = None
    shift: int | None = None
    half: bool = False
    latest: bool = False  # "the latest quarter": the last one completed

    def describe(self) -> str:
        unit = "half" if self.half else "quarter"
        if self.latest:
            return f"the latest {unit}"
        year = f" of {self.year}" if self.year else ""
        return f"the {nth(self.number)} {unit}{year}"


@dataclass(frozen=True, slots=True)
class Decade(Expression):
    """The ten years from `start` (a multiple of ten)."""

    start: int

    def describe(self) -> str:
        return f"the {self.start}s"


@dataclass(frozen=True, slots=True)
class Century(Expression):
    """A century by its ordinal: 20 is the 1900s."""

    number: int

    def describe(self) -> str:
        return f"the {nth(self.number)} century"


@dataclass(frozen=True, slots=True)
class WeekOf(Expression):
    """The week (Monday to Sunday) that holds a day: 'the week of March 6'."""

    day: Expression

    def describe(self) -> str:
        return f"the week of {self.day.describe()}"
