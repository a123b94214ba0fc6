"""Find the files an archive is made of, the way Pelican walks its content."""

from __future__ import annotations

import fnmatch
import os
from pathlib import Path

INCIDENT_SUFFIX = ".md"
# What editors and operating systems leave beside files: skipped, with a notice.
JUNK = (".DS_Store", "Thumbs.db", "desktop.ini", "*~", ".*.swp", ".*.swo", ".*.swx", ".#*", "#*#")


def is_junk(path: Path) -> bool:
    """Tell whether a file is an editor's or a system's, not the archive's."""
    return any(fnmatch.fnmatch(path.name, pattern) for pattern in JUNK)


def find_files(content: Path, subdirs: list[str], ignore: list[str]) -> list[Path]:
    """Return every file under `content`/`subdirs`, skipping names matching `ignore`."""
    found = set()
    for subdir in subdirs:
        top = content / subdir
        if top.is_file():
            found.add(top)
            continue
        for directory, dirnames, filenames in os.walk(top, followlinks=True):
            dirnames[:] = sorted(d for d in dirnames if not _ignored(d, ignore))
            found.update(Path(directory) / name for name in filenames if not _ignored(name, ignore))
    return sorted(found)


def _ignored(name: str, ignore: list[str]) -> bool:
    return any(fnmatch.fnmatch(name, pattern) for pattern in ignore)


def links_out_of(content: Path) -> list[Path]:
    """Return every symbolic link under `content` that points outside it (or nowhere)."""
    root = content.resolve()
    found = []
    for directory, dirnames, filenames in os.walk(content):
        for name in sorted(dirnames + filenames):
            path = Path(directory) / name
            if path.is_symlink():
                target = path.resolve()
                if not target.exists() or not target.is_relative_to(root):
                    found.append(path)
    return sorted(found)
