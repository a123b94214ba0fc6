"""The pure cores behind the timeline's picture of time, its maps and its places."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest
from sitebuild.checks import SettingInvalid

from timeline.histogram import choose_unit, histogram
from timeline.maps import map_settings
from timeline.places import inside, mentions


def dated(start: str, end: str | None = None):
    first = date.fromisoformat(start)
    return SimpleNamespace(date=SimpleNamespace(start=first, end=date.fromisoformat(end or start)))


@pytest.mark.parametrize(
    ("first", "last", "unit"),
    [
        ("2023-05-01", "2023-05-01", "day"),
        ("2023-01-01", "2023-04-30", "day"),  # 120 days
        ("2023-01-01", "2023-05-01", "week"),
        ("2023-01-01", "2025-01-01", "week"),
        ("2020-01-01", "2029-12-31", "month"),  # 120 months
        ("1990-01-01", "2023-12-31", "year"),
    ],
)
def test_the_finest_unit_that_fits_is_chosen(first, last, unit):
    assert choose_unit(date.fromisoformat(first), date.fromisoformat(last)) == unit


def test_a_day_counts_where_it_is_and_a_span_on_every_bar_it_overlaps():
    bars = histogram([dated("2023-05-22"), dated("2023-05-22", "2023-05-23"), dated("2023-05-25")])
    assert [(b.start.day, b.exact, b.spanning) for b in bars] == [
        (22, 1, 1),
        (23, 0, 1),
        (24, 0, 0),  # empty days are drawn too
        (25, 1, 0),
    ]
    assert all(b.unit == "day" and b.start == b.end for b in bars)


def test_weeks_start_on_monday_and_months_end_on_their_last_day():
    bars = histogram([dated("2023-01-04"), dated("2023-06-30")])
    assert bars[0].unit == "week" and bars[0].start == date(2023, 1, 2)
    assert sum(b.total for b in bars) == 2
    months = histogram([dated("2020-02-10"), dated("2029-12-01")])
    assert months[0].start == date(2020, 2, 1) and months[0].end == date(2020, 2, 29)


def test_a_centurys_span_draws_a_bar_per_year_not_thousands():
    bars = histogram([dated("1901-01-01", "2000-12-31"), dated("2023-05-22")])
    assert len(bars) == 123 and bars[0].unit == "year"
    assert bars[-1].exact == 1 and bars[0].spanning == 1


def test_no_incidents_no_bars():
    assert histogram([]) == []


def place(place_id, name, aliases=(), region=None, native=()):
    return SimpleNamespace(
        id=place_id, name=name, aliases=list(aliases), region=region, native=tuple(native)
    )


def test_places_inside_places_are_found_at_any_depth_and_a_cycle_ends():
    oblast, district, town = place("o", "Oblast"), place("d", "District"), place("t", "Town")
    within = {"o": [district], "d": [town], "t": [oblast]}  # a cycle, by mistake
    assert inside(within) == {"d": ["o", "t"], "o": ["d", "t"], "t": ["d", "o"]}


def test_an_incident_names_a_place_in_words_whatever_the_case():
    registries = SimpleNamespace(
        places={
            "igdir": place("igdir", "Iğdır"),
            "kozinka": place("kozinka", "Kozinka", native=[("ru", "Козинка")]),
        }
    )

    def at(name, detail=None, linked=None):
        located = SimpleNamespace(place=linked, name=name, detail=detail)
        return SimpleNamespace(id=name, location=SimpleNamespace(places=[located]))

    near = at("Border area", "near KOZINKA and Iğdir")
    linked = at("Kozinka", linked=registries.places["kozinka"])  # at it, not a mention
    cyrillic = at("Козинка")
    found = mentions([near, linked, cyrillic], registries)
    assert {key: [i.id for i in found[key]] for key in found} == {
        "kozinka": ["Border area", "Козинка"]
    }


@pytest.mark.parametrize(
    "view",
    [{"lat": 50}, {"lat": 91, "lon": 0, "zoom": 5}, {"lat": 0, "lon": 0, "zoom": 25}, "Belgorod"],
)
def test_a_malformed_map_view_stops_the_build(view):
    with pytest.raises(SettingInvalid, match="TIMELINE_MAP_VIEW"):
        map_settings("https://t.example/{z}/{x}/{y}.png", "", view)


def test_map_settings_take_a_tile_template_or_none():
    settings = map_settings("", "", {"lat": 50.6, "lon": 36.6, "zoom": 8})
    assert settings == {
        "tiles": "",
        "attribution": "",
        "view": {"lat": 50.6, "lon": 36.6, "zoom": 8},
    }
    with pytest.raises(SettingInvalid, match="TIMELINE_MAP_TILES"):
        map_settings("https://t.example/tile.png", "", None)
