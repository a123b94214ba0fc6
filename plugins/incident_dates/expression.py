"""What a date expression means, in no language: the grammar's output, the evaluator's input.

Every grammar, English, Russian or Ukrainian, parses text into these; `evaluate.py` turns
them into calendar days against a reference in one place. `notation()` of an expression
is its canonical form, as exports publish it; `describe()` says it in English for readers.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
PARTS = ("morning", "afternoon", "evening", "night", "early hours", "daytime", "midday")
# Shifts of a weekday or a period: "last Friday", "next week"; None is a bare "Friday".
LAST, THIS, NEXT, PREVIOUS, COMING = "last", "this", "next", "previous", "coming"
UNITS = (
    "second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade", "century",
)  # fmt: skip
# Years in a unit longer than a year.
YEARS_IN = {"year": 1, "decade": 10, "century": 100}
# Units a clock counts: a count of them moves no day unless it adds up to whole days.
CLOCK_UNITS = frozenset({"second", "minute", "hour"})
# How a count with no base was told: "ten days later", «спустя два часа», from a moment
# of the story; "three days before" with nothing after it, from one earlier than it;
# «через два дня», ahead of the reference unless told in the past.
LATER = "later"
EARLIER = "earlier"
IN = "in"


class Expression:
    """A language-free date expression."""

    __slots__ = ()

    def describe(self) -> str:
        """Say what the expression means, in English, for readers."""
        raise NotImplementedError

    def anchors(self) -> tuple[str, ...]:
        """Return the incident ids this expression counts from, wherever they stand in it."""
        found: tuple[str, ...] = ()
        for each in dataclasses.fields(self):
            value = getattr(self, each.name)
            if isinstance(value, Expression):
                found += value.anchors()
        return found

    def notation(self) -> str:
        """Return the expression in the engine's notation, fields left at their default out.

        What exports publish: a field added to the grammar later changes nothing already
        written ("Weekday(weekday=1)", not "Weekday(weekday=1, shift=None)").
        """
        shown = []
        for each in dataclasses.fields(self):
            value = getattr(self, each.name)
            if each.default is not dataclasses.MISSING and value == each.default:
                continue
            text = value.notation() if isinstance(value, Expression) else repr(value)
            shown.append(f"{each.name}={text}")
        return f"{type(self).__name__}({', '.join(shown)})"


def nth(number: int) -> str:
    suffix = (
        "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    return f"{number}{suffix}"


@dataclass(frozen=True, slots=True)
class Calendar(Expression):
    """A day, month or year of the calendar; what is not written is left None.

    `year_shift` is a year counted from the reference's ("June last year": -1); `shift`
    picks a month relative to the reference's month ("last November": -1).
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None
    year_shift: int | None = None
    shift: int | None = None
    # The weekday written beside a date ('Saturday, 24 January'): it picks the year.
    weekday: int | None = None
    # A year written in two figures («03.07.71»): the year ending so nearest the reference.
    year_of_century: int | None = None

    def describe(self) -> str:
        if self.day and not self.month and self.year is None:
            return f"day {self.day} of the month"
        parts = [
            str(self.day) if self.day else "",
            MONTH_NAMES[self.month - 1] if self.month else "",
        ]
        if self.shift is not None:
            parts.insert(0, {-1: "last", 0: "this", 1: "next"}[self.shift])
        parts.append(str(self.year) if self.year is not None else "")
        if self.year_of_century is not None:
            parts.append(f"'{self.year_of_century:02d}")
        if self.year_shift is not None:
            parts.append({-1: "last year", 0: "this year", 1: "next year"}.get(self.year_shift, ""))
        return " ".join(part for part in parts if part) or "a date"


@dataclass(frozen=True, slots=True)
class Weekday(Expression):
    """A day of the week, bare ('Friday': the clause's tense decides) or shifted."""

    weekday: int
    shift: str | None = None

    def describe(self) -> str:
        name = WEEKDAY_NAMES[self.weekday]
        return f"{self.shift} {name}" if self.shift else name


