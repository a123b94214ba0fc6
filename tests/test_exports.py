"""The built site's data exports, parsed with real parsers and checked against the archive."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ElementTree

import geojson
import icalendar
import jsonschema
import pytest

from timeline.exports import CSV_COLUMNS, coordinates
from timeline.settings import SETTINGS

ATOM = "{http://www.w3.org/2005/Atom}"
FEED_LIMIT = SETTINGS.value({}, "TIMELINE_FEED_MAX_ITEMS")


@pytest.fixture(scope="module")
def incidents(shipped):
    return {incident.id: incident for incident in shipped.archive.incidents}


def test_json_follows_its_published_schema_and_holds_every_incident(shipped_site, incidents):
    document = json.loads((shipped_site / "data" / "incidents.json").read_text(encoding="utf-8"))
    schema = json.loads((shipped_site / "data" / "incidents.schema.json").read_text())
    jsonschema.Draft202012Validator(schema).validate(document)
    assert (document["format"], document["version"]) == ("incident-archive", 2)
    records = {record["id"]: record for record in document["incidents"]}
    assert records.keys() == incidents.keys()
    for incident_id, record in records.items():
        incident = incidents[incident_id]
        assert record["date"]["text"] == incident.date.text
        assert record["date"]["start"] == incident.date.start.isoformat()
        assert record["date"]["rule"] == incident.date.rule
        reference = incident.date.reference
        if reference is not None:
            assert record["date"]["reference_kind"] == reference.kind
            assert record["date"]["reference"] == reference.id
            assert (
                incident.source(reference.id)
                if reference.kind == "source"
                else incidents[reference.id]
            )
        assert record["date"]["rules"] == list(incident.date.rules)
        assert [s["url"] for s in record["sources"]] == [s.url for s in incident.sources]
        assert [c["statement"] for c in record["claims"]] == [c.statement for c in incident.claims]
        assert record["url"].endswith(f"/incidents/{incident_id}/")


def test_csv_has_one_row_per_incident_with_conflict_data_columns(shipped_site, incidents):
    text = (shipped_site / "data" / "incidents.csv").read_text(encoding="utf-8")
    assert tuple(next(csv.reader(io.StringIO(text, newline="")))) == CSV_COLUMNS
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert [row["id"] for row in rows] == list(incidents)
    for row in rows:
        incident = incidents[row["id"]]
        assert (row["start"], row["end"]) == (
            incident.date.start.isoformat(),
            incident.date.end.isoformat(),
        )
        assert row["precision"] == incident.date.precision
        assert row["country"] == incident.location.country
        assert int(row["claim_count"]) == len(incident.claims)
        assert row["other_places"] == "; ".join(p.name for p in incident.location.also)
        point = coordinates(incident.location)
        if point:
            assert float(row["latitude"]) == pytest.approx(point[0])
            assert float(row["longitude"]) == pytest.approx(point[1])
        for source in incident.sources:
            assert source.outlet.name in row["sources"]


def test_geojson_is_a_valid_rfc7946_feature_collection(shipped_site, incidents):
    collection = geojson.loads((shipped_site / "data" / "incidents.geojson").read_text())
    assert collection.is_valid, collection.errors()
    assert collection["type"] == "FeatureCollection"
    assert [feature["id"] for feature in collection["features"]] == list(incidents)
    located = 0
    for feature in collection["features"]:
        point = coordinates(incidents[feature["id"]].location)
        further = incidents[feature["id"]].location.also
        assert [p["name"] for p in feature["properties"]["other_places"]] == [
            p.name for p in further
        ]
        if point is None:
            assert feature["geometry"] is None
            continue
        located += 1
        longitude, latitude = feature["geometry"]["coordinates"]
        assert (latitude, longitude) == pytest.approx(point, abs=1e-6)
        assert -180 <= longitude <= 180 and -90 <= latitude <= 90
    assert located == sum(coordinates(i.location) is not None for i in incidents.values())


def test_icalendar_has_an_all_day_event_per_incident(shipped_site, incidents):
    calendar = icalendar.Calendar.from_ical((shipped_site / "data" / "incidents.ics").read_bytes())
    events = calendar.walk("VEVENT")
    assert [str(event["uid"]).split("@")[0] for event in events] == list(incidents)
    for event in events:
        incident = incidents[str(event["uid"]).split("@")[0]]
        assert event.decoded("dtstart") == incident.date.start
        assert (event.decoded("dtend") - incident.date.end).days == 1
        assert str(event["summary"]) == incident.title


def _feed_ids(path) -> list[str]:
    entries = ElementTree.parse(path).getroot().findall(f"{ATOM}entry")
    return [e.find(f"{ATOM}link").get("href").rstrip("/").split("/")[-1] for e in entries]


def _newest(incidents, limit=FEED_LIMIT) -> list[str]:
    return [i.id for i in sorted(incidents, key=lambda i: i.sort_key, reverse=True)][:limit]


def test_atom_feeds_hold_the_newest_incidents_newest_first(shipped_site, incidents):
    feed = ElementTree.parse(shipped_site / "feeds" / "all.atom.xml").getroot()
    updated = [entry.find(f"{ATOM}updated").text for entry in feed.findall(f"{ATOM}entry")]
    assert updated == sorted(updated, reverse=True)
    assert _feed_ids(shipped_site / "feeds" / "all.atom.xml") == _newest(incidents.values())
    places = {i.location.place.id for i in incidents.values() if i.location.place}
    for place_id in places:
        ids = _feed_ids(shipped_site / "feeds" / "places" / f"{place_id}.atom.xml")
        assert 0 < len(ids) <= FEED_LIMIT
        oldest = min(incidents[i].sort_key for i in ids)
        # Incidents within the place count too; those at it are there back to the oldest.
        at_place = {
            i.id
            for i in incidents.values()
            if i.location.place and i.location.place.id == place_id and i.sort_key >= oldest
        }
        assert set(ids) >= at_place, place_id
    actors = {actor.id for i in incidents.values() for actor in i.actors}
    for actor_id in actors:
        assert _feed_ids(shipped_site / "feeds" / "actors" / f"{actor_id}.atom.xml"), actor_id


def test_a_feed_keeps_the_newest_incidents_up_to_its_limit(shipped):
    from timeline.feeds import newest

    ordered = _newest(shipped.archive.incidents, None)
    assert [i.id for i in newest(shipped.archive.incidents, 2)] == ordered[:2]
    assert [i.id for i in newest(shipped.archive.incidents, 10**6)] == ordered


def test_csv_defuses_spreadsheet_formulas(folder):
    from timeline import Urls, build_timeline, to_csv

    folder.write_incident({"title: Shelling of Shebekino": 'title: =HYPERLINK("http://x")'})
    archive = folder.load()
    timeline = build_timeline(archive.incidents, archive.registries)
    (row,) = csv.DictReader(io.StringIO(to_csv(timeline, Urls({}), "")))
    assert row["title"] == '\'=HYPERLINK("http://x")'
