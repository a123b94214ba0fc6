"""Resolve date expressions as news reports write them, against a reference date.

The text is first put in a canonical form (lower case, Russian and Ukrainian words
translated, numbers as digits); then each rule, a full-match pattern and a function
that turns the match into a Span, is tried in order, most specific first. The rule
that matched is recorded in the Resolution, so every answer can be audited.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from . import calendar_units as units
from .calendar_units import PART_OF_DAY_CODES, SEASON_CODES, Span
from .lexicon import MONTHS, SKIPPED, TRANSLATIONS, WEEKDAYS
from .resolution import (
    DAYS,
    PART_OF_DAY,
    VAGUE,
    DateNotUnderstood,
    ReferenceNeeded,
    Resolution,
)
from .tense import FUTURE, PAST, PRESENT, direction

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "a couple of": 2, "a couple": 2, "couple of": 2, "a few": 3, "few": 3, "several": 3,
}  # fmt: skip
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}  # fmt: skip
# "a few", "several": an offset too vague for a day; resolved to the unit's granularity.
VAGUE_COUNTS = {"a few", "few", "several"}
PRESENT_WORDS = (
    "now|right now|just now|currently|current|at present|presently|at the moment|nowadays"
    "|these days|the present|the present time|this time|the moment|today's|for now|already|yet"
    "|this [a-z]+ moment|the current time"
)
PAST_WORDS = (
    "recently|more recently|most recently|recent|lately|the past|in the past|previously|formerly"
    "|earlier|once|in recent times|the past several (?:days|weeks|months|quarters|years)"
    "|past (?:days|weeks|months|years)|recent (?:weeks|months) and (?:weeks|months)"
    "|the time|at the time|at that time|then current|then-current"
    "|recent (?:days|weeks|months|years)|in recent (?:days|weeks|months|years)"
    "|the last few (?:days|weeks|months|years)|the other day|some time ago|years ago"
    "|the past few (?:days|weeks|months|years)|not long ago|a while ago"
)
FUTURE_WORDS = (
    "soon|the future|future|in the future|the near future|eventually|later|shortly|someday"
    "|the coming (?:days|weeks|months|years)|in the coming (?:days|weeks|months|years)"
    "|the days ahead|the years ahead|in the days ahead|in the years ahead"
    "|(?:the )?(?:coming|future|next few|upcoming) (?:days|weeks|months|quarters|years)"
    "|the near term|the long term|the short term|a year or two|one day|some day"
    "|as soon as possible|a later date|at a later date|later on"
)
UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14}
PAST_REACH_DAYS = 274


@dataclass
class When:
    """What a rule may resolve against; records what it did use, for the audit trail."""

    text: str
    reference_date: date | None
    direction: str | None
    anchors: Mapping[str, date]
    about_quarters: bool = False
    used_reference: bool = False
    anchor: str | None = None

    @property
    def reference(self) -> date:
        """Return the reference date, noting that the resolution depends on it."""
        if self.reference_date is None:
            raise ReferenceNeeded(f"'{self.text}' is relative and needs a reference date")
        self.used_reference = True
        return self.reference_date

    def anchored(self, incident_id: str) -> date:
        """Return the date of another incident this expression is anchored to."""
        if incident_id not in self.anchors:
            raise UnknownAnchor(incident_id)
        self.anchor = incident_id
        return self.anchors[incident_id]


class UnknownAnchor(DateNotUnderstood):
    """The expression is anchored to an incident id that has no date."""

    def __init__(self, incident_id: str):
        super().__init__(f"no incident '{incident_id}' to count from")
        self.incident_id = incident_id


@dataclass(frozen=True)
class Rule:
    """A named pattern and the function that resolves its matches."""

    name: str
    pattern: re.Pattern
    apply: Callable[[re.Match, When], Span]


def normalize(text: str) -> str:
    """Lower-case, unify apostrophes and dashes, fold spaces, drop closing punctuation."""
    text = text.replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
    text = re.sub(r"\s+", " ", text.strip().lower())
    return text.rstrip(".,;:!?")


_UNITS_WORDS = "one|two|three|four|five|six|seven|eight|nine"
_TENS_WORDS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_TEENS_WORDS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_SPOKEN_YEAR = re.compile(
    rf"\b(?P<century>nineteen|twenty) (?:(?P<tens>{_TENS_WORDS})(?:[- ](?P<unit>{_UNITS_WORDS}))?"
    rf"|(?P<teen>{_TEENS_WORDS}))\b|\b(?:the year )?two thousand(?: and (?P<unit2>{_UNITS_WORDS}))?\b"
    rf"|\bthe (?P<decade>{_TENS_WORDS.replace('y', '')})ies\b"
)


def _spoken_years(text: str) -> str:
    """Write years said in words as digits: 'nineteen ninety-six' is 1996, 'the nineties' 1990s."""

    def digits(match: re.Match) -> str:
        if match["decade"]:
            return f"the 19{_TENS_WORDS.replace('y', '').split('|').index(match['decade']) + 2}0s"
        if match["century"] is None:
            unit = match["unit2"]
            return str(2000 + (NUMBER_WORDS[unit] if unit else 0))
        century = 1900 if match["century"] == "nineteen" else 2000
        if match["teen"]:
            return str(century + 10 + _TEENS_WORDS.split("|").index(match["teen"]))
        tens = 10 * (_TENS_WORDS.split("|").index(match["tens"]) + 2)
        return str(century + tens + (NUMBER_WORDS[match["unit"]] if match["unit"] else 0))

    return _SPOKEN_YEAR.sub(digits, text)


_DAY_ORDINAL_WORDS = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth",
]  # fmt: skip
DAY_ORDINALS = {word: number for number, word in enumerate(_DAY_ORDINAL_WORDS, start=1)}
DAY_ORDINALS.update(
    {f"twenty-{word}": 20 + number for word, number in list(DAY_ORDINALS.items())[:9]}
    | {"thirtieth": 30, "thirty-first": 31}
)
_ORDINAL_DAY = "|".join(sorted(DAY_ORDINALS, key=len, reverse=True))
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
# Only beside a month name is "eighth" a day: "the second quarter" keeps its word.
_SPOKEN_DAY = re.compile(
    rf"\b(?:(?P<month>{_MONTH_NAMES}) (?:the )?(?P<day>{_ORDINAL_DAY})"
    rf"|(?:the )?(?P<day2>{_ORDINAL_DAY}) of (?P<month2>{_MONTH_NAMES}))\b"
)


def _spoken_days(text: str) -> str:
    """Write days said in words as digits: 'March eighth' is 'March 8'."""

    def digits(match: re.Match) -> str:
        if match["month"]:
            return f"{match['month']} {DAY_ORDINALS[match['day']]}"
        return f"{DAY_ORDINALS[match['day2']]} {match['month2']}"

    return _SPOKEN_DAY.sub(digits, text)


def canonicalize(text: str) -> str:
    """Return the form rules match: English words, digits, no possessives or stray dots."""
    text = normalize(text)
    text = re.sub(r"(?<=[a-z])'s\b|(?<=s)'(?= )", "", text)
    text = re.sub(r"\b([a-z]{2,5})\.", r"\1", text)
    text = re.sub(r"\bmid-", "mid ", text)
    text = _spoken_years(text)
    text = re.sub(r"(\d)(?:st|nd|rd|th)\b(?! (?:quarter|half|century))", r"\1", text)
    text = text.replace(",", " ")
    words = [TRANSLATIONS.get(word, word) for word in text.split() if word not in SKIPPED]
    return _spoken_days(" ".join(words))


# --- Shared pieces of patterns -------------------------------------------------------

_WEEKDAY = "(?:" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + ")"
_MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
_PART = "(?:morning|afternoon|evening|night|mid afternoon|mid morning)"
_NUMBER = r"(?:\d+|" + "|".join(sorted(map(re.escape, NUMBER_WORDS), key=len, reverse=True)) + ")"
_ISO_DAY = r"\d{4}-\d{2}-\d{2}"
_SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"
_YEAR = r"(?:1[0-9]{3}|20[0-9]{2})"


def _count(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word]


def _part_code(part: str) -> str:
    return PART_OF_DAY_CODES[part.replace("mid ", "")]


def _calendar_day(year: int, month: int, day: int, text: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise DateNotUnderstood(f"'{text}' is not a day of the calendar") from None


def _most_recent(weekday: int, reference: date) -> date:
    """Return the most recent `weekday` on or before `reference`."""
    return reference - timedelta(days=(reference.weekday() - weekday) % 7)


def _next(weekday: int, reference: date) -> date:
    """Return the first `weekday` after `reference`."""
    return reference + timedelta(days=(weekday - reference.weekday() - 1) % 7 + 1)


def _nearest_year(when: When, candidate: Callable[[int], date], tense: bool = True) -> int:
    """Choose the year of a day or month written without one, in the tense's direction."""
    reference = when.reference
    years = (reference.year - 1, reference.year, reference.year + 1)
    if tense and when.direction == FUTURE:
        return next(y for y in years if candidate(y) >= reference - timedelta(days=1))
    if tense and when.direction == PAST:
        # A past verb reaches back at most nine months: "in March" said in November is
        # last March, but "in November" said in October is rarely a year ago.
        latest = [y for y in years if candidate(y) <= reference + timedelta(days=1)][-1]
        if (reference - candidate(latest)).days <= PAST_REACH_DAYS:
            return latest
    return min(years, key=lambda y: abs((candidate(y) - reference).days))


