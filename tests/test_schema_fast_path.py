"""The compiled validator says yes only to what jsonschema accepts: it may skip it, never overrule it."""

from __future__ import annotations

import copy

import pytest
from conftest import ACTORS, INCIDENT, OUTLETS, PLACES
from hypothesis import given, settings
from hypothesis import strategies as st

from incidents import schema
from incidents.sourcefile import split_front_matter
from incidents.yamlsource import load_yaml

VALID = split_front_matter(INCIDENT).front_matter.data
VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-10, 10**10)
    | st.floats(allow_nan=False)
    | st.sampled_from([5.0, 0, -0.0, "", " ", "x", "2023-06-01", "a-b", "#x", "\x07", 1e300])
    | st.sampled_from(["x" * n for n in (81, 201, 301, 501, 1001, 2001, 4001)])
    | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)


def paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from paths(item, (*prefix, index))


ALL_PATHS = [path for path in paths(VALID) if path]


def mutated(data, path, value, delete):
    data = copy.deepcopy(data)
    parent = data
    for part in path[:-1]:
        parent = parent[part]
    if delete and isinstance(parent, dict):
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    return data


PROBES = [
    None, True, 0, -1, 5.0, 2.5, 10**10, "", " ", "x", "X Y", "a-b", "#x", "\x07",
    "2023-06-01", "2023-06-01T09:00:00", "javascript:alert(1)", "https://a.example/",
    *("x" * n for n in (81, 201, 301, 501, 1001, 2001, 4001)), [], ["x"], {}, {"x": 1},
]  # fmt: skip


def jsonschema_accepts(data, name, definition=None) -> bool:
    return not list(schema.validator(name, definition).iter_errors(data))


@pytest.mark.parametrize(
    ("valid", "name", "definition"),
    [
        (VALID, schema.INCIDENT_SCHEMA, None),
        (load_yaml(PLACES).data, schema.REGISTRIES_SCHEMA, "places"),
        (load_yaml(ACTORS).data, schema.REGISTRIES_SCHEMA, "actors"),
        (load_yaml(OUTLETS).data, schema.REGISTRIES_SCHEMA, "outlets"),
    ],
    ids=["incident", "places", "actors", "outlets"],
)
def test_every_field_given_every_probe_value_or_left_out(valid, name, definition):
    assert schema.is_valid_fast(valid, name, definition)
    for path in [path for path in paths(valid) if path]:
        for data in [mutated(valid, path, None, True)] + [
            mutated(valid, path, probe, False) for probe in PROBES
        ]:
            if schema.is_valid_fast(data, name, definition):
                assert jsonschema_accepts(data, name, definition), (path, data)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(ALL_PATHS), VALUES, st.booleans()), min_size=1, max_size=3)
)
def test_a_yes_from_the_compiled_validator_is_a_yes_from_jsonschema(edits):
    data = VALID
    for path, value, delete in edits:
        try:
            data = mutated(data, path, value, delete)
        except (KeyError, IndexError, TypeError):
            continue
    if schema.is_valid_fast(data, schema.INCIDENT_SCHEMA):
        assert jsonschema_accepts(data, schema.INCIDENT_SCHEMA), data


def test_both_accept_the_valid_incident_and_registry():
    assert schema.is_valid_fast(VALID, schema.INCIDENT_SCHEMA)
    assert jsonschema_accepts(VALID, schema.INCIDENT_SCHEMA)
    places = load_yaml(PLACES).data
    assert schema.is_valid_fast(places, schema.REGISTRIES_SCHEMA, "places")
    assert jsonschema_accepts(places, schema.REGISTRIES_SCHEMA, "places")


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(["shebekino", "x", "Bad Id"]), VALUES, max_size=2))
def test_registry_entries_too(entries):
    for kind in ("places", "actors", "outlets"):
        if schema.is_valid_fast(entries, schema.REGISTRIES_SCHEMA, kind):
            assert jsonschema_accepts(entries, schema.REGISTRIES_SCHEMA, kind), (kind, entries)
