"""Parse YAML safely, YAML 1.2 style, keeping the line and column of every key."""

from __future__ import annotations

import re
import typing
from dataclasses import dataclass, field

import yaml

MAX_DEPTH = 20

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class Loader(_BaseLoader):
    """Safe loader that resolves plain scalars by the YAML 1.2 core schema.

    YAML 1.1 turns `country: NO` into False, `2023-06-01` into a date object and
    `12:30` into 750; contributors mean text, so only true/false, null and plain
    decimal numbers are resolved and everything else stays a string.
    """

    yaml_implicit_resolvers: typing.ClassVar[dict] = {}


for _tag, _pattern, _first in (
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("tag:yaml.org,2002:int", r"^[-+]?[0-9]+$", "-+0123456789"),
    (
        "tag:yaml.org,2002:float",
        r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$",
        "-+.0123456789",
    ),
):
    Loader.add_implicit_resolver(_tag, re.compile(_pattern), list(_first))


class YamlProblem(Exception):
    """The YAML text cannot be accepted; carries a 1-based position."""

    def __init__(self, message: str, line: int, column: int, path: tuple = ()):
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column
        self.path = path


# What the parser says when a quote or bracket is left open, where it noticed (often the
# end of the text), and what to say instead, at the line where it was opened.
_LEFT_OPEN = {
    "while scanning a quoted scalar": "a quote opened here is never closed",
    "while parsing a flow sequence": "a '[' opened here is never closed with ']'",
    "while parsing a flow mapping": "a '{' opened here is never closed with '}'",
}


def _explained(error: yaml.MarkedYAMLError) -> YamlProblem:
    """Place a YAML error at the line that holds the mistake, and say it plainly."""
    opened = _LEFT_OPEN.get(error.context or "")
    if opened and error.context_mark is not None:
        mark = error.context_mark
        return YamlProblem(f"invalid YAML: {opened}", mark.line + 1, mark.column + 1)
    mark = error.problem_mark or error.context_mark
    message = error.problem or error.context or "invalid YAML"
    if error.context and error.problem:
        message = f"{error.context}: {error.problem}"
    if error.problem == "mapping values are not allowed in this context":
        message += " (a value with ': ' in it needs quotes: title: \"Strike: three dead\")"
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    return YamlProblem(f"invalid YAML: {message}", line, column)


@dataclass
class YamlDocument:
    """Parsed data with the position of each key and list item, by data path."""

    data: object
    positions: dict[tuple, tuple[int, int]] = field(default_factory=dict)

    def position(self, path: tuple) -> tuple[int, int]:
        """Return (line, column) of the deepest known part of `path`."""
        path = tuple(path)
        while path not in self.positions and path:
            path = path[:-1]
        return self.positions.get(path, (1, 1))


def _check_events(text: str) -> None:
    """Refuse aliases, anchors and deep nesting before anything is built."""
    depth = 0
    loader = Loader(text)
    try:
        while loader.check_event():
            event = loader.get_event()
            mark = event.start_mark
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                raise YamlProblem(
                    "YAML anchors and aliases (&name, *name) are not allowed",
                    mark.line + 1,
                    mark.column + 1,
                )
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                if depth > MAX_DEPTH:
                    raise YamlProblem(
                        f"nested more than {MAX_DEPTH} levels deep",
                        mark.line + 1,
                        mark.column + 1,
                    )
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
    finally:
        loader.dispose()


# How many flow brackets, and how long a line's run of indentation and block indicators,
# a text may hold before its events are checked one by one: past these, the composer
# itself could recurse too far.
_SAFE_INDENT = 100
_BLOCK_START = re.compile(r"[ \t?:-]*")


def _needs_event_check(text: str) -> bool:
    """Tell whether a text may hold an anchor, an alias or nesting too deep to compose.

    Reading the events costs a third of the parse; the text of most files shows at once
    that it holds none of these. Within these bounds, block nesting is checked on the
    nodes (`_walk`).
    """
    if "&" in text or "*" in text:
        return True
    if text.count("[") + text.count("{") > MAX_DEPTH:
        return True
    return any(len(_BLOCK_START.match(line).group()) > _SAFE_INDENT for line in text.splitlines())


def _walk(node, path: tuple, positions: dict) -> None:
    """Record positions; refuse duplicate or non-text keys, and nesting too deep."""
    if len(path) >= MAX_DEPTH and isinstance(node, (yaml.MappingNode, yaml.SequenceNode)):
        mark = node.start_mark
        message = f"nested more than {MAX_DEPTH} levels deep"
        raise YamlProblem(message, mark.line + 1, mark.column + 1)
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            mark = key_node.start_mark
            if not isinstance(key_node, yaml.ScalarNode):
                raise YamlProblem("a key must be plain text", mark.line + 1, mark.column + 1, path)
            key = key_node.value
            if key in seen:
                raise YamlProblem(
                    f"duplicate key '{key}' (first on line {seen[key]})",
                    mark.line + 1,
                    mark.column + 1,
                    (*path, key),
                )
            seen[key] = mark.line + 1
            positions[(*path, key)] = (mark.line + 1, mark.column + 1)
            _walk(value_node, (*path, key), positions)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            mark = item.start_mark
            positions[(*path, index)] = (mark.line + 1, mark.column + 1)
            _walk(item, (*path, index), positions)


def load_yaml(text: str) -> YamlDocument:
    """Parse one YAML document into data and positions, or raise YamlProblem."""
    try:
        if _needs_event_check(text):
            _check_events(text)
        loader = Loader(text)
        try:
            node = loader.get_single_node()
            positions: dict[tuple, tuple[int, int]] = {}
            if node is None:
                return YamlDocument(None, positions)
            positions[()] = (node.start_mark.line + 1, node.start_mark.column + 1)
            _walk(node, (), positions)
            data = loader.construct_document(node)
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as error:
        raise _explained(error) from None
    except yaml.YAMLError as error:
        raise YamlProblem(f"invalid YAML: {error}", 1, 1) from None
    return YamlDocument(data, positions)