def _part_of_day(span: Span, part: str | None) -> Span:
    if not part:
        return span
    return span._replace(value=span.value + _part_code(part), precision=PART_OF_DAY)


# --- Rules ---------------------------------------------------------------------------


def _iso(text: str, when: When) -> date:
    year, month, day = (int(part) for part in text.split("-"))
    return _calendar_day(year, month, day, when.text)


def _iso_day(match: re.Match, when: When) -> Span:
    return units.day(_iso(match["day"], when))


def _iso_interval(match: re.Match, when: When) -> Span:
    return _interval(_iso(match["start"], when), _iso(match["end"], when), when)


def _interval(start: date, end: date, when: When) -> Span:
    if end < start:
        raise DateNotUnderstood(f"'{when.text}' ends before it starts")
    if start == end:
        return units.day(start)
    return Span(f"{start.isoformat()}/{end.isoformat()}", start, end, DAYS)


def _iso_month(match: re.Match, when: When) -> Span:
    month = int(match["month"])
    if not 1 <= month <= 12:
        raise DateNotUnderstood(f"'{when.text}' has no month {month}")
    return units.month(int(match["year"]), month)


def _year(match: re.Match, when: When) -> Span:
    return units.year(int(match["year"]))


def _decade(match: re.Match, when: When) -> Span:
    return units.decade(int(match["decade"]) * 10)


