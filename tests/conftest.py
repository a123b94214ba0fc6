"""Shared fixtures: small archives written into temporary folders, the shipped site, a browser."""

from __future__ import annotations

import functools
import os
import textwrap
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import NamedTuple

import pytest
from sitebuild.build import build_site, load_settings

import tasks
from incidents import Archive, load_archive

ROOT = Path(__file__).resolve().parent.parent

PLACES = """\
shebekino:
  name: Shebekino
  aliases: [Shebekino town]
  kind: town
  region: Belgorod Oblast
  country: RU
  coordinates: {lat: 50.41, lon: 36.90}
"""
ACTORS = """\
governor:
  name: Regional Governor
  kind: official
militia:
  name: The Militia
  aliases: [Militia]
  kind: armed-group
"""
OUTLETS = """\
daily:
  name: The Daily
  url: https://daily.example/
weekly:
  name: The Weekly
"""

# A valid incident; tests break one line of it at a time. Line numbers matter.
INCIDENT = """\
---
id: 2023-06-01-shebekino-shelling
title: Shelling of Shebekino
summary: The town was shelled; the governor reported injuries.
tags: [shelling]
date: Thursday
location:
  place: shebekino
  precision: settlement
actors: [militia]
sources:
  - id: daily
    outlet: daily
    title: Town shelled
    published: 2023-06-01
    language: en
    url: https://daily.example/shelled
  - id: weekly
    outlet: weekly
    title: Shelling goes on
    published: 2023-06-02T09:00:00+03:00
    language: en
    url: https://weekly.example/shelling
claims:
  - id: injured
    claimant: governor
    kind: casualties
    statement: Twelve people were injured.
    numbers:
      injured: {min: 12}
    stated_on: Thursday
    reported_by: [daily]
    status: unverified
  - id: denial
    claimant: militia
    kind: denial
    statement: The militia said it did not fire.
    stated_on: {text: Friday, reference: weekly}
    reported_by: [weekly]
    status: disputed
    contradicts: [injured]
---
The town was shelled, **according to** the governor.
"""


class ArchiveFolder:
    """A content folder with registries and incident files, loaded like a build would."""

    def __init__(self, root: Path):
        self.root = root
        self.content = root / "content"
        self.incidents = self.content / "incidents"
        self.registries = self.content / "registries"
        self.incidents.mkdir(parents=True)
        self.registries.mkdir()
        (self.content / "pages").mkdir()
        self.write_registry("places", PLACES)
        self.write_registry("actors", ACTORS)
        self.write_registry("outlets", OUTLETS)

    def write_registry(self, kind: str, text: str) -> Path:
        path = self.registries / f"{kind}.yaml"
        path.write_text(text, encoding="utf-8")
        return path

    def write(self, name: str, text: str | bytes) -> Path:
        path = self.incidents / name
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path

    def write_incident(self, replacements: dict[str, str] | None = None, name: str = "") -> Path:
        """Write the valid incident with some of its text replaced."""
        text = INCIDENT
        for old, new in (replacements or {}).items():
            assert old in text, old
            text = text.replace(old, new, 1)
        return self.write(name or "2023-06-01-shebekino-shelling.md", text)

    def load(self) -> Archive:
        return load_archive(sorted(self.incidents.iterdir()), self.registries, self.root)

    def load_as_built(self) -> Archive:
        """Load the folder as a build does: the files found under INCIDENTS_PATHS of PATH."""
        from incidents.pelican_layer import load_from_settings

        settings = load_settings(ROOT / "pelicanconf.py", {"PATH": str(self.content)})
        return load_from_settings(settings, root=self.root)


@pytest.fixture
def folder(tmp_path) -> ArchiveFolder:
    return ArchiveFolder(tmp_path)


class ShippedSite(NamedTuple):
    """An archive's content folder, the site built from it and the archive it holds."""

    content: Path
    output: Path
    archive: Archive


@pytest.fixture(scope="session", params=["shipped", "with-new-incidents"])
def shipped(request, tmp_path_factory) -> ShippedSite:
    """Build the shipped archive the way `invoke build` does, as it is and with incidents added.

    The second build adds what a contributor's pull request brings (tests/new_incidents.py),
    so every test of the shipped site must hold for an archive it has never seen.
    """
    from new_incidents import copy_with_new_incidents

    from incidents.pelican_layer import load_from_settings

    folder = tmp_path_factory.mktemp(request.param)
    content = ROOT / "content"
    if request.param == "with-new-incidents":
        content = copy_with_new_incidents(content, folder / "content", ROOT)
    output = folder / "output"
    build_site(ROOT / tasks.CONFIG["settings_base"], output, {"PATH": str(content)})
    settings = load_settings(ROOT / tasks.CONFIG["settings_base"], {"PATH": str(content)})
    archive = load_from_settings(settings, root=ROOT)
    assert archive.errors == []
    return ShippedSite(content, output, archive)


@pytest.fixture(scope="session")
def shipped_site(shipped) -> Path:
    """Return the output folder of the shipped archive's build."""
    return shipped.output


# --- Browsers ---------------------------------------------------------------------------

CHROMIUM = Path(tasks.CONFIG["chromium"])


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


@pytest.fixture(scope="module")
def site_url(shipped_site):
    """Serve the built site on 127.0.0.1, on a free port."""
    handler = functools.partial(QuietHandler, directory=str(shipped_site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} is not installed: run `invoke setup`"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=tasks.CONFIG["chromium_args"]
        )
        yield browser
        browser.close()


@pytest.fixture
def reader(browser):
    """Open Chromium tabs (`reader(width=360, javascript=False)`), closed after the test."""
    from reader_tab import Reader

    opened = []

    def open_reader(**options):
        opened.append(Reader(browser, **options))
        return opened[-1]

    yield open_reader
    for each in opened:
        each.close()
