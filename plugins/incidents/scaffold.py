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


def incident_text(
    new_id: str,
    title: str,
    when: str,
    place: str,
    outlet: str,
    published: str,
    language: str = "en",
    url: str = "",
) -> str:
    """Return a new incident file that validates, with comments for what to fill in."""
    url_line = (
        f"    url: {_quoted(url)}\n"
        if url
        else "    # url: https://…  (the article's address; never invent one)\n"
    )
    return f"""---
id: {new_id}
title: {_quoted(title)}
summary: >-
  One or two sentences: what happened, where, and according to whom. Replace this text.
tags: []
# As the source wrote it: "Thursday", "the night of Monday-Tuesday", "2023-06-01".
date: {_quoted(when)}
location:
  place: {place}
  precision: settlement
actors: []
sources:
  - id: {outlet}
    outlet: {outlet}
    title: "Headline as published: replace this text"
    published: {published}
    language: {language}
{url_line}claims: []
# claims:
#   - id: short-id
#     claimant: actor-registry-id
#     kind: casualties        # see docs/incident-format.md#claims for the kinds
#     statement: What the claimant said, in your own words.
#     numbers:
#       injured: {{min: 12}}
#     stated_on: Thursday
#     reported_by: [{outlet}]
#     status: unverified
---
What happened, in your own words, citing the sources above. Replace this text.
"""


def place_entry(place_id: str, name: str, country: str) -> str:
    """Return a places.yaml entry to complete."""
    return (
        f"{place_id}:\n  name: {_quoted(name)}\n  kind: town\n  country: {country}\n"
        "  # region: Belgorod Oblast\n  # coordinates: {lat: 50.0, lon: 36.0}\n"
    )


def outlet_entry(outlet_id: str, name: str) -> str:
    """Return an outlets.yaml entry to complete."""
    return f"{outlet_id}:\n  name: {_quoted(name)}\n  # url: https://…\n"