def _century(match: re.Match, when: When) -> Span:
    return units.century(int(match["century"]) - 1)


def _calendar_date(match: re.Match, when: When) -> Span:
    month, day = MONTHS[match["month"]], int(match["day"])
    if match["year"]:
        return units.day(_calendar_day(int(match["year"]), month, day, when.text))
    if (month, day) == (2, 29):
        return units.day(_leap_day(when))
    _calendar_day(2000, month, day, when.text)
    # News dates without a year are near their story: the nearest such day, either side.
    year = _nearest_year(when, lambda y: date(y, month, day), tense=True)
    return units.day(date(year, month, day))


def _leap_day(when: When) -> date:
    """Return the 29 February nearest the reference in the tense's direction."""
    reference = when.reference
    step = 1 if when.direction == FUTURE else -1
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


def _day_range(match: re.Match, when: When) -> Span:
    month = MONTHS[match["month"]]
    first, last = int(match["first"]), int(match["last"])
    year = (
        int(match["year"])
        if match["year"]
        else _nearest_year(when, lambda y: date(y, month, min(first, 28)))
    )
    return _interval(
        _calendar_day(year, month, first, when.text),
        _calendar_day(year, month, last, when.text),
        when,
    )


def _month(match: re.Match, when: When) -> Span:
    month = MONTHS[match["month"]]
    modifier = match["modifier"] or ""
    if match["year"]:
        year = _year_of(match["year"], when)
    elif modifier in ("last", "past", "previous"):
        reference = when.reference
        year = reference.year if month < reference.month else reference.year - 1
    elif modifier in ("next", "coming"):
        reference = when.reference
        year = reference.year if month > reference.month else reference.year + 1
    elif modifier == "this":
        year = when.reference.year
    else:
        # The nearest such month, unless the clause speaks of what is to come.
        year = _nearest_year(when, lambda y: date(y, month, 15), tense=True)
    part = {"beginning": "early", "middle": "mid", "end": "late"}.get(match["part"], match["part"])
    return units.month_part(year, month, part) if part else units.month(year, month)


