"""Cross-link the archive: chronology, periods, entities, anchors both ways, related incidents."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from incidents.model import Actor, Claim, Incident, Number, Place, Registries, Source

from .places import inside, mentions, places_within
from .related import Related, related_incidents

# Spans up to these lengths are listed on day and month pages; longer ones on year pages only.
DAY_PAGE_MAX_DAYS = 7
MONTH_PAGE_MAX_DAYS = 31
_ANCHOR_PHRASE = re.compile(r"^(?:on )?(?P<offset>.+?) (?P<sign>after|before)$")


@dataclass(frozen=True, slots=True)
class AnchorLink:
    """A date in one incident counted from another incident's date."""

    source: Incident  # the incident whose field is anchored
    target: Incident  # the incident it counts from
    claim: Claim | None  # the claim whose stated_on is anchored, or None for the incident date
    phrase: str  # as written without the id: "nine days after"

    @property
    def inverse_phrase(self) -> str:
        """Say how the target sees the source: 'followed nine days later by'."""
        match = _ANCHOR_PHRASE.match(self.phrase)
        if not match:
            return "referred to by"
        offset = "a day" if match["offset"] in ("the day", "a day", "one day") else match["offset"]
        if match["sign"] == "after":
            return f"followed {offset} later by"
        return f"preceded {offset} earlier by"


@dataclass(frozen=True, slots=True)
class NumberDifference:
    """One claimant's number for one thing, reported differently by different outlets."""

    claimant: Actor
    name: str
    reports: tuple[tuple[Number, Claim], ...]


@dataclass(slots=True)
class IncidentLinks:
    """Everything an incident page links to besides its own fields."""

    previous: Incident | None = None
    next: Incident | None = None
    counts_from: list[AnchorLink] = field(default_factory=list)
    counted_from_by: list[AnchorLink] = field(default_factory=list)
    related: list[Related] = field(default_factory=list)
    number_differences: list[NumberDifference] = field(default_factory=list)
    contradicts: dict[str, list[tuple[Incident, Claim]]] = field(default_factory=dict)
    contradicted_by: dict[str, list[tuple[Incident, Claim]]] = field(default_factory=dict)

    def only_contradicted_by(self, claim_id: str) -> list[tuple[Incident, Claim]]:
        """Return the claims that contradict this one and that it does not contradict back."""
        outward = {id(claim) for _, claim in self.contradicts.get(claim_id, [])}
        return [
            pair for pair in self.contradicted_by.get(claim_id, []) if id(pair[1]) not in outward
        ]

    @property
    def differing_claim_ids(self) -> set[str]:
        """Return the ids of claims whose numbers differ from the same claimant's elsewhere."""
        return {
            claim.id for difference in self.number_differences for _, claim in difference.reports
        }


@dataclass(slots=True)
class Period:
    """A year, month or day page: the incidents whose dates overlap it."""

    kind: str  # "year", "month" or "day"
    start: date
    end: date
    incidents: list[Incident] = field(default_factory=list)
    previous: Period | None = None
    next: Period | None = None


@dataclass(slots=True)
class ActorRecord:
    """What the archive holds about one actor: incidents involved in and claims made."""

    actor: Actor
    incidents: list[Incident] = field(default_factory=list)
    claims: list[tuple[Incident, Claim]] = field(default_factory=list)


@dataclass(slots=True)
class Citation:
    """One source as cited by one incident."""

    source: Source
    incident: Incident


