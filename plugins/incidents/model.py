"""The archive's objects: registry entries, sources, claims and incidents."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from incident_dates import Resolution


@dataclass(frozen=True, slots=True)
class Coordinates:
    """A WGS 84 point, with how precisely it is known and who located it, where given."""

    lat: float
    lon: float
    radius_m: float | None = None
    source: str | None = None


@dataclass(slots=True)
class Place:
    """A place registry entry."""

    id: str
    name: str
    country: str
    aliases: tuple[str, ...] = ()
    # The name in the place's own languages: (language code, name), as the registry orders them.
    native: tuple[tuple[str, str], ...] = ()
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
    native: tuple[tuple[str, str], ...] = ()
    country: str | None = None
    description: str | None = None


@dataclass(slots=True)
class Outlet:
    """An outlet registry entry: who published a source."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    native: tuple[tuple[str, str], ...] = ()
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
    also: list[Location] = field(default_factory=list)  # further places the incident concerns

    @property
    def places(self) -> list[Location]:
        """Return the main place and the further ones, in order."""
        return [self, *self.also]

    @property
    def point(self) -> Coordinates | None:
        """Return the coordinates given in the file, else the registry place's, if any."""
        return self.coordinates or (self.place.coordinates if self.place else None)


@dataclass(frozen=True, slots=True)
class Entry:
    """One entry of a live blog: its id in the file, its time, its heading if any."""

    id: str
    moment: datetime
    title: str | None = None


@dataclass(slots=True)
class Source:
    """A published report an incident is written from."""

    id: str
    outlet: Outlet
    title: str | None
    published: str
    published_day: date
    language: str
    published_moment: datetime | None = None
    url: str | None = None
    archive_url: str | None = None
    author: str | None = None
    note: str | None = None
    via: Outlet | None = None  # the agency whose text the outlet carried
    entries: list[Entry] = field(default_factory=list)

    def entry(self, entry_id: str) -> Entry | None:
        """Return the live-blog entry with the given id, if any."""
        return next((entry for entry in self.entries if entry.id == entry_id), None)


# How a claimant may qualify a figure, as written in a file and as said to readers.
QUALIFIERS = {
    "about": "about",
    "at_least": "at least",
    "more_than": "more than",
    "up_to": "up to",
    "almost": "almost",
    "fewer_than": "fewer than",
}
VAGUE_AMOUNTS = ("several", "dozens", "hundreds", "thousands")


def figure(number: float) -> str:
    """Write a figure for readers: '2,000', '5.61', '0.000001' (never '1e-06')."""
    if float(number).is_integer():
        return f"{int(number):,}"
    return f"{Decimal(repr(float(number))):,f}"


@dataclass(frozen=True, slots=True)
class Number:
    """A number as claimed: exact, a range, a qualified figure ('about 70'), or vague ('several').

    `qualifier` is a key of QUALIFIERS or one of VAGUE_AMOUNTS; `value` the figure it
    qualifies (or the exact one); `min` and `max` bound a range, and are both given (a range
    open on one side is "at least" or "up to" a value).
    """

    value: float | None = None
    min: float | None = None
    max: float | None = None
    qualifier: str | None = None
    unit: str | None = None

    def __str__(self) -> str:
        unit = f"\u00a0{self.unit}" if self.unit else ""
        if self.qualifier in VAGUE_AMOUNTS:
            return self.qualifier + unit
        if self.qualifier:
            return f"{QUALIFIERS[self.qualifier]} {figure(self.value)}{unit}"
        if self.value is not None:
            return figure(self.value) + unit
        return f"{figure(self.min)}\u2013{figure(self.max)}{unit}"

    def as_dict(self) -> dict:
        """Return a JSON-ready mapping, with the number as readers see it."""
        return {
            "value": self.value,
            "min": self.min,
            "max": self.max,
            "qualifier": self.qualifier,
            "unit": self.unit,
            "text": str(self),
        }


@dataclass(slots=True)
class Claim:
    """A statement by a named claimant, as reported by sources; never asserted by the archive."""

    id: str
    claimant: Actor
    kind: str
    statement: str
    reported_by: list[Source]
    status: str
    numbers: dict[str, Number] = field(default_factory=dict)
    stated_on: Resolution | None = None
    contradicts: list[str] = field(default_factory=list)
    # The statement's language when it is not the site's (a quotation kept as said).
    language: str | None = None

    def reporting_outlets(self) -> list[tuple[Outlet, Source]]:
        """Return each outlet that reports the claim once, with the first of its sources."""
        first: dict[str, tuple[Outlet, Source]] = {}
        for source in self.reported_by:
            first.setdefault(source.outlet.id, (source.outlet, source))
        return list(first.values())


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
    # The day its file last changed, from git; None when not known (see history.py).
    file_changed: date | None = None

    def source(self, reference_id: str | None) -> Source | None:
        """Return this incident's source with the given id (or of the given entry), if any."""
        source_id = (reference_id or "").partition("#")[0]
        return next((s for s in self.sources if s.id == source_id), None)

    def entry(self, reference_id: str | None) -> Entry | None:
        """Return the live-blog entry a reference '<source-id>#<entry-id>' names, if any."""
        source = self.source(reference_id)
        _, _, entry_id = (reference_id or "").partition("#")
        return source.entry(entry_id) if source and entry_id else None

    def claims_by_claimant(self) -> list[tuple[Actor, list[Claim]]]:
        """Group claims by claimant, in the order claimants first appear."""
        groups: dict[str, tuple[Actor, list[Claim]]] = {}
        for claim in self.claims:
            groups.setdefault(claim.claimant.id, (claim.claimant, []))[1].append(claim)
        return list(groups.values())

    def numbers_reported(self) -> list[tuple[str, list[tuple[Number, Claim]]]]:
        """Group every number of every claim by what it counts, in the order first given."""
        groups: dict[str, list[tuple[Number, Claim]]] = {}
        for claim in self.claims:
            for name, number in claim.numbers.items():
                groups.setdefault(name, []).append((number, claim))
        return list(groups.items())

    @property
    def sort_key(self) -> tuple:
        """Order incidents by earliest day, then latest day, then id."""
        return (self.date.start, self.date.end, self.id)
