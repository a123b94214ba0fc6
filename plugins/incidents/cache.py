"""Keep each file's stage-1 result between builds, by its path and content hash.

A result is reused only by the same code: the key of the whole cache is a hash of the
plugins' source, schemas and grammars and of the libraries that shape the result, so a
change to any of them starts the cache afresh. Results are stored in 256 shards by key;
a build rewrites only the shards whose entries changed, and drops what it no longer read.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
from pathlib import Path

from sitebuild.versions import versions_digest

PLUGINS = Path(__file__).resolve().parent.parent
# What a stage-1 result depends on besides the file: this code and these libraries.
CODE_FOLDERS = ("incidents", "incident_dates")
LIBRARIES = (
    "jsonschema",
    "markdown-it-py",
    "nh3",
    "PyYAML",
    "python-frontmatter",
    "python-dateutil",
    "pyluach",
    "hijridate",
    "pymorphy3",
    "pymorphy3-dicts-ru",
    "pymorphy3-dicts-uk",
)


VERSION_NAME = re.compile(r"[0-9a-f]{32}")


def code_version() -> str:
    """Return a hash of everything that shapes a file's stage-1 result besides the file."""
    digest = versions_digest(LIBRARIES)
    for folder in CODE_FOLDERS:
        for path in sorted((PLUGINS / folder).rglob("*")):
            if path.suffix in (".py", ".json") and "__pycache__" not in path.parts:
                digest.update(path.relative_to(PLUGINS).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


def _shard(key: str) -> str:
    return hashlib.blake2b(key.encode(), digest_size=1).hexdigest()


class ReadCache:
    """Stage-1 results of earlier builds, keyed by file path and content hash."""

    def __init__(self, folder: Path):
        self.folder = Path(folder) / code_version()
        self.shards: dict[str, dict] = {}
        self.changed: set[str] = set()
        self.used: set[str] = set()
        if self.folder.is_dir():
            for path in self.folder.glob("*.pickle"):
                try:
                    self.shards[path.stem] = pickle.loads(path.read_bytes())
                except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
                    self.changed.add(path.stem)  # unreadable: written again

    def get(self, key: str):
        """Return the result kept under `key`, or None."""
        self.used.add(key)
        return self.shards.get(_shard(key), {}).get(key)

    def put(self, key: str, result) -> None:
        """Keep a result under `key` for later builds."""
        self.used.add(key)
        shard = _shard(key)
        self.shards.setdefault(shard, {})[key] = result
        self.changed.add(shard)

    def save(self) -> None:
        """Write the shards that changed, without what this build did not read."""
        for shard, entries in self.shards.items():
            unused = [key for key in entries if key not in self.used]
            for key in unused:
                del entries[key]
            if unused:
                self.changed.add(shard)
        self.folder.mkdir(parents=True, exist_ok=True)
        for stale in self.folder.parent.iterdir():
            if stale != self.folder and VERSION_NAME.fullmatch(stale.name) and stale.is_dir():
                _remove(stale)
        for shard in sorted(self.changed):
            path = self.folder / f"{shard}.pickle"
            temporary = path.with_suffix(".tmp")
            temporary.write_bytes(pickle.dumps(self.shards.get(shard, {}), protocol=5))
            os.replace(temporary, path)
        self.changed.clear()


def _remove(folder: Path) -> None:
    """Remove a cache folder of another code version, if it holds nothing but shards."""
    paths = list(folder.iterdir())
    if all(path.suffix in (".pickle", ".tmp") and path.is_file() for path in paths):
        for path in paths:
            path.unlink()
        folder.rmdir()
