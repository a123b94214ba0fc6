"""Measure the search index beside Pagefind on one generated archive, in one run.

    python3 benchmarks/search.py [--incidents 20000] [--work /tmp/search-bench] [--queries N]

Steps: generate the archive (benchmarks/corpus.py), build the site once (`build_site`,
which also writes our static export), then measure, each in a fresh child process:

- our full index build (the static export, from the loaded archive's documents) and the
  whoosh index `invoke search` builds from them, and the archive's loading alone, for the
  wall time and peak memory of indexing;
- Pagefind (PyPI `pagefind[bin]`) indexing the same incident pages of the built site;
- the export's update after one incident changes, and how many files it rewrites;
- in headless Chromium, on 127.0.0.1: bytes fetched and time until the first results
  show (from navigation, cold cache), and for a next query on the same page; median over
  the query set, for both engines;
- total size of each index on disk.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "plugins"), str(ROOT / "benchmarks")]

from corpus import write_corpus  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]  # fmt: skip
# What readers type: a kind of incident, a weapon, an actor, an object, a common phrase.
QUERIES = [
    "shelling", "drone strike", "grad rockets", "defence ministry", "evacuation",
    "substation", "railway sabotage", "legion", "telegram smoke", "officials say",
]  # fmt: skip
PAGEFIND_HARNESS = """<!DOCTYPE html><meta charset="utf-8"><title>pagefind</title>
<script type="module">
const q = new URLSearchParams(location.search);
window.runQuery = async (text) => {
  const t0 = performance.now();
  const pf = await import("/pagefind/pagefind.js");
  const found = await pf.search(text);
  const top = await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
  return { ms: performance.now() - t0, count: top.length };
};
window.first = runQuery(q.get("q")).then((r) => ({ ...r, ms: performance.now(), fromQuery: r.ms }));
</script>"""


# Runs a command and prints the peak memory of it and everything it waited for.
PEAK = (
    "import resource, subprocess, sys; code = subprocess.run(sys.argv[1:]).returncode; "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); "
    "sys.exit(code)"
)


def measured(command: list[str]) -> tuple[str, float, float]:
    """Run a command in a fresh process tree; return its output, wall seconds and peak MB."""
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", PEAK, *command], capture_output=True, text=True, cwd=ROOT
    )
    if result.returncode:
        sys.exit(result.stderr)
    peak_kb = int(result.stderr.strip().splitlines()[-1])
    return result.stdout, time.perf_counter() - started, peak_kb / 1024


def child(code: str) -> dict:
    """Run Python code in a fresh process; return its JSON answer, wall time and peak RSS."""
    output, wall, peak_mb = measured([sys.executable, "-c", textwrap.dedent(code)])
    return {**json.loads(output.strip().splitlines()[-1]), "wall": wall, "peak_mb": peak_mb}


LOAD = """
import json, sys, time
sys.path[:0] = ["plugins", "."]
from incidents import load_archive
from pathlib import Path
content = Path({content!r})
started = time.perf_counter()
archive = load_archive(sorted((content / "incidents").iterdir()), content / "registries", content)
loaded = time.perf_counter() - started
"""
INDEX = (
    LOAD
    + """
import shutil
from search import Exporter, SearchIndex, search_document
started = time.perf_counter()
documents = [search_document(i, f"incidents/{{i.id}}/") for i in archive.incidents]
folder = Path({index!r})
shutil.rmtree(folder, ignore_errors=True)
Exporter(folder / "export", folder / "export-digests.json").export(documents)
indexed = time.perf_counter() - started
index = SearchIndex(folder)
index.keep(documents)
started = time.perf_counter()
index.refresh()
print(json.dumps({{"loaded": loaded, "indexed": indexed, "whoosh": time.perf_counter() - started}}))
"""
)
UPDATE = (
    LOAD
    + """
