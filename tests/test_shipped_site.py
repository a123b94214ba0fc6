"""Build the shipped archive and read its pages as a reader would."""

from __future__ import annotations

import itertools
import json
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlparse

import pytest
from bs4 import BeautifulSoup
from conftest import ROOT

from incident_dates.formatting import format_day, format_moment, format_when
from timeline.settings import SETTINGS


@pytest.fixture(scope="module")
def archive(shipped):
    return shipped.archive


HOME_INCIDENTS = SETTINGS.value({}, "TIMELINE_HOME_INCIDENTS")


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def incident_page(site: Path, incident_id: str) -> BeautifulSoup:
    return soup(site / "incidents" / incident_id / "index.html")


def text(element) -> str:
    return " ".join(element.get_text(" ").split())


def expected_provenance(archive, incident, resolution) -> str:
    """Say what a date was resolved against, as the page must: a source or another incident."""
    reference = resolution.reference
    if reference is not None and reference.kind == "incident":
        anchor = archive.incident(reference.id)
        written = resolution.text.replace(anchor.id, "").strip()
        return f"as written: {written} {anchor.title} ({format_day(anchor.date.start)})"
    written = f"as written: {resolution.text}"
    if resolution.stated_value:
        return f"{written}, its value given in the file"
    if reference is not None:
        source, entry = incident.source(reference.id), incident.entry(reference.id)
        if entry:
            posted = f"{format_day(entry.moment.date())}, {format_moment(entry.moment)}"
            which = f"the entry {entry.title}" if entry.title else "an entry"
            return f"{written}, relative to {source.outlet.name}, {which} posted {posted}"
        published = format_day(source.published_day)
        if source.published_moment:
            published += f", {format_moment(source.published_moment)}"
        return f"{written}, relative to {source.outlet.name}, {published}"
    return written


def test_every_incident_is_dated_placed_and_sourced(shipped, archive):
    if shipped.content != ROOT / "content":  # the copy a pull request added incidents to
        assert archive.incidents
    for incident in archive.incidents:
        assert incident.sources, incident.id
        assert incident.date.start <= incident.date.end, incident.id
        assert incident.location.name and incident.location.country, incident.id
        for claim in incident.claims:
            assert claim.reported_by and claim.claimant, (incident.id, claim.id)


def test_every_incident_page_shows_date_provenance_place_sources_and_claims(archive, shipped_site):
    for incident in archive.incidents:
        page = incident_page(shipped_site, incident.id)
        assert text(page.h1) == incident.title
        when = text(page.select_one(".facts .when"))
        assert format_when(incident.date) in when
        provenance = " ".join(page.select_one(".facts .provenance").get_text("").split())
        assert provenance == expected_provenance(archive, incident, incident.date)
        where = text(page.select_one(".facts .where"))
        for place in incident.location.places:
            assert place.name in where, (incident.id, place.name)
        sources = page.select(".sources > ol > li")
        assert len(sources) == len(incident.sources)
        for item, source in zip(sources, incident.sources, strict=True):
            assert source.outlet.name in text(item)
            assert (source.title or "untitled copy") in text(item)
            if source.via:
                assert f"carrying {source.via.name}" in text(item)
            assert format_day(source.published_day) in text(item)
            assert len(item.select(".entries li")) == len(source.entries)
        claims = page.select(".claim")
        assert len(claims) == len(incident.claims)
        claimants = [text(h) for h in page.select(".claimant h3")]
        assert claimants == [actor.name for actor, _ in incident.claims_by_claimant()]
        for claim in incident.claims:
            card = page.select_one(f"#claim-{claim.id}")
            assert card is not None, (incident.id, claim.id)
            if claim.stated_on:
                shown = " ".join(card.select_one(".provenance").get_text("").split())
                assert shown == expected_provenance(archive, incident, claim.stated_on)


def test_the_timeline_lists_the_latest_incidents_by_day_oldest_first(archive, shipped_site):
    index = soup(shipped_site / "index.html")
    days = [section["id"] for section in index.select("section.day")]
    assert days == sorted(days)
    links = [a["href"].split("/")[-2] for a in index.select(".incident-card h3 a")]
    listed = archive.incidents[-HOME_INCIDENTS:]
    assert sorted(links) == sorted(i.id for i in listed)
    newest = soup(shipped_site / "newest" / "index.html")
    newest_links = [a["href"].split("/")[-2] for a in newest.select(".incident-card h3 a")]
    assert sorted(newest_links) == sorted(links)
    newest_days = [section["id"] for section in newest.select("section.day")]
    assert newest_days == sorted(days, reverse=True)
    years = {i.date.start.year for i in archive.incidents}
    assert {li.find("a").get_text() for li in index.select("nav.periods li")} == {
        str(year) for year in years
    }


