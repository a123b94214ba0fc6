"""Score the date engine on real reporting and on TimeBank, beside dateparser.

    python3 benchmarks/dates.py [--set reporting|timebank|all] [--baseline] [--errors N]
        [--reporting benchmarks/reporting] [--timebank ../shared/data/timebank]

`--timebank` takes any folder of rows in TimeBank's form: `benchmarks/timeml.py` makes
them from a TimeML corpus (TempEval-3's AQUAINT, say).

Each expression is resolved from its text, its sentence and its reference (the
article's publication, or the day the text counts from). On the real-reporting set an
answer is right when its value equals the gold value or its first and last day equal
the gold ones; on TimeBank when the value equals the gold value after formatting
normalisation only (case, W7 -> W07, trailing -XX dropped), with the newswire pack on.
No answer is wrong. Throughput is measured in one process after start-up (the grammar
built and the scoring done): with every text parsed afresh, in one pass in which a text
met again is not parsed again, and with the parse cache warm. The readings of Russian and
Ukrainian words (pymorphy3) are looked up once per word and process in all three, as the
grammar's lexicon is built once.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import sys
import time
from collections import Counter
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

from incident_dates import DateNotUnderstood, resolve  # noqa: E402
from incident_dates.resolution import INCIDENT, Reference  # noqa: E402
from incident_dates.resolver import parse  # noqa: E402

DEFAULT_REPORTING = ROOT / "benchmarks" / "reporting"
# Sets gathered later to measure the rules on text they were not written for (each has
# since been used to write rules: its README gives its first-contact figures), each
# scored in a table of its own: (folder, title).
LATER_SETS = (
    (ROOT / "benchmarks" / "reporting-fresh", "Fresh reporting"),
    (ROOT / "benchmarks" / "reporting-third", "Third reporting set"),
    (ROOT / "benchmarks" / "reporting-fourth", "Fourth reporting set"),
    (ROOT / "benchmarks" / "reporting-fifth", "Fifth reporting set"),
    (ROOT / "benchmarks" / "reporting-sixth", "Sixth reporting set"),
    (ROOT / "benchmarks" / "reporting-seventh", "Seventh reporting set"),
    (ROOT / "benchmarks" / "reporting-eighth", "Eighth reporting set"),
    (ROOT / "benchmarks" / "reporting-ninth", "Ninth reporting set"),
    (ROOT / "benchmarks" / "reporting-tenth", "Tenth reporting set"),
    (ROOT / "benchmarks" / "reporting-eleventh", "Eleventh reporting set"),
    (ROOT / "benchmarks" / "reporting-twelfth", "Twelfth reporting set"),
    (ROOT / "benchmarks" / "reporting-thirteenth", "Thirteenth reporting set"),
    (ROOT / "benchmarks" / "reporting-fourteenth", "Fourteenth reporting set"),
    (ROOT / "benchmarks" / "reporting-fifteenth", "Fifteenth reporting set"),
    (ROOT / "benchmarks" / "reporting-sixteenth", "Sixteenth reporting set"),
    (ROOT / "benchmarks" / "reporting-seventeenth", "Seventeenth reporting set"),
    (ROOT / "benchmarks" / "reporting-eighteenth", "Eighteenth reporting set"),
    (ROOT / "benchmarks" / "reporting-nineteenth", "Nineteenth reporting set"),
    (ROOT / "benchmarks" / "reporting-twentieth", "Twentieth reporting set"),
    (ROOT / "benchmarks" / "reporting-twentyfirst", "Twenty-first reporting set"),
    (ROOT / "benchmarks" / "reporting-twentysecond", "Twenty-second reporting set"),
    (ROOT / "benchmarks" / "reporting-twentythird", "Twenty-third reporting set"),
    (ROOT / "benchmarks" / "reporting-twentyfourth", "Twenty-fourth reporting set"),
    (ROOT / "benchmarks" / "reporting-twentyfifth", "Twenty-fifth reporting set"),
    (ROOT / "benchmarks" / "reporting-twentysixth", "Twenty-sixth reporting set"),
    (ROOT / "benchmarks" / "reporting-twentyseventh", "Twenty-seventh reporting set"),
    (ROOT / "benchmarks" / "reporting-twentyeighth", "Twenty-eighth reporting set"),
    (ROOT / "benchmarks" / "reporting-twentyninth", "Twenty-ninth reporting set"),
    (ROOT / "benchmarks" / "reporting-thirtieth", "Thirtieth reporting set"),
    (ROOT / "benchmarks" / "reporting-thirtyfirst", "Thirty-first reporting set"),
    (ROOT / "benchmarks" / "reporting-thirtysecond", "Thirty-second reporting set"),
    (ROOT / "benchmarks" / "reporting-thirtythird", "Thirty-third reporting set"),
    (ROOT / "benchmarks" / "reporting-thirtyfourth", "Thirty-fourth reporting set"),
    (ROOT / "benchmarks" / "reporting-thirtyfifth", "Thirty-fifth reporting set"),
    (ROOT / "benchmarks" / "reporting-thirtysixth", "Thirty-sixth reporting set"),
    (ROOT / "benchmarks" / "reporting-thirtyseventh", "Thirty-seventh reporting set"),
    (ROOT / "benchmarks" / "reporting-thirtyeighth", "Thirty-eighth reporting set"),
    (ROOT / "benchmarks" / "reporting-thirtyninth", "Thirty-ninth reporting set"),
    (ROOT / "benchmarks" / "reporting-fortieth", "Fortieth reporting set"),
    (ROOT / "benchmarks" / "reporting-forty-first", "Forty-first reporting set"),
    (ROOT / "benchmarks" / "reporting-forty-second", "Forty-second reporting set"),
    (ROOT / "benchmarks" / "reporting-forty-third", "Forty-third reporting set"),
    (ROOT / "benchmarks" / "reporting-forty-fourth", "Forty-fourth reporting set"),
)
DEFAULT_TIMEBANK = ROOT.parent / "shared" / "data" / "timebank"
LANGUAGES = ("en", "ru", "uk")
WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)
OFFSET = re.compile(r"\b(?:ago|earlier|later|before|after|hence|from now)\b", re.I)
COUNT = re.compile(
    r"\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"several|few|fortnight)\b",
    re.I,
)
MONTH_DAY = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}\b"
    r"|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    re.I,
)
TIMEBANK_CATEGORIES = ("all", "weekdays", "offsets", "month/day without year", "vague refs")


def normalize_value(value: str) -> str:
    """Apply TimeBank's formatting normalisation: case, W7 -> W07, trailing -XX."""
    value = value.upper()
    value = re.sub(r"-W(\d)(?!\d)", r"-W0\1", value)
    return re.sub(r"(?:-XX)+$", "", value)


