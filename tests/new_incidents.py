"""Add incidents to a copy of an archive the way a contributor's pull request would.

Each incident is scaffolded by `invoke new` and then completed by editing the file as
docs/incident-format.md says: the texts marked TO FILL IN, claims with bounded, qualified
and decimal numbers, further places, an agency's copy with no headline, a live blog's
entries. The shipped-site tests run on the shipped content and again on a copy with these
added, so that a test which only holds for today's content, or a format the scaffold and
the docs do not agree on, fails here first.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

from incidents import load_archive

ROOT = Path(__file__).resolve().parent.parent
PLACEHOLDER = "TO FILL IN"

# Registry entries the docs tell a contributor to add by hand: an agency whose copy an
# outlet carried (`via`), and a town the scaffold's new places lie in.
AGENCY = """
zz-wire-agency:
  name: Test Wire Agency
  url: https://agency.example/
"""


def _append(path: Path, text: str) -> None:
    existing = path.read_text(encoding="utf-8") if path.exists() else ""
    if existing and not existing.endswith("\n"):
        existing += "\n"
    path.write_text(existing + text.lstrip("\n"), encoding="utf-8")


def _new(content: Path, *options: str) -> Path:
    """Run `invoke new` in the content's folder; return the file it wrote."""
    result = subprocess.run(
        [sys.executable, "-m", "invoke", "-r", str(ROOT), "new", "--content", str(content),
         *options],
        cwd=content.parent, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr + result.stdout
    [written] = [
        line.split(" ", 2)[1].rstrip(":")
        for line in result.stdout.splitlines()
        if line.startswith("Wrote ")
    ]
    return Path(written)


def _edit(path: Path, replacements: dict[str, str]) -> None:
    """Replace text of a scaffolded file as a contributor would, each text exactly once."""
    text = path.read_text(encoding="utf-8")
    for old, new in replacements.items():
        assert text.count(old) == 1, (path.name, old)
        text = text.replace(old, new)
    assert PLACEHOLDER not in text, path.name
    path.write_text(text, encoding="utf-8")


def _filled(title: str, summary: str, body: str, headline: str | None) -> dict[str, str]:
    """Return the edits that write what the scaffold marked TO FILL IN."""
    edits = {
        f'"{PLACEHOLDER}: one or two sentences: what happened, where, according to whom."': (
            f'"{summary}"'
        ),
        f"{PLACEHOLDER}: what happened, in your own words, citing the sources above.": body,
    }
    title_line = f'    title: "{PLACEHOLDER}: the headline as published"\n'
    edits[title_line] = f'    title: "{headline}"\n' if headline else ""
    return edits


def add_new_incidents(content: Path, root: Path) -> list[str]:
    """Add five incidents (six in an empty archive) to `content`; return the new incidents' ids.

    They bring what pull requests bring: new places (one named in the file only), actors
    and outlets, dates counted from an existing incident and from a new one, claims dated
    from another incident, several places, bounded, qualified, vague and decimal numbers,
    an agency's copy without a headline, a live blog, a title in Cyrillic and an incident
    without claims.
    """
    registries = content / "registries"
    existing = load_archive(sorted((content / "incidents").glob("*.md")), registries, root)
    assert existing.errors == [], existing.errors
    _append(registries / "outlets.yaml", AGENCY)
    written: list[Path] = []
    if existing.incidents:
        anchor = existing.incidents[0]
        anchor_id, anchor_day = anchor.id, anchor.date.start
    else:
        anchor_day = date(2024, 3, 4)
        first = _new(
            content, "--title", "First strike", "--date", anchor_day.isoformat(),
            "--published", anchor_day.isoformat(), "--outlet", "zz-new-outlet",
            "--outlet-name", "Regional Wire", "--place", "zz-new-village",
            "--place-name", "Novaya Derevnya", "--country", "RU", "--kind", "village",
            "--region", "Test Oblast", "--lat", "51.2", "--lon", "35.1",
        )  # fmt: skip
        _edit(first, _filled("First strike", "The first strike.", "It began here.", "Strike"))
        anchor_id = first.stem
        written.append(first)
    monday = anchor_day + timedelta(days=(7 - anchor_day.weekday()) % 7 or 7)
    later = anchor_day + timedelta(days=2)

    # A night across two days, reported the morning after; new place, outlet and actor.
    strike = _new(
        content, "--title", "Drone strike on Novaya Derevnya",
        "--date", "the night of Monday-Tuesday",
        "--published", f"{(monday + timedelta(days=1)).isoformat()}T08:15:00+03:00",
        "--outlet", "zz-new-outlet", "--outlet-name", "Regional Wire",
        "--url", "https://wire.example/strike", "--language", "ru",
        "--place", "zz-new-village", "--place-name", "Novaya Derevnya", "--country", "RU",
        "--kind", "village", "--region", "Test Oblast", "--lat", "51.2", "--lon", "35.1",
        "--actor", "zz-new-governor", "--actor-name", "Governor of Test Oblast",
        "--actor-kind", "official",
    )  # fmt: skip
    _edit(
        strike,
        {
            **_filled(
                "Drone strike",
                "Drones struck the village and the district centre overnight.",
                "Drones struck two places, the governor said.",
                "Беспилотники атаковали село",
            ),
            "  precision: settlement   # exact, settlement, district, region or country\n": (
                "  precision: exact\n"
                "  coordinates: {lat: 51.2012, lon: 35.1043, radius_m: 300, source: GeoConfirmed}\n"
                "  also:\n"
                "    - name: Khutor Nameless\n"
                "      region: Test Oblast\n"
                "      country: RU\n"
                "      precision: settlement\n"
            ),
            "claims: []\n": (
                "claims:\n"
                "  - id: governor-count\n"
                "    claimant: zz-new-governor\n"
                "    kind: casualties\n"
                "    statement: At least two people were injured and several drones downed.\n"
                "    numbers:\n"
                "      injured: {at_least: 2}\n"
                "      drones_shot_down: several\n"
                f"    stated_on: the day after {anchor_id}\n"
                "    reported_by: [zz-new-outlet]\n"
                "    status: unverified\n"
            ),
        },
    )

    # Counted from an existing incident; a title in Cyrillic; an agency's untitled copy.
    counted = _new(
        content, "--title", "Удар по Новой Деревне", "--date", f"two days after {anchor_id}",
        "--published", (later + timedelta(days=1)).isoformat(), "--outlet", "zz-new-outlet",
        "--url", "https://wire.example/counted", "--language", "ru",
        "--place", "zz-new-village", "--actor", "zz-new-governor",
    )  # fmt: skip
    _edit(
        counted,
        {
            **_filled("", "Shelling of the village.", "Обстрел села.", None),
            "tags: []": "tags: [generated, shelling]",
            "    outlet: zz-new-outlet\n": "    outlet: zz-new-outlet\n    via: zz-wire-agency\n",
            "claims: []\n": (
                "claims:\n"
                "  - id: flooding\n"
                "    claimant: zz-new-governor\n"
                "    kind: damage\n"
                "    statement: The river rose and flooded the lower streets.\n"
                "    numbers:\n"
                "      water_level_rise: {value: 5.61, unit: m}\n"
                "      flooded_area: {about: 600, unit: km²}\n"
                "      evacuated: {more_than: 900}\n"
                "      homes_damaged: {almost: 2000}\n"
                "      killed: {min: 3, max: 7}\n"
                "    reported_by: [zz-new-outlet]\n"
                "    status: unverified\n"
            ),
        },
    )

    # Counted from a new incident of the same pull request, at a new place of its own.
    chained = _new(
        content, "--title", "Evacuation of a named hamlet",
        "--date", f"three days after {counted.stem}",
        "--published", (later + timedelta(days=5)).isoformat(), "--outlet", "zz-new-outlet",
        "--url", "https://wire.example/chained", "--place", "zz-new-district",
        "--place-name", "Test district", "--country", "RU", "--kind", "district",
        "--region", "Test Oblast",
    )  # fmt: skip
    _edit(chained, _filled("", "People were evacuated.", "They left by bus.", "Evacuation"))

    # A live blog: the date counts from the entry that reports it, not from the first post.
    blog_day = monday + timedelta(days=6)
    district = _new(
        content, "--title", "Power cut in the Test district", "--date", "this morning",
        "--published", f"{blog_day.isoformat()}T06:00:00+03:00", "--outlet", "zz-new-outlet",
        "--url", "https://wire.example/live", "--place", "zz-new-district",
    )  # fmt: skip
    _edit(
        district,
        {
            **_filled("", "The power went out.", "Lights went out.", "Live: the region"),
            '    url: "https://wire.example/live"\n': (
                '    url: "https://wire.example/live"\n'
                "    entries:\n"
                f'      - {{id: power, time: "{blog_day.isoformat()}T09:40:00+03:00", '
                "title: Power cut}\n"
            ),
            'date: "this morning"': 'date: {text: "this morning", reference: "zz-new-outlet#power"}',
        },
    )

    # A denial contradicting the strike's claim, dated by a weekday.
    denial = _new(
        content, "--title", "A denial, reported twice",
        "--date", (monday + timedelta(days=1)).isoformat(),
        "--published", (monday + timedelta(days=2)).isoformat(), "--outlet", "zz-new-outlet",
        "--url", "https://wire.example/denial", "--place", "zz-new-village",
        "--actor", "zz-new-governor",
    )  # fmt: skip
    _edit(
        denial,
        {
            **_filled("", "The governor denied it.", "A denial.", "Denial"),
            "  precision: settlement   # exact, settlement, district, region or country\n": (
                "  precision: settlement\n  also:\n    - place: zz-new-district\n"
            ),
            "claims: []\n": (
                "claims:\n"
                "  - id: denial\n"
                "    claimant: zz-new-governor\n"
                "    kind: denial\n"
                "    statement: «Никто не пострадал», — заявил позже губернатор.\n"
                "    language: ru\n"
                "    stated_on: Wednesday\n"
                "    reported_by: [zz-new-outlet]\n"
                "    status: disputed\n"
                f"    contradicts: [{strike.stem}#governor-count]\n"
            ),
        },
    )
    written += [strike, counted, chained, district, denial]
    return sorted(path.stem for path in written)


def copy_with_new_incidents(content: Path, target: Path, root: Path) -> Path:
    """Copy a content folder to `target` and add the generated incidents to the copy."""
    shutil.copytree(content, target)
    add_new_incidents(target, root)
    return target