from search import Exporter, search_document
documents = [search_document(i, f"incidents/{{i.id}}/") for i in archive.incidents]
folder = Path({index!r})
started = time.perf_counter()
exported = Exporter(folder / "export", folder / "export-digests.json").export(documents)
print(json.dumps({{"updated": time.perf_counter() - started, "written": exported.written}}))
"""
)


def folder_bytes(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files), len(files)


SERVER = """
import functools, sys
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
class Handler(SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, like any real server
    disable_nagle_algorithm = True  # else a delayed ACK adds 40 ms to every response
    def log_message(self, *args):
        pass
server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=sys.argv[1]))
print(server.server_address[1], flush=True)
server.serve_forever()
"""


OURS_FIRST = """() => {
  const done = performance.getEntriesByName("search:results")[0].startTime;
  const asked = performance.getEntriesByName("search:start")[0].startTime;
  return [done, done - asked];
}"""
OURS_NEXT = """async (text) => {
  performance.clearMarks("search:results");
  const box = document.querySelector("#search-q");
  const t0 = performance.now();
  box.value = text;
  box.dispatchEvent(new Event("input", {bubbles: true}));
  while (!performance.getEntriesByName("search:results").length) {
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  return performance.getEntriesByName("search:results")[0].startTime - t0;
}"""


def one_query(page, url: str, engine: str, query: str, following: str) -> dict:
    """Search once on a fresh page load, then once more on the same page; bytes and times."""
    sizes: list[int] = []

    def count(request) -> None:
        sizes.append(request.sizes()["responseBodySize"] + request.sizes()["responseHeadersSize"])

    page.on("requestfinished", count)
    if engine == "ours":
        page.goto(f"{url}/search/?q={query}")
        page.wait_for_selector("form[data-state=done]")
        first_ms, from_query = page.evaluate(OURS_FIRST)
    else:
        page.goto(f"{url}/pagefind-bench.html?q={query}")
        first = page.evaluate("window.first")
        first_ms, from_query = first["ms"], first["fromQuery"]
    first_kb = sum(sizes) / 1024
    sizes.clear()
    if engine == "ours":
        next_ms = page.evaluate(OURS_NEXT, following)
    else:
        next_ms = page.evaluate("(text) => runQuery(text)", following)["ms"]
    page.wait_for_timeout(50)
    page.remove_listener("requestfinished", count)
    return {
        "first_kb": first_kb,
        "first_ms": first_ms,
        "first_query_ms": from_query,
        "next_kb": sum(sizes) / 1024,
        "next_ms": next_ms,
    }


def measure_browser(site: Path, queries: list[str]) -> dict:
    """Return median bytes and milliseconds to first results and to a next query, per engine.

    Each first query starts with an empty cache in a running browser (the cache is cleared
    before each); the same query is also timed in a brand-new browser context, which adds
    the cost of starting a renderer.
    """
    from playwright.sync_api import sync_playwright

    (site / "pagefind-bench.html").write_text(PAGEFIND_HARNESS)
    # A server in its own process, so that it never waits for this one's Playwright client.
    server = subprocess.Popen(
        [sys.executable, "-c", SERVER, str(site)], stdout=subprocess.PIPE, text=True
    )
    url = f"http://127.0.0.1:{server.stdout.readline().strip()}"
    figures: dict[str, dict[str, list[float]]] = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        running = browser.new_context()
        page = running.new_page()
        devtools = running.new_cdp_session(page)
        for engine in ("ours", "pagefind"):
            rows = figures.setdefault(engine, {})
            for position, query in enumerate(queries):
                following = queries[(position + 1) % len(queries)]
                page.goto("about:blank")
                devtools.send("Network.clearBrowserCache")
                for name, value in one_query(page, url, engine, query, following).items():
                    rows.setdefault(name, []).append(value)
                fresh = browser.new_context()
                measured_fresh = one_query(fresh.new_page(), url, engine, query, following)
                rows.setdefault("new_context_query_ms", []).append(measured_fresh["first_query_ms"])
                fresh.close()
        browser.close()
    server.terminate()
    return {
        engine: {name: statistics.median(values) for name, values in rows.items()}
        for engine, rows in figures.items()
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--incidents", type=int, default=20_000)
    parser.add_argument("--work", type=Path, default=Path("/tmp/search-bench"))
    parser.add_argument("--queries", type=int, default=len(QUERIES))
    args = parser.parse_args()
    work = args.work
    content = write_corpus(work / "content", args.incidents, seed=1)
    print(f"archive: {args.incidents:,} generated incidents in {content}", flush=True)

    from sitebuild.build import build_site

    started = time.perf_counter()
    build_site(ROOT / "pelicanconf.py", work / "output", {"PATH": str(content)})
    print(
        f"site build (Pelican, all pages and our index): {time.perf_counter() - started:.1f} s",
        flush=True,
    )
    site = work / "output"

    loading = child(LOAD.format(content=str(content)) + "\nprint(json.dumps({'loaded': loaded}))")
    ours = child(INDEX.format(content=str(content), index=str(work / "bench-index")))
    _, pagefind_seconds, pagefind_peak = measured(
        [sys.executable, "-m", "pagefind", "--site", str(site), "--glob", "incidents/**/*.html"]
    )

    changed = sorted((content / "incidents").iterdir())[args.incidents // 2]
    changed.write_text(changed.read_text().replace("title: ", "title: Updated ", 1))
    update = child(UPDATE.format(content=str(content), index=str(work / "bench-index")))

    ours_bytes, ours_files = folder_bytes(site / "search-index")
    pagefind_bytes, pagefind_files = folder_bytes(site / "pagefind")
    browser = measure_browser(site, QUERIES[: args.queries])

    print()
    print(f"{'':38}{'ours':>16}{'Pagefind':>14}")
    print("-" * 68)
    mine, theirs = browser["ours"], browser["pagefind"]
    rows = [
        ("index build, s", f"{ours['indexed']:.1f}", f"{pagefind_seconds:.1f}"),
        ("index build peak memory, MB", f"{ours['peak_mb']:.0f}*", f"{pagefind_peak:.0f}"),
        (
            "index size, MB (files)",
            f"{ours_bytes / 1e6:.1f} ({ours_files:,})",
            f"{pagefind_bytes / 1e6:.1f} ({pagefind_files:,})",
        ),
        *(
            (label, f"{mine[key]:.0f}", f"{theirs[key]:.0f}")
            for label, key in (
                ("first query: KB fetched", "first_kb"),
                ("first query: ms from query to results", "first_query_ms"),
                ("first query: ms from navigation", "first_ms"),
                ("same, new browser context: ms", "new_context_query_ms"),
                ("next query: KB fetched", "next_kb"),
                ("next query: ms to results", "next_ms"),
            )
        ),
        ("one changed incident: update, s", f"{update['updated']:.2f}", "full rebuild"),
        ("  files rewritten", f"{update['written']:,}", "all"),
        ("whoosh index for invoke search, s", f"{ours['whoosh']:.1f}", "-"),
    ]
    for name, ours_figure, pagefind_figure in rows:
        print(f"{name:38}{ours_figure:>16}{pagefind_figure:>14}")
    print()
    print(
        f"* peak of the whole indexing process, which holds the loaded archive: loading alone "
        f"peaks at {loading['peak_mb']:.0f} MB ({loading['loaded']:.1f} s)."
    )
    print(
        f"Browser figures are medians over {len(QUERIES[: args.queries])} queries; every first "
        "query starts with an empty cache (cleared in a running browser, or a new context); "
        "first-query bytes include the search page, its stylesheet and module (ours) or the "
        "harness page (Pagefind); 'from query' starts when the page issues the query (ours: "
        "the module's first run; Pagefind: the call that imports pagefind.js and searches)."
    )


if __name__ == "__main__":
    main()
