"""The date grammar: rules and words of each language, and the optional packs.

Each language is a package with one module per family of constructions (days, parts of
the day and nights, offsets, periods, times, holidays, vague references, modifiers,
ranges) and a lexicon; `common` holds what every language shares. A pack is a module
with RULES (and optionally LEXICON and `reinterpret`) that a build may add, such as the
newswire pack of fiscal quarters.
"""

from __future__ import annotations

import importlib
from functools import cache

from . import clock_joins, common, en, events, ru, slavic, uk
from .engine import Grammar, Parse
from .patterns import literal_words, merge

LANGUAGES = {"en": en, "ru": ru, "uk": uk}
PACKS = ("newswire",)


def pack(name: str):
    """Return the module of an optional pack, by name."""
    if name not in PACKS:
        raise ValueError(f"no grammar pack '{name}': the packs are {', '.join(PACKS)}")
    return importlib.import_module(f".packs.{name}", __name__)


@cache
def grammar(packs: tuple[str, ...] = ()) -> Grammar:
    """Return the grammar of every language, with the given packs added."""
    modules = [common, clock_joins, events, *LANGUAGES.values(), *(pack(name) for name in packs)]
    rules = [rule for module in modules for rule in module.RULES] + slavic.SHARED
    lexicon = merge(*(getattr(module, "LEXICON", {}) for module in modules))
    return Grammar(rules, lexicon, own_words(("ru", "uk")))


def own_words(languages: tuple[str, ...]) -> dict[str, frozenset]:
    """Return, for each language, the words of its lexicon and rules the others lack."""
    vocabulary = {}
    for language in languages:
        module = LANGUAGES[language]
        vocabulary[language] = literal_words(module.RULES) | set(module.LEXICON)
    return {
        language: frozenset(
            word
            for word in words
            if not any(word in vocabulary[other] for other in languages if other != language)
        )
        for language, words in vocabulary.items()
    }


__all__ = ["LANGUAGES", "PACKS", "Grammar", "Parse", "grammar", "pack"]
