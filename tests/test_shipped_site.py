"""Build the shipped archive and read its pages as a reader would."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlparse

import pytest
from bs4 import BeautifulSoup
from conftest import ROOT

from incident_dates.formatting import format_day, format_when
from incidents.pelican_layer import load_from_settings
from tasks import load_settings


@pytest.fixture(scope="module")
def archive():
    archive = load_from_settings(load_settings("pelicanconf.py"), root=ROOT)
    assert archive.errors == []
    return archive


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def incident_page(site: Path, incident_id: str) -> BeautifulSoup:
    return soup(site / "incidents" / incident_id / "index.html")


def text(element) -> str:
    return " ".join(element.get_text(" ").split())


def test_the_archive_covers_both_raids_from_all_five_sources(archive):
    assert len(archive.incidents) >= 6
    days = {incident.date.start.isoformat() for incident in archive.incidents}
    assert {"2023-05-22", "2023-06-01"} <= days
    titles = {source.title for incident in archive.incidents for source in incident.sources}
    assert len(titles) == 5
    assert all(incident.claims for incident in archive.incidents if "claims" in incident.id)


def test_relative_dates_are_written_as_the_sources_wrote_them(archive):
    written = {incident.date.text for incident in archive.incidents}
    assert {"Thursday", "on Monday", "the night of Monday-Tuesday"} <= written
    assert sum(incident.date.is_relative for incident in archive.incidents) >= 6


def test_every_incident_page_shows_date_provenance_place_sources_and_claims(archive, shipped_site):
    for incident in archive.incidents:
        page = incident_page(shipped_site, incident.id)
        assert text(page.h1) == incident.title
        when = text(page.select_one(".facts .when"))
        assert format_when(incident.date) in when
        if incident.date.is_relative:
            source = incident.source(incident.date.reference)
            provenance = " ".join(page.select_one(".facts .provenance").get_text("").split())
            assert provenance == (
                f"as written: {incident.date.text}, relative to "
                f"{source.outlet.name}, {format_day(source.published_day)}"
            )
        assert incident.location.name in text(page.select_one(".facts .where"))
        sources = page.select(".sources li")
        assert len(sources) == len(incident.sources)
        for item, source in zip(sources, incident.sources, strict=True):
            assert source.outlet.name in text(item)
            assert format_day(source.published_day) in text(item)
        claims = page.select(".claim")
        assert len(claims) == len(incident.claims)
        claimants = [text(h) for h in page.select(".claimant h3")]
        assert claimants == [actor.name for actor, _ in incident.claims_by_claimant()]


def test_the_timeline_lists_every_incident_by_day_oldest_first(archive, shipped_site):
    index = soup(shipped_site / "index.html")
    days = [section["id"] for section in index.select("section.day")]
    assert days == sorted(days)
    links = [a["href"] for a in index.select(".incident-card h3 a")]
    assert len(links) == len(archive.incidents)
    assert {link.split("/")[-2] for link in links} == {i.id for i in archive.incidents}


def test_every_internal_link_and_anchor_resolves(shipped_site):
    pages = {p: soup(p) for p in shipped_site.rglob("*.html")}
    ids = {p: {e["id"] for e in s.select("[id]")} for p, s in pages.items()}
    for path, page in pages.items():
        base = "file://" + str(path)
        for element in page.select("[href]"):
            url, fragment = urldefrag(urljoin(base, element["href"]))
            if urlparse(url).scheme != "file":
                continue
            target = Path(urlparse(url).path)
            if target.is_dir():
                target = target / "index.html"
            assert target.exists(), (
                f"{path.relative_to(shipped_site)}: broken link {element['href']}"
            )
            if fragment and target.suffix == ".html":
                assert fragment in ids[target], f"{path}: no #{fragment} in {target}"


def test_the_schema_is_published(shipped_site):
    published = shipped_site / "schema" / "incident.schema.json"
    source = ROOT / "plugins" / "incidents" / "schema" / "incident.schema.json"
    assert published.read_bytes() == source.read_bytes()
