"""The cross-linked timeline: period, place, actor, outlet and tag pages, feeds and exports."""

from .exports import to_csv, to_geojson, to_ics, to_json
from .index import Timeline, build_timeline
from .settings import SETTINGS
from .urls import Urls

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
