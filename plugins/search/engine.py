"""The whoosh index of the archive: schema, scoring, incremental updates and queries.

Scores are BM25F, computed per field with a field boost and rounded to multiples of
1/1024, so that a document's score is a sum of exact binary fractions: whoosh and the
browser's search module add the same numbers and rank every document the same way, in
any order of addition. The collection statistics that BM25F needs (document count,
average field lengths, document frequencies) are computed when the index is built and
kept beside it. The index is built afresh whenever a document changed, so the same
documents always give the same numbers, the same ranking and the same static export.
"""

from __future__ import annotations

import json
import math
import pickle
import re
import shutil
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.analysis import LowercaseFilter, RegexTokenizer, StopFilter
from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema
from whoosh.filedb.filestore import FileStorage
from whoosh.query import And, NullQuery, NumericRange, Or, Prefix, Term
from whoosh.scoring import BaseScorer, WeightingModel

SCHEMA_VERSION = 3
# Field boosts: a word in a title or a place name says more than one in the narrative.
TEXT_FIELDS = {
    "title": 3.0,
    "summary": 2.0,
    "place": 2.0,
    "actors": 2.0,
    "tags": 1.5,
    "claims": 1.0,
    "body": 1.0,
    "outlets": 1.0,
    "dates": 1.0,
}
K1 = 1.2
B = 0.75
SCALE = 1024  # scores are multiples of 1/SCALE
TOKEN_PATTERN = r"\w+"
STOP_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "for",
        "from",
        "if",
        "in",
        "is",
        "it",
        "of",
        "on",
        "or",
        "that",
        "the",
        "this",
        "to",
        "was",
        "were",
        "with",
    ]
)
MIN_TOKEN = 1
MIN_PREFIX = 2
# Beyond this share of changed documents, a full rebuild is cheaper and refreshes statistics.


def analyzer():
    """Split on word characters, lower-case, drop stop words: the browser does the same."""
    return (
        RegexTokenizer(TOKEN_PATTERN)
        | LowercaseFilter()
        | StopFilter(stoplist=STOP_WORDS, minsize=MIN_TOKEN)
    )


_WORD = re.compile(TOKEN_PATTERN)


def tokens(text: str) -> list[str]:
    """Return the terms of a text, as analyzer() makes them (a faster path to the same)."""
    # Split, then lower-case, as the analyzer does: lower() can split a word ('İ').
    lowered = (word.lower() for word in _WORD.findall(text))
    return [word for word in lowered if word not in STOP_WORDS]


def schema() -> Schema:
    """Return the index schema: the text fields, the filters and what results show."""
    text_fields = {name: TEXT(analyzer=analyzer()) for name in TEXT_FIELDS}
    return Schema(
        id=ID(unique=True, stored=True),
        hash=STORED(),
        card=STORED(),
        filters=STORED(),
        place_ids=KEYWORD(commas=True),
        actor_ids=KEYWORD(commas=True),
        tag_ids=KEYWORD(commas=True),
        start=NUMERIC(int, bits=32, stored=True),
        end=NUMERIC(int, bits=32, stored=True),
        **text_fields,
    )


INDEXED_FIELDS = frozenset(schema().names())


def weight(idf: float, tf: float, length: int, average: float, boost: float) -> int:
    """Return a term's BM25F weight in a field of a document, in 1/SCALE units."""
    norm = tf + K1 * ((1 - B) + B * length / average)
    return round(idf * (tf * (K1 + 1)) / norm * boost * SCALE)


def idf(documents: int, frequency: int) -> float:
    """Return the inverse document frequency of a term found in `frequency` documents."""
    return math.log(documents / (frequency + 1)) + 1


