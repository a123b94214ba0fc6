"""The date engine, category by category, with cases written for this project."""

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
    ("text", "context", "expected"),
    [
        ("Thursday", "", "2023-06-01"),
        ("Thursday's shelling", "", None),
        ("on Monday", "The raid began on Monday.", "2023-05-29"),
        ("early Thursday", "", "2023-06-01"),
        ("Tuesday", "The governor said Tuesday that power was cut.", "2023-05-30"),
        ("Friday", "The ministers will meet on Friday.", "2023-06-02"),
        ("Monday", "Talks are expected to resume Monday.", "2023-06-05"),
        ("Thursday", "The vote is scheduled for Thursday.", "2023-06-01"),
        ("Monday", "He said Monday it would retaliate.", "2023-05-29"),
        ("last Friday", "", "2023-05-26"),
        ("next Monday", "", "2023-06-05"),
        ("this Saturday", "", "2023-06-03"),
        ("last Thursday", "", "2023-05-25"),
        ("this coming Sunday", "", "2023-06-04"),
        ("coming Thursday", "", "2023-06-08"),
        ("Friday", "The deal, announced Friday, would give holders cash.", "2023-05-26"),
    ],
)
def test_weekdays(text, context, expected):
    if expected is None:
        with pytest.raises(DateNotUnderstood):
            resolve(text, THU, context)
    else:
        assert value(text, context=context) == expected


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("today", "2023-06-01", "day"),
        ("yesterday", "2023-05-31", "day"),
        ("tomorrow", "2023-06-02", "day"),
        ("tonight", "2023-06-01TNI", "part-of-day"),
        ("last night", "2023-05-31TNI", "part-of-day"),
        ("this morning", "2023-06-01TMO", "part-of-day"),
        ("yesterday evening", "2023-05-31TEV", "part-of-day"),
        ("this week", "2023-W22", "week"),
        ("last week", "2023-W21", "week"),
        ("earlier this week", "2023-W22", "week"),
        ("next month", "2023-07", "month"),
        ("last year", "2022", "year"),
        ("over the weekend", "2023-W21-WE", "week"),
        ("that day", "2023-06-01", "day"),
        ("in the morning", "2023-06-01TMO", "part-of-day"),
        ("during the night", "2023-06-01TNI", "part-of-day"),
        ("Saturday evening", "2023-05-27TEV", "part-of-day"),
        ("mid-afternoon Tuesday", "2023-05-30TAF", "part-of-day"),
    ],
)
def test_deictic_words_and_parts_of_day(text, expected, precision):
    resolution = resolve(text, THU)
    assert (resolution.value, resolution.precision) == (expected, precision)


def test_last_week_at_a_year_boundary_uses_iso_weeks():
    assert value("last week", date(2021, 1, 6)) == "2020-W53"
    assert value("this week", date(2024, 12, 31)) == "2025-W01"
    assert value("yesterday", date(2024, 1, 1)) == "2023-12-31"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("two days ago", "2023-05-30"),
        ("a fortnight ago", "2023-05-18"),
        ("seven weeks ago", "2023-04-13"),
        ("three months ago", "2023-03"),
        ("a year earlier", "2022"),
        ("in two weeks", "2023-06-15"),
        ("ten days later", "2023-06-11"),
        ("several years ago", "PAST_REF"),
    ],
)
def test_offsets(text, expected):
    assert value(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the night of Monday-Tuesday", "2023-05-29TNI"),
        ("May 22-23", "2023-05-22/2023-05-23"),
        ("22-23 May", "2023-05-22/2023-05-23"),
        ("between 22 and 24 May", "2023-05-22/2023-05-24"),
        ("late May", "2023-05"),
        ("early March", "2023-03"),
    ],
)
def test_intervals(text, expected):
    assert value(text) == expected


