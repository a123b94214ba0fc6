"""Stage 4: build the model of each incident that passed every check."""

from __future__ import annotations

from .crossfile import FileCheck
from .model import Claim, Entry, Incident, Location, Registries, Source
from .numbers import number_of
from .registries import coordinates_of


def build_incident(check: FileCheck, registries: Registries) -> Incident:
    """Return the Incident of a file that passed every check."""
    data, refs = check.data, check.read.source_refs
    sources = [
        Source(
            id=source["id"],
            outlet=registries.outlets[source["outlet"]],
            title=source.get("title"),
            published=source["published"],
            published_day=refs[source["id"]].day,
            published_moment=refs[source["id"]].moment,
            language=source["language"],
            url=source.get("url"),
            archive_url=source.get("archive_url"),
            author=source.get("author"),
            note=source.get("note"),
            via=registries.outlets.get(source.get("via")),
            entries=[
                Entry(entry["id"], refs[f"{source['id']}#{entry['id']}"].moment, entry.get("title"))
                for entry in source.get("entries", [])
            ],
        )
        for source in data["sources"]
    ]
    by_id = {source.id: source for source in sources}
    claims = [
        Claim(
            id=claim["id"],
            claimant=registries.actors[claim["claimant"]],
            kind=claim["kind"],
            statement=claim["statement"],
            # A claim reported by a blog and by one of its entries is reported by it once.
            reported_by=list(
                {
                    ref.split("#")[0]: by_id[ref.split("#")[0]] for ref in claim["reported_by"]
                }.values()
            ),
            status=claim["status"],
            numbers={name: number_of(value) for name, value in claim.get("numbers", {}).items()},
            stated_on=check.resolutions.get(("claims", index, "stated_on")),
            contradicts=list(claim.get("contradicts", [])),
            language=claim.get("language"),
        )
        for index, claim in enumerate(data.get("claims", []))
    ]
    location = data["location"]
    return Incident(
        id=data["id"],
        path=str(check.read.path),
        title=data["title"],
        summary=data["summary"],
        date=check.resolutions[("date",)],
        location=_location(
            registries, location, [_location(registries, f) for f in location.get("also", [])]
        ),
        sources=sources,
        body_html=check.read.body_html,
        tags=list(data.get("tags", [])),
        actors=[registries.actors[actor_id] for actor_id in data.get("actors", [])],
        claims=claims,
    )


def _location(registries: Registries, location: dict, also=None) -> Location:
    """Return a place of the incident: from the registry, or as the file names it."""
    place = registries.places.get(location.get("place"))
    return Location(
        name=place.name if place else location["name"],
        country=place.country if place else location["country"],
        precision=location.get("precision"),
        place=place,
        region=location.get("region", place.region if place else None),
        coordinates=coordinates_of(location.get("coordinates"))
        or (place.coordinates if place else None),
        detail=location.get("detail"),
        also=also or [],
    )
