"""Build the shipped archive and read its pages as a reader would."""

from __future__ import annotations

import json
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
        for element in page.select("[href], [src]"):
            reference = element.get("href") or element["src"]
            url, fragment = urldefrag(urljoin(base, reference))
            if urlparse(url).scheme != "file":
                continue
            target = Path(urlparse(url).path)
            if target.is_dir():
                target = target / "index.html"
            assert target.exists(), f"{path.relative_to(shipped_site)}: broken link {reference}"
            if fragment and target.suffix == ".html":
                assert fragment in ids[target], f"{path}: no #{fragment} in {target}"


def test_the_schema_is_published(shipped_site):
    published = shipped_site / "schema" / "incident.schema.json"
    source = ROOT / "plugins" / "incidents" / "schema" / "incident.schema.json"
    assert published.read_bytes() == source.read_bytes()


def hrefs(page: BeautifulSoup, selector: str) -> list[str]:
    return [a["href"] for a in page.select(selector)]


def incident_ids(page: BeautifulSoup) -> list[str]:
    return [href.rstrip("/").split("/")[-1] for href in hrefs(page, ".incident-card h3 a")]


def test_the_newest_first_view_reverses_the_timeline(archive, shipped_site):
    oldest = incident_ids(soup(shipped_site / "index.html"))
    newest = soup(shipped_site / "newest" / "index.html")
    days = [section["id"] for section in newest.select("section.day")]
    assert days == sorted(days, reverse=True)
    assert set(incident_ids(newest)) == set(oldest) == {i.id for i in archive.incidents}
    assert "oldest first" in text(newest.select_one(".lede"))


def test_each_date_on_the_timeline_carries_what_was_written(archive, shipped_site):
    index = soup(shipped_site / "index.html")
    written = index.select(".incident-card .written[tabindex='0'] .written-tip")
    assert len(written) == len(archive.incidents)
    assert all(text(tip).startswith("as written:") for tip in written)


def test_year_month_and_day_pages_list_their_incidents(archive, shipped_site):
    june_first = [i.id for i in archive.incidents if i.date.start.isoformat() == "2023-06-01"]
    day = soup(shipped_site / "timeline" / "2023" / "06" / "01" / "index.html")
    assert text(day.h1) == "1 June 2023"
    assert sorted(incident_ids(day)) == sorted(june_first)
    month = soup(shipped_site / "timeline" / "2023" / "05" / "index.html")
    assert text(month.h1) == "May 2023"
    assert all(
        i in incident_ids(month)
        for i in (x.id for x in archive.incidents if x.date.start.month == 5)
    )
    year = soup(shipped_site / "timeline" / "2023" / "index.html")
    assert sorted(incident_ids(year)) == sorted(i.id for i in archive.incidents)
    assert hrefs(month, ".pager [rel=next]") == ["../../../timeline/2023/06/"]


def test_incident_pages_link_to_the_previous_and_next_incident(archive, shipped_site):
    ordered = [i.id for i in archive.incidents]
    for position, incident_id in enumerate(ordered):
        page = incident_page(shipped_site, incident_id)
        following = hrefs(page, ".pager [rel=next]")
        preceding = hrefs(page, ".pager [rel=prev]")
        if position + 1 < len(ordered):
            assert following == [f"../../incidents/{ordered[position + 1]}/"]
        else:
            assert following == []
        if position:
            assert preceding == [f"../../incidents/{ordered[position - 1]}/"]


def test_a_date_counted_from_another_incident_is_linked_both_ways(shipped_site):
    raid = incident_page(shipped_site, "2023-05-22-grayvoron-district-incursion")
    claims = incident_page(shipped_site, "2023-06-01-shebekino-incursion-claims")
    forward = text(raid.select_one(".date-links"))
    backward = text(claims.select_one(".date-links"))
    assert "stated nine days before Claimed incursion near Shebekino" in forward
    assert "Referred to by Armed incursion into the Grayvoron district" in backward
    assert "../../incidents/2023-06-01-shebekino-incursion-claims/" in hrefs(raid, ".date-links a")
    assert "../../incidents/2023-05-22-grayvoron-district-incursion/" in hrefs(
        claims, ".date-links a"
    )


