"""Write the archive in the formats researchers load: JSON, CSV, GeoJSON and iCalendar."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, time, timedelta, timezone

import icalendar

from incidents.model import Claim, Incident, Location

from .index import Timeline
from .urls import Urls

EXPORT_FORMAT = "incident-archive"
EXPORT_VERSION = 2
CSV_COLUMNS = (
    "id", "date", "start", "end", "precision", "place", "admin_region", "country",
    "latitude", "longitude", "location_precision", "other_places", "actors", "sources",
    "source_urls",
    "claim_count", "title", "summary", "url",
)  # fmt: skip
# Spreadsheets run a cell that starts with one of these as a formula (CSV injection).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def absolute(site_url: str, url: str) -> str:
    """Join the site's URL and a site-relative URL."""
    return f"{site_url}/{url}"


def coordinates(location: Location) -> tuple[float, float] | None:
    """Return (latitude, longitude) of the incident's location or of its place, if known."""
    point = location.point
    return (point.lat, point.lon) if point else None


def admin_region(location: Location) -> str | None:
    """Return the region the location lies in, from the file or the place registry."""
    return location.region or (location.place.region if location.place else None)


def _claim(claim: Claim, incident: Incident) -> dict:
    return {
        "id": claim.id,
        "claimant": claim.claimant.id,
        "claimant_name": claim.claimant.name,
        "kind": claim.kind,
        "statement": claim.statement,
        "language": claim.language,
        "numbers": {name: number.as_dict() for name, number in claim.numbers.items()},
        "stated_on": claim.stated_on.as_dict() if claim.stated_on else None,
        "reported_by": [source.id for source in claim.reported_by],
        "status": claim.status,
        "contradicts": list(claim.contradicts),
    }


def _place(location: Location) -> dict:
    point = coordinates(location)
    given = location.coordinates
    return {
        "name": location.name,
        "place": location.place.id if location.place else None,
        "admin_region": admin_region(location),
        "country": location.country,
        "precision": location.precision,
        "detail": location.detail,
        "latitude": point[0] if point else None,
        "longitude": point[1] if point else None,
        "radius_m": given.radius_m if given else None,
        "geolocated_by": given.source if given else None,
    }


def incident_record(incident: Incident, timeline: Timeline, urls: Urls, site_url: str) -> dict:
    """Return every field of an incident, its resolved dates and its links, ready for JSON."""
    location = incident.location
    links = timeline.links[incident.id]
    return {
        "id": incident.id,
        "url": absolute(site_url, urls.incident(incident.id)),
        "title": incident.title,
        "summary": incident.summary,
        "tags": list(incident.tags),
        "date": incident.date.as_dict(),
        "location": {**_place(location), "also": [_place(further) for further in location.also]},
        "actors": [{"id": actor.id, "name": actor.name} for actor in incident.actors],
        "sources": [
            {
                "id": source.id,
                "outlet": source.outlet.id,
                "outlet_name": source.outlet.name,
                "title": source.title,
                "published": source.published,
                "published_day": source.published_day.isoformat(),
                "language": source.language,
                "url": source.url,
                "archive_url": source.archive_url,
                "author": source.author,
                "note": source.note,
                "via": source.via.id if source.via else None,
                "via_name": source.via.name if source.via else None,
                "entries": [
                    {"id": entry.id, "time": entry.moment.isoformat(), "title": entry.title}
                    for entry in source.entries
                ],
            }
            for source in incident.sources
        ],
        "claims": [_claim(claim, incident) for claim in incident.claims],
        "body_html": incident.body_html,
        "links": {
            "previous": links.previous.id if links.previous else None,
            "next": links.next.id if links.next else None,
            "counts_from": [
                {
                    "incident": link.target.id,
                    "claim": link.claim.id if link.claim else None,
                    "phrase": link.phrase,
                }
                for link in links.counts_from
            ],
            "related": [related.incident.id for related in links.related],
        },
    }


def _made(kind: str, incident: Incident, make):
    """Make an incident's fragment of an export (the default: no fragments are kept)."""
    return make()


