"""Parse date expressions with small composable rules: a chart parser over tokens.

Text becomes tokens (words, numbers, clock times, ISO dates); each word also stands for
what the lexicons say it is (a weekday, a month, a unit…). A rule is a pattern of
literal words and kinds of item, and a function that builds a new item from the values
it matched; rules compose items bottom-up, as Duckling's do, until an item covers the
whole text. Every item remembers the rules that built it: the audit trail.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

from ..expression import (
    Anchor,
    Bound,
    Calendar,
    Century,
    Clock,
    DayShift,
    Decade,
    Duration,
    Edge,
    Expression,
    Holiday,
    Interval,
    InTime,
    Night,
    Offset,
    PartOfDay,
    Quarter,
    Relative,
    Season,
    Vague,
    Weekday,
)

TOKEN = re.compile(
    r"(?P<iso>\d{4}-\d{2}-\d{2}(?:t\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?)(?![\w-])"
    r"|(?P<slug>[a-z0-9]+(?:-[a-z0-9]+){2,})"
    r"|(?P<isomonth>\d{4}-\d{2})(?![\w-])"
    r"|(?P<dotted>\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2}))(?!\d)"
    r"|(?P<clock>\d{1,2}[:.]\d{2})(?::\d{2})?(?![\d.])"
    r"|(?P<decade>\d{0,2}\d0)'?s(?![^\W\d_])"
    r"|(?P<number>\d+)(?P<suffix>st|nd|rd|th|-?(?:го|й|е|я|ого|ий|ої|му|ом|ть)(?![^\W\d_]))?(?!\d)"
    r"|(?P<word>[^\W\d_]+(?:'[^\W\d_]+)*)"
    r"|(?P<punct>[^\w\s])"
)
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "`": "'", "\u00b4": "'", "\u2018": "'"})
_DASHES = str.maketrans(
    {"\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2011": "-", "[": "(", "]": ")"}
)
_MERIDIEM = re.compile(r"\b([ap])\.\s?m\b\.?")
TOP_KINDS = frozenset(
    {"day", "month", "year", "week", "period", "part", "night", "time", "interval", "vague",
     "duration", "edge"}
)  # fmt: skip
# Words a text may begin or end with that change nothing: "on Monday", "в четверг".
EDGE_WORDS = frozenset(
    {"on", "at", "in", "during", "the", "its", "their", "в", "во", "у", "о", "об", "на"}
)
MAX_ITEMS = 4000
# Tokens and kinds of word that can begin the name of a day.
DAY_TOKENS = frozenset({"iso", "dotted", "number", "ordinal"})
DAY_WORDS = frozenset({"weekday", "weekday-adjective", "monthname", "relday", "ordinal-day"})
# Literal words and punctuation are keyed with this prefix, so that no word ('day',
# 'night') is ever taken for the kind of item of the same name.
WORD = "'"


@dataclass(frozen=True, slots=True)
class Token:
    """One token of the text: its kind ('word', 'number', …) and its value."""

    text: str
    kind: str
    value: object


class Item:
    """A piece of the text understood as something: a token, a word's meaning, a date."""

    __slots__ = ("end", "key", "rules", "start", "value", "weight")

    def __init__(self, key, value, start, end, rules=(), weight=0):
        self.key, self.value, self.start, self.end = key, value, start, end
        self.rules, self.weight = rules, weight


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
    the builder receives.
    """

    name: str
    pattern: tuple[Element, ...]
    build: Callable
    slots: int
    produces: str | None
    priority: int
    later: tuple[frozenset, ...]
    slot_map: tuple[tuple[int, int], ...]


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
            rules.append(Rule(name, concrete, build, slot, produces, priority, later, slot_map))
    return rules


def kind_of(value: Expression) -> str:
    """Return the kind of item an expression is: 'day', 'month', 'night', …."""
    if isinstance(value, Bound):
        return kind_of(value.base)
    if isinstance(value, Calendar):
        return "day" if value.day else "month" if value.month else "year"
    if isinstance(value, Weekday | DayShift | Anchor | Holiday):
        return "day"
    if isinstance(value, Offset):
        if value.count is None:
            return "vague"
        return {"month": "month", "year": "year", "decade": "year"}.get(value.unit, "day")
    if isinstance(value, Relative):
        return {"week": "week", "weekend": "week", "month": "month", "year": "year"}.get(
            value.unit, "period"
        )
    if isinstance(value, Edge):
        return "day" if kind_of(value.base) == "day" else "edge"
    return _KINDS.get(type(value), "period")


_KINDS = {
    PartOfDay: "part", Night: "night", Clock: "time", Interval: "interval", Vague: "vague",
    Duration: "duration", InTime: "day", Season: "period", Quarter: "period", Decade: "period",
    Century: "period",
}  # fmt: skip


def normalize(text: str) -> str:
    """Lower-case and unify apostrophes, dashes, 'ё', spaces and 'a.m.'."""
    text = text.translate(_APOSTROPHES).translate(_DASHES).lower().replace("ё", "е")
    text = _MERIDIEM.sub(r"\1m", text)
    return re.sub(r"\s+", " ", text).strip()


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
            day, month, year = raw.split(".")
            tokens.append(Token(raw, "dotted", (int(day), int(month), _full_year(year))))
        elif kind == "clock":
            hour, minute = re.split(r"[:.]", match["clock"])
            tokens.append(Token(raw, "clock", (int(hour), int(minute))))
        elif kind == "decade":
            tokens.append(Token(raw, "decade", int(match["decade"])))
        elif kind == "number":
            kind = "ordinal" if match["suffix"] else "number"
            tokens.append(Token(raw, kind, int(match["number"])))
        elif kind == "word" and raw.endswith("'s") and raw.isascii():
            tokens.append(Token(raw[:-2], "word", raw[:-2]))
        elif kind == "word" and raw.endswith("s'") and raw.isascii():
            tokens.append(Token(raw[:-1], "word", raw[:-1]))
        else:
            tokens.append(Token(raw, kind, raw))
    return tokens


def _full_year(digits: str) -> int:
    return int(digits) if len(digits) == 4 else 2000 + int(digits)


def _iso(text: str) -> date | datetime:
    text = text.upper()
    if "T" not in text:
        return date.fromisoformat(text)
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


@dataclass
class Parse:
    """The best reading of a text: its value and rules, or what was understood of it."""

    value: object | None
    rules: tuple[str, ...]
    understood: tuple[str, ...]
    unknown: tuple[str, ...]


# Which rules a text's words call for, by the prefix of the rules' names: a Ukrainian
# text is read with the Ukrainian rules, never audited with a Russian rule of the same
# shape. Texts in both scripts, or in neither, are read with every rule.
SCRIPTS = {
    "latin": ("common", "en", "newswire"),
    "ru": ("common", "slavic", "ru"),
    "uk": ("common", "slavic", "uk"),
    "cyrillic": ("common", "slavic", "ru", "uk"),
}
_UKRAINIAN_LETTERS = frozenset("іїєґ'")
_RUSSIAN_LETTERS = frozenset("ыэъ")


def script_of(tokens: list[Token]) -> str | None:
    """Return which rules a text's words call for: 'latin', 'ru', 'uk', 'cyrillic' or None."""
    letters = set("".join(token.text for token in tokens if token.kind == "word"))
    cyrillic = any("\u0400" <= letter <= "\u04ff" for letter in letters)
    latin = any("a" <= letter <= "z" for letter in letters)
    if cyrillic == latin:
        return None
    if latin:
        return "latin"
    if letters & _UKRAINIAN_LETTERS and not letters & _RUSSIAN_LETTERS:
        return "uk"
    if letters & _RUSSIAN_LETTERS and not letters & _UKRAINIAN_LETTERS:
        return "ru"
    return "cyrillic"


