"""What the search page's module does, in Python: to check the export against whoosh fast.

It follows theme/static/js/search.js step for step; the browser tests check that the
module itself agrees with whoosh.
"""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

WORD = re.compile(r"\w+")


class StaticIndex:
    """Read a static export the way the browser does, counting the bytes it fetches."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.fetched: dict[str, int] = {}
        self.meta = self.load("meta.json")
        self.keys = set(self.meta["keys"])
        self.stop = set(self.meta["stopWords"])

    def load(self, name: str):
        if name != "meta.json":
            name += ".gz"
        path = self.folder / name
        if not path.exists():
            return None
        data = path.read_bytes()
        self.fetched[name] = len(data)
        return json.loads(gzip.decompress(data) if name.endswith(".gz") else data)

    def tokens(self, text: str) -> list[str]:
        return [w for w in (word.lower() for word in WORD.findall(text)) if w not in self.stop]

    def shard_of(self, term: str) -> str | None:
        for end in range(len(term), -1, -1):
            if term[:end] in self.keys:
                return term[:end]
        return None

    def shard(self, key: str) -> dict:
        return self.load(f"t/{key.encode().hex() or '_'}.json") or {}

    @staticmethod
    def add_rows(rows, scores):
        for row in rows:
            doc = 0
            for i in range(1, len(row), 2):
                doc += row[i]
                scores[doc] = scores.get(doc, 0) + row[i + 1]

    def word_scores(self, word: str, prefix: bool) -> dict[int, int]:
        scores: dict[int, int] = {}
        if not prefix:
            key = self.shard_of(word)
            if key is not None:
                self.add_rows(self.shard(key).get(word, []), scores)
            return scores
        wanted = {k for k in self.keys if k.startswith(word)}
        own = self.shard_of(word)
        if own is not None:
            wanted.add(own)
        for key in wanted:
            for term, rows in self.shard(key).items():
                if term.startswith(word):
                    self.add_rows(rows, scores)
        return scores

    def search(self, text: str, limit: int = 10, **filters) -> list[str]:
        words = self.tokens(text)
        if not words:
            return []
        per_word = [
            self.word_scores(w, i == len(words) - 1 and len(w) >= self.meta["minPrefix"])
            for i, w in enumerate(words)
        ]
        docs = [d for d in per_word[0] if all(d in s for s in per_word)]
        for kind in ("place", "actor", "tag"):
            if filters.get(kind):
                deltas = self.load(f"f/{kind}/{filters[kind]}.json") or []
                allowed, doc = set(), 0
                for delta in deltas:
                    doc += delta
                    allowed.add(doc)
                docs = [d for d in docs if d in allowed]
        since, until = filters.get("since"), filters.get("until")
        if since or until:
            spans = {}
            for block in {d // self.meta["dateGroup"] for d in docs}:
                spans.update({int(k): v for k, v in (self.load(f"s/{block}.json") or {}).items()})
            low = since.toordinal() if since else float("-inf")
            high = until.toordinal() if until else float("inf")
            docs = [d for d in docs if spans[d][1] >= low and spans[d][0] <= high]
        ranked = sorted(docs, key=lambda d: (-sum(s[d] for s in per_word), d))[:limit]
        cards = {}
        for group in {d // self.meta["docGroup"] for d in ranked}:
            cards.update({int(k): v for k, v in self.load(f"d/{group}.json").items()})
        return [cards[d]["id"] for d in ranked]


def queries_for(ids_and_titles: list[tuple[str, str]]) -> list[str]:
    """Return a query set: whole words, prefixes being typed, several words, numbers."""
    words = []
    for _, title in ids_and_titles:
        words.extend(w for w in WORD.findall(title.lower()) if len(w) > 3)
    chosen = sorted(set(words))[:: max(1, len(set(words)) // 12)][:12]
    return [
        *chosen,
        *(w[:3] for w in chosen[:6]),
        *(f"{a} {b}" for a, b in zip(chosen[:6], chosen[6:12], strict=False)),
    ]
