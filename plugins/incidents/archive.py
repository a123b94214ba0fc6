"""Load the whole archive, registries and incident files, checked together."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from incident_dates import (
    SOURCE,
    DateNotUnderstood,
    Reference,
    ReferenceNeeded,
    Resolution,
    UnknownAnchor,
    anchors_in,
    order_by_anchors,
)
from incident_dates.formatting import format_when, precision_label

from . import plausibility, schema
from .dating import DATE_HINT, date_field, published, resolve_field, source_reference
from .files import INCIDENT_SUFFIX
from .model import (
    Actor,
    Claim,
    Coordinates,
    Entry,
    Incident,
    Location,
    Outlet,
    Place,
    Registries,
    Source,
)
from .numbers import number_of
from .numbers import problems as number_problems
from .numbers import suggestion as label_suggestion
from .problems import ERROR, WARNING, Problem, field_path
from .render import render_markdown
from .scaffold import PLACEHOLDER
from .sourcefile import FileProblem, FrontMatterFile, read_text, split_front_matter
from .yamlsource import YamlProblem, load_yaml

REGISTRY_FILES = {"places": "places.yaml", "actors": "actors.yaml", "outlets": "outlets.yaml"}
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@dataclass(frozen=True)
class ResolvedField:
    """A date field of a file as the engine resolved it, placed at its line for reports."""

    path: str
    line: int
    column: int
    field: str
    resolution: Resolution
    reference: str  # 'The Moscow Times published 2023-06-01', or the incident counted from

    def format(self) -> str:
        """Render as `path:line:column: field 'text' → value (span, precision), relative to …`."""
        return (
            f"{self.path}:{self.line}:{self.column}: {self.field} '{self.resolution.text}'"
            f" → {self.resolution.value}"
            f" ({format_when(self.resolution)}, {precision_label(self.resolution)})"
            + (f", relative to {self.reference}" if self.reference else "")
        )


@dataclass
class Archive:
    """Every incident and registry entry, with every problem found in them."""

    registries: Registries
    incidents: list[Incident] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    resolved: list[ResolvedField] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        """Return the problems that stop a build."""
        return [p for p in self.problems if p.severity == ERROR]

    def incident(self, incident_id: str) -> Incident | None:
        """Return the incident with the given id, if any."""
        return next((i for i in self.incidents if i.id == incident_id), None)

    @property
    def by_path(self) -> dict[str, Incident]:
        """Map each incident file's absolute path to its incident."""
        return {incident.path: incident for incident in self.incidents}


class _Reporter:
    """Collect problems of one file, placing each at its line and column."""

    def __init__(self, display_path: str, problems: list[Problem]):
        self.display_path = display_path
        self.problems = problems
        self.source: FrontMatterFile | None = None
        self.failed = False

    def position(self, path: tuple) -> tuple[int, int]:
        return self.source.position(path) if self.source else (1, 1)

    def error(self, path: tuple, message: str, hint: str = "") -> None:
        self.failed = True
        self._add(path, message, hint, ERROR)

    def warning(self, path: tuple, message: str, hint: str = "") -> None:
        self._add(path, message, hint, WARNING)

    def file_problem(self, problem: FileProblem | YamlProblem) -> None:
        self.failed = True
        self.problems.append(
            Problem(
                self.display_path,
                problem.line,
                problem.column,
                field_path(problem.path),
                problem.message,
                getattr(problem, "hint", ""),
            )
        )

    def _add(self, path: tuple, message: str, hint: str, severity: str) -> None:
        line, column = self.position(path)
        self.problems.append(
            Problem(self.display_path, line, column, field_path(path), message, hint, severity)
        )


def _closest(value: str, choices) -> str:
    match = difflib.get_close_matches(value, list(choices), n=1, cutoff=0.6)
    return f"did you mean '{match[0]}'?" if match else ""


def _entry_named(value: str, entries: dict) -> str | None:
    """Return the id of the one registry entry whose name or alias is `value`, if any."""
    wanted = _name_key(value)
    found = {
        entry_id
        for entry_id, entry in entries.items()
        if any(_name_key(name) == wanted for name in (entry.name, *entry.aliases))
    }
    return found.pop() if len(found) == 1 else None


def _name_key(name: str) -> str:
    """Fold a name for comparison: 'Graivoron', 'graivoron' and 'GRAIVORON' are one."""
    return re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")


