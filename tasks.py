"""Maintainers' tasks, run with `invoke <task>`: build, serve, validate, test, publish."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from invoke import task

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "plugins"))

CONFIG = {
    "settings_base": "pelicanconf.py",
    "settings_publish": "publishconf.py",
    # Where the site is built; a build replaces it only once it has fully succeeded.
    "deploy_path": "output",
    # rsync destination of `invoke publish`, e.g. user@host:/var/www/archive/ (unset: build only).
    "deploy_target": os.environ.get("ARCHIVE_DEPLOY_TARGET", ""),
    # Address of `invoke serve`: only this machine, never the network.
    "host": "127.0.0.1",
    "port": 8000,
    # Browser tests and screenshots drive this Chromium, installed from Debian by `invoke setup`,
    # headless, offline and without a sandbox (containers have none to give).
    "chromium": "/usr/bin/chromium",
    "chromium_args": [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ],
    # How long `invoke setup` waits for another apt to release dpkg's lock.
    "apt_lock_wait_seconds": 600,
}


def load_settings(settings_file: str, overrides: dict | None = None) -> dict:
    """Read one of the project's settings files the way the pelican command does."""
    from sitebuild.build import load_settings as load

    return load(ROOT / settings_file, overrides)


def _build(settings_file: str) -> None:
    from sitebuild.build import BuildFailed, build_site

    from incidents import ArchiveInvalid

    output = ROOT / CONFIG["deploy_path"]
    try:
        changed = build_site(ROOT / settings_file, output)
    except ArchiveInvalid as invalid:
        sys.exit(f"{invalid.code}\nThe build stopped; {output} is unchanged.")
    except BuildFailed as failure:
        sys.exit(f"The build failed: {failure}\n{output} is unchanged.")
    print(f"Built {output}" if changed else f"Nothing changed since the last build of {output}")


@task
def setup(c):
    """Install Debian's Chromium for the browser tests, if it is missing."""
    if Path(CONFIG["chromium"]).exists():
        print(f"setup: {CONFIG['chromium']} is installed; nothing to do")
        return
    if shutil.which("apt-get") is None:
        sys.exit(
            f"setup: {CONFIG['chromium']} is missing and this system has no apt-get: install "
            "Chromium with its package manager (the browser tests skip without it)"
        )
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    wait = CONFIG["apt_lock_wait_seconds"]
    # Another apt (an unattended upgrade, a second build) may hold dpkg's lock: wait for it.
    apt = [*sudo, "env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "-qq",
           "-o", f"DPkg::Lock::Timeout={wait}"]  # fmt: skip
    print(f"setup: installing Debian's chromium (waiting up to {wait} s for dpkg's lock)")
    for step in (["update"], ["install", "-y", "--no-install-recommends", "chromium"]):
        result = subprocess.run([*apt, *step], capture_output=True, text=True)
        if result.returncode != 0:
            sys.exit(
                f"setup: 'apt-get {step[0]}' failed (exit {result.returncode}): "
                f"{(result.stderr or result.stdout).strip()[-800:]}"
            )
    if not Path(CONFIG["chromium"]).exists():
        sys.exit(f"setup: apt-get installed chromium, but {CONFIG['chromium']} is still missing")
    print(f"setup: installed Debian's chromium at {CONFIG['chromium']}")


@task
def build(c):
    """Check the archive and build the site into output/, replacing it only on success."""
    _build(CONFIG["settings_base"])


# What a new archive does not take from this one: its history, builds, caches, and content.
NOT_COPIED_BY_INIT = (
    ".git", "output", ".output.*", ".search-index", "__pycache__", ".pytest_cache",
    ".ruff_cache", ".hypothesis", ".benchmarks", "cache", ".venv",
)  # fmt: skip


