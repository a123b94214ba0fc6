"""Wire the timeline into Pelican: cross-links for templates; its pages, feeds and exports."""

from __future__ import annotations

import logging
import multiprocessing
import os
import shutil
from pathlib import Path

from pelican import signals
from pelican.generators import Generator
from pelican.utils import sanitised_join
from sitebuild.context import (
    INCIDENT_ARCHIVE,
    PREVIOUS_OUTPUT_SETTING,
    TIMELINE_EXPORT_VERSION,
    TIMELINE_FEATURED,
    TIMELINE_HISTOGRAM,
    TIMELINE_HOME_INCIDENTS,
    TIMELINE_INDEX,
    TIMELINE_MAP,
    TIMELINE_URLS,
)
from sitebuild.memory import long_lived
from sitebuild.stamp import LIBRARIES
from sitebuild.versions import versions_digest

from .cards import SITE_URL_MARK, Cards
from .explorer import to_explorer_json
from .exports import EXPORT_VERSION, to_csv, to_geojson, to_ics, to_json
from .featured import featured_periods
from .feeds import atom_feed, newest
from .histogram import histogram
from .index import build_timeline
from .maps import map_settings
from .reuse import (
    Fragments,
    OutputReuse,
    Signer,
    folder_digest,
    incident_digests,
    manifest_of,
    settings_signature,
)
from .settings import SETTINGS
from .templates import template_cache
from .urls import Urls, save_as

logger = logging.getLogger(__name__)
EXPORT_SCHEMA = Path(__file__).parent / "schema" / "incidents-export.schema.json"
PLUGINS = Path(__file__).resolve().parent.parent
# Below this many pages to render, starting processes costs more than it saves.
PARALLEL_MIN_PAGES = 64