@dataclass(frozen=True)
class Statistics:
    """The collection statistics of the index, computed when it was built.

    `frequencies` holds each term's document frequency per field; a term that appeared
    since (only in updated documents) counts the documents it is in now.
    """

    documents: int
    average_lengths: dict[str, float]
    frequencies: dict[str, dict[str, int]]

    def frequency(self, field: str, text: str) -> int:
        """Return how many documents have a term in a field."""
        return self.frequencies.get(field, {}).get(text, 0)

    # The one computation the whoosh scorer and the static export share.
    def weigher(self, reader, field: str, text: str) -> Callable[[float, int], int]:
        """Return a term's weight in `field` as a function of (tf, field length), as scored."""
        term_idf = idf(self.documents, self.frequency(field, text))
        average = self.average_lengths.get(field) or 1.0
        boost = TEXT_FIELDS[field]
        return lambda tf, length: weight(term_idf, tf, length, average, boost)

    def save(self, path: Path) -> None:
        with path.open("wb") as file:
            pickle.dump((self.documents, self.average_lengths, self.frequencies), file)

    @classmethod
    def load(cls, path: Path) -> Statistics:
        with path.open("rb") as file:
            return cls(*pickle.load(file))


class StoredBM25F(WeightingModel):
    """BM25F with field boosts and the index's stored statistics, rounded to 1/SCALE."""

    use_final = False

    def __init__(self, statistics: Statistics):
        self.statistics = statistics

    def scorer(self, searcher, fieldname, text, qf=1):
        return _Scorer(self.statistics, searcher, fieldname, text)


class _Scorer(BaseScorer):
    def __init__(self, statistics: Statistics, searcher, fieldname: str, text: bytes):
        self.searcher = searcher
        self.fieldname = fieldname
        if fieldname in TEXT_FIELDS:
            term = text.decode("utf-8") if isinstance(text, bytes) else text
            self.weigh = statistics.weigher(searcher.get_parent(), fieldname, term)
        else:
            # Filters (ids, day numbers) match or not; they add nothing to a score.
            self.weigh = lambda tf, length: 0

    def supports_block_quality(self) -> bool:
        return False

    def max_quality(self) -> float:
        # whoosh drops parts of a query whose bound is below the tenth result's score, and
        # bounds a union of terms by its best term, not their sum: that would lose documents
        # whose words add up. No bound keeps the top ten exact.
        return math.inf

    def score(self, matcher) -> float:
        length = self.searcher.doc_field_length(matcher.id(), self.fieldname, 1)
        return self.weigh(matcher.weight(), length) / SCALE


# From this many documents, two processes index a half each (the machines have two cores).
PARALLEL_FROM = 4000


def _index_into(index, documents: list[dict]) -> None:
    writer = index.writer(limitmb=256)
    for document in documents:
        writer.add_document(**_fields(document))
    writer.commit(optimize=True)


def _index_part(folder: Path, documents: list[dict]) -> None:
    """Index some documents into an index of their own, in a worker process."""
    folder.mkdir(parents=True)
    _index_into(whoosh_index.create_in(folder, schema()), documents)


