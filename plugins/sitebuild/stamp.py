"""Tell whether a build's inputs are the last build's, and its output as that build left it."""

from __future__ import annotations

import os
from pathlib import Path

from incidents.history import last_changed
from incidents.settings import SETTINGS as INCIDENT_SETTINGS
from timeline.reuse import settings_signature

from .versions import versions_digest

# Libraries whose version can change what a build writes.
LIBRARIES = (
    "pelican", "Jinja2", "MarkupSafe", "whoosh-reloaded", "markdown-it-py", "nh3", "Markdown",
    "jsonschema", "fastjsonschema", "PyYAML", "python-frontmatter", "feedgenerator",
    "icalendar", "Unidecode", "python-dateutil",
)  # fmt: skip


def _tree(digest, folder: Path) -> list[Path]:
    """Hash every file under `folder`, its name and its bytes; return the files."""
    files = []
    for directory, dirnames, filenames in os.walk(folder, followlinks=True):
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
        for name in sorted(filenames):
            path = Path(directory) / name
            files.append(path)
            digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
            try:
                digest.update(path.read_bytes())
            except OSError:
                digest.update(b"unreadable")
    return files


def input_stamp(settings: dict, settings_file: Path) -> str:
    """Return a hash of everything a build reads: content, theme, code, settings, libraries."""
    digest = versions_digest(LIBRARIES)
    digest.update(settings_signature(settings).encode())
    digest.update(Path(settings_file).read_bytes())
    content, *others = [settings["PATH"], settings["THEME"], *settings.get("PLUGIN_PATHS", [])]
    digest.update(f"\0{content}\0".encode())
    content_files = _tree(digest, Path(content))
    for folder in others:
        digest.update(f"\0{folder}\0".encode())
        _tree(digest, Path(folder))
    if INCIDENT_SETTINGS.value(settings, "INCIDENTS_GIT_DATES"):
        # The days files last changed are shown, and come from git, not from the files.
        changes = last_changed(content_files, Path(settings["PATH"]))
        digest.update(repr(sorted((str(p), d.isoformat()) for p, d in changes.items())).encode())
    return digest.hexdigest()


def listing(output: Path) -> list[list]:
    """Return every file of an output folder with its size, modification time and inode."""
    found = []
    for directory, dirnames, filenames in os.walk(output):
        dirnames.sort()
        for name in sorted(filenames):
            path = Path(directory) / name
            stat = path.stat()
            found.append(
                [path.relative_to(output).as_posix(), stat.st_size, stat.st_mtime_ns, stat.st_ino]
            )
    return found
