"""The real-reporting benchmark sets: every row well formed, as benchmarks/reporting/README.md says."""

from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
SETS = sorted(path for path in BENCHMARKS.glob("reporting*") if path.is_dir())
FIELDS = [
    "id",
    "language",
    "text",
    "sentence",
    "outlet",
    "url",
    "article",
    "published",
    "type",
    "value",
    "start",
    "end",
    "class",
    "note",
]
README = (BENCHMARKS / "reporting" / "README.md").read_text(encoding="utf-8")
# The classes the README lists, each in backquotes in its "Classes" section.
CLASSES = frozenset(re.findall(r"`([a-z-]+)`", README.split("## Classes", 1)[1]))


def _rows(folder: Path):
    for language in ("en", "ru", "uk"):
        path = folder / f"{language}.jsonl"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            yield language, f"{path.name}:{number}", json.loads(line)


@pytest.mark.parametrize("folder", SETS, ids=[folder.name for folder in SETS])
def test_every_row_is_well_formed(folder):
    assert (folder / "README.md").is_file()
    seen, problems = set(), []
    for language, where, row in _rows(folder):
        missing = [field for field in FIELDS if field not in row]
        if missing:
            problems.append(f"{where}: no {', '.join(missing)}")
            continue
        if row["id"] in seen:
            problems.append(f"{where}: id {row['id']} used twice")
        seen.add(row["id"])
        if row["language"] != language:
            problems.append(f"{where}: language {row['language']} in the {language} file")
        if row["type"] not in ("DATE", "TIME", "DURATION"):
            problems.append(f"{where}: type {row['type']}")
        if row["class"] not in CLASSES:
            problems.append(f"{where}: class {row['class']}")
        if row["text"].lower() not in row["sentence"].lower():
            problems.append(f"{where}: the text is not in its sentence")
        try:
            date.fromisoformat(row["published"][:10])
        except ValueError:
            problems.append(f"{where}: published {row['published']!r} is no date")
        if row["start"] and row["end"] and row["start"] > row["end"]:
            problems.append(f"{where}: starts after it ends")
    assert problems == []


def test_the_classes_are_read_from_the_readme():
    assert {"night", "weekday", "duration", "vague"} <= CLASSES


def test_every_later_set_is_scored():
    sys.path.insert(0, str(BENCHMARKS))
    import dates

    scored = {folder.name for folder, _ in dates.LATER_SETS}
    assert {folder.name for folder in SETS} - {"reporting"} == scored


def test_a_length_is_right_in_either_notation():
    sys.path.insert(0, str(BENCHMARKS))
    import dates

    assert dates.length_of("PT1.5H") == dates.length_of("PT1H30M")
    assert dates.length_of("P2.5Y") == dates.length_of("P2Y6M")
    assert dates.length_of("P1M") != dates.length_of("P30D")
    assert dates.length_of("PXH") is None and dates.length_of("2023-05") is None


def test_a_time_with_its_zone_is_right_at_the_same_instant():
    sys.path.insert(0, str(BENCHMARKS))
    import dates

    assert dates.instant_of("2023-07-17T07:30+03:00") == dates.instant_of("2023-07-17T04:30Z")
    assert dates.instant_of("2023-07-17T07:30") is None
