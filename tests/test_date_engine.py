"""The date engine's behaviour beyond single examples: tense, anchors, JSON lines, any input."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from incident_dates import DateNotUnderstood, order_by_anchors, resolve
from incident_dates.jsonl import answer, answers

THU = date(2023, 6, 1)  # a Thursday
SUN = date(2024, 3, 10)  # a Sunday, in a leap year


def value(text, reference=THU, context="", anchors=None):
    return resolve(text, reference, context, anchors).value


@pytest.mark.parametrize(
    ("text", "context", "reference", "expected"),
    [
        # A past verb sends a month or day written without a year back to the last one...
        ("March", "In March, the governor resigned.", date(2023, 11, 2), "2023-03"),
        ("March", "The governor, who resigned in March, spoke.", date(2023, 11, 2), "2023-03"),
        ("April 30", "In the year ended April 30, trade fell.", date(2023, 10, 31), "2023-04-30"),
        # ...but no further than nine months: the nearer one is meant.
        ("November", "Talks broke down until November.", date(2023, 10, 30), "2023-11"),
        # With no verb to go by, the nearest one.
        ("March", "Elections in March.", date(2023, 11, 2), "2024-03"),
        # The verb that governs it comes first: "announced plans to" is past.
        ("September", "In September, it announced plans to expand.", date(2023, 10, 30), "2023-09"),
        ("January", "In January, the army will withdraw.", date(2023, 10, 30), "2024-01"),
        ("May", "The talks are supposed to conclude by May.", date(2023, 3, 22), "2023-05"),
    ],
)
def test_the_tense_of_the_clause_chooses_the_year(text, context, reference, expected):
    assert value(text, reference, context) == expected


@pytest.mark.parametrize(
    "text", ["99999 years ago", "99999 years from now", "9999 decades ago", "the 0th century"]
)
def test_dates_outside_the_calendar_are_refused(text):
    with pytest.raises(DateNotUnderstood, match="outside the calendar"):
        resolve(text, THU)


def test_an_impossible_calendar_date_is_refused():
    with pytest.raises(DateNotUnderstood, match="not a day of the calendar"):
        resolve("30 February 2023")
    with pytest.raises(DateNotUnderstood):
        resolve("Feb. 30", THU)


def test_anchor_order_handles_deep_chains_and_reports_cycles():
    chain = {f"i{n}": [f"i{n - 1}"] for n in range(1, 1000)} | {"i0": []}
    order, cycles = order_by_anchors(chain)
    assert order == [f"i{n}" for n in range(1000)]
    assert cycles == []
    order, cycles = order_by_anchors({"a": ["b"], "b": ["a"], "c": ["a"], "d": []})
    assert order == ["d"]
    assert cycles == [["a", "b", "a"]]


def test_jsonl_answers_every_line_in_order_and_never_stops():
    lines = [
        '{"id": 1, "text": "Thursday", "reference": "2023-06-01"}',
        "not json",
        '{"id": 3, "text": "gibberish", "reference": "2023-06-01"}',
        '{"id": 4, "text": "Monday", "reference": "2023-02-30"}',
        '{"id": 5, "text": "nine days after x", "anchors": {"x": "2023-05-22"}}',
        "[1, 2]",
        '{"id": 7, "text": 12}',
    ]
    out = [answer(line) for line in lines]
    assert out[0] == {
        "id": 1,
        "value": "2023-06-01",
        "start": "2023-06-01",
        "end": "2023-06-01",
        "precision": "day",
        "rule": "common.weekday",
        "rules": ["common.weekday"],
        "passed_over": [],
    }
    assert [o["id"] for o in out] == [1, None, 3, 4, 5, None, 7]
    assert all("error" in out[i] for i in (1, 2, 3, 5, 6))
    assert out[4]["value"] == "2023-05-31"
    assert len(list(answers([*lines, "", "  "]))) == len(lines)


WORDS = [
    "the", "last", "next", "this", "early", "late", "mid", "night", "of", "after", "before",
    "ago", "in", "Monday", "Tuesday-Wednesday", "May", "Feb.", "29", "30", "2023", "year",
    "quarter", "third", "week", "weekend", "days", "a", "few", "fortnight", "вчера", "у",
    "четвер", "червня", "or", "so", "-", "between", "and", "1990s", "nineteen", "ninety",
    "x-1", "summer", "half", "recently", "0", "99999", "в", "ночь", "на", "субботу", "ніч",
    "проти", "вранці", "мск", "04:00", "(", ")", ",", "3", "года", "через",
]  # fmt: skip


@given(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=6).map(" ".join),
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
    st.sampled_from(["", "He said it would happen.", "It happened."]),
)
@settings(max_examples=1000, deadline=None)
def test_any_text_resolves_or_is_refused_with_a_message(text, reference, context):
    try:
        resolution = resolve(text, reference, context, {"x-1": reference})
    except DateNotUnderstood as error:
        assert str(error)
        return
    assert resolution.value
    if resolution.start and resolution.end:
        assert resolution.start <= resolution.end