def _relative_day(match: re.Match, when: When) -> Span:
    offsets = {
        "today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
        "the day before yesterday": -2, "the day after tomorrow": 2,
        "last night": -1, "this": 0,
    }  # fmt: skip
    word = match["word"]
    day = when.reference + timedelta(days=offsets[word])
    part = match["part"] or ("night" if word in ("tonight", "last night") else None)
    return _part_of_day(units.day(day), part)


def _weekday(match: re.Match, when: When) -> Span:
    weekday = WEEKDAYS[match["weekday"]]
    reference = when.reference
    modifier = match["modifier"] or ""
    if modifier in ("previous", "the previous"):
        # "down from the previous Friday": the one before the Friday the story is about.
        day = _most_recent(weekday, reference) - timedelta(weeks=1)
    elif modifier in ("last", "past"):
        day = reference - timedelta(days=(reference.weekday() - weekday - 1) % 7 + 1)
    elif modifier in ("next", "coming", "this coming"):
        day = _next(weekday, reference)
    elif modifier == "this":
        day = reference + timedelta(days=weekday - reference.weekday())
    elif when.direction == FUTURE:
        day = reference + timedelta(days=(weekday - reference.weekday()) % 7)
    else:
        day = _most_recent(weekday, reference)
    return _part_of_day(units.day(day), match["part"])


def _night_span(match: re.Match, when: When) -> Span:
    first, second = WEEKDAYS[match["first"]], WEEKDAYS[match["second"]]
    if second != (first + 1) % 7:
        raise DateNotUnderstood(
            f"'{when.text}' names a night between days that do not follow each other"
        )
    # The night is over by the time it is reported: its morning is on or before the reference.
    end = _most_recent(second, when.reference)
    start = end - timedelta(days=1)
    return Span(f"{start.isoformat()}TNI", start, end, PART_OF_DAY)


def _part_alone(match: re.Match, when: When) -> Span:
    return _part_of_day(units.day(when.reference), match["part"])


_SHIFT = {
    "this": 0, "the": 0, "current": 0, "the current": 0, "earlier this": 0, "later this": 0,
    "last": -1, "the past": -1, "the previous": -1, "past": -1, "previous": -1,
    "next": 1, "the coming": 1, "the next": 1, "coming": 1, "the following": 1,
    "the same": 0, "that": 0,
}  # fmt: skip


def _relative_week(match: re.Match, when: When) -> Span:
    day = when.reference + timedelta(weeks=_SHIFT[match["modifier"]])
    return units.week(day)


def _weekend(match: re.Match, when: When) -> Span:
    reference = when.reference
    modifier = match["modifier"] or ""
    if modifier == "next" or (modifier in ("this", "") and when.direction == FUTURE):
        return units.weekend(reference + timedelta(days=(5 - reference.weekday()) % 7))
    if modifier == "last" and reference.weekday() >= 5:
        return units.weekend(reference - timedelta(weeks=1))
    # The weekend just past: that of the previous week unless the reference is in one.
    if reference.weekday() >= 5:
        return units.weekend(reference)
    return units.weekend(reference - timedelta(weeks=1))


def _relative_month(match: re.Match, when: When) -> Span:
    shifted = units.add_months(when.reference.replace(day=1), _SHIFT[match["modifier"]])
    return units.month(shifted.year, shifted.month)


