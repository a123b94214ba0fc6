"""Tell a Russian or Ukrainian verb in the future tense by its morphology (pymorphy3)."""

from __future__ import annotations

import re
from functools import lru_cache

import pymorphy3

# Russian and Ukrainian say what is to come with a perfective verb in the present's
# endings («подойдет», «прибуде», «прощатимуться»), which no list of words covers:
# their morphology does. Only the few words nearest the expression that can end a finite
# verb of the present are looked up (a lookup costs some 45 µs).
CYRILLIC_WORD = re.compile(r"[а-яёіїєґ'ʼ’]{3,}")
_PRESENT_ENDING = re.compile(
    r"(?:[ёеиуюая]т|[еиі]м|[еи]те|[уюаяе]ть|[иі]ть|[ие]мо|[еє])(?:ся|сь)?$"
)
_UKRAINIAN_LETTERS = re.compile(r"[іїєґ]")
_RUSSIAN_LETTERS = re.compile(r"[ыэъё]")
_VERBS = frozenset({"VERB", "INFN"})
_NEAREST_VERBS = 3


def future_verb(clause: str, sentence: str, after: bool = False) -> bool:
    """Tell whether a Russian or Ukrainian verb of `clause` is in the future tense.

    The clause comes before the expression, or `after` it: its nearest words are looked up.
    """
    candidates = [word for word in CYRILLIC_WORD.findall(clause) if _PRESENT_ENDING.search(word)]
    if not candidates:
        return False
    nearest = candidates[:_NEAREST_VERBS] if after else candidates[-_NEAREST_VERBS:]
    ukrainian = bool(_UKRAINIAN_LETTERS.search(sentence)) and not _RUSSIAN_LETTERS.search(sentence)
    return any(is_future(word, ukrainian) for word in nearest)


@lru_cache(maxsize=16384)
def is_future(word: str, ukrainian: bool) -> bool:
    """Tell whether the likeliest reading of `word` is a verb in the future tense."""
    if _UKRAINIAN_LETTERS.search(word):
        ukrainian = True
    elif _RUSSIAN_LETTERS.search(word):
        ukrainian = False
    readings = _analyzer("uk" if ukrainian else "ru").parse(word)
    if not ukrainian and readings and not readings[0].is_known:
        # «Мер прибуде у суботу»: no letter tells the language, the Russian dictionary
        # does not know the word.
        readings = _analyzer("uk").parse(word)
    if not readings:
        return False
    # The Ukrainian dictionary does not rank readings: «відновляться» is as much a
    # future as an infinitive, «атакує» a present as a future. A word whose likeliest
    # readings are all verbs, one of them a future and none a present or a past, is one.
    likeliest = [reading.tag for reading in readings if reading.score == readings[0].score]
    tenses = {tag.tense for tag in likeliest}
    verbs = all(tag.POS in _VERBS for tag in likeliest)
    return verbs and "futr" in tenses and tenses <= {"futr", None}


_NAMING = frozenset({"NOUN", "ADJF", "NUMR", "NPRO"})


@lru_cache(maxsize=16384)
def is_genitive(word: str) -> bool:
    """Tell whether `word` can be a noun or adjective in the genitive («войны», «Великой»):
    what a count before it is of."""
    ukrainian = bool(_UKRAINIAN_LETTERS.search(word))
    readings = _analyzer("uk" if ukrainian else "ru").parse(word)
    return any(r.tag.case == "gent" and r.tag.POS in _NAMING for r in readings)


@lru_cache(maxsize=2)
def _analyzer(language: str) -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer(lang=language)
