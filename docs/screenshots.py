"""Take the README's screenshots of the built site, at phone and desktop widths.

    python3 -m invoke build && python3 docs/screenshots.py [OUTPUT]

Serves OUTPUT (default output/) on 127.0.0.1 and photographs the timeline (histogram, filters
and map), the incident with the most numbers (its numbers table) and a search, with Debian's
Chromium. Map tiles are not fetched, so maps show their points on a plain background, as
they do offline.
"""

from __future__ import annotations

import functools
import json
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tasks import CONFIG  # noqa: E402

WIDTHS = {"phone": (360, 740), "desktop": (1366, 900)}


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


def busiest_incident(site: Path) -> str:
    """Return the URL of the incident whose claims give the most numbers."""
    records = json.loads((site / "data" / "incidents.json").read_text())["incidents"]
    best = max(records, key=lambda r: sum(len(c["numbers"]) for c in r["claims"]))
    return best["url"]


def take(site: Path, folder: Path) -> list[Path]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    words = json.loads((site / "data" / "incidents.json").read_text())["incidents"][0]["title"]
    views = {
        "timeline": ("/", ".map[data-state]"),
        "incident": (busiest_incident(site), ".numbers-table"),
        "search": (f"/search/?q={words.split()[0]}", "form[data-state=done]"),
    }
    written = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CONFIG["chromium"], args=CONFIG["chromium_args"]
        )
        for width_name, (width, height) in WIDTHS.items():
            page = browser.new_page(viewport={"width": width, "height": height})
            page.route("https://tile.openstreetmap.org/**", lambda route: route.abort())
            for name, (url, ready) in views.items():
                page.goto(base + url)
                page.wait_for_selector(ready)
                if name == "incident":
                    page.evaluate("document.querySelector('.narrative').scrollIntoView()")
                path = folder / f"{name}-{width_name}.png"
                page.screenshot(path=str(path))
                written.append(path)
            page.close()
        browser.close()
    server.shutdown()
    return written


if __name__ == "__main__":
    output = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / CONFIG["deploy_path"]
    for path in take(output, ROOT / "docs" / "screenshots"):
        print(f"wrote {path.relative_to(ROOT)}")
