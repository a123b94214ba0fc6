"""Related incidents: the nearest in time that share an incident's place or one of its actors."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from incidents.model import Incident


@dataclass(frozen=True, slots=True)
class Related:
    """Another incident near in time that shares the place or an actor."""

    incident: Incident
    reasons: tuple[str, ...]


def shared_keys(incident: Incident) -> list[tuple[str, str]]:
    """Return what related incidents share: the place and each actor."""
    keys = [("actor", actor.id) for actor in incident.actors]
    if incident.location.place:
        keys.append(("place", incident.location.place.id))
    return keys


def related_incidents(
    incidents: list[Incident], window_days: int, most: int
) -> dict[str, list[Related]]:
    """List, for each incident, the `most` nearest in time within `window_days` of it that
    share its place or an actor, in timeline order.

    Candidates come from the incidents at the same place or with the same actor, found by
    date with a binary search, so that large archives need not compare every pair. The cap
    keeps a busy place's pages, and the build's memory, from growing with the square of
    the archive. Days are ordinals and incidents their positions in the timeline, and the
    reasons are written only for the incidents kept: a busy actor has hundreds of
    candidates for each of its incidents.
    """
    starts = [incident.date.start.toordinal() for incident in incidents]
    ends = [incident.date.end.toordinal() for incident in incidents]
    keys = [shared_keys(incident) for incident in incidents]
    groups: dict[tuple[str, str], list[int]] = {}
    for number, incident_keys in enumerate(keys):
        for key in incident_keys:
            groups.setdefault(key, []).append(number)
    group_starts = {key: [starts[n] for n in group] for key, group in groups.items()}
    longest = {key: max(ends[n] - starts[n] for n in group) for key, group in groups.items()}
    related = {}
    reasons_of: dict[tuple[str, str], str] = {}  # one text per place or actor, not per pair
    for number, incident in enumerate(incidents):
        start, end = starts[number], ends[number]
        found: set[int] = set()
        for key in keys[number]:
            low = bisect_left(group_starts[key], start - window_days - longest[key])
            high = bisect_right(group_starts[key], end + window_days)
            found.update(groups[key][low:high])
        found.discard(number)
        near = []
        for other in found:
            gap = max(starts[other] - end, start - ends[other])
            if gap <= window_days:
                near.append((abs(gap), other))
        near.sort()
        kept = []
        for _, other in near:
            reasons = _reasons(incident, incidents[other], reasons_of)
            if reasons:
                kept.append((other, Related(incidents[other], reasons)))
                if len(kept) == most:
                    break
        related[incident.id] = [each for _, each in sorted(kept, key=lambda each: each[0])]
    return related


def _reasons(incident: Incident, other: Incident, known: dict) -> tuple[str, ...]:
    """Return why `other` is related to `incident`: the place and the actors they share."""
    place = incident.location.place.id if incident.location.place else None
    actor_ids = {actor.id for actor in incident.actors}
    reasons = []
    if place and other.location.place and other.location.place.id == place:
        reasons.append(_reason(known, "also at", other.location.place.name))
    reasons.extend(
        _reason(known, "also involves", actor.name)
        for actor in other.actors
        if actor.id in actor_ids
    )
    return tuple(reasons)


def _reason(known: dict[tuple[str, str], str], what: str, name: str) -> str:
    """Return the text of a reason, made once per place or actor."""
    return known.setdefault((what, name), f"{what} {name}")
