"""Readers' views in Chromium: every page type at phone and desktop widths, with and without
JavaScript, light and dark: no console errors, no sideways scrolling, axe-core clean; the
histogram and filters doing what they say. The map has its own file, test_map_views.py.
Properties of any archive, never its counts."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urljoin, urlparse

import pytest
from reader_tab import AXE, AXE_TAGS, WIDTHS, explorer

pytestmark = pytest.mark.browser


def page_types(archive, site) -> dict[str, str]:
    """One page of every type the archive has, by what it is."""
    incidents = archive.incidents
    busiest = max(incidents, key=lambda i: (len(i.claims), i.id))
    start = busiest.date.start
    pages = {
        "timeline": "/",
        "newest": "/newest/",
        "incident": f"/incidents/{busiest.id}/",
        "year": f"/timeline/{start.year}/",
        "month": f"/timeline/{start.year}/{start.month:02d}/",
        "places": "/places/",
        "actors": "/actors/",
        "outlets": "/outlets/",
        "tags": "/tags/",
        "claims": "/claims/",
        "data": "/data/",
        "search": "/search/",
        "search results": f"/search/?q={busiest.title.split()[0]}",
        "not found": "/404.html",
    }
    if (busiest.date.end - busiest.date.start).days < 7:
        pages["day"] = f"/timeline/{start.year}/{start.month:02d}/{start.day:02d}/"
    if busiest.location.place:
        pages["place"] = f"/places/{busiest.location.place.id}/"
    if busiest.claims:
        pages["actor"] = f"/actors/{busiest.claims[0].claimant.id}/"
    pages["outlet"] = f"/outlets/{busiest.sources[0].outlet.id}/"
    if busiest.tags:
        pages["tag"] = f"/tags/{busiest.tags[0]}/"
    periods = sorted((site / "periods").glob("*/index.html")) if (site / "periods").is_dir() else []
    if periods:
        pages["featured period"] = f"/periods/{periods[0].parent.name}/"
    about = site / "about" / "index.html"
    if about.exists():
        pages["about"] = "/about/"
    return pages


def axe_violations(page) -> list[str]:
    """Return axe-core's serious and critical violations of WCAG 2.2 AA on the page."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags},"
        " resultTypes: ['violations']})",
        AXE_TAGS,
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes'][:3]]}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def without_scripts(html: str) -> str:
    return re.sub(r"<script\b[^>]*>.*?</script>", "", html, flags=re.S)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
def test_every_page_type_reads_cleanly(
    request,
    reader,
    site_url,
    shipped,
    width,
    javascript,
    scheme,
):
    if request.node.callspec.params["shipped"] != "shipped" and (width, scheme) != (1366, "light"):
        # New incidents change content, not styles: one width and scheme checks them.
        pytest.skip(
            "the full matrix runs on the shipped archive; added incidents at 1366 px, light"
        )
    tab = reader(width=width, javascript=javascript, scheme=scheme)
    # A page shown without JavaScript is checked by axe as a copy of its DOM, scripts
    # removed, in a tab where axe itself can run.
    checker = None if javascript else reader(width=width, scheme=scheme)
    problems = []
    for kind, path in page_types(shipped.archive, shipped.output).items():
        page = tab.open(f"{site_url}{path}")
        overflow = page.evaluate(
            "document.scrollingElement.scrollWidth - document.scrollingElement.clientWidth"
        )
        if overflow > 0:
            problems.append(f"{kind} ({path}) scrolls sideways by {overflow}px")
        if javascript:
            problems += [f"{kind} ({path}): {v}" for v in axe_violations(page)]
        else:
            checker.served[page.url] = without_scripts(page.content())
            checked = checker.open(page.url, settle=False)
            problems += [f"{kind} ({path}): {v}" for v in axe_violations(checked)]
        problems += [f"{kind} ({path}): console: {e}" for e in tab.errors if "404" not in path]
        tab.errors.clear()
    assert tab.outside == [], "pages fetched from outside the site"
    assert problems == []


