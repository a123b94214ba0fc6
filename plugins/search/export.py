"""Write the whoosh index as static files the browser fetches shard by shard.

Layout under the export folder (compact JSON; every file but `meta.json` gzipped, `.json.gz`):

- `meta.json`: format version, fields in order, stop words, shard keys, sizes of groups;
- `t/<hex key>.json`: the postings of every term whose longest shard key is `key`, as
  `{term: [[field, doc delta, weight, doc delta, weight, …], …]}`; weights are the
  engine's BM25F weights in 1/1024 units, so the browser only adds integers;
- `d/<n>.json`: result cards of documents `n*DOC_GROUP` to `(n+1)*DOC_GROUP - 1`;
- `f/<place|actor|tag>/<id>.json`: the document numbers a filter keeps (deltas);
- `s/<n>.json`: first and last day (proleptic ordinals) of `DATE_GROUP` documents.

A shard holds the terms that share a prefix; prefixes grow a character at a time until a
shard is under SHARD_BYTES (a single frequent term may exceed it alone). The export is
written whole from the index, so the same documents always give the same files.
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from .engine import (
    MIN_PREFIX,
    SCALE,
    STOP_WORDS,
    TEXT_FIELDS,
    SearchIndex,
)

FORMAT_VERSION = 2
SHARD_BYTES = 12_000
DOC_GROUP = 4
DATE_GROUP = 256
FILTERS = {"place": "place_ids", "actor": "actor_ids", "tag": "tag_ids"}
FIELDS = list(TEXT_FIELDS)


def script_json(text: str) -> str:
    """Make JSON text safe inside a <script> element: no '<', '>' or '&' can end or open it."""
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _dump(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def shard_name(key: str) -> str:
    """Return the file name of a shard key: its UTF-8 bytes in hex ('_' for the empty key)."""
    return (key.encode("utf-8").hex() or "_") + ".json"


def shard_of(term: str, keys: set[str]) -> str | None:
    """Return the longest shard key that begins `term`."""
    for end in range(len(term), -1, -1):
        if term[:end] in keys:
            return term[:end]
    return None


def split_keys(sizes: dict[str, int], limit: int = SHARD_BYTES) -> list[str]:
    """Choose shard keys: prefixes, lengthened until each shard's terms fit in `limit` bytes."""
    keys: list[str] = []

    def split(terms: list[str], depth: int) -> None:
        prefix = terms[0][:depth]
        longer = [term for term in terms if len(term) > depth]
        if sum(sizes[t] for t in terms) <= limit or not longer:
            keys.append(prefix)
            return
        if len(longer) < len(terms):
            keys.append(prefix)  # the terms that are the prefix itself
        groups: dict[str, list[str]] = {}
        for term in longer:
            groups.setdefault(term[: depth + 1], []).append(term)
        for group in groups.values():
            split(group, depth + 1)

    if sizes:
        split(sorted(sizes), 0)
    return sorted(keys)


@dataclass
class ExportStats:
    """What an export wrote."""

    shards: int
    files: int


