"""Stage 1: read one incident file and check what the file alone can tell.

Everything here is a function of the file's bytes and of this code, so that its result can
be kept by content hash and reused by later builds (see cache.py). Checks that need the
registries, the other files or today's date come in later stages.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from incident_dates import DateNotUnderstood, Reference, anchor_candidates

from . import schema
from .dating import DateOutcome, date_field, published, resolve_date, source_reference, value_at
from .numbers import problems as number_problems
from .numbers import suggestion as label_suggestion
from .problems import WARNING
from .render import render_markdown
from .report import FileReport, closest
from .scaffold import PLACEHOLDER
from .sourcefile import FileProblem, decode, split_front_matter

SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def is_slug(value) -> bool:
    """Tell whether a value is a slug: lower-case words of letters and digits, hyphenated."""
    return isinstance(value, str) and SLUG.fullmatch(value) is not None


def list_of_mappings(data: dict, key: str) -> list[tuple[int, dict]]:
    """Return (index, item) for the mappings in the list at `data[key]`, if it is a list."""
    value = data.get(key)
    if not isinstance(value, list):
        return []
    return [(index, item) for index, item in enumerate(value) if isinstance(item, dict)]


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


@dataclass
class ReadFile:
    """What one incident file holds, and what is wrong in it as far as it alone can tell."""

    path: Path
    digest: str
    report: FileReport
    data: dict = field(default_factory=dict)
    body_html: str = ""
    # Paths the schema already reported: one mistake, one message.
    schema_failures: frozenset = frozenset()
    source_ids: set[str] = field(default_factory=set)
    source_refs: dict[str, Reference] = field(default_factory=dict)
    # Each date field with the source it counts from unless it names one.
    date_fields: list[tuple[tuple, str | None]] = field(default_factory=list)
    # Per date field: the words of its text that could be incident ids ('nine days after
    # <id>'), and what it resolves to if none of them is one.
    date_words: dict[tuple, frozenset] = field(default_factory=dict)
    date_outcomes: dict[tuple, DateOutcome] = field(default_factory=dict)

    @property
    def incident_id(self) -> str | None:
        value = self.data.get("id")
        return value if isinstance(value, str) else None


def digest_of(raw: bytes) -> str:
    """Return the content hash a file's stage-1 result is kept under."""
    return hashlib.blake2b(raw, digest_size=16).hexdigest()


def read_incident(path: Path, display: str, raw: bytes) -> ReadFile:
    """Read an incident file's bytes and check everything the file alone can tell."""
    report = FileReport(path, display)
    result = ReadFile(path, digest_of(raw), report)
    try:
        source = split_front_matter(decode(raw))
    except FileProblem as problem:
        report.file_problem(problem)
        return result
    report._positions = source.position
    data = source.front_matter.data
    if not isinstance(data, dict):
        report.error((), "the front matter must be a mapping of fields (key: value)")
        return result
    result.data = data
    failures = schema.check(data, schema.INCIDENT_SCHEMA)
    for failure in failures:
        report.error(failure.path, failure.message, failure.hint)
    result.schema_failures = frozenset(tuple(failure.path) for failure in failures)
    _check_placeholders(result, source)
    incident_id = data.get("id")
    if is_slug(incident_id) and path.stem != incident_id:
        report.error(
            ("id",),
            f"the file name '{path.name}' does not match the id '{incident_id}'",
            f"rename the file to '{incident_id}.md'",
        )
    _check_sources(result)
    location = data.get("location")
    _check_place(report, ("location",), location)
    also = location.get("also") if isinstance(location, dict) else None
    named = {_place_key(location)} if isinstance(location, dict) else set()
    for index, further in enumerate(also if isinstance(also, list) else []):
        _check_place(report, ("location", "also", index), further)
        if isinstance(further, dict):
            if _place_key(further) in named:
                report.warning(
                    ("location", "also", index),
                    "names a place the location already names",
                    "list each place once",
                )
            named.add(_place_key(further))
    _check_claims(result)
    for date_path, default in result.date_fields:
        found = date_field(value_at(data, date_path))
        if found is not None and found.value is None:
            result.date_words[date_path] = anchor_candidates(found.text)
        result.date_outcomes[date_path] = resolve_date(
            data, date_path, default, result.source_ids, result.source_refs
        )
    if not report.failed:
        result.body_html = render_markdown(source.body)
    report.keep_positions(
        [("id",), ("date",), *(p for p, _ in result.date_fields)]
        + [(*p, "reference") for p, _ in result.date_fields]
        + [("sources", index, "published") for index, _ in list_of_mappings(data, "sources")]
    )
    return result


def _check_placeholders(result: ReadFile, source) -> None:
    """Warn while any text `invoke new` marked for the contributor to write is left."""
    hint = "write it: the scaffold's text would be published as it is"
    for path, value in _strings(result.data, ()):
        if PLACEHOLDER in value:
            result.report.warning(path, f"still holds the scaffold's text: '{value[:60]}'", hint)
    if PLACEHOLDER in source.body:
        line = source.body_line + source.body[: source.body.index(PLACEHOLDER)].count("\n")
        result.report.at_line(line, "body", "still holds the scaffold's text", hint, WARNING)


def _place_key(location: dict) -> tuple:
    """Return what identifies a place as written: its registry id, or its name and country."""
    if "place" in location:
        return ("place", str(location["place"]))
    return ("name", str(location.get("name", "")).casefold(), str(location.get("country", "")))


