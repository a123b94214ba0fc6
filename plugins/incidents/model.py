"""The archive's objects: registry entries, sources, claims and incidents."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from incident_dates import Resolution


@dataclass(frozen=True, slots=True)
class Coordinates:
    """A WGS 84 point."""

    lat: float
    lon: float


@dataclass(slots=True)
class Place:
    """A place registry entry."""

    id: str
    name: str
    country: str
    aliases: tuple[str, ...] = ()
    kind: str | None = None
    region: str | None = None
    coordinates: Coordinates | None = None
    description: str | None = None


@dataclass(slots=True)
class Actor:
    """An actor registry entry: a body, group or person that acts or makes claims."""

    id: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    description: str | None = None


@dataclass(slots=True)
class Outlet:
    """An outlet registry entry: who published a source."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    url: str | None = None
    country: str | None = None
    language: str | None = None
    description: str | None = None


@dataclass(slots=True)
class Registries:
    """The places, actors and outlets incidents refer to by id."""

    places: dict[str, Place] = field(default_factory=dict)
    actors: dict[str, Actor] = field(default_factory=dict)
    outlets: dict[str, Outlet] = field(default_factory=dict)


@dataclass(slots=True)
class Location:
    """Where an incident happened: a registry place, or a place named in the file."""

    name: str
    country: str
    precision: str | None = None
    place: Place | None = None
    region: str | None = None
    coordinates: Coordinates | None = None
    detail: str | None = None


@dataclass(slots=True)
class Source:
    """A published report an incident is written from."""

    id: str
    outlet: Outlet
    title: str
    published: str
    published_day: date
    language: str
    published_moment: datetime | None = None
    url: str | None = None
    archive_url: str | None = None
    author: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Count:
    """A number as claimed: exact when min equals max, else a range open on one side or none."""

    min: int | None
    max: int | None

    def __str__(self) -> str:
        if self.min == self.max:
            return str(self.min)
        if self.max is None:
            return f"at least {self.min}"
        if self.min is None:
            return f"up to {self.max}"
        return f"{self.min}\u2013{self.max}"


@dataclass(slots=True)
class Claim:
    """A statement by a named claimant, as reported by sources; never asserted by the archive."""

    id: str
    claimant: Actor
    kind: str
    statement: str
    reported_by: list[Source]
    status: str
    numbers: dict[str, Count] = field(default_factory=dict)
    stated_on: Resolution | None = None
    contradicts: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Incident:
    """One incident file, validated, with its dates resolved."""

    id: str
    path: str
    title: str
    summary: str
    date: Resolution
    location: Location
    sources: list[Source]
    body_html: str
    tags: list[str] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)

    def source(self, source_id: str | None) -> Source | None:
        """Return this incident's source with the given id, if any."""
        return next((s for s in self.sources if s.id == source_id), None)

    def claims_by_claimant(self) -> list[tuple[Actor, list[Claim]]]:
        """Group claims by claimant, in the order claimants first appear."""
        groups: dict[str, tuple[Actor, list[Claim]]] = {}
        for claim in self.claims:
            groups.setdefault(claim.claimant.id, (claim.claimant, []))[1].append(claim)
        return list(groups.values())

    @property
    def sort_key(self) -> tuple:
        """Order incidents by earliest day, then latest day, then id."""
        return (self.date.start, self.date.end, self.id)
