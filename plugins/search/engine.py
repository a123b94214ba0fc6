"""The whoosh index of the archive: schema, scoring, and the queries of `invoke search`.

Scores are BM25F, computed per field with a field boost and rounded to multiples of
1/1024, so that a document's score is a sum of exact binary fractions: whoosh and the
browser's search module add the same numbers and rank every document the same way, in
any order of addition. The static export does not read this index: it is computed from
the documents themselves (`postings.py`). A build keeps its documents beside the index,
and the index is built from them, afresh, when a query finds them changed: the same
documents always give the same numbers and the same ranking.
"""

from __future__ import annotations

import json
import math
import os
import pickle
import shutil
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.analysis import LowercaseFilter, RegexTokenizer, StopFilter
from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema
from whoosh.filedb.filestore import FileStorage
from whoosh.query import And, NullQuery, NumericRange, Or, Prefix, Term
from whoosh.scoring import BaseScorer, WeightingModel

from .postings import analyse, collection_statistics
from .scoring import (
    MIN_PREFIX,
    MIN_TOKEN,
    SCALE,
    STOP_WORDS,
    TEXT_FIELDS,
    TOKEN_PATTERN,
    Statistics,
    tokens,
)

SCHEMA_VERSION = 4


def analyzer():
    """Split on word characters, lower-case, drop stop words: the browser does the same."""
    return (
        RegexTokenizer(TOKEN_PATTERN)
        | LowercaseFilter()
        | StopFilter(stoplist=STOP_WORDS, minsize=MIN_TOKEN)
    )


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
            self.weigh = statistics.weigher(fieldname, term)
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
    """The whoosh index in a folder, with its statistics and the documents it indexes."""

    def __init__(self, folder: Path):
        self.folder = folder
        # The documents of the last build, and their ids and hashes in order.
        self.documents_path = folder / "documents.pickle"
        self.kept_path = folder / "documents.json"
        # The whoosh index, built from them when a query needs it.
        self.index_folder = folder / "whoosh"
        self.stats_path = self.index_folder / "statistics.pickle"
        # Each indexed document's id and content hash, in order: what the index holds.
        self.hashes_path = self.index_folder / "hashes.json"

    def exists(self) -> bool:
        """Tell whether the whoosh index is there, written by this version."""
        version = self.index_folder / "version"
        return (
            whoosh_index.exists_in(self.index_folder)
            and self.stats_path.exists()
            and self.hashes_path.exists()
            and version.exists()
            and version.read_text() == str(SCHEMA_VERSION)
        )

    def open(self):
        return whoosh_index.open_dir(self.index_folder)

    def statistics(self) -> Statistics:
        return Statistics.load(self.stats_path)

    def keep(self, documents: list[dict]) -> bool:
        """Keep a build's documents for the index to be built from; tell whether they changed."""
        order = _order(documents)
        if _read_json(self.kept_path) == order and self.documents_path.exists():
            return False
        self.folder.mkdir(parents=True, exist_ok=True)
        temporary = self.documents_path.with_name(self.documents_path.name + ".tmp")
        with temporary.open("wb") as file:
            pickle.dump(documents, file, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, self.documents_path)
        self.kept_path.write_text(json.dumps(order))
        return True

    def has_documents(self) -> bool:
        """Tell whether a build has kept documents here."""
        return self.documents_path.exists() and self.kept_path.exists()

    def refresh(self) -> bool:
        """Build the index from the documents the last build kept, if they changed since.

        Return whether it was built.
        """
        if not self.has_documents():
            return False
        if self.exists() and _read_json(self.hashes_path) == _read_json(self.kept_path):
            return False
        with self.documents_path.open("rb") as file:
            # Written by our own build from the checked archive, never by a contributor.
            documents = pickle.load(file)
        return self.update(documents)

    def rebuild(self, documents: list[dict]) -> None:
        """Index every document afresh and freeze the statistics."""
        shutil.rmtree(self.index_folder, ignore_errors=True)
        self.index_folder.mkdir(parents=True)
        if len(documents) < PARALLEL_FROM:
            index = whoosh_index.create_in(self.index_folder, schema())
            _index_into(index, documents)
        else:
            index = self._rebuild_in_parts(documents)
        index.close()
        # The statistics the static export weighs with, computed the same way.
        collection_statistics([analyse(d) for d in documents]).save(self.stats_path)
        self.hashes_path.write_text(json.dumps(_order(documents)))
        (self.index_folder / "version").write_text(str(SCHEMA_VERSION))

    def _rebuild_in_parts(self, documents: list[dict]):
        """Index two halves in two processes, then join their segments in order.

        The first half's documents keep numbers 0…n-1 and the second's follow: the same
        documents always get the same numbers, the numbers of the static export.
        """
        middle = len(documents) // 2
        parts = [self.index_folder / ".part-0", self.index_folder / ".part-1"]
        with ProcessPoolExecutor(max_workers=2) as pool:
            list(pool.map(_index_part, parts, [documents[:middle], documents[middle:]]))
        segments = []
        for part in parts:
            segments.extend(whoosh_index.open_dir(part)._read_toc().segments)
            for file in part.iterdir():
                if not file.name.endswith((".toc", ".lock")):
                    file.rename(self.index_folder / file.name)
            shutil.rmtree(part)
        storage = FileStorage(str(self.index_folder))
        whoosh_index.TOC(schema(), segments, 1).write(storage, whoosh_index._DEF_INDEX_NAME)
        return whoosh_index.open_dir(self.index_folder)

    def update(self, documents: list[dict]) -> bool:
        """Bring the index in line with `documents`: built afresh if any document changed.

        Return whether it was built. (Updating it in place would save time, but leave
        document numbers that are not the export's.)
        """
        if self.exists() and _read_json(self.hashes_path) == _order(documents):
            return False
        self.rebuild(documents)
        return True


def _order(documents: list[dict]) -> list[list[str]]:
    return [[document["id"], document["hash"]] for document in documents]


def _read_json(path: Path):
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return None


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
    """Return the top results: each result card with its score and document number.

    The index is first brought in line with the documents the last build kept.
    """
    search_index.refresh()
    index = search_index.open()
    weighting = StoredBM25F(search_index.statistics())
    with index.searcher(weighting=weighting) as searcher:
        results = searcher.search(build_query(text), limit=limit, filter=build_filter(**filters))
        return [{**hit["card"], "score": hit.score, "docnum": hit.docnum} for hit in results]
