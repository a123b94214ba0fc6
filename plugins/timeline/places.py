"""Places inside places, and incidents that name a place in words only."""

from __future__ import annotations

import re
from collections import defaultdict

from incidents.model import Incident, Place, Registries
from incidents.registries import names_of


def place_names(registries: Registries) -> dict[str, str]:
    """Map every name a place goes by, case-folded, to its id (the first place wins a tie)."""
    names: dict[str, str] = {}
    for place in registries.places.values():
        for name in names_of(place):
            names.setdefault(name.casefold(), place.id)
    return names


def mentions(incidents: list[Incident], registries: Registries) -> dict[str, list[Incident]]:
    """Map each place to the incidents whose unlinked place names or details name it."""
    names = place_names(registries)
    if not names:
        return {}
    alternatives = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    # Matched against case-folded text, so that what matches is a key ('İ', 'ß' fold apart).
    pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")
    named: dict[str, list[Incident]] = defaultdict(list)
    for incident in incidents:
        text = " · ".join(
            part
            for location in incident.location.places
            for part in ((None if location.place else location.name), location.detail)
            if part
        ).casefold()
        for place_id in dict.fromkeys(names[match] for match in pattern.findall(text)):
            named[place_id].append(incident)
    return dict(named)


def places_within(registries: Registries) -> dict[str, list[Place]]:
    """Map each place to the places whose region names it (by name or alias)."""
    names = place_names(registries)
    within = defaultdict(list)
    for place in registries.places.values():
        outer = names.get((place.region or "").casefold())
        if outer and outer != place.id:
            within[outer].append(place)
    return dict(within)


def inside(within: dict[str, list[Place]]) -> dict[str, list[str]]:
    """Map each place to every place inside it, however deep (a cycle is cut where it closes)."""
    closed = {}
    for outer in within:
        seen: list[str] = []
        pending = [place.id for place in within[outer]]
        while pending:
            place_id = pending.pop(0)
            if place_id not in seen and place_id != outer:
                seen.append(place_id)
                pending.extend(place.id for place in within.get(place_id, []))
        closed[outer] = sorted(seen)
    return dict(sorted(closed.items()))
