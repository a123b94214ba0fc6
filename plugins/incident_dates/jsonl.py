"""Resolve date expressions given as JSON lines, one answer line per input line."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date, datetime

from .resolution import DateNotUnderstood
from .resolver import resolve


def _day(value, field: str, moment: bool = False) -> date | datetime:
    """Read a day (or, where `moment`, a date-time with its zone) given as text."""
    forms = "YYYY-MM-DD or YYYY-MM-DDTHH:MM with its zone" if moment else "YYYY-MM-DD"
    if not isinstance(value, str):
        raise DateNotUnderstood(f"'{field}' must be a date as {forms}")
    try:
        if moment and "T" in value:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
            if parsed.tzinfo is None:
                raise ValueError
            return parsed
        return date.fromisoformat(value)
    except ValueError:
        raise DateNotUnderstood(f"'{field}' is not a date as {forms}: {value!r}") from None


def answer(line: str) -> dict:
    """Return the answer to one input line: the resolution, or an error message."""
    try:
        request = json.loads(line)
    except json.JSONDecodeError as error:
        return {"id": None, "error": f"not JSON: {error.msg}"}
    if not isinstance(request, dict):
        return {"id": None, "error": "a line must be a JSON object"}
    answer_id = request.get("id")
    try:
        text = request.get("text")
        if not isinstance(text, str):
            raise DateNotUnderstood("'text' must be a string")
        reference = request.get("reference")
        anchors = request.get("anchors") or {}
        if not isinstance(anchors, dict):
            raise DateNotUnderstood("'anchors' must map incident ids to dates")
        context = request.get("context") or ""
        if not isinstance(context, str):
            raise DateNotUnderstood("'context' must be a string")
        resolution = resolve(
            text,
            _day(reference, "reference", moment=True) if reference is not None else None,
            context,
            {key: _day(value, f"anchors.{key}") for key, value in anchors.items()},
        )
    except DateNotUnderstood as error:
        return {"id": answer_id, "error": str(error)}
    return {
        "id": answer_id,
        "value": resolution.value,
        "start": resolution.start.isoformat() if resolution.start else None,
        "end": resolution.end.isoformat() if resolution.end else None,
        "precision": resolution.precision,
        "rule": resolution.rule,
        "rules": list(resolution.rules),
        "passed_over": list(resolution.passed_over),
    }


def answers(lines: Iterable[str]) -> Iterator[str]:
    """Yield one JSON answer line per non-blank input line, in order."""
    for line in lines:
        if line.strip():
            yield json.dumps(answer(line), ensure_ascii=False)
