"""The core of the generator: what its plugins share, and the build of a site.

- `settings.py`: how each plugin declares its settings (one table per plugin);
- `context.py`: the keys of what plugins hand each other in Pelican's context;
- `build.py`: a build, staged and swapped in, skipped when nothing changed (`stamp.py`).
- `memory.py`: what lives the whole build, kept out of the cycle collector's way.
- `lazy.py`: what a package exports, imported when first asked for.

It is also the first of the site's Pelican plugins, so that the others can import it
while Pelican loads them, and so that it can check every plugin's settings before a build
starts (`checks.py`). `build.py`, which runs Pelican, is imported only by `invoke build`,
the tests and the benchmarks.
"""

from . import context, settings

__all__ = ["context", "register", "settings"]


def register():
    """Check every plugin's settings as soon as Pelican has read them."""
    from pelican import signals

    from .checks import check_plugin_settings

    signals.initialized.connect(check_plugin_settings)
