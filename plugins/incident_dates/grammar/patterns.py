"""Declare rules and lexicons: patterns of literal words and kinds of item, and words."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

# Literal words and punctuation are keyed with this prefix, so that no word ('day',
# 'night') is ever taken for the kind of item of the same name.
WORD = "'"


@dataclass(frozen=True, slots=True)
class Element:
    """One position of a concrete pattern: the keys it accepts, and its argument slot."""

    keys: frozenset
    slot: int | None


@dataclass(frozen=True, slots=True)
class Rule:
    """A named pattern, the function that builds its value, and the key of what it builds.

    `later` holds the keys of the elements after the second (all must occur in the text
    for the rule to match), `slot_map` the (position, argument) of each element whose value
    the builder receives; `phrase` tells a rule of literal words only ('one day').
    """

    name: str
    pattern: tuple[Element, ...]
    build: Callable
    slots: int
    produces: str | None
    priority: int
    later: tuple[frozenset, ...]
    slot_map: tuple[tuple[int, int], ...]
    phrase: bool


def rule(
    name: str,
    pattern: str,
    build: Callable,
    produces: str | None = None,
    priority: int = 0,
) -> list[Rule]:
    """Declare a rule; return its concrete patterns (one per choice of optional elements).

    `pattern` is words separated by spaces: `night`, `night|nights` (either), `<day>` (an
    item of that kind; `<day|month>` either), a trailing `?` for an optional element. The
    builder receives the values of the `<…>` elements in order (None for one left out),
    and returns the new item's value, or None to refuse the match.
    """
    elements = []
    slot = 0
    for part in pattern.split():
        optional = part.endswith("?")
        part = part.rstrip("?")
        is_kind = part.startswith("<")
        alternatives = part.strip("<>").split("|")
        keys = frozenset(alternatives if is_kind else (WORD + word for word in alternatives))
        elements.append((keys, slot if is_kind else None, optional))
        slot += is_kind
    optional_positions = [i for i, element in enumerate(elements) if element[2]]
    rules = []
    for kept in itertools.product((True, False), repeat=len(optional_positions)):
        dropped = {p for p, keep in zip(optional_positions, kept, strict=True) if not keep}
        concrete = tuple(
            Element(keys, slot) for i, (keys, slot, _) in enumerate(elements) if i not in dropped
        )
        if concrete:
            later = tuple(element.keys for element in concrete[2:])
            slot_map = tuple(
                (position, element.slot)
                for position, element in enumerate(concrete)
                if element.slot is not None
            )
            phrase = not slot_map and all(
                key.startswith(WORD) for element in concrete for key in element.keys
            )
            rules.append(
                Rule(name, concrete, build, slot, produces, priority, later, slot_map, phrase)
            )
    return rules


def rules(prefix: str, *specs: tuple) -> list[Rule]:
    """Declare a module's rules: each spec is (name, pattern, build[, produces[, priority]]).

    Besides `rule`'s syntax, a pattern may hold phrases in brackets: `[в течение|за]` is
    either phrase, `[…]?` also none.
    """
    declared = []
    for name, pattern, build, *rest in specs:
        produces = rest[0] if rest else None
        priority = rest[1] if len(rest) > 1 else 0
        for concrete in expand_phrases(pattern):
            declared.extend(rule(f"{prefix}.{name}", concrete, build, produces, priority))
    return declared


_PHRASES = re.compile(r"\[([^\]]*)\](\??)")


def expand_phrases(pattern: str) -> list[str]:
    """Return the patterns a pattern with bracketed phrases stands for."""
    match = _PHRASES.search(pattern)
    if not match:
        return [" ".join(pattern.split())]
    choices = match[1].split("|") + ([""] if match[2] else [])
    return [
        expanded
        for choice in dict.fromkeys(choices)
        for expanded in expand_phrases(pattern[: match.start()] + choice + pattern[match.end() :])
    ]


def literal_words(declared: Iterable[Rule]) -> frozenset[str]:
    """Return every word the rules name literally."""
    return frozenset(
        key[len(WORD) :]
        for each in declared
        for element in each.pattern
        for key in element.keys
        if key.startswith(WORD)
    )


def compounds(
    numbers: Mapping[int, str], units: Mapping[str, tuple[str, tuple[str, ...]]]
) -> dict[tuple[int, str], str]:
    """Return the forms of lengths said in one word, number and unit joined («шестилетнего»):
    for each number's stem, and each unit's stem with its endings, (count, unit) -> forms."""
    return {
        (n, unit): " ".join(f"{number}{stem}{ending}" for ending in endings)
        for n, number in numbers.items()
        for unit, (stem, endings) in units.items()
    }


def containing(table: Mapping[object, str], part: str) -> dict[object, str]:
    """Return the forms of each value that hold `part`, dropping values left with none."""
    found = {
        value: " ".join(f for f in forms.split() if part in f) for value, forms in table.items()
    }
    return {value: forms for value, forms in found.items() if forms}


def words(category: str, table: Mapping[object, str]) -> dict[str, list[tuple[str, object]]]:
    """Return lexicon entries: every space-separated form in `table[value]` means `value`."""
    entries: dict[str, list[tuple[str, object]]] = {}
    for value, forms in table.items():
        for form in forms.split():
            entries.setdefault(form, []).append((category, value))
    return entries


def merge(*lexicons: Mapping[str, list]) -> dict[str, list[tuple[str, object]]]:
    """Merge lexicons: a form may have several meanings."""
    merged: dict[str, list[tuple[str, object]]] = {}
    for lexicon in lexicons:
        for form, meanings in lexicon.items():
            bucket = merged.setdefault(form, [])
            bucket.extend(meaning for meaning in meanings if meaning not in bucket)
    return merged
