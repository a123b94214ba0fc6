"""Smoke test in real headless Chromium (Debian's package, driven by Playwright)."""

from __future__ import annotations

import functools
import json
import threading
from http.server import ThreadingHTTPServer

import pytest
from conftest import QuietHandler
from sitebuild.build import build_site

import tasks

pytestmark = pytest.mark.browser


def first_incident_dated_from_a_source(archive):
    return next(
        i for i in archive.incidents if i.date.reference and i.date.reference.kind == "source"
    )


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_timeline_links_to_an_incident_with_its_resolved_date(
    browser, site_url, shipped, javascript
):
    from incident_dates.formatting import format_day, format_when

    incident = first_incident_dated_from_a_source(shipped.archive)
    source = incident.source(incident.date.reference.id)
    context = browser.new_context(java_script_enabled=javascript)
    page = context.new_page()
    page.goto(f"{site_url}/")
    assert page.locator("h1").inner_text() == "Timeline"
    page.locator(".incident-card h3").get_by_role("link", name=incident.title, exact=True).click()
    page.wait_for_url(f"**/incidents/{incident.id}/")
    when = page.locator(".facts .when")
    assert when.locator("time").first.inner_text() == format_when(incident.date)
    relative = f"relative to {source.outlet.name}, {format_day(source.published_day)}"
    assert relative in when.inner_text()
    assert page.locator(".claim").count() == len(incident.claims)
    context.close()


def test_pages_fit_a_phone_screen(browser, site_url, shipped):
    archive = shipped.archive
    incident = max(archive.incidents, key=lambda i: len(i.claims))
    outlet = incident.sources[0].outlet
    claimant = next((c.claimant for c in incident.claims), None)
    start = incident.date.start
    pages = [
        "/",
        f"/incidents/{incident.id}/",
        f"/outlets/{outlet.id}/",
        f"/timeline/{start.year}/{start.month:02d}/{start.day:02d}/",
        "/places/",
        "/search/",
    ]
    if claimant:
        pages.append(f"/actors/{claimant.id}/")
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True)
    page = context.new_page()
    for path in pages:
        page.goto(f"{site_url}{path}")
        overflow = page.evaluate(
            "document.scrollingElement.scrollWidth - document.scrollingElement.clientWidth"
        )
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px on a phone"
    context.close()


def test_what_was_written_shows_on_keyboard_focus(browser, site_url):
    page = browser.new_page()
    page.goto(f"{site_url}/")
    date = page.locator(".incident-card .written").first
    tip = date.locator(".written-tip")
    # Out of sight but not out of the accessibility tree, so that screen readers read it.
    assert tip.bounding_box()["width"] <= 1
    assert tip.evaluate("e => getComputedStyle(e).display !== 'none' && e.checkVisibility()")
    date.focus()
    assert tip.bounding_box()["width"] > 50
    assert tip.inner_text().startswith("as written:")
    page.close()


def test_a_reader_follows_a_date_link_to_the_incident_it_counts_from_and_back(
    browser, site_url, shipped
):
    archive = shipped.archive
    anchored = [
        (incident, archive.incident(incident.date.anchor_id))
        for incident in archive.incidents
        if incident.date.anchor_id
    ]
    if not anchored:
        pytest.skip("no incident of this archive is dated from another one")
    incident, anchor = anchored[0]
    page = browser.new_page()
    page.goto(f"{site_url}/incidents/{incident.id}/")
    page.locator(".date-links").get_by_role("link", name=anchor.title, exact=True).click()
    page.wait_for_url(f"**/incidents/{anchor.id}/")
    back = page.locator(".date-links").get_by_role("link", name=incident.title, exact=True)
    back.first.click()
    page.wait_for_url(f"**/incidents/{incident.id}/")
    if anchor.location.place:
        page.get_by_role("link", name="Places").click()
        page.get_by_role("link", name=anchor.location.place.name, exact=True).click()
        page.wait_for_url(f"**/places/{anchor.location.place.id}/")
        assert page.locator(".incident-card").count() >= 1
    page.close()


