"""The date engine: what each rule resolves, and what it refuses."""

from __future__ import annotations

from datetime import date

import pytest

from incident_dates import DAY, DAYS, MONTH, PART_OF_DAY, YEAR, DateNotUnderstood, resolve
from incident_dates.formatting import format_span, format_when, precision_label

THURSDAY = date(2023, 6, 1)
TUESDAY = date(2023, 5, 23)


@pytest.mark.parametrize(
    ("text", "reference", "value", "start", "end", "precision", "rule"),
    [
        ("2023-06-01", None, "2023-06-01", "2023-06-01", "2023-06-01", DAY, "iso-date"),
        ("2023-05-22/2023-05-23", None, "2023-05-22/2023-05-23", "2023-05-22", "2023-05-23", DAYS, "iso-interval"),
        ("2023-05", None, "2023-05", "2023-05-01", "2023-05-31", MONTH, "iso-month"),
        ("2024-02", None, "2024-02", "2024-02-01", "2024-02-29", MONTH, "iso-month"),
        ("2023", None, "2023", "2023-01-01", "2023-12-31", YEAR, "year"),
        # A weekday is the most recent such day on or before the reference, that day included.
        ("Thursday", THURSDAY, "2023-06-01", "2023-06-01", "2023-06-01", DAY, "weekday"),
        ("on Monday", TUESDAY, "2023-05-22", "2023-05-22", "2023-05-22", DAY, "weekday"),
        ("Monday", THURSDAY, "2023-05-29", "2023-05-29", "2023-05-29", DAY, "weekday"),
        ("Friday", THURSDAY, "2023-05-26", "2023-05-26", "2023-05-26", DAY, "weekday"),
        ("early Thursday", THURSDAY, "2023-06-01", "2023-06-01", "2023-06-01", DAY, "weekday"),
        ("late on Monday", TUESDAY, "2023-05-22", "2023-05-22", "2023-05-22", DAY, "weekday"),
        ("Thursday's", THURSDAY, "2023-06-01", "2023-06-01", "2023-06-01", DAY, "weekday"),
        ("THURSDAY", THURSDAY, "2023-06-01", "2023-06-01", "2023-06-01", DAY, "weekday"),
        ("Thursday morning", THURSDAY, "2023-06-01TMO", "2023-06-01", "2023-06-01", PART_OF_DAY, "weekday"),
        ("on Tuesday afternoon", TUESDAY, "2023-05-23TAF", "2023-05-23", "2023-05-23", PART_OF_DAY, "weekday"),
        ("Monday night", TUESDAY, "2023-05-22TNI", "2023-05-22", "2023-05-22", PART_OF_DAY, "weekday"),
        ("the night of Monday-Tuesday", TUESDAY, "2023-05-22TNI", "2023-05-22", "2023-05-23", PART_OF_DAY, "weekday-night-span"),
        ("the night of Monday to Tuesday", TUESDAY, "2023-05-22TNI", "2023-05-22", "2023-05-23", PART_OF_DAY, "weekday-night-span"),
    ],
)  # fmt: skip
def test_resolves(text, reference, value, start, end, precision, rule):
    resolution = resolve(text, reference)
    assert resolution.text == text
    assert resolution.value == value
    assert (resolution.start.isoformat(), resolution.end.isoformat()) == (start, end)
    assert (resolution.precision, resolution.rule) == (precision, rule)
    assert resolution.reference_date == reference
    assert resolution.is_relative == (reference is not None)


def test_an_iso_date_needs_no_reference_and_ignores_one():
    resolution = resolve("2023-06-01", TUESDAY)
    assert not resolution.is_relative
    assert resolution.reference_date is None


@pytest.mark.parametrize(
    ("text", "reference", "message"),
    [
        ("sometime soon", THURSDAY, "sometime soon"),
        ("", THURSDAY, "not a date expression"),
        ("Thursday", None, "needs a reference date"),
        ("2023-02-30", None, "2023-02-30"),
        ("2023-05-23/2023-05-22", None, "ends before"),
        ("the night of Monday-Wednesday", TUESDAY, "night"),
    ],
)
def test_refuses(text, reference, message):
    with pytest.raises(DateNotUnderstood, match=message):
        resolve(text, reference)


def test_formatting_for_readers():
    night = resolve("the night of Monday-Tuesday", TUESDAY)
    assert format_span(night) == "22\u201323 May 2023"
    assert format_when(night) == "night of 22\u201323 May 2023"
    assert precision_label(night) == "night"
    assert format_when(resolve("Thursday", THURSDAY)) == "1 June 2023"
    assert format_span(resolve("2023-05", None)) == "May 2023"
    assert format_span(resolve("2023-05-30/2023-06-02", None)) == "30 May \u2013 2 June 2023"
    assert precision_label(resolve("2023", None)) == "year"


def test_as_dict_is_json_ready():
    assert resolve("Thursday", THURSDAY).as_dict() == {
        "text": "Thursday",
        "value": "2023-06-01",
        "start": "2023-06-01",
        "end": "2023-06-01",
        "precision": "day",
        "rule": "weekday",
        "reference": None,
        "reference_date": "2023-06-01",
    }