def compact_json(value) -> str:
    """Write JSON with no spaces and sorted keys: the same value, the same bytes."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def to_json(timeline: Timeline, urls: Urls, site_url: str, fragment=_made) -> str:
    """Return the whole archive as one JSON document (see the export's JSON Schema).

    `fragment(kind, incident, make)` may return a kept fragment instead of calling `make`:
    the document is the same either way, record by record.
    """

    def record(incident: Incident) -> str:
        return compact_json(incident_record(incident, timeline, urls, site_url))

    records = [
        fragment("json", incident, lambda i=incident: record(i)) for incident in timeline.incidents
    ]
    # The keys in sorted order, as json.dumps(..., sort_keys=True) writes them.
    return (
        f'{{"format":{compact_json(EXPORT_FORMAT)},"incidents":[{",".join(records)}],'
        f'"version":{EXPORT_VERSION}}}\n'
    )


def _cell(value) -> str:
    """Return a CSV cell, with text that a spreadsheet would run as a formula defused."""
    if value is None:
        return ""
    text = str(value)
    if isinstance(value, str) and text.startswith(_FORMULA_STARTS):
        return "'" + text
    return text


def _carried(source) -> str:
    """Name a source's outlet, and the agency whose text it carried: 'France 24 (AFP)'."""
    if source.via and source.via is not source.outlet:
        return f"{source.outlet.name} ({source.via.name})"
    return source.outlet.name


def _csv_row(incident: Incident, urls: Urls, site_url: str) -> str:
    location = incident.location
    point = coordinates(location)
    row = {
        "id": incident.id,
        "date": incident.date.value,
        "start": incident.date.start.isoformat(),
        "end": incident.date.end.isoformat(),
        "precision": incident.date.precision,
        "place": location.name,
        "admin_region": admin_region(location),
        "country": location.country,
        "latitude": f"{point[0]:.6f}" if point else None,
        "longitude": f"{point[1]:.6f}" if point else None,
        "location_precision": location.precision,
        "actors": "; ".join(actor.name for actor in incident.actors),
        "other_places": "; ".join(further.name for further in location.also),
        "sources": "; ".join(
            f"{_carried(source)} ({source.published_day.isoformat()})"
            for source in incident.sources
        ),
        "source_urls": " ".join(source.url for source in incident.sources if source.url),
        "claim_count": len(incident.claims),
        "title": incident.title,
        "summary": incident.summary,
        "url": absolute(site_url, urls.incident(incident.id)),
    }
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerow([_cell(row[c]) for c in CSV_COLUMNS])
    return buffer.getvalue()


def to_csv(timeline: Timeline, urls: Urls, site_url: str, fragment=_made) -> str:
    """Return one row per incident, with the columns conflict-event datasets use."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerow(CSV_COLUMNS)
    rows = [
        fragment("csv", incident, lambda i=incident: _csv_row(i, urls, site_url))
        for incident in timeline.incidents
    ]
    return buffer.getvalue() + "".join(rows)


def _other_place(location: Location) -> dict:
    point = coordinates(location)
    return {
        "name": location.name,
        "latitude": round(point[0], 6) if point else None,
        "longitude": round(point[1], 6) if point else None,
    }


def _feature(incident: Incident, urls: Urls, site_url: str) -> dict:
    point = coordinates(incident.location)
    return {
        "type": "Feature",
        "id": incident.id,
        "geometry": (
            {"type": "Point", "coordinates": [round(point[1], 6), round(point[0], 6)]}
            if point
            else None
        ),
        "properties": {
            "title": incident.title,
            "date": incident.date.value,
            "start": incident.date.start.isoformat(),
            "end": incident.date.end.isoformat(),
            "precision": incident.date.precision,
            "place": incident.location.name,
            "admin_region": admin_region(incident.location),
            "country": incident.location.country,
            "location_precision": incident.location.precision,
            "other_places": [_other_place(further) for further in incident.location.also],
            "actors": [actor.name for actor in incident.actors],
            "claim_count": len(incident.claims),
            "summary": incident.summary,
            "url": absolute(site_url, urls.incident(incident.id)),
        },
    }


def to_geojson(timeline: Timeline, urls: Urls, site_url: str, fragment=_made) -> str:
    """Return an RFC 7946 FeatureCollection; incidents with no known point have no geometry."""
    features = [
        fragment("geojson", incident, lambda i=incident: compact_json(_feature(i, urls, site_url)))
        for incident in timeline.incidents
    ]
    return f'{{"features":[{",".join(features)}],"type":"FeatureCollection"}}\n'


def _stamp(incident: Incident) -> datetime:
    """Return when an incident's event was last changed, as far as the archive can tell.

    The newest publication day of its sources, as a UTC time: stable, never the build's
    clock, and the same whatever else the archive holds.
    """
    newest = max(source.published_day for source in incident.sources)
    return datetime.combine(newest, time(0, 0), tzinfo=timezone.utc)


def _event(incident: Incident, urls: Urls, site_url: str) -> bytes:
    event = icalendar.Event()
    event.add("uid", f"{incident.id}@incident-archive")
    event.add("dtstamp", _stamp(incident))
    event.add("dtstart", incident.date.start)
    event.add("dtend", incident.date.end + timedelta(days=1))
    event.add("summary", incident.title)
    event.add("description", f"{incident.summary}\n\nAs written: {incident.date.text}")
    event.add("location", "; ".join(place.name for place in incident.location.places))
    point = coordinates(incident.location)
    if point:
        event.add("geo", point)
    event.add("url", absolute(site_url, urls.incident(incident.id)))
    if incident.tags:
        event.add("categories", list(incident.tags))
    return event.to_ical()


def to_ics(timeline: Timeline, urls: Urls, site_url: str, site_name: str, fragment=_made) -> bytes:
    """Return an iCalendar file with one all-day event per incident."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//incident-archive//timeline//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", site_name)
    events = [
        fragment("ics", incident, lambda i=incident: _event(i, urls, site_url))
        for incident in timeline.incidents
    ]
    # A calendar's text is its own lines, then each event's, then its end line.
    head = calendar.to_ical().removesuffix(b"END:VCALENDAR\r\n")
    return head + b"".join(events) + b"END:VCALENDAR\r\n"
