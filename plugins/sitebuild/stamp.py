"""Tell whether a build's inputs are the last build's, and its output as that build left it."""

from __future__ import annotations

import os
from pathlib import Path

from timeline.reuse import settings_signature

from .versions import versions_digest

# Libraries whose version can change what a build writes.
LIBRARIES = (
    "pelican", "Jinja2", "MarkupSafe", "whoosh-reloaded", "markdown-it-py", "nh3", "Markdown",
    "jsonschema", "fastjsonschema", "PyYAML", "python-frontmatter", "feedgenerator",
    "icalendar", "Unidecode", "python-dateutil",
)  # fmt: skip


def _tree(digest, folder: Path) -> None:
    for directory, dirnames, filenames in os.walk(folder, followlinks=True):
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
        for name in sorted(filenames):
            path = Path(directory) / name
            digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
            try:
                digest.update(path.read_bytes())
            except OSError:
                digest.update(b"unreadable")


def input_stamp(settings: dict, settings_file: Path) -> str:
    """Return a hash of everything a build reads: content, theme, code, settings, libraries."""
    digest = versions_digest(LIBRARIES)
    digest.update(settings_signature(settings).encode())
    digest.update(Path(settings_file).read_bytes())
    folders = [settings["PATH"], settings["THEME"], *settings.get("PLUGIN_PATHS", [])]
    for folder in folders:
        digest.update(f"\0{folder}\0".encode())
        _tree(digest, Path(folder))
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