def _relative_year(match: re.Match, when: When) -> Span:
    modifier = match["modifier"] or "this"  # "" for "earlier in the year"
    shift = -1 if modifier in ("year-ago", "year-earlier") else _SHIFT[modifier]
    return units.year(when.reference.year + shift)


def _year_of(words: str | None, when: When) -> int | None:
    """Return the year named by 'this year', 'last year', 'next year' or '1988', if any."""
    if not words:
        return None
    if words.isdigit():
        return int(words)
    return when.reference.year + {"this": 0, "last": -1, "next": 1}[words.split()[0]]


def _quarter(match: re.Match, when: When) -> Span:
    number = ORDINALS[match["ordinal"]]
    year = _year_of(match["year"] or match["year_after"], when)
    if year is None:
        reference = when.reference
        year = reference.year
        if when.direction in (PAST, PRESENT) and units.quarter(year, number).start > reference:
            year -= 1
        if match["ago"] and "year" in match["ago"]:
            year -= 1
    return units.quarter(year, number)


def _latest_quarter(match: re.Match, when: When) -> Span:
    """Return the quarter a report speaks of: the last one completed (or the current one)."""
    reference = when.reference
    number, year = units.quarter_of(reference), reference.year
    if match["which"] not in ("current", "present", "this"):
        number, year = (number - 1, year) if number > 1 else (4, year - 1)
    if match["year"]:
        year = int(match["year"])
    elif match["ago"] and match["ago"].strip() not in ("same", "comparable", "corresponding"):
        year -= 1
    return units.quarter(year, number)


def _half(match: re.Match, when: When) -> Span:
    year = _year_of(match["year"] or match["year_after"], when) or when.reference.year
    return units.half(year, 2 if match["ordinal"] == "last" else ORDINALS[match["ordinal"]])


def _season(match: re.Match, when: When) -> Span:
    code = SEASON_CODES[match["season"]]
    reference = when.reference
    if match["year"]:
        return units.season(int(match["year"]), code)
    year = reference.year
    modifier = match["modifier"] or ""
    current = units.season(year, code)
    if modifier in ("last", "past", "previous"):
        year -= 1
    elif modifier in ("next", "coming"):
        year += 1 if current.start <= reference else 0
    elif modifier != "this" and when.direction in (PAST, PRESENT) and current.start > reference:
        year -= 1
    return units.season(year, code)


def _offset(match: re.Match, when: When) -> Span:
    count_word, unit = match["count"], match["unit"]
    count = _count(count_word)
    sign = -1 if match["sign"] in ("ago", "earlier", "before", "back", "previously") else 1
    base = when.anchored(match["anchor"]) if match["anchor"] else when.reference
    if unit in UNIT_DAYS:
        target = base + timedelta(days=sign * count * UNIT_DAYS[unit])
        if count_word in VAGUE_COUNTS:
            return Span("PAST_REF" if sign < 0 else "FUTURE_REF", None, None, VAGUE)
        return units.day(target)
    if unit == "month":
        target = units.add_months(base, sign * count)
        return units.month(target.year, target.month)
    years = count * (10 if unit == "decade" else 1)
    target_year = base.year + sign * years
    if count_word in VAGUE_COUNTS:
        return Span("PAST_REF" if sign < 0 else "FUTURE_REF", None, None, VAGUE)
    if when.about_quarters and not match["anchor"]:
        # "profit rose from $5 million a year ago" in a quarter's report: the same quarter.
        latest = _latest_quarter({"which": "latest", "ago": None, "year": None}, when)
        return units.quarter(int(latest.value[:4]) + sign * years, int(latest.value[-1]))
    return units.year(target_year)


def _day_from_anchor(match: re.Match, when: When) -> Span:
    base = when.anchored(match["anchor"])
    return units.day(base + timedelta(days=1 if match["sign"] == "after" else -1))


def _vague(value: str) -> Callable[[re.Match, When], Span]:
    def resolve_vague(match: re.Match, when: When) -> Span:
        reference = when.reference
        start = reference if value != "PAST_REF" else None
        end = reference if value != "FUTURE_REF" else None
        return Span(value, start, end, VAGUE)

    return resolve_vague


