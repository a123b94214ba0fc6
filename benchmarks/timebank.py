"""Score the date resolver on TimeBank's gold DATE expressions, beside dateparser.

    python3 benchmarks/timebank.py [--data ../shared/data/timebank] [--baseline] [--errors N]

Each expression is resolved from its text, its sentence and its document's publication
date; a value counts when it equals the gold value after formatting normalisation only
(case, W7 -> W07, trailing -XX dropped). No answer is wrong. Prints the score per
category and the throughput, measured in one process after start-up.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

from incident_dates import DateNotUnderstood, resolve  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "timebank"
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


def normalize_value(value: str) -> str:
    """Apply the scoring's formatting normalisation: case, W7 -> W07, trailing -XX."""
    value = value.upper()
    value = re.sub(r"-W(\d)(?!\d)", r"-W0\1", value)
    return re.sub(r"(?:-XX)+$", "", value)


def categories(row: dict) -> list[str]:
    """Name the categories of the README's table that a row belongs to."""
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


def ours(row: dict) -> str | None:
    try:
        return resolve(row["text"], date.fromisoformat(row["dct"]), row["sentence"]).value
    except DateNotUnderstood:
        return None


def with_dateparser(row: dict) -> str | None:
    import dateparser

    parsed = dateparser.parse(
        row["text"],
        settings={
            "RELATIVE_BASE": __import__("datetime").datetime.fromisoformat(row["dct"]),
            "PREFER_DATES_FROM": "current_period",
        },
    )
    return parsed.date().isoformat() if parsed else None


def score(rows: list[dict], resolver) -> tuple[Counter, Counter, float, list]:
    right, total, misses = Counter(), Counter(), []
    started = time.perf_counter()
    answers = [resolver(row) for row in rows]
    elapsed = time.perf_counter() - started
    for row, answer in zip(rows, answers, strict=True):
        ok = answer is not None and normalize_value(answer) == normalize_value(row["value"])
        for category in categories(row):
            total[category] += 1
            right[category] += ok
        if not ok:
            misses.append((row, answer))
    return right, total, len(rows) / elapsed, misses


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--baseline", action="store_true", help="also score dateparser")
    parser.add_argument("--errors", type=int, default=0, help="print this many misses")
    args = parser.parse_args()
    path = args.data / "timebank.timex.jsonl"
    if not path.exists():
        print(f"{path} not found: pass --data", file=sys.stderr)
        return 2
    rows = [row for line in path.open() if (row := json.loads(line))["type"] == "DATE"]
    ours(rows[0])  # start-up (lexicon, compiled patterns) is not part of the throughput
    results = {"incident_dates": score(rows, ours)}
    if args.baseline:
        with_dateparser(rows[0])
        results["dateparser"] = score(rows, with_dateparser)
    names = list(results)
    header = f"{'category':<26}{'n':>6}" + "".join(f"{name:>18}" for name in names)
    print(header)
    print("-" * len(header))
    total = results[names[0]][1]
    for category in ("all", "weekdays", "offsets", "month/day without year", "vague refs"):
        cells = "".join(
            f"{100 * results[name][0][category] / total[category]:>17.1f}%" for name in names
        )
        print(f"{category:<26}{total[category]:>6}{cells}")
    print(f"{'expressions/s':<32}" + "".join(f"{results[name][2]:>18,.0f}" for name in names))
    for row, answer in results[names[0]][3][: args.errors]:
        print(f"{row['text']!r:32} dct={row['dct']} gold={row['value']:12} got={answer}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
