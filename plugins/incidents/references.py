"""Stage 2: check that an incident file's ids name entries of the registries."""

from __future__ import annotations

from .reading import ReadFile, list_of_mappings
from .registries import REGISTRY_FILES, entry_named
from .report import FileReport, closest


def check_references(
    read: ReadFile, registries, unchecked: dict, registry_dir: str, report: FileReport
) -> None:
    """Report every place, actor and outlet id of a file that names no registry entry."""
    data = read.data
    paths = [(("location", "place"), "places")]
    location = data.get("location")
    also = location.get("also") if isinstance(location, dict) else None
    paths += [
        (("location", "also", index, "place"), "places")
        for index in range(len(also) if isinstance(also, list) else 0)
    ]
    actors = data.get("actors")
    paths += [
        (("actors", index), "actors")
        for index in range(len(actors) if isinstance(actors, list) else 0)
    ]
    for index, _ in list_of_mappings(data, "sources"):
        paths += [(("sources", index, "outlet"), "outlets"), (("sources", index, "via"), "outlets")]
    paths += [
        (("claims", index, "claimant"), "actors") for index, _ in list_of_mappings(data, "claims")
    ]
    for path, kind in paths:
        _check_reference(read, report, path, kind, registries, unchecked, registry_dir)


def _check_reference(read, report, path, kind, registries, unchecked, registry_dir) -> None:
    value = read.data
    for part in path:
        try:
            value = value[part]
        except (KeyError, IndexError, TypeError):
            return
    entries = getattr(registries, kind)
    if isinstance(value, str) and value not in entries and value not in unchecked[kind]:
        known_as = entry_named(value, entries)
        report.error(
            path,
            f"'{value}' is not in the {kind} registry",
            f"'{value}' is a name of '{known_as}': write its id, '{known_as}'"
            if known_as
            else closest(value, entries) or f"add it to {registry_dir}/{REGISTRY_FILES[kind]}",
        )
