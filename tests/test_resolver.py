"""The date engine's interface: resolutions, their audit trail and references, refusals."""

from __future__ import annotations

import contextlib
import json
from datetime import date, datetime, timedelta, timezone

import pytest

from incident_dates import (
    DATE,
    INCIDENT,
    SOURCE,
    DateNotUnderstood,
    Reference,
    ReferenceNeeded,
    UnknownAnchor,
    anchors_in,
    resolve,
    resolve_stated,
)
from incident_dates.formatting import datetime_attribute, format_span, format_when, precision_label

THURSDAY = date(2023, 6, 1)
TUESDAY = date(2023, 5, 23)
RAID = {"2023-05-22-raid": date(2023, 5, 22)}


def test_a_resolution_names_every_rule_that_composed_it():
    resolution = resolve("в ночь на 1 июня", THURSDAY)
    assert resolution.value == "2023-05-31TNI"
    assert resolution.rule == resolution.rules[0]
    assert "ru.nights.night-into" in resolution.rules
    assert "common.day-month" in resolution.rules
    assert resolution.description == "the night before 1 June"


def test_the_reference_is_typed():
    by_day = resolve("Thursday", THURSDAY)
    assert by_day.reference == Reference(DATE, THURSDAY)
    source = Reference(SOURCE, THURSDAY, "mt", datetime(2023, 6, 1, 9, tzinfo=timezone.utc))
    assert resolve("overnight", source).reference is source
    anchored = resolve("nine days after 2023-05-22-raid", THURSDAY, anchors=RAID)
    assert anchored.reference == Reference(INCIDENT, date(2023, 5, 22), "2023-05-22-raid")
    assert anchored.anchor_id == "2023-05-22-raid"
    assert by_day.anchor_id is None


def test_a_bare_evening_counted_from_an_incident_is_its_own():
    incident = Reference(INCIDENT, THURSDAY, "2023-06-01-raid")
    assert resolve("ввечері", incident).value == "2023-06-01TEV"
    # A report out in the morning tells of the evening before; one known by its day only,
    # of its own day's, unless its sentence goes on into the night.
    morning = datetime(2023, 6, 1, 8, 0, tzinfo=timezone(timedelta(hours=3)))
    assert resolve("ввечері", morning).value == "2023-05-31TEV"
    assert resolve("ввечері", THURSDAY).value == "2023-06-01TEV"
    assert resolve("ввечері", THURSDAY, "Ввечері та вночі росіяни атакували.").value == (
        "2023-05-31TEV"
    )


@pytest.mark.parametrize(
    ("text", "length", "day"),
    [("ten days later", "P10D", "2023-06-11"), ("спустя два часа", "PT2H", "2023-06-01"),
     ("через два дні після цього", "P2D", "2023-06-03"), ("a day after", "P1D", "2023-06-02"),
     ("three weeks after", "P3W", "2023-06-22"), ("three days before", "P3D", "2023-05-29"),
     ("two weeks prior to", "P2W", "2023-05-18")],
)  # fmt: skip
def test_a_count_with_no_base_is_a_length_from_a_report_and_a_day_from_an_incident(
    text, length, day
):
    assert resolve(text, THURSDAY).value == length
    assert resolve(text, Reference(INCIDENT, THURSDAY, "2023-06-01-raid")).value == day


@pytest.mark.parametrize(
    "text",
    ["then", "at the time", "since then", "тогда", "в то время", "с тех пор", "тоді",
     "на той момент", "відтоді"],
)  # fmt: skip
def test_then_counted_from_an_incident_is_its_day(text):
    assert resolve(text, Reference(INCIDENT, THURSDAY, "2023-06-01-raid")).value == "2023-06-01"
    # From a report, "then" is some time before it.
    assert resolve(text, THURSDAY).value == "PAST_REF"


def test_every_word_for_then_is_read():
    from incident_dates.grammar.events import THEN

    incident = Reference(INCIDENT, THURSDAY, "2023-06-01-raid")
    assert {text: resolve(text, incident).value for text in THEN} == dict.fromkeys(
        THEN, "2023-06-01"
    )