class SearchIndex:
    """The whoosh index in a folder, with its statistics beside it."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.stats_path = folder / "statistics.pickle"
        # Each document's content hash, to find what changed without reading the index.
        self.hashes_path = folder / "hashes.json"

    def exists(self) -> bool:
        version = self.folder / "version"
        return (
            whoosh_index.exists_in(self.folder)
            and self.stats_path.exists()
            and self.hashes_path.exists()
            and version.exists()
            and version.read_text() == str(SCHEMA_VERSION)
        )

    def open(self):
        return whoosh_index.open_dir(self.folder)

    def statistics(self) -> Statistics:
        return Statistics.load(self.stats_path)

    def rebuild(self, documents: list[dict]) -> None:
        """Index every document afresh and freeze the statistics."""
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder.mkdir(parents=True)
        if len(documents) < PARALLEL_FROM:
            index = whoosh_index.create_in(self.folder, schema())
            _index_into(index, documents)
        else:
            index = self._rebuild_in_parts(documents)
        with index.reader() as reader:
            count = reader.doc_count_all()
            averages = {
                name: (reader.field_length(name) / count if count else 1.0) or 1.0
                for name in TEXT_FIELDS
            }
            frequencies = {
                name: {
                    term.decode("utf-8"): reader.doc_frequency(name, term)
                    for term in reader.lexicon(name)
                }
                for name in TEXT_FIELDS
            }
        Statistics(count, averages, frequencies).save(self.stats_path)
        self._save_hashes({document["id"]: document["hash"] for document in documents})
        (self.folder / "version").write_text(str(SCHEMA_VERSION))

    def _rebuild_in_parts(self, documents: list[dict]):
        """Index two halves in two processes, then join their segments in order.

        The first half's documents keep numbers 0…n-1 and the second's follow: the same
        documents always get the same numbers, so the export is the same bytes.
        """
        middle = len(documents) // 2
        parts = [self.folder / ".part-0", self.folder / ".part-1"]
        with ProcessPoolExecutor(max_workers=2) as pool:
            list(pool.map(_index_part, parts, [documents[:middle], documents[middle:]]))
        segments = []
        for part in parts:
            segments.extend(whoosh_index.open_dir(part)._read_toc().segments)
            for file in part.iterdir():
                if not file.name.endswith((".toc", ".lock")):
                    file.rename(self.folder / file.name)
            shutil.rmtree(part)
        storage = FileStorage(str(self.folder))
        whoosh_index.TOC(schema(), segments, 1).write(storage, whoosh_index._DEF_INDEX_NAME)
        return whoosh_index.open_dir(self.folder)

    def _save_hashes(self, hashes: dict[str, str]) -> None:
        self.hashes_path.write_text(json.dumps({"hashes": hashes}, sort_keys=True))

    def update(self, documents: list[dict]) -> bool:
        """Bring the index in line with `documents`: built afresh if any document changed.

        Return whether it was built. (Updating it in place would save time, but leave
        document numbers and statistics that depend on the order of past edits.)
        """
        if self.exists():
            indexed = json.loads(self.hashes_path.read_text()).get("hashes", {})
            if indexed == {document["id"]: document["hash"] for document in documents}:
                return False
        self.rebuild(documents)
        return True


def _fields(document: dict) -> dict:
    return {key: value for key, value in document.items() if key in INDEXED_FIELDS}


def build_query(text: str):
    """Return the query for what a reader typed: every word, the last one as a prefix too.

    Each word must match in some field; the last word matches every term it begins (while
    the reader is still typing it) when it has at least MIN_PREFIX characters.
    """
    words = tokens(text)
    if not words:
        return NullQuery
    parts = [Or([Term(name, word) for name in TEXT_FIELDS]) for word in words[:-1]]
    last = words[-1]
    if len(last) >= MIN_PREFIX:
        parts.append(Or([Prefix(name, last, constantscore=False) for name in TEXT_FIELDS]))
    else:
        parts.append(Or([Term(name, last) for name in TEXT_FIELDS]))
    return And(parts) if len(parts) > 1 else parts[0]


def build_filter(
    place: str = "", actor: str = "", tag: str = "", since: date | None = None,
    until: date | None = None,
):  # fmt: skip
    """Return the filter of the search page's fields, or None: dates keep overlapping spans."""
    parts = []
    if place:
        parts.append(Term("place_ids", place))
    if actor:
        parts.append(Term("actor_ids", actor))
    if tag:
        parts.append(Term("tag_ids", tag))
    if since:
        parts.append(NumericRange("end", since.toordinal(), None))
    if until:
        parts.append(NumericRange("start", None, until.toordinal()))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else And(parts)


def search(search_index: SearchIndex, text: str, limit: int = 10, **filters) -> list[dict]:
    """Return the top results: each result card with its score and document number."""
    index = search_index.open()
    weighting = StoredBM25F(search_index.statistics())
    with index.searcher(weighting=weighting) as searcher:
        results = searcher.search(build_query(text), limit=limit, filter=build_filter(**filters))
        return [{**hit["card"], "score": hit.score, "docnum": hit.docnum} for hit in results]