def _display(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def _coordinates(value) -> Coordinates | None:
    if not isinstance(value, dict):
        return None
    return Coordinates(value["lat"], value["lon"], value.get("radius_m"), value.get("source"))


class _AnyId:
    """Stand for every id of a registry file that could not be read at all."""

    def __contains__(self, entry_id) -> bool:
        return True


def _load_registry(path: Path, kind: str, reporter: _Reporter) -> dict | None:
    """Read one registry file and return its entries by id (None for an invalid entry).

    Return None when the file as a whole is unusable; its problems are reported.
    """
    try:
        document = load_yaml(read_text(path))
    except (FileProblem, YamlProblem) as problem:
        reporter.file_problem(problem)
        return None
    reporter.source = FrontMatterFile(document, "", 0)
    data = document.data if document.data is not None else {}
    failed_ids = set()
    for failure in schema.check(data, schema.REGISTRIES_SCHEMA, kind):
        reporter.error(failure.path, failure.message, failure.hint)
        if failure.path:
            failed_ids.add(failure.path[0])
    if not isinstance(data, dict):
        return None
    build = {"places": _place, "actors": _actor, "outlets": _outlet}[kind]
    return {
        entry_id: build(entry_id, entry) if entry_id not in failed_ids else None
        for entry_id, entry in data.items()
    }


def _place(entry_id: str, entry: dict) -> Place:
    return Place(
        id=entry_id,
        name=entry["name"],
        country=entry["country"],
        aliases=tuple(entry.get("aliases", ())),
        kind=entry.get("kind"),
        region=entry.get("region"),
        coordinates=_coordinates(entry.get("coordinates")),
        description=entry.get("description"),
    )


def _actor(entry_id: str, entry: dict) -> Actor:
    return Actor(
        id=entry_id,
        name=entry["name"],
        kind=entry["kind"],
        aliases=tuple(entry.get("aliases", ())),
        country=entry.get("country"),
        description=entry.get("description"),
    )


def _outlet(entry_id: str, entry: dict) -> Outlet:
    return Outlet(
        id=entry_id,
        name=entry["name"],
        aliases=tuple(entry.get("aliases", ())),
        url=entry.get("url"),
        country=entry.get("country"),
        language=entry.get("language"),
        description=entry.get("description"),
    )


def load_registries(
    registry_dir: Path, root: Path, problems: list[Problem]
) -> tuple[Registries, dict]:
    """Load places, actors and outlets; also return, per kind, the ids not to check against.

    Those are the ids of invalid entries, or every id when a whole file is unusable: their
    problems are reported once, in the registry, not again at every reference.
    """
    registries = Registries()
    unchecked: dict = {}
    for kind, filename in REGISTRY_FILES.items():
        path = registry_dir / filename
        entries = (
            _load_registry(path, kind, _Reporter(_display(path, root), problems))
            if path.exists()
            else {}
        )
        if entries is None:
            unchecked[kind] = _AnyId()
            continue
        setattr(registries, kind, {k: v for k, v in entries.items() if v is not None})
        unchecked[kind] = {k for k, v in entries.items() if v is None}
    return registries, unchecked


def _list_of_mappings(data: dict, key: str) -> list[tuple[int, dict]]:
    value = data.get(key)
    if not isinstance(value, list):
        return []
    return [(index, item) for index, item in enumerate(value) if isinstance(item, dict)]


def _field_anchors(value, known_ids) -> list[str]:
    """Return the incidents a date field counts from (none when its value is stated)."""
    field = date_field(value)
    return anchors_in(field.text, known_ids=known_ids) if field and field.value is None else []


def _strings(value, path: tuple):
    """Yield (path, text) for every text in the front matter."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, (*path, index))


def _is_slug(value) -> bool:
    return isinstance(value, str) and SLUG.fullmatch(value) is not None


class _IncidentChecker:
    """Check one incident file against the registries and build its Incident."""

    def __init__(
        self, path: Path, reporter: _Reporter, registries, invalid_ids, registry_dir, today
    ):
        self.path = path
        self.today = today
        self.report = reporter
        self.registries = registries
        self.invalid_ids = invalid_ids
        self.registry_dir = registry_dir
        self.data: dict = {}
        self.source_ids: set[str] = set()
        self.source_refs: dict[str, Reference] = {}
        self.resolutions: dict[tuple, Resolution] = {}
        self.date_anchors: list[str] = []
        self.known_ids: set[str] = set()
        # Paths the schema already reported: one mistake, one message.
        self.schema_failures: set[tuple] = set()
        self.anchored_fields: list[tuple[tuple, str | None]] = []

    def read(self) -> bool:
        """Parse the file and check it against the schema; tell whether it has data."""
        try:
            self.report.source = split_front_matter(read_text(self.path))
        except FileProblem as problem:
            self.report.file_problem(problem)
            return False
        data = self.report.source.front_matter.data
        if not isinstance(data, dict):
            self.report.error((), "the front matter must be a mapping of fields (key: value)")
            return False
        self.data = data
        for failure in schema.check(data, schema.INCIDENT_SCHEMA):
            self.report.error(failure.path, failure.message, failure.hint)
            self.schema_failures.add(tuple(failure.path))
        return True

    def check(self, known_ids: set[str]) -> None:
        """Check what the schema cannot: file name, references, ranges, dates."""
        self._check_placeholders()
        incident_id = self.data.get("id")
        if _is_slug(incident_id) and self.path.stem != incident_id:
            self.report.error(
                ("id",),
                f"the file name '{self.path.name}' does not match the id '{incident_id}'",
                f"rename the file to '{incident_id}.md'",
            )
        self._check_sources()
        location = self.data.get("location")
        self._check_place(("location",), location)
        also = location.get("also") if isinstance(location, dict) else None
        for index, further in enumerate(also if isinstance(also, list) else []):
            self._check_place(("location", "also", index), further)
        actors = self.data.get("actors")
        for index in range(len(actors) if isinstance(actors, list) else 0):
            self._check_reference(("actors", index), "actors")
        self.known_ids = known_ids
        self.date_anchors = _field_anchors(self.data.get("date"), known_ids)
        if not self.date_anchors:
            self._resolve(("date",), self._first_source_id())
        self._check_claims()

    def _check_place(self, path: tuple, location) -> None:
        """Check a place of the incident: a registry id, or a name and a country."""
        if not isinstance(location, dict):
            return
        self._check_reference((*path, "place"), "places")
        if "place" in location and "name" in location:
            self.report.error((*path, "name"), "give either 'place' or 'name', not both")
        elif "place" not in location and not ("name" in location and "country" in location):
            self.report.error(path, "needs 'place' (a place registry id), or 'name' and 'country'")

    def _check_placeholders(self) -> None:
        """Warn while any text `invoke new` marked for the contributor to write is left."""
        hint = "write it: the scaffold's text would be published as it is"
        for path, value in _strings(self.data, ()):
            if PLACEHOLDER in value:
                self.report.warning(path, f"still holds the scaffold's text: '{value[:60]}'", hint)
        body = self.report.source.body if self.report.source else ""
        if PLACEHOLDER in body:
            line = self.report.source.body_line + body[: body.index(PLACEHOLDER)].count("\n")
            self.report.problems.append(
                Problem(
                    self.report.display_path, line, 1, "body",
                    "still holds the scaffold's text", hint, WARNING,
                )
            )  # fmt: skip

    def _first_source_id(self) -> str | None:
        sources = _list_of_mappings(self.data, "sources")
        return sources[0][1].get("id") if sources else None

    def _unknown_source(self, source_id: str) -> bool:
        """Tell whether a source id names no source, when the sources can be told at all."""
        return isinstance(self.data.get("sources"), list) and source_id not in self.source_ids

    def _check_reference(self, path: tuple, kind: str) -> None:
        """Report a registry id at `path` that names no entry of registry `kind`."""
        value = self.data
        for part in path:
            try:
                value = value[part]
            except (KeyError, IndexError, TypeError):
                return
        entries = getattr(self.registries, kind)
        if isinstance(value, str) and value not in entries and value not in self.invalid_ids[kind]:
            known_as = _entry_named(value, entries)
            self.report.error(
                path,
                f"'{value}' is not in the {kind} registry",
                f"'{value}' is a name of '{known_as}': write its id, '{known_as}'"
                if known_as
                else _closest(value, entries)
                or f"add it to {self.registry_dir}/{REGISTRY_FILES[kind]}",
            )

    def _check_sources(self) -> None:
        urls: dict[str, str] = {}
        for index, source in _list_of_mappings(self.data, "sources"):
            path = ("sources", index)
            source_id = source.get("id")
            if isinstance(source_id, str):
                if source_id in self.source_ids:
                    self.report.error((*path, "id"), f"source id '{source_id}' is used twice")
                self.source_ids.add(source_id)
            self._check_reference((*path, "outlet"), "outlets")
            self._check_reference((*path, "via"), "outlets")
            if "title" not in source:
                self.report.warning(
                    path,
                    "the source has no title: the copy has no headline",
                    "give the headline if the copy has one; otherwise leave it out",
                )
            if "url" not in source:
                self.report.warning(
                    path,
                    "the source has no url: readers cannot check it",
                    "add the article's address if it is known; never invent one",
                )
            elif isinstance(source.get("url"), str):
                url = source["url"]
                if url in urls:
                    self.report.warning(
                        (*path, "url"),
                        f"the same article is listed twice (as source '{urls[url]}' too)",
                        "list each article once; cite it from several claims instead",
                    )
                urls.setdefault(url, source_id)
            when = source.get("published")
            if isinstance(when, str) and (*path, "published") not in self.schema_failures:
                try:
                    day, moment = published(when)
                except DateNotUnderstood as error:
                    self.report.error(
                        (*path, "published"),
                        str(error),
                        f"add the zone the source gives, as in {error.suggestion}",
                    )
                    continue
                except ValueError:
                    self.report.error((*path, "published"), f"'{when}' is not a real date or time")
                    continue
                if day > self.today:
                    self.report.warning(
                        (*path, "published"),
                        f"'{when}' is in the future",
                        "check the publication date; sources are published before they are cited",
                    )
                if isinstance(source_id, str):
                    self.source_refs.setdefault(source_id, source_reference(source_id, day, moment))
                    self._check_entries(path, source_id, source.get("entries"))

    def _check_entries(self, path: tuple, source_id: str, entries) -> None:
        """Read a live blog's entries: each is a reference dates may count from."""
        for index, entry in enumerate(entries if isinstance(entries, list) else []):
            if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
                continue
            reference_id = f"{source_id}#{entry['id']}"
            where = (*path, "entries", index)
            if reference_id in self.source_refs:
                self.report.error((*where, "id"), f"entry id '{entry['id']}' is used twice")
                continue
            when = entry.get("time")
            if not isinstance(when, str) or (*where, "time") in self.schema_failures:
                continue
            try:
                day, moment = published(when)
            except (DateNotUnderstood, ValueError):
                self.report.error((*where, "time"), f"'{when}' is not a date-time with its zone")
                continue
            blog = self.source_refs.get(source_id)
            if blog and (moment < blog.moment if blog.moment else day < blog.day):
                self.report.warning(
                    (*where, "time"),
                    f"'{when}' is before the source was published ({source_id}: {blog.day})",
                    "an entry's time is when it was posted; check both",
                )
            self.source_ids.add(reference_id)
            self.source_refs[reference_id] = source_reference(reference_id, day, moment)

    def _check_numbers(self, path: tuple, numbers) -> None:
        """Check each number's form; suggest the vocabulary's label for a likely typo."""
        for name, value in numbers.items() if isinstance(numbers, dict) else ():
            for problem in number_problems(value):
                self.report.error((*path, name), problem)
            meant = label_suggestion(name) if isinstance(name, str) else None
            if meant:
                self.report.warning(
                    (*path, name),
                    f"'{name}' is not in the vocabulary of counts",
                    f"did you mean '{meant}'? (docs/incident-format.md#numbers; other labels are "
                    "allowed)",
                )

    def _check_claims(self) -> None:
        claim_ids: set[str] = set()
        source_ids = self.source_ids
        for index, claim in _list_of_mappings(self.data, "claims"):
            path = ("claims", index)
            claim_id = claim.get("id")
            if isinstance(claim_id, str):
                if claim_id in claim_ids:
                    self.report.error((*path, "id"), f"claim id '{claim_id}' is used twice")
                claim_ids.add(claim_id)
            self._check_reference((*path, "claimant"), "actors")
            reported_by = claim.get("reported_by")
            reported_by = reported_by if isinstance(reported_by, list) else []
            for position, source_id in enumerate(reported_by):
                if isinstance(source_id, str) and self._unknown_source(source_id):
                    self.report.error(
                        (*path, "reported_by", position),
                        f"'{source_id}' is not a source id of this file",
                        _closest(source_id, source_ids),
                    )
            self._check_numbers((*path, "numbers"), claim.get("numbers"))
            if "stated_on" in claim:
                default = (
                    reported_by[0] if reported_by and isinstance(reported_by[0], str) else None
                )
                if _field_anchors(claim["stated_on"], self.known_ids):
                    # Counts from another incident: resolved once every incident date is.
                    self.anchored_fields.append(((*path, "stated_on"), default))
                else:
                    self._resolve((*path, "stated_on"), default)
        for index, claim in _list_of_mappings(self.data, "claims"):
            contradicts = claim.get("contradicts")
            for position, ref in enumerate(contradicts if isinstance(contradicts, list) else []):
                if isinstance(ref, str) and "#" not in ref and ref not in claim_ids:
                    self.report.error(
                        ("claims", index, "contradicts", position),
                        f"'{ref}' is not a claim id of this file",
                        _closest(ref, claim_ids),
                    )
                elif ref == claim.get("id"):
                    self.report.error(
                        ("claims", index, "contradicts", position),
                        "a claim cannot contradict itself",
                    )

    def resolve_anchored_date(self, anchors: dict[str, date]) -> None:
        """Resolve a date that counts from other incidents, whose dates are `anchors`."""
        self._resolve(("date",), self._first_source_id(), anchors)

    def resolve_field_with_anchors(self, path, default, known_ids, incident_days) -> None:
        """Resolve a claim date that counts from incidents, once incident dates are known."""
        for anchor in _field_anchors(self.data["claims"][path[1]]["stated_on"], known_ids):
            if anchor not in known_ids:
                self.report.error(
                    path, f"no incident has the id '{anchor}'", _closest(anchor, known_ids)
                )
                return
            if anchor not in incident_days:
                self.report.error(path, f"counts from '{anchor}', whose date has an error")
                return
        self._resolve(path, default, incident_days)

    def _resolve(self, path: tuple, default_reference: str | None, anchors=None) -> None:
        """Resolve the date field at `path` against its source's publication day."""
        value = self.data
        for part in path:
            if isinstance(value, dict):
                value = value.get(part)
            elif isinstance(value, list) and isinstance(part, int) and part < len(value):
                value = value[part]
            else:
                value = None
        field = date_field(value)
        if field is None:
            return
        if field.source_id is not None and self._unknown_source(field.source_id):
            self.report.error(
                (*path, "reference"),
                f"'{field.source_id}' is not a source id of this file",
                _closest(field.source_id, self.source_ids),
            )
            return
        reference_id = field.source_id or default_reference
        if reference_id is not None and reference_id not in self.source_refs:
            # The default reference, or its publication date, is wrong and reported already.
            return
        try:
            dated = resolve_field(
                field, self.source_refs.get(reference_id), anchors, incident_date=path == ("date",)
            )
        except ReferenceNeeded:
            # No usable source to resolve against: the sources or reported_by field that
            # should name one is invalid, and is reported there.
            return
        except UnknownAnchor as error:
            self.report.error(
                path,
                f"no incident has the id '{error.incident_id}'",
                _closest(error.incident_id, self.known_ids),
            )
            return
        except DateNotUnderstood as error:
            self.report.error(path, str(error), error.suggestion or DATE_HINT)
            return
        for message, hint in dated.warnings:
            self.report.warning(path, message, hint)
        self.resolutions[path] = dated.resolution

    def check_plausibility(self) -> None:
        """Warn about dates that are valid but can hardly be what the source meant."""
        for path, resolution in self.resolutions.items():
            problem = plausibility.implausible_year(resolution, self.today)
            if problem:
                self.report.warning(path, problem)
        dated = self.resolutions.get(("date",))
        if dated is None:
            return
        incident_id = self.data.get("id")
        problem = (
            plausibility.id_date_problem(incident_id, dated) if _is_slug(incident_id) else None
        )
        if problem:
            self.report.warning(
                ("id",), problem, "name the file and the id after the incident's first day"
            )
        published = [reference.day for reference in self.source_refs.values()]
        problem = plausibility.after_every_source(dated, published)
        if problem:
            self.report.warning(("date",), problem, "check the date and what it counts from")

    def resolved_fields(self) -> list[ResolvedField]:
        """Return every date this file's checks resolved, with what each was resolved against."""
        outlets = {
            source.get("id"): self.registries.outlets.get(source.get("outlet"))
            for _, source in _list_of_mappings(self.data, "sources")
        }
        fields = []
        for path, resolution in self.resolutions.items():
            reference = resolution.reference
            if reference is None:
                label = "stated value" if resolution.stated_value else ""
            elif reference.kind == SOURCE:
                source_id, _, entry_id = reference.id.partition("#")
                outlet = outlets.get(source_id)
                name = outlet.name if outlet else f"source '{source_id}'"
                when = (
                    reference.moment.isoformat() if reference.moment else reference.day.isoformat()
                )
                label = (
                    f"{name}, entry '{entry_id}' posted {when}"
                    if entry_id
                    else (f"{name} published {when}")
                )
            else:
                label = f"incident {reference.id} ({reference.day.isoformat()})"
            line, column = self.report.position(path)
            fields.append(
                ResolvedField(
                    self.report.display_path, line, column, field_path(path), resolution, label
                )
            )
        return sorted(fields, key=lambda field: (field.line, field.column))

    def build(self) -> Incident:
        """Return the Incident of a file that passed every check."""
        data, registries = self.data, self.registries
        sources = [
            Source(
                id=source["id"],
                outlet=registries.outlets[source["outlet"]],
                title=source.get("title"),
                published=source["published"],
                published_day=self.source_refs[source["id"]].day,
                published_moment=self.source_refs[source["id"]].moment,
                language=source["language"],
                url=source.get("url"),
                archive_url=source.get("archive_url"),
                author=source.get("author"),
                note=source.get("note"),
                via=registries.outlets.get(source.get("via")),
                entries=[
                    Entry(
                        entry["id"],
                        self.source_refs[f"{source['id']}#{entry['id']}"].moment,
                        entry.get("title"),
                    )
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
                reported_by=list(
                    {
                        id(by_id[ref.split("#")[0]]): by_id[ref.split("#")[0]]
                        for ref in claim["reported_by"]
                    }.values()
                ),
                status=claim["status"],
                numbers={
                    name: number_of(value) for name, value in claim.get("numbers", {}).items()
                },
                stated_on=self.resolutions.get(("claims", index, "stated_on")),
                contradicts=list(claim.get("contradicts", [])),
            )
            for index, claim in enumerate(data.get("claims", []))
        ]
        location = data["location"]
        return Incident(
            id=data["id"],
            path=str(self.path.resolve()),
            title=data["title"],
            summary=data["summary"],
            date=self.resolutions[("date",)],
            location=self._location(
                location, [self._location(further) for further in location.get("also", [])]
            ),
            sources=sources,
            body_html=render_markdown(self.report.source.body),
            tags=list(data.get("tags", [])),
            actors=[registries.actors[actor_id] for actor_id in data.get("actors", [])],
            claims=claims,
        )

    def _location(self, location: dict, also: list[Location] | None = None) -> Location:
        """Return a place of the incident: from the registry, or as the file names it."""
        place = self.registries.places.get(location.get("place"))
        return Location(
            name=place.name if place else location["name"],
            country=place.country if place else location["country"],
            precision=location.get("precision"),
            place=place,
            region=location.get("region", place.region if place else None),
            coordinates=_coordinates(location.get("coordinates"))
            or (place.coordinates if place else None),
            detail=location.get("detail"),
            also=also or [],
        )


def _check_across_files(checkers: list[_IncidentChecker]) -> None:
    """Report duplicate ids and contradictions that point at unknown claims."""
    first_by_id: dict[str, _IncidentChecker] = {}
    for checker in checkers:
        incident_id = checker.data.get("id")
        if not isinstance(incident_id, str):
            continue
        if incident_id in first_by_id:
            checker.report.error(
                ("id",),
                f"id '{incident_id}' is already used by "
                f"{first_by_id[incident_id].report.display_path}",
            )
        else:
            first_by_id[incident_id] = checker
    for checker in checkers:
        for index, claim in _list_of_mappings(checker.data, "claims"):
            contradicts = claim.get("contradicts")
            for position, ref in enumerate(contradicts if isinstance(contradicts, list) else []):
                if not isinstance(ref, str) or "#" not in ref:
                    continue
                incident_id, claim_id = ref.split("#", 1)
                other = first_by_id.get(incident_id)
                path = ("claims", index, "contradicts", position)
                if other is None:
                    checker.report.error(
                        path,
                        f"no incident has the id '{incident_id}'",
                        _closest(incident_id, first_by_id),
                    )
                    continue
                other_claims = {c.get("id") for _, c in _list_of_mappings(other.data, "claims")}
                if claim_id not in other_claims:
                    checker.report.error(
                        path,
                        f"incident '{incident_id}' has no claim '{claim_id}'",
                        _closest(claim_id, [c for c in other_claims if isinstance(c, str)]),
                    )


def _resolve_anchored_dates(checkers: list[_IncidentChecker]) -> None:
    """Resolve dates that count from other incidents, anchors first; report cycles."""
    by_id: dict[str, _IncidentChecker] = {}
    for checker in checkers:
        incident_id = checker.data.get("id")
        if isinstance(incident_id, str):
            by_id.setdefault(incident_id, checker)
    graph: dict[str, list[str]] = {}
    for incident_id, checker in by_id.items():
        if not checker.date_anchors:
            continue
        known = []
        for anchor in checker.date_anchors:
            if anchor in by_id:
                known.append(anchor)
            else:
                checker.report.error(
                    ("date",), f"no incident has the id '{anchor}'", _closest(anchor, by_id)
                )
        if len(known) == len(checker.date_anchors):
            graph[incident_id] = known
    order, cycles = order_by_anchors(graph)
    in_cycle = set()
    for cycle in cycles:
        for incident_id in cycle[:-1]:
            in_cycle.add(incident_id)
            by_id[incident_id].report.error(
                ("date",), f"the dates count from each other in a cycle: {' → '.join(cycle)}"
            )
    for incident_id in graph:
        if incident_id not in order and incident_id not in in_cycle:
            by_id[incident_id].report.error(
                ("date",), "counts from an incident whose date counts from itself in a cycle"
            )
    for incident_id in order:
        checker = by_id[incident_id]
        anchors = {}
        for anchor in graph[incident_id]:
            resolved = by_id[anchor].resolutions.get(("date",))
            if resolved is None or resolved.start is None:
                checker.report.error(("date",), f"counts from '{anchor}', whose date has an error")
                break
            anchors[anchor] = resolved.start
        else:
            checker.resolve_anchored_date(anchors)
    incident_days = {
        incident_id: checker.resolutions[("date",)].start
        for incident_id, checker in by_id.items()
        if ("date",) in checker.resolutions
    }
    for checker in checkers:
        for path, default in checker.anchored_fields:
            checker.resolve_field_with_anchors(path, default, by_id, incident_days)


def load_archive(
    incident_paths: list[Path], registry_dir: Path, root: Path, today: date | None = None
) -> Archive:
    """Read, check and resolve every incident file and the registries, all at once.

    `today` is the day dates in the future are warned about (the day of the run).
    """
    today = today or date.today()
    problems: list[Problem] = []
    registries, invalid_ids = load_registries(registry_dir, root, problems)
    registry_problems = len(problems)
    checkers = []
    for path in sorted(incident_paths):
        reporter = _Reporter(_display(path, root), problems)
        if path.suffix != INCIDENT_SUFFIX:
            reporter.error(
                (),
                f"incident files are Markdown and end in '{INCIDENT_SUFFIX}'",
                f"rename it to {path.stem}{INCIDENT_SUFFIX} or move it out of the folder",
            )
            continue
        checker = _IncidentChecker(
            path, reporter, registries, invalid_ids, _display(registry_dir, root), today
        )
        checker.read()
        checkers.append(checker)
    # Dates may count from any incident, so every id is known before any date is read.
    known_ids = {c.data["id"] for c in checkers if isinstance(c.data.get("id"), str)}
    for checker in checkers:
        if checker.data:
            checker.check(known_ids)
    _check_across_files(checkers)
    _resolve_anchored_dates(checkers)
    for checker in checkers:
        checker.check_plausibility()
    # Incidents are built from registry entries, so none is built from a broken registry.
    registries_failed = any(p.severity == ERROR for p in problems[:registry_problems])
    incidents = [
        checker.build()
        for checker in checkers
        if not checker.report.failed and not registries_failed
    ]
    incidents.sort(key=lambda incident: incident.sort_key)
    resolved = [field for checker in checkers for field in checker.resolved_fields()]
    return Archive(registries, incidents, sorted(problems), resolved)
