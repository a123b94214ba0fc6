"""Turn search documents into postings, weights and collection statistics, with no index.

The static export is computed from here, document by document, and so is the whoosh
index's scoring: a term's frequency in a field, the field's length as whoosh stores it (a
byte, exact up to 8 and coarser beyond), the document count, average field lengths and
document frequencies. Documents are numbered in the order they are given, so the same
documents always give the same numbers and the same weights.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from whoosh.util.numeric import byte_to_length, length_to_byte

from .scoring import TEXT_FIELDS, Statistics, tokens

FIELDS = list(TEXT_FIELDS)
FILTERS = {"place": "place_ids", "actor": "actor_ids", "tag": "tag_ids"}


@dataclass(frozen=True)
class Analysis:
    """One document's terms: their frequency per field, and each field's length."""

    terms: dict[str, dict[str, int]]
    lengths: dict[str, int]


def analyse(document: dict) -> Analysis:
    """Return the terms of a document's text fields, as the whoosh analyzer makes them."""
    terms, lengths = {}, {}
    for field in FIELDS:
        words = tokens(document.get(field) or "")
        if words:
            terms[field] = dict(Counter(words))
            lengths[field] = len(words)
    return Analysis(terms, lengths)


def filter_values(document: dict, kind: str) -> list[str]:
    """Return the ids a document's filter field holds ('a,b' holds a and b), once each."""
    values = (value.strip() for value in (document.get(FILTERS[kind]) or "").split(","))
    return list(dict.fromkeys(value for value in values if value))


def collection_statistics(analyses: list[Analysis]) -> Statistics:
    """Return the collection statistics of documents: count, average lengths, frequencies."""
    count = len(analyses)
    totals = dict.fromkeys(FIELDS, 0)
    frequencies: dict[str, Counter] = {field: Counter() for field in FIELDS}
    for analysis in analyses:
        for field, length in analysis.lengths.items():
            totals[field] += length
            frequencies[field].update(analysis.terms[field].keys())
    averages = {field: average_length(totals[field], count) for field in FIELDS}
    return Statistics(count, averages, {field: dict(frequencies[field]) for field in FIELDS})


def average_length(total: int, count: int) -> float:
    """Return a field's average length, to two significant digits.

    Rounded, it stays the same when one document changes, and so do the weights of every
    other document: a changed narrative rewrites the shards of its own words only. (BM25
    is not sensitive to a few per cent of the average.)
    """
    return (float(f"{total / count:.2g}") or 1.0) if count else 1.0


def stored_length(length: int) -> int:
    """Return a field length as whoosh stores it, and scores with it."""
    return byte_to_length(length_to_byte(length))


def postings(analyses: list[Analysis], stats: Statistics) -> dict[str, list[list[int]]]:
    """Return each term's postings: per field it occurs in, [field, doc delta, weight, …].

    Weights are BM25F in 1/SCALE units, as the whoosh index scores them (Statistics.weigher),
    fields in FIELDS order and documents in order within a field.
    """
    rows: dict[str, list[list[int]]] = {}
    for number, field in enumerate(FIELDS):
        # A term's row in this field, its weigher, and the last document added to it.
        open_rows: dict[str, list[int]] = {}
        weighers: dict[str, Callable[[float, int], int]] = {}
        last: dict[str, int] = {}
        for docnum, analysis in enumerate(analyses):
            terms = analysis.terms.get(field)
            if not terms:
                continue
            length = stored_length(analysis.lengths[field])
            for term, frequency in terms.items():
                row = open_rows.get(term)
                if row is None:
                    row = open_rows[term] = [number]
                    rows.setdefault(term, []).append(row)
                    weighers[term] = stats.weigher(field, term)
                row.append(docnum - last.get(term, 0))
                row.append(weighers[term](frequency, length))
                last[term] = docnum
    return rows
