"""Parse date expressions with small composable rules: a chart parser over tokens.

Text becomes tokens (words, numbers, clock times, ISO dates); each word also stands for
what the lexicons say it is (a weekday, a month, a unit…). A rule is a pattern of
literal words and kinds of item, and a function that builds a new item from the values
it matched; rules compose items bottom-up, as Duckling's do, until an item covers the
whole text. Every item remembers the rules that built it: the audit trail.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ..expression import (
    Anchor,
    Anniversary,
    Bound,
    Calendar,
    Clock,
    CountedDay,
    DayShift,
    Duration,
    Edge,
    Event,
    Expression,
    Holiday,
    Interval,
    InTime,
    Invasion,
    Night,
    Offset,
    PartOfDay,
    Relative,
    Vague,
    Weekday,
)
from ..expression_periods import Century, Decade, Quarter, Season
from .events import EVENT_NOUNS, NAMING_WORDS
from .index import Closure, Index
from .patterns import WORD, Rule, literal_words
from .tokens import Token, normalize, script_of, tokenize
from .within import Within, reading_within

TOP_KINDS = frozenset(
    {"day", "month", "year", "week", "period", "part", "night", "time", "interval", "vague",
     "duration", "edge", "joined-parts"}
)  # fmt: skip
# Words a text may begin or end with that change nothing: "on Monday", "в четверг".
EDGE_WORDS = frozenset(
    {"on", "at", "in", "during", "the", "its", "their", "also", "в", "во", "у", "о", "об", "на"}
)
MAX_ITEMS = 4000
# Tokens and kinds of word that can begin the name of a day.
DAY_TOKENS = frozenset({"iso", "dotted", "number", "ordinal", "nth"})
DAY_WORDS = frozenset({"weekday", "weekday-adjective", "monthname", "relday", "ordinal-day"})
# The words a night is named with: «ночь», «ніч», "overnight".
NIGHT_STEMS = ("ноч", "ніч", "night", "overnight")
DAY_ONLY, DAY_OR_NIGHT = frozenset({"day"}), frozenset({"day", "night"})


# Which rules a text's words call for, by the prefix of the rules' names: a Ukrainian
# text is read with the Ukrainian rules, never audited with a Russian rule of the same
# shape. Texts in both scripts, or in neither, are read with every rule.
SCRIPTS = {
    "latin": ("common", "en", "newswire"),
    "ru": ("common", "slavic", "ru"),
    "uk": ("common", "slavic", "uk"),
    "cyrillic": ("common", "slavic", "ru", "uk"),
}


class Item:
    """A piece of the text understood as something: a token, a word's meaning, a date."""

    __slots__ = ("end", "key", "phrase", "rules", "start", "value", "weight")

    def __init__(self, key, value, start, end, rules=(), weight=0, phrase=False):
        self.key, self.value, self.start, self.end = key, value, start, end
        self.rules, self.weight, self.phrase = rules, weight, phrase


def kind_of(value: Expression) -> str:
    """Return the kind of item an expression is: 'day', 'month', 'night', …."""
    kind = _KINDS.get(type(value))
    if kind is not None:
        return kind
    if isinstance(value, Bound):
        return kind_of(value.base)
    if isinstance(value, Calendar):
        return "day" if value.day else "month" if value.month else "year"
    if isinstance(value, Offset):
        if value.count is None:
            return "vague"
        return {"month": "month", "year": "year", "decade": "year", "century": "year"}.get(
            value.unit, "day"
        )
    if isinstance(value, Relative):
        return {"week": "week", "weekend": "week", "month": "month", "year": "year"}.get(
            value.unit, "period"
        )
    if isinstance(value, Edge):
        return "day" if kind_of(value.base) == "day" else "edge"
    return "period"


# The kinds of the expressions whose kind their fields do not change.
_KINDS = {
    Weekday: "day", DayShift: "day", Anchor: "day", Anniversary: "day", Holiday: "day",
    InTime: "day",
    Invasion: "day", Event: "day", CountedDay: "day",
    PartOfDay: "part", Night: "night", Clock: "time", Interval: "interval", Vague: "vague",
    Duration: "duration", Season: "period", Quarter: "period", Decade: "period",
    Century: "period",
}  # fmt: skip


