"""The dating stage: read each date field as written, and resolve it against its reference.

A date field is text ('Thursday'), or a mapping with the text, the source it counts from
and, for what no rule resolves, the value stated beside the wording. References are
typed: a source of the same file (its publication day and time) or, for text that counts
from another incident, that incident.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from incident_dates import (
    DAY,
    SOURCE,
    TIME,
    VAGUE,
    DateNotUnderstood,
    Reference,
    ReferenceNeeded,
    Resolution,
    UnknownAnchor,
    resolve,
    resolve_stated,
)
from incident_dates.formatting import format_when, precision_label

from .report import closest

DATE_HINT = "see docs/dates.md for the expressions the resolver understands"
ZONE_HINT = (
    "write the zone as the source does ('03:05 Moscow time', '7:30 am (04:30 GMT)') or "
    "state the value beside the text: {text: 'at 1:12 a.m.', value: 2023-07-23T01:12+03:00}"
)


@dataclass(frozen=True)
class DateField:
    """A date field as the file writes it."""

    text: str
    source_id: str | None = None
    value: str | None = None


@dataclass(frozen=True)
class Dated:
    """A resolved date, with what to warn about it."""

    resolution: Resolution
    warnings: tuple[tuple[str, str], ...] = ()  # (message, hint)


@dataclass(frozen=True)
class DateOutcome:
    """What resolving one date field gave: its resolution, or the problems that stopped it.

    Problems are (severity, path, message, hint). An incident id that names no incident
    is kept apart, since the hint that names the closest id needs every id of the archive.
    """

    resolution: Resolution | None = None
    problems: tuple[tuple[str, tuple, str, str], ...] = ()
    unknown_anchor: str | None = None


def resolve_date(
    data: dict,
    path: tuple,
    default_reference: str | None,
    source_ids: set[str],
    source_refs: dict[str, Reference],
    anchors: dict[str, date] | None = None,
) -> DateOutcome:
    """Resolve the date field at `path` against its source, or the incidents it counts from."""
    field = date_field(value_at(data, path))
    if field is None:
        return DateOutcome()
    if (
        field.source_id is not None
        and isinstance(data.get("sources"), list)
        and field.source_id not in source_ids
    ):
        problem = (
            "error",
            (*path, "reference"),
            f"'{field.source_id}' is not a source id of this file",
            closest(field.source_id, source_ids),
        )
        return DateOutcome(problems=(problem,))
    reference_id = field.source_id or default_reference
    if reference_id is not None and reference_id not in source_refs:
        # The default reference, or its publication date, is wrong and reported already.
        return DateOutcome()
    try:
        dated = resolve_field(
            field, source_refs.get(reference_id), anchors, incident_date=path == ("date",)
        )
    except ReferenceNeeded:
        # No usable source to resolve against: the sources or reported_by field that
        # should name one is invalid, and is reported there.
        return DateOutcome()
    except UnknownAnchor as error:
        return DateOutcome(unknown_anchor=error.incident_id)
    except DateNotUnderstood as error:
        return DateOutcome(problems=(("error", path, str(error), error.suggestion or DATE_HINT),))
    warnings = tuple(("warning", path, message, hint) for message, hint in dated.warnings)
    return DateOutcome(dated.resolution, warnings)


def value_at(data, path: tuple):
    """Return the value at a data path, or None where the path leads nowhere."""
    value = data
    for part in path:
        if isinstance(value, dict):
            value = value.get(part)
        elif isinstance(value, list) and isinstance(part, int) and part < len(value):
            value = value[part]
        else:
            return None
    return value


def date_field(value) -> DateField | None:
    """Return the date field of a front-matter value, or None when it is malformed."""
    if isinstance(value, str) and value.strip():
        return DateField(value)
    if isinstance(value, dict) and isinstance(value.get("text"), str):
        reference, stated = value.get("reference"), value.get("value")
        return DateField(
            value["text"],
            reference if isinstance(reference, str) else None,
            stated if isinstance(stated, str) else None,
        )
    return None


def published(value: str) -> tuple[date, datetime | None]:
    """Return the calendar day of a `published` value, in its own zone, and its moment.

    Raises ValueError for a date or time that does not exist, and DateNotUnderstood for a
    time of day without a zone.
    """
    if "T" not in value:
        return date.fromisoformat(value), None
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        raise DateNotUnderstood(
            f"'{value}' has a time but no zone",
            suggestion=f"{value}+03:00",
        )
    return moment.date(), moment


def source_reference(source_id: str, day: date, moment: datetime | None) -> Reference:
    """Return the reference of a source: its publication day and, if given, its moment."""
    return Reference(SOURCE, day, source_id, moment)


def resolve_field(
    field: DateField, reference: Reference | None, anchors=None, incident_date: bool = False
) -> Dated:
    """Resolve a date field, or raise DateNotUnderstood saying why not.

    A stated value is kept as stated; a warning says when the engine reads the text
    otherwise. A time without a zone takes the zone of the source it counts from, with
    a warning; with no zone at all it is an error.
    """
    warnings: list[tuple[str, str]] = []
    if field.value is not None:
        resolution = resolve_stated(field.text, field.value)
        try:
            engine = resolve(field.text, reference, anchors=anchors)
        except DateNotUnderstood:
            engine = None
        if engine is not None and (engine.value, engine.start, engine.end) != (
            resolution.value,
            resolution.start,
            resolution.end,
        ):
            warnings.append(
                (
                    f"the resolver reads '{field.text}' as {engine.value} "
                    f"({format_when(engine)}), not the stated {resolution.value}",
                    "check the value against the source; the stated value is kept",
                )
            )
    else:
        resolution = resolve(field.text, reference, anchors=anchors)
        if resolution.passed_over:
            warnings.append(_passed_over_warning(field.text, resolution))
    if resolution.precision == TIME and resolution.moment and resolution.moment.tzinfo is None:
        resolution = _in_zone_of(resolution, reference)
        warnings.append(
            (
                f"'{field.text}' gives no zone: read in the zone of the source "
                f"({resolution.value})",
                ZONE_HINT,
            )
        )
    if incident_date and resolution.precision == VAGUE:
        raise DateNotUnderstood(
            f"'{field.text}' is too vague to place the incident on the timeline",
            suggestion="write the day, or the span of days, that the source gives",
        )
    if incident_date and resolution.start is None:
        raise DateNotUnderstood(
            f"'{field.text}' is a length of time, not a date: {precision_label(resolution)}",
            suggestion=(
                "write when it happened: the day, the first and last day, or what it counts"
                " from ('ten days after <incident-id>')"
            ),
        )
    return Dated(resolution, tuple(warnings))


def _in_zone_of(resolution: Resolution, reference: Reference | None) -> Resolution:
    """Give a time read without a zone the zone of the source it counts from."""
    zone = reference.moment.tzinfo if reference and reference.moment else None
    if zone is None:
        raise DateNotUnderstood(
            f"'{resolution.text}' gives a time but no zone, and its source none either",
            suggestion=ZONE_HINT,
        )
    moment = resolution.moment.replace(tzinfo=zone)
    offset = moment.strftime("%z")
    stamp = moment.strftime("%Y-%m-%dT%H:%M") + (
        "Z" if offset == "+0000" else f"{offset[:3]}:{offset[3:]}"
    )
    return replace(resolution, value=stamp, moment=moment)


def is_day_precise(resolution: Resolution) -> bool:
    """Tell whether a resolution names one day (or a part or time of one)."""
    return resolution.start == resolution.end or resolution.precision == DAY


__all__ = [
    "DATE_HINT",
    "DateField",
    "DateOutcome",
    "Dated",
    "ReferenceNeeded",
    "date_field",
    "published",
    "resolve_date",
    "resolve_field",
    "source_reference",
    "value_at",
]


def _passed_over_warning(text: str, resolution: Resolution) -> tuple[str, str]:
    """Say which words of a date were passed over, and what the rest was read as."""
    words = ", ".join(f"'{word}'" for word in resolution.passed_over)
    return (
        f"'{text}' was read as {format_when(resolution)}, passing over {words}",
        "write only the words that date it, as the source does ('Tuesday', not 'told "
        "reporters Tuesday'), or state the value beside the text",
    )
