"""The timeline's pure core: order, periods, anchors both ways, related incidents, entities."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from timeline import build_timeline
from timeline.featured import SettingInvalid, featured_periods
from timeline.urls import Urls, save_as

PLACES = """\
belgorod-oblast:
  name: Belgorod Oblast
  aliases: [Belgorod region]
  kind: region
  country: RU
shebekino:
  name: Shebekino
  kind: town
  region: Belgorod region
  country: RU
kozinka:
  name: Kozinka
  kind: village
  region: Belgorod Oblast
  country: RU
"""


@pytest.fixture
def archive(folder):
    """Four incidents: a raid, one anchored nine days after it, one a week later, one in July."""
    folder.write_registry("places", PLACES)
    folder.write_incident()  # Thursday 1 June 2023, Shebekino, militia, claims by two claimants
    folder.write_incident(
        {
            "id: 2023-06-01-shebekino-shelling": "id: 2023-05-22-raid",
            "title: Shelling of Shebekino": "title: The first raid",
            "date: Thursday": "date: {text: the night of Monday-Tuesday, reference: weekly}",
            "  place: shebekino": "  place: kozinka",
            "published: 2023-06-02T09:00:00+03:00": "published: 2023-05-23",
            "stated_on: {text: Friday, reference: weekly}": "stated_on: Tuesday",
            "contradicts: [injured]": "contradicts: [2023-06-01-shebekino-shelling#injured]",
        },
        name="2023-05-22-raid.md",
    )
    folder.write_incident(
        {
            "id: 2023-06-01-shebekino-shelling": "id: 2023-05-31-second-raid",
            "title: Shelling of Shebekino": "title: The second raid",
            "date: Thursday": "date: nine days after 2023-05-22-raid",
            "injured: {min: 12}": "injured: 15",
            "  - id: denial\n    claimant: militia": "  - id: denial\n    claimant: governor",
            "    stated_on: {text: Friday, reference: weekly}": (
                "    numbers:\n      injured: 9\n    stated_on: {text: Friday, reference: weekly}"
            ),
            "contradicts: [injured]": "contradicts: []",
        },
        name="2023-05-31-second-raid.md",
    )
    folder.write_incident(
        {
            "id: 2023-06-01-shebekino-shelling": "id: 2023-07-shelling",
            "title: Shelling of Shebekino": "title: Summer shelling",
            "date: Thursday": "date: July 2023",
            "tags: [shelling]": "tags: [shelling, summer]",
        },
        name="2023-07-shelling.md",
    )
    loaded = folder.load()
    assert loaded.errors == []
    return loaded


def timeline_of(archive, window=14):
    return build_timeline(archive.incidents, archive.registries, window)


def ids(incidents):
    return [incident.id for incident in incidents]


def test_incidents_link_to_the_previous_and_next_in_time(archive):
    timeline = timeline_of(archive)
    order = ["2023-05-22-raid", "2023-05-31-second-raid", "2023-06-01-shebekino-shelling"]
    assert ids(timeline.incidents) == [*order, "2023-07-shelling"]
    links = timeline.links
    assert links["2023-05-22-raid"].previous is None
    assert links["2023-05-31-second-raid"].previous.id == "2023-05-22-raid"
    assert links["2023-05-31-second-raid"].next.id == "2023-06-01-shebekino-shelling"
    assert links["2023-07-shelling"].next is None


def test_an_anchored_date_links_both_ways_with_the_written_offset(archive):
    links = timeline_of(archive).links
    (forward,) = links["2023-05-31-second-raid"].counts_from
    assert (forward.target.id, forward.phrase, forward.claim) == (
        "2023-05-22-raid",
        "nine days after",
        None,
    )
    (backward,) = links["2023-05-22-raid"].counted_from_by
    assert backward.source.id == "2023-05-31-second-raid"
    assert backward.inverse_phrase == "followed nine days later by"


@pytest.mark.parametrize(
    ("phrase", "inverse"),
    [
        ("nine days after", "followed nine days later by"),
        ("the day after", "followed a day later by"),
        ("three weeks before", "preceded three weeks earlier by"),
        ("on the day before", "preceded a day earlier by"),
    ],
)
def test_inverse_phrases(archive, phrase, inverse):
    link = timeline_of(archive).links["2023-05-31-second-raid"].counts_from[0]
    assert type(link)(link.source, link.target, None, phrase).inverse_phrase == inverse


def test_related_incidents_share_a_place_or_an_actor_within_the_window(archive):
    related = {
        r.incident.id: r.reasons
        for r in timeline_of(archive).links["2023-05-31-second-raid"].related
    }
    assert related == {
        "2023-05-22-raid": ("also involves The Militia",),
        "2023-06-01-shebekino-shelling": ("also at Shebekino", "also involves The Militia"),
    }
    narrow = timeline_of(archive, window=3).links["2023-05-31-second-raid"].related
    assert ids(r.incident for r in narrow) == ["2023-06-01-shebekino-shelling"]


def test_only_the_nearest_related_incidents_are_listed_in_timeline_order(archive):
    # 31 May is a day from 1 June and nine from 22 May: one place left keeps the nearer.
    capped = build_timeline(archive.incidents, archive.registries, 14, 1)
    related = capped.links["2023-05-31-second-raid"].related
    assert ids(r.incident for r in related) == ["2023-06-01-shebekino-shelling"]
    both = build_timeline(archive.incidents, archive.registries, 14, 2)
    assert ids(r.incident for r in both.links["2023-05-31-second-raid"].related) == [
        "2023-05-22-raid",
        "2023-06-01-shebekino-shelling",
    ]


def test_a_claimant_reported_with_different_numbers_is_flagged(archive):
    links = timeline_of(archive).links["2023-05-31-second-raid"]
    (difference,) = links.number_differences
    assert (difference.claimant.id, difference.name) == ("governor", "injured")
    assert [str(count) for count, _ in difference.reports] == ["15", "9"]
    assert links.differing_claim_ids == {"injured", "denial"}
    assert timeline_of(archive).links["2023-06-01-shebekino-shelling"].number_differences == []


def test_contradictions_are_known_to_the_claim_contradicted(archive):
    links = timeline_of(archive).links
    by = links["2023-06-01-shebekino-shelling"].contradicted_by["injured"]
    # Its own militia denial, and the raid's denial that names it across files.
    assert [(incident.id, claim.id) for incident, claim in by] == [
        ("2023-05-22-raid", "denial"),
        ("2023-06-01-shebekino-shelling", "denial"),
    ]
    assert "denial" not in links["2023-05-22-raid"].contradicted_by


def test_periods_list_overlapping_incidents_and_link_in_order(archive):
    timeline = timeline_of(archive)
    days = {period.start.isoformat(): ids(period.incidents) for period in timeline.days}
    # The night of 22-23 May is on both days; July is too coarse for day pages.
    assert days == {
        "2023-05-22": ["2023-05-22-raid"],
        "2023-05-23": ["2023-05-22-raid"],
        "2023-05-31": ["2023-05-31-second-raid"],
        "2023-06-01": ["2023-06-01-shebekino-shelling"],
    }
    months = {period.start.isoformat(): len(period.incidents) for period in timeline.months}
    assert months == {"2023-05-01": 2, "2023-06-01": 1, "2023-07-01": 1}
    assert [p.start for p in timeline.years] == [date(2023, 1, 1)]
    assert timeline.days[0].previous is None and timeline.days[0].next is timeline.days[1]
    assert timeline.months[1].end == date(2023, 6, 30)


def test_the_timeline_groups_by_span_oldest_or_newest_first(archive):
    timeline = timeline_of(archive)
    spans = [span for span, _ in timeline.by_day()]
    assert spans[0] == (date(2023, 5, 22), date(2023, 5, 23))
    assert spans[-1] == (date(2023, 7, 1), date(2023, 7, 31))
    assert [span for span, _ in timeline.by_day(newest_first=True)] == spans[::-1]


def test_entities_collect_their_incidents_claims_and_citations(archive):
    timeline = timeline_of(archive)
    # Places within a region are found through the region's name or an alias.
    assert [p.id for p in timeline.places_within["belgorod-oblast"]] == ["shebekino", "kozinka"]
    assert len(timeline.place_incidents("belgorod-oblast")) == 4
    assert ids(timeline.places["kozinka"]) == ["2023-05-22-raid"]
    governor = timeline.actors["governor"]
    assert len(governor.claims) == 5
    assert ids(governor.incidents) == ids(timeline.incidents)
    weekly = timeline.outlets["weekly"]
    assert [(c.incident.id, c.source.published_day.isoformat()) for c in weekly][:1] == [
        ("2023-05-22-raid", "2023-05-23")
    ]
    assert list(timeline.tags) == ["shelling", "summer"]
    assert ids(timeline.tags["summer"]) == ["2023-07-shelling"]


def test_urls_follow_the_settings_and_save_as_index_files():
    urls = Urls({"TIMELINE_PLACE_URL": "where/{id}.html", "TIMELINE_INCIDENT_URL": "i/{id}/"})
    assert urls.entity("place", "shebekino") == "where/shebekino.html"
    assert save_as(urls.entity("place", "shebekino")) == "where/shebekino.html"
    assert urls.period("day", date(2023, 5, 2)) == "timeline/2023/05/02/"
    assert save_as(urls.period("month", date(2023, 5, 2))) == "timeline/2023/05/index.html"
    assert urls.incident("x") == "i/x/"
    assert urls.feed("actor", "militia") == "feeds/actors/militia.atom.xml"
    assert urls.export("csv") == "data/incidents.csv"


def test_featured_periods_hold_the_incidents_that_overlap_them(archive):
    periods = featured_periods(
        [
            {"title": "The first raid", "start": "2023-05-22", "end": "2023-05-23"},
            {"title": "June", "id": "june", "start": date(2023, 6, 1), "end": "2023-06-30"},
            {"title": "A quiet day", "start": "2023-05-25"},
        ],
        archive.incidents,
    )
    assert [(p.id, p.start, p.end) for p in periods] == [
        ("the-first-raid", date(2023, 5, 22), date(2023, 5, 23)),
        ("june", date(2023, 6, 1), date(2023, 6, 30)),
        ("a-quiet-day", date(2023, 5, 25), date(2023, 5, 25)),
    ]
    assert [i.id for i in periods[0].incidents] == ["2023-05-22-raid"]
    assert all(i.date.start <= date(2023, 6, 30) for i in periods[1].incidents)
    assert periods[1].incidents and not periods[2].incidents


def test_a_malformed_featured_period_says_what_is_wrong_with_each():
    with pytest.raises(SettingInvalid) as stopped:
        featured_periods(
            [
                {"title": "No start"},
                {"title": "Backwards", "start": "2023-06-02", "end": "2023-06-01"},
                {"title": "Same", "start": "2023-06-01"},
                {"title": "Same", "start": "2023-06-02"},
                "just a title",
            ],
            [],
        )
    message = str(stopped.value)
    assert "TIMELINE_FEATURED_PERIODS[0]: the start is missing" in message
    assert "TIMELINE_FEATURED_PERIODS[1]: ends (2023-06-01) before it starts" in message
    assert "TIMELINE_FEATURED_PERIODS[3]: a second period with the id 'same'" in message
    assert "TIMELINE_FEATURED_PERIODS[4]: give at least a title" in message
    with pytest.raises(SettingInvalid, match="must be a list"):
        featured_periods({"title": "x"}, [])
    for entry, message in [
        ({"title": "x", "start": "2023-06-01", "ende": "2023-06-02"}, "unknown key ende"),
        ({"title": "—", "start": "2023-06-01"}, "cannot be the id of a page"),
        ({"title": "x", "id": "../../a b", "start": "2023-06-01"}, "cannot be the id of a page"),
        ({"title": "x", "start": datetime(2023, 6, 1, 12)}, "is not a day"),
    ]:
        with pytest.raises(SettingInvalid, match=message):
            featured_periods([entry], [])
