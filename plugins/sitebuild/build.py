"""Build a site into a staging folder and swap it in: the output is never half-written.

A build that finds its inputs exactly as the last successful build left them (the same
content, theme, code, settings and libraries, and that build's output untouched) keeps
the output as it is. Otherwise Pelican runs; the timeline plugin links the files whose
inputs did not change from the previous output instead of rendering them again. The
site a build replaces is kept aside, and removed by the next build while Pelican runs.
"""

from __future__ import annotations

import json
import logging
import multiprocessing
import shutil
from pathlib import Path

from .context import FILE_DIGESTS_SETTING
from .memory import release
from .stamp import input_stamp, listing

STAMP_VERSION = 2


class BuildFailed(Exception):
    """Pelican stopped; the previous output is untouched."""


def load_settings(settings_file: Path, overrides: dict | None = None) -> dict:
    """Read a settings file the way the pelican command does."""
    from pelican.settings import read_settings

    return read_settings(str(settings_file), override=overrides or {})


def stamp_of(output: Path) -> Path:
    """Return where the stamp of the build in `output` is kept: beside it, never in it."""
    return output.with_name(f".{output.name}.stamp.json")


def build_site(settings_file: Path, output: Path, overrides: dict | None = None) -> bool:
    """Build the site `settings_file` describes into `output`; tell whether anything changed.

    Raises ArchiveInvalid when content has errors and BuildFailed when Pelican logs an error.
    """
    from pelican.log import init as init_logging

    output = output.resolve()
    staging = output.with_name(f".{output.name}.staging")
    previous = output.with_name(f".{output.name}.previous")
    replaced = replaced_of(output)
    if previous.exists() and not output.exists():
        # A build was stopped between its two renames: the previous site is put back.
        previous.rename(output)
    for leftover in (staging, previous):
        shutil.rmtree(leftover, ignore_errors=True)
    # Any error Pelican logs (a broken template, an unreadable page) fails the build.
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    init_logging(level=logging.WARNING, fatal="errors", handler=handler)
    # Files whose inputs did not change are linked from the previous output, not rendered.
    settings = load_settings(
        settings_file,
        {**(overrides or {}), "ARCHIVE_PREVIOUS_OUTPUT": str(output), "OUTPUT_PATH": str(staging)},
    )
    recorded = _recorded(output)
    stamp, files = input_stamp(settings, settings_file, recorded.get("files"))
    if _unchanged(output, stamp, recorded):
        return False
    settings[FILE_DIGESTS_SETTING] = {path: record[4] for path, record in files["files"].items()}
    stamp_of(output).unlink(missing_ok=True)
    try:
        _run(settings, staging, replaced)
        if output.exists():
            output.rename(previous)
        staging.rename(output)
        if previous.exists():
            # Removing it (a folder per page) takes seconds: the next build does it beside its work.
            previous.rename(replaced)
        record = {
            "version": STAMP_VERSION,
            "inputs": stamp,
            "files": files,
            "output": listing(output),
        }
        stamp_of(output).write_text(json.dumps(record), encoding="utf-8")
    finally:
        # Only now: given back earlier, the collector would walk it again during the listing.
        release()
    return True


def _run(settings: dict, staging: Path, replaced: Path) -> None:
    """Run Pelican into `staging`, removing `replaced` beside it; raise BuildFailed if it fails."""
    from pelican import Pelican

    # The site the last build replaced goes while this one runs, on a core of its own.
    removing = _remove_in_child(replaced)
    children_before = set(multiprocessing.active_children())
    try:
        Pelican(settings).run()
    except BaseException as error:
        # A plugin's process still at work (the search export) would go on writing.
        _stop(set(multiprocessing.active_children()) - children_before)
        shutil.rmtree(staging, ignore_errors=True)
        if isinstance(error, SystemExit | KeyboardInterrupt):
            raise
        raise BuildFailed(f"{type(error).__name__}: {error}") from error
    finally:
        _finish_removing(removing, replaced)


def replaced_of(output: Path) -> Path:
    """Return where the site a build replaced waits to be removed by the next build."""
    return output.with_name(f".{output.name}.replaced")


def _remove_in_child(folder: Path):
    """Start removing `folder` in a process of its own; return it (None: nothing to remove)."""
    if not folder.exists():
        return None
    # Forked before Pelican runs, the process is small and holds no lock of the build's.
    process = multiprocessing.get_context("fork").Process(
        target=shutil.rmtree, args=(folder,), kwargs={"ignore_errors": True}, daemon=True
    )
    process.start()
    return process


def _finish_removing(process, folder: Path) -> None:
    """Wait for the removal of `folder`; finish it here if its process was stopped."""
    if process is not None:
        process.join()
    shutil.rmtree(folder, ignore_errors=True)


def _stop(processes) -> None:
    """Stop the processes a failed build started, and wait for them to end."""
    for process in processes:
        process.terminate()
    for process in processes:
        process.join()


def _recorded(output: Path) -> dict:
    """Return what the last successful build recorded of its inputs and output."""
    try:
        recorded = json.loads(stamp_of(output).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(recorded, dict) or recorded.get("version") != STAMP_VERSION:
        return {}
    if not _well_formed(recorded.get("files")):
        # A record cut short or written by hand: every file is read again.
        recorded["files"] = None
    return recorded


def _well_formed(files) -> bool:
    """Tell whether a record of input files' digests has the shape `input_stamp` writes."""
    return (
        isinstance(files, dict)
        and isinstance(files.get("at"), int)
        and isinstance(files.get("files"), dict)
        and all(
            isinstance(entry, list)
            and len(entry) == 5
            and all(isinstance(number, int) for number in entry[:4])
            and isinstance(entry[4], str)
            for entry in files["files"].values()
        )
    )


def _unchanged(output: Path, stamp: str, recorded: dict) -> bool:
    """Tell whether the last build had these very inputs and its output is as it left it."""
    return (
        recorded.get("inputs") == stamp
        and output.is_dir()
        and recorded.get("output") == listing(output)
    )
