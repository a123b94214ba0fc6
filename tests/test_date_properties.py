"""Properties the date engine keeps for any reference, in every language (hypothesis)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from incident_dates import resolve

REFERENCES = st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31))
WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "ru": ("понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье"),
    "uk": ("понеділок", "вівторок", "середу", "четвер", "п'ятницю", "суботу", "неділю"),
}
NIGHT_INTO = {"en": "overnight into {}", "ru": "в ночь на {}", "uk": "у ніч на {}"}
ON = {"en": "on {}", "ru": "в {}", "uk": "у {}"}
MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря"),
    "uk": ("січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
           "вересня", "жовтня", "листопада", "грудня"),
}  # fmt: skip
DAYS_AGO = {"en": "{} days ago", "ru": "{} дней назад", "uk": "{} днів тому"}
LANGUAGES = st.sampled_from(("en", "ru", "uk"))


@given(REFERENCES, st.integers(0, 6), LANGUAGES)
@settings(max_examples=300, deadline=None)
def test_a_weekday_is_the_last_one_on_or_before_the_reference(reference, weekday, language):
    text = ON[language].format(WEEKDAYS[language][weekday])
    day = resolve(text, reference).start
    assert day.weekday() == weekday
    assert timedelta(0) <= reference - day < timedelta(days=7)
    # Shifting the reference by a week shifts the answer by a week.
    assert resolve(text, reference + timedelta(days=7)).start == day + timedelta(days=7)


@given(REFERENCES, st.integers(0, 6), LANGUAGES)
@settings(max_examples=300, deadline=None)
def test_the_night_into_a_day_is_the_night_before_it(reference, weekday, language):
    name = WEEKDAYS[language][weekday]
    morning = resolve(ON[language].format(name), reference).start
    night = resolve(NIGHT_INTO[language].format(name), reference)
    assert (night.start, night.end) == (morning - timedelta(days=1), morning)
    assert night.value == f"{night.start.isoformat()}TNI"


@given(REFERENCES, st.integers(1, 3650), LANGUAGES)
@settings(max_examples=300, deadline=None)
def test_days_ago_count_back_from_the_reference(reference, days, language):
    resolution = resolve(DAYS_AGO[language].format(days), reference)
    assert resolution.start == resolution.end == reference - timedelta(days=days)


@given(REFERENCES, st.dates(min_value=date(2001, 1, 1), max_value=date(2001, 12, 31)))
@settings(max_examples=300, deadline=None)
def test_a_date_without_a_year_is_the_nearest_and_the_same_in_every_language(reference, day):
    answers = {
        resolve(f"{day.day} {MONTHS[language][day.month - 1]}", reference).start
        for language in MONTHS
    }
    assert len(answers) == 1
    (answer,) = answers
    assert (answer.month, answer.day) == (day.month, day.day)
    assert abs((answer - reference).days) <= 184


@given(REFERENCES)
@settings(max_examples=200, deadline=None)
def test_overnight_is_the_night_before_the_report_in_every_language(reference):
    for text in ("overnight", "минувшей ночью", "цієї ночі", "вночі", "ночью", "last night"):
        night = resolve(text, reference)
        assert (night.start, night.end) == (reference - timedelta(days=1), reference), text