@dataclass
class Parse:
    """The best reading of a text: its value and rules, or what was understood of it."""

    value: object | None
    rules: tuple[str, ...]
    understood: tuple[str, ...]
    unknown: tuple[str, ...]
    # Where no reading covers the text: one found within words that mean nothing to dates.
    within: Within | None = None


class Grammar:
    """Rules and lexicons of every language, indexed for parsing."""

    def __init__(
        self,
        rules: Iterable[Rule],
        lexicon: Mapping[str, list[tuple[str, object]]],
        own_words: Mapping[str, frozenset] | None = None,
    ):
        self.rules = list(rules)
        self.lexicon = lexicon
        # Words only one Cyrillic language has ('години', 'суток'): they tell a text whose
        # letters both share which language's rules to read it with.
        self.own_words = own_words or {}
        # Every word a rule or the lexicon names: none of them is an incident's id, or an
        # event's name.
        self.known_words = (frozenset(self.lexicon) | literal_words(self.rules)) - (
            EVENT_NOUNS | NAMING_WORDS
        )
        # Indexed when first needed: a build that reads one English incident never pays for
        # the Cyrillic rules' index, nor the whole grammar's.
        self._indexes: dict[str | None, Index] = {}

    def _index(self, script: str | None) -> Index:
        """Return the index of the rules a script's texts are read with (all, for others)."""
        script = script if script in SCRIPTS else None
        index = self._indexes.get(script)
        if index is None:
            prefixes = SCRIPTS.get(script)
            chosen = (
                self.rules
                if prefixes is None
                else [rule for rule in self.rules if rule.name.split(".")[0] in prefixes]
            )
            index = self._indexes[script] = Index(chosen, TOP_KINDS)
        return index

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
            if token.text not in self.known_words:
                # A word that means nothing to dates, as those naming an event are.
                items.append(Item("plain", token.text, position, position + 1))
            return items
        key = token.kind if token.kind != "punct" else WORD + token.text
        return [Item(key, token.value, position, position + 1)]

    def parse(self, text: str, anchor_ids: frozenset = frozenset()) -> Parse:
        """Return the best reading of all of `text` (but words at its edges that change nothing).

        `anchor_ids` are the incident ids the text may count from.
        """
        return self._best(*self._chart(text, anchor_ids))

    def last_day_in(self, text: str, nights: bool = False):
        """Return the last day that words of `text` name ('on Saturday' in a longer clause),
        or, with `nights`, the last day or night («в ночь на 12 марта»)."""
        tokens = tokenize(normalize(text))
        # Most clauses name no day: a word that could begin one is looked for first.
        if not any(
            token.kind in DAY_TOKENS
            or any(category in DAY_WORDS for category, _ in self.lexicon.get(token.text, ()))
            or (nights and token.text.startswith(NIGHT_STEMS))
            for token in tokens
        ):
            return None
        kinds = DAY_OR_NIGHT if nights else DAY_ONLY
        pieces = _longest_pieces(self._items(tokens), len(tokens), kinds)
        # A night of no day named ("overnight", «после бессонной ночи») counts only where
        # no day is named: it does not replace one.
        named = [
            piece
            for piece in pieces
            if not (isinstance(piece.value, Night) and piece.value.base is None)
        ]
        chosen = named or pieces
        return chosen[-1].value if chosen else None

    def _script(self, tokens: list[Token]) -> str | None:
        """Return which rules the text calls for, by its letters, then by its words."""
        script = script_of(tokens)
        if script != "cyrillic" or not self.own_words:
            return script
        texts = {token.text for token in tokens if token.kind == "word"}
        languages = [language for language, own in self.own_words.items() if texts & own]
        return languages[0] if len(languages) == 1 else script

    def _chart(self, text: str, anchor_ids: frozenset = frozenset()):
        """Return the tokens of `text` and every item the rules build over them."""
        tokens = tokenize(normalize(text), anchor_ids)
        return tokens, self._items(tokens)

    def _items(self, tokens: list[Token]) -> list[list[Item]]:
        """Return, by position, every item the rules build over the tokens."""
        index = self._index(self._script(tokens))
        n = len(tokens)
        chart: list[list[Item]] = [[] for _ in range(n + 1)]
        # The keys of the items starting at each position (as a mask): most rules fail on
        # their second element, and the mask tells so before any matching is tried.
        keys_at = [0] * (n + 1)
        # The keys of every item starting at a position or after it: a rule whose later
        # elements name keys absent from the rest of the text cannot match.
        keys_after = [0] * (n + 2)
        bits = index.bits
        # Each item once, by what it is and where: read two ways, the reading by fewer
        # rules is kept (and what was built on the other is built again).
        seen: dict = {}
        count = 0
        unary = index.unary
        for position in range(n - 1, -1, -1):
            here = chart[position]
            # A token's own items have been read by the one-element rules already, and
            # only those that begin a longer rule are looked at again; an item over two
            # tokens or more is new, and every rule may start with it.
            closure = self._closure(index, tokens[position])
            for key, value, rules, weight, phrase in closure.items:
                here.append(Item(key, value, position, position + 1, rules, weight, phrase))
            here_keys = closure.mask
            agenda = [here[i] for i in closure.starters] if position + 1 < n else []
            while agenda and count < MAX_ITEMS:
                item = agenda.pop()
                end = item.end
                found = index.candidates(item.key, keys_at[end], keys_after[end])
                if end - position > 1 and item.key in unary:
                    found = unary[item.key] + found
                for each in found:
                    for new in self._apply(each, item, chart, n):
                        signature = (new.key, new.end, new.value, new.weight)
                        known = seen.get(signature)
                        if known is None:
                            seen[signature] = new
                            here_keys |= bits.get(new.key, 0)
                            here.append(new)
                            agenda.append(new)
                            count += 1
                        elif len(new.rules) < len(known.rules):
                            known.rules, known.phrase = new.rules, new.phrase
                            agenda.append(known)
                            count += 1
            seen.clear()
            keys_at[position] = here_keys
            keys_after[position] = keys_after[position + 1] | keys_at[position]
        return chart

    def _closure(self, index: Index, token: Token) -> Closure:
        """Return what a token stands for once the one-element rules have read it."""
        # A token's kind and text make its value: a cheaper key than the token.
        found = index.closures.get((token.kind, token.text))
        if found is not None:
            return found
        agenda = self.items_of(token, 0)
        items = list(agenda)
        seen = {(item.key, item.value, item.weight): item for item in agenda}
        while agenda and len(items) < MAX_ITEMS:
            item = agenda.pop()
            for each in index.unary.get(item.key, ()):
                for new in self._apply(each, item, [], 1):
                    signature = (new.key, new.value, new.weight)
                    known = seen.get(signature)
                    if known is None:
                        seen[signature] = new
                        items.append(new)
                        agenda.append(new)
                    elif len(new.rules) < len(known.rules):
                        known.rules, known.phrase = new.rules, new.phrase
                        agenda.append(known)
        items = [item for item in items if item.key in index.used_keys]
        found = Closure(
            tuple((item.key, item.value, item.rules, item.weight, item.phrase) for item in items),
            index.mask(item.key for item in items),
            tuple(i for i, item in enumerate(items) if item.key in index.pair_starts),
        )
        if len(index.closures) < 100_000:
            index.closures[(token.kind, token.text)] = found
        return found

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
                    each.phrase,
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
                # Ending at `high` or after, an item leaves only words that change nothing.
                if item.key not in TOP_KINDS or item.end < high:
                    continue
                # A phrase named word for word ('one day') is more specific than the same
                # words composed ('one' and a unit).
                score = (item.end - item.start, item.weight, item.phrase, -len(item.rules))
                # Of two readings alike in all that, the first found: the rules of a module
                # are declared from the most specific on.
                if best_score is None or score > best_score:
                    best, best_score = item, score
        if best is not None:
            return Parse(best.value, best.rules, (), ())
        within = reading_within(tokens, chart, TOP_KINDS, self.known_words, _is_edge_filler)
        return Parse(None, (), *self._understood(tokens, chart), within)

    def _understood(self, tokens, chart) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Return the largest pieces understood as dates, and the words not understood."""
        covered = [False] * len(tokens)
        pieces = []
        for longest in _longest_pieces(chart, len(tokens), TOP_KINDS):
            pieces.append(" ".join(t.text for t in tokens[longest.start : longest.end]))
            for i in range(longest.start, longest.end):
                covered[i] = True
        known = self.lexicon
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