@dataclass(frozen=True, slots=True)
class DayShift(Expression):
    """A day counted from the reference or from another day: yesterday, the day before."""

    days: int
    base: Expression | None = None
    # The weekday the text says the day is ("yesterday, Friday"), checked, never used.
    weekday: int | None = None

    def describe(self) -> str:
        if self.base is None:
            return {
                0: "that day",
                -1: "the day before",
                1: "the day after",
                -2: "two days before",
            }.get(self.days, f"{abs(self.days)} days {'after' if self.days > 0 else 'before'}")
        word = "after" if self.days > 0 else "before"
        count = "the day" if abs(self.days) == 1 else f"{abs(self.days)} days"
        return f"{count} {word} {self.base.describe()}" if self.days else self.base.describe()


@dataclass(frozen=True, slots=True)
class DayAfterStory(Expression):
    """The day after the story's: an incident's next day, but a report's own day, as
    reports tell "the morning after" the night before them."""

    def describe(self) -> str:
        return "the day after"


@dataclass(frozen=True, slots=True)
class Relative(Expression):
    """A week, weekend, month, year or decade shifted from the reference: 'last week'."""

    unit: str
    shift: int = 0

    def describe(self) -> str:
        word = {0: "this", -1: "last", 1: "next"}.get(self.shift, f"{self.shift:+d}")
        return f"{word} {self.unit}"


@dataclass(frozen=True, slots=True)
class Offset(Expression):
    """A count of units before or after the reference or a base: 'three days ago'."""

    count: int | None  # None: "a few", "several"
    unit: str
    sign: int
    base: Expression | None = None
    exact: bool = False  # "exactly ten years ago": that very day
    told: str | None = None  # LATER, EARLIER, IN, or None: counted from the reference or base

    def describe(self) -> str:
        amount = "a few" if self.count is None else str(self.count)
        unit = self.unit if self.count == 1 else f"{self.unit}s"
        if self.base is None:
            return f"{amount} {unit} {'ago' if self.sign < 0 else 'later'}"
        return f"{amount} {unit} {'before' if self.sign < 0 else 'after'} {self.base.describe()}"


@dataclass(frozen=True, slots=True)
class Event(Expression):
    """An event the text names but does not date ('the dam breach'): on the day counted from.

    `of_the_story`: only an incident's day can be its day («накануне выборов» counted
    from a report could be any election's eve)."""

    words: str
    of_the_story: bool = False

    def describe(self) -> str:
        return self.words


@dataclass(frozen=True, slots=True)
class CountedDay(Expression):
    """'The 120th day', «791-ша доба»: day N since `start` (day 1), which the sentence names
    (None until the resolver has read it)."""

    number: int
    start: Expression | None = None

    def describe(self) -> str:
        if self.start is None:
            return f"day {self.number} of something not named"
        return f"day {self.number} since {self.start.describe()}"


@dataclass(frozen=True, slots=True)
class Invasion(Expression):
    """The first day of Russia's full-scale invasion of Ukraine, 24 February 2022."""

    def describe(self) -> str:
        return "the start of the full-scale invasion"


@dataclass(frozen=True, slots=True)
class Anniversary(Expression):
    """'The first anniversary of the tragedy', «к годовщине войны»: the day `years` years
    after what it is the anniversary of (None: the one the text is told on)."""

    years: int | None
    base: Expression

    def describe(self) -> str:
        which = f"{nth(self.years)} " if self.years else ""
        return f"the {which}anniversary of {self.base.describe()}"


@dataclass(frozen=True, slots=True)
class InTime(Expression):
    """'In two weeks': a date ahead when the clause speaks of the future, else a duration."""

    count: int | None
    unit: str

    def describe(self) -> str:
        amount = "a few" if self.count is None else str(self.count)
        return f"in {amount} {self.unit}{'s' if self.count != 1 else ''}"


@dataclass(frozen=True, slots=True)
class Anchor(Expression):
    """The date of another incident of the archive, by its id."""

    incident_id: str

    def describe(self) -> str:
        return "another incident"

    def anchors(self) -> tuple[str, ...]:
        return (self.incident_id,)


@dataclass(frozen=True, slots=True)
class PartOfDay(Expression):
    """A part of a day: of the day named, or, bare, of the reference's day."""

    part: str
    base: Expression | None = None

    def describe(self) -> str:
        if self.part == "early hours":
            return f"the early hours of {self.base.describe()}" if self.base else "the early hours"
        return f"{self.base.describe()}, {self.part}" if self.base else f"the {self.part}"