def test_an_absolute_date_needs_no_reference_and_ignores_one():
    resolution = resolve("2023-06-01", TUESDAY)
    assert not resolution.is_relative
    assert resolution.reference is None


@pytest.mark.parametrize(
    ("text", "reference", "message"),
    [
        ("Thursday", None, "needs a reference date"),
        ("2023-05-23/2023-05-22", None, "ends before"),
        ("sometime soonish", THURSDAY, "sometime soonish"),
        ("", THURSDAY, "empty"),
    ],
)
def test_refuses(text, reference, message):
    with pytest.raises(DateNotUnderstood, match=message):
        resolve(text, reference)


def test_a_relative_text_without_reference_needs_one():
    with pytest.raises(ReferenceNeeded):
        resolve("overnight")


def test_a_refusal_says_what_was_understood_and_suggests_the_nearest_form():
    with pytest.raises(DateNotUnderstood) as refused:
        resolve("the nihgt of May 22", THURSDAY)
    message = str(refused.value)
    assert "'nihgt'" in message
    assert refused.value.suggestion == "the night of may 22"
    assert "did you mean 'the night of may 22'?" in message
    with pytest.raises(DateNotUnderstood) as refused:
        resolve("one Thursday or two", THURSDAY)
    assert refused.value.understood == ("thursday",)
    assert "but not 'or'" in str(refused.value)


def test_a_date_within_words_that_mean_nothing_to_dates_names_them():
    found = resolve("Thursday's bananas", THURSDAY)
    assert (found.value, found.passed_over) == ("2023-06-01", ("bananas",))
    assert found.rules[-1] == "context.within-words"
    assert found.as_dict()["passed_over"] == ["bananas"]
    # Words the grammar knows, numbers and events are never passed over.
    for text in ("one Thursday or two", "Thursday and 12", "Thursday 12 bananas"):
        with pytest.raises(DateNotUnderstood):
            resolve(text, THURSDAY)


def test_an_unknown_incident_is_named():
    with pytest.raises(UnknownAnchor) as refused:
        resolve("nine days after elsewhere", THURSDAY)
    assert refused.value.incident_id == "elsewhere"
    with pytest.raises(UnknownAnchor):
        resolve("nine days after 2023-05-22-raid", THURSDAY)
    # An id inside a night or a part of a day is named too.
    for text in ("the night of 2023-05-22-raid", "the evening after 2023-05-22-raid"):
        with pytest.raises(UnknownAnchor) as refused:
            resolve(text, THURSDAY)
        assert refused.value.incident_id == "2023-05-22-raid"


def test_an_incident_is_found_wherever_it_stands_in_an_expression():
    # The anchors decide the order dates are resolved in: a night of an incident counts.
    for text in ("the night of 2023-05-22-raid", "the evening of 2023-05-22-raid"):
        assert anchors_in(text, known_ids=("2023-05-22-raid",)) == ["2023-05-22-raid"]


@pytest.mark.parametrize(
    "text",
    [
        "during Diwali",
        "a quixotic week",
        "in 2021 and 2023",
    ],
)
def test_a_word_is_taken_for_an_incident_only_where_days_are_counted_from_it(text):
    with pytest.raises(DateNotUnderstood) as refused:
        resolve(text, THURSDAY)
    assert not isinstance(refused.value, UnknownAnchor)
    assert "no incident" not in str(refused.value)


def test_a_stated_value_is_kept_as_stated():
    night = resolve_stated("the night of the raid", "2023-05-22TNI")
    assert (night.value, night.start, night.end) == (
        "2023-05-22TNI",
        date(2023, 5, 22),
        date(2023, 5, 23),
    )
    assert night.stated_value and night.rules == ("stated-value",)
    assert night.description == "2023-05-22TNI"
    moment = resolve_stated("at 1:12 a.m.", "2023-07-23T01:12+03:00")
    assert moment.moment == datetime(2023, 7, 23, 1, 12, tzinfo=timezone(timedelta(hours=3)))
    for value in ("2023-07-23T01:12", "23 July", "2023-02-30", "2023-W54"):
        with pytest.raises(DateNotUnderstood):
            resolve_stated("at 1:12 a.m.", value)
    with pytest.raises(DateNotUnderstood, match="has no zone"):
        resolve_stated("at 1:12 a.m.", "2023-07-23T01:12")


