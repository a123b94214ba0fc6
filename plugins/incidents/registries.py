"""Read the registries of places, actors and outlets that incident files refer to by id."""

from __future__ import annotations

import re
from pathlib import Path

from . import schema
from .model import Actor, Coordinates, Outlet, Place, Registries
from .problems import Problem
from .report import FileReport, display_path
from .sourcefile import FileProblem, FrontMatterFile, read_text
from .yamlsource import YamlProblem, load_yaml

REGISTRY_FILES = {"places": "places.yaml", "actors": "actors.yaml", "outlets": "outlets.yaml"}


class AnyId:
    """Stand for every id of a registry file that could not be read at all."""

    def __contains__(self, entry_id) -> bool:
        return True


def coordinates_of(value) -> Coordinates | None:
    """Return the coordinates a checked `coordinates` mapping gives, if any."""
    if not isinstance(value, dict):
        return None
    return Coordinates(value["lat"], value["lon"], value.get("radius_m"), value.get("source"))


def name_key(name: str) -> str:
    """Fold a name for comparison: 'Graivoron', 'graivoron' and 'GRAIVORON' are one, and so
    are 'Новая Таволжанка' and 'новая таволжанка' (letters of every script count)."""
    return re.sub(r"[\W_]+", "-", name.casefold()).strip("-")


def names_of(entry) -> tuple[str, ...]:
    """Return every name a registry entry goes by: its name, aliases and native names."""
    return (entry.name, *entry.aliases, *(name for _, name in entry.native))


def entry_named(value: str, entries: dict) -> str | None:
    """Return the id of the one registry entry whose name or alias is `value`, if any."""
    wanted = name_key(value)
    found = {
        entry_id
        for entry_id, entry in entries.items()
        if any(name_key(name) == wanted for name in names_of(entry))
    }
    return found.pop() if len(found) == 1 else None


def _place(entry_id: str, entry: dict) -> Place:
    return Place(
        id=entry_id,
        name=entry["name"],
        country=entry["country"],
        aliases=tuple(entry.get("aliases", ())),
        native=tuple((entry.get("native") or {}).items()),
        kind=entry.get("kind"),
        region=entry.get("region"),
        coordinates=coordinates_of(entry.get("coordinates")),
        description=entry.get("description"),
    )


def _actor(entry_id: str, entry: dict) -> Actor:
    return Actor(
        id=entry_id,
        name=entry["name"],
        kind=entry["kind"],
        aliases=tuple(entry.get("aliases", ())),
        native=tuple((entry.get("native") or {}).items()),
        country=entry.get("country"),
        description=entry.get("description"),
    )


def _outlet(entry_id: str, entry: dict) -> Outlet:
    return Outlet(
        id=entry_id,
        name=entry["name"],
        aliases=tuple(entry.get("aliases", ())),
        native=tuple((entry.get("native") or {}).items()),
        url=entry.get("url"),
        country=entry.get("country"),
        language=entry.get("language"),
        description=entry.get("description"),
    )


BUILDERS = {"places": _place, "actors": _actor, "outlets": _outlet}


def _load_registry(path: Path, kind: str, report: FileReport) -> dict | None:
    """Read one registry file and return its entries by id (None for an invalid entry).

    Return None when the file as a whole is unusable; its problems are reported.
    """
    try:
        document = load_yaml(read_text(path))
    except (FileProblem, YamlProblem) as problem:
        report.file_problem(problem)
        return None
    report._positions = FrontMatterFile(document, "", 0).position
    data = document.data if document.data is not None else {}
    failed_ids = set()
    for failure in schema.check(data, schema.REGISTRIES_SCHEMA, kind):
        report.error(failure.path, failure.message, failure.hint)
        if failure.path:
            failed_ids.add(failure.path[0])
    if not isinstance(data, dict):
        return None
    build = BUILDERS[kind]
    return {
        entry_id: build(entry_id, entry) if entry_id not in failed_ids else None
        for entry_id, entry in data.items()
    }


def load_registries(registry_dir: Path, root: Path) -> tuple[Registries, dict, list[Problem]]:
    """Load places, actors and outlets; also return, per kind, the ids not to check against.

    Those are the ids of invalid entries, or every id when a whole file is unusable: their
    problems are reported once, in the registry, not again at every reference.
    """
    registries = Registries()
    unchecked: dict = {}
    problems: list[Problem] = []
    for kind, filename in REGISTRY_FILES.items():
        path = registry_dir / filename
        report = FileReport(path, display_path(path, root))
        entries = _load_registry(path, kind, report) if path.exists() else {}
        problems += report.problems
        if entries is None:
            unchecked[kind] = AnyId()
            continue
        setattr(registries, kind, {k: v for k, v in entries.items() if v is not None})
        unchecked[kind] = {k for k, v in entries.items() if v is None}
    return registries, unchecked, problems
