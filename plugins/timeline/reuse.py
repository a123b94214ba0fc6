"""Reuse the previous build's files whose inputs did not change.

Every file the timeline writes gets a fingerprint: a hash of everything it is made from
(the code, theme and settings of the build, its URL and template, and a signature of the
values its template reads, where each incident stands for a digest of its file, its
resolved dates and the registry entries it names). A file whose fingerprint is the one
the previous build recorded, and which is still as that build left it, is hard-linked from
the previous output instead of being rendered again. The manifest of fingerprints is
written beside the output once the new output is in place.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import pickle
import shutil
from datetime import date, datetime
from pathlib import Path

from sitebuild.context import FILE_DIGESTS_SETTING, PREVIOUS_OUTPUT_SETTING

from incidents.model import Actor, Claim, Incident, Outlet, Place, Source

from .index import AnchorLink, IncidentLinks

MANIFEST_VERSION = 1
# Settings that differ between two builds of the same site.
VOLATILE_SETTINGS = frozenset({"OUTPUT_PATH", PREVIOUS_OUTPUT_SETTING, FILE_DIGESTS_SETTING})


def settings_signature(settings: dict) -> str:
    """Return the settings as text, objects by name, without what differs between builds."""
    kept = {k: v for k, v in settings.items() if k not in VOLATILE_SETTINGS}
    return json.dumps(
        kept, sort_keys=True, default=lambda o: getattr(o, "__qualname__", type(o).__name__)
    )


def _hash(*parts, digest=None) -> str:
    """Hash the parts' reprs, each ended by a NUL, continuing `digest` if given."""
    if digest is None:
        digest = hashlib.blake2b(digest_size=16)
    for part in parts:
        digest.update(repr(part).encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()


def folder_digest(folders: list[Path]) -> str:
    """Return a digest of every file under `folders`: the code and theme of a build."""
    digest = hashlib.blake2b(digest_size=16)
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(path.as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


def manifest_of(output: Path) -> Path:
    """Return where the manifest of the build in `output` is kept: beside it, never in it."""
    return output.with_name(f".{output.name}.manifest.json")


def entity_digest(entity) -> str:
    """Return a digest of a registry entry: every field it has."""
    return _hash(type(entity).__name__, dataclasses.astuple(entity))


def _memoized(memo: dict[int, str], entity) -> str:
    key = id(entity)
    if key not in memo:
        memo[key] = entity_digest(entity)
    return memo[key]


def incident_digests(incidents: list[Incident], file_digests: dict[str, str]) -> dict[str, str]:
    """Return, by id, a digest of everything an incident's pages show of it.

    Its file (by content hash) and the day it last changed, its dates as resolved (they
    move with the incidents they count from) and the registry entries it names (their
    names and places change with the registries). What the code makes of these is in the
    build's base fingerprint.
    """
    by_id = {incident.id: incident for incident in incidents}
    digests: dict[str, str] = {}
    memo: dict[int, str] = {}
    for incident in incidents:
        # A card shows the title and day of the incident a date counts from.
        anchors = [
            (anchor.title, anchor.date.start)
            for resolution in (incident.date, *(claim.stated_on for claim in incident.claims))
            if resolution is not None
            and resolution.reference is not None
            and (anchor := by_id.get(resolution.reference.id)) is not None
            and resolution.reference.kind == "incident"
        ]
        entities = [
            *(place.place for place in incident.location.places if place.place),
            *incident.actors,
            *(source.outlet for source in incident.sources),
            *(source.via for source in incident.sources if source.via),
            *(claim.claimant for claim in incident.claims),
        ]
        digests[incident.id] = _hash(
            file_digests.get(incident.path, incident.path),
            incident.id,
            repr(incident.date),
            [repr(claim.stated_on) for claim in incident.claims],
            [_memoized(memo, entity) for entity in entities],
            anchors,
            incident.file_changed,
        )
    return digests


class Signer:
    """Turn the values a template reads into a signature that names only what they show."""

    def __init__(self, digests: dict[str, str]):
        self.digests = digests
        self.entities: dict[int, str] = {}
        self.fields: dict[type, tuple[str, ...] | None] = {}

    def entity(self, entity) -> str:
        """Return a registry entry's digest, once per entry and build."""
        key = id(entity)
        if key not in self.entities:
            self.entities[key] = entity_digest(entity)
        return self.entities[key]

    def sign(self, value, depth: int = 0):
        """Return a hashable, printable stand-in for `value`."""
        if value is None or isinstance(value, str | int | float | bool | date | datetime):
            return value
        if isinstance(value, Incident):
            return self.digests[value.id]
        if isinstance(value, list | tuple):
            # Most lists are of incidents (a period's, a place's): each is its digest.
            digests, sign = self.digests, self.sign
            return tuple(
                digests[item.id] if type(item) is Incident else sign(item, depth) for item in value
            )
        if isinstance(value, Claim):
            # A claim is shown through its incident, which the signature holds beside it.
            return ("claim", value.id)
        if isinstance(value, Source):
            return ("source", value.id)
        if isinstance(value, Place | Actor | Outlet):
            return self.entity(value)
        if isinstance(value, IncidentLinks):
            return self.links(value)
        if isinstance(value, dict):
            return tuple((self.sign(k, depth), self.sign(v, depth)) for k, v in value.items())
        if isinstance(value, set | frozenset):
            return tuple(sorted(repr(self.sign(item, depth)) for item in value))
        names = self._field_names(type(value))
        if names is not None:
            if depth > 0 and hasattr(value, "kind") and hasattr(value, "start"):
                # A neighbouring period, named on a page, not listed on it.
                return ("period", value.kind, value.start)
            return (
                type(value).__name__,
                tuple((name, self.sign(getattr(value, name), depth + 1)) for name in names),
            )
        raise TypeError(f"no signature for {type(value).__name__}")

    def _field_names(self, kind: type) -> tuple[str, ...] | None:
        """Return a dataclass's field names (None for any other type), once per type."""
        if kind not in self.fields:
            self.fields[kind] = (
                tuple(f.name for f in dataclasses.fields(kind))
                if dataclasses.is_dataclass(kind)
                else None
            )
        return self.fields[kind]

    def links(self, links: IncidentLinks) -> tuple:
        """Return the signature of an incident's links, field by field (the hot path)."""
        digests = self.digests

        def anchored(link: AnchorLink) -> tuple:
            claim = link.claim.id if link.claim else None
            return (digests[link.source.id], digests[link.target.id], claim, link.phrase)

        return (
            digests[links.previous.id] if links.previous else None,
            digests[links.next.id] if links.next else None,
            tuple(anchored(link) for link in links.counts_from),
            tuple(anchored(link) for link in links.counted_from_by),
            tuple((digests[r.incident.id], r.reasons) for r in links.related),
            tuple(
                (self.entity(d.claimant), d.name, tuple((str(n), c.id) for n, c in d.reports))
                for d in links.number_differences
            ),
            tuple(
                (claim_id, tuple((digests[i.id], c.id) for i, c in found))
                for claim_id, found in links.contradicted_by.items()
            ),
            tuple(
                (claim_id, tuple((digests[i.id], c.id) for i, c in found))
                for claim_id, found in links.contradicts.items()
            ),
        )


class Fragments:
    """Each incident's part of each export, kept between builds by its fingerprint.

    In 256 shards by the fingerprint's first byte: a build rewrites only the shards whose
    fragments changed (a few, after one edit), not all of the archive's (128 MB at 20,000).
    """

    def __init__(self, folder: Path | None):
        self.folder = folder
        self.kept: dict[str, object] = {}
        self.used: dict[str, object] = {}
        # The keys each shard file holds, as read: a shard unreadable is written again.
        self.stored: dict[str, set[str]] = {}
        if folder is not None and folder.is_dir():
            for path in folder.glob("*.pickle"):
                try:
                    entries = pickle.loads(path.read_bytes())
                except (OSError, pickle.UnpicklingError, EOFError):
                    continue
                self.kept.update(entries)
                self.stored[path.stem] = set(entries)

    def get(self, key: str, make):
        """Return the fragment kept under `key`, or make and keep it."""
        value = self.kept.get(key)
        if value is None:
            value = make()
        self.used[key] = value
        return value

    def save(self) -> None:
        """Keep what this build used, and nothing else (all, if it used none)."""
        if self.folder is None or not self.used:
            return
        shards: dict[str, dict[str, object]] = {}
        for key, value in self.used.items():
            shards.setdefault(key[:2], {})[key] = value
        self.folder.mkdir(parents=True, exist_ok=True)
        # The one file earlier builds kept them in (128 MB at 20,000), read no longer.
        self.folder.with_suffix(".pickle").unlink(missing_ok=True)
        for stale in self.folder.glob("*.pickle"):
            if stale.stem not in shards:
                stale.unlink()
        for shard, entries in shards.items():
            if self.stored.get(shard) == entries.keys():
                continue  # the fragments the file already holds
            path = self.folder / f"{shard}.pickle"
            temporary = path.with_suffix(".tmp")
            temporary.write_bytes(pickle.dumps(entries, protocol=5))
            os.replace(temporary, path)


class OutputReuse:
    """The previous build's manifest and output, and this build's fingerprints."""

    def __init__(self, previous: Path | None, manifest: Path | None, base: str):
        self.previous = previous
        self.manifest = manifest
        self.base = base
        # The base begins every fingerprint: hashed once, its state copied for each file.
        self._based = hashlib.blake2b(digest_size=16)
        _hash(base, digest=self._based)
        self.old: dict[str, list] = {}
        self.new: dict[str, str] = {}
        self.reused = 0
        self.folders: set[str] = set()  # made in the output by take()
        if (
            previous is not None
            and previous.is_dir()
            and manifest is not None
            and manifest.is_file()
        ):
            try:
                stored = json.loads(manifest.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                stored = {}
            if stored.get("version") == MANIFEST_VERSION and stored.get("base") == base:
                self.old = stored.get("files", {})

    def fingerprint(self, *parts) -> str:
        """Return the fingerprint of a file made from `parts` by this build."""
        return _hash(*parts, digest=self._based.copy())

    def take(self, relative: str, fingerprint: str, output: Path) -> bool:
        """Link the previous build's file into `output` if it is what this build would write."""
        self.new[relative] = fingerprint
        recorded = self.old.get(relative)
        if recorded is None or recorded[0] != fingerprint or self.previous is None:
            return False
        # Plain strings, not paths: this runs for every file of the site.
        source = os.path.join(self.previous, relative)
        try:
            stat = os.stat(source)
        except OSError:
            return False
        if [stat.st_size, stat.st_mtime_ns, stat.st_ino] != recorded[1:]:
            return False  # changed since that build wrote it
        target = os.path.join(output, relative)
        folder = os.path.dirname(target)
        if folder not in self.folders:
            os.makedirs(folder, exist_ok=True)
            self.folders.add(folder)
        try:
            os.link(source, target)
        except OSError:
            shutil.copy2(source, target)
        self.reused += 1
        return True

    def save(self, output: Path) -> None:
        """Record this build's fingerprints, with each file as it now is in `output`."""
        if self.manifest is None:
            return
        files = {}
        for relative, fingerprint in sorted(self.new.items()):
            try:
                stat = os.stat(os.path.join(output, relative))
            except OSError:
                continue
            files[relative] = [fingerprint, stat.st_size, stat.st_mtime_ns, stat.st_ino]
        self.manifest.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.manifest.with_suffix(".tmp")
        temporary.write_text(
            json.dumps({"version": MANIFEST_VERSION, "base": self.base, "files": files}),
            encoding="utf-8",
        )
        os.replace(temporary, self.manifest)
