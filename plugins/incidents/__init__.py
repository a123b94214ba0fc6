"""Incident files: a checked archive of incidents, read into Pelican as articles."""

from .problems import ArchiveInvalid, Problem, format_report, github_annotation
from .settings import SETTINGS


def __getattr__(name: str):
    # The archive (and the date engine it reads with) is imported when first asked for.
    if name in ("Archive", "load_archive"):
        from . import archive

        return getattr(archive, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "SETTINGS",
    "Archive",
    "ArchiveInvalid",
    "Problem",
    "format_report",
    "github_annotation",
    "load_archive",
    "register",
]


def register():
    """Read incident files through the checked archive and publish its schema."""
    # Imported here so that validating an archive never imports Pelican.
    from .pelican_layer import connect

    connect()
