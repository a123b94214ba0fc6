"""The interpreter's and libraries' versions, as the start of a hash of what a result depends on."""

from __future__ import annotations

import hashlib
import sys
from importlib import metadata


def versions_digest(libraries: tuple[str, ...]):
    """Return a blake2b hash, still open, of Python's version and those of `libraries`."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(sys.version.encode())
    for library in libraries:
        try:
            digest.update(f"{library}={metadata.version(library)}\0".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{library}=none\0".encode())
    return digest