class Exporter:
    """Write or refresh the static export of a search index."""

    def __init__(self, search_index: SearchIndex, folder: Path):
        self.search_index = search_index
        self.folder = folder
        # Field lengths by field and document: read once each, not once per posting.
        self._lengths: dict[str, dict[int, int]] = {}

    def export(self, rebuilt: bool) -> ExportStats:
        """Export everything after a rebuild, or when the export on disk is not current."""
        if rebuilt or not self._current():
            return self._full()
        return ExportStats(0, 0)

    def _current(self) -> bool:
        """Tell whether the export on disk was written by this version from this index."""
        meta = self.folder / "meta.json"
        if not meta.exists():
            return False
        return json.loads(meta.read_text()).get("version") == FORMAT_VERSION

    # -- full ------------------------------------------------------------------------

    def _full(self) -> ExportStats:
        shutil.rmtree(self.folder, ignore_errors=True)
        for sub in ("t", "d", "s", *(f"f/{kind}" for kind in FILTERS)):
            (self.folder / sub).mkdir(parents=True, exist_ok=True)
        index = self.search_index.open()
        statistics = self.search_index.statistics()
        with index.reader() as reader:
            entries = {}
            for field in FIELDS:
                for term in reader.lexicon(field):
                    text = term.decode("utf-8")
                    entries.setdefault(text, []).append(
                        self._postings(reader, statistics, field, text)
                    )
            sizes = {
                term: len(_dump(postings)) + len(term) + 4 for term, postings in entries.items()
            }
            keys = split_keys(sizes)
            key_set = set(keys)
            shards: dict[str, dict] = {key: {} for key in keys}
            for term, postings in entries.items():
                shards[shard_of(term, key_set)][term] = [p for p in postings if p[1:]]
            for key, terms in shards.items():
                self._write(f"t/{shard_name(key)}", terms)
            live = dict(reader.iter_docs())
            self._write_groups(live, {docnum // DOC_GROUP for docnum in live}, "d", DOC_GROUP)
            self._write_groups(live, {docnum // DATE_GROUP for docnum in live}, "s", DATE_GROUP)
            values = {
                (kind, value) for kind, name in FILTERS.items() for value in _lexicon(reader, name)
            }
            self._write_filters(reader, values)
            self._write_meta(reader, keys, values)
        return ExportStats(len(keys), sum(1 for _ in self.folder.rglob("*.json*")))

    def _postings(self, reader, statistics, field: str, text: str) -> list:
        """Return [field number, doc delta, weight, …] for one term in one field."""
        lengths = self._lengths.setdefault(field, {})
        weigh = statistics.weigher(reader, field, text)
        row = [FIELDS.index(field)]
        previous = 0
        matcher = reader.postings(field, text)
        while matcher.is_active():
            docnum = matcher.id()
            length = lengths.get(docnum)
            if length is None:
                length = lengths[docnum] = reader.doc_field_length(docnum, field, 1)
            row += [docnum - previous, weigh(matcher.weight(), length)]
            previous = docnum
            matcher.next()
        return row

    def _write_groups(self, live: dict, groups: set[int], kind: str, size: int) -> int:
        members: dict[int, dict] = {group: {} for group in groups}
        for docnum, fields in live.items():
            if docnum // size in members:
                value = fields["card"] if kind == "d" else [fields["start"], fields["end"]]
                members[docnum // size][str(docnum)] = value
        for group, content in members.items():
            self._write(f"{kind}/{group}.json", content)
        return len(groups)

    def _write_filters(self, reader, values: set[tuple[str, str]]) -> int:
        for kind, value in values:
            if not value:
                continue
            docnums, previous = [], 0
            matcher = (
                reader.postings(FILTERS[kind], value) if (FILTERS[kind], value) in reader else None
            )
            while matcher is not None and matcher.is_active():
                docnums.append(matcher.id() - previous)
                previous = matcher.id()
                matcher.next()
            self._write(f"f/{kind}/{value}.json", docnums)
        return len(values)

    def _write_meta(self, reader, keys: list[str], values: set[tuple[str, str]]) -> None:
        self._write(
            "meta.json",
            {
                "version": FORMAT_VERSION,
                "fields": FIELDS,
                "stopWords": sorted(STOP_WORDS),
                "minPrefix": MIN_PREFIX,
                "scale": SCALE,
                "keys": keys,
                "docGroup": DOC_GROUP,
                "dateGroup": DATE_GROUP,
                # The filter values with a file: any other (a place with no incidents) is
                # answered with no results and no request.
                "filterValues": {
                    kind: sorted(value for k, value in values if k == kind and value)
                    for kind in FILTERS
                },
                "documents": reader.doc_count(),
            },
        )

    def _write(self, name: str, value) -> None:
        # Data files are gzipped (the browser inflates them with DecompressionStream), with no
        # time stamp, so the same index gives the same bytes. A new file is renamed over the
        # old one: a built site that hard-links the old file keeps it.
        data = _dump(value).encode("utf-8")
        if name != "meta.json":
            name += ".gz"
            data = gzip.compress(data, compresslevel=6, mtime=0)
        path = self.folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(path.name + ".tmp")
        temporary.write_bytes(data)
        os.replace(temporary, path)


def _lexicon(reader, name: str) -> list[str]:
    return [term.decode("utf-8") for term in reader.lexicon(name)]