def _check_place(report: FileReport, path: tuple, location) -> None:
    """Check the shape of a place of the incident: a registry id, or a name and a country."""
    if not isinstance(location, dict):
        return
    if "place" in location and "name" in location:
        report.error((*path, "name"), "give either 'place' or 'name', not both")
    elif "place" not in location and not ("name" in location and "country" in location):
        report.error(path, "needs 'place' (a place registry id), or 'name' and 'country'")


def _check_sources(result: ReadFile) -> None:
    report, urls = result.report, {}
    for index, source in list_of_mappings(result.data, "sources"):
        path = ("sources", index)
        source_id = source.get("id")
        if isinstance(source_id, str):
            if source_id in result.source_ids:
                report.error((*path, "id"), f"source id '{source_id}' is used twice")
            result.source_ids.add(source_id)
        if source.get("via") is not None and source.get("via") == source.get("outlet"):
            report.warning(
                (*path, "via"),
                "names the outlet itself as the agency whose copy it carried",
                "give 'via' only for another outlet's text (an agency's), or leave it out",
            )
        if "title" not in source:
            report.warning(
                path,
                "the source has no title: the copy has no headline",
                "give the headline if the copy has one; otherwise leave it out",
            )
        if "url" not in source:
            report.warning(
                path,
                "the source has no url: readers cannot check it",
                "add the article's address if it is known; never invent one",
            )
        elif isinstance(source.get("url"), str):
            url = source["url"]
            if url in urls:
                report.warning(
                    (*path, "url"),
                    f"the same article is listed twice (as source '{urls[url]}' too)",
                    "list each article once; cite it from several claims instead",
                )
            urls.setdefault(url, source_id)
        when = source.get("published")
        if not isinstance(when, str) or (*path, "published") in result.schema_failures:
            continue
        try:
            day, moment = published(when)
        except DateNotUnderstood as error:
            report.error(
                (*path, "published"),
                str(error),
                f"add the zone the source gives, as in {error.suggestion}",
            )
            continue
        except ValueError:
            report.error((*path, "published"), f"'{when}' is not a real date or time")
            continue
        if isinstance(source_id, str):
            result.source_refs.setdefault(source_id, source_reference(source_id, day, moment))
            _check_entries(result, path, source_id, source.get("entries"))
    first = list_of_mappings(result.data, "sources")
    if "date" in result.data:
        result.date_fields.append((("date",), first[0][1].get("id") if first else None))


def _check_entries(result: ReadFile, path: tuple, source_id: str, entries) -> None:
    """Read a live blog's entries: each is a reference dates may count from."""
    for index, entry in enumerate(entries if isinstance(entries, list) else []):
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            continue
        reference_id = f"{source_id}#{entry['id']}"
        where = (*path, "entries", index)
        if reference_id in result.source_refs:
            result.report.error((*where, "id"), f"entry id '{entry['id']}' is used twice")
            continue
        when = entry.get("time")
        if not isinstance(when, str) or (*where, "time") in result.schema_failures:
            continue
        try:
            day, moment = published(when)
        except ValueError:
            result.report.error((*where, "time"), f"'{when}' is not a real date or time")
            continue
        blog = result.source_refs.get(source_id)
        if blog and (moment < blog.moment if blog.moment else day < blog.day):
            result.report.warning(
                (*where, "time"),
                f"'{when}' is before the source was published ({source_id}: {blog.day})",
                "an entry's time is when it was posted; check both",
            )
        result.source_ids.add(reference_id)
        result.source_refs[reference_id] = source_reference(reference_id, day, moment)


def _check_numbers(report: FileReport, path: tuple, numbers) -> None:
    """Check each number's form; suggest the vocabulary's label for a likely typo."""
    for name, value in numbers.items() if isinstance(numbers, dict) else ():
        for problem in number_problems(value):
            report.error((*path, name), problem)
        meant = label_suggestion(name) if isinstance(name, str) else None
        if meant:
            report.warning(
                (*path, name),
                f"'{name}' is not in the vocabulary of counts",
                f"did you mean '{meant}'? (docs/incident-format.md#numbers; other labels are "
                "allowed)",
            )


def _check_claims(result: ReadFile) -> None:
    report, claim_ids = result.report, set()
    sources_listed = isinstance(result.data.get("sources"), list)
    for index, claim in list_of_mappings(result.data, "claims"):
        path = ("claims", index)
        claim_id = claim.get("id")
        if isinstance(claim_id, str):
            if claim_id in claim_ids:
                report.error((*path, "id"), f"claim id '{claim_id}' is used twice")
            claim_ids.add(claim_id)
        reported_by = claim.get("reported_by")
        reported_by = reported_by if isinstance(reported_by, list) else []
        for position, source_id in enumerate(reported_by):
            if isinstance(source_id, str) and sources_listed and source_id not in result.source_ids:
                report.error(
                    (*path, "reported_by", position),
                    f"'{source_id}' is not a source id of this file",
                    closest(source_id, result.source_ids),
                )
        _check_numbers(report, (*path, "numbers"), claim.get("numbers"))
        if "stated_on" in claim:
            default = reported_by[0] if reported_by and isinstance(reported_by[0], str) else None
            result.date_fields.append(((*path, "stated_on"), default))
    for index, claim in list_of_mappings(result.data, "claims"):
        contradicts = claim.get("contradicts")
        for position, ref in enumerate(contradicts if isinstance(contradicts, list) else []):
            if isinstance(ref, str) and "#" not in ref and ref not in claim_ids:
                report.error(
                    ("claims", index, "contradicts", position),
                    f"'{ref}' is not a claim id of this file",
                    closest(ref, claim_ids),
                )
            elif ref == claim.get("id"):
                report.error(
                    ("claims", index, "contradicts", position),
                    "a claim cannot contradict itself",
                )