def timebank_categories(row: dict) -> list[str]:
    """Name the TimeBank categories a row belongs to."""
    text, found = row["text"], ["all"]
    if WEEKDAY.search(text):
        found.append("weekdays")
    if OFFSET.search(text) and COUNT.search(text):
        found.append("offsets")
    if MONTH_DAY.search(text) and not re.search(r"\b\d{4}\b", text):
        found.append("month/day without year")
    if row["value"].endswith("_REF"):
        found.append("vague refs")
    return found


def reporting_reference(row: dict) -> date | datetime | Reference:
    """Return what a real-reporting row counts from: a day of its story, or its publication.

    A day of the story is no report's publication: it is given as an incident's day is.
    """
    if row.get("reference"):
        return Reference(INCIDENT, date.fromisoformat(row["reference"]), "story-day")
    published = row["published"]
    return datetime.fromisoformat(published) if "T" in published else date.fromisoformat(published)


def load_reporting(folder: Path) -> list[dict]:
    rows = []
    for language in LANGUAGES:
        path = folder / f"{language}.jsonl"
        rows.extend(json.loads(line) for line in path.open(encoding="utf-8") if line.strip())
    return rows


def load_timebank(folder: Path) -> list[dict]:
    path = folder / "timebank.timex.jsonl"
    return [row for line in path.open() if (row := json.loads(line))["type"] == "DATE"]


def reporting_answer(row: dict):
    try:
        return resolve(row["text"], reporting_reference(row), row["sentence"])
    except DateNotUnderstood:
        return None