def expected_at(records: dict, place_id: str) -> set[str]:
    inside = {place_id, *records["within"].get(place_id, [])}
    return {r["id"] for r in records["incidents"] if inside & set(r["places"])}


def test_filters_narrow_the_timeline_and_the_url_holds_them(reader, site_url, shipped):
    records = explorer(shipped.output)
    total = len(records["incidents"])
    place_id = max(
        {p for r in records["incidents"] for p in r["places"]},
        key=lambda p: (len(expected_at(records, p)), p),
        default=None,
    )
    if place_id is None:
        pytest.skip("no incident of this archive is at a registered place")
    tab = reader()
    page = tab.open(f"{site_url}/")
    page.select_option("#filter-place", place_id)
    wanted = expected_at(records, place_id)
    page.wait_for_selector(".filtered:not([hidden])")
    count = page.locator(".filter-count")
    assert count.inner_text() == f"{len(wanted):,} of {total:,} incidents shown"
    assert parse_qs(urlparse(page.url).query) == {"place": [place_id]}
    shown = page.locator(".filtered-list [data-incident]")
    listed = {shown.nth(i).get_attribute("data-incident") for i in range(shown.count())}
    # A hundred at a time, the rest behind "Show more".
    assert listed <= wanted and len(listed) == min(len(wanted), 100)
    assert page.locator(".timeline-default").is_hidden()

    # A shared link opens the same view; a second filter narrows it further.
    first = records["incidents"][0]
    page = tab.open(f"{site_url}/?place={place_id}&from={first['start']}&to={first['start']}")
    both = {
        r["id"]
        for r in records["incidents"]
        if r["id"] in wanted and r["end"] >= first["start"] and r["start"] <= first["start"]
    }
    assert (
        page.locator(".filter-count").inner_text() == f"{len(both):,} of {total:,} incidents shown"
    )
    assert page.input_value("#filter-from") == first["start"]

    page.get_by_role("button", name="Show everything").click()
    page.wait_for_function("!location.search")
    assert count.inner_text() == f"All {total:,} incidents"
    assert page.locator(".timeline-default").is_visible()
    assert tab.errors == []


def test_a_place_with_no_incidents_filters_to_none_without_an_error(reader, site_url, shipped):
    tab = reader()
    page = tab.open(f"{site_url}/?place=no-such-place-anywhere")
    page.wait_for_selector(".filtered:not([hidden])")
    assert page.locator(".filter-count").inner_text().startswith("0 of ")
    page = tab.open(f"{site_url}/search/?q=a&place=no-such-place-anywhere")
    page.wait_for_selector("form[data-state=done]")
    assert "filters" in page.locator(".search-status").inner_text()
    assert tab.errors == []


def test_a_histogram_bar_sets_the_date_range(reader, site_url, shipped):
    tab = reader()
    page = tab.open(f"{site_url}/")
    bar = page.locator(".histogram a[data-start]").first
    start = bar.get_attribute("data-start")
    bar.click()
    page.wait_for_function("location.search.includes('from=')")
    query = parse_qs(urlparse(page.url).query)
    (end,) = query["to"]
    assert query["from"] == [start] and end >= start
    # The bar chosen stays bright; every bar after the range is dimmed.
    bars = page.locator(".histogram [data-start]")
    for i in range(bars.count()):
        bar = bars.nth(i)
        outside = "outside" in (bar.get_attribute("class") or "")
        if bar.get_attribute("data-start") == start:
            assert not outside
        elif bar.get_attribute("data-start") > end:
            assert outside, bar.get_attribute("data-start")
    assert tab.errors == []


def test_without_javascript_bars_and_coordinates_are_links(reader, site_url, shipped):
    tab = reader(javascript=False)
    page = tab.open(f"{site_url}/")
    assert page.locator(".timeline-filters").is_hidden()
    assert page.locator(".map").is_hidden()
    bar = page.locator(".histogram a[data-start]").first
    href = urljoin(page.url, bar.get_attribute("href"))
    bar.click()
    page.wait_for_url(href)
    assert page.locator(".incident-card").count() >= 1
    located = [i for i in shipped.archive.incidents if i.location.coordinates]
    if located:
        page = tab.open(f"{site_url}/incidents/{located[0].id}/")
        osm = page.locator(".where a.coordinates").first
        assert osm.get_attribute("href").startswith("https://www.openstreetmap.org/?mlat=")


