"""Measure site builds beside plain Pelican on the same generated corpus, in one run.

    python3 benchmarks/build.py [--sizes 1000 5000 20000] [--huge] [--work /tmp/build-bench]

For each size: generate the archive (benchmarks/corpus.py) and, from it, the same titles,
dates and bodies as plain Markdown articles. Then, each in a fresh child process that
reports its wall time and peak memory (its own and its children's, the larger):

- plain Pelican (theme `simple`, no plugins) building the plain articles;
- the project: a full build from nothing (no output, no caches, no search index);
- the project again with nothing changed;
- the project after one incident's narrative changed;
- the project after one registry entry (a place's name) changed.

It prints one table, per-incident costs and the ratios to plain Pelican; `--huge` adds
100,000 incidents. `invoke bench` runs it with the defaults.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from corpus import write_corpus  # noqa: E402

# A child process: run one build and print its wall time and peak memory as JSON.
CHILD = """
import json, resource, sys, time
sys.path[:0] = [{root!r}, {plugins!r}]
started = time.perf_counter()
{build}
elapsed = time.perf_counter() - started
peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
           resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
print(json.dumps({{"seconds": elapsed, "peak_mb": peak / 1024}}))
"""
PROJECT = """
from pathlib import Path
from sitebuild.build import build_site
build_site(Path({settings!r}), Path({output!r}), {overrides!r})
"""
PLAIN = """
from pelican import Pelican
from pelican.settings import read_settings
Pelican(read_settings({settings!r}, override={overrides!r})).run()
"""
PLAIN_SETTINGS = """
SITENAME = "Plain Pelican"
SITEURL = ""
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
THEME = "simple"
PLUGINS = []
RELATIVE_URLS = True
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
TRANSLATION_FEED_ATOM = None
DEFAULT_PAGINATION = False
CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
"""
FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n(.*)\Z", re.S)


def child(build: str) -> dict:
    """Run `build` in a fresh Python process; return its wall time and peak memory."""
    code = CHILD.format(root=str(ROOT), plugins=str(ROOT / "plugins"), build=build)
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=False
    )
    if result.returncode != 0:
        sys.exit(f"a build failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def plain_articles(content: Path, target: Path) -> Path:
    """Write each incident's title, first day and narrative as a plain Pelican article."""
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    for path in sorted((content / "incidents").glob("*.md")):
        match = FRONT_MATTER.match(path.read_text(encoding="utf-8"))
        title = re.search(r"(?m)^title: (.*)$", match.group(1)).group(1).strip("'\"")
        day = path.stem[:10]
        (target / path.name).write_text(
            f"Title: {title}\nDate: {day}\nSlug: {path.stem}\n\n{match.group(2)}",
            encoding="utf-8",
        )
    return target


def measure(size: int, work: Path) -> dict:
    """Measure every build at one size; return the figures."""
    folder = work / str(size)
    shutil.rmtree(folder, ignore_errors=True)
    content = write_corpus(folder / "content", size, seed=1)
    plain = plain_articles(content, folder / "plain" / "content")
    (folder / "plain" / "pelicanconf.py").write_text(PLAIN_SETTINGS, encoding="utf-8")
    figures = {"incidents": size}
    figures["plain"] = child(
        PLAIN.format(
            settings=str(folder / "plain" / "pelicanconf.py"),
            overrides={"PATH": str(plain), "OUTPUT_PATH": str(folder / "plain" / "output")},
        )
    )
    overrides = {
        "PATH": str(content),
        "INCIDENTS_CACHE_PATH": str(folder / "cache" / "incidents"),
        "TIMELINE_CACHE_PATH": str(folder / "cache" / "timeline"),
        "SEARCH_INDEX_PATH": str(folder / "search-index"),
    }
    project = PROJECT.format(
        settings=str(ROOT / "pelicanconf.py"), output=str(folder / "output"), overrides=overrides
    )
    figures["full"] = child(project)
    figures["unchanged"] = child(project)
    incident = sorted((content / "incidents").glob("*.md"))[size // 2]
    incident.write_text(incident.read_text(encoding="utf-8") + "\nA corrected line.\n")
    figures["one_incident"] = child(project)
    places = content / "registries" / "places.yaml"
    text = places.read_text(encoding="utf-8")
    places.write_text(re.sub(r"(?m)^  name: .*$", "  name: A Renamed Place", text, count=1))
    figures["one_registry_entry"] = child(project)
    shutil.rmtree(folder / "plain" / "output", ignore_errors=True)
    return figures


def table(results: list[dict]) -> str:
    """Return the figures as a table, with per-incident costs and ratios to plain Pelican."""

    def seconds(step: str, digits: int = 1):
        return lambda r: f"{r[step]['seconds']:.{digits}f}"

    def per_incident(step: str):
        return lambda r: f"{1000 * r[step]['seconds'] / r['incidents']:.2f}"

    def peak(step: str):
        return lambda r: f"{r[step]['peak_mb']:.0f}"

    def ratio(r) -> str:
        return f"{r['full']['seconds'] / r['plain']['seconds']:.2f}"

    rows = [
        ("plain Pelican, full build, s", seconds("plain")),
        ("project, full build, s", seconds("full")),
        ("  ratio to plain Pelican", ratio),
        ("project, nothing changed, s", seconds("unchanged", 2)),
        ("project, one incident changed, s", seconds("one_incident")),
        ("project, one registry entry changed, s", seconds("one_registry_entry")),
        ("plain Pelican, ms per incident", per_incident("plain")),
        ("project full, ms per incident", per_incident("full")),
        ("plain Pelican, peak MB", peak("plain")),
        ("project full, peak MB", peak("full")),
    ]
    width = max(len(name) for name, _ in rows)
    lines = [
        " " * width + "".join(f"{r['incidents']:>12,}" for r in results),
        "-" * (width + 12 * len(results)),
    ]
    lines += [name.ljust(width) + "".join(f"{cell(r):>12}" for r in results) for name, cell in rows]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    parser.add_argument("--huge", action="store_true", help="add 100,000 incidents")
    parser.add_argument("--work", type=Path, default=Path("/tmp/build-bench"))
    args = parser.parse_args()
    sizes = [*args.sizes, *([100_000] if args.huge else [])]
    results = []
    for size in sizes:
        print(f"measuring {size:,} incidents…", flush=True)
        results.append(measure(size, args.work))
        print(json.dumps(results[-1]), flush=True)
    print()
    print(textwrap.dedent(table(results)))


if __name__ == "__main__":
    main()