_NUMBER = r"(\d+(?:\.\d+)?)"
_LENGTH = re.compile(
    rf"P(?:{_NUMBER}Y)?(?:{_NUMBER}M)?(?:{_NUMBER}W)?(?:{_NUMBER}D)?"
    rf"(?:T(?:{_NUMBER}H)?(?:{_NUMBER}M)?(?:{_NUMBER}S)?)?"
)


def length_of(value: str) -> tuple[float, float] | None:
    """Return a counted length as (months, seconds): PT1.5H and PT1H30M are one length."""
    match = _LENGTH.fullmatch(value)
    if not match or value in ("P", "PT"):
        return None
    y, mo, w, d, h, mi, s = (float(part or 0) for part in match.groups())
    return 12 * y + mo, ((7 * w + d) * 24 + h) * 3600 + mi * 60 + s


_ZONED_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})")


def instant_of(value: str) -> datetime | None:
    """Return the instant a time with its zone names: 07:30+03:00 and 04:30Z are one."""
    if not _ZONED_TIME.fullmatch(value):
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:  # "T24:00", which TimeML allows and Python does not
        return None


def reporting_right(row: dict, answer) -> bool:
    if answer is None:
        return False
    if answer.value == row["value"]:
        return True
    length = length_of(row["value"])
    if length is not None and length == length_of(answer.value):
        return True
    instant = instant_of(row["value"])
    if instant is not None and instant == instant_of(answer.value):
        return True
    if answer.start is None or answer.end is None or row["start"] is None:
        return False
    return (answer.start.isoformat(), answer.end.isoformat()) == (row["start"], row["end"])


def timebank_answer(row: dict) -> str | None:
    try:
        return resolve(
            row["text"], date.fromisoformat(row["dct"]), row["sentence"], packs=("newswire",)
        ).value
    except DateNotUnderstood:
        return None


def dateparser_answer(text: str, reference: datetime, languages=None):
    import dateparser

    parsed = dateparser.parse(
        text,
        languages=languages,
        settings={"RELATIVE_BASE": reference, "PREFER_DATES_FROM": "current_period"},
    )
    return parsed.date() if parsed else None


def score_reporting(rows: list[dict], baseline: bool) -> dict:
    right, total, baseline_right, misses = Counter(), Counter(), Counter(), []
    for row in rows:
        answer = reporting_answer(row)
        ok = reporting_right(row, answer)
        keys = ("all", f"lang:{row['language']}", f"class:{row['class']}")
        for key in keys:
            total[key] += 1
            right[key] += ok
        if baseline:
            reference = reporting_reference(row)
            if isinstance(reference, Reference):
                reference = reference.day
            moment = (
                reference
                if isinstance(reference, datetime)
                else datetime.combine(reference, datetime.min.time())
            )
            day = dateparser_answer(row["text"], moment.replace(tzinfo=None), [row["language"]])
            hit = day is not None and row["start"] == row["end"] == day.isoformat()
            for key in keys:
                baseline_right[key] += hit
        if not ok:
            misses.append((row, answer))
    return {"right": right, "total": total, "baseline": baseline_right, "misses": misses}


def score_timebank(rows: list[dict], baseline: bool) -> dict:
    right, total, baseline_right, misses = Counter(), Counter(), Counter(), []
    for row in rows:
        answer = timebank_answer(row)
        ok = answer is not None and normalize_value(answer) == normalize_value(row["value"])
        hit = False
        if baseline:
            day = dateparser_answer(row["text"], datetime.fromisoformat(row["dct"]))
            hit = day is not None and day.isoformat() == normalize_value(row["value"])
        for category in timebank_categories(row):
            total[category] += 1
            right[category] += ok
            baseline_right[category] += hit
        if not ok:
            misses.append((row, answer))
    return {"right": right, "total": total, "baseline": baseline_right, "misses": misses}


