"""Where each page, feed and export of the timeline lives, from the TIMELINE_* settings."""

from __future__ import annotations

from datetime import date

# The timeline's settings, with their defaults; every one is documented in docs/settings.md.
DEFAULTS = {
    # Incidents near in time that share a place or an actor are listed as related.
    "TIMELINE_RELATED_WINDOW_DAYS": 14,
    # Named spans of days, each with a page: [{"title": …, "start": "2023-05-22", "end": …}].
    "TIMELINE_FEATURED_PERIODS": [],
    "TIMELINE_FEATURED_URL": "periods/{id}/",
    "TIMELINE_INCIDENT_URL": "incidents/{id}/",
    "TIMELINE_NEWEST_URL": "newest/",
    "TIMELINE_YEAR_URL": "timeline/{start:%Y}/",
    "TIMELINE_MONTH_URL": "timeline/{start:%Y}/{start:%m}/",
    "TIMELINE_DAY_URL": "timeline/{start:%Y}/{start:%m}/{start:%d}/",
    "TIMELINE_PLACES_URL": "places/",
    "TIMELINE_PLACE_URL": "places/{id}/",
    "TIMELINE_ACTORS_URL": "actors/",
    "TIMELINE_ACTOR_URL": "actors/{id}/",
    "TIMELINE_OUTLETS_URL": "outlets/",
    "TIMELINE_OUTLET_URL": "outlets/{id}/",
    "TIMELINE_TAGS_URL": "tags/",
    "TIMELINE_TAG_URL": "tags/{id}/",
    "TIMELINE_CLAIMS_URL": "claims/",
    "TIMELINE_DATA_URL": "data/",
    "TIMELINE_EXPORT_URL": "data/incidents.{format}",
    "TIMELINE_FEED_ALL_URL": "feeds/all.atom.xml",
    "TIMELINE_FEED_PLACE_URL": "feeds/places/{id}.atom.xml",
    "TIMELINE_FEED_ACTOR_URL": "feeds/actors/{id}.atom.xml",
}


def save_as(url: str) -> str:
    """Return the file a URL is served from: 'places/' is 'places/index.html'."""
    return url + "index.html" if url.endswith("/") or not url else url


class Urls:
    """Build site-relative URLs (no leading slash) for every kind of page."""

    def __init__(self, settings: dict):
        self.settings = {name: settings.get(name, default) for name, default in DEFAULTS.items()}

    def _url(self, name: str, **values) -> str:
        return self.settings[f"TIMELINE_{name}_URL"].format(**values)

    def incident(self, incident_id: str) -> str:
        return self._url("INCIDENT", id=incident_id)

    def period(self, kind: str, start: date) -> str:
        return self._url(kind.upper(), start=start)

    def featured(self, period_id: str) -> str:
        return self._url("FEATURED", id=period_id)

    def newest(self) -> str:
        return self._url("NEWEST")

    def index(self, kind: str) -> str:
        """Return the URL of a list page: places, actors, outlets, tags, claims or data."""
        return self._url(kind.upper())

    def entity(self, kind: str, entity_id: str) -> str:
        """Return the URL of one 'place', 'actor', 'outlet' or 'tag' page."""
        return self._url(kind.upper(), id=entity_id)

    def feed(self, kind: str, entity_id: str = "") -> str:
        """Return the URL of the 'all', 'place' or 'actor' Atom feed."""
        return self._url(f"FEED_{kind.upper()}", id=entity_id)

    def export(self, file_format: str) -> str:
        return self._url("EXPORT", format=file_format)