@task(
    help={
        "dest": "the new archive's folder (must not exist yet)",
        "name": "the site's name, shown in every page header ('Kakhovka Dam Archive')",
        "subtitle": "one line under the name: what the archive collects",
        "scope": "a paragraph for the About page and CONTRIBUTING.md: what belongs here",
    }
)
def init(c, dest, name, subtitle, scope=""):
    """Start a new archive in DEST: this generator, its name and scope, and no incidents yet."""
    from incidents.pelican_layer import setting
    from incidents.registries import REGISTRY_FILES
    from incidents.scaffold import about_page, empty_registry, with_scope, with_site_settings

    target = Path(dest).resolve()
    if target.exists():
        sys.exit(f"error: {target} exists already: give a folder that does not")
    scope = scope or f"This archive collects {subtitle[:1].lower()}{subtitle[1:].rstrip('.')}."
    shutil.copytree(ROOT, target, ignore=shutil.ignore_patterns(*NOT_COPIED_BY_INIT))
    content = target / "content"
    shutil.rmtree(content / "incidents")
    (content / "incidents").mkdir()
    registries = content / setting(
        load_settings(CONFIG["settings_base"]), "INCIDENTS_REGISTRY_PATH"
    )
    for kind, filename in REGISTRY_FILES.items():
        (registries / filename).write_text(empty_registry(kind), encoding="utf-8")
    about = content / "pages" / "about.md"
    about.write_text(about_page(scope, about.read_text(encoding="utf-8")), encoding="utf-8")
    settings = target / CONFIG["settings_base"]
    settings.write_text(
        with_site_settings(settings.read_text(encoding="utf-8"), name, subtitle),
        encoding="utf-8",
    )
    contributing = target / "CONTRIBUTING.md"
    contributing.write_text(
        with_scope(contributing.read_text(encoding="utf-8"), scope), encoding="utf-8"
    )
    print(
        f"Started '{name}' in {target}: no incidents yet.\n"
        f"Next: cd {target}, `git init`, then `python3 -m invoke new …` for the first incident;\n"
        "read content/pages/about.md and the scope in CONTRIBUTING.md, and set\n"
        "TIMELINE_FEATURED_PERIODS in pelicanconf.py once there are periods worth naming."
    )


@task
def clean(c):
    """Remove the built site, and the one it replaced."""
    from sitebuild.build import replaced_of

    output = ROOT / CONFIG["deploy_path"]
    shutil.rmtree(output, ignore_errors=True)
    shutil.rmtree(replaced_of(output.resolve()), ignore_errors=True)


