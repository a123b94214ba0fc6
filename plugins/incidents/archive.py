"""Load the whole archive, registries and incident files, checked together.

The stages, in order (each its own module):

1. reading.py: each incident file alone: front matter, schema, the checks the file itself
   can answer, its dates as if they counted from no other incident, its narrative; kept
   between builds by content hash (cache.py) and run on every core for what is new;
2. registries.py and references.py: the registries, and the ids files use of them;
3. crossfile.py: ids used twice, contradictions across files, dates that count from other
   incidents;
4. plausibility.py: what is valid but can hardly be meant, against today's date;
5. building.py: the model of each incident that passed every check.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from incident_dates import SOURCE, Resolution
from incident_dates.formatting import format_when, precision_label

from . import plausibility
from .building import build_incident
from .cache import ReadCache
from .crossfile import FileCheck, check_across_files, date_files
from .files import INCIDENT_SUFFIX
from .model import Incident, Registries
from .problems import ERROR, Problem, field_path
from .reading import ReadFile, digest_of, is_slug, list_of_mappings, read_incident
from .references import check_references
from .registries import load_registries
from .report import FileReport, display_path
from .sourcefile import FileProblem, read_bytes

# Below this many files to read, starting processes costs more than it saves.
PARALLEL_MIN_FILES = 200


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
    # The content hash of each incident file read, by its absolute path.
    digests: dict[str, str] = field(default_factory=dict)

    @property
    def errors(self) -> list[Problem]:
        """Return the problems that stop a build."""
        return [p for p in self.problems if p.severity == ERROR]

    def incident(self, incident_id: str) -> Incident | None:
        """Return the incident with the given id, if any."""
        return self._by_id().get(incident_id)

    def _by_id(self) -> dict[str, Incident]:
        by_id = self.__dict__.get("_incidents_by_id")
        if by_id is None or len(by_id) != len(self.incidents):
            by_id = {incident.id: incident for incident in self.incidents}
            self.__dict__["_incidents_by_id"] = by_id
        return by_id

    @property
    def by_path(self) -> dict[str, Incident]:
        """Map each incident file's absolute path to its incident."""
        return {incident.path: incident for incident in self.incidents}


def _read_one(job: tuple[Path, str, bytes, str]) -> ReadFile:
    return read_incident(*job[:3])


def read_files(
    jobs: list[tuple[Path, str, bytes | None, str]], cache: ReadCache | None, workers: int
) -> list[ReadFile]:
    """Stage 1 for every file: from the cache where it holds the file, else read anew.

    A job is a file's path, how it is shown, its bytes (None when the cache holds its
    result) and their digest.
    """
    results: dict[int, ReadFile] = {}
    todo = []
    for index, job in enumerate(jobs):
        path, display, _, digest = job
        kept = cache.get(_cache_key(path, display, digest)) if cache else None
        if kept is not None:
            results[index] = kept
        else:
            todo.append(index)
    if workers > 1 and len(todo) >= PARALLEL_MIN_FILES:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            fresh = pool.map(_read_one, [jobs[i] for i in todo], chunksize=32)
    else:
        fresh = [_read_one(jobs[i]) for i in todo]
    for index, result in zip(todo, fresh, strict=True):
        results[index] = result
        if cache:
            path, display, _, digest = jobs[index]
            cache.put(_cache_key(path, display, digest), result)
    return [results[index] for index in range(len(jobs))]


def _cache_key(path: Path, display: str, digest: str) -> str:
    return f"{path}\0{display}\0{digest}"


def _resolver() -> Callable[[Path], Path]:
    """Return Path.resolve that resolves each folder once: a build resolves every file.

    A name that is not itself a link (or not there: resolve() is not strict) lies,
    resolved, in its folder resolved; a link is resolved in full.
    """
    folders: dict[Path, Path] = {}

    def resolve(path: Path) -> Path:
        if path.name in ("", ".", "..") or path.is_symlink():
            return path.resolve()
        folder = path.parent
        if folder not in folders:
            folders[folder] = folder.resolve()
        return folders[folder] / path.name

    return resolve