def test_times_keep_their_zone_and_history():
    moscow = resolve("03:05 Moscow time", date(2023, 7, 17))
    assert moscow.moment.utcoffset() == timedelta(hours=3)
    assert datetime_attribute(moscow) == "2023-07-17T00:05Z"
    assert format_when(moscow) == "17 July 2023, 03:05 UTC+03:00"
    # Moscow kept +04:00 all year from 2011 to 2014.
    assert resolve("03:05 Moscow time", date(2013, 7, 17)).value == "2013-07-17T03:05+04:00"
    assert resolve("около 04:00 мск", date(2023, 6, 1)).value == "2023-06-01T04:00+03:00"
    assert resolve("о 6 ранку за київським часом", date(2023, 1, 10)).value == (
        "2023-01-10T06:00+02:00"
    )
    naive = resolve("at 1:12 a.m.", date(2023, 7, 23))
    assert naive.moment.tzinfo is None and naive.value == "2023-07-23T01:12"


def test_formatting_for_readers():
    night = resolve("the night of Monday-Tuesday", TUESDAY)
    assert format_span(night) == "22\u201323 May 2023"
    assert format_when(night) == "night of 22\u201323 May 2023"
    assert precision_label(night) == "night"
    assert format_when(resolve("Thursday", THURSDAY)) == "1 June 2023"
    assert format_span(resolve("2023-05", None)) == "May 2023"
    assert format_span(resolve("2023-05-30/2023-06-02", None)) == "30 May \u2013 2 June 2023"
    assert precision_label(resolve("2023", None)) == "year"
    assert precision_label(resolve("for three days", THURSDAY)) == "length of time"


def test_as_dict_is_json_ready():
    data = resolve("Thursday", THURSDAY).as_dict()
    assert json.loads(json.dumps(data)) == data
    assert data == {
        "text": "Thursday",
        "value": "2023-06-01",
        "start": "2023-06-01",
        "end": "2023-06-01",
        "precision": "day",
        "rule": "common.weekday",
        "rules": ["common.weekday"],
        "expression": "Weekday(weekday=3)",
        "time": None,
        "reference": None,
        "reference_kind": "date",
        "reference_date": "2023-06-01",
        "stated_value": False,
        "passed_over": [],
    }


def test_ramadan_is_one_month_whatever_the_reference():
    # Its end is the eve of the Eid that follows its start, never one chosen apart.
    for offset in range(0, 3 * 365, 5):
        reference = date(2023, 1, 1) + timedelta(days=offset)
        resolution = resolve("during Ramadan", reference)
        assert 28 <= (resolution.end - resolution.start).days <= 29, reference
    for year in (2023, 2031, 2033):
        resolution = resolve(f"Ramadan {year}", date(2024, 1, 1))
        assert resolution.start.year == year and (resolution.end - resolution.start).days >= 28


def test_a_street_named_after_a_day_is_not_the_clause_day():
    sentence = "Взрыв произошел на улице 28-го июня около семи часов утра."
    assert resolve("около семи часов утра", date(2021, 9, 8), sentence).value == (
        "2021-09-08T07:00"
    )
    named = "Взрыв произошел 7 сентября около семи часов утра."
    assert resolve("около семи часов утра", date(2021, 9, 8), named).value == "2021-09-07T07:00"


def test_a_weekday_whose_event_happened_is_before_the_report():
    monday = date(2014, 3, 24)
    sentence = "Searchers don’t expect to find more survivors from Saturday’s mudslide."
    assert resolve("Saturday’s", monday, sentence).value == "2014-03-22"
    # A scheduled event's is read by the sentence's tense.
    friday = date(2022, 7, 8)
    assert resolve("Sunday's", friday, "Fans will travel to Sunday's match.").value == (
        "2022-07-10"
    )


