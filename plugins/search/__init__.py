"""Search: a static export the browser queries, and the whoosh index `invoke search` reads."""

from .documents import search_document
from .engine import SearchIndex, build_filter, build_query, search
from .export import Exporter
from .scoring import tokens
from .settings import SETTINGS

__all__ = [
    "SETTINGS",
    "Exporter",
    "SearchIndex",
    "build_filter",
    "build_query",
    "register",
    "search",
    "search_document",
    "tokens",
]


def register():
    """Index the archive at every build and publish the static export."""
    # Imported here so that querying the index never imports Pelican.
    from .pelican_layer import connect

    connect()