# A sentence about a quarter makes "a year ago" mean the same quarter a year before.
_QUARTER_CONTEXT = re.compile(r"\bquarter|\bthree months\b", re.IGNORECASE)
_OFFSET_UNITS = r"(?P<unit>day|week|fortnight|month|year|decade)s?"
_SHIFTS = "|".join(sorted(map(re.escape, _SHIFT), key=len, reverse=True))
_YEAR_WORDS = rf"(?:this year|last year|next year|{_YEAR})"
# A part of a week, month or year, valued as the whole: "early this week", "the end of the year".
_WITHIN = r"(?:(?:early|late|mid|the end of|the beginning of|the middle of) )?"

RULES = (
    Rule("iso-date", re.compile(rf"(?P<day>{_ISO_DAY})"), _iso_day),
    Rule("iso-interval", re.compile(rf"(?P<start>{_ISO_DAY}) ?/ ?(?P<end>{_ISO_DAY})"), _iso_interval),
    Rule("iso-month", re.compile(rf"(?P<year>{_YEAR})-(?P<month>\d{{2}})"), _iso_month),
    Rule(
        "year",
        re.compile(
            rf"(?:(?:the )?(?:early|late|mid|end of|the end of|beginning of|fiscal|calendar|"
            rf"the year|year|the first months of|a good part of|much of|most of|part of|all of|"
            rf"the rest of|during|in|since|until|by) )?(?:the )?(?P<year>{_YEAR})(?: period| year)?"
            r"(?: or later| or earlier| and beyond| onwards)?"
        ),
        _year,
    ),
    Rule("decade", re.compile(r"(?:the )?(?:early |late |mid )?(?P<decade>1[0-9]{2}|20[0-9])0s"), _decade),
    Rule(
        "decade-relative",
        re.compile(r"(?:(?:in|during|over) )?(?:the )?(?P<modifier>last|past|previous|this|current|next|coming) decade"),
        lambda match, when: units.decade(
            when.reference.year // 10 * 10 + 10 * {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(match["modifier"], 0)
        ),
    ),
    Rule("century", re.compile(r"(?:the )?(?P<century>\d{1,2})(?:st|nd|rd|th) century"), _century),
    Rule(
        "calendar-date",
        re.compile(
            rf"(?:(?:on|by|since|until|from|around|about|before|after) )?"
            rf"(?:(?:this coming|coming|this|next|last) )?(?:{_WEEKDAY} )?"
            rf"(?:(?:the )?(?P<day>\d{{1,2}}) (?:of )?(?P<month>{_MONTH})"
            rf"|(?P<month2>{_MONTH}) (?P<day2>\d{{1,2}}))(?: (?P<year>{_YEAR}))?"
        ),
        lambda match, when: _calendar_date(_merge(match), when),
    ),
    Rule(
        "day-range",
        re.compile(
            rf"(?:(?:between|from) )?(?:(?P<month>{_MONTH}) (?P<first>\d{{1,2}}) ?(?:-|to|and) ?"
            rf"(?P<last>\d{{1,2}})|(?P<first2>\d{{1,2}}) ?(?:-|to|and) ?(?P<last2>\d{{1,2}}) "
            rf"(?P<month2>{_MONTH}))(?: (?P<year>{_YEAR}))?"
        ),
        lambda match, when: _day_range(_merge(match), when),
    ),
    Rule(
        "month",
        re.compile(
            rf"(?:(?:in|during|since|until|by|around) )?(?:(?P<modifier>last|past|previous|next|coming|this)"
            rf" )?(?:(?P<part>early|mid|late) |(?:the )?(?P<part2>beginning|middle|end) of )?"
            rf"(?P<month>{_MONTH})(?: (?:of )?(?P<year>{_YEAR_WORDS}))?"
        ),
        lambda match, when: _month(_merge(match), when),
    ),
    Rule(
        "weekday-night-span",
        re.compile(
            rf"(?:(?:during|on|in|overnight) )?the night (?:of|from) (?P<first>{_WEEKDAY}) ?"
            rf"(?:-|to|into|and) ?(?P<second>{_WEEKDAY})"
        ),
        _night_span,
    ),
    Rule(
        "relative-day",
        re.compile(
            r"(?:(?:early|late|earlier|later) )?(?:(?P<word>today|tonight|yesterday|tomorrow"
            r"|the day before yesterday|the day after tomorrow|last night)"
            rf"(?: (?P<part>{_PART}))?|(?P<word2>this) (?P<part2>{_PART}))"
        ),
        lambda match, when: _relative_day(_merge(match), when),
    ),
    Rule(
        "weekday",
        re.compile(
            r"(?:(?:on|by|since|until|early|late|early on|late on|earlier|later|saying|from) )?"
            rf"(?:(?P<modifier>last|next|this|past|previous|the previous|this coming|coming) )?"
            r"(?:(?:early|late) )?"
            rf"(?:(?P<part2>{_PART}) (?:on |of )?)?(?P<weekday>{_WEEKDAY})"
            rf"(?: (?P<part>{_PART}))?"
        ),
        lambda match, when: _weekday(_merge(match), when),
    ),
    Rule(
        "part-of-day",
        re.compile(rf"(?:(?:in|during|overnight|early|late) )?(?:the )?(?:(?:early|late) )?(?P<part>{_PART})"),
        _part_alone,
    ),
    Rule("overnight", re.compile(r"overnight"), lambda match, when: _part_alone({"part": "night"}, when)),
    Rule(
        "weekend",
        re.compile(r"(?:(?:over|during|at|on|for) )?(?:(?P<modifier>this|last|next|the|past) )?weekend"),
        _weekend,
    ),
    Rule(
        "week",
        re.compile(
            rf"(?:(?:in|during|for|over|by) )?{_WITHIN}(?P<modifier>{_SHIFTS}) week"
        ),
        _relative_week,
    ),
    Rule("month-relative", re.compile(rf"(?:(?:in|during|for|over) )?{_WITHIN}(?P<modifier>{_SHIFTS}) month"), _relative_month),
    Rule("year-relative", re.compile(r"(?:earlier|later) in the year(?P<modifier>)"), _relative_year),
    Rule(
        "year-relative",
        re.compile(
            rf"(?:(?:in|during|for|over|by|until|around|at) )?{_WITHIN}(?:(?P<modifier>{_SHIFTS}) )?"
            r"(?:full |fiscal |calendar )?year(?:-end| end)?(?: or so)?"
        ),
        _relative_year,
    ),
    Rule(
        "year-ago",
        re.compile(r"(?:the )?(?P<count>a|one)?(?P<unit>)(?:year-ago|year-earlier|year ago|year earlier|a year)(?P<sign>)(?P<anchor>)"),
        lambda match, when: _offset({"count": "a", "unit": "year", "sign": "ago", "anchor": None}, when),
    ),
    Rule("the-day", re.compile(r"(?:on |during )?(?:the|that) day"), lambda match, when: units.day(when.reference)),
    Rule(
        "quarter",
        re.compile(
            rf"(?:(?:in|during|for) )?(?:the |a |an |its |their )?(?:(?P<ago>year-ago|year-earlier|comparable year-ago|comparable) )?"
            rf"(?:(?P<year>{_YEAR_WORDS}) )?(?:fiscal(?:-| )|flat |calendar )?"
            r"(?P<ordinal>first|second|third|fourth|1st|2nd|3rd|4th)(?:-| )quarter"
            rf"(?: of (?:the )?(?:fiscal )?(?P<year_after>{_YEAR_WORDS}))?"
        ),
        _quarter,
    ),
    Rule(
        "latest-quarter",
        re.compile(
            rf"(?:(?:in|during|for) )?(?:the |that )?(?:last year |(?P<year>{_YEAR}) )?"
            r"(?P<ago>(?:comparable )?(?:year-ago|year-earlier|year ago|year earlier) |same |corresponding |comparable )?"
            r"(?P<which>latest|current|present|recent|most recent|past|last|this|fiscal|)"
            r" ?(?:quarter|period|three months)(?: (?P<ago2>last year|a year ago|a year earlier))?"
        ),
        lambda match, when: _latest_quarter(_merge(match), when),
    ),
    Rule(
        "half-year",
        re.compile(
            rf"(?:(?:in|during|for) )?(?:the )?(?:(?P<year>{_YEAR_WORDS}) )?(?P<ordinal>first|second|last) half"
            rf"(?: of (?:the )?(?P<year_after>{_YEAR_WORDS}))?"
        ),
        _half,
    ),
    Rule(
        "season",
        re.compile(
            r"(?:(?:in|during|over|since|until) )?(?:the )?(?:this (?=past))?(?:(?P<modifier>this|last|next|past|previous|coming|early|late) )?"
            rf"(?P<season>spring|summer|fall|autumn|winter)(?: (?:of )?(?P<year>{_YEAR}))?"
        ),
        _season,
    ),
    Rule(
        "anchored-day",
        re.compile(rf"(?:on )?the day (?P<sign>after|before) (?P<anchor>{_SLUG})"),
        _day_from_anchor,
    ),
    Rule(
        "offset",
        re.compile(
            rf"(?:about |some |nearly |almost |more than |less than |just )?(?P<count>{_NUMBER}) "
            rf"{_OFFSET_UNITS}(?: or so)? (?:(?P<sign>ago|earlier|before|later|after|back|previously|from now|hence)"
            rf"(?: (?P<anchor>{_SLUG}))?)"
        ),
        _offset,
    ),
    Rule(
        "offset-ahead",
        re.compile(rf"(?P<sign>in|within) (?P<count>{_NUMBER}) {_OFFSET_UNITS}(?P<anchor>)"),
        _offset,
    ),
    Rule("present-ref", re.compile(rf"(?:{PRESENT_WORDS})"), _vague("PRESENT_REF")),
    Rule("past-ref", re.compile(rf"(?:{PAST_WORDS})"), _vague("PAST_REF")),
    Rule("future-ref", re.compile(rf"(?:{FUTURE_WORDS})"), _vague("FUTURE_REF")),
)  # fmt: skip


