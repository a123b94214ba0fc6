"""The rules of one language of the two that share the Slavic shapes: each family's shapes
filled with that language's words, named after it ('ru.nights.night-into')."""

from __future__ import annotations

from . import (
    slavic,
    slavic_lengths,
    slavic_modifiers,
    slavic_named,
    slavic_nights,
    slavic_offsets,
    slavic_times,
)
from .events import vague_phrases


def language_rules(language: str, words: dict) -> list:
    """Return every rule of `language` ('ru' or 'uk'), its shapes filled with `words`."""
    return [
        *slavic_nights.nights(f"{language}.nights", words),
        *slavic.parts(f"{language}.parts", words),
        *slavic.days(f"{language}.days", words),
        *slavic_offsets.offsets(f"{language}.offsets", words),
        *slavic_lengths.lengths(f"{language}.offsets", words),
        *slavic.periods(f"{language}.periods", words),
        *slavic_times.times(f"{language}.times", words),
        *slavic_times.spoken_times(f"{language}.times", words),
        *slavic_modifiers.modifiers(f"{language}.modifiers", words),
        *slavic_times.ranges(f"{language}.ranges", words),
        *slavic_named.holidays(f"{language}.holidays", words["holidays"], words),
        *vague_phrases(f"{language}.vague", words["vague"]),
    ]
