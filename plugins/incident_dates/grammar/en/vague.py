"""English vague references: 'recently', 'now', 'in the coming weeks'."""

from __future__ import annotations

from ...expression import Vague
from ..engine import rules

PRESENT = (
    "now", "right now", "just now", "currently", "current", "at present", "presently",
    "at the moment", "nowadays", "these days", "the present", "the present time", "this time",
    "the moment", "for now", "already", "yet", "the current time", "so far",
    "still", "at this time", "as of now", "as yet", "this moment", "this point",
    "at this point", "to date", "until now", "up to now", "by now",
)
PAST = (
    "recently", "more recently", "most recently", "recent", "lately", "the past", "in the past",
    "previously", "formerly", "earlier", "once", "in recent times", "the time", "at the time",
    "at that time", "then", "then current", "then - current", "the other day", "some time ago",
    "years ago", "not long ago", "a while ago", "long ago", "before", "days earlier",
    "weeks earlier", "months earlier", "years earlier", "days before", "weeks before",
    "since then", "in the meantime", "meanwhile", "recent weeks and months",
    "recent days and weeks", "recent months and years",
)
FUTURE = (
    "soon", "the future", "future", "in the future", "the near future", "in the near future",
    "eventually", "later", "shortly", "someday", "some day", "one day", "the days ahead",
    "the years ahead", "in the days ahead", "in the years ahead", "the near term",
    "the long term", "the short term", "in the long term", "as soon as possible",
    "a later date", "at a later date", "later on", "in due course", "soon after",
    "in the coming hours", "in the coming days", "in the coming weeks", "in the coming months",
    "in the coming years", "the coming days", "a year or two", "a day or two", "the coming weeks", "the coming months",
    "the coming years", "in the next few days", "in the next few weeks", "the next few days",
)
PAST_PERIODS = "recent|past|last"


def _phrases(direction: str, phrases):
    return [
        (direction.lower().replace("_ref", ""), phrase, lambda value=direction: Vague(value))
        for phrase in phrases
    ]


RULES = rules(
    "en.vague",
    *_phrases("PAST_REF", PAST),
    *_phrases("PRESENT_REF", PRESENT),
    *_phrases("FUTURE_REF", FUTURE),
    ("past", f"in? the? {PAST_PERIODS} few|several? <units>", lambda unit: Vague("PAST_REF")),
    ("past", "in? recent <units>", lambda unit: Vague("PAST_REF")),
    ("present", "this|the <word> moment", lambda word: Vague("PRESENT_REF")),
    ("past", "<units> ago|earlier|before", lambda unit: Vague("PAST_REF")),
    ("future", "in? the? coming|next|upcoming few? <units>", lambda unit: Vague("FUTURE_REF"),
     None, 1),
    ("future", "<units> ahead|later|hence", lambda unit: Vague("FUTURE_REF")),
)
