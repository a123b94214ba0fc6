"""Wire the incident archive into Pelican: check all files at once, before anything is written."""

from __future__ import annotations

import logging
import shutil
from datetime import date
from pathlib import Path

from pelican import signals
from sitebuild.context import FILE_DIGESTS_SETTING, INCIDENT_ARCHIVE
from sitebuild.memory import long_lived

from .archive import Archive, default_workers, load_archive
from .files import find_files, is_junk, links_out_of
from .history import last_changed
from .labels import readable
from .model import figure
from .numbers import label as number_label
from .problems import NOTICE, WARNING, ArchiveInvalid, Problem
from .render import sanitize_html
from .settings import SETTINGS

logger = logging.getLogger(__name__)

SCHEMA_DIR = Path(__file__).parent / "schema"


def setting(settings: dict, name: str):
    """Return one of the plugin's settings, or its default."""
    return SETTINGS.value(settings, name)


def load_from_settings(settings: dict, root: Path | None = None) -> Archive:
    """Load the archive a build reads with `settings`: INCIDENTS_PATHS under PATH.

    Symbolic links that lead out of PATH are refused, wherever they are in it: Pelican
    would otherwise publish whatever they point to.
    """
    root = root or Path.cwd()
    content = Path(settings["PATH"])
    refused = links_out_of(content)
    found = [
        path
        for path in find_files(
            content, setting(settings, "INCIDENTS_PATHS"), settings["IGNORE_FILES"]
        )
        if not any(path == link or link in path.parents for link in refused)
    ]
    registry_dir = content / setting(settings, "INCIDENTS_REGISTRY_PATH")
    cache = setting(settings, "INCIDENTS_CACHE_PATH")
    workers = int(setting(settings, "INCIDENTS_WORKERS")) or default_workers()
    incident_files = [path for path in found if not is_junk(path)]
    archive = load_archive(
        incident_files,
        registry_dir,
        root,
        cache_dir=Path(cache) if cache else None,
        workers=workers,
        file_changes=file_changes(settings, incident_files),
        known_digests=settings.get(FILE_DIGESTS_SETTING),
    )
    skipped = [
        Problem(_shown(path, root), 1, 1, "", "skipped: an editor's or system's file", "", NOTICE)
        for path in found
        if is_junk(path)
    ]
    archive.problems = sorted(
        archive.problems + skipped + [_link_problem(link, root) for link in refused]
    )
    return archive


def file_changes(settings: dict, paths: list[Path]) -> dict[Path, date]:
    """Return the day each incident file last changed, if the settings ask for it."""
    if not setting(settings, "INCIDENTS_GIT_DATES"):
        return {}
    return last_changed(paths, Path(settings["PATH"]))


def _shown(path: Path, root: Path) -> str:
    try:
        return path.absolute().relative_to(root.absolute()).as_posix()
    except ValueError:
        return path.as_posix()


def _link_problem(link: Path, root: Path) -> Problem:
    return Problem(
        _shown(link, root),
        1,
        1,
        "",
        "is a symbolic link to somewhere outside the content folder",
        "copy the file into the content folder instead of linking to it",
    )


FILTERS = {"figure": figure, "number_label": number_label, "readable": readable}


def add_filters(generator) -> None:
    """Make the incident filters available to every template of `generator`."""
    generator.env.filters.update(FILTERS)


def read_archive(generator) -> None:
    """Check every incident file at once; stop the build if any has an error."""
    with long_lived():
        archive = load_from_settings(generator.settings)
    if archive.errors:
        raise ArchiveInvalid(archive.problems)
    warnings = sum(problem.severity == WARNING for problem in archive.problems)
    if warnings:
        logger.warning(
            "%d warning%s in incident files (missing source urls, …): run `invoke validate`",
            warnings,
            "s" * (warnings != 1),
        )
    generator.context[INCIDENT_ARCHIVE] = archive


def sanitize_pages(generator) -> None:
    """Sanitise pages' HTML like incident bodies: page files come by pull request too."""
    for page in (*generator.pages, *generator.hidden_pages, *generator.draft_pages):
        page._content = sanitize_html(page._content)


def publish_schemas(pelican) -> None:
    """Copy the JSON Schemas into the output, so editors can validate incident files."""
    pattern = setting(pelican.settings, "INCIDENTS_SCHEMA_SAVE_AS")
    for schema in sorted(SCHEMA_DIR.glob("*.schema.json")):
        target = Path(pelican.output_path) / pattern.format(name=schema.name)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(schema, target)


def connect():
    """Connect the incident plugin's handlers to Pelican's signals."""
    signals.generator_init.connect(add_filters)
    signals.article_generator_init.connect(read_archive)
    signals.page_generator_finalized.connect(sanitize_pages)
    signals.finalized.connect(publish_schemas)
