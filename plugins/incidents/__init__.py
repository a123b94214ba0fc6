"""Incident files: a checked archive of incidents, read into Pelican as articles."""

from sitebuild.lazy import lazy_exports

from .problems import ArchiveInvalid, Problem, format_report, github_annotation
from .settings import SETTINGS

# The archive (and the date engine it reads with) is imported when first asked for.
__getattr__ = lazy_exports(__name__, {"Archive": "archive", "load_archive": "archive"})

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
