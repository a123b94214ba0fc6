"""Featured periods: spans of days an archive's maintainers name, each with a page of its own."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from sitebuild.checks import SettingInvalid

from incidents.model import Incident
from incidents.scaffold import slugify

SETTING = "TIMELINE_FEATURED_PERIODS"
SHAPE = "{'title': 'First raid', 'start': '2023-05-22', 'end': '2023-05-24'}"


@dataclass(slots=True)
class FeaturedPeriod:
    """A named span of days and the incidents whose dates overlap it."""

    id: str
    title: str
    start: date
    end: date
    description: str = ""
    incidents: list[Incident] = field(default_factory=list)


KEYS = ("title", "start", "end", "description", "id")
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def _day(entry: dict, key: str, where: str, problems: list[str]) -> date | None:
    if key not in entry:
        problems.append(f"{where}: the {key} is missing: {SHAPE}")
        return None
    value = entry[key]
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        problems.append(f"{where}.{key}: '{value}' is not a day such as 2023-05-22")
        return None


def featured_periods(entries, incidents: list[Incident]) -> list[FeaturedPeriod]:
    """Return the featured periods the setting names, or exit saying what is wrong in it."""
    if not isinstance(entries, list | tuple):
        raise SettingInvalid(f"{SETTING} must be a list of periods like {SHAPE}")
    problems: list[str] = []
    periods: list[FeaturedPeriod] = []
    for index, entry in enumerate(entries):
        where = f"{SETTING}[{index}]"
        if not isinstance(entry, dict) or not str(entry.get("title", "")).strip():
            problems.append(f"{where}: give at least a title, a start and an end: {SHAPE}")
            continue
        unknown = [str(key) for key in entry if key not in KEYS]
        if unknown:
            problems.append(
                f"{where}: unknown key {', '.join(unknown)} (allowed: {', '.join(KEYS)})"
            )
            continue
        start = _day(entry, "start", where, problems)
        end = _day(entry, "end", where, problems) if "end" in entry else start
        if start is None or end is None:
            continue
        if end < start:
            problems.append(f"{where}: ends ({end}) before it starts ({start})")
            continue
        period_id = str(entry.get("id") or slugify(entry["title"]))
        if not SLUG.fullmatch(period_id):
            problems.append(
                f"{where}: '{period_id}' cannot be the id of a page: give an 'id' of lower-case "
                "letters, digits and hyphens"
            )
            continue
        if any(period.id == period_id for period in periods):
            problems.append(f"{where}: a second period with the id '{period_id}': give it an 'id'")
            continue
        periods.append(
            FeaturedPeriod(
                period_id,
                str(entry["title"]),
                start,
                end,
                str(entry.get("description", "")),
                [i for i in incidents if i.date.start <= end and i.date.end >= start],
            )
        )
    if problems:
        raise SettingInvalid("settings: " + "\n".join(problems))
    return periods
