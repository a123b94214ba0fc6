"""Index a grammar's rules for the chart parser: by their first keys, and per token."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .patterns import Rule


@dataclass(frozen=True, slots=True)
class Closure:
    """What one token stands for under the one-element rules: (key, value, rules, weight,
    phrase) of each item, their keys, and which of them may begin a longer rule."""

    items: tuple[tuple, ...]
    keys: frozenset
    starters: tuple[int, ...]


class Index:
    """Rules by their first key (one-element rules) and by their first two keys."""

    def __init__(self, rules: Iterable[Rule], top_kinds: frozenset):
        self.unary: dict[str, list[Rule]] = {}
        self.by_pair: dict[tuple[str, str], list[Rule]] = {}
        self._cache: dict[tuple[str, frozenset, frozenset], list[Rule]] = {}
        # What each token stands for, once the one-element rules have read it: the same
        # words recur in every text.
        self.closures: dict[tuple[str, str], Closure] = {}
        # Rules are tried in the order they are declared, whatever the order of a set of
        # keys: the same text is always read the same way.
        self.order = {}
        self.pair_starts: set[str] = set()
        # The keys some rule asks for, and those a reading may end as: an item of any
        # other key is never looked at, and a token's closure leaves it out.
        self.used_keys: set[str] = set(top_kinds)
        for each in rules:
            self.used_keys.update(key for element in each.pattern for key in element.keys)
            self.order.setdefault(id(each), len(self.order))
            for first in each.pattern[0].keys:
                if len(each.pattern) == 1:
                    self.unary.setdefault(first, []).append(each)
                    continue
                self.pair_starts.add(first)
                for second in each.pattern[1].keys:
                    self.by_pair.setdefault((first, second), []).append(each)

    def candidates(self, key: str, following: frozenset, after: frozenset) -> list[Rule]:
        """Return the rules of two elements or more that may start with an item of `key`,
        given the keys of the items right after it and of all the items after it.

        A rule whose later elements name keys absent from the rest of the text cannot
        match. Answers are kept: texts repeat the same keys.
        """
        found = self._cache.get((key, following, after))
        if found is None:
            rules = []
            for second in following:
                rules.extend(self.by_pair.get((key, second), ()))
            found = [
                each
                for each in sorted(dict.fromkeys(rules), key=lambda each: self.order[id(each)])
                if not _missing(each.later, after)
            ]
            if len(self._cache) < 100_000:
                self._cache[(key, following, after)] = found
        return found


def _missing(later: tuple[frozenset, ...], after: frozenset) -> bool:
    """Tell whether some element of a rule names only keys the rest of the text lacks."""
    # A plain loop: this runs for every candidate rule, and a generator costs more here.
    for keys in later:  # noqa: SIM110
        if keys.isdisjoint(after):
            return True
    return False