def test_every_internal_link_and_anchor_resolves(shipped_site):
    pages = {p: soup(p) for p in shipped_site.rglob("*.html")}
    ids = {p: {e["id"] for e in s.select("[id]")} for p, s in pages.items()}
    for path, page in pages.items():
        base = "file://" + str(path)
        for element in page.select("[href], [src]"):
            reference = element.get("href") or element["src"]
            # A root-relative link (the 404 page's) starts from the site's root.
            rooted = reference.startswith("/") and not reference.startswith("//")
            absolute = f"file://{shipped_site}{reference}" if rooted else urljoin(base, reference)
            url, fragment = urldefrag(absolute)
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


def period_url(kind: str, day) -> str:
    parts = {"year": (day.year,), "month": (day.year, f"{day.month:02d}")}.get(
        kind, (day.year, f"{day.month:02d}", f"{day.day:02d}")
    )
    return "timeline/" + "/".join(map(str, parts)) + "/"


def test_year_month_and_day_pages_list_the_incidents_they_overlap(archive, shipped_site):
    for incident in archive.incidents:
        start, end = incident.date.start, incident.date.end
        years = {date(year, 1, 1) for year in range(start.year, end.year + 1)}
        for year in years:
            page = soup(shipped_site / period_url("year", year) / "index.html")
            assert text(page.h1) == str(year.year)
            assert incident.id in incident_ids(page)
        if (end - start).days < 7:
            for offset in range((end - start).days + 1):
                day = start + timedelta(days=offset)
                page = soup(shipped_site / period_url("day", day) / "index.html")
                assert text(page.h1) == format_day(day)
                assert incident.id in incident_ids(page), (incident.id, day)
        if (end - start).days < 31:
            page = soup(shipped_site / period_url("month", start) / "index.html")
            assert incident.id in incident_ids(page)


def test_period_pages_link_to_the_previous_and_next_period(shipped_site):
    months = sorted((shipped_site / "timeline").glob("[0-9]*/[0-9][0-9]/index.html"))
    for earlier, later in itertools.pairwise(months):
        page = soup(earlier)
        (following,) = hrefs(page, ".pager [rel=next]")
        assert (earlier.parent / following).resolve() == later.parent.resolve()
    if months:
        assert hrefs(soup(months[-1]), ".pager [rel=next]") == []


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


def anchored_dates(archive):
    """Yield (incident, claim or None, anchor incident) for every date counted from an incident."""
    for incident in archive.incidents:
        dated = [(None, incident.date)] + [(c, c.stated_on) for c in incident.claims if c.stated_on]
        for claim, resolution in dated:
            if resolution.anchor_id:
                yield incident, claim, archive.incident(resolution.anchor_id)


def test_a_date_counted_from_another_incident_is_linked_both_ways(archive, shipped_site):
    for incident, claim, anchor in anchored_dates(archive):
        page = incident_page(shipped_site, incident.id)
        back = incident_page(shipped_site, anchor.id)
        assert f"../../incidents/{anchor.id}/" in hrefs(page, ".date-links a"), incident.id
        assert f"../../incidents/{incident.id}/" in hrefs(back, ".date-links a"), anchor.id
        assert incident.title in text(back.select_one(".date-links"))
        if claim:
            assert f"../../incidents/{incident.id}/#claim-{claim.id}" in hrefs(
                back, ".date-links a"
            )


def test_related_incidents_share_a_place_or_an_actor(archive, shipped_site):
    by_title = {incident.title: incident for incident in archive.incidents}
    for incident in archive.incidents:
        page = incident_page(shipped_site, incident.id)
        for item in page.select(".related li"):
            other = by_title[text(item.a)]
            same_place = (
                incident.location.place is not None
                and other.location.place is not None
                and other.location.place.id == incident.location.place.id
            )
            shared_actor = {a.id for a in incident.actors} & {a.id for a in other.actors}
            assert same_place or shared_actor, (incident.id, other.id)


def within(archive, place_id: str) -> set[str]:
    """Return the ids of a place and of the places inside it: whose region names it, or names
    a place inside it, however deep."""
    places = archive.registries.places
    found, pending = {place_id}, [place_id]
    while pending:
        outer = places[pending.pop()]
        names = {name.casefold() for name in (outer.name, *outer.aliases)}
        for other in places.values():
            if (other.region or "").casefold() in names and other.id not in found:
                found.add(other.id)
                pending.append(other.id)
    return found


