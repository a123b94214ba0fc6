"""Add incidents to a copy of an archive the way a contributor's pull request would.

The shipped-site tests run on the shipped content and again on a copy with these added, so
that a test which only holds for today's content fails here first.
"""

from __future__ import annotations

import shutil
import textwrap
from datetime import date, timedelta
from pathlib import Path

from incidents import load_archive

NEW_PLACES = """
zz-new-village:
  name: Novaya Derevnya
  aliases: [Новая Деревня]
  kind: village
  region: Test Oblast
  country: RU
  coordinates: {lat: 51.2, lon: 35.1}
zz-new-district:
  name: Test district
  kind: district
  region: Test Oblast
  country: RU
"""
NEW_ACTORS = """
zz-new-governor:
  name: Governor of Test Oblast
  aliases: [Test governor]
  kind: official
  country: RU
"""
NEW_OUTLETS = """
zz-new-outlet:
  name: Regional Wire
  url: https://wire.example/
  language: ru
"""


def _append(path: Path, text: str) -> None:
    existing = path.read_text(encoding="utf-8") if path.exists() else ""
    if existing and not existing.endswith("\n"):
        existing += "\n"
    path.write_text(existing + text.lstrip("\n"), encoding="utf-8")


def _incident(incident_id: str, title: str, date_text: str, published: date, **parts) -> str:
    location = parts.get("location", "  place: zz-new-village\n  precision: settlement")
    claims = textwrap.dedent(parts.get("claims", ""))
    return textwrap.dedent(
        """\
        ---
        id: {id}
        title: {title}
        summary: A generated incident, as a contributor would add one.
        tags: [{tags}]
        date: {date}
        location:
        {location}
        actors: [zz-new-governor]
        sources:
          - id: wire
            outlet: zz-new-outlet
            title: Report of {id}
            published: {published}
            language: ru
            url: https://wire.example/{id}
        {claims}---
        Body of the generated incident, with a [link](https://wire.example/).
        """
    ).format(
        id=incident_id,
        title=title,
        tags=parts.get("tags", "generated"),
        date=date_text,
        location=location,
        published=published.isoformat(),
        claims=claims,
    )


def add_new_incidents(content: Path, root: Path) -> list[str]:
    """Add registry entries and five incidents (six in an empty archive) to `content`; return the new incidents' ids.

    They cover what pull requests bring: new places, actors and outlets, a place named in
    the file only, dates counted from an existing incident and from a new one, claims
    dated from another incident, a title in Cyrillic and an incident without claims.
    """
    registries = content / "registries"
    existing = load_archive(sorted((content / "incidents").glob("*.md")), registries, root)
    assert existing.errors == [], existing.errors
    _append(registries / "places.yaml", NEW_PLACES)
    _append(registries / "actors.yaml", NEW_ACTORS)
    _append(registries / "outlets.yaml", NEW_OUTLETS)
    if existing.incidents:
        anchor = existing.incidents[0]
        anchor_id, anchor_day = anchor.id, anchor.date.start
    else:
        anchor_id, anchor_day = "2024-03-04-zz-first-strike", date(2024, 3, 4)
    monday = anchor_day + timedelta(days=(7 - anchor_day.weekday()) % 7 or 7)
    later = anchor_day + timedelta(days=2)
    claim = """\
        claims:
          - id: governor-count
            claimant: zz-new-governor
            kind: casualties
            statement: Two people were injured, the governor said.
            numbers:
              injured: 2
            stated_on: the day after {anchor}
            reported_by: [wire]
            status: unverified
        """
    files = {
        f"{monday.isoformat()}-zz-drone-strike": _incident(
            f"{monday.isoformat()}-zz-drone-strike",
            "Drone strike on Novaya Derevnya",
            "the night of Monday-Tuesday",
            monday + timedelta(days=1),
            claims=claim.format(anchor=anchor_id),
        ),
        f"{later.isoformat()}-zz-counted": _incident(
            f"{later.isoformat()}-zz-counted",
            "Удар по Новой Деревне",
            f"two days after {anchor_id}",
            later + timedelta(days=1),
            tags="generated, shelling",
        ),
        f"{(later + timedelta(days=3)).isoformat()}-zz-chained": _incident(
            f"{(later + timedelta(days=3)).isoformat()}-zz-chained",
            "Evacuation of a named hamlet",
            f"three days after {later.isoformat()}-zz-counted",
            later + timedelta(days=5),
            location="  name: Khutor Nameless\n  country: RU\n  region: Test Oblast",
        ),
        f"{(monday + timedelta(days=6)).isoformat()}-zz-district": _incident(
            f"{(monday + timedelta(days=6)).isoformat()}-zz-district",
            "Power cut in the Test district",
            "Sunday",
            monday + timedelta(days=7),
            location="  place: zz-new-district\n  precision: district",
        ),
    }
    strike = f"{monday.isoformat()}-zz-drone-strike"
    files[f"{(monday + timedelta(days=1)).isoformat()}-zz-denial"] = _incident(
        f"{(monday + timedelta(days=1)).isoformat()}-zz-denial",
        "A denial, reported twice",
        (monday + timedelta(days=1)).isoformat(),
        monday + timedelta(days=2),
        claims=f"""\
        claims:
          - id: denial
            claimant: zz-new-governor
            kind: denial
            statement: Nobody was hurt, the governor said later.
            stated_on: Wednesday
            reported_by: [wire]
            status: disputed
            contradicts: [{strike}#governor-count]
        """,
    )
    if not existing.incidents:
        files[anchor_id] = _incident(anchor_id, "First strike", anchor_day.isoformat(), anchor_day)
    for incident_id, text in files.items():
        (content / "incidents" / f"{incident_id}.md").write_text(text, encoding="utf-8")
    return sorted(files)


def copy_with_new_incidents(content: Path, target: Path, root: Path) -> Path:
    """Copy a content folder to `target` and add the generated incidents to the copy."""
    shutil.copytree(content, target)
    add_new_incidents(target, root)
    return target
