"""Problems found in content files, reported all at once with file, line and field."""

from __future__ import annotations

from dataclasses import dataclass

ERROR = "error"
WARNING = "warning"
# Said for the record, never a fault: a file skipped as an editor's or system's.
NOTICE = "notice"


def field_path(path: tuple) -> str:
    """Format a data path such as ('claims', 0, 'status') as 'claims[0].status'."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong (or worth a warning) in one content file."""

    path: str
    line: int
    column: int
    field: str
    message: str
    hint: str = ""
    severity: str = ERROR

    def format(self) -> str:
        """Render as `path:line:column: field: message`, with the hint on a second line."""
        field = f"{self.field}: " if self.field else ""
        warning = f"{self.severity}: " if self.severity != ERROR else ""
        text = f"{self.path}:{self.line}:{self.column}: {field}{warning}{self.message}"
        if self.hint:
            text += f"\n    hint: {self.hint}"
        return text


class ArchiveInvalid(SystemExit):
    """The archive has errors; carries every problem, and exits 1 with the report if uncaught.

    It derives from SystemExit so that a plain `pelican` run stops with the report
    and no traceback (Pelican logs any Exception with its traceback).
    """

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__(format_report(problems))


def format_report(problems: list[Problem]) -> str:
    """Render problems sorted by file and line, with a closing count."""
    problems = sorted(problems)
    errors = sum(p.severity == ERROR for p in problems)
    warnings = sum(p.severity == WARNING for p in problems)
    files = len({p.path for p in problems})
    lines = [p.format() for p in problems]
    lines.append(
        f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}"
        f" in {files} file{'s' * (files != 1)}"
    )
    return "\n".join(lines)


def _github_escape(text: str, in_property: bool = False) -> str:
    """Escape text for a GitHub Actions workflow command (and its properties)."""
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if in_property else text


def github_annotation(problem: Problem) -> str:
    """Render a problem as a GitHub Actions annotation on its file and line."""
    command = problem.severity
    title = problem.field or "file"
    message = problem.message + (f" (hint: {problem.hint})" if problem.hint else "")
    properties = ",".join(
        f"{name}={_github_escape(str(value), in_property=True)}"
        for name, value in (
            ("file", problem.path),
            ("line", problem.line),
            ("col", problem.column),
            ("title", title),
        )
    )
    return f"::{command} {properties}::{_github_escape(message)}"