@dataclass(slots=True)
class Timeline:
    """The archive, cross-linked: built once, read by every page and export."""

    incidents: list[Incident]
    registries: Registries
    links: dict[str, IncidentLinks]
    years: list[Period]
    months: list[Period]
    days: list[Period]
    places: dict[str, list[Incident]]
    places_within: dict[str, list[Place]]
    # Every place inside each place, however deep, by id.
    places_inside: dict[str, list[str]]
    actors: dict[str, ActorRecord]
    outlets: dict[str, list[Citation]]
    tags: dict[str, list[Incident]]
    # Incidents naming a place in words (an unlinked place name, a detail), by place id.
    mentions: dict[str, list[Incident]] = field(default_factory=dict)
    # The (kind, first day) of every period page, filled when first needed.
    period_starts: set[tuple[str, date]] = field(default_factory=set, repr=False)
    # Each incident's place in the timeline, by object, filled when first needed.
    positions: dict[int, int] = field(default_factory=dict, repr=False)

    def by_day(
        self, incidents: list[Incident] | None = None, newest_first: bool = False
    ) -> list[tuple[tuple[date, date], list[Incident]]]:
        """Group incidents (all by default) by their span of days: the timeline's sections."""
        return group_by_day(self.incidents if incidents is None else incidents, newest_first)

    def latest(self, count: int) -> list[Incident]:
        """Return the `count` latest incidents (by when they began), in timeline order."""
        if count >= len(self.incidents):
            return self.incidents
        return self.incidents[-count:] if count > 0 else []

    def search_examples(self) -> list[str]:
        """Return words worth searching this archive for: its busiest place, actor and tag."""
        busiest_place = max(self.places.items(), key=lambda item: len(item[1]), default=None)
        busiest_actor = max(self.actors.values(), key=lambda r: len(r.claims), default=None)
        busiest_tag = max(self.tags.items(), key=lambda item: len(item[1]), default=None)
        examples = []
        if busiest_place and busiest_place[1]:
            examples.append(self.registries.places[busiest_place[0]].name)
        if busiest_tag:
            examples.append(busiest_tag[0])
        if busiest_actor and busiest_actor.claims:
            examples.append(busiest_actor.actor.name)
        return examples

    def place_incidents(self, place_id: str) -> list[Incident]:
        """Return the incidents at a place or at places within it (at any depth), in order."""
        found = {id(incident): incident for incident in self.places.get(place_id, [])}
        for inner_id in self.places_inside.get(place_id, []):
            found.update((id(incident), incident) for incident in self.places.get(inner_id, []))
        return sorted(found.values(), key=self._position)

    def facets(self) -> dict[str, list[str]]:
        """Return the claim kinds, claim statuses and date precisions found, for filters."""
        kinds = {claim.kind for incident in self.incidents for claim in incident.claims}
        statuses = {claim.status for incident in self.incidents for claim in incident.claims}
        precisions = {incident.date.precision for incident in self.incidents}
        return {"kind": sorted(kinds), "status": sorted(statuses), "precision": sorted(precisions)}

    def has_period(self, kind: str, start: date) -> bool:
        """Say whether a 'day', 'month' or 'year' page begins on `start`."""
        if not self.period_starts:
            for period in (*self.years, *self.months, *self.days):
                self.period_starts.add((period.kind, period.start))
        return (kind, start) in self.period_starts

    def bar_page(self, bar) -> tuple[str, date] | None:
        """Return the (kind, first day) of the page a histogram bar links to, if there is one.

        A day's or week's bar links to the first of its days that has a page; a month's or
        year's to its page.
        """
        if bar.unit in ("month", "year"):
            return (bar.unit, bar.start) if self.has_period(bar.unit, bar.start) else None
        days = (
            bar.start + timedelta(days=offset) for offset in range((bar.end - bar.start).days + 1)
        )
        return next((("day", day) for day in days if self.has_period("day", day)), None)

    def place_mentions(self, place_id: str) -> list[Incident]:
        """Return the incidents that name a place in words only, not at it or within it."""
        at = {id(incident) for incident in self.place_incidents(place_id)}
        return [incident for incident in self.mentions.get(place_id, []) if id(incident) not in at]

    def _position(self, incident: Incident) -> int:
        if not self.positions:
            self.positions.update((id(item), index) for index, item in enumerate(self.incidents))
        return self.positions[id(incident)]


def group_by_day(
    incidents: list[Incident], newest_first: bool = False
) -> list[tuple[tuple[date, date], list[Incident]]]:
    """Group incidents (in timeline order) by their span of days, in order."""
    groups: dict[tuple[date, date], list[Incident]] = {}
    for incident in incidents:
        groups.setdefault((incident.date.start, incident.date.end), []).append(incident)
    ordered = list(groups.items())
    return ordered[::-1] if newest_first else ordered


def _anchor_links(incidents: list[Incident]) -> list[AnchorLink]:
    """Find every date that counts from another incident: incident dates and claims' dates."""
    by_id = {incident.id: incident for incident in incidents}
    links = []
    for incident in incidents:
        dated = [(None, incident.date)] + [
            (claim, claim.stated_on) for claim in incident.claims if claim.stated_on
        ]
        for claim, resolution in dated:
            target = by_id.get(resolution.anchor_id or "")
            if target is None or (target is incident and claim is None):
                continue
            phrase = resolution.text.replace(target.id, "").strip()
            links.append(AnchorLink(incident, target, claim, phrase))
    return links


