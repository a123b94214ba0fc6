"""Wire search into Pelican: publish the static export; keep the documents for the index."""

from __future__ import annotations

import logging
import multiprocessing
import os
import shutil
from pathlib import Path

from markupsafe import Markup
from pelican import signals
from pelican.generators import Generator
from sitebuild.context import (
    INCIDENT_ARCHIVE,
    SEARCH_EXPORT_URL,
    SEARCH_META_JSON,
    SEARCH_PAGE_URL,
    TIMELINE_INDEX,
    TIMELINE_URLS,
)

from .documents import search_document
from .engine import SearchIndex
from .export import Exporter, ExportStats, script_json
from .settings import SETTINGS

logger = logging.getLogger(__name__)


def setting(settings: dict, name: str):
    """Return a search setting, or its default."""
    return SETTINGS.value(settings, name)


def index_folder(settings: dict) -> Path:
    """Return the folder of the search documents, export and whoosh index for a site's settings."""
    configured = setting(settings, "SEARCH_INDEX_PATH")
    if configured:
        return Path(configured)
    output = Path(settings["OUTPUT_PATH"]).resolve()
    # The build writes to a staging folder beside the output; the index sits beside both.
    return output.parent / ".search-index"


def _link_or_copy(source: str, target: str) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


class SearchGenerator(Generator):
    """Export the archive's search documents, and keep them for the whoosh index.

    The export is computed in a process of its own, forked once the timeline is known,
    while the timeline's pages are written: it needs nothing they make, and the search
    page waits for it.
    """

    def generate_context(self) -> None:
        """Start bringing the static export in line with the archive."""
        self.context[SEARCH_EXPORT_URL] = setting(self.settings, "SEARCH_EXPORT_URL")
        self.context[SEARCH_PAGE_URL] = setting(self.settings, "SEARCH_PAGE_URL")
        search_index = SearchIndex(index_folder(self.settings))
        self.export_folder = search_index.folder / "export"
        receiving, sending = multiprocessing.Pipe(duplex=False)
        # Forked, the process shares the archive in memory instead of receiving a copy.
        self.exporting = multiprocessing.get_context("fork").Process(
            target=_export_in_child,
            args=(sending, self.context, search_index, self.export_folder),
            daemon=True,
        )
        self.exporting.start()
        sending.close()
        self.receiving = receiving

    def generate_output(self, writer) -> None:
        """Wait for the export; write the search page; copy the export into the site."""
        try:
            outcome = self.receiving.recv()
        except EOFError:  # the process ended without a word: killed, out of memory
            outcome = None
        self.exporting.join()
        if outcome is None:
            outcome = f"its process stopped with code {self.exporting.exitcode}"
        if not isinstance(outcome, ExportStats):
            raise RuntimeError(f"the search export failed: {outcome}")
        logger.info(
            "Search export: %d shards, %d files, %d written",
            outcome.shards,
            outcome.files,
            outcome.written,
        )
        # The search page carries the index's meta.json, saving the first query a round trip.
        meta = (self.export_folder / "meta.json").read_text(encoding="utf-8")
        self.context[SEARCH_META_JSON] = Markup(script_json(meta))
        url = setting(self.settings, "SEARCH_PAGE_URL")
        writer.write_file(
            url + "index.html" if url.endswith("/") or not url else url,
            self.get_template("search"),
            self.context,
            relative_urls=self.settings["RELATIVE_URLS"],
            url=url,
            page_url=url,
        )
        target = Path(self.output_path) / setting(self.settings, "SEARCH_EXPORT_URL")
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(self.export_folder, target, copy_function=_link_or_copy)


def search_documents(context: dict) -> list[dict]:
    """Return the search document of every incident of the archive, in its order."""
    urls = context[TIMELINE_URLS]
    enclosing: dict[str, list[str]] = {}
    for outer, inner_ids in context[TIMELINE_INDEX].places_inside.items():
        for inner in inner_ids:
            enclosing.setdefault(inner, []).append(outer)
    return [
        search_document(incident, urls.incident(incident.id), enclosing)
        for incident in context[INCIDENT_ARCHIVE].incidents
    ]


def _export_in_child(sending, context: dict, search_index: SearchIndex, folder: Path) -> None:
    """Export the archive's documents and keep them; send back what was written, or why not."""
    try:
        documents = search_documents(context)
        # `invoke search` builds the whoosh index from these, when it is next run.
        search_index.keep(documents)
        exporter = Exporter(folder, search_index.folder / "export-digests.json")
        sending.send(exporter.export(documents))
    except Exception as error:  # the parent reports it, and fails the build
        sending.send(f"{type(error).__name__}: {error}")
    finally:
        sending.close()


def get_generators(pelican):
    """Hand Pelican the search generator."""
    return SearchGenerator


def connect():
    """Connect the search plugin's handlers to Pelican's signals."""
    signals.get_generators.connect(get_generators)
