"""Stage 3: what only the whole archive can tell, and the dates that depend on it.

Ids used twice, contradictions of other files' claims, and dates: each file's dates as
stage 1 resolved them, unless they count from other incidents, which are resolved here in
the order their anchors allow, cycles reported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from incident_dates import Resolution, anchors_in, order_by_anchors

from .dating import DateOutcome, resolve_date
from .reading import ReadFile, list_of_mappings
from .report import FileReport, closest


@dataclass
class FileCheck:
    """One file in this build: what stage 1 read, and what the later stages add to it."""

    read: ReadFile
    report: FileReport
    resolutions: dict[tuple, Resolution] = field(default_factory=dict)
    date_anchors: list[str] = field(default_factory=list)
    anchored_fields: list[tuple[tuple, str | None]] = field(default_factory=list)

    @property
    def data(self) -> dict:
        return self.read.data

    def apply(self, path: tuple, outcome: DateOutcome, known_ids) -> None:
        """Take a date field's outcome: its resolution, or its problems into the report."""
        for severity, where, message, hint in outcome.problems:
            (self.report.error if severity == "error" else self.report.warning)(
                where, message, hint
            )
        if outcome.unknown_anchor is not None:
            self.report.error(
                path,
                f"no incident has the id '{outcome.unknown_anchor}'",
                closest(outcome.unknown_anchor, known_ids),
            )
        if outcome.resolution is not None:
            self.resolutions[path] = outcome.resolution

    def resolve(self, path: tuple, default: str | None, anchors, known_ids) -> None:
        read = self.read
        self.apply(
            path,
            resolve_date(read.data, path, default, read.source_ids, read.source_refs, anchors),
            known_ids,
        )


def date_files(checks: list[FileCheck], known_ids: set[str]) -> None:
    """Resolve every date field of every file; dates that count from incidents last."""
    for check in checks:
        for path, default in check.read.date_fields:
            present = check.read.date_words.get(path, frozenset()) & known_ids
            anchors = anchors_in(_text(check.data, path), known_ids=present) if present else []
            if not anchors:
                check.apply(path, check.read.date_outcomes[path], known_ids)
            elif path == ("date",):
                check.date_anchors = anchors
            else:
                check.anchored_fields.append((path, default))
    _resolve_anchored_dates(checks)


def _text(data: dict, path: tuple) -> str:
    value = data
    for part in path:
        value = value[part]
    return value if isinstance(value, str) else value["text"]


def _resolve_anchored_dates(checks: list[FileCheck]) -> None:
    """Resolve dates that count from other incidents, anchors first; report cycles."""
    by_id: dict[str, FileCheck] = {}
    for check in checks:
        incident_id = check.read.incident_id
        if incident_id is not None:
            by_id.setdefault(incident_id, check)
    graph: dict[str, list[str]] = {}
    for incident_id, check in by_id.items():
        if not check.date_anchors:
            continue
        known = []
        for anchor in check.date_anchors:
            if anchor in by_id:
                known.append(anchor)
            else:
                check.report.error(
                    ("date",), f"no incident has the id '{anchor}'", closest(anchor, by_id)
                )
        if len(known) == len(check.date_anchors):
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
        check = by_id[incident_id]
        anchors: dict[str, date] = {}
        for anchor in graph[incident_id]:
            resolved = by_id[anchor].resolutions.get(("date",))
            if resolved is None or resolved.start is None:
                check.report.error(("date",), f"counts from '{anchor}', whose date has an error")
                break
            anchors[anchor] = resolved.start
        else:
            check.resolve(("date",), dict(check.read.date_fields)[("date",)], anchors, by_id)
    incident_days = {
        incident_id: check.resolutions[("date",)].start
        for incident_id, check in by_id.items()
        if ("date",) in check.resolutions
    }
    for check in checks:
        for path, default in check.anchored_fields:
            _resolve_claim_date(check, path, default, by_id, incident_days)


def _resolve_claim_date(check: FileCheck, path, default, known_ids, incident_days) -> None:
    """Resolve a claim date that counts from incidents, once incident dates are known."""
    for anchor in anchors_in(_text(check.data, path), known_ids=known_ids):
        if anchor not in known_ids:
            check.report.error(
                path, f"no incident has the id '{anchor}'", closest(anchor, known_ids)
            )
            return
        if anchor not in incident_days:
            check.report.error(path, f"counts from '{anchor}', whose date has an error")
            return
    check.resolve(path, default, incident_days, known_ids)


def check_across_files(checks: list[FileCheck]) -> None:
    """Report duplicate ids and contradictions that point at unknown claims."""
    first_by_id: dict[str, FileCheck] = {}
    for check in checks:
        incident_id = check.read.incident_id
        if incident_id is None:
            continue
        if incident_id in first_by_id:
            check.report.error(
                ("id",),
                f"id '{incident_id}' is already used by "
                f"{first_by_id[incident_id].report.display_path}",
            )
        else:
            first_by_id[incident_id] = check
    for check in checks:
        for index, claim in list_of_mappings(check.data, "claims"):
            contradicts = claim.get("contradicts")
            for position, ref in enumerate(contradicts if isinstance(contradicts, list) else []):
                if not isinstance(ref, str) or "#" not in ref:
                    continue
                incident_id, claim_id = ref.split("#", 1)
                other = first_by_id.get(incident_id)
                path = ("claims", index, "contradicts", position)
                if other is None:
                    check.report.error(
                        path,
                        f"no incident has the id '{incident_id}'",
                        closest(incident_id, first_by_id),
                    )
                    continue
                other_claims = {c.get("id") for _, c in list_of_mappings(other.data, "claims")}
                if claim_id not in other_claims:
                    check.report.error(
                        path,
                        f"incident '{incident_id}' has no claim '{claim_id}'",
                        closest(claim_id, [c for c in other_claims if isinstance(c, str)]),
                    )
