"""Tell from the sentence around an expression whether it points forward or back in time."""

from __future__ import annotations

import re

PAST = "past"
FUTURE = "future"

# Markers of what is still to come, in English, Russian and Ukrainian.
_FUTURE = re.compile(
    r"\b(?:will|won't|shall|'ll|is (?:expected|scheduled|due|set|slated|planned) to"
    r"|are (?:expected|scheduled|due|set|slated|planned) to|expects? to|plans? to"
    r"|(?:is|are|set|due) to (?:resume|begin|start|open|meet|take|be|hold|return|vote)"
    r"|scheduled (?:for|to)|is going to|are going to|would|next|upcoming|coming"
    r"|будет|будут|планирует|состоится|буде|будуть|відбудеться)\b"
)


def direction(context: str, text: str = "") -> str | None:
    """Return FUTURE when the clause leading up to `text` speaks of what is to come, else PAST.

    Only the words before the expression in its own clause are read (back to the nearest
    ';', ',' or 'that'), since they hold the verb that governs it: "said Friday it would"
    is past, "will meet on Thursday" is future. None when there is no context at all.
    """
    if not context:
        return None
    lowered = context.lower()
    position = lowered.find(text.lower()) if text else -1
    clause = lowered[:position] if position >= 0 else lowered
    clause = re.split(r"[;,:]| that | but | while | when | after | before ", clause)[-1]
    return FUTURE if _FUTURE.search(clause) else PAST
