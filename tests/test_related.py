"""Related incidents found by binary search are those a comparison of every pair finds."""

from __future__ import annotations

import sys

import pytest
from conftest import ROOT

from incidents.archive import load_archive
from timeline.related import related_incidents

sys.path.append(str(ROOT / "benchmarks"))  # after plugins/: benchmarks/search.py is not search
from corpus import write_corpus


@pytest.fixture(scope="module")
def incidents(tmp_path_factory):
    """A generated archive dense enough that a busy actor has many candidates."""
    content = write_corpus(tmp_path_factory.mktemp("corpus") / "content", 300, seed=3)
    archive = load_archive(
        sorted((content / "incidents").glob("*.md")), content / "registries", content
    )
    assert not archive.errors
    return archive.incidents


def every_pair(incidents, window: int, most: int) -> dict[str, list[str]]:
    """Return the related ids of each incident by comparing it with every other one."""
    related = {}
    for number, incident in enumerate(incidents):
        place = incident.location.place
        actors = {actor.id for actor in incident.actors}
        near = []
        for position, other in enumerate(incidents):
            gap = max(
                (other.date.start - incident.date.end).days,
                (incident.date.start - other.date.end).days,
            )
            shares = bool(place and other.location.place and other.location.place.id == place.id)
            shares = shares or any(actor.id in actors for actor in other.actors)
            if position != number and gap <= window and shares:
                near.append((abs(gap), position, other.id))
        related[incident.id] = [each[2] for each in sorted(sorted(near)[:most], key=lambda e: e[1])]
    return related


@pytest.mark.parametrize(("window", "most"), [(3, 1), (14, 2), (60, 4), (200, 12)])
def test_the_nearest_sharing_a_place_or_an_actor_are_found(incidents, window, most):
    found = related_incidents(incidents, window, most)
    assert {key: [r.incident.id for r in kept] for key, kept in found.items()} == every_pair(
        incidents, window, most
    )
    assert any(len(kept) == most for kept in found.values()), "no list reached the cap"


def test_each_reason_names_the_place_or_an_actor_shared(incidents):
    found = related_incidents(incidents, 14, 12)
    for incident in incidents:
        place = incident.location.place
        actors = {actor.id for actor in incident.actors}
        for related in found[incident.id]:
            other = related.incident
            at = other.location.place
            expected = (f"also at {at.name}",) if place and at and at.id == place.id else ()
            expected += tuple(f"also involves {a.name}" for a in other.actors if a.id in actors)
            assert related.reasons == expected
