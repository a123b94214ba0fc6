"""Where each page, feed and export of the timeline lives, from the TIMELINE_* settings."""

from __future__ import annotations

from datetime import date

from .settings import SETTINGS


def save_as(url: str) -> str:
    """Return the file a URL is served from: 'places/' is 'places/index.html'."""
    return url + "index.html" if url.endswith("/") or not url else url


class Urls:
    """Build site-relative URLs (no leading slash) for every kind of page."""

    def __init__(self, settings: dict):
        self.settings = {s.name: SETTINGS.value(settings, s.name) for s in SETTINGS}

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

    def explorer(self) -> str:
        """Return the URL of the short records the filters and maps load."""
        return self._url("EXPLORER")

    def export(self, file_format: str) -> str:
        return self._url("EXPORT", format=file_format)
