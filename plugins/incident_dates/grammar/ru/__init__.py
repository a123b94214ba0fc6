"""The Russian grammar: the shapes it shares with Ukrainian, filled with Russian words."""

from .. import (
    slavic,
    slavic_modifiers,
    slavic_named,
    slavic_nights,
    slavic_offsets,
    slavic_times,
)
from ..events import vague_phrases
from .lexicon import LEXICON
from .words import WORDS

RULES = [
    *slavic_nights.nights("ru.nights", WORDS),
    *slavic.parts("ru.parts", WORDS),
    *slavic.days("ru.days", WORDS),
    *slavic_offsets.offsets("ru.offsets", WORDS),
    *slavic.periods("ru.periods", WORDS),
    *slavic_times.times("ru.times", WORDS),
    *slavic_times.spoken_times("ru.times", WORDS),
    *slavic_modifiers.modifiers("ru.modifiers", WORDS),
    *slavic_times.ranges("ru.ranges", WORDS),
    *slavic_named.holidays("ru.holidays", WORDS["holidays"], WORDS),
    *vague_phrases("ru.vague", WORDS["vague"]),
]

__all__ = ["LEXICON", "RULES"]
