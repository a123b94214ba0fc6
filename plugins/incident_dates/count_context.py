"""Words around a count of time that change what it is: a length back to now ("the worst
in eight decades"), or a day before the subject ("the shelling came a day after …")."""

from __future__ import annotations

import re

from .tense import clause_before, has_future_marker, locate, past_in_sentence

# "The worst in eight decades", "for the first time in months": a superlative before "in
# N years" measures back over that span.
_SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:(?!(?:west|rest|test|best|interest|protest|arrest|forest|harvest|request|contest)\b)"
    r"[a-z]{2,}est|best|first|only|most|least|worst|biggest"
    # "The fourth terror attack in the UK in three months": an ordinal counts back too.
    r"|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest)\b"
    r"(?:\W+[\w'-]+){0,6}\W*$"
)


# «Поиски заняли около двух часов», «спасатели уже около 12 часов ликвидируют»: a verb
# of lasting (or «уже», "for … already") up to four words before a count of hours.
_LASTED_BEFORE = re.compile(
    r"(?:\bуже|\bзаня(?:л|ла|ло|ли)|\bдлил\w*|\bпродолжал\w*|\bпробы(?:л|ла|ло|ли)"
    r"|\bпров[её]л\w*|\bпотребовал\w*|\bушл[оиа]|\bтянул\w*|\bзайня(?:в|ла|ло|ли)"
    r"|\bтрива\w*|\bпробу(?:в|ла|ло|ли)|\bпровів|\bпровел[аои]|\bзнадоби\w*)"
    r"(?:\s+[\w-]+){0,4}\s*$"
)


def lasted(context: str, text: str) -> bool:
    """Tell whether a count of hours is told as how long something lasted, not a clock."""
    lowered, position = locate(context, text)
    return position > 0 and bool(_LASTED_BEFORE.search(lowered[:position]))


# "In two months of bombardment": what the span is of follows it.
_SPAN_OF_AFTER = re.compile(r"\s+of\s+(?!time\b|the\s+(?:year|month)\b)[a-z]")
# "No derailment of this kind in 50 years": a negation before it measures back too.
_NEGATION_BEFORE = re.compile(r"\b(?:no|not|never|nobody|none|n't)\b(?:\W+[\w'-]+){0,8}\W*$")


# "The shelling came a day after …", "the attack comes just four days after …": the
# subject, the story's event, follows what the words after the count name.
_CAME_BEFORE = re.compile(r"\b(?:came|comes|come|coming|followed|follows)(?:\s+[a-z]+){0,2}\s*$")


_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|being)\s+followed\b")


def follows_what_it_names(context: str, text: str) -> bool:
    """Tell whether "N units after" is told of the subject that came after what it names:
    "the shelling came a day after the RSF was accused", a clause after it, not a noun
    ("rescuers came a day after the shelling", of the rescuers), nor a passive."""
    lowered, position = locate(context, text)
    if position <= 0:
        return False
    before = lowered[:position]
    after = lowered[position + len(text) :]
    return (
        bool(_CAME_BEFORE.search(before))
        and not _PASSIVE_BEFORE.search(before)
        and past_in_sentence(after)
    )


def measures_back(context: str, text: str) -> bool:
    """Tell whether the words around `text` make "in N units" a length, not a day ahead.

    A superlative or a negation before it ("the worst in eight decades", "has not
    rained in 50 years") measures back up to now; "of" after it names what lasted ("in
    two months of bombardment").
    """
    lowered, position = locate(context, text)
    if position < 0:
        return False
    before, after = lowered[:position], lowered[position + len(text) :]
    own = clause_before(context, text)
    return bool(
        _SUPERLATIVE_BEFORE.search(before)
        or (_NEGATION_BEFORE.search(own) and not has_future_marker(own))
        or _SPAN_OF_AFTER.match(after)
    )
