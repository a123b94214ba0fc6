"""Tell whether a build's inputs are the last build's, and its output as that build left it."""

from __future__ import annotations

import hashlib
import os
import time
from operator import attrgetter
from pathlib import Path

from incidents.history import last_changed
from incidents.settings import SETTINGS as INCIDENT_SETTINGS
from timeline.reuse import settings_signature

from .versions import versions_digest

_NAME = attrgetter("name")
# Libraries whose version can change what a build writes.
LIBRARIES = (
    "pelican", "Jinja2", "MarkupSafe", "whoosh-reloaded", "markdown-it-py", "nh3", "Markdown",
    "jsonschema", "fastjsonschema", "PyYAML", "python-frontmatter", "feedgenerator",
    "icalendar", "Unidecode", "python-dateutil", "pyluach", "hijridate",
    "pymorphy3", "pymorphy3-dicts-ru", "pymorphy3-dicts-uk",
)  # fmt: skip


def _files(
    folder: str, skip: frozenset = frozenset(), follow: bool = True
) -> list[tuple[str, os.stat_result | None]]:
    """Return every file under `folder`, by relative path, with its stat (None: unreadable).

    Files come in os.walk's order with sorted names: a folder's files, then its folders';
    a folder that cannot be listed is passed over, as os.walk does; links to folders are
    followed if `follow`. Plain strings and scandir: this runs on every build, over every
    file of the output.
    """
    found = []
    pending = [""]
    while pending:
        relative = pending.pop()
        try:
            with os.scandir(os.path.join(folder, relative)) as listed:
                entries = sorted(listed, key=_NAME)
        except OSError:
            continue
        prefix = f"{relative}/" if relative else ""
        folders = []
        for entry in entries:
            try:
                is_dir = entry.is_dir()
            except OSError:  # a loop of links, as os.walk treats it
                is_dir = False
            if is_dir:
                if entry.name not in skip and (follow or not entry.is_symlink()):
                    folders.append(prefix + entry.name)
                continue
            try:
                found.append((prefix + entry.name, entry.stat()))
            except OSError:
                found.append((prefix + entry.name, None))
        pending.extend(reversed(folders))
    return found


def _tree(digest, folder: Path, known: dict, trusted_before: int, seen: dict) -> list[str]:
    """Hash every file under `folder`, its name and its bytes; return the files' paths.

    A file whose size, times and inode are those `known` records, and which had last
    changed before `trusted_before`, is taken to hold the bytes it held then: its recorded
    digest is used, and the file is not read (as git's index does). `seen` receives what
    to record for each file.
    """
    root = str(folder)
    files = []
    for relative, stat in _files(root, frozenset({"__pycache__"})):
        path = os.path.join(root, relative)
        files.append(path)
        digest.update(relative.encode() + b"\0")
        signature = (
            [stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino] if stat else None
        )
        recorded = known.get(path)
        if (
            signature
            and recorded
            and recorded[:4] == signature
            and max(stat.st_mtime_ns, stat.st_ctime_ns) < trusted_before
        ):
            file_digest = recorded[4]
        else:
            try:
                with open(path, "rb") as handle:
                    file_digest = hashlib.blake2b(handle.read(), digest_size=16).hexdigest()
            except OSError:
                file_digest = "unreadable"
        if signature:
            seen[path] = [*signature, file_digest]
        digest.update(file_digest.encode())
    return files


# A file changed this close before its digest was recorded may change again within the
# same tick of the clock, unseen by its times: it is always read again.
_RACY_NS = 2_000_000_000


def input_stamp(settings: dict, settings_file: Path, known: dict | None = None) -> tuple[str, dict]:
    """Return a hash of everything a build reads, and its files' digests to record.

    What is hashed: the content, theme, code, settings and libraries' versions. `known` is
    the record the last build left (`{"at": nanoseconds, "files": {path: [size, mtime,
    ctime, inode, digest]}}`); a record of the same shape is returned.
    """
    known = known or {}
    trusted_before = known.get("at", 0) - _RACY_NS
    recorded = known.get("files", {})
    started = time.time_ns()
    seen: dict = {}
    digest = versions_digest(LIBRARIES)
    digest.update(settings_signature(settings).encode())
    digest.update(Path(settings_file).read_bytes())
    content, *others = [settings["PATH"], settings["THEME"], *settings.get("PLUGIN_PATHS", [])]
    digest.update(f"\0{content}\0".encode())
    content_files = _tree(digest, Path(content), recorded, trusted_before, seen)
    for folder in others:
        digest.update(f"\0{folder}\0".encode())
        _tree(digest, Path(folder), recorded, trusted_before, seen)
    if INCIDENT_SETTINGS.value(settings, "INCIDENTS_GIT_DATES"):
        # The days files last changed are shown, and come from git, not from the files.
        changes = last_changed(content_files, Path(settings["PATH"]))
        digest.update(repr(sorted((str(p), d.isoformat()) for p, d in changes.items())).encode())
    return digest.hexdigest(), {"at": started, "files": seen}


def listing(output: Path) -> list[list]:
    """Return every file of an output folder with its size, modification time and inode."""
    return [
        [relative, stat.st_size, stat.st_mtime_ns, stat.st_ino] if stat else [relative]
        for relative, stat in _files(str(output), follow=False)
    ]