def test_place_pages_show_aliases_region_coordinates_and_incidents(archive, shipped_site):
    for place in archive.registries.places.values():
        page = soup(shipped_site / "places" / place.id / "index.html")
        assert text(page.h1) == place.name
        facts = text(page.select_one(".facts"))
        assert all(alias in facts for alias in place.aliases)
        if place.region:
            assert place.region in facts
        if place.coordinates:
            assert f"{place.coordinates.lat:.4f}, {place.coordinates.lon:.4f}" in facts
        inside = within(archive, place.id)
        expected = [
            i.id
            for i in archive.incidents
            if any(at.place and at.place.id in inside for at in i.location.places)
        ]
        mentions = page.select_one("section[aria-labelledby=mentions-title]")
        named = incident_ids(mentions.extract()) if mentions else []
        assert incident_ids(page) == expected, place.id
        # Incidents that name the place only in words are listed apart, and only those.
        names = [name.casefold() for name in (place.name, *place.aliases)]
        for incident_id in named:
            words = " ".join(
                part
                for at in archive.incident(incident_id).location.places
                for part in (at.detail, None if at.place else at.name)
                if part
            ).casefold()
            assert incident_id not in expected and any(n in words for n in names), incident_id
        feeds = page.select("link[rel=alternate][type='application/atom+xml']")
        assert (place.name in [feed["title"] for feed in feeds]) == bool(expected), place.id


def test_actor_pages_list_every_claim_the_actor_made(archive, shipped_site):
    for actor in archive.registries.actors.values():
        made = [
            (incident.id, claim.id)
            for incident in archive.incidents
            for claim in incident.claims
            if claim.claimant.id == actor.id
        ]
        page = soup(shipped_site / "actors" / actor.id / "index.html")
        links = hrefs(page, ".claims-list .claim-head a")
        assert links == [f"../../incidents/{i}/#claim-{c}" for i, c in made], actor.id
    everyone = soup(shipped_site / "claims" / "index.html")
    rows = everyone.select("table.claim-counts tbody tr")
    claimants = {claim.claimant.id for incident in archive.incidents for claim in incident.claims}
    assert len(rows) == len(claimants)
    total = sum(len(incident.claims) for incident in archive.incidents)
    assert sum(int(row.select("td")[0].get_text()) for row in rows) == total
    for row in rows:
        counts = [int(cell.get_text()) for cell in row.select("td")]
        assert counts[0] == sum(counts[1:]), row["id"]


def test_outlet_pages_list_every_source_cited_with_its_date(archive, shipped_site):
    for outlet in archive.registries.outlets.values():
        cited = [
            source
            for incident in archive.incidents
            for source in incident.sources
            if outlet in (source.outlet, source.via)
        ]
        page = soup(shipped_site / "outlets" / outlet.id / "index.html")
        rows = page.select("table.citations tbody tr")
        assert len(rows) == len(cited), outlet.id
        assert sorted(row.select_one("time")["datetime"] for row in rows) == sorted(
            source.published_day.isoformat() for source in cited
        )


def test_tag_pages_and_the_data_page(archive, shipped_site):
    tags = {tag for incident in archive.incidents for tag in incident.tags}
    for tag in tags:
        page = soup(shipped_site / "tags" / tag / "index.html")
        assert incident_ids(page) == [i.id for i in archive.incidents if tag in i.tags]
    data = soup(shipped_site / "data" / "index.html")
    assert {a["href"] for a in data.select(".downloads dt a")} == {
        "../data/incidents.json",
        "../data/incidents.csv",
        "../data/incidents.geojson",
        "../data/incidents.ics",
        "../feeds/all.atom.xml",
    }


def test_scripts_come_from_the_site_and_only_where_they_enhance(shipped_site):
    for path in shipped_site.rglob("*.html"):
        page = soup(path)
        scripts = [script.get("src") for script in page.select("script")]
        own = [src.rsplit("/", 1)[-1] for src in scripts if src]
        assert not [src for src in scripts if src and urlparse(src).netloc], path
        if path == shipped_site / "search" / "index.html":
            # Its module, and the index's meta.json as an inert JSON data block.
            assert own == ["search.js"] and len(scripts) == 2
            data = page.select_one("script#search-meta")
            assert data["type"] == "application/json"
            meta = json.loads(data.string)
            assert meta == json.loads((shipped_site / "search-index" / "meta.json").read_text())
            assert "needs JavaScript" in text(page.select_one("noscript"))
        elif page.select(".map, .timeline-filters"):
            # Maps and filters are hidden until their script shows them.
            assert own == ["timeline.js"], path
            assert all(e.has_attr("hidden") for e in page.select(".map, .timeline-filters"))
        else:
            assert scripts == [], path
        assert not [a for a in page.select("[href]") if a["href"].startswith("javascript:")]