def test_related_incidents_share_a_place_or_an_actor(shipped_site):
    page = incident_page(shipped_site, "2023-06-01-shebekino-shelling")
    related = text(page.select_one(".related"))
    assert "Claimed incursion near Shebekino" in related
    assert "also at Shebekino" in related


def test_place_pages_show_aliases_region_coordinates_and_incidents(archive, shipped_site):
    page = soup(shipped_site / "places" / "grayvoron-district" / "index.html")
    facts = text(page.select_one(".facts"))
    assert "Graivoronsk region" in facts and "Belgorod Oblast" in facts
    in_district = [
        i.id
        for i in archive.incidents
        if i.location.place and i.location.place.id == "grayvoron-district"
    ]
    assert sorted(incident_ids(page)) == sorted(in_district)
    region = soup(shipped_site / "places" / "belgorod-oblast" / "index.html")
    assert len(incident_ids(region)) == len(archive.incidents)  # every incident lies within it
    town = soup(shipped_site / "places" / "shebekino" / "index.html")
    assert "50.4066, 36.8889" in text(town.select_one(".facts"))
    assert town.select_one("link[rel=alternate][type='application/atom+xml'][title=Shebekino]")


def test_actor_pages_list_every_claim_the_actor_made(archive, shipped_site):
    made = [
        (incident.id, claim.id)
        for incident in archive.incidents
        for claim in incident.claims
        if claim.claimant.id == "vyacheslav-gladkov"
    ]
    page = soup(shipped_site / "actors" / "vyacheslav-gladkov" / "index.html")
    links = hrefs(page, ".claims-list .claim-head a")
    assert links == [f"../../incidents/{i}/#claim-{c}" for i, c in made]
    everyone = soup(shipped_site / "claims" / "index.html")
    total = sum(len(incident.claims) for incident in archive.incidents)
    assert len(everyone.select(".claims-list > li")) == total


def test_outlet_pages_list_every_source_cited_with_its_date(archive, shipped_site):
    cited = [
        (source, incident)
        for incident in archive.incidents
        for source in incident.sources
        if source.outlet.id == "moscow-times"
    ]
    page = soup(shipped_site / "outlets" / "moscow-times" / "index.html")
    rows = page.select("table.citations tbody tr")
    assert len(rows) == len(cited)
    assert {row.select_one("time")["datetime"] for row in rows} == {
        source.published_day.isoformat() for source, _ in cited
    }


def test_tag_pages_and_the_data_page(archive, shipped_site):
    tagged = [i.id for i in archive.incidents if "shelling" in i.tags]
    page = soup(shipped_site / "tags" / "shelling" / "index.html")
    assert sorted(incident_ids(page)) == sorted(tagged)
    data = soup(shipped_site / "data" / "index.html")
    assert {a["href"] for a in data.select(".downloads dt a")} == {
        "../data/incidents.json",
        "../data/incidents.csv",
        "../data/incidents.geojson",
        "../data/incidents.ics",
        "../feeds/all.atom.xml",
    }


def test_only_the_search_page_loads_a_script_and_it_says_so_without_one(shipped_site):
    for path in shipped_site.rglob("*.html"):
        page = soup(path)
        scripts = [script.get("src") for script in page.select("script")]
        if path == shipped_site / "search" / "index.html":
            # Its module, and the index's meta.json as an inert JSON data block.
            assert scripts == ["../theme/js/search.js", None]
            data = page.select_one("script#search-meta")
            assert data["type"] == "application/json"
            meta = json.loads(data.string)
            assert meta == json.loads((shipped_site / "search-index" / "meta.json").read_text())
            assert "needs JavaScript" in text(page.select_one("noscript"))
        else:
            assert scripts == [], path
        assert not [a for a in page.select("[href]") if a["href"].startswith("javascript:")]
