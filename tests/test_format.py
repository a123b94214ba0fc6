"""What the format holds of what reports say: several places, numbers as given, agency copies, live blogs."""

from __future__ import annotations

import pytest

from incidents import format_report
from incidents.numbers import VOCABULARY, label, number_of, problems, suggestion
from incidents.problems import ERROR, WARNING


def loaded(folder, replacements):
    folder.write_incident(replacements)
    archive = folder.load()
    assert archive.errors == [], format_report(archive.problems)
    return archive


def problems_of(folder, replacements, severity=ERROR):
    folder.write_incident(replacements)
    return [p for p in folder.load().problems if p.severity == severity]


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        (70, "70"),
        (2000, "2,000"),
        (5.61, "5.61"),
        ({"value": 5.61, "unit": "m"}, "5.61\u00a0m"),
        ({"about": 600, "unit": "km²"}, "about 600\u00a0km²"),
        ({"more_than": 900}, "more than 900"),
        ({"almost": 2000}, "almost 2,000"),
        ({"at_least": 12}, "at least 12"),
        ({"up_to": 50}, "up to 50"),
        ({"fewer_than": 10}, "fewer than 10"),
        ({"min": 12}, "at least 12"),
        ({"max": 50}, "up to 50"),
        ({"min": 40, "max": 60}, "40\u201360"),
        ({"min": 7, "max": 7}, "7"),
        ("several", "several"),
        ("dozens", "dozens"),
    ],
)
def test_numbers_read_as_the_claimant_gave_them(written, shown):
    assert problems(written) == []
    assert str(number_of(written)) == shown


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ({"about": 40, "up_to": 50}, "gives about and up_to"),
        ({"value": 4, "min": 3}, "gives value and min/max"),
        ({"unit": "m"}, "no figure"),
        ({"min": 9, "max": 3}, "greater than"),
    ],
)
def test_a_number_of_no_allowed_shape_names_the_shapes(written, message):
    [problem] = problems(written)
    assert message in problem


def test_an_open_range_is_the_same_number_as_its_qualified_figure():
    assert number_of({"min": 12}) == number_of({"at_least": 12})
    assert number_of({"max": 50}) == number_of({"up_to": 50})
    assert number_of({"min": 12}) != number_of({"more_than": 12})
    assert suggestion("homes_without_heat") is None


def test_an_agency_that_is_the_outlet_and_a_place_named_twice_are_warned_about(folder):
    warnings = problems_of(
        folder,
        {
            "    outlet: weekly\n": "    outlet: weekly\n    via: weekly\n",
            "  precision: settlement\n": "  precision: settlement\n  also:\n    - place: shebekino\n",
        },
        WARNING,
    )
    assert sorted(w.field for w in warnings) == ["location.also[0]", "sources[1].via"]


def test_every_label_of_the_vocabulary_reads_as_words():
    for name, shown in VOCABULARY.items():
        assert "_" not in shown, name
    assert label("flooded_area_km2") == "flooded area km2"
    assert suggestion("injureed") == "injured"
    assert suggestion("water_level_rise") is None


def test_numbers_in_a_file_and_their_problems(folder):
    archive = loaded(
        folder,
        {
            "      injured: {min: 12}": "      injured: {more_than: 900}\n"
            "      helicopters: several\n"
            "      water_level_rise: {value: 5.61, unit: m}"
        },
    )
    numbers = archive.incidents[0].claims[0].numbers
    assert {name: str(number) for name, number in numbers.items()} == {
        "injured": "more than 900",
        "helicopters": "several",
        "water_level_rise": "5.61\u00a0m",
    }
    [error] = problems_of(folder, {"{min: 12}": "{about: 12, up_to: 20}"})
    assert (error.line, error.field) == (30, "claims[0].numbers.injured")
    assert "about, at_least, more_than" in error.message
    [error] = problems_of(folder, {"{min: 12}": "many"})
    assert "several, dozens" in error.message
    [warning] = problems_of(folder, {"      injured:": "      injureed:"}, WARNING)
    assert warning.field == "claims[0].numbers.injureed"
    assert "did you mean 'injured'" in warning.hint


def test_further_places_and_a_geolocation(folder):
    archive = loaded(
        folder,
        {
            "  precision: settlement\n": "  precision: settlement\n"
            "  coordinates: {lat: 50.4, lon: 36.9, radius_m: 250, source: GeoConfirmed}\n"
            "  also:\n"
            "    - name: Kozinka\n"
            "      country: RU\n"
            "      region: Belgorod Oblast\n"
            "      coordinates: {lat: 50.45, lon: 35.62}\n"
        },
    )
    location = archive.incidents[0].location
    assert location.coordinates.radius_m == 250
    assert location.coordinates.source == "GeoConfirmed"
    assert [place.name for place in location.places] == ["Shebekino", "Kozinka"]
    errors = problems_of(
        folder,
        {"  precision: settlement\n": "  precision: settlement\n  also:\n    - place: shebekin\n"},
    )
    assert [(e.line, e.field) for e in errors] == [(11, "location.also[0].place")]
    errors = problems_of(
        folder,
        {"  precision: settlement\n": "  precision: settlement\n  also:\n    - name: Kozinka\n"},
    )
    assert [e.field for e in errors] == ["location.also[0]"]
    assert "'name' and 'country'" in errors[0].message
    [error] = problems_of(
        folder,
        {"  precision: settlement\n": "  coordinates: {lat: 50, lon: 36, radius_m: -4}\n"},
    )
    assert error.field == "location.coordinates.radius_m"
    assert error.message == "must be more than 0, not -4"


