"""Keep the theme's compiled templates between builds, so each build need not compile them."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import jinja2
from jinja2 import FileSystemBytecodeCache

# Below the cache folder: one folder per environment, named after its options.
FOLDER = "templates"


def environment_key(options: dict) -> str:
    """Return a digest of what compiles a template besides its source: Jinja and its options.

    Jinja checks each compiled template against its source's checksum and the Python
    version, but not against the environment's options (autoescape, extensions, trimming).
    """
    text = json.dumps(
        [jinja2.__version__, options],
        sort_keys=True,
        default=lambda o: getattr(o, "__qualname__", type(o).__name__),
    )
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


def template_cache(cache: Path, options: dict) -> FileSystemBytecodeCache:
    """Return the compiled-template cache of an environment with `options`, under `cache`.

    The folders of other options are removed: only the last build's are worth keeping.
    """
    root = cache / FOLDER
    key = environment_key(options)
    if root.is_dir():
        for folder in root.iterdir():
            if folder.name != key:
                shutil.rmtree(folder, ignore_errors=True)
    (root / key).mkdir(parents=True, exist_ok=True)
    return FileSystemBytecodeCache(str(root / key))
