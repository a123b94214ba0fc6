"""What a search scores: the fields and their boosts, terms, BM25F weights, statistics.

Pure Python, shared by the static export (`postings.py`, `export.py`) and the whoosh
index (`engine.py`): both weigh a term with `weight`, so the browser and `invoke search`
add the same integers.
"""

from __future__ import annotations

import math
import pickle
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

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


_WORD = re.compile(TOKEN_PATTERN)


def tokens(text: str) -> list[str]:
    """Return the terms of a text, as analyzer() makes them (a faster path to the same)."""
    # Split, then lower-case, as the analyzer does: lower() can split a word ('İ').
    lowered = (word.lower() for word in _WORD.findall(text))
    return [word for word in lowered if word not in STOP_WORDS]


def weight(idf: float, tf: float, length: int, average: float, boost: float) -> int:
    """Return a term's BM25F weight in a field of a document, in 1/SCALE units."""
    norm = tf + K1 * ((1 - B) + B * length / average)
    return round(idf * (tf * (K1 + 1)) / norm * boost * SCALE)


def idf(documents: int, frequency: int) -> float:
    """Return the inverse document frequency of a term found in `frequency` documents."""
    return math.log(documents / (frequency + 1)) + 1


@dataclass(frozen=True)
class Statistics:
    """The collection statistics of the documents: their number, average field lengths
    (rounded, so that one changed document leaves the others' weights alone) and each
    term's document frequency per field, as the export and the whoosh index weigh them."""

    documents: int
    average_lengths: dict[str, float]
    frequencies: dict[str, dict[str, int]]

    def frequency(self, field: str, text: str) -> int:
        """Return how many documents have a term in a field."""
        return self.frequencies.get(field, {}).get(text, 0)

    # The one computation the whoosh scorer and the static export share.
    def weigher(self, field: str, text: str) -> Callable[[float, int], int]:
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
