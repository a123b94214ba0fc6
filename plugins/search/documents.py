"""Turn incidents into search documents: the text of each field, the filters, the result card."""

from __future__ import annotations

import hashlib
import html
import json
import re

from incident_dates.formatting import MONTHS, format_when
from incidents.model import Incident
from incidents.numbers import label
from incidents.registries import names_of

_TAGS = re.compile(r"<[^>]+>")


def plain_text(body_html: str) -> str:
    """Return the words of sanitised HTML, without its tags."""
    return html.unescape(_TAGS.sub(" ", body_html))


def _date_words(incident: Incident) -> str:
    """Write an incident's dates the ways a reader may search them: '2023', 'May', '2023-05-22'."""
    start, end = incident.date.start, incident.date.end
    words = {start.isoformat(), end.isoformat(), str(start.year), MONTHS[start.month - 1]}
    words |= {str(end.year), MONTHS[end.month - 1], format_when(incident.date), incident.date.text}
    return " ".join(sorted(words))


def search_document(incident: Incident, url: str, enclosing: dict | None = None) -> dict:
    """Return the fields whoosh indexes for an incident, the filters, and its result card.

    `enclosing` maps a place id to the places it lies inside: a filter on one of those
    finds the incident too.
    """
    location = incident.location
    place_names = []
    for place in location.places:
        place_names += [place.name, *(names_of(place.place)[1:] if place.place else ())]
        if place.region:
            place_names.append(place.region)
    place_ids = list(dict.fromkeys(place.place.id for place in location.places if place.place))
    for inner in list(place_ids):
        for outer in (enclosing or {}).get(inner, ()):
            if outer not in place_ids:
                place_ids.append(outer)
    actors = {actor.id: actor for actor in incident.actors}
    actors.update((claim.claimant.id, claim.claimant) for claim in incident.claims)
    claims = [
        " ".join(
            [claim.claimant.name, claim.kind, claim.statement]
            + [f"{label(name)} {number}" for name, number in claim.numbers.items()]
        )
        for claim in incident.claims
    ]
    outlets = [
        " ".join(filter(None, (*names_of(s.outlet), s.title, s.author))) for s in incident.sources
    ]
    document = {
        "id": incident.id,
        "title": incident.title,
        "summary": incident.summary,
        "body": plain_text(incident.body_html),
        "claims": "\n".join(claims),
        "place": "\n".join(dict.fromkeys(place_names)),
        "actors": "\n".join(" ".join(names_of(actor)) for actor in actors.values()),
        "outlets": "\n".join(outlets),
        "tags": " ".join(incident.tags),
        "dates": _date_words(incident),
        "place_ids": ",".join(place_ids),
        "actor_ids": ",".join(sorted(actors)),
        "tag_ids": ",".join(incident.tags),
        "filters": sorted(
            [["place", place_id] for place_id in place_ids]
            + [["actor", actor_id] for actor_id in actors]
            + [["tag", tag] for tag in incident.tags]
        ),
        "start": incident.date.start.toordinal(),
        "end": incident.date.end.toordinal(),
        "card": {
            "id": incident.id,
            "url": url,
            "title": incident.title,
            "when": format_when(incident.date),
            "place": location.name,
            "summary": incident.summary,
        },
    }
    document["hash"] = hashlib.sha256(
        json.dumps(document, sort_keys=True, ensure_ascii=False).encode("utf-8")
    ).hexdigest()[:16]
    return document
