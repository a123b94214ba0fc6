"""Write the skeleton of a new incident file and of registry entries it needs."""

from __future__ import annotations

import json
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


# The comment an empty registry of a new archive starts with.
REGISTRY_HEADERS = {
    "places": "# Places: id → name, aliases, kind, region, country, coordinates.",
    "actors": "# Actors: id → name, aliases, kind, country, description.",
    "outlets": "# Outlets: id → name, aliases, url, country, language.",
}
SCOPE_HEADING = "## Scope of this archive"


def empty_registry(kind: str) -> str:
    """Return a registry file with no entries, saying where its format is documented."""
    return (
        f"{REGISTRY_HEADERS[kind]}\n"
        "# See docs/incident-format.md#registries; `invoke new` adds entries for you.\n"
    )


def about_page(scope: str, shipped_about: str) -> str:
    """Return a new archive's About page: its scope, then what every archive explains."""
    general = shipped_about[shipped_about.index("\n## ") :] if "\n## " in shipped_about else ""
    return f"Title: About this archive\nSlug: about\n\n{scope.strip()}\n{general}"


def with_site_settings(settings_text: str, name: str, subtitle: str) -> str:
    """Return pelicanconf.py's text with a new archive's name and subtitle, no featured periods
    and a map fitted to its points."""
    text = re.sub(
        r"(?m)^SITENAME = .*$",
        lambda _: f"SITENAME = {json.dumps(name, ensure_ascii=False)}",
        settings_text,
    )
    text = re.sub(
        r"(?m)^SITESUBTITLE = .*$",
        lambda _: f"SITESUBTITLE = {json.dumps(subtitle, ensure_ascii=False)}",
        text,
    )
    text = re.sub(
        r"(?m)^TIMELINE_MAP_VIEW = .*$",
        'TIMELINE_MAP_VIEW = None  # or {"lat": …, "lon": …, "zoom": …}',
        text,
    )
    return re.sub(
        r"(?ms)^TIMELINE_FEATURED_PERIODS = \[.*?^\]$", "TIMELINE_FEATURED_PERIODS = []", text
    )


def with_scope(contributing_text: str, scope: str) -> str:
    """Return CONTRIBUTING.md's text with its scope section saying what a new archive covers."""
    start = contributing_text.index(SCOPE_HEADING) + len(SCOPE_HEADING)
    end = contributing_text.find("\n## ", start)
    end = len(contributing_text) if end < 0 else end
    return f"{contributing_text[:start]}\n\n{scope.strip()}\n{contributing_text[end:]}"
