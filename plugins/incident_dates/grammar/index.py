"""Index a grammar's rules for the chart parser: by their first keys, and per token."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .patterns import Rule


@dataclass(frozen=True, slots=True)
class Closure:
    """What one token stands for under the one-element rules: (key, value, rules, weight,
    phrase) of each item, their keys as a mask, and which of them may begin a longer rule."""

    items: tuple[tuple, ...]
    mask: int
    starters: tuple[int, ...]


class Index:
    """Rules by their first key, with the keys their later elements ask for.

    Sets of keys are kept as bit masks (one bit a key): the parser asks which rules may
    start at a place given the keys after it, and a mask is hashed and compared at once.
    """

    def __init__(self, rules: Iterable[Rule], top_kinds: frozenset):
        self.unary: dict[str, list[Rule]] = {}
        # The rules of two elements or more by their first key, in the order declared
        # (rules are tried in that order, so the same text is always read the same way),
        # with the mask of their second element's keys and those of each later element.
        self._by_first: dict[str, list[tuple[Rule, int, tuple[int, ...]]]] = {}
        self._cache: dict[tuple[str, int, int], list[Rule]] = {}
        # What each token stands for, once the one-element rules have read it: the same
        # words recur in every text.
        self.closures: dict[tuple[str, str], Closure] = {}
        self.pair_starts: set[str] = set()
        # The keys some rule asks for, and those a reading may end as: an item of any
        # other key is never looked at, and a token's closure leaves it out.
        self.used_keys: set[str] = set(top_kinds)
        rules = list(rules)
        for each in rules:
            self.used_keys.update(key for element in each.pattern for key in element.keys)
        self.bits = {key: 1 << number for number, key in enumerate(sorted(self.used_keys))}
        for each in rules:
            for first in each.pattern[0].keys:
                if len(each.pattern) == 1:
                    self.unary.setdefault(first, []).append(each)
                    continue
                self.pair_starts.add(first)
                self._by_first.setdefault(first, []).append(
                    (
                        each,
                        self.mask(each.pattern[1].keys),
                        tuple(self.mask(keys) for keys in each.later),
                    )
                )

    def mask(self, keys: Iterable[str]) -> int:
        """Return the mask of a set of keys (keys no rule asks for have no bit)."""
        mask = 0
        for key in keys:
            mask |= self.bits.get(key, 0)
        return mask

    def candidates(self, key: str, following: int, after: int) -> list[Rule]:
        """Return the rules of two elements or more that may start with an item of `key`,
        given the masks of the keys of the items right after it and of all the items after
        it.

        A rule whose later elements name keys absent from the rest of the text cannot
        match. Answers are kept: texts repeat the same keys.
        """
        found = self._cache.get((key, following, after))
        if found is None:
            found = [
                each
                for each, second, later in self._by_first.get(key, ())
                if second & following and all(keys & after for keys in later)
            ]
            if len(self._cache) < 100_000:
                self._cache[(key, following, after)] = found
        return found