class Index:
    """Rules by their first key (one-element rules) and by their first two keys."""

    def __init__(self, rules: Iterable[Rule]):
        self.unary: dict[str, list[Rule]] = {}
        self.by_pair: dict[tuple[str, str], list[Rule]] = {}
        self._cache: dict[tuple[str, frozenset], list[tuple[Rule, tuple]]] = {}
        # Rules are tried in the order they are declared, whatever the order of a set of
        # keys: the same text is always read the same way.
        self.order = {}
        for each in rules:
            self.order.setdefault(id(each), len(self.order))
            for first in each.pattern[0].keys:
                if len(each.pattern) == 1:
                    self.unary.setdefault(first, []).append(each)
                    continue
                for second in each.pattern[1].keys:
                    self.by_pair.setdefault((first, second), []).append(each)

    def candidates(self, key: str, following: frozenset) -> list[tuple[Rule, tuple]]:
        """Return the rules that may start with an item of `key`, given the keys after it.

        Each comes with the keys its later elements need. Answers are kept: texts repeat
        the same pairs of keys.
        """
        found = self._cache.get((key, following))
        if found is None:
            rules = list(self.unary.get(key, ()))
            for second in following:
                rules.extend(self.by_pair.get((key, second), ()))
            unique = sorted(dict.fromkeys(rules), key=lambda each: self.order[id(each)])
            found = [(each, each.later) for each in unique]
            if len(self._cache) < 100_000:
                self._cache[(key, following)] = found
        return found


