"""A Chromium tab for the readers' view tests: it records console errors and any request
that leaves 127.0.0.1, answers the map's tile requests with a blank tile, and waits for
the map to stand still."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlparse

AXE = Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
# A transparent 1-pixel PNG: what the map's tile server answers in the tests (no network here).
BLANK_TILE = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000100ffff03000006000557bfabd40000000049454e44ae426082"
)
WIDTHS = {"phone": 360, "desktop": 1366}


class Reader:
    """A browser tab that records console errors and any request that leaves 127.0.0.1."""

    def __init__(self, browser, width=1366, javascript=True, scheme="light"):
        self.context = browser.new_context(
            viewport={"width": width, "height": 800},
            java_script_enabled=javascript,
            color_scheme=scheme,
            is_mobile=width < 500,
        )
        self.javascript = javascript
        self.errors: list[str] = []
        self.outside: list[str] = []
        self.served: dict[str, str] = {}
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))

    def _route(self, route):
        url = urlparse(route.request.url)
        if route.request.url in self.served:
            route.fulfill(body=self.served[route.request.url], content_type="text/html")
        elif url.hostname == "127.0.0.1":
            route.continue_()
        elif url.hostname == "tile.openstreetmap.org":
            route.fulfill(body=BLANK_TILE, content_type="image/png")
        else:
            self.outside.append(route.request.url)
            route.abort()

    def open(self, url: str, settle: bool = True):
        """Open a page and wait until its scripts have drawn what they draw."""
        self.page.goto(url)
        if self.javascript and settle:
            # A map fitting its points zooms in an animation (and its clusters after it):
            # what is read or checked is read once the map stands still.
            self.page.wait_for_function(
                "[...document.querySelectorAll('.map')].every(m => m.dataset.state)"
                " && ![...document.querySelectorAll('.filter-count')]"
                ".some(c => c.textContent === 'Loading…')"
                " && !document.querySelector('.leaflet-zoom-anim, .leaflet-cluster-anim')"
            )
        return self.page

    def close(self):
        self.context.close()


def explorer(site) -> dict:
    return json.loads((site / "data" / "timeline.json").read_text())
