"""Read a content file: decode it, split its front matter, parse it with positions."""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

import frontmatter

from .yamlsource import YamlDocument, YamlProblem, load_yaml

MAX_FILE_BYTES = 256 * 1024


class FileProblem(Exception):
    """The file cannot be read as an incident file; carries a 1-based position."""

    def __init__(
        self, message: str, line: int = 1, column: int = 1, hint: str = "", path: tuple = ()
    ):
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column
        self.hint = hint
        self.path = path


@dataclass
class FrontMatterFile:
    """A file split into parsed front matter and its Markdown body."""

    front_matter: YamlDocument
    body: str
    line_offset: int
    body_line: int = 1  # the line of the file the body starts on

    def position(self, path: tuple) -> tuple[int, int]:
        """Return the (line, column) in the file of a front-matter data path."""
        line, column = self.front_matter.position(path)
        return line + self.line_offset, column


def decode(raw: bytes) -> str:
    """Decode UTF-8 (with or without BOM) or BOM-marked UTF-16 text, with LF line ends."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError:
            raise FileProblem("the file starts as UTF-16 but is not valid UTF-16") from None
    else:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            line = raw[: error.start].count(b"\n") + 1
            raise FileProblem(
                f"the file is not UTF-8 text (byte 0x{raw[error.start]:02x})",
                line,
                hint="save the file as UTF-8",
            ) from None
    if "\x00" in text:
        raise FileProblem("the file contains a NUL character")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_bytes(path: Path, max_bytes: int = MAX_FILE_BYTES) -> bytes:
    """Read a content file, refusing oversized ones."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise FileProblem(
                f"the file is {size:,} bytes; at most {max_bytes:,} are accepted",
                hint="split the narrative, or move long quotations out of it",
            )
        return path.read_bytes()
    except OSError as error:
        raise FileProblem(f"cannot read the file: {error.strerror}") from None


def read_text(path: Path, max_bytes: int = MAX_FILE_BYTES) -> str:
    """Read and decode a content file, refusing oversized ones."""
    return decode(read_bytes(path, max_bytes))


def split_front_matter(text: str) -> FrontMatterFile:
    """Split `---` delimited YAML front matter from the body and parse it."""
    handler = frontmatter.YAMLHandler()
    opening = handler.FM_BOUNDARY.match(text)
    if not opening:
        raise FileProblem(
            "the file does not start with YAML front matter",
            hint="the first line must be '---', followed by the fields and another '---' line",
        )
    try:
        yaml_text, body = handler.split(text)
    except ValueError:
        raise FileProblem(
            "the front matter is not closed", hint="end the fields with a line '---'"
        ) from None
    line_offset = text.count("\n", 0, opening.end())
    try:
        document = load_yaml(yaml_text)
    except YamlProblem as problem:
        raise FileProblem(
            problem.message, problem.line + line_offset, problem.column, path=problem.path
        ) from None
    body_line = text.count("\n", 0, text.rindex(body)) + 1 if body else text.count("\n") + 1
    return FrontMatterFile(document, body, line_offset, body_line)
