"""Find the files an archive is made of, the way Pelican walks its content."""

from __future__ import annotations

import fnmatch
import os
import re
from collections.abc import Callable
from pathlib import Path

INCIDENT_SUFFIX = ".md"
# What editors and operating systems leave beside files: skipped, with a notice.
JUNK = (".DS_Store", "Thumbs.db", "desktop.ini", "*~", ".*.swp", ".*.swo", ".*.swx", ".#*", "#*#")


def _matcher(patterns) -> Callable[[str], re.Match | None]:
    """Return one regular expression's match for any of shell-style `patterns`.

    The same answer as fnmatch.fnmatch with each (names are not case-folded on POSIX),
    once per name rather than once per pattern: this runs for every file of the archive.
    """
    if os.path.normcase("A") != "A":  # a system that folds case: as fnmatch does
        return lambda name: any(fnmatch.fnmatch(name, pattern) for pattern in patterns) or None
    return re.compile("|".join(fnmatch.translate(pattern) for pattern in patterns) or "(?!)").match


_JUNK = _matcher(JUNK)


def is_junk(path: Path) -> bool:
    """Tell whether a file is an editor's or a system's, not the archive's."""
    return _JUNK(path.name) is not None


def find_files(content: Path, subdirs: list[str], ignore: list[str]) -> list[Path]:
    """Return every file under `content`/`subdirs`, skipping names matching `ignore`."""
    ignored = _matcher(ignore)
    found = set()
    for subdir in subdirs:
        top = content / subdir
        if top.is_file():
            found.add(top)
            continue
        for directory, dirnames, filenames in os.walk(top, followlinks=True):
            dirnames[:] = sorted(d for d in dirnames if not ignored(d))
            found.update(Path(directory) / name for name in filenames if not ignored(name))
    return sorted(found)


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