def test_the_parse_caches_can_be_cleared_to_measure_reading_afresh():
    from incident_dates.resolver import parse

    assert resolve("через 15 минут", THURSDAY, "Через 15 минут огонь охватил дом.").value == (
        "PT15M"
    )
    parse.cache_clear()  # what benchmarks/dates.py does between texts
    assert resolve("Thursday", THURSDAY).value == "2023-06-01"


def test_an_anniversary_counted_from_the_event_is_that_many_years_on():
    # Counted from an incident (the event's own day), not from a report.
    event = Reference(INCIDENT, date(2023, 1, 1), "2023-01-01-strike")
    assert resolve("В первую годовщину трагедии", event).value == "2024-01-01"
    assert resolve("the second anniversary of the attack", event).value == "2025-01-01"
    assert resolve("у третю річницю трагедії", event).value == "2026-01-01"
    # 29 February's anniversaries fall on the 28th in common years.
    leap = Reference(INCIDENT, date(2024, 2, 29), "leap")
    assert resolve("the first anniversary of the blast", leap).value == "2025-02-28"
    # "The anniversary", counted from the event, is its first; an ordinal alone counts
    # from the event too.
    assert resolve("on the anniversary of the blast", event).value == "2024-01-01"
    assert resolve("третю річницю", event).value == "2026-01-01"
    assert resolve("до роковин трагедії", event).value == "2024-01-01"


def test_a_morning_reached_from_a_day_of_the_story_is_the_next_days():
    story = Reference(INCIDENT, date(2014, 11, 30), "2014-11-30-sit-in")
    for text in ("до утра", "к утру", "до ранку", "until morning", "by morning"):
        assert resolve(text, story).value == "2014-12-01TMO", text
        # Counted from a report, the report's own morning, as before.
        assert resolve(text, date(2014, 11, 30)).value == "2014-11-30TMO", text


def test_the_night_before_an_event_counted_from_an_incident():
    shooting = Reference(INCIDENT, date(2017, 6, 14), "2017-06-14-alexandria")
    for text in ("The night before the shooting", "в ночь перед штурмом", "у ніч перед атакою"):
        assert resolve(text, shooting).value == "2017-06-13TNI", text
    assert resolve("five years to the day", shooting).value == "2022-06-14"


def test_a_count_after_told_of_the_subject_that_came_later_counts_back():
    # Counted from the shelling's day: the massacre it came a day after was the day before.
    shelling = Reference(INCIDENT, date(2024, 6, 6), "2024-06-06-shelling")
    sentence = "The shelling came a day after the RSF was accused of killing 104 people."
    assert resolve("a day after", shelling, sentence).value == "2024-06-05"
    sentence = "The Munich attack comes just four days after a teenager attacked passengers."
    assert resolve("just four days after", shelling, sentence).value == "2024-06-02"
    # Told of what followed the incident, it lands after it.
    assert resolve("a day after", shelling, "Police arrived a day after.").value == "2024-06-07"


def test_a_count_of_days_counted_from_an_incident_starts_on_its_day():
    flood = Reference(INCIDENT, date(2021, 2, 7), "2021-02-07-chamoli-flood")
    assert resolve("for the 10th consecutive day", flood).value == "2021-02-16"
    assert resolve("на третий день", flood).value == "2021-02-09"
    # From a report, the same words are the length so far.
    assert resolve("for the third day", date(2023, 10, 6)).value == "P3D"


def test_a_date_within_words_is_found_only_among_a_few_and_quickly():
    # A paragraph is no date copied with its verb; one very long word costs no more than
    # a short one.
    with pytest.raises(DateNotUnderstood):
        resolve("officials " * 20 + "Tuesday", THURSDAY)
    assert resolve("Tuesday " + "x" * 100_000, THURSDAY).passed_over == ("x" * 100_000,)


def test_the_eve_of_an_event_not_dated_is_read_only_from_its_incident():
    riots = Reference(INCIDENT, date(2020, 2, 7), "2020-02-07-korday-riots")
    assert resolve("накануне беспорядков", riots).value == "2020-02-06"
    assert resolve("напередодні виборів", riots).value == "2020-02-06"
    # From a report it could be any riots' eve: refused, naming the event.
    with pytest.raises(DateNotUnderstood, match="'беспорядков', which it does not date"):
        resolve("накануне беспорядков", date(2020, 2, 7))
    # A feast has its own day.
    assert resolve("накануне Дня Победы", date(2020, 2, 7)).value == "2020-05-08"


