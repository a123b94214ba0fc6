"""The chart parser's choices between readings: the same text is always read the same way."""

from __future__ import annotations

import pytest

from incident_dates.expression import Duration, Vague, Weekday
from incident_dates.grammar import grammar
from incident_dates.grammar.engine import Grammar
from incident_dates.grammar.patterns import rules, words
from incident_dates.grammar.tokens import normalize, tokenize

# The rules are named as English ones: a text is read with the rules of its language.
LEXICON = {**words("unit", {"day": "day"}), **words("weekday", {4: "friday"})}
COMPOSED = ("composed", "one <unit>", lambda unit: Duration(1, unit))
PHRASE = ("phrase", "one day", lambda: Vague("FUTURE_REF"))
DIRECT = ("direct", "on <weekday>", Weekday)
BY_DAY = ("on-day", "on <day>", lambda day: day)
DAY = ("day", "<weekday>", Weekday)


@pytest.mark.parametrize("specs", [(COMPOSED, PHRASE), (PHRASE, COMPOSED)])
def test_a_phrase_named_word_for_word_beats_the_same_words_composed(specs):
    parsed = Grammar(rules("en.t", *specs), LEXICON).parse("one day")
    assert parsed.value == Vague("FUTURE_REF")
    assert parsed.rules == ("en.t.phrase",)


@pytest.mark.parametrize("specs", [(DIRECT, BY_DAY, DAY), (BY_DAY, DAY, DIRECT)])
def test_of_two_derivations_of_one_reading_the_audit_keeps_the_shorter(specs):
    parsed = Grammar(rules("en.t", *specs), LEXICON).parse("on Friday")
    assert parsed.value == Weekday(4)
    assert parsed.rules == ("en.t.direct",)


TEXTS = [
    "в ночь на 1 сентября",
    "на початку травня",
    "overnight into Sunday",
    "the evening of March 3",
    "one day",
    "nine days after the raid",
    "близько о 06:30 за київським часом, 7 жовтня",
    "since the early days of the 6-month war",
]


def test_what_the_parser_keeps_between_texts_changes_no_reading():
    shared = grammar(())
    forward = [_reading(Grammar(shared.rules, shared.lexicon), text) for text in TEXTS]
    fresh = Grammar(shared.rules, shared.lexicon)
    backward = [_reading(fresh, text) for text in reversed(TEXTS)][::-1]
    assert forward == backward


def _reading(parser: Grammar, text: str):
    parsed = parser.parse(text)
    return parsed.value, parsed.rules, parsed.understood, parsed.unknown


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("1,5 години", ["decimal", "word"]),
        ("1.5 hours", ["decimal", "word"]),
        ("1,200 people", ["number", "word"]),
        ("1, 200 people", ["number", "punct", "number", "word"]),
        ("3.15", ["clock"]),
        ("three-day-long", ["word", "punct", "word", "punct", "word"]),
    ],
)
def test_tokens_tell_decimals_from_thousands_and_clock_times(text, kinds):
    assert [token.kind for token in tokenize(normalize(text))] == kinds


def test_thousands_grouped_by_commas_are_one_number():
    assert tokenize(normalize("day 1,345"))[1].value == 1345