def throughput(rows: list[tuple[str, date, str]]) -> tuple[float, float, float]:
    """Return expressions per second: each text parsed afresh; in one pass with the parse
    cache empty at the start (a text met again is not parsed again, as in a build); and
    with the cache warm."""
    rates = []
    for mode in ("fresh", "stream", "warm"):
        best = float("inf")
        # The best of five runs: the machine's other work only ever slows a run down.
        for _ in range(5):
            if mode != "warm":
                parse.cache_clear()
            started = time.perf_counter()
            for text, reference, sentence in rows:
                if mode == "fresh":
                    parse.cache_clear()
                with contextlib.suppress(DateNotUnderstood):
                    resolve(text, reference, sentence)
            best = min(best, time.perf_counter() - started)
        rates.append(len(rows) / best)
    return rates[0], rates[1], rates[2]


def _row(label: str, n: int, cells: list[str]) -> str:
    return f"{label:<28}{n:>6}" + "".join(f"{cell:>16}" for cell in cells)


def _percent(right: int, total: int) -> str:
    return f"{100 * right / total:.1f}%" if total else "-"


def print_table(title: str, result: dict, keys: list[tuple[str, str]], baseline: bool) -> None:
    print(title)
    names = ["incident_dates", *(["dateparser"] if baseline else [])]
    print(_row("", 0, names).replace("     0", "     n"))
    for key, label in keys:
        total = result["total"][key]
        if not total:
            continue
        cells = [_percent(result["right"][key], total)]
        if baseline:
            cells.append(_percent(result["baseline"][key], total))
        print(_row(label, total, cells))
    print()


def print_misses(result: dict, count: int) -> None:
    for row, answer in result["misses"][:count]:
        got = answer.value if answer else None
        print(f"  {row['id']} {row['text']!r} ({row['published']}) gold={row['value']} got={got}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=("reporting", "timebank", "all"), default="all")
    parser.add_argument("--reporting", type=Path, default=DEFAULT_REPORTING)
    parser.add_argument("--timebank", type=Path, default=DEFAULT_TIMEBANK)
    parser.add_argument("--baseline", action="store_true", help="also score dateparser")
    parser.add_argument("--errors", type=int, default=0, help="print this many misses")
    args = parser.parse_args()
    timed: list[tuple[str, date, str]] = []
    if args.set in ("reporting", "all"):
        rows = load_reporting(args.reporting)
        result = score_reporting(rows, args.baseline)
        classes = sorted({key for key in result["total"] if key.startswith("class:")})
        keys = [("all", "all"), *((f"lang:{lang}", lang) for lang in LANGUAGES)]
        keys += [(key, key.split(":", 1)[1]) for key in classes]
        print_table(f"Real reporting ({len(rows)} expressions)", result, keys, args.baseline)
        print_misses(result, args.errors)
        timed += [(row["text"], reporting_reference(row), row["sentence"]) for row in rows]
        for folder, title in LATER_SETS if args.reporting == DEFAULT_REPORTING else ():
            later = load_reporting(folder)
            result = score_reporting(later, args.baseline)
            title = f"{title} ({len(later)} expressions)"
            print_table(title, result, keys[: 1 + len(LANGUAGES)], args.baseline)
            print_misses(result, args.errors)
    if args.set in ("timebank", "all"):
        if not (args.timebank / "timebank.timex.jsonl").exists():
            print(f"{args.timebank} has no TimeBank data: pass --timebank", file=sys.stderr)
            return 2
        rows = load_timebank(args.timebank)
        result = score_timebank(rows, args.baseline)
        keys = [(category, category) for category in TIMEBANK_CATEGORIES]
        corpus = (
            "TimeBank 1.2"
            if args.timebank.resolve() == DEFAULT_TIMEBANK.resolve()
            else args.timebank.name
        )
        print_table(f"{corpus}, DATE ({len(rows)} expressions)", result, keys, args.baseline)
        for row, answer in result["misses"][: args.errors]:
            print(f"  {row['text']!r} dct={row['dct']} gold={row['value']} got={answer}")
        timed += [(row["text"], date.fromisoformat(row["dct"]), row["sentence"]) for row in rows]
    distinct = len({text for text, _, _ in timed})
    fresh, stream, warm = throughput(timed)
    print(
        f"expressions/s over {len(timed):,} expressions ({distinct:,} distinct texts): "
        f"each parsed afresh {fresh:,.0f}; in one pass, parsing each text once {stream:,.0f}; "
        f"parse cache warm {warm:,.0f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