# --- Search ---------------------------------------------------------------------------


class Searcher:
    """The search page of a served site, driven like a reader drives it."""

    def __init__(self, browser, site_url):
        self.page = browser.new_page()
        self.errors = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.site_url = site_url

    def results(self, query_string: str) -> list[str]:
        self.page.goto(f"{self.site_url}/search/?{query_string}")
        self.page.wait_for_selector("form[data-state=done], form[data-state=idle]")
        return [
            item.get_attribute("data-id")
            for item in self.page.query_selector_all(".search-results li")
        ]


def whoosh_top(index_folder, query, **filters):
    from search import SearchIndex, search

    return [hit["id"] for hit in search(SearchIndex(index_folder), query, **filters)]


def shipped_queries(archive) -> list[str]:
    """Queries a reader of this archive would type: title words, names, aliases, numbers."""
    from static_search import queries_for

    queries = queries_for([(incident.id, incident.title) for incident in archive.incidents])
    registries = archive.registries
    for entries in (registries.places, registries.actors, registries.outlets):
        for entry in list(entries.values())[:8]:
            queries.extend([entry.name, *entry.aliases[:1]])
    numbers = [
        f"{claim.claimant.name.split()[-1]} {count}"
        for incident in archive.incidents
        for claim in incident.claims
        for count in claim.numbers.values()
    ]
    queries.extend(numbers[:4])
    return list(dict.fromkeys(query for query in queries if query.strip()))


def test_the_browser_ranks_the_shipped_archive_as_invoke_search(browser, site_url, shipped):
    from urllib.parse import urlencode

    searcher = Searcher(browser, site_url)
    index = shipped.output.parent / ".search-index"
    for query in shipped_queries(shipped.archive):
        expected = whoosh_top(index, query)
        assert searcher.results(urlencode({"q": query})) == expected, query
    assert searcher.errors == []
    for incident in shipped.archive.incidents[:20]:
        assert incident.id in whoosh_top(index, incident.title, limit=50), incident.title


@pytest.fixture(scope="module")
def generated_site(tmp_path_factory):
    """Build a generated archive of 2,000 incidents and serve it."""
    import sys

    sys.path.append(str(tasks.ROOT / "benchmarks"))  # after plugins/: not the search plugin
    from corpus import write_corpus

    root = tmp_path_factory.mktemp("generated")
    content = write_corpus(root / "content", 2000, seed=3)
    build_site(tasks.ROOT / "pelicanconf.py", root / "output", {"PATH": str(content)})
    handler = functools.partial(QuietHandler, directory=str(root / "output"))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield root, f"http://127.0.0.1:{server.server_address[1]}", content
    server.shutdown()
    server.server_close()


def test_the_browser_ranks_a_generated_archive_as_invoke_search(browser, generated_site):
    from datetime import date
    from urllib.parse import urlencode

    from static_search import queries_for

    root, url, content = generated_site
    titles = [
        (p.stem, p.read_text().split("title: ", 1)[1].split("\n")[0])
        for p in sorted((content / "incidents").glob("*.md"))
    ]
    queries = [
        *queries_for(titles),
        "officials say", "grad rockets", "defence ministry", "kursk", "substation", "evacuation",
        "railway sabotage", "legion", "zsu", "drone strike", "telegram smoke", "injured 12",
    ]  # fmt: skip
    assert len(queries) >= 30
    searcher = Searcher(browser, url)
    checked = 0
    for query in queries:
        for filters, form in (
            ({}, {}),
            ({"tag": "drone"}, {"tag": "drone"}),
            (
                {"since": date(2023, 1, 1), "until": date(2023, 6, 30)},
                {"from": "2023-01-01", "to": "2023-06-30"},
            ),
        ):
            expected = whoosh_top(root / ".search-index", query, **filters)
            assert searcher.results(urlencode({"q": query, **form})) == expected, (query, form)
            checked += bool(expected)
    assert checked >= 40
    assert searcher.errors == []


