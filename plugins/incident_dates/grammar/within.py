"""A date named within words that mean nothing to dates: "told reporters Tuesday",
"during Friday prayers", «вернулись сегодня», «Дата 22 вересня».

Copied spans carry the verb or the noun beside the date. When no reading covers the
whole text, the longest reading is kept if every word left out is one no rule or lexicon
knows (nor an event's noun, nor a number), and if none of them could be what the reading
counts from: «накануне выборов» is the eve of the elections, not of the report, and
stays refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .events import EVENT_NOUNS, NAMING_WORDS
from .tokens import Token

# Words after which the next word is what they count from or belong to: "after [the
# storming]", «накануне [приговора]», «в день [разгрома]». A reading that ends with one
# leaves out its object, not a word beside it.
_OBJECT_TAKING_WORDS = (
    "after before following since until till of ahead prior to from into by than "
    "day days eve "
    "накануне после до перед спустя через с со от к ко по для "
    "день дня дни дней днём днем ночь ночи "
    "напередодні після через з із зі від дні днів ніч ночі"
)
OBJECT_TAKING_WORDS = frozenset(_OBJECT_TAKING_WORDS.split())


MAX_PASSED_OVER = 8
# Words that turn a date into its opposite, or into a condition: "except Tuesday", «ни в
# субботу», «якщо в суботу» are never the day named.
_DENYING_WORDS = (
    "not no never neither nor without except excluding instead unless if whether "
    "не ни ні без кроме вместо если крім замість якщо"
)
DENYING_WORDS = frozenset(_DENYING_WORDS.split())


@dataclass(frozen=True)
class Within:
    """The reading of a date found within words, and the words it passed over."""

    value: object
    rules: tuple[str, ...]
    passed_over: tuple[str, ...]


def reading_within(
    tokens: list[Token], chart: list[list], top_kinds: frozenset, known_words, is_filler
) -> Within | None:
    """Return the longest reading whose left-out words all mean nothing to dates."""
    foreign = [is_filler(token) or _foreign(token, known_words) for token in tokens]
    best, best_score = None, None
    for position in range(len(tokens)):
        for item in chart[position]:
            if item.key not in top_kinds or not all(foreign[item.end :]):
                continue
            followed = any(not is_filler(token) for token in tokens[item.end :])
            if followed and tokens[item.end - 1].text in OBJECT_TAKING_WORDS:
                continue
            score = (item.end - item.start, item.weight, item.phrase, -len(item.rules))
            if best_score is None or score > best_score:
                best, best_score = item, score
        if not foreign[position]:
            break
    if best is None:
        return None
    passed_over = tuple(
        token.text
        for i, token in enumerate(tokens)
        if not best.start <= i < best.end and not is_filler(token)
    )
    # A verb and its subject, a noun and its adjective: a few words, not a paragraph.
    if not passed_over or len(passed_over) > MAX_PASSED_OVER:
        return None
    return Within(best.value, best.rules, passed_over)


def _foreign(token: Token, known_words) -> bool:
    return (
        token.kind == "word"
        and token.text not in known_words
        and token.text not in DENYING_WORDS
        and token.text not in EVENT_NOUNS
        and token.text not in NAMING_WORDS
        and not _misspelt(token.text, known_words)
    )


# Shorter words are too often a letter away from a date word ("mine", "nine") to tell;
# no date word is longer than the longest (and a hostile text's one long word would cost
# the square of its length).
MISSPELT_LENGTH = 5
MISSPELT_LONGEST = 24


def _misspelt(word: str, known_words: frozenset) -> bool:
    """Tell whether `word` is a letter away from a word the grammar knows ('nihgt')."""
    if not MISSPELT_LENGTH <= len(word) <= MISSPELT_LONGEST:
        return False
    index = _one_letter_less(known_words)
    return any(shorter in index for shorter in _deletions(word)) or word in index


@lru_cache(maxsize=4)
def _one_letter_less(known_words: frozenset) -> frozenset:
    """Return every known word, and each with one letter taken out: two words share one
    exactly when a letter added, dropped, changed or swapped turns one into the other."""
    long_words = [word for word in known_words if len(word) >= MISSPELT_LENGTH - 1]
    return frozenset(long_words) | frozenset(
        shorter for word in long_words for shorter in _deletions(word)
    )


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}
