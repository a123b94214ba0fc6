"""Write the search documents as static files the browser fetches shard by shard.

Layout under the export folder (compact JSON; every file but `meta.json` gzipped, `.json.gz`):

- `meta.json`: format version, fields in order, stop words, shard keys, sizes of groups;
- `t/<hex key>.json`: the postings of every term whose longest shard key is `key`, as
  `{term: [[field, doc delta, weight, doc delta, weight, …], …]}`; weights are BM25F
  weights in 1/1024 units (`postings.py`, the numbers whoosh scores with), so the browser
  only adds integers;
- `d/<n>.json`: result cards of documents `n*DOC_GROUP` to `(n+1)*DOC_GROUP - 1`;
- `f/<place|actor|tag>/<id>.json`: the document numbers a filter keeps (deltas);
- `s/<n>.json`: first and last day (proleptic ordinals) of `DATE_GROUP` documents.

A shard holds the terms that share a prefix; prefixes grow a character at a time until a
shard is under SHARD_BYTES (a single frequent term may exceed it alone). The export is
computed whole from the documents, so the same documents always give the same files; a
file whose content is what the last export wrote (a digest of it is kept) is left as it is,
so a small change rewrites few files.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from .postings import FIELDS, FILTERS, analyse, collection_statistics, filter_values, postings
from .scoring import MIN_PREFIX, SCALE, STOP_WORDS

FORMAT_VERSION = 2
SHARD_BYTES = 12_000
DOC_GROUP = 4
DATE_GROUP = 256


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
    """What an export wrote: its shards, its files, and how many of them were rewritten."""

    shards: int
    files: int
    written: int


class Exporter:
    """Write the static export of search documents, rewriting only the files that changed."""

    def __init__(self, folder: Path, digests: Path):
        self.folder = folder
        # The digest of every file the last export wrote, kept outside the published folder.
        self.digests_path = digests

    def export(self, documents: list[dict]) -> ExportStats:
        """Export the documents, numbered in order; return what was written."""
        files = self.files(documents)
        previous = self._previous_digests()
        if not previous:
            # Nothing says what the folder holds: start it afresh, stale files and all.
            shutil.rmtree(self.folder, ignore_errors=True)
        # Until the new digests are written, none are trusted: an export stopped part-way
        # leaves the next one to write everything.
        self.digests_path.unlink(missing_ok=True)
        written = 0
        digests = {}
        for name, data in files.items():
            digest = hashlib.sha256(data).hexdigest()[:32]
            digests[name] = digest
            if previous.get(name) != digest or not (self.folder / _stored_name(name)).exists():
                self._write(name, data)
                written += 1
        for name in previous.keys() - files.keys():
            (self.folder / _stored_name(name)).unlink(missing_ok=True)
        self.digests_path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.digests_path.with_name(self.digests_path.name + ".tmp")
        temporary.write_text(json.dumps({"version": FORMAT_VERSION, "files": digests}))
        os.replace(temporary, self.digests_path)
        shards = sum(1 for name in files if name.startswith("t/"))
        return ExportStats(shards, len(files), written)

    def files(self, documents: list[dict]) -> dict[str, bytes]:
        """Return the export's files, by name, as uncompressed JSON."""
        analyses = [analyse(document) for document in documents]
        stats = collection_statistics(analyses)
        entries = postings(analyses, stats)
        sizes = {term: len(_dump(rows)) + len(term) + 4 for term, rows in entries.items()}
        keys = split_keys(sizes)
        key_set = set(keys)
        shards: dict[str, dict] = {key: {} for key in keys}
        for term, rows in entries.items():
            shards[shard_of(term, key_set)][term] = rows
        files = {f"t/{shard_name(key)}": terms for key, terms in shards.items()}
        for docnum, document in enumerate(documents):
            files.setdefault(f"d/{docnum // DOC_GROUP}.json", {})[str(docnum)] = document["card"]
            files.setdefault(f"s/{docnum // DATE_GROUP}.json", {})[str(docnum)] = [
                document["start"],
                document["end"],
            ]
        members: dict[tuple[str, str], list[int]] = {}
        for docnum, document in enumerate(documents):
            for kind in FILTERS:
                for value in filter_values(document, kind):
                    members.setdefault((kind, value), []).append(docnum)
        for (kind, value), docnums in members.items():
            files[f"f/{kind}/{value}.json"] = [
                b - a for a, b in zip([0, *docnums[:-1]], docnums, strict=True)
            ]
        files["meta.json"] = self._meta(keys, members, len(documents))
        return {name: _dump(value).encode("utf-8") for name, value in files.items()}

    @staticmethod
    def _meta(keys: list[str], members: dict, documents: int) -> dict:
        return {
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
                kind: sorted(value for k, value in members if k == kind) for kind in FILTERS
            },
            "documents": documents,
        }

    def _previous_digests(self) -> dict[str, str]:
        try:
            kept = json.loads(self.digests_path.read_text())
        except (OSError, ValueError):
            return {}
        return kept.get("files", {}) if kept.get("version") == FORMAT_VERSION else {}

    def _write(self, name: str, data: bytes) -> None:
        # Data files are gzipped (the browser inflates them with DecompressionStream), with no
        # time stamp, so the same documents give the same bytes. A new file is renamed over
        # the old one: a built site that hard-links the old file keeps it.
        if name != "meta.json":
            data = gzip.compress(data, compresslevel=6, mtime=0)
        path = self.folder / _stored_name(name)
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(path.name + ".tmp")
        temporary.write_bytes(data)
        os.replace(temporary, path)


def _stored_name(name: str) -> str:
    return name if name == "meta.json" else name + ".gz"