def test_typing_filters_and_the_url_hold_the_search(browser, site_url, shipped):
    from static_search import WORD

    index = shipped.output.parent / ".search-index"
    tagged = [i for i in shipped.archive.incidents if i.tags]
    if not tagged:
        pytest.skip("no incident of this archive has a tag")
    incident = tagged[0]
    word = max(WORD.findall(incident.title.lower()), key=len)
    prefix, tag = word[:4], incident.tags[0]
    searcher = Searcher(browser, site_url)
    page = searcher.page
    searcher.results("")
    assert page.inner_text(".search-status") == "Type a word to search the archive."
    box = page.get_by_label("Words")
    box.focus()
    page.keyboard.type(prefix, delay=30)
    page.wait_for_function(f"new URL(location).searchParams.get('q') === {prefix!r}")
    page.wait_for_selector("form[data-state=done]")
    ids = [li.get_attribute("data-id") for li in page.query_selector_all(".search-results li")]
    assert ids == whoosh_top(index, prefix)
    assert incident.id in whoosh_top(index, prefix, limit=100)
    if ids:
        assert page.locator(".search-results mark").first.inner_text().lower().startswith(prefix)
    page.get_by_label("Tag").select_option(tag)
    page.wait_for_function(f"new URL(location).searchParams.get('tag') === {tag!r}")
    page.wait_for_selector("form[data-state=done]")
    ids = [li.get_attribute("data-id") for li in page.query_selector_all(".search-results li")]
    assert ids == whoosh_top(index, prefix, tag=tag)
    shared = page.url
    other = browser.new_page()
    other.goto(shared)
    other.wait_for_selector("form[data-state=done]")
    assert other.get_by_label("Words").input_value() == prefix
    assert other.get_by_label("Tag").input_value() == tag
    assert other.locator(".search-results li").count() == len(ids)
    # Keyboard only: from the box to the first result, and into it.
    box.focus()
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    for _ in range(25):
        if page.evaluate("document.activeElement.closest('.search-results') !== null"):
            break
        page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/incidents/{ids[0]}/")
    assert searcher.errors == []
    other.close()


def test_search_results_are_text_never_markup(browser, site_url):
    searcher = Searcher(browser, site_url)
    searcher.results("q=%3Cimg+src%3Dx+onerror%3Dalert(1)%3E+a")
    assert searcher.page.locator(".search-results img").count() == 0
    assert searcher.errors == []


def test_a_missing_index_is_said_plainly(browser, site_url, shipped):
    from static_search import WORD

    word = max(WORD.findall(shipped.archive.incidents[0].title.lower()), key=len)
    page = browser.new_page()
    page.route("**/search-index/t/**", lambda route: route.fulfill(status=404, body="gone"))
    page.goto(f"{site_url}/search/?q={word}")
    page.wait_for_selector("form[data-state=failed]")
    assert page.inner_text(".search-status").startswith("Search is unavailable")
    page.close()


def test_a_large_archives_timeline_page_stays_small_and_its_map_and_filters_load_lazily(
    browser, generated_site
):
    root, url, _ = generated_site
    home = root / "output" / "index.html"
    assert home.stat().st_size < 150_000, f"the timeline page is {home.stat().st_size:,} bytes"
    explorer = json.loads((root / "output" / "data" / "timeline.json").read_text())
    page = browser.new_page()
    page.route("https://tile.openstreetmap.org/**", lambda route: route.abort())
    page.goto(f"{url}/?tag=drone")
    page.wait_for_function(
        "!document.querySelector('.filter-count').textContent.startsWith('Load')"
    )
    drones = sum("drone" in record["tags"] for record in explorer["incidents"])
    total = len(explorer["incidents"])
    assert page.locator(".filter-count").inner_text() == f"{drones:,} of {total:,} incidents shown"
    assert page.locator(".filtered-list li").count() == min(drones, 100)
    page.close()