def default_workers() -> int:
    """Return how many processes stage 1 may use: every core this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def load_archive(
    incident_paths: list[Path],
    registry_dir: Path,
    root: Path,
    today: date | None = None,
    cache_dir: Path | None = None,
    workers: int = 1,
    file_changes: Mapping[Path, date] | None = None,
    known_digests: Mapping[str, str] | None = None,
) -> Archive:
    """Read, check and resolve every incident file and the registries, all at once.

    `today` is the day dates in the future are warned about (the day of the run);
    `cache_dir` keeps stage-1 results for the next build; `workers` processes read files;
    `file_changes` is the day each file last changed, by resolved path, where it is known;
    `known_digests` the content hash of files already hashed (by path as given): a file
    whose result the cache holds under it is not read again.
    """
    today = today or date.today()
    registries, unchecked, problems = load_registries(registry_dir, root)
    registries_failed = any(p.severity == ERROR for p in problems)
    jobs = []
    root = root.resolve()
    resolve = _resolver()
    cache = ReadCache(cache_dir) if cache_dir else None
    known_digests = known_digests or {}
    for path in sorted(incident_paths):
        known = known_digests.get(str(path))
        path = resolve(path)
        display = display_path(path, root, resolved=True)
        report = FileReport(path, display)
        if path.suffix != INCIDENT_SUFFIX:
            report.error(
                (),
                f"incident files are Markdown and end in '{INCIDENT_SUFFIX}'",
                f"rename it to {path.stem}{INCIDENT_SUFFIX} or move it out of the folder",
            )
            problems += report.problems
            continue
        if known and cache and cache.get(_cache_key(path, display, known)) is not None:
            jobs.append((path, display, None, known))
            continue
        try:
            raw = read_bytes(path)
        except FileProblem as problem:
            report.file_problem(problem)
            problems += report.problems
            continue
        jobs.append((path, display, raw, digest_of(raw)))
    reads = read_files(jobs, cache, workers)
    if cache:
        cache.save()
    checks = [FileCheck(read, read.report.copy()) for read in reads]
    registry_display = display_path(registry_dir, root)
    # Dates may count from any incident, so every id is known before any date is read.
    known_ids = {check.read.incident_id for check in checks if check.read.incident_id}
    for check in checks:
        if check.data:
            check_references(check.read, registries, unchecked, registry_display, check.report)
    check_across_files(checks)
    date_files([check for check in checks if check.data], known_ids)
    for check in checks:
        _check_plausibility(check, today)
    # Incidents are built from registry entries, so none is built from a broken registry.
    incidents = [
        build_incident(check, registries)
        for check in checks
        if not check.report.failed and not registries_failed
    ]
    incidents.sort(key=lambda incident: incident.sort_key)
    for incident in incidents:
        incident.file_changed = (file_changes or {}).get(Path(incident.path))
    for check in checks:
        problems += check.report.problems
    resolved = [field for check in checks for field in _resolved_fields(check, registries)]
    digests = {str(read.path): read.digest for read in reads}
    return Archive(registries, incidents, sorted(problems), resolved, digests)


def _check_plausibility(check: FileCheck, today: date) -> None:
    """Warn about what is valid but can hardly be what the source meant."""
    report = check.report
    for index, source in list_of_mappings(check.data, "sources"):
        reference = check.read.source_refs.get(source.get("id"))
        if reference is not None and reference.day > today:
            report.warning(
                ("sources", index, "published"),
                f"'{source['published']}' is in the future",
                "check the publication date; sources are published before they are cited",
            )
    for path, resolution in check.resolutions.items():
        for problem in (
            plausibility.implausible_year(resolution, today),
            plausibility.weekday_disagrees(resolution),
        ):
            if problem:
                report.warning(path, problem)
    dated = check.resolutions.get(("date",))
    if dated is None:
        return
    incident_id = check.data.get("id")
    problem = plausibility.id_date_problem(incident_id, dated) if is_slug(incident_id) else None
    if problem:
        report.warning(("id",), problem, "name the file and the id after the incident's first day")
    published = [reference.day for reference in check.read.source_refs.values()]
    problem = plausibility.after_every_source(dated, published)
    if problem:
        report.warning(("date",), problem, "check the date and what it counts from")


def _resolved_fields(check: FileCheck, registries: Registries) -> list[ResolvedField]:
    """Return every date a file's checks resolved, with what each was resolved against."""
    outlets = {
        source.get("id"): registries.outlets.get(source.get("outlet"))
        for _, source in list_of_mappings(check.data, "sources")
    }
    fields = []
    for path, resolution in check.resolutions.items():
        reference = resolution.reference
        if reference is None:
            label = "stated value" if resolution.stated_value else ""
        elif reference.kind == SOURCE:
            source_id, _, entry_id = reference.id.partition("#")
            outlet = outlets.get(source_id)
            name = outlet.name if outlet else f"source '{source_id}'"
            when = reference.moment.isoformat() if reference.moment else reference.day.isoformat()
            label = (
                f"{name}, entry '{entry_id}' posted {when}"
                if entry_id
                else f"{name} published {when}"
            )
        else:
            label = f"incident {reference.id} ({reference.day.isoformat()})"
        line, column = check.report.position(path)
        fields.append(
            ResolvedField(
                check.report.display_path, line, column, field_path(path), resolution, label
            )
        )
    return sorted(fields, key=lambda field: (field.line, field.column))
