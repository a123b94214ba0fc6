"""Wire the timeline into Pelican: cross-links for templates; its pages, feeds and exports."""

from __future__ import annotations

import shutil
from pathlib import Path

from pelican import signals
from pelican.generators import Generator
from pelican.utils import sanitised_join

from .exports import EXPORT_VERSION, to_csv, to_geojson, to_ics, to_json
from .featured import featured_periods
from .feeds import atom_feed
from .index import build_timeline
from .urls import DEFAULTS, Urls, save_as

EXPORT_SCHEMA = Path(__file__).parent / "schema" / "incidents-export.schema.json"


class TimelineGenerator(Generator):
    """Build the timeline from the checked archive and write its pages, feeds and exports."""

    def generate_context(self) -> None:
        """Cross-link the archive the incidents plugin read, for every template."""
        archive = self.context["incident_archive"]
        window = self.settings.get(
            "TIMELINE_RELATED_WINDOW_DAYS", DEFAULTS["TIMELINE_RELATED_WINDOW_DAYS"]
        )
        self.timeline = build_timeline(archive.incidents, archive.registries, window)
        self.urls = Urls(self.settings)
        self.featured = featured_periods(
            self.settings.get("TIMELINE_FEATURED_PERIODS", DEFAULTS["TIMELINE_FEATURED_PERIODS"]),
            archive.incidents,
        )
        self.context["timeline_featured"] = self.featured
        self.context["timeline_index"] = self.timeline
        self.context["timeline_urls"] = self.urls
        self.context["timeline_export_version"] = EXPORT_VERSION

    def _page(self, writer, url: str, template: str, **values) -> None:
        writer.write_file(
            save_as(url),
            self.get_template(template),
            self.context,
            relative_urls=self.settings["RELATIVE_URLS"],
            url=url,
            page_url=url,
            **values,
        )

    def _file(self, url: str, content: str | bytes) -> None:
        path = Path(sanitised_join(self.output_path, url))
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            content = content.encode("utf-8")
        path.write_bytes(content)

    def generate_output(self, writer) -> None:
        """Write every page, feed and export of the timeline."""
        timeline, urls = self.timeline, self.urls
        self._page(writer, "", "index", newest_first=False)
        self._page(writer, urls.newest(), "index", newest_first=True)
        for incident in timeline.incidents:
            self._page(writer, urls.incident(incident.id), "incident", incident=incident)
        for period in (*timeline.years, *timeline.months, *timeline.days):
            self._page(writer, urls.period(period.kind, period.start), "period", period=period)
        for featured in self.featured:
            self._page(writer, urls.featured(featured.id), "featured", featured=featured)
        for kind in ("places", "actors", "outlets", "tags", "claims", "data"):
            self._page(writer, urls.index(kind), kind)
        registries = timeline.registries
        for place in registries.places.values():
            self._page(writer, urls.entity("place", place.id), "place", place=place)
        for record in timeline.actors.values():
            self._page(writer, urls.entity("actor", record.actor.id), "actor", record=record)
        for outlet in registries.outlets.values():
            self._page(writer, urls.entity("outlet", outlet.id), "outlet", outlet=outlet)
        for tag, incidents in timeline.tags.items():
            self._page(writer, urls.entity("tag", tag), "tag", tag=tag, incidents=incidents)
        self._feeds()
        self._exports()

    def _feeds(self) -> None:
        timeline, urls = self.timeline, self.urls
        site_url, site_name = self.settings["SITEURL"], self.settings["SITENAME"]
        feeds = [(timeline.incidents, site_name, "", urls.feed("all"))]
        for place_id in timeline.places:
            place = timeline.registries.places[place_id]
            incidents = timeline.place_incidents(place_id)
            if incidents:
                page = urls.entity("place", place_id)
                feeds.append((incidents, place.name, page, urls.feed("place", place_id)))
        for actor_id, record in timeline.actors.items():
            if record.incidents:
                page = urls.entity("actor", actor_id)
                feeds.append(
                    (record.incidents, record.actor.name, page, urls.feed("actor", actor_id))
                )
        for incidents, title, page, feed_url in feeds:
            self._file(
                feed_url, atom_feed(incidents, title, page, feed_url, urls, site_url, site_name)
            )

    def _exports(self) -> None:
        timeline, urls, site_url = self.timeline, self.urls, self.settings["SITEURL"]
        self._file(urls.export("json"), to_json(timeline, urls, site_url))
        self._file(urls.export("csv"), to_csv(timeline, urls, site_url))
        self._file(urls.export("geojson"), to_geojson(timeline, urls, site_url))
        self._file(urls.export("ics"), to_ics(timeline, urls, site_url, self.settings["SITENAME"]))
        target = Path(sanitised_join(self.output_path, urls.export("schema.json")))
        shutil.copyfile(EXPORT_SCHEMA, target)


def get_generators(pelican):
    """Hand Pelican the timeline's generator."""
    return TimelineGenerator


def connect():
    """Connect the timeline plugin's handlers to Pelican's signals."""
    signals.get_generators.connect(get_generators)