def _number_differences(incident: Incident) -> list[NumberDifference]:
    """Find numbers one claimant is reported with differently by different claims."""
    differences = []
    for claimant, claims in incident.claims_by_claimant():
        names = sorted({name for claim in claims for name in claim.numbers})
        for name in names:
            reports = tuple((c.numbers[name], c) for c in claims if name in c.numbers)
            if len({count for count, _ in reports}) > 1:
                differences.append(NumberDifference(claimant, name, reports))
    return differences


def _periods(incidents: list[Incident], kind: str) -> list[Period]:
    """Build the year, month or day pages that have incidents, linked in order."""
    pages: dict[date, Period] = {}
    for incident in incidents:
        start, end = incident.date.start, incident.date.end
        length = (end - start).days + 1
        if kind == "day" and length > DAY_PAGE_MAX_DAYS:
            continue
        if kind == "month" and length > MONTH_PAGE_MAX_DAYS:
            continue
        for first, last in _covering(start, end, kind):
            pages.setdefault(first, Period(kind, first, last)).incidents.append(incident)
    ordered = [pages[key] for key in sorted(pages)]
    for earlier, later in itertools.pairwise(ordered):
        earlier.next, later.previous = later, earlier
    return ordered


def _covering(start: date, end: date, kind: str) -> list[tuple[date, date]]:
    """Return the years, months or days that the span from start to end overlaps."""
    periods = []
    current = start
    while current <= end:
        if kind == "day":
            first, last = current, current
        elif kind == "month":
            first = current.replace(day=1)
            last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        else:
            first, last = date(current.year, 1, 1), date(current.year, 12, 31)
        periods.append((first, last))
        current = last + timedelta(days=1)
    return periods


def build_timeline(
    incidents: list[Incident],
    registries: Registries,
    related_window_days: int = 14,
    related_max: int = 12,
) -> Timeline:
    """Cross-link `incidents` (in timeline order) with each other and the registries."""
    links = {incident.id: IncidentLinks() for incident in incidents}
    for earlier, later in itertools.pairwise(incidents):
        links[earlier.id].next, links[later.id].previous = later, earlier
    for anchor in _anchor_links(incidents):
        links[anchor.source.id].counts_from.append(anchor)
        links[anchor.target.id].counted_from_by.append(anchor)
    related = related_incidents(incidents, related_window_days, related_max)
    for incident in incidents:
        links[incident.id].related = related[incident.id]
        links[incident.id].number_differences = _number_differences(incident)
    by_id = {incident.id: incident for incident in incidents}
    for incident in incidents:
        for claim in incident.claims:
            for ref in claim.contradicts:
                target_id, _, claim_id = ref.rpartition("#")
                target = by_id[target_id or incident.id]
                other = next(c for c in target.claims if c.id == claim_id)
                links[incident.id].contradicts.setdefault(claim.id, []).append((target, other))
                links[target.id].contradicted_by.setdefault(claim_id, []).append((incident, claim))

    places: dict[str, list[Incident]] = {place_id: [] for place_id in registries.places}
    actors = {actor_id: ActorRecord(actor) for actor_id, actor in registries.actors.items()}
    outlets: dict[str, list[Citation]] = {outlet_id: [] for outlet_id in registries.outlets}
    tags: dict[str, list[Incident]] = {}
    for incident in incidents:
        at = dict.fromkeys(loc.place.id for loc in incident.location.places if loc.place)
        for place_id in at:
            places[place_id].append(incident)
        involved = {actor.id for actor in incident.actors}
        for claim in incident.claims:
            actors[claim.claimant.id].claims.append((incident, claim))
            involved.add(claim.claimant.id)
        for actor_id in sorted(involved):
            actors[actor_id].incidents.append(incident)
        for source in incident.sources:
            outlets[source.outlet.id].append(Citation(source, incident))
            if source.via and source.via is not source.outlet:
                outlets[source.via.id].append(Citation(source, incident))
        for tag in incident.tags:
            tags.setdefault(tag, []).append(incident)
    within = places_within(registries)
    return Timeline(
        incidents=incidents,
        registries=registries,
        links=links,
        years=_periods(incidents, "year"),
        months=_periods(incidents, "month"),
        days=_periods(incidents, "day"),
        places=places,
        places_within=within,
        places_inside=inside(within),
        mentions=mentions(incidents, registries),
        actors=actors,
        outlets=outlets,
        tags=dict(sorted(tags.items())),
    )