@task
def serve(c, port=CONFIG["port"]):
    """Serve output/ at http://127.0.0.1:8000/ (only to this machine)."""
    from pelican.server import ComplexHTTPRequestHandler, RootedHTTPServer

    class AddressReuseServer(RootedHTTPServer):
        allow_reuse_address = True

    server = AddressReuseServer(
        str(ROOT / CONFIG["deploy_path"]), (CONFIG["host"], int(port)), ComplexHTTPRequestHandler
    )
    print(f"Serving {CONFIG['deploy_path']}/ at http://{CONFIG['host']}:{port}/ (Ctrl-C stops)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        server.server_close()


@task
def publish(c):
    """Build with publishconf.py; rsync to ARCHIVE_DEPLOY_TARGET if it is set."""
    _build(CONFIG["settings_publish"])
    target = CONFIG["deploy_target"]
    if not target:
        print("ARCHIVE_DEPLOY_TARGET is not set: built for publishing, not uploaded")
        return
    c.run(f"rsync --archive --checksum --delete {ROOT / CONFIG['deploy_path']}/ {target}")


TASK_NAMES = {
    "setup",
    "init",
    "build",
    "clean",
    "serve",
    "publish",
    "validate",
    "resolve",
    "new",
    "test",
    "lint",
    "bench",
    "search",
}


def _positional(task_name: str, name: str, value_flags: set[str]) -> list[str]:
    """Make `name` positional only when the command line gives it a word.

    invoke has no optional positional arguments, and a positional one it does not get is an
    error: so "invoke validate" checks everything and "invoke validate content/x.md" one file.
    """
    if task_name not in sys.argv:
        return []
    words = iter(sys.argv[sys.argv.index(task_name) + 1 :])
    for word in words:
        if word in TASK_NAMES:
            break
        if word.startswith("-"):
            if word in value_flags:
                next(words, None)
            continue
        return [name]
    return []


@task(
    positional=_positional(
        "validate", "paths", {"--content", "-c", "--format", "-f", "--paths", "-p"}
    ),
    help={
        "paths": "files or folders to report on, separated by spaces or commas (default: all)",
        "content": "content folder to check instead of PATH in pelicanconf.py",
        "format": "'text' (default) or 'github' for GitHub Actions annotations",
        "dates": "list how every date field was resolved (--no-dates: problems only)",
    },
)
def validate(c, paths=None, content="", format="text", dates=True):
    """Check every incident and registry file; print all problems; exit 1 on errors."""
    from incidents import format_report, github_annotation
    from incidents.pelican_layer import load_from_settings

    if format not in ("text", "github"):
        sys.exit(f"--format must be 'text' or 'github', not {format!r}")
    settings = _content_settings(content)
    # The whole archive is always checked (ids and anchors cross files); paths narrow the report.
    archive = load_from_settings(settings, root=Path.cwd())
    wanted = _report_filter(paths or "")
    problems = [p for p in archive.problems if wanted(p.path)]
    resolved = [r for r in archive.resolved if wanted(r.path)]
    if format == "github":
        for problem in problems:
            print(github_annotation(problem))
        if dates:
            for field in resolved:
                print(f"::notice file={field.path},line={field.line}::{field.format()}")
    else:
        if dates:
            for field in resolved:
                print(field.format())
        print(
            format_report(problems)
            if problems
            else f"{len(archive.incidents)} incidents, no problems"
        )
    if any(problem.severity == "error" for problem in problems):
        sys.exit(1)


def _day_option(option: str, value: str):
    """Return the day a YYYY-MM-DD option gives (None if empty), or exit naming the option."""
    import datetime

    if not value:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        sys.exit(f"error: {option} must be a day written YYYY-MM-DD, not {value!r}")


def _moment_option(option: str, value: str):
    """Return the day or date-time with zone an option gives (None if empty), or exit."""
    from incident_dates import DateNotUnderstood
    from incidents.dating import published

    if not value:
        return None
    try:
        day, moment = published(value)
    except DateNotUnderstood as error:
        sys.exit(f"error: {option}: {error}: write it as {error.suggestion}")
    except ValueError:
        sys.exit(
            f"error: {option} must be YYYY-MM-DD or YYYY-MM-DDTHH:MM with its zone "
            f"(2023-06-01T08:30+03:00), not {value!r}"
        )
    return moment or day


def _content_settings(content: str) -> dict:
    """Return the build settings, with another content folder when one is given."""
    if content and not Path(content).is_dir():
        sys.exit(f"error: --content: {content} is not a folder")
    overrides = {"PATH": str(Path(content).resolve())} if content else {}
    return load_settings(CONFIG["settings_base"], overrides)


def _report_filter(paths: str):
    """Return a test of whether a reported file lies under one of `paths` (all when empty)."""
    return _under([Path(part) for part in re.split(r"[\s,]+", paths) if part])


def _under(paths: list[Path]):
    """Return a test of whether a reported file lies under one of `paths` (all when none)."""
    roots = [path.resolve() for path in paths]
    if not roots:
        return lambda path: True

    def wanted(path: str) -> bool:
        resolved = Path(path).resolve()
        return any(resolved == root or root in resolved.parents for root in roots)

    return wanted


@task(
    help={
        "title": "the incident's title, in English",
        "date": "its date as the source wrote it: 'Thursday', 'в ночь на субботу', "
        "'two days after <incident-id>'",
        "published": "the source's publication: YYYY-MM-DD, or a date-time with its zone"
        " (2023-06-01T08:30+03:00); relative dates count from it",
        "outlet": "the outlet's registry id (a new id adds an entry to outlets.yaml)",
        "place": "the place's registry id (a new id adds an entry to places.yaml)",
        "url": "the article's address, if known",
        "language": "the article's language code (default en)",
        "place_name": "the name of a new place (default: from its id)",
        "country": "the ISO country code of a new place",
        "kind": "what a new place is: city, town, village, district, region, country or site",
        "region": "the region a new place lies in ('Belgorod Oblast')",
        "lat": "a new place's latitude, from a map (with --lon)",
        "lon": "a new place's longitude, from a map (with --lat)",
        "outlet_name": "the name of a new outlet (default: from its id)",
        "actor": "an actor's registry id; repeat for several (a new id adds an entry)",
        "actor_name": "the name of each new --actor, in the same order",
        "actor_kind": "the kind of each new --actor: government, state-body, official, "
        "armed-group, organisation, media or person",
        "content": "content folder to write in instead of PATH in pelicanconf.py",
    },
    iterable=["actor", "actor_name", "actor_kind"],
    auto_shortflags=False,
)
def new(
    c, title="", date="", published="", outlet="", place="", url="", language="en",
    place_name="", country="", kind="", region="", lat="", lon="", outlet_name="",
    actor=None, actor_name=None, actor_kind=None, content="",
):  # fmt: skip
    """Write a new incident file that validates (and registry entries it needs) to fill in."""
    from incident_dates import DateNotUnderstood
    from incident_dates import resolve as resolve_date
    from incidents import format_report
    from incidents.pelican_layer import load_from_settings, setting
    from incidents.scaffold import (
        incident_id,
        incident_text,
    )

    missing = [
        f"--{name}"
        for name, value in (
            ("title", title), ("date", date), ("published", published), ("outlet", outlet),
            ("place", place),
        )
        if not value
    ]  # fmt: skip
    if missing:
        sys.exit(f"error: give {', '.join(missing)} (see invoke new --help)")
    settings = _content_settings(content)
    folder = Path(settings["PATH"])
    existing = load_from_settings(settings, root=Path.cwd())
    # The date may count from any incident already in the archive, as validate allows.
    anchors = {incident.id: incident.date.start for incident in existing.incidents}
    try:
        day = resolve_date(date, _moment_option("--published", published), anchors=anchors).start
    except DateNotUnderstood as error:
        sys.exit(f"error: --date: {error}")
    if day is None:
        sys.exit(
            f"error: --date: '{date}' names no day to place the incident on (a length of"
            " time is counted from something: write the day, or 'ten days after <incident-id>')"
        )
    new_id = incident_id(title, day)
    target = folder / setting(settings, "INCIDENTS_PATHS")[0] / f"{new_id}.md"
    if target.exists():
        sys.exit(f"error: {target} exists already: choose another title")
    registries = folder / setting(settings, "INCIDENTS_REGISTRY_PATH")
    additions = _registry_additions(
        registries, place, place_name, country, kind, region, lat, lon, outlet, outlet_name,
        actor or [], actor_name or [], actor_kind or [],
    )  # fmt: skip
    before = {path: path.read_bytes() if path.exists() else None for path, _ in additions}
    for path, entry in additions:
        existing_text = path.read_text(encoding="utf-8") if path.exists() else ""
        separator = "" if not existing_text or existing_text.endswith("\n") else "\n"
        path.write_text(existing_text + separator + entry, encoding="utf-8")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(
        incident_text(
            new_id, title, date, place, outlet, published, language, url, tuple(actor or ())
        ),
        encoding="utf-8",
    )
    archive = load_from_settings(settings, root=Path.cwd())
    mine = _under([target, *before])
    problems = [p for p in archive.problems if mine(p.path)]
    if any(problem.severity == "error" for problem in problems):
        # What was written would not validate: put everything back as it was.
        target.unlink()
        for path, text in before.items():
            path.unlink() if text is None else path.write_bytes(text)
        sys.exit(f"{format_report(problems)}\nNothing was written: correct the options above.")
    for path, entry in additions:
        print(f"Added '{entry.split(':')[0]}' to {path}: complete it")
    print(f"Wrote {target}: write what is marked TO FILL IN, and the claims")
    for field in archive.resolved:
        if _under([target])(field.path):
            print(field.format())
    if problems:
        print(format_report(problems))


def _registry_additions(
    registries, place, place_name, country, kind, region, lat, lon, outlet, outlet_name,
    actors, actor_names, actor_kinds,
) -> list[tuple[Path, str]]:  # fmt: skip
    """Return the registry entries a new incident needs, or exit saying what is missing."""
    from incidents.scaffold import actor_entry, outlet_entry, place_entry

    additions = []
    if not _has_entry(registries / "places.yaml", place):
        if not country:
            sys.exit(f"error: '{place}' is a new place: give its --country (ISO code, e.g. RU)")
        coordinates = None
        if lat or lon:
            try:
                coordinates = (float(lat), float(lon))
            except ValueError:
                sys.exit("error: --lat and --lon are a new place's coordinates, in degrees")
        name = place_name or place.replace("-", " ").title()
        entry = place_entry(place, name, country.upper(), kind, region, coordinates)
        additions.append((registries / "places.yaml", entry))
    if not _has_entry(registries / "outlets.yaml", outlet):
        name = outlet_name or outlet.replace("-", " ").title()
        additions.append((registries / "outlets.yaml", outlet_entry(outlet, name)))
    new_actors = [a for a in actors if not _has_entry(registries / "actors.yaml", a)]
    if new_actors and not len(actor_names) == len(actor_kinds) == len(new_actors):
        sys.exit(
            f"error: new actors {', '.join(new_actors)}: give an --actor-name and an "
            "--actor-kind for each, in order"
        )
    for actor_id, name, actor_kind in zip(new_actors, actor_names, actor_kinds, strict=False):
        additions.append((registries / "actors.yaml", actor_entry(actor_id, name, actor_kind)))
    return additions


def _has_entry(registry: Path, entry_id: str) -> bool:
    """Tell whether a registry file has a top-level entry with this id."""
    if not registry.exists():
        return False
    pattern = re.compile(rf"^{re.escape(entry_id)}:", re.M)
    return bool(pattern.search(registry.read_text(encoding="utf-8")))


@task(
    positional=_positional(
        "search",
        "query",
        {
            "--place",
            "-p",
            "--actor",
            "-a",
            "--tag",
            "-t",
            "--from",
            "-f",
            "--to",
            "--limit",
            "-l",
            "--index",
            "-i",
        },
    ),
    help={
        "query": "the words to look for (the last one also as a prefix)",
        "place": "only incidents at this place (registry id)",
        "actor": "only incidents involving this actor (registry id)",
        "tag": "only incidents with this tag",
        "from": "only incidents on or after this day, YYYY-MM-DD",
        "to": "only incidents on or before this day, YYYY-MM-DD",
        "limit": "how many results (default 10)",
        "index": "the search folder the last build kept (default: .search-index beside output/)",
    },
)
def search(c, query=None, place="", actor="", tag="", from_="", to="", limit=10, index=""):
    """Query the whoosh index of the last build, as the site's search page does."""

    from search import SearchIndex
    from search import search as run_search

    folder = Path(index) if index else ROOT / ".search-index"
    search_index = SearchIndex(folder)
    if not search_index.has_documents():
        sys.exit(f"No search documents in {folder}: run `invoke build` first")
    if search_index.refresh():
        print("The archive changed since the last search: its index was built.", file=sys.stderr)
    since, until = _day_option("--from", from_), _day_option("--to", to)
    results = run_search(
        search_index,
        query or "",
        limit=int(limit),
        place=place,
        actor=actor,
        tag=tag,
        since=since,
        until=until,
    )
    for rank, hit in enumerate(results, start=1):
        print(f"{rank:>2}. {hit['score']:8.3f}  {hit['id']}  {hit['title']} ({hit['when']})")
    if not results:
        print("No incident matches every word.")


@task(
    positional=_positional(
        "resolve", "text", {"--reference", "-r", "--context", "-c", "--text", "-t"}
    ),
    help={
        "text": "the date expression, as written",
        "reference": "the publication it is relative to: YYYY-MM-DD, or a date-time with its"
        " zone (2023-06-01T08:30+03:00)",
        "context": "the sentence it comes from (its tense decides forward or back)",
        "jsonl": "read JSON lines on standard input, write one answer line each",
    },
)
def resolve(c, text=None, reference="", context="", jsonl=False):
    """Resolve a date expression: `invoke resolve "Thursday" --reference 2023-06-01`."""

    from incident_dates import DateNotUnderstood
    from incident_dates import resolve as resolve_date
    from incident_dates.formatting import format_when, precision_label
    from incident_dates.jsonl import answers

    if jsonl:
        for line in answers(sys.stdin):
            print(line, flush=True)
        return
    if not text:
        sys.exit('Give an expression: invoke resolve "Thursday" --reference 2023-06-01')
    try:
        resolution = resolve_date(text, _moment_option("--reference", reference), context)
    except DateNotUnderstood as error:
        sys.exit(f"error: {error}")
    print(f"{text!r} resolves to {format_when(resolution)} ({precision_label(resolution)})")
    for name, value in (
        ("value", resolution.value),
        ("start", resolution.start),
        ("end", resolution.end),
        ("precision", resolution.precision),
        ("time", resolution.moment.isoformat() if resolution.moment else None),
        ("read as", resolution.description),
        ("passed", ", ".join(resolution.passed_over) or None),
        ("rules", " < ".join(resolution.rules)),
        ("reference", resolution.reference_date),
    ):
        if value is not None:
            print(f"  {name:<11}{value}")


@task
def test(c):
    """Run the whole test suite (browser tests included when Chromium is installed)."""
    sys.exit(subprocess.call([sys.executable, "-m", "pytest"], cwd=ROOT))


@task
def lint(c):
    """Check the code with ruff."""
    for command in (["check", "."], ["format", "--check", "."]):
        if subprocess.call([sys.executable, "-m", "ruff", *command], cwd=ROOT):
            sys.exit(1)


@task(
    help={
        "sizes": "archive sizes to measure, separated by commas (default 1000,5000,20000)",
        "huge": "also measure 100,000 incidents",
        "work": "folder for the generated archives and builds (default /tmp/build-bench)",
    }
)
def bench(c, sizes="1000,5000,20000", huge=False, work="/tmp/build-bench"):
    """Measure full and incremental builds beside plain Pelican (benchmarks/build.py)."""
    command = [sys.executable, str(ROOT / "benchmarks" / "build.py"), "--work", work, "--sizes"]
    command += [size.strip() for size in sizes.split(",") if size.strip()]
    if subprocess.call(command + (["--huge"] if huge else []), cwd=ROOT):
        sys.exit(1)
