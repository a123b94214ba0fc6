"""The data the timeline's filters and maps load in the browser: one short record per incident."""

from __future__ import annotations

from incident_dates.formatting import format_when
from incidents.model import Incident

from .exports import compact_json, coordinates
from .index import Timeline
from .urls import Urls

EXPLORER_VERSION = 1


def explorer_record(incident: Incident, urls: Urls) -> dict:
    """Return what a filter or map needs of one incident, under short keys (see docs/theme.md)."""
    point = coordinates(incident.location)
    outlets = dict.fromkeys(
        outlet.id
        for source in incident.sources
        for outlet in (source.outlet, source.via)
        if outlet is not None
    )
    return {
        "id": incident.id,
        "url": urls.incident(incident.id),
        "title": incident.title,
        "when": format_when(incident.date),
        "start": incident.date.start.isoformat(),
        "end": incident.date.end.isoformat(),
        "precision": incident.date.precision,
        "place": incident.location.name,
        "places": list(dict.fromkeys(p.place.id for p in incident.location.places if p.place)),
        "point": [round(point[0], 5), round(point[1], 5)] if point else None,
        "located": incident.location.precision,
        "also": [
            [further.name, round(at[0], 5), round(at[1], 5)]
            for further in incident.location.also
            if (at := coordinates(further))
        ],
        "actors": sorted(
            {actor.id for actor in incident.actors} | {c.claimant.id for c in incident.claims}
        ),
        "tags": list(incident.tags),
        "kinds": sorted({claim.kind for claim in incident.claims}),
        "statuses": sorted({claim.status for claim in incident.claims}),
        "outlets": list(outlets),
    }


def to_explorer_json(timeline: Timeline, urls: Urls, fragment) -> str:
    """Return the explorer's data: records in timeline order and the places within places.

    `fragment(kind, incident, make)` may return a kept record instead of calling `make`.
    """
    records = [
        fragment("explorer", incident, lambda i=incident: compact_json(explorer_record(i, urls)))
        for incident in timeline.incidents
    ]
    within = compact_json(timeline.places_inside)
    return f'{{"incidents":[{",".join(records)}],"version":{EXPLORER_VERSION},"within":{within}}}\n'