def test_an_agency_copy_without_a_headline(folder):
    archive = loaded(folder, {"    title: Shelling goes on\n": "    via: daily\n"})
    source = archive.incidents[0].sources[1]
    assert (source.title, source.outlet.id, source.via.id) == (None, "weekly", "daily")
    [warning] = problems_of(folder, {"    title: Shelling goes on\n": ""}, WARNING)
    assert (warning.line, warning.field) == (18, "sources[1]")
    assert "no title" in warning.message
    [error] = problems_of(folder, {"    title: Shelling goes on\n": "    via: afp\n"})
    assert error.field == "sources[1].via" and "outlets registry" in error.message


LIVE_BLOG = (
    "    url: https://weekly.example/shelling\n"
    "    entries:\n"
    "      - {id: morning, time: '2023-06-10T07:40:00+03:00', title: Morning update}\n"
    "      - {id: evening, time: '2023-06-10T19:05:00+03:00'}\n"
)


def test_a_live_blog_entry_is_a_reference_of_its_own(folder):
    archive = loaded(
        folder,
        {
            "    url: https://weekly.example/shelling\n": LIVE_BLOG,
            "reference: weekly": "reference: weekly#morning",
            "reported_by: [weekly]": "reported_by: [weekly#evening, weekly]",
        },
    )
    incident = archive.incidents[0]
    entries = incident.sources[1].entries
    assert [(e.id, e.moment.hour, e.title) for e in entries] == [
        ("morning", 7, "Morning update"),
        ("evening", 19, None),
    ]
    denial = incident.claims[1]
    assert denial.stated_on.reference_id == "weekly#morning"
    # The Friday before the entry, not before the blog's first post.
    assert denial.stated_on.start.isoformat() == "2023-06-09"
    assert [source.id for source in denial.reported_by] == ["weekly"]


@pytest.mark.parametrize(
    ("replacement", "field", "message"),
    [
        ({"reference: weekly": "reference: weekly#noon"}, "claims[1].stated_on.reference", "noon"),
        (
            {"'2023-06-10T19:05:00+03:00'": "'2023-06-10T19:05:00'"},
            "sources[1].entries[1].time",
            "zone",
        ),
        ({"id: evening": "id: morning"}, "sources[1].entries[1].id", "used twice"),
        (
            {"'2023-06-10T19:05:00+03:00'": "'2023-06-10'"},
            "sources[1].entries[1].time",
            "an entry's time is the time it was posted",
        ),
        (
            {"'2023-06-10T19:05:00+03:00'": "'2023-02-30T19:05:00+03:00'"},
            "sources[1].entries[1].time",
            "not a real date or time",
        ),
    ],
    ids=["unknown entry", "no zone", "id twice", "a day only", "no such day"],
)
def test_live_blog_mistakes_name_the_entry(folder, replacement, field, message):
    folder.write_incident({"    url: https://weekly.example/shelling\n": LIVE_BLOG})
    text = folder.incidents.joinpath("2023-06-01-shebekino-shelling.md").read_text()
    for old, new in replacement.items():
        text = text.replace(old, new, 1)
    folder.write("2023-06-01-shebekino-shelling.md", text)
    errors = [p for p in folder.load().problems if p.severity == ERROR]
    assert [e.field for e in errors] == [field], format_report(errors)
    assert message in errors[0].message + errors[0].hint


def test_an_entry_before_its_blog_began_is_warned_about(folder):
    folder.write_incident(
        {
            "    url: https://weekly.example/shelling\n": LIVE_BLOG.replace(
                "2023-06-10T07:40", "2023-05-30T07:40"
            )
        }
    )
    warnings = [p for p in folder.load().problems if p.severity == WARNING]
    assert [w.field for w in warnings] == ["sources[1].entries[0].time"]
    assert "before the source was published" in warnings[0].message


NATIVE = """\
shebekino:
  name: Shebekino
  native: {ru: Шебекино, uk: Шебекине}
  kind: town
  region: Belgorod Oblast
  country: RU
  coordinates: {lat: 50.41, lon: 36.90}
"""


def test_a_registry_entry_carries_its_names_in_its_own_languages(folder):
    from incidents.registries import entry_named, name_key

    folder.write_registry("places", NATIVE)
    archive = loaded(folder, {})
    place = archive.registries.places["shebekino"]
    assert place.native == (("ru", "Шебекино"), ("uk", "Шебекине"))
    assert entry_named("шебекино", archive.registries.places) == "shebekino"
    assert name_key("Новая  Таволжанка") == name_key("новая таволжанка") != name_key("Козинка")


def test_native_names_must_be_keyed_by_a_language_code(folder):
    folder.write_registry("places", NATIVE.replace("ru: Шебекино", "Russian: Шебекино"))
    folder.write_incident()
    errors = [p for p in folder.load().problems if p.severity == ERROR]
    assert errors and "language codes" in errors[0].message
