"""The Ukrainian grammar: the shapes it shares with Russian, filled with Ukrainian words."""

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
    *slavic_nights.nights("uk.nights", WORDS),
    *slavic.parts("uk.parts", WORDS),
    *slavic.days("uk.days", WORDS),
    *slavic_offsets.offsets("uk.offsets", WORDS),
    *slavic.periods("uk.periods", WORDS),
    *slavic_times.times("uk.times", WORDS),
    *slavic_times.spoken_times("uk.times", WORDS),
    *slavic_modifiers.modifiers("uk.modifiers", WORDS),
    *slavic_times.ranges("uk.ranges", WORDS),
    *slavic_named.holidays("uk.holidays", WORDS["holidays"], WORDS),
    *vague_phrases("uk.vague", WORDS["vague"]),
]

__all__ = ["LEXICON", "RULES"]