@dataclass(frozen=True, slots=True)
class Night(Expression):
    """A night: of a day (from its evening), or before a day («в ночь на»); bare, the last."""

    base: Expression | None = None
    before: bool = False
    late: bool = False  # just before its midnight ("shortly before midnight")

    def describe(self) -> str:
        if self.late:
            return f"shortly before midnight{' of ' + self.base.describe() if self.base else ''}"
        if self.base is None:
            return "the night before"
        return f"the night {'before' if self.before else 'of'} {self.base.describe()}"


@dataclass(frozen=True, slots=True)
class Edge(Expression):
    """The early, middle or late part of a month, week or year, valued as the whole."""

    edge: str  # "early", "mid", "late"
    base: Expression

    def describe(self) -> str:
        return f"{self.edge} {self.base.describe()}"


@dataclass(frozen=True, slots=True)
class Clock(Expression):
    """A time of day, with its zone where the text gives one, on a day or the reference's."""

    hour: int
    minute: int = 0
    zone: str | None = None  # an IANA zone name, or a fixed offset as '+03:00'
    base: Expression | None = None

    def describe(self) -> str:
        when = f"{self.hour:02d}:{self.minute:02d}" + (f" ({self.zone})" if self.zone else "")
        return f"{self.base.describe()}, {when}" if self.base else when


@dataclass(frozen=True, slots=True)
class Interval(Expression):
    """Several days, from the first expression's first day to the last one's last day."""

    first: Expression
    last: Expression

    def describe(self) -> str:
        return f"from {self.first.describe()} to {self.last.describe()}"


@dataclass(frozen=True, slots=True)
class Holiday(Expression):
    """A named day: fixed ('Victory Day') or moving with the year ('Orthodox Easter')."""

    key: str
    year: int | None = None
    shift: int | None = None  # -1 "last Christmas", 1 "next Easter"
    # The first occurrence on or after this day: the end of Ramadan that follows its start.
    following: Expression | None = None
    year_shift: int | None = None  # a year counted from the reference's: "last year's Easter"

    def describe(self) -> str:
        from .holidays import HOLIDAY_NAMES

        name = HOLIDAY_NAMES[self.key]
        if self.year_shift is not None:
            year = {-1: "last year", 0: "this year", 1: "next year"}.get(self.year_shift, "")
            return f"{name} {year}".strip()
        return f"{name} {self.year}" if self.year else name


@dataclass(frozen=True, slots=True)
class Vague(Expression):
    """A direction in time with no bounds on one side: recently, now, soon."""

    direction: str  # "PAST_REF", "PRESENT_REF", "FUTURE_REF"
    # "Then", «тогда»: the time the text is about, which a day of its story names.
    then: bool = False
    # "Later", «згодом»: ahead, or, told in the past («Згодом вони перемістилися»), later
    # on the day the text counts from.
    later: bool = False

    def describe(self) -> str:
        return {"PAST_REF": "before then", "PRESENT_REF": "then", "FUTURE_REF": "after then"}[
            self.direction
        ]


@dataclass(frozen=True, slots=True)
class Duration(Expression):
    """A length of time, not a place on the calendar: 'for three days', «протягом доби»."""

    count: int | float | None
    unit: str
    # The smaller units that follow: «6 лет 7 месяцев» is (6, "year") then ((7, "month"),).
    more: tuple[tuple[int | float, str], ...] = ()

    def describe(self) -> str:
        parts = [(self.count, self.unit), *self.more]
        return " and ".join(
            f"{'some' if count is None else count} {unit}{'s' if count != 1 else ''}"
            for count, unit in parts
        )


@dataclass(frozen=True, slots=True)
class Bound(Expression):
    """A day or period with a word that bounds it ('since', 'by', 'as of'), valued as it."""

    kind: str
    base: Expression

    def describe(self) -> str:
        if self.kind in CHOOSING_BOUNDS:
            return self.base.describe()
        return f"{self.kind.replace('-', ' ')} {self.base.describe()}"


@dataclass(frozen=True, slots=True)
class Either(Expression):
    """Two readings of figures whose order is not known ('Monday, 2/6/23': 2 June or 6
    February): the one on the weekday written beside it, else the one nearest the reference."""

    first: Expression
    second: Expression
    weekday: int | None = None

    def describe(self) -> str:
        return f"{self.first.describe()} or {self.second.describe()}"


# Bounds that only choose which of the days a text may mean lies before the reference:
# «ранее, в сентябре», «удар 30 жовтня»; what they bound reads as it is.
CHOOSING_BOUNDS = frozenset({"earlier", "happened"})
