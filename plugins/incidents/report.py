"""Collect the problems of one content file, each placed at its line and column."""

from __future__ import annotations

import difflib
from pathlib import Path

from .problems import ERROR, WARNING, Problem, field_path
from .sourcefile import FileProblem, read_text, split_front_matter
from .yamlsource import YamlProblem


def closest(value: str, choices) -> str:
    """Return a hint naming the choice `value` was probably meant to be, or ''."""
    match = difflib.get_close_matches(value, list(choices), n=1, cutoff=0.6)
    return f"did you mean '{match[0]}'?" if match else ""


def display_path(path: Path, root: Path, resolved: bool = False) -> str:
    """Return how reports name a file: relative to `root` when it lies within it.

    `resolved` says both paths are resolved already, which saves resolving them again
    for a file outside `root` (a build reads thousands).
    """
    text, base = path.as_posix(), root.as_posix().rstrip("/") + "/"
    if text.startswith(base):
        return text[len(base) :]
    if resolved:
        return text
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return text


class FileReport:
    """The problems of one file, and where in it each field is.

    Positions come from the parsed front matter while it is at hand. A report kept for a
    later build (or read from the cache) keeps the positions of the fields later stages
    usually report on; any other is found by parsing the file again, which only a file
    with a problem ever needs.
    """

    def __init__(self, path: Path, display: str, positions=None):
        self.path = path
        self.display_path = display
        self.problems: list[Problem] = []
        self.failed = False
        self._positions = positions  # a callable (path -> line, column), or a dict

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        if callable(state["_positions"]):
            state["_positions"] = None
        return state

    def copy(self) -> FileReport:
        """Return a report with the same problems so far, for a stage that adds more."""
        other = FileReport(self.path, self.display_path, self._positions)
        other.problems = list(self.problems)
        other.failed = self.failed
        return other

    def keep_positions(self, paths) -> None:
        """Remember the positions of `paths` for after the parsed file is gone."""
        self._positions = {tuple(path): self.position(path) for path in paths}

    def position(self, path: tuple) -> tuple[int, int]:
        """Return the (line, column) of a front-matter data path, parsing again if need be."""
        path = tuple(path)
        if isinstance(self._positions, dict) and path in self._positions:
            return self._positions[path]
        if not callable(self._positions):
            self._positions = self._parse_positions()
            if self._positions is None:
                return (1, 1)
        return self._positions(path)

    def _parse_positions(self):
        try:
            source = split_front_matter(read_text(self.path))
        except (FileProblem, YamlProblem):
            return None
        return source.position

    def error(self, path: tuple, message: str, hint: str = "") -> None:
        self.failed = True
        self._add(path, message, hint, ERROR)

    def warning(self, path: tuple, message: str, hint: str = "") -> None:
        self._add(path, message, hint, WARNING)

    def at_line(self, line: int, field: str, message: str, hint: str, severity: str) -> None:
        """Report a problem at a line of the file outside the front matter."""
        self.failed |= severity == ERROR
        self.problems.append(Problem(self.display_path, line, 1, field, message, hint, severity))

    def file_problem(self, problem: FileProblem | YamlProblem) -> None:
        self.failed = True
        self.problems.append(
            Problem(
                self.display_path,
                problem.line,
                problem.column,
                field_path(problem.path),
                problem.message,
                getattr(problem, "hint", ""),
            )
        )

    def _add(self, path: tuple, message: str, hint: str, severity: str) -> None:
        line, column = self.position(path)
        self.problems.append(
            Problem(self.display_path, line, column, field_path(path), message, hint, severity)
        )
