"""Check data against the published JSON Schemas and explain failures in plain words."""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import fastjsonschema
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

SCHEMA_DIR = Path(__file__).parent / "schema"
INCIDENT_SCHEMA = "incident.schema.json"
REGISTRIES_SCHEMA = "registries.schema.json"

# C0 and C1 controls and DEL, except tab and line feed (CRLF is folded before parsing).
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_TYPE_NAMES = {
    "string": "text",
    "object": "a mapping of fields",
    "array": "a list",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "null": "empty",
}


@dataclass(frozen=True)
class SchemaFailure:
    """One failure: the data path it concerns, and what to say about it."""

    path: tuple
    message: str
    hint: str = ""


@cache
def load_schema(name: str) -> dict:
    """Load a schema file shipped with the plugin."""
    return json.loads((SCHEMA_DIR / name).read_text(encoding="utf-8"))


@cache
def validator(name: str, definition: str | None = None) -> Draft202012Validator:
    """Return a validator for a schema file, or for one of its $defs."""
    schema = load_schema(name)
    if definition:
        schema = {"$ref": f"#/$defs/{definition}", "$defs": schema["$defs"]}
    return Draft202012Validator(schema)


@cache
def fast_validator(name: str, definition: str | None = None):
    """Return a compiled validator for a schema: a fast yes for data that is valid.

    fastjsonschema compiles the schema to Python; it knows draft 7, and the schemas use
    nothing draft 7 lacks. It only ever says yes: data it refuses, or any doubt, goes to
    jsonschema, whose failures are what reports explain (tests/test_schema_fast_path.py
    checks the two agree).
    """
    schema = _as_draft_7(load_schema(name))
    schema["$schema"] = "http://json-schema.org/draft-07/schema#"
    if definition:
        schema = {
            "$schema": schema["$schema"],
            "$ref": f"#/$defs/{definition}",
            "$defs": schema["$defs"],
        }
    return fastjsonschema.compile(schema)


def _as_draft_7(schema):
    """Rewrite a 2020-12 schema for draft 7: there, keywords beside a `$ref` are ignored."""
    if isinstance(schema, list):
        return [_as_draft_7(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    rewritten = {
        key: (
            {name: _as_draft_7(item) for name, item in value.items()}
            if key in ("properties", "$defs")
            else _as_draft_7(value)
        )
        for key, value in schema.items()
    }
    if "$ref" in rewritten and len(rewritten) > 1:
        reference = {"$ref": rewritten.pop("$ref")}
        return {"allOf": [reference, rewritten]}
    return rewritten


def is_valid_fast(data, name: str, definition: str | None = None) -> bool:
    """Tell whether the compiled validator accepts `data`."""
    try:
        fast_validator(name, definition)(data)
    except fastjsonschema.JsonSchemaException:
        return False
    return True


def _json_type(value) -> str:
    if isinstance(value, bool):
        return "boolean"
    if value is None:
        return "null"
    for name, kind in (("integer", int), ("number", float), ("string", str)):
        if isinstance(value, kind):
            return name
    return "array" if isinstance(value, list) else "object"


def _closest(value: str, choices) -> str:
    match = difflib.get_close_matches(str(value), list(choices), n=1, cutoff=0.6)
    return f"did you mean '{match[0]}'?" if match else ""


def _shown(value) -> str:
    """Quote a value as the file wrote it, briefly."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return f"'{text[:80]}'"


def _explain(error: ValidationError) -> list[SchemaFailure]:
    """Turn one jsonschema error into failures a contributor can act on."""
    path = tuple(error.absolute_path)
    kind, expected, instance = error.validator, error.validator_value, error.instance
    if kind == "additionalProperties" and isinstance(instance, dict):
        allowed = error.schema.get("properties", {})
        return [
            SchemaFailure(
                (*path, key),
                f"unknown field '{key}'",
                _closest(key, allowed) or f"allowed fields: {', '.join(allowed)}",
            )
            for key in instance
            if key not in allowed
        ]
    if kind == "required":
        # A misspelt key is reported once, as unknown with the right name as its hint.
        allowed = error.schema.get("properties", {})
        misspelt = {
            _closest(key, allowed)
            for key in instance
            if isinstance(key, str) and key not in allowed
        }
        return [
            SchemaFailure(path, f"missing required field '{key}'")
            for key in expected
            if key not in instance and f"did you mean '{key}'?" not in misspelt
        ]
    if kind == "type":
        if "errorMessage" in error.schema:
            return [SchemaFailure(path, f"{_shown(instance)} {error.schema['errorMessage']}")]
        wanted = expected if isinstance(expected, list) else [expected]
        names = " or ".join(_TYPE_NAMES[name] for name in wanted)
        got = _TYPE_NAMES[_json_type(instance)]
        fields = error.schema.get("properties", {})
        if "object" in wanted and fields:
            names += f" ({', '.join(fields)})"
        return [SchemaFailure(path, f"must be {names}, not {got}")]
    if kind == "enum":
        choices = ", ".join(str(choice) for choice in expected)
        return [
            SchemaFailure(
                path, f"'{instance}' is not one of: {choices}", _closest(instance, expected)
            )
        ]
    if kind == "pattern":
        message = error.schema.get("errorMessage", f"does not match {expected}")
        return [SchemaFailure(path, f"{_shown(instance)} {message}")]
    if kind == "propertyNames":
        return [SchemaFailure((*path, instance), f"'{instance}' is not allowed as a name here")]
    if (kind == "minLength" and expected == 1) or kind == "minProperties":
        return [SchemaFailure(path, "must not be empty")]
    if kind == "maxLength":
        return [SchemaFailure(path, f"is {len(instance):,} characters long; at most {expected:,}")]
    if kind == "minItems":
        return [SchemaFailure(path, f"needs at least {expected} item{'s' * (expected != 1)}")]
    if kind == "uniqueItems":
        return [SchemaFailure(path, "lists the same item more than once")]
    if kind == "minimum":
        return [SchemaFailure(path, f"must be at least {expected}, not {instance}")]
    if kind == "maximum":
        return [SchemaFailure(path, f"must be at most {expected}, not {instance}")]
    if kind == "exclusiveMinimum":
        return [SchemaFailure(path, f"must be more than {expected}, not {instance}")]
    return [SchemaFailure(path, error.message)]


def check(data, name: str, definition: str | None = None) -> list[SchemaFailure]:
    """Validate `data` and return every failure, in document order of their paths."""
    failures: list[SchemaFailure] = []
    if not is_valid_fast(data, name, definition):
        for error in validator(name, definition).iter_errors(data):
            failures.extend(_explain(error))
    failures.extend(_control_characters(data, ()))
    return failures


def _control_characters(value, path: tuple) -> list[SchemaFailure]:
    """Refuse invisible control characters: they hide text and drive terminals."""
    if isinstance(value, dict):
        return [f for key, item in value.items() for f in _control_characters(item, (*path, key))]
    if isinstance(value, list):
        return [
            f for index, item in enumerate(value) for f in _control_characters(item, (*path, index))
        ]
    if isinstance(value, str):
        found = CONTROL_CHARACTERS.search(value)
        if found:
            return [
                SchemaFailure(
                    path,
                    f"contains the control character U+{ord(found.group()):04X}",
                    "remove it; only line breaks and tabs are allowed in text",
                )
            ]
    return []