def test_early_and_late_months_keep_their_part_of_the_month():
    late = resolve("late May", THU)
    assert (late.start, late.end) == (date(2023, 5, 21), date(2023, 5, 31))


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("June 1", THU, "2023-06-01"),
        ("Nov. 21", THU, "2023-11-21"),
        ("Aug. 3", THU, "2023-08-03"),
        ("1 June 2023", None, "2023-06-01"),
        ("Dec. 30", date(2024, 1, 2), "2023-12-30"),
        ("Jan. 3", date(2023, 12, 30), "2024-01-03"),
        ("Feb. 29", SUN, "2024-02-29"),
        ("Feb. 29", date(2023, 6, 1), "2020-02-29"),
    ],
)
def test_calendar_dates_take_the_nearest_year(text, reference, expected):
    assert value(text, reference) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("March eighth", "2024-03-08"),
        ("the eighth of March", "2024-03-08"),
        ("the 8th of March", "2024-03-08"),
        ("February twenty-ninth", "2024-02-29"),
        ("this coming Sunday, March tenth", "2024-03-10"),
        ("next Friday, March 15", "2024-03-15"),
    ],
)
def test_days_spelt_out_and_days_named_with_their_weekday(text, expected):
    assert value(text, SUN) == expected


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
    "text", ["99999 years ago", "99999 years later", "9999 decades ago", "the 0th century"]
)
def test_dates_outside_the_calendar_are_refused(text):
    with pytest.raises(DateNotUnderstood, match="outside the calendar"):
        resolve(text, THU)


def test_an_impossible_calendar_date_is_refused():
    with pytest.raises(DateNotUnderstood, match="not a day of the calendar"):
        resolve("30 February 2023")
    with pytest.raises(DateNotUnderstood):
        resolve("Feb. 30", THU)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the third quarter", "2023-Q3"),
        ("the latest quarter", "2023-Q1"),
        ("this quarter", "2023-Q2"),
        ("the 2022 quarter", "2022-Q1"),
        ("the comparable year-ago quarter", "2022-Q1"),
        ("this summer", "2023-SU"),
        ("last winter", "2022-WI"),
        ("the 1990s", "199"),
        ("nineteen ninety-six", "1996"),
        ("the first half of 2022", "2022-H1"),
    ],
)
def test_quarters_seasons_and_longer_units(text, expected):
    assert value(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in recent days", "PAST_REF"),
        ("recently", "PAST_REF"),
        ("now", "PRESENT_REF"),
        ("currently", "PRESENT_REF"),
        ("soon", "FUTURE_REF"),
        ("in the coming weeks", "FUTURE_REF"),
        ("at the time", "PAST_REF"),
        ("then-current", "PAST_REF"),
    ],
)
def test_vague_references(text, expected):
    resolution = resolve(text, THU)
    assert (resolution.value, resolution.precision) == (expected, "vague")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("в четверг", "2023-06-01"),
        ("вчера", "2023-05-31"),
        ("сегодня", "2023-06-01"),
        ("1 июня", "2023-06-01"),
        ("22 мая 2023", "2023-05-22"),
        ("у понеділок", "2023-05-29"),
        ("вчора", "2023-05-31"),
        ("сьогодні", "2023-06-01"),
        ("1 червня", "2023-06-01"),
        ("3 дні тому", "2023-05-29"),
    ],
)
def test_russian_and_ukrainian(text, expected):
    assert value(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("nine days after 2023-05-22-raid", "2023-05-31"),
        ("the day after 2023-05-22-raid", "2023-05-23"),
        ("three weeks before 2023-05-22-raid", "2023-05-01"),
        ("a fortnight after 2023-05-22-raid", "2023-06-05"),
    ],
)
def test_anchors_to_other_incidents(text, expected):
    resolution = resolve(text, None, anchors={"2023-05-22-raid": date(2023, 5, 22)})
    assert resolution.value == expected
    assert (resolution.reference, resolution.reference_date) == (
        "2023-05-22-raid",
        date(2023, 5, 22),
    )


def test_an_unknown_anchor_is_refused():
    with pytest.raises(DateNotUnderstood, match="no incident 'elsewhere'"):
        resolve("nine days after elsewhere", THU)


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
        "rule": "weekday",
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
    "x-1", "summer", "half", "recently", "0", "99999",
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