class TimelineGenerator(Generator):
    """Build the timeline from the checked archive and write its pages, feeds and exports."""

    def generate_context(self) -> None:
        """Cross-link the archive the incidents plugin read, for every template."""
        archive = self.context[INCIDENT_ARCHIVE]
        with long_lived():
            self.timeline = build_timeline(
                archive.incidents,
                archive.registries,
                SETTINGS.value(self.settings, "TIMELINE_RELATED_WINDOW_DAYS"),
                SETTINGS.value(self.settings, "TIMELINE_RELATED_MAX"),
            )
        self.urls = Urls(self.settings)
        self.featured = featured_periods(
            SETTINGS.value(self.settings, "TIMELINE_FEATURED_PERIODS"),
            archive.incidents,
        )
        self.context[TIMELINE_FEATURED] = self.featured
        self.context[TIMELINE_INDEX] = self.timeline
        self.context[TIMELINE_URLS] = self.urls
        self.context[TIMELINE_EXPORT_VERSION] = EXPORT_VERSION
        self.context[TIMELINE_HOME_INCIDENTS] = int(
            SETTINGS.value(self.settings, "TIMELINE_HOME_INCIDENTS")
        )
        self.context[TIMELINE_MAP] = map_settings(
            *(
                SETTINGS.value(self.settings, f"TIMELINE_MAP_{name}")
                for name in ("TILES", "ATTRIBUTION", "VIEW")
            )
        )
        self.context[TIMELINE_HISTOGRAM] = histogram(archive.incidents)

    def _start_reuse(self) -> None:
        """Fingerprint what every page shows, and find the previous build's files."""
        archive = self.context[INCIDENT_ARCHIVE]
        with long_lived():
            self.signer = Signer(incident_digests(archive.incidents, archive.digests))
        pages = [(page.url, page.title) for page in self.context.get("pages", [])]
        # The libraries that shape pages belong in it too: kept cards and files outlive them.
        base = (
            versions_digest(LIBRARIES).hexdigest()
            + folder_digest([PLUGINS, Path(self.theme)])
            + settings_signature(self.settings)
        )
        previous = self.settings.get(PREVIOUS_OUTPUT_SETTING)
        self.reuse = OutputReuse(
            Path(previous) if previous else None,
            manifest_of(Path(previous)) if previous else None,
            f"{base}{pages}",
        )
        registries = self.timeline.registries
        self.everything = self.signer.sign(
            [
                self.timeline.incidents,
                [registries.places, registries.actors, registries.outlets],
                self.featured,
            ]
        )
        self.jobs: list[tuple] = []
        cache = SETTINGS.value(self.settings, "TIMELINE_CACHE_PATH")
        self.fragments = Fragments(Path(cache) / "fragments" if cache else None)
        self.signed_links: dict[str, tuple] = {}
        card = self.env.get_template("_incidents.html").make_module(
            {**self.context, "SITEURL": SITE_URL_MARK}
        )
        digests = self.signer.digests
        self.cards = Cards(
            card.incident_card,
            Fragments(Path(cache) / "cards" if cache else None),
            lambda incident: self.reuse.fingerprint("card", digests[incident.id]),
        )
        self.env.globals["incident_card_html"] = self.cards.html

    def _fragment(self, kind: str, incident, make):
        """Return an incident's part of an export: kept from an earlier build, or made."""
        shown = self.signer.digests[incident.id]
        if kind == "json":  # the record holds the incident's links
            shown = (shown, self.signed_links[incident.id])
        return self.fragments.get(self.reuse.fingerprint(kind, shown), make)

    def _page(self, url: str, template: str, depends=None, **values) -> None:
        """Write a page, or take the previous build's if what it shows has not changed."""
        relative = save_as(url)
        shown = self.signer.sign(values) if depends is None else depends
        if not self.reuse.take(relative, self.reuse.fingerprint(relative, template, shown),
                               Path(self.output_path)):  # fmt: skip
            self.jobs.append((relative, url, template, values))

    def _file(self, url: str, depends, content) -> None:
        """Write a feed or export, made by calling `content`, unless the previous one will do."""
        fingerprint = self.reuse.fingerprint(url, depends)
        if self.reuse.take(url, fingerprint, Path(self.output_path)):
            return
        path = Path(sanitised_join(self.output_path, url))
        path.parent.mkdir(parents=True, exist_ok=True)
        data = content()
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)

    def _render(self, writer, jobs) -> None:
        for relative, url, template, values in jobs:
            writer.write_file(
                relative,
                self.get_template(template),
                self.context,
                # The 404 page is served at any address: its links start from the root.
                relative_urls=self.settings["RELATIVE_URLS"] and relative != "404.html",
                url=url,
                page_url=url,
                **values,
            )

    def _render_all(self, writer) -> None:
        """Render the pages to write, on every core when there are enough of them."""
        workers = int(SETTINGS.value(self.settings, "TIMELINE_WORKERS"))
        workers = workers or len(os.sched_getaffinity(0))
        if workers < 2 or len(self.jobs) < PARALLEL_MIN_PAGES:
            self._render(writer, self.jobs)
            return
        context = multiprocessing.get_context("fork")
        children = [
            context.Process(target=self._render, args=(writer, self.jobs[index::workers]))
            for index in range(1, workers)
        ]
        for child in children:
            child.start()
        self._render(writer, self.jobs[0::workers])
        for child in children:
            child.join()
        failed = [child.exitcode for child in children if child.exitcode]
        if failed:
            raise RuntimeError(f"a process rendering pages failed (exit {failed[0]})")

    def generate_output(self, writer) -> None:
        """Write every page, feed and export of the timeline that changed; keep the rest."""
        self._start_reuse()
        timeline, urls, sign = self.timeline, self.urls, self.signer.sign
        everything = self.everything
        home = self.context[TIMELINE_HOME_INCIDENTS]
        home = (sign(timeline.latest(home)), everything, home)
        self._page("", "index", (home, False), newest_first=False)
        self._page(urls.newest(), "index", (home, True), newest_first=True)
        for incident in timeline.incidents:
            links = self.signed_links[incident.id] = sign(timeline.links[incident.id])
            self._page(
                urls.incident(incident.id), "incident", (sign(incident), links), incident=incident
            )
        for featured in self.featured:
            self._page(urls.featured(featured.id), "featured", featured=featured)
        for period in (*timeline.years, *timeline.months, *timeline.days):
            self._page(urls.period(period.kind, period.start), "period", period=period)
        self._page("404.html", "404", ("all", everything))
        for kind in ("places", "actors", "outlets", "tags", "claims", "data"):
            self._page(urls.index(kind), kind, ("all", everything))
        registries = timeline.registries
        for place in registries.places.values():
            depends = sign(
                [
                    place,
                    timeline.place_incidents(place.id),
                    timeline.place_mentions(place.id),
                    timeline.places_within.get(place.id),
                ]
            )
            self._page(urls.entity("place", place.id), "place", depends, place=place)
        for record in timeline.actors.values():
            self._page(urls.entity("actor", record.actor.id), "actor", record=record)
        for outlet in registries.outlets.values():
            depends = sign([outlet, timeline.outlets[outlet.id]])
            self._page(urls.entity("outlet", outlet.id), "outlet", depends, outlet=outlet)
        for tag, incidents in timeline.tags.items():
            self._page(urls.entity("tag", tag), "tag", tag=tag, incidents=incidents)
        self._feeds()
        self._exports()
        if self.jobs:
            # Made here, before the pages are shared out among processes: once each, and
            # kept for the next build.
            self.cards.prepare(timeline.incidents)
            self.cards.store.save()
        self._render_all(writer)
        self.reuse.save(Path(self.output_path))
        logger.info(
            "Timeline: %d pages written, %d files kept from the previous build",
            len(self.jobs),
            self.reuse.reused,
        )

    def _feeds(self) -> None:
        timeline, urls = self.timeline, self.urls
        site_url, site_name = self.settings["SITEURL"], self.settings["SITENAME"]
        limit = int(SETTINGS.value(self.settings, "TIMELINE_FEED_MAX_ITEMS"))
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
            # A feed reader wants what is new; a change to an older incident leaves it as it is.
            incidents = newest(incidents, limit)
            self._file(
                feed_url,
                (self.signer.sign(incidents), title, page),
                lambda i=incidents, t=title, p=page, f=feed_url: atom_feed(
                    i, t, p, f, urls, site_url, site_name
                ),
            )

    def _exports(self) -> None:
        timeline, urls, site_url = self.timeline, self.urls, self.settings["SITEURL"]
        everything, name, part = self.everything, self.settings["SITENAME"], self._fragment
        self._file(urls.export("json"), everything, lambda: to_json(timeline, urls, site_url, part))
        self._file(urls.export("csv"), everything, lambda: to_csv(timeline, urls, site_url, part))
        self._file(
            urls.export("geojson"), everything, lambda: to_geojson(timeline, urls, site_url, part)
        )
        self._file(
            urls.export("ics"), everything, lambda: to_ics(timeline, urls, site_url, name, part)
        )
        self._file(urls.explorer(), everything, lambda: to_explorer_json(timeline, urls, part))
        self.fragments.save()
        target = Path(sanitised_join(self.output_path, urls.export("schema.json")))
        shutil.copyfile(EXPORT_SCHEMA, target)


def get_generators(pelican):
    """Hand Pelican the timeline's generator."""
    return TimelineGenerator


def cache_templates(generator) -> None:
    """Give a generator's templates the compiled-template cache, if there is a cache."""
    cache = SETTINGS.value(generator.settings, "TIMELINE_CACHE_PATH")
    if cache:
        options = generator.settings["JINJA_ENVIRONMENT"]
        generator.env.bytecode_cache = template_cache(Path(cache), options)


def connect():
    """Connect the timeline plugin's handlers to Pelican's signals."""
    signals.get_generators.connect(get_generators)
    signals.generator_init.connect(cache_templates)
