"""The date grammar, example by example: each language's files under tests/date_examples."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest

from incident_dates import DateNotUnderstood, resolve
from incident_dates.grammar import grammar
from incident_dates.values import span_of_value

EXAMPLES = Path(__file__).parent / "date_examples"
NEWSWIRE = ("newswire",)
OPTIONS = ("days=", "passed=")


@dataclass(frozen=True)
class Example:
    """One line of an example file."""

    where: str  # "en/nights.txt:12"
    id: str
    language: str
    reference: date | datetime | None
    anchors: dict
    text: str
    expected: str
    sentence: str
    days: tuple[date, date] | None
    packs: tuple[str, ...]
    passed_over: tuple[str, ...] = ()  # words a date found within others leaves unread


def _reference(field: str) -> tuple[date | datetime | None, dict]:
    day, *anchors = field.split("@")
    day = day.strip()
    reference = None
    if day != "-":
        reference = datetime.fromisoformat(day) if "T" in day else date.fromisoformat(day)
    pairs = (anchor.strip().split("=") for anchor in anchors)
    return reference, {key: date.fromisoformat(value) for key, value in pairs}


def load_examples() -> list[Example]:
    examples = []
    for path in sorted(EXAMPLES.rglob("*.txt")):
        relative = path.relative_to(EXAMPLES)
        language = relative.parts[0] if len(relative.parts) > 1 else "common"
        packs = NEWSWIRE if path.stem == "newswire" else ()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip() or line.startswith("#"):
                continue
            fields = [field.strip() for field in line.split(" | ")]
            assert len(fields) >= 4, f"{relative}:{number}: needs id | reference | text | expected"
            example_id, reference, text, expected, *rest = fields
            days = next((field[5:] for field in rest if field.startswith("days=")), None)
            passed = next((field[7:] for field in rest if field.startswith("passed=")), "")
            sentence = next((field for field in rest if not field.startswith(OPTIONS)), "")
            reference, anchors = _reference(reference)
            examples.append(
                Example(
                    f"{relative.as_posix()}:{number}",
                    example_id,
                    language,
                    reference,
                    anchors,
                    text,
                    expected,
                    sentence,
                    tuple(date.fromisoformat(day) for day in days.split("..")) if days else None,
                    packs,
                    tuple(passed.split(",")) if passed else (),
                )
            )
    return examples


ALL = load_examples()


def resolve_example(example: Example):
    return resolve(
        example.text, example.reference, example.sentence, example.anchors, example.packs
    )


@pytest.mark.parametrize("example", ALL, ids=lambda example: f"{example.where} {example.id}")
def test_example(example):
    if example.expected.startswith("error:"):
        with pytest.raises(DateNotUnderstood) as refused:
            resolve_example(example)
        assert example.expected[6:].strip() in str(refused.value)
        return
    resolution = resolve_example(example)
    assert resolution.value == example.expected, example.where
    # A date found within other words says which it left unread; no other example has any.
    assert resolution.passed_over == example.passed_over, example.where
    if example.days:
        assert (resolution.start, resolution.end) == example.days, example.where
    elif not example.expected.endswith("_REF") and not example.expected.startswith("P"):
        span = span_of_value(example.expected, require_zone=False)
        assert (resolution.start, resolution.end) == (span.start, span.end), example.where


def test_examples_cover_every_language_and_family():
    assert {example.language for example in ALL} == {"common", "en", "ru", "uk"}
    families = {Path(example.where.split(":")[0]).stem for example in ALL}
    assert {"days", "parts", "offsets", "periods", "times", "holidays", "vague"} <= families


def test_every_rule_of_the_grammar_is_used_by_an_example():
    used = set()
    for example in ALL:
        if not example.expected.startswith("error:"):
            used.update(resolve_example(example).rules)
    unused = sorted({rule.name for rule in grammar(NEWSWIRE).rules} - used)
    assert unused == [], f"rules no example uses: {unused}"


def test_ids_are_unique_within_a_language():
    seen = defaultdict(list)
    for example in ALL:
        seen[(example.language, example.id)].append(example.where)
    assert [where for where in seen.values() if len(where) > 1] == []


def _answer(example):
    try:
        return resolve_example(example).value
    except DateNotUnderstood:
        return "refused"


def test_an_example_resolves_the_same_in_every_language():
    by_id = defaultdict(list)
    for example in ALL:
        if example.language in ("en", "ru", "uk"):
            by_id[example.id].append(example)
    shared = {key: group for key, group in by_id.items() if len(group) > 1}
    assert len(shared) >= 40, "the languages share too few examples"
    for key, group in shared.items():
        # Refusing is an answer too: the same example is refused in every language.
        answers = {(e.language, e.text): _answer(e) for e in group}
        assert len(set(answers.values())) == 1, (key, answers)
        assert len({e.reference for e in group}) == 1, key
