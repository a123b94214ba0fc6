"""The cross-linked timeline: period, place, actor, outlet and tag pages, feeds and exports."""

from sitebuild.lazy import lazy_exports

from .settings import SETTINGS
from .urls import Urls

# The timeline and its exports are imported when first asked for.
__getattr__ = lazy_exports(
    __name__,
    {
        "Timeline": "index",
        "build_timeline": "index",
        "to_csv": "exports",
        "to_geojson": "exports",
        "to_ics": "exports",
        "to_json": "exports",
    },
)

__all__ = [
    "SETTINGS",
    "Timeline",
    "Urls",
    "build_timeline",
    "register",
    "to_csv",
    "to_geojson",
    "to_ics",
    "to_json",
]


def register():
    """Add the timeline's generator and give every template the cross-links."""
    # Imported here so that building exports from an archive never imports Pelican.
    from .pelican_layer import connect

    connect()
