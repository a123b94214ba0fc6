"""What readers read for the format's fixed vocabularies: kinds, statuses, precisions, languages."""

from __future__ import annotations

# One table per vocabulary of the JSON Schemas; tests check each covers its enum.
VOCABULARIES: dict[str, dict[str, str]] = {
    "claim_kind": {
        "occurred": "account of events",
        "responsibility": "responsibility",
        "casualties": "casualties",
        "damage": "damage",
        "denial": "denial",
        "intent": "stated intent",
        "other": "statement",
    },
    "claim_status": {
        "unverified": "unverified",
        "disputed": "disputed",
        "confirmed": "confirmed",
        "denied": "denied",
    },
    "location_precision": {
        "exact": "exact point",
        "settlement": "within the settlement",
        "district": "within the district",
        "region": "somewhere in the region",
        "country": "somewhere in the country",
    },
    "place_kind": {
        "city": "city",
        "town": "town",
        "village": "village",
        "district": "district",
        "region": "region",
        "country": "country",
        "site": "site",
    },
    "actor_kind": {
        "government": "government",
        "state-body": "state body",
        "official": "official",
        "armed-group": "armed group",
        "organisation": "organisation",
        "media": "media",
        "person": "person",
    },
    # How closely an incident's date is known (the date engine's precisions), as a filter names it.
    "date_precision": {
        "time": "to the minute",
        "part-of-day": "to a part of a day",
        "day": "to the day",
        "days": "to a few days",
        "week": "to the week",
        "month": "to the month",
        "quarter": "to the quarter",
        "season": "to the season",
        "year": "to the year",
        "decade": "to the decade",
        "century": "to the century",
        "vague": "vaguely",
        "duration": "as a length of time",
    },
    # Countries by ISO 3166-1 alpha-2 code: those conflict archives name most; others stay codes.
    "country": {
        "AM": "Armenia",
        "AZ": "Azerbaijan",
        "BY": "Belarus",
        "CN": "China",
        "DE": "Germany",
        "EE": "Estonia",
        "FI": "Finland",
        "FR": "France",
        "GB": "United Kingdom",
        "GE": "Georgia",
        "IL": "Israel",
        "IR": "Iran",
        "KP": "North Korea",
        "KZ": "Kazakhstan",
        "LT": "Lithuania",
        "LV": "Latvia",
        "MD": "Moldova",
        "PL": "Poland",
        "PS": "Palestine",
        "RO": "Romania",
        "RU": "Russia",
        "SY": "Syria",
        "TR": "Turkey",
        "UA": "Ukraine",
        "US": "United States",
    },
    # Languages of the sources, by ISO 639-1 code: the ones news archives meet most.
    "language": {
        "ar": "Arabic",
        "be": "Belarusian",
        "cs": "Czech",
        "de": "German",
        "en": "English",
        "es": "Spanish",
        "et": "Estonian",
        "fa": "Persian",
        "fi": "Finnish",
        "fr": "French",
        "he": "Hebrew",
        "hu": "Hungarian",
        "hy": "Armenian",
        "it": "Italian",
        "ja": "Japanese",
        "ka": "Georgian",
        "kk": "Kazakh",
        "ko": "Korean",
        "lt": "Lithuanian",
        "lv": "Latvian",
        "nl": "Dutch",
        "no": "Norwegian",
        "pl": "Polish",
        "pt": "Portuguese",
        "ro": "Romanian",
        "ru": "Russian",
        "sk": "Slovak",
        "sv": "Swedish",
        "tr": "Turkish",
        "uk": "Ukrainian",
        "zh": "Chinese",
    },
}


def readable(value: str | None, vocabulary: str) -> str:
    """Return what readers read for `value` of `vocabulary`; an unknown value is spelt out."""
    if not value:
        return ""
    known = VOCABULARIES[vocabulary].get(value)
    if known:
        return known
    # A language the table lacks, 'pt-BR' or a value a later schema adds: never a raw key.
    base = VOCABULARIES[vocabulary].get(value.split("-")[0].lower())
    if base:
        return f"{base} ({value})"
    if vocabulary == "country":
        return value
    return value.replace("_", " ").replace("-", " ")
