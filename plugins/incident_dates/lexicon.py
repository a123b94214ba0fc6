"""Words of dates in English, Russian and Ukrainian, taken from dateparser's locale data.

Russian and Ukrainian words are translated token by token into the English words the
rules are written for ("в четверг" becomes "thursday", "3 дня назад" "3 days ago"), so
one set of rules serves all three languages.
"""

from __future__ import annotations

from dateparser.languages.loader import default_loader

LANGUAGES = ("en", "ru", "uk")
MONTH_KEYS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
UNIT_KEYS = ("day", "week", "month", "year")
# dateparser's relative words for a whole day ("вчера" is '1 day ago').
RELATIVE_DAYS = {
    "0 day ago": "today",
    "1 day ago": "yesterday",
    "in 1 day": "tomorrow",
    "2 day ago": "the day before yesterday",
    "in 2 day": "the day after tomorrow",
}
# English abbreviations too short or too common to trust as dates on their own.
UNSAFE_ENGLISH = {"th", "tu", "we", "mo", "fr", "sa", "su", "m", "d", "w", "y"}


def _words(language: str, key: str) -> list[str]:
    info = default_loader.get_locale(language).info
    return [word.lower() for word in info.get(key, []) if word.strip()]


def _english_names(keys: tuple[str, ...]) -> dict[str, int]:
    names = {}
    for number, key in enumerate(keys):
        for word in [key, *_words("en", key)]:
            if word not in UNSAFE_ENGLISH and len(word) >= 3:
                names[word.rstrip(".")] = number
    return names


MONTHS = {name: number + 1 for name, number in _english_names(MONTH_KEYS).items()}
WEEKDAYS = _english_names(WEEKDAY_KEYS)


def _translations() -> dict[str, str]:
    table: dict[str, str] = {}
    ambiguous: set[str] = set()

    def add(word: str, english: str) -> None:
        # An abbreviation shared by two meanings ("нед": week in Russian, Sunday in
        # Ukrainian) is dropped rather than guessed.
        if table.get(word, english) != english:
            ambiguous.add(word)
        table[word] = english

    for language in LANGUAGES[1:]:
        for keys in (MONTH_KEYS, WEEKDAY_KEYS):
            for key in keys:
                for word in _words(language, key):
                    if len(word) >= 3:
                        add(word.rstrip("."), key)
        for key in UNIT_KEYS:
            for word in _words(language, key):
                if len(word) >= 3:
                    add(word, f"{key}s")
        relative = default_loader.get_locale(language).info.get("relative-type", {})
        for key, english in RELATIVE_DAYS.items():
            for word in relative.get(key, []):
                table[word.lower()] = english
        for word in _words(language, "ago"):
            table[word] = "ago"
        for word in _words(language, "in"):
            table[word] = "in"
    for word in ambiguous:
        del table[word]
    return table


TRANSLATIONS = _translations()
# Prepositions that carry no date meaning: "в четверг", "у понеділок", "о 5".
SKIPPED = {"в", "во", "у", "о", "об", "на"}
