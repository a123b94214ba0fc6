"""Write the skeleton of a new incident file and of registry entries it needs."""

from __future__ import annotations

import re
from datetime import date

from unidecode import unidecode

MAX_SLUG_WORDS = 8


def slugify(text: str) -> str:
    """Return an id-safe slug of any text, transliterated: 'Обстрел' → 'obstrel'."""
    words = re.findall(r"[a-z0-9]+", unidecode(text).lower())
    return "-".join(words[:MAX_SLUG_WORDS])


def incident_id(title: str, day: date) -> str:
    """Return an incident's id from its first day and title: '2023-06-01-shelling-of-x'."""
    return f"{day.isoformat()}-{slugify(title)}".rstrip("-")


def _quoted(text: str) -> str:
    """Quote a one-line value for YAML so that no text becomes another type or breaks a line."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


# What `invoke new` writes where the contributor has to write: `invoke validate` warns
# while any of it is left, and the pull-request check shows the warning on its line.
PLACEHOLDER = "TO FILL IN"


def incident_text(
    new_id: str,
    title: str,
    when: str,
    place: str,
    outlet: str,
    published: str,
    language: str = "en",
    url: str = "",
    actors: tuple[str, ...] = (),
) -> str:
    """Return a new incident file that validates, its texts to write marked TO FILL IN."""
    url_line = (
        f"    url: {_quoted(url)}\n"
        if url
        else "    # url: https://…  (the article's address; never invent one)\n"
    )
    return f"""---
id: {new_id}
title: {_quoted(title)}
summary: "{PLACEHOLDER}: one or two sentences: what happened, where, according to whom."
tags: []
# As the source wrote it, in its language: "Thursday", "в ночь на субботу", "2023-06-01".
date: {_quoted(when)}
location:
  place: {place}
  precision: settlement   # exact, settlement, district, region or country
actors: [{", ".join(actors)}]
sources:
  - id: {outlet}
    outlet: {outlet}
    title: "{PLACEHOLDER}: the headline as published"
    published: {published}
    language: {language}
{url_line}claims: []
# claims:
#   - id: short-id
#     claimant: actor-registry-id
#     kind: casualties        # see docs/incident-format.md#claims for the kinds
#     statement: What the claimant said, in your own words.
#     numbers:
#       injured: {{at_least: 12}}
#     stated_on: Thursday
#     reported_by: [{outlet}]
#     status: unverified
---
{PLACEHOLDER}: what happened, in your own words, citing the sources above.
"""


def place_entry(
    place_id: str,
    name: str,
    country: str,
    kind: str = "",
    region: str = "",
    coordinates: tuple[float, float] | None = None,
) -> str:
    """Return a places.yaml entry; what was not given is left as comments, never invented."""
    lines = [f"{place_id}:", f"  name: {_quoted(name)}"]
    lines.append(
        f"  kind: {kind}"
        if kind
        else "  # kind: city, town, village, district, region, country or site"
    )
    lines.append(f"  region: {_quoted(region)}" if region else "  # region: the region it lies in")
    lines.append(f"  country: {country}")
    if coordinates:
        lines.append(f"  coordinates: {{lat: {coordinates[0]}, lon: {coordinates[1]}}}")
    else:
        lines.append("  # coordinates: {lat: …, lon: …}  (from a map, never guessed)")
    return "\n".join(lines) + "\n"


def actor_entry(actor_id: str, name: str, kind: str, country: str = "") -> str:
    """Return an actors.yaml entry."""
    lines = [f"{actor_id}:", f"  name: {_quoted(name)}", f"  kind: {kind}"]
    lines.append(f"  country: {country}" if country else "  # country: its ISO code")
    return "\n".join(lines) + "\n"


def outlet_entry(outlet_id: str, name: str) -> str:
    """Return an outlets.yaml entry to complete."""
    return f"{outlet_id}:\n  name: {_quoted(name)}\n  # url: https://…\n"