class Grammar:
    """Rules and lexicons of every language, indexed for parsing."""

    def __init__(self, rules: Iterable[Rule], lexicon: Mapping[str, list[tuple[str, object]]]):
        self.rules = list(rules)
        self.lexicon = lexicon
        self.index = Index(self.rules)
        self.by_script = {
            script: Index(r for r in self.rules if r.name.split(".")[0] in prefixes)
            for script, prefixes in SCRIPTS.items()
        }

    def items_of(self, token: Token, position: int) -> list[Item]:
        """Return the items a token stands for: itself, and each meaning of its word."""
        if token.kind == "word":
            items = [
                Item(WORD + token.text, token.text, position, position + 1),
                Item("word", token.text, position, position + 1),
            ]
            items.extend(
                Item(category, value, position, position + 1)
                for category, value in self.lexicon.get(token.text, ())
            )
            return items
        key = token.kind if token.kind != "punct" else WORD + token.text
        return [Item(key, token.value, position, position + 1)]

    def parse(self, text: str, anchor_ids: frozenset = frozenset()) -> Parse:
        """Return the best reading of all of `text` (but words at its edges that change nothing).

        `anchor_ids` are the incident ids the text may count from.
        """
        return self._best(*self._chart(text, anchor_ids))

    def last_day_in(self, text: str):
        """Return the last day that words of `text` name ('on Saturday' in a longer clause)."""
        tokens = tokenize(normalize(text))
        # Most clauses name no day: a word that could begin one is looked for first.
        if not any(
            token.kind in DAY_TOKENS
            or any(category in DAY_WORDS for category, _ in self.lexicon.get(token.text, ()))
            for token in tokens
        ):
            return None
        days = _longest_pieces(self._items(tokens), len(tokens), frozenset({"day"}))
        return days[-1].value if days else None

    def _chart(self, text: str, anchor_ids: frozenset = frozenset()):
        """Return the tokens of `text` and every item the rules build over them."""
        tokens = tokenize(normalize(text), anchor_ids)
        return tokens, self._items(tokens)

    def _items(self, tokens: list[Token]) -> list[list[Item]]:
        """Return, by position, every item the rules build over the tokens."""
        index = self.by_script.get(script_of(tokens), self.index)
        n = len(tokens)
        chart: list[list[Item]] = [[] for _ in range(n + 1)]
        # The keys of the items starting at each position: most rules fail on their
        # second element, and a set lookup tells so before any matching is tried.
        keys_at: list = [frozenset()] * (n + 1)
        # The keys of every item starting at a position or after it: a rule whose later
        # elements name keys absent from the rest of the text cannot match.
        keys_after: list = [frozenset()] * (n + 2)
        seen: set = set()
        count = 0
        for position in range(n - 1, -1, -1):
            agenda = self.items_of(tokens[position], position)
            here = chart[position]
            here_keys = {item.key for item in agenda}
            for item in agenda:
                seen.add((item.key, item.start, item.end, item.value, item.weight))
            here.extend(agenda)
            while agenda and count < MAX_ITEMS:
                item = agenda.pop()
                end = item.end
                after = keys_after[end]
                for each, later in index.candidates(item.key, keys_at[end]):
                    if later and _missing(later, after):
                        continue
                    for new in self._apply(each, item, chart, n):
                        signature = (new.key, position, new.end, new.value, new.weight)
                        if signature not in seen:
                            seen.add(signature)
                            here_keys.add(new.key)
                            here.append(new)
                            agenda.append(new)
                            count += 1
            keys_at[position] = frozenset(here_keys)
            keys_after[position] = keys_after[position + 1] | keys_at[position]
        return chart

    @staticmethod
    def _apply(each: Rule, first: Item, chart: list[list[Item]], n: int) -> list[Item]:
        """Return the items `each` builds from matches that start with `first`."""
        pattern = each.pattern
        if len(pattern) == 1:
            matches = ((first,),)
        elif len(pattern) == 2:
            keys = pattern[1].keys
            matches = [(first, item) for item in chart[first.end] if item.key in keys]
        else:
            matches = _sequences(pattern, 1, first.end, chart, n, [first])
        built = []
        slots = each.slot_map
        for parts in matches:
            args = [None] * each.slots
            for position, slot in slots:
                args[slot] = parts[position].value
            value = each.build(*args)
            if value is None:
                continue
            rules = (each.name,)
            weight = each.priority
            for part in parts:
                if part.rules:
                    rules += part.rules
                    weight += part.weight
            built.append(
                Item(
                    each.produces or kind_of(value),
                    value,
                    first.start,
                    parts[-1].end,
                    rules,
                    weight,
                )
            )
        return built

    def _best(self, tokens: list[Token], chart: list[list[Item]]) -> Parse:
        n = len(tokens)
        optional = [_is_edge_filler(token) for token in tokens]
        low = next((i for i in range(n) if not optional[i]), n)
        high = next((i for i in range(n - 1, -1, -1) if not optional[i]), -1) + 1
        best, best_score = None, None
        for position in range(0, low + 1 if low < n else 0):
            for item in chart[position]:
                if item.key not in TOP_KINDS or item.end < high:
                    continue
                if any(not optional[i] for i in range(item.end, n)):
                    continue
                score = (item.end - item.start, item.weight, -len(item.rules))
                if best_score is None or score > best_score:
                    best, best_score = item, score
        if best is not None:
            return Parse(best.value, best.rules, (), ())
        return Parse(None, (), *self._understood(tokens, chart))

    def _understood(self, tokens, chart) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Return the largest pieces understood as dates, and the words not understood."""
        covered = [False] * len(tokens)
        pieces = []
        for longest in _longest_pieces(chart, len(tokens), TOP_KINDS):
            pieces.append(" ".join(t.text for t in tokens[longest.start : longest.end]))
            for i in range(longest.start, longest.end):
                covered[i] = True
        known = set(self.lexicon)
        unknown = tuple(
            token.text
            for token, done in zip(tokens, covered, strict=True)
            if not done
            and token.kind == "word"
            and token.text not in known
            and not _is_edge_filler(token)
        )
        return tuple(pieces), unknown


def _longest_pieces(chart: list[list[Item]], n: int, keys: frozenset) -> list[Item]:
    """Return, left to right, the longest item of `keys` at each place none covers yet."""
    pieces, position = [], 0
    while position < n:
        items = [item for item in chart[position] if item.key in keys]
        if items:
            longest = max(items, key=lambda item: (item.end, item.weight))
            pieces.append(longest)
            position = longest.end
        else:
            position += 1
    return pieces


def _missing(later: tuple[frozenset, ...], after: frozenset) -> bool:
    """Tell whether some element of a rule names only keys the rest of the text lacks."""
    # A plain loop: this runs for every candidate rule, and a generator costs more here.
    for keys in later:  # noqa: SIM110
        if keys.isdisjoint(after):
            return True
    return False


def _sequences(pattern, index: int, position: int, chart, n: int, parts: list[Item]):
    """Yield every list of items that matches `pattern[index:]` from `position` on."""
    if index == len(pattern):
        yield list(parts)
        return
    if position >= n:
        return
    keys = pattern[index].keys
    last = index + 1 == len(pattern)
    for item in chart[position]:
        if item.key in keys:
            if last:
                yield [*parts, item]
            else:
                parts.append(item)
                yield from _sequences(pattern, index + 1, item.end, chart, n, parts)
                parts.pop()


def _is_edge_filler(token: Token) -> bool:
    return token.kind == "punct" or token.text in EDGE_WORDS


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