def test_numbers_sit_side_by_side_in_one_table(reader, site_url, shipped):
    from incidents.numbers import label

    counted = [i for i in shipped.archive.incidents if any(c.numbers for c in i.claims)]
    if not counted:
        pytest.skip("no claim of this archive gives a number")
    incident = max(counted, key=lambda i: sum(len(c.numbers) for c in i.claims))
    page = reader().open(f"{site_url}/incidents/{incident.id}/")
    table = page.locator(".numbers-table")
    assert table.locator("tbody tr").count() == sum(len(c.numbers) for c in incident.claims)
    names = {label(name) for claim in incident.claims for name in claim.numbers}
    headers = table.locator("tbody th")
    seen = {headers.nth(i).inner_text().split("\n")[0].strip() for i in range(headers.count())}
    assert seen == names
    assert "_" not in table.inner_text()
    # The narrative comes first, then the table, then the claims.
    order = page.evaluate(
        "[...document.querySelectorAll('.narrative, .numbers-reported, .claims')].map(e => e.className)"
    )
    assert order == sorted(order, key=["narrative", "numbers-reported", "claims"].index)
    # A figure never wraps: each cell is one line.
    heights = page.evaluate(
        "[...document.querySelectorAll('.numbers-table td.figure')].map(td => td.getClientRects()[0].height)"
    )
    assert max(heights) < 2.2 * min(heights)


def test_the_print_stylesheet_drops_the_navigation_and_keeps_what_was_written(
    reader,
    site_url,
    shipped,
):
    incident = shipped.archive.incidents[0]
    page = reader().open(f"{site_url}/")
    page.emulate_media(media="print")
    assert page.locator("header.site nav").is_hidden()
    tip = page.locator(".incident-card .written-tip").first
    assert tip.is_visible() and tip.inner_text().startswith("as written:")
    page = reader().open(f"{site_url}/incidents/{incident.id}/")
    page.emulate_media(media="print")
    link = page.locator(".sources a[href^='http']").first
    if link.count():
        after = page.evaluate("a => getComputedStyle(a, '::after').content", link.element_handle())
        assert link.get_attribute("href") in after


def test_an_anchor_jump_tints_its_target_not_the_page(reader, site_url, shipped):
    incident = next((i for i in shipped.archive.incidents if i.claims), None)
    if incident is None:
        pytest.skip("no incident of this archive has a claim")
    page = reader().open(f"{site_url}/incidents/{incident.id}/#main")
    assert page.evaluate("getComputedStyle(document.querySelector('main')).outlineStyle") == "none"
    page = reader().open(f"{site_url}/incidents/{incident.id}/#claim-{incident.claims[0].id}")
    assert page.evaluate("getComputedStyle(document.querySelector('main')).outlineStyle") == "none"


def test_the_phone_header_leaves_room_for_the_first_heading(reader, site_url, shipped):
    page = reader(width=360).open(f"{site_url}/")
    top = page.evaluate("document.querySelector('main h1').getBoundingClientRect().top")
    assert top < 130, f"the first heading starts {top}px down a phone screen"


def test_without_javascript_the_search_page_says_why_instead_of_an_empty_form(reader, site_url):
    page = reader(javascript=False).open(f"{site_url}/search/?q=anything")
    assert page.locator("form.search").is_hidden()
    assert "needs JavaScript" in page.locator("main").inner_text()


def test_claim_cards_keep_their_own_height(reader, site_url, shipped):
    incident = max(shipped.archive.incidents, key=lambda i: len(i.claims))
    page = reader().open(f"{site_url}/incidents/{incident.id}/")
    if page.locator(".claimants").count():
        assert (
            page.evaluate("getComputedStyle(document.querySelector('.claimants')).alignItems")
            == "start"
        )
