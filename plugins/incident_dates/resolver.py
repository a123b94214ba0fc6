"""Resolve date expressions as news reports write them, against a reference.

The grammar parses the text into a language-free expression (`grammar/`), which is
evaluated against the reference in one place (`evaluate.py`). The Resolution keeps the
rules that composed the answer, the expression and the typed reference.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from collections.abc import Collection, Mapping
from datetime import date, datetime
from functools import lru_cache
from typing import NamedTuple

from . import tense
from .count_context import lasted
from .evaluate import evaluate
from .evaluation import Evaluation
from .expression import (
    Anchor,
    Bound,
    Clock,
    CountedDay,
    DayShift,
    Duration,
    Expression,
    Offset,
    PartOfDay,
)
from .grammar import grammar, pack
from .grammar.events import FULL_SCALE_INVASION, names_the_war
from .grammar.patterns import WORD
from .grammar.tokens import SLUG_LIKE, normalize, tokenize
from .resolution import DATE, INCIDENT, DateNotUnderstood, Reference, Resolution, UnknownAnchor
from .tense import clause_before
from .values import span_of_value

ReferenceLike = date | datetime | Reference | None
# The rule an audit trail names for a date read within words that mean nothing to dates.
WITHIN_WORDS = "context.within-words"


class Parsed(NamedTuple):
    """What a text was parsed into: its expression, the rules that composed it, and the
    words passed over when the date was found within others."""

    expression: Expression
    rules: tuple[str, ...]
    passed_over: tuple[str, ...] = ()


# How many words before a bare part of the day are searched for the day they belong to.
CLAUSE_WORDS = 8
# How many words at a clause's start may name its day, however far back: "On Sunday the
# gunmen opened fire on a police patrol at about 3 a.m.", «В субботу …».
FRONTED_WORDS = 3


def as_reference(reference: ReferenceLike) -> Reference | None:
    """Return a typed reference for a day, a moment, or a reference already typed."""
    if reference is None or isinstance(reference, Reference):
        return reference
    if isinstance(reference, datetime):
        return Reference(DATE, reference.date(), moment=reference)
    return Reference(DATE, reference)


def parse(text: str, packs: tuple[str, ...] = (), known_ids: Collection[str] = ()) -> Parsed:
    """Return the expression `text` means and the rules that composed it, or say why not.

    `known_ids` are the ids of incidents the text may count from ('the day after <id>').
    """
    present = (
        frozenset(word for word in SLUG_LIKE.findall(normalize(text)) if word in known_ids)
        if known_ids
        else frozenset()
    )
    parsed = _parse(text, packs, present)
    if isinstance(parsed, DateNotUnderstood):
        raise parsed
    return parsed


@lru_cache(maxsize=65536)
def _parse(text: str, packs: tuple[str, ...], anchor_ids: frozenset):
    """Parse once per text: the answer, or the refusal to raise (both are pure)."""
    if not text.strip():
        return DateNotUnderstood("an empty text is not a date expression")
    result = grammar(packs).parse(text, anchor_ids)
    if result.value is not None:
        return Parsed(result.value, result.rules)
    refusal = _refusal(text, result.understood, result.unknown, packs)
    within = result.within
    if within is None or isinstance(refusal, UnknownAnchor) or _names_a_thing(text, within):
        return refusal
    return Parsed(within.value, (*within.rules, WITHIN_WORDS), within.passed_over)


# A word joined to others by hyphens ('strike-kherson', an incident id mistyped).
_HYPHENATED = re.compile(r"\w+(?:-\w+)+")
_WORD_IN_TEXT = re.compile(r"\w+")


def _names_a_thing(text: str, within) -> bool:
    """Tell whether the words passed over are part of a name rather than words beside a
    date: a capital after the text's first word ("the Sunday Telegraph", "Arab Spring"),
    or a part of a hyphenated word ('strike-kherson')."""
    passed = set(within.passed_over)
    words = _WORD_IN_TEXT.findall(text)
    # An abbreviation in capitals ("WIB", "IST", a zone the grammar does not know) is no
    # name of a thing.
    named = {
        word.lower()
        for word in words[1:]
        if word[:1].isupper() and not (word.isupper() and len(word) <= 5)
    }
    if passed & {normalize(word) for word in named}:
        return True
    parts = {part for joined in _HYPHENATED.findall(normalize(text)) for part in joined.split("-")}
    return bool(passed & parts)


# A street named after a day («на улице 28-го июня», «вул. 8 Березня»): no day of the
# story. Names write their month with a capital or their day with «-го»; dates do neither.
_STREET_DAY = re.compile(
    r"(?i:\b(?:ул|улиц[аеуыой]+|вул|вулиц[яіюеь]+|просп|проспект\w*|пр-т|пл|площад\w*|"
    r"площ[аіу]|майдан\w*|бульвар\w*|пров|переул\w*|провулк?\w*))\.?\s*"
    r"\d{1,2}(?:(?:-?го)\s+\w+|\s+[А-ЯЁІЇЄҐ]\w*)"
)


@lru_cache(maxsize=65536)
def _clause_day(clause: str, packs: tuple[str, ...], nights: bool = False):
    """Return the last day (or night) a clause names, once per clause (pure, as parsing is)."""
    # The last words are enough, or the first: a day named between them is rarely the
    # clause's, but one that opens it is what the clause is told of.
    words = clause.split()
    last = grammar(packs).last_day_in(" ".join(words[-CLAUSE_WORDS:]), nights)
    if last is not None or len(words) <= CLAUSE_WORDS:
        return last
    fronted = grammar(packs).last_day_in(" ".join(words[:FRONTED_WORDS]), nights)
    # «В первый день вахты»: a day counted from what the clause goes on to name.
    return None if isinstance(fronted, CountedDay) else fronted


def _clear_caches() -> None:
    _parse.cache_clear()
    _clause_day.cache_clear()
    tense.clear_caches()


parse.cache_clear = _clear_caches


def _refusal(text, understood, unknown, packs) -> DateNotUnderstood:
    """Say what part of a text was understood, and suggest the nearest form that resolves."""
    # 'nine days after elsewhere': a word where an incident id would make sense. The text
    # is read again once, with every such word taken for an id.
    known = grammar(packs).known_words
    unknown_words = frozenset(
        word
        for word in SLUG_LIKE.findall(normalize(text))
        if word not in known and any(part in unknown for part in word.split("-"))
    )
    if unknown_words:
        anchored = grammar(packs).parse(text, unknown_words).value
        # An id-like word ('2023-05-22-raid') is an incident wherever it stands; a word
        # of letters and hyphens ('night-time') is not.
        id_like = [
            a for a in (anchored.anchors() if anchored else ()) if any(c.isdigit() for c in a)
        ]
        counted_from = _counted_from(anchored) or next(iter(id_like), None)
        if counted_from:
            return UnknownAnchor(counted_from)
    if understood:
        parts = " and ".join(f"'{piece}'" for piece in understood)
        message = (
            f"'{text}' is not a date expression the resolver understands as a whole: "
            f"{parts} is understood"
        )
        if unknown:
            message += f", but not {', '.join(repr(word) for word in unknown)}"
    else:
        message = f"'{text}' is not a date expression the resolver understands"
    return Refusal(message, tuple(understood), text, packs)


def _counted_from(expression) -> str | None:
    """Return the incident an expression counts days from ('nine days after <id>'), if any.

    Only a count from a word makes it an incident id: 'that night' is no night of 'that'.
    """
    if isinstance(expression, Offset | DayShift) and isinstance(expression.base, Anchor):
        return expression.base.incident_id
    for field in dataclasses.fields(expression) if dataclasses.is_dataclass(expression) else ():
        inner = getattr(expression, field.name)
        if isinstance(inner, Expression) and (found := _counted_from(inner)):
            return found
    return None


class Refusal(DateNotUnderstood):
    """A text the grammar cannot read whole; the nearest form that resolves is sought when
    the refusal is shown, not when it is made (a benchmark refuses thousands)."""

    def __init__(self, message: str, understood: tuple[str, ...], text: str, packs):
        super().__init__(message, understood)
        self._text, self._packs = text, packs
        self._sought = False

    @property
    def suggestion(self) -> str:
        if not self._sought:
            self._suggestion = _suggest(self._text, self._packs)
            self._sought = True
        return self._suggestion

    def __str__(self) -> str:
        message = super().__str__()
        return f"{message}; did you mean '{self.suggestion}'?" if self.suggestion else message


@lru_cache(maxsize=1)
def _vocabulary(packs: tuple[str, ...]) -> list[str]:
    rules = grammar(packs)
    literal = {
        key[len(WORD) :]
        for each in rules.rules
        for element in each.pattern
        for key in element.keys
        if key.startswith(WORD)
    }
    return sorted(word for word in set(rules.lexicon) | literal if word.replace("'", "").isalpha())


def _suggest(text: str, packs: tuple[str, ...]) -> str:
    """Return the text with each unknown word replaced by the closest known one, if that parses."""
    vocabulary = _vocabulary(packs)
    known = set(vocabulary)
    changed = False
    words = []
    for token in tokenize(normalize(text)):
        if token.kind == "word" and token.text not in known:
            # Typos rarely touch a word's first letter: compare with words that share it.
            candidates = [word for word in vocabulary if word[0] == token.text[0]]
            close = difflib.get_close_matches(token.text, candidates, n=1, cutoff=0.75)
            if close:
                words.append(close[0])
                changed = True
                continue
        words.append(token.text)
    if not changed:
        return ""
    candidate = " ".join(words).replace(" ,", ",")
    if grammar(packs).parse(candidate).value is None:
        return ""
    return candidate


def anchor_candidates(text: str) -> frozenset[str]:
    """Return the words of `text` that could be incident ids, whichever the archive knows."""
    return frozenset(SLUG_LIKE.findall(normalize(text)))


def anchors_in(
    text: str, packs: tuple[str, ...] = (), known_ids: Collection[str] = ()
) -> list[str]:
    """Return the incident ids an expression counts from ('nine days after <id>')."""
    try:
        expression = parse(text, packs, known_ids).expression
    except DateNotUnderstood:
        return []
    return list(dict.fromkeys(expression.anchors()))


def resolve(
    text: str,
    reference: ReferenceLike = None,
    context: str = "",
    anchors: Mapping[str, date] | None = None,
    packs: tuple[str, ...] = (),
) -> Resolution:
    """Resolve `text` against `reference` (and other incidents' dates), or say why not.

    `context` is the sentence the expression comes from: its tense decides whether a bare
    weekday or month points back (the default) or forward. `packs` adds optional grammar
    packs, such as "newswire".
    """
    expression, rules, passed_over = parse(text, packs, anchors or ())
    expression, rules = _hours_lasted(expression, rules, text, context)
    expression, rules = _on_day_of_clause(expression, rules, text, context, packs)
    expression, rules = _counted_from_sentence(expression, rules, context)
    typed = as_reference(reference)
    evaluation = Evaluation(text, typed, context, anchors or {})
    for name in packs:
        reinterpret = getattr(pack(name), "reinterpret", None)
        if reinterpret is not None:
            expression = reinterpret(expression, context)
        evaluation.day_past_reach = getattr(
            pack(name), "DAY_PAST_REACH_DAYS", evaluation.day_past_reach
        )
    try:
        span = evaluate(expression, evaluation)
    except DateNotUnderstood:
        raise
    except (ValueError, OverflowError, StopIteration):
        # Arithmetic past year 1 or 9999: "99999 years ago".
        raise DateNotUnderstood(f"'{text}' falls outside the calendar") from None
    if evaluation.anchor:
        resolved_against = Reference(
            INCIDENT, evaluation.anchors[evaluation.anchor], evaluation.anchor
        )
    elif evaluation.used_reference:
        resolved_against = typed
    else:
        resolved_against = None
    return Resolution(
        text,
        span.value,
        span.start,
        span.end,
        span.precision,
        rules,
        expression,
        resolved_against,
        span.moment,
        passed_over=passed_over,
    )


def _hours_lasted(expression, rules, text: str, context: str):
    """Read «около двух часов» as a length where a verb of lasting comes before it.

    «Поиски заняли около двух часов»: two hours, not two o'clock. Only an hour the
    grammar read from a count of «часов» alone, with no minutes, zone or day.
    """
    inner = expression.base if isinstance(expression, Bound) else expression
    if not (
        isinstance(inner, Clock)
        and inner.base is None
        and inner.zone is None
        and inner.minute == 0
        and any(rule.endswith(".times.hour") for rule in rules)
        and lasted(context, text)
    ):
        return expression, rules
    return Duration(inner.hour, "hour"), (*rules, "context.hours-lasted")


def _on_day_of_clause(expression, rules, text: str, context: str, packs):
    """Give a bare part of the day or time the day its own clause names before it.

    «У суботу в Одесі ввечері сталися вибухи» with the text «ввечері»: Saturday's evening,
    not the report's. Only the words of the same clause count ("said on Monday that, in
    the evening, …" names when it was said).
    """
    # "At about 3am (local time)": bounds around bounds around the time.
    wraps, inner = [], expression
    while isinstance(inner, Bound):
        wraps.append(inner)
        inner = inner.base
    if not (isinstance(inner, PartOfDay | Clock) and inner.base is None and context):
        return expression, rules
    clause = clause_before(_STREET_DAY.sub(" ", context), text)
    # A time in a night its clause names is of that night: "at 23:40" its evening's day,
    # "at 01:30" its morning's.
    day = _clause_day(clause, packs, isinstance(inner, Clock)) if clause else None
    if day is None:
        return expression, rules
    after = bool(wraps) and wraps[-1].kind == "after"
    if after and isinstance(inner, Clock) and (inner.hour, inner.minute) == (0, 0):
        # «Поздно вечером 30 августа и после полуночи»: after the midnight that ends it.
        day = DayShift(1, day)
    dated = dataclasses.replace(inner, base=day)
    for wrap in reversed(wraps):
        dated = dataclasses.replace(wrap, base=dated)
    return dated, (*rules, "context.day-of-clause")


def _counted_from_sentence(expression, rules, context: str):
    """Give a bare count of days the start its sentence names: «791-ша доба повномасштабної
    війни» counts from the invasion. The evaluation then checks that it lands near the
    report."""
    # The rules say whether a count is there: the sentence is searched only then.
    counts = any(rule.endswith((".counted-day", ".counted-day-of-event")) for rule in rules)
    if not counts or not context or not names_the_war(context):
        return expression, rules
    counted = _start_counts(expression, FULL_SCALE_INVASION)
    if counted is expression:
        return expression, rules
    return counted, (*rules, "context.day-of-the-war")


def _start_counts(expression, start):
    """Return `expression` with `start` given to every count of days it leaves unnamed."""
    if isinstance(expression, CountedDay) and expression.start is None:
        return dataclasses.replace(expression, start=start)
    changes = {}
    for each in dataclasses.fields(expression):
        value = getattr(expression, each.name)
        if isinstance(value, Expression):
            counted = _start_counts(value, start)
            if counted is not value:
                changes[each.name] = counted
    return dataclasses.replace(expression, **changes) if changes else expression


def resolve_stated(text: str, value: str, reference: ReferenceLike = None) -> Resolution:
    """Return the resolution of a value stated beside the wording, for what no rule resolves."""
    span = span_of_value(value)
    return Resolution(
        text,
        span.value,
        span.start,
        span.end,
        span.precision,
        ("stated-value",),
        None,
        as_reference(reference),
        span.moment,
        stated_value=True,
    )
