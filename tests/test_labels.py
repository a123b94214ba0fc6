"""Each fixed vocabulary of the format has a reader's word for every value, and only those."""

from __future__ import annotations

import json

import pytest
from conftest import ROOT

from incident_dates import resolution
from incidents.labels import VOCABULARIES, readable

SCHEMAS = ROOT / "plugins" / "incidents" / "schema"


def enum(schema: str, *path: str) -> list[str]:
    node = json.loads((SCHEMAS / schema).read_text())
    for key in path:
        node = node[key]
    return node["enum"]


@pytest.mark.parametrize(
    ("vocabulary", "values"),
    [
        ("claim_kind", enum("incident.schema.json", "$defs", "claim", "properties", "kind")),
        ("claim_status", enum("incident.schema.json", "$defs", "claim", "properties", "status")),
        ("location_precision", enum("incident.schema.json", "$defs", "locationPrecision")),
        (
            "place_kind",
            enum("registries.schema.json", "$defs", "place", "properties", "kind"),
        ),
        (
            "actor_kind",
            enum("registries.schema.json", "$defs", "actor", "properties", "kind"),
        ),
    ],
)
def test_every_value_of_a_schema_enum_has_a_readers_word(vocabulary, values):
    assert sorted(VOCABULARIES[vocabulary]) == sorted(values)
    for value in values:
        assert "_" not in readable(value, vocabulary) and "-" not in readable(value, vocabulary)


def test_every_precision_of_the_date_engine_has_a_readers_word():
    assert sorted(VOCABULARIES["date_precision"]) == sorted(resolution.PRECISIONS)


@pytest.mark.parametrize(
    ("value", "vocabulary", "expected"),
    [
        ("armed-group", "actor_kind", "armed group"),
        ("uk", "language", "Ukrainian"),
        ("pt-BR", "language", "Portuguese (pt-BR)"),
        ("xx", "language", "xx"),
        ("not_yet_known", "claim_kind", "not yet known"),
        ("", "claim_kind", ""),
        ("UA", "country", "Ukraine"),
        ("XK", "country", "XK"),  # a code the table lacks stays a code
    ],
)
def test_readable(value, vocabulary, expected):
    assert readable(value, vocabulary) == expected
