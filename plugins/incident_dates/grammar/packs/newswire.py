"""Financial newswire of the 1990s: fiscal quarters and halves, 'the year-ago period'.

Not in the archive's default grammar; TimeBank's benchmark turns it on.
"""

from __future__ import annotations

import re

from ...expression import Calendar, Offset, Relative, Vague
from ...expression_periods import Quarter
from ...nearest import PAST_REACH_DAYS
from ..patterns import merge, rules, words

LEXICON = merge(
    words("quarter-ordinal", {1: "first 1st", 2: "second 2nd", 3: "third 3rd", 4: "fourth 4th"}),
    words("half-ordinal", {1: "first 1st", 2: "second 2nd latter last"}),
)
# A sentence about a quarter makes "a year ago" mean the same quarter a year before.
QUARTER_CONTEXT = re.compile(r"\bquarter|\bthree months\b", re.IGNORECASE)
YEAR_AGO = "year -? ago|earlier"
# Newswire dates the days ahead of a schedule in past-tense clauses ("declared a dividend
# payable Dec. 15"): a day and month said in the past reaches back nine months only.
DAY_PAST_REACH_DAYS = PAST_REACH_DAYS


def _quarter(number: int, year=None, shift=None, half=False):
    if isinstance(year, Calendar):
        return Quarter(number, year.year, half=half)
    if isinstance(year, Relative):
        return Quarter(number, None, year.shift, half=half)
    return Quarter(number, None, shift, half=half)


RULES = rules(
    "newswire",
    ("quarter", "the|its|their|a? fiscal|calendar? -? <quarter-ordinal> -? quarter", _quarter),
    ("quarter", "the|a? flat? <quarter-ordinal> -? quarter", _quarter),
    ("quarter-of-year", "the? <quarter-ordinal> -? quarter of the? fiscal? <year>", _quarter),
    (
        "year-quarter",
        "the? <year> fiscal? <quarter-ordinal> -? quarter",
        lambda year, number: _quarter(number, year),
    ),
    (
        "year-ago-quarter",
        f"the? {YEAR_AGO} <quarter-ordinal> -? quarter",
        lambda number: Quarter(number, None, -1),
    ),
    (
        "year-ago-quarter",
        f"the? comparable? {YEAR_AGO} quarter|period|results",
        lambda: Quarter(0, None, -1, latest=True),
    ),
    (
        "year-ago-quarter",
        "the? comparable|same|corresponding quarter|period",
        lambda: Quarter(0, None, -1, latest=True),
    ),
    (
        "year-ago-quarter",
        "the? quarter|period a year earlier|ago",
        lambda: Quarter(0, None, -1, latest=True),
    ),
    (
        "year-ago-quarter",
        "the? same|corresponding|comparable quarter|period [last year|a year ago]",
        lambda: Quarter(0, None, -1, latest=True),
    ),
    (
        "latest-quarter",
        "the? latest|recent|past|last|fiscal|most recent? quarter|period",
        lambda: Quarter(0, latest=True),
    ),
    ("latest-quarter", "the? quarter|period", lambda: Quarter(0, latest=True)),
    ("latest-quarter", "the? three months", lambda: Quarter(0, latest=True)),
    ("current-quarter", "the? current|present|this quarter", lambda: Quarter(1, latest=True)),
    ("half", "the? <half-ordinal> half", lambda number: _quarter(number, half=True)),
    (
        "half-of-year",
        "the? <half-ordinal> half of the? <year>",
        lambda number, year: _quarter(number, year, half=True),
    ),
    (
        "year-half",
        "the? <year> <half-ordinal> half",
        lambda year, number: _quarter(number, year, half=True),
    ),
    ("fiscal-year", "fiscal|calendar|the? fiscal? <year>", lambda year: year),
    ("fiscal-year", "the? current|full|fiscal|calendar fiscal? year", lambda: Relative("year", 0)),
    ("year-period", "the? <year> period|quarter", lambda year: year),
    ("year-quarter", "the <yearnum> quarter", lambda year: Quarter(0, year, latest=True)),
    ("vague-quarters", "future|coming|upcoming quarters", lambda: Vague("FUTURE_REF")),
    ("vague-quarters", "the? past|recent|last several|few? quarters", lambda: Vague("PAST_REF")),
    ("year-end", "the? <year>? year -? end", lambda year=None: year or Relative("year", 0)),
    ("year-ago", f"the? {YEAR_AGO}", lambda: Offset(1, "year", -1)),
    ("a-year", "a year", lambda: Offset(1, "year", -1)),
)


def reinterpret(expression, context: str):
    """Read 'a year ago' in a sentence about a quarter as that quarter a year before."""
    if (
        isinstance(expression, Offset)
        and expression.unit == "year"
        and expression.base is None
        and expression.count is not None
        and QUARTER_CONTEXT.search(context or "")
    ):
        return Quarter(0, None, expression.sign * expression.count, latest=True)
    return expression
