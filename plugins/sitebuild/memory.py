"""Keep Python's cycle collector from walking, again and again, what lives the whole build.

The archive, its cross-links and the fingerprints' digests are millions of objects made
once and kept until the build ends. Each time the collector runs a full pass it walks all
of them, and the passes come as they grow: at 20,000 incidents that was half the time of
reading the archive from the cache and two thirds of cross-linking it. They are made with
the collector paused, then set aside with gc.freeze(), which also spares processes forked
later from copying the pages the collector would touch. The build gives them back to it
when it ends.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager


@contextmanager
def long_lived():
    """Make what lives until the build ends with the collector paused; then set it aside."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def release() -> None:
    """Give what was set aside back to the collector: the build that needed it is over."""
    gc.unfreeze()