def test_the_reviews_hard_cases_are_refused_or_read_as_meant():
    # An anniversary of a day written without its year is that day's occurrence by the
    # report, whatever the ordinal; one told ahead of an undated event is refused.
    assert resolve("в годовщину 24 февраля", date(2023, 2, 24)).value == "2023-02-24"
    assert resolve("the first anniversary of October 7", date(2024, 10, 8)).value == ("2024-10-07")
    with pytest.raises(DateNotUnderstood, match="to come"):
        resolve(
            "on the anniversary of the tragedy",
            date(2024, 8, 19),
            "Survivors will gather on the anniversary of the tragedy next month.",
        )
    # Words that deny or condition a date, names, and a part of a hyphenated id are never
    # passed over.
    for text in (
        "except Tuesday",
        "кроме субботы",
        "якщо в суботу",
        "the Sunday Telegraph",
        "said two days after strike-kherson",
    ):
        with pytest.raises(DateNotUnderstood):
            resolve(text, THURSDAY)
    # A count of days from an incident is a story's, not a war's thousand.
    story = Reference(INCIDENT, date(2023, 3, 10), "2023-03-10-shelling")
    assert resolve("Day 1,345", story).value == "P1345D"
    # An incident of the small hours has its own morning to come.
    early = Reference(
        INCIDENT, date(2023, 3, 10), "2023-03-10-shelling", datetime(2023, 3, 10, 2, 30)
    )
    assert resolve("until morning", early).value == "2023-03-10TMO"
    # Only a clause after "came a day after" counts back; a passive or a noun does not.
    for sentence in (
        "The shelling was followed a day after by a massacre.",
        "Rescuers came a day after the shelling.",
    ):
        assert resolve("a day after", story, sentence).value == "2023-03-11"
    # A night of no day named does not replace the day named before it.
    sentence = "В понедельник после бессонной ночи в 10:00 начался штурм."
    assert resolve("в 10:00", THURSDAY, sentence).value == "2023-05-29T10:00"


@pytest.mark.parametrize(
    "text",
    ["shortly before the attack", "hours after the first bomb", "незадолго до нападения",
     "через полчаса после вылета", "безпосередньо перед нападом"],
)  # fmt: skip
def test_shortly_before_or_after_an_event_is_the_day_of_the_incident_counted_from(text):
    attack = Reference(INCIDENT, date(2024, 8, 24), "2024-08-24-barsalogho")
    assert resolve(text, attack).value == "2024-08-24"
    assert resolve(text, date(2024, 8, 27)).value == "2024-08-27"


@pytest.mark.parametrize(
    ("text", "day"),
    [("на третий день после происшествия", "2022-09-28"),
     ("на третий день с момента трагедии", "2022-09-28"),
     ("на третій день з моменту вибуху", "2022-09-28"), ("четвертый день протестов", "2022-09-29")],
)  # fmt: skip
def test_the_nth_day_after_an_event_counts_from_the_incident_and_never_from_a_report(text, day):
    leak = Reference(INCIDENT, date(2022, 9, 26), "2022-09-26-nord-stream")
    assert resolve(text, leak).value == day
    # From a report, the day of the event is not known: refused, or only a length.
    with contextlib.suppress(DateNotUnderstood):
        assert resolve(text, date(2022, 9, 28)).value.startswith("P")


@pytest.mark.parametrize(
    "text", ["the morning after the shooting", "the morning after", "наутро после обстрелов"]
)
def test_the_morning_after_is_a_reports_own_and_the_next_after_an_incident(text):
    shooting = Reference(INCIDENT, date(2018, 6, 28), "2018-06-28-capital-gazette")
    assert resolve(text, shooting).value == "2018-06-29TMO"
    assert resolve(text, date(2018, 6, 29)).value == "2018-06-29TMO"
