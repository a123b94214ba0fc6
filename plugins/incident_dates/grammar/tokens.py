"""Turn a text into tokens (words, numbers, clock times, ISO dates) and tell its script."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from typing import NamedTuple

TOKEN = re.compile(
    r"(?P<iso>\d{4}-\d{2}-\d{2}(?:t\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?)(?![\w-])"
    r"|(?P<isomonth>\d{4}-\d{2})(?![\w-])"
    # «16.02.2017», and «16. 02. 2017.» as some press services space and end it.
    r"|(?P<dotted>\d{1,2}\. ?\d{1,2}\. ?(?:\d{4}|\d{2})(?:\.(?!\d))?)(?!\d)"
    # «28-02-2015», as some Russian and Ukrainian pages stamp a date: day first.
    r"|(?P<dashed>\d{1,2}-\d{1,2}-\d{4})(?![\w-])"
    # "11H00 GMT", as agency copy from French desks writes the hour.
    # «9: 00 ранку», "11: 20 a.m.": a space after the colon, as some copy has it.
    r"|(?P<clock>\d{1,2}(?:: ?|\.)\d{2}|\d{2}h\d{2})(?::\d{2})?(?![\d.])"
    # «1,5 години», "1.5 hours": one decimal, so that "1,200" stays a number.
    r"|(?P<decimal>\d+[.,]\d)(?![\d.,])"
    r"|(?P<decade>\d{0,2}\d0)'?s(?![^\W\d_])"
    # "Day 1,345", "the 1,000th day": thousands grouped by commas.
    # «791-ша», «2-га» need their hyphen: «200га» is hectares.
    r"|(?P<number>\d{1,3}(?:,\d{3})+|\d+)(?P<suffix>st|nd|rd|th"
    r"|-?(?:го|й|е|я|ого|ий|ої|му|ом|ть|ту|та|ї|ій)(?![^\W\d_])"
    r"|-(?:ша|ше|га|ге|тя|ма|ме)(?![^\W\d_]))?(?!\d)"
    r"|(?P<word>[^\W\d_]+(?:'[^\W\d_]+)*)"
    r"|(?P<punct>[^\w\s])"
)
_CYRILLIC_TEXT = re.compile("[\u0400-\u04ff]")
# Apostrophes, dashes and brackets of every kind, as one of each.
_UNIFIED = str.maketrans(
    {"\u2019": "'", "\u02bc": "'", "`": "'", "\u00b4": "'", "\u2018": "'", "\u2013": "-",
     "\u2014": "-", "\u2212": "-", "\u2011": "-", "[": "(", "]": ")", "ё": "е"}
)  # fmt: skip
_MERIDIEM = re.compile(r"(?:\b|(?<=\d))([ap])\.\s?m\b\.?")


class Token(NamedTuple):
    """One token of the text: its kind ('word', 'number', …) and its value."""

    text: str
    kind: str
    value: object


def normalize(text: str) -> str:
    """Lower-case and unify apostrophes, dashes, 'ё', spaces and 'a.m.'."""
    text = text.lower().translate(_UNIFIED)
    if "." in text:
        text = _MERIDIEM.sub(r"\1m", text)
    return " ".join(text.split())


# What an incident id looks like; which of these are ids, only the archive knows.
SLUG_LIKE = re.compile(r"(?<![\w-])[a-z0-9]+(?:-[a-z0-9]+)*(?![\w-])")


def tokenize(text: str, anchor_ids: frozenset = frozenset()) -> list[Token]:
    """Split normalized text into tokens with their values; the given ids are anchor tokens."""
    if anchor_ids:
        parts, position = [], 0
        for match in SLUG_LIKE.finditer(text):
            if match.group(0) in anchor_ids:
                parts.extend(tokenize(text[position : match.start()]))
                parts.append(Token(match.group(0), "slug", match.group(0)))
                position = match.end()
        return parts + tokenize(text[position:])
    tokens = []
    # A comma groups thousands in English only: in Russian and Ukrainian it is a decimal point.
    cyrillic = "," in text and bool(_CYRILLIC_TEXT.search(text))
    for match in TOKEN.finditer(text):
        kind = match.lastgroup if match.lastgroup != "suffix" else "number"
        raw = match.group(0)
        if kind == "iso":
            try:
                tokens.append(Token(raw, "iso", _iso(raw)))
            except ValueError:
                tokens.append(Token(raw, "bad-date", raw))
        elif kind == "isomonth":
            tokens.append(Token(raw, "isomonth", (int(raw[:4]), int(raw[5:7]))))
        elif kind == "dotted":
            day, month, year = raw.replace(" ", "").rstrip(".").split(".")
            tokens.append(Token(raw, "dotted", (int(day), int(month), year)))
        elif kind == "dashed":
            tokens.extend(_dashed(raw, cyrillic_text=bool(_CYRILLIC_TEXT.search(text))))
        elif kind == "clock":
            hour, minute = re.split(r"[:.h]", match["clock"])
            tokens.append(Token(raw, "clock", (int(hour), int(minute))))
        elif kind == "decimal":
            tokens.append(Token(raw, "decimal", float(raw.replace(",", "."))))
        elif kind == "decade":
            tokens.append(Token(raw, "decade", int(match["decade"])))
        elif kind == "number" and cyrillic and "," in match["number"]:
            tokens.extend(tokenize(raw.replace(",", " , ")))
        elif kind == "number":
            # "1,000th" (kind "nth") is never a year, as «2014-го» (kind "ordinal") is.
            suffix = match["suffix"]
            kind = "number" if not suffix else "nth" if suffix in _ENGLISH_SUFFIXES else "ordinal"
            tokens.append(Token(raw, kind, int(match["number"].replace(",", ""))))
        elif kind == "word" and raw.endswith("'s") and raw.isascii():
            tokens.append(Token(raw[:-2], "word", raw[:-2]))
        elif kind == "word" and raw.endswith("s'") and raw.isascii():
            tokens.append(Token(raw[:-1], "word", raw[:-1]))
        else:
            tokens.append(Token(raw, kind, raw))
    return tokens


_ENGLISH_SUFFIXES = frozenset({"st", "nd", "rd", "th"})


def _dashed(raw: str, cyrillic_text: bool) -> list[Token]:
    """Read «28-02-2015» day first in a Cyrillic text; elsewhere in the one order that makes
    a date (American pages write "02-28-2015"), and not at all where both do."""
    first, second, year = (int(part) for part in raw.split("-"))
    if second <= 12 and (first > 12 or cyrillic_text):
        return [Token(raw, "dotted", (first, second, str(year)))]
    if first <= 12 < second and not cyrillic_text:
        return [Token(raw, "dotted", (second, first, str(year)))]
    return tokenize(raw.replace("-", " - "))


def _iso(text: str) -> date | datetime:
    text = text.upper()
    if "T" not in text:
        return date.fromisoformat(text)
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


_UKRAINIAN_LETTERS = frozenset("іїєґ'")
_RUSSIAN_LETTERS = frozenset("ыэъ")


def script_of(tokens: list[Token]) -> str | None:
    """Return which rules a text's words call for: 'latin', 'ru', 'uk', 'cyrillic' or None."""
    letters = 0
    for token in tokens:
        if token.kind == "word":
            letters |= _letters_of(token.text)
    cyrillic, latin = bool(letters & _CYRILLIC), bool(letters & _LATIN)
    if cyrillic == latin:
        return None
    if latin:
        return "latin"
    ukrainian, russian = bool(letters & _UKRAINIAN), bool(letters & _RUSSIAN)
    if ukrainian != russian:
        return "uk" if ukrainian else "ru"
    return "cyrillic"


_LATIN, _CYRILLIC, _UKRAINIAN, _RUSSIAN = 1, 2, 4, 8


@lru_cache(maxsize=65536)
def _letters_of(word: str) -> int:
    """Return the kinds of letter a word has, as bits: the same words recur in every text."""
    letters = set(word)
    return (
        _LATIN * any("a" <= letter <= "z" for letter in letters)
        | _CYRILLIC * any("\u0400" <= letter <= "\u04ff" for letter in letters)
        | _UKRAINIAN * bool(letters & _UKRAINIAN_LETTERS)
        | _RUSSIAN * bool(letters & _RUSSIAN_LETTERS)
    )
