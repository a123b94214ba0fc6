"""Smoke test in real headless Chromium (Debian's package, driven by Playwright)."""

from __future__ import annotations

import functools
import os
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

import tasks

pytestmark = pytest.mark.browser

CHROMIUM = Path(tasks.CONFIG["chromium"])
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


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
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_timeline_links_to_an_incident_with_its_resolved_date(browser, site_url, javascript):
    context = browser.new_context(java_script_enabled=javascript)
    page = context.new_page()
    page.goto(f"{site_url}/")
    assert page.locator("h1").inner_text() == "Timeline"
    link = page.get_by_role("link", name="Shelling of Shebekino")
    link.click()
    page.wait_for_url("**/incidents/2023-06-01-shebekino-shelling/")
    when = page.locator(".facts .when")
    assert when.locator("time").first.inner_text() == "1 June 2023"
    assert "relative to The Moscow Times, 1 June 2023" in when.inner_text()
    assert page.locator(".claimant").count() >= 1
    context.close()


def test_pages_fit_a_phone_screen(browser, site_url):
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True)
    page = context.new_page()
    pages = (
        "/",
        "/incidents/2023-06-01-shebekino-incursion-claims/",
        "/outlets/moscow-times/",
        "/actors/russian-defence-ministry/",
        "/timeline/2023/06/01/",
    )
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
    assert not tip.is_visible()
    date.focus()
    assert tip.is_visible()
    assert tip.inner_text().startswith("as written:")
    page.close()


def test_a_reader_follows_a_date_link_to_the_incident_it_counts_from_and_back(browser, site_url):
    page = browser.new_page()
    page.goto(f"{site_url}/incidents/2023-05-22-grayvoron-district-incursion/")
    page.locator(".date-links").get_by_role("link", name="Claimed incursion near Shebekino").click()
    page.wait_for_url("**/incidents/2023-06-01-shebekino-incursion-claims/")
    back = page.locator(".date-links").get_by_role(
        "link", name="Armed incursion into the Grayvoron district"
    )
    back.click()
    page.wait_for_url("**/incidents/2023-05-22-grayvoron-district-incursion/")
    page.get_by_role("link", name="Places").click()
    page.get_by_role("link", name="Shebekino", exact=True).click()
    page.wait_for_url("**/places/shebekino/")
    assert page.locator(".incident-card").count() >= 2
    page.close()