def anchors_in(text: str) -> list[str]:
    """Return the incident ids an expression counts from ('nine days after <id>')."""
    canonical = canonicalize(text)
    for rule in RULES:
        match = rule.pattern.fullmatch(canonical)
        if match:
            anchor = match.groupdict().get("anchor")
            return [anchor] if anchor else []
    return []


def _merge(match: re.Match) -> dict:
    """Fold a pattern's alternative groups ('month2') into their main names ('month')."""
    groups = match.groupdict()
    merged = {name: value for name, value in groups.items() if not name[-1].isdigit()}
    for name, value in groups.items():
        if name[-1].isdigit() and value is not None:
            merged[name[:-1]] = merged.get(name[:-1]) or value
    return merged


def resolve(
    text: str,
    reference: date | None = None,
    context: str = "",
    anchors: Mapping[str, date] | None = None,
) -> Resolution:
    """Resolve `text` against `reference` (and other incidents' dates), or say why not.

    `context` is the sentence the expression comes from: its tense decides whether a bare
    weekday or month points back (the default) or forward.
    """
    canonical = canonicalize(text)
    when = When(
        text,
        reference,
        direction(context, text),
        anchors or {},
        about_quarters=bool(_QUARTER_CONTEXT.search(context)) if context else False,
    )
    for rule in RULES:
        match = rule.pattern.fullmatch(canonical)
        if match:
            try:
                span = rule.apply(match, when)
            except DateNotUnderstood:
                raise
            except (ValueError, OverflowError):
                # Arithmetic past year 1 or 9999: "99999 years ago".
                raise DateNotUnderstood(f"'{text}' falls outside the calendar") from None
            if when.anchor:
                reference_name, reference_date = when.anchor, when.anchors[when.anchor]
            elif when.used_reference:
                reference_name, reference_date = None, when.reference_date
            else:
                reference_name = reference_date = None
            return Resolution(
                text,
                span.value,
                span.start,
                span.end,
                span.precision,
                rule.name,
                reference=reference_name,
                reference_date=reference_date,
            )
    raise DateNotUnderstood(f"'{text}' is not a date expression the resolver understands")