def _schema_keys() -> set[str]:
    """Every enum value of the published schemas that is not also a plain English word."""
    keys = set()

    def walk(node):
        if isinstance(node, dict):
            keys.update(v for v in node.get("enum", []) if isinstance(v, str))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for schema in (ROOT / "plugins" / "incidents" / "schema").glob("*.json"):
        walk(json.loads(schema.read_text()))
    # The date engine's precisions are not in the schemas but reach pages through filters.
    return {key for key in keys | {"part-of-day"} if "-" in key or "_" in key}


def test_readers_never_see_the_formats_internal_vocabulary(shipped_site):
    import re

    keys = _schema_keys()
    internal = re.compile(
        r"\b(?:en|ru|uk|common)\.[a-z]+\.[a-z-]+"  # rule names
        r"|\b\d{4}-\d{2}-\d{2}T(?:NI|MO|AF|EV)\b"  # TIMEX3 values
        r"|\((?:en|ru|uk)\)"  # bare language codes
        r"|\b(?:" + "|".join(re.escape(key) for key in sorted(keys)) + r")\b"
    )
    for path in shipped_site.rglob("*.html"):
        page = soup(path)
        for hidden in page.select("script, style"):
            hidden.decompose()
        found = internal.findall(text(page))
        assert found == [], f"{path.relative_to(shipped_site)} shows {sorted(set(found))}"


def test_breadcrumbs_name_each_step_and_link_every_day_of_a_short_span(archive, shipped_site):
    from timeline.index import DAY_PAGE_MAX_DAYS

    for incident in archive.incidents:
        crumbs = incident_page(shipped_site, incident.id).select(".breadcrumb li")
        words = [text(crumb) for crumb in crumbs]
        assert words[0] == "Timeline" and all(word for word in words), incident.id
        assert not [word for word in words[1:] if word.isdigit() and len(word) < 4], words
        days = (incident.date.end - incident.date.start).days + 1
        if days <= DAY_PAGE_MAX_DAYS:
            linked = [a["href"] for a in crumbs[-1].select("a")]
            first, last = incident.date.start, incident.date.end
            assert linked[0].endswith(f"{first:%Y/%m/%d}/") and linked[-1].endswith(
                f"{last:%Y/%m/%d}/"
            ), incident.id


def test_a_claim_names_each_outlet_that_reported_it_once(archive, shipped_site):
    for incident in archive.incidents:
        page = incident_page(shipped_site, incident.id)
        for claim in incident.claims:
            line = page.select_one(f"#claim-{claim.id} .claim-provenance")
            outlets = [text(a) for a in line.select("a[href*='#source-']")]
            assert len(outlets) == len(set(outlets)) >= 1, (incident.id, claim.id)


def test_statements_in_another_language_are_marked_with_it(archive, shipped_site):
    for incident in archive.incidents:
        page = incident_page(shipped_site, incident.id)
        for claim in incident.claims:
            statement = page.select_one(f"#claim-{claim.id} .statement")
            assert statement.get("lang") == claim.language, (incident.id, claim.id)


def test_period_pages_say_what_they_count_in_plain_words(shipped_site):
    for path in (shipped_site / "timeline").rglob("index.html"):
        lede = text(soup(path).select_one(".lede"))
        assert "whose dates fall in" not in lede and " incident" in lede, path


def test_names_in_their_own_script_are_shown_with_their_language_and_found(archive, shipped):
    from search import SearchIndex, search

    index = SearchIndex(shipped.output.parent / ".search-index")
    registries = archive.registries
    pages = [("places", registries.places), ("actors", registries.actors)]
    pages.append(("outlets", registries.outlets))
    for folder, entries in pages:
        for entry in entries.values():
            page = soup(shipped.output / folder / entry.id / "index.html")
            for language, name in entry.native:
                marked = [text(span) for span in page.select(f".facts [lang='{language}']")]
                assert name in marked, (entry.id, name)
    for place in registries.places.values():
        at = {i.id for i in archive.incidents if i.location.place is place}
        for _, name in place.native:
            found = {hit["id"] for hit in search(index, name, limit=1000)}
            assert at <= found, (place.id, name)
