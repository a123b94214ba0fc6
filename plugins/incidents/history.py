"""Tell the day each file last changed, from the history of the git repository it is in."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

# Starts a commit's line in `git log -z` output: no file name starts with it.
COMMIT_MARK = "\x01"
# git's answers are bytes; names that are not UTF-8 survive the round trip unchanged.
ERRORS = "surrogateescape"
# One build asks twice (for its stamp, then for its pages): the answer is kept per state.
_known: dict[tuple, dict[Path, date]] = {}


def last_changed(paths: Iterable[str | Path], folder: Path) -> dict[Path, date]:
    """Return the day of the last commit that changed each file, by its resolved path.

    The day is the committer's, in the committer's zone, of the first-parent commit that
    brought the change to the branch (a merged pull request's merge). Files changed since
    the last commit, never committed, or ignored are left out, and so is everything in a
    shallow clone (which cannot tell old files from new) or outside a repository.
    """
    top = _toplevel(folder)
    if top is None:
        return {}
    head = _git(top, "rev-parse", "HEAD")
    shallow = _git(top, "rev-parse", "--is-shallow-repository")
    if head is None or shallow != "false\n":
        return {}
    status = _git(top, "--no-optional-locks", "status", "--porcelain=v1", "-z",
                  "--untracked-files=all", "--no-renames", "--", str(folder.resolve()))  # fmt: skip
    tracked = _git(top, "ls-files", "-z", "--", str(folder.resolve()))
    if status is None or tracked is None:
        return {}
    # Every committed file under the folder, once per state of the repository: the build's
    # stamp and its pages then share one walk of the history.
    key = (top, head, status, tracked, folder.resolve())
    if key not in _known:
        changed_since = {top / record[3:] for record in status.split("\0") if len(record) > 3}
        committed = {top / name for name in tracked.split("\0") if name}
        _known.clear()
        _known[key] = _log(top, folder, committed - changed_since)
    known = _known[key]
    wanted = (Path(os.path.realpath(path)) for path in paths)
    return {path: known[path] for path in wanted if path in known}


def _log(top: Path, folder: Path, remaining: set[Path]) -> dict[Path, date]:
    """Walk the history newest first until every file in `remaining` has its day."""
    found: dict[Path, date] = {}
    if not remaining:
        return found
    command = [
        "git", "log", "-z", "--first-parent", "--diff-merges=first-parent", "--no-renames",
        "--name-only", "--date=short", f"--format={COMMIT_MARK}%cd", "--", str(folder.resolve()),
    ]  # fmt: skip
    with subprocess.Popen(
        command, cwd=top, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
    ) as log:
        day = None
        for field in _fields(log.stdout):
            field = field.lstrip("\n")
            if field.startswith(COMMIT_MARK):
                day = date.fromisoformat(field[1:])
            elif field and day is not None and (path := top / field) in remaining:
                found[path] = day
                remaining.discard(path)
                if not remaining:
                    # The newest commits come first: nothing older can change an answer.
                    log.kill()
                    break
    return found


def _fields(stream) -> Iterator[str]:
    """Yield the NUL-separated fields of a byte stream, decoded."""
    pending = b""
    while chunk := stream.read(65536):
        *complete, pending = (pending + chunk).split(b"\0")
        for field in complete:
            yield field.decode("utf-8", ERRORS)
    if pending:
        yield pending.decode("utf-8", ERRORS)


def _git(top: Path, *args: str) -> str | None:
    """Return what a git command prints, or None if it fails."""
    try:
        answer = subprocess.run(["git", *args], cwd=top, capture_output=True, check=False)
    except OSError:
        return None
    return answer.stdout.decode("utf-8", ERRORS) if answer.returncode == 0 else None


def _toplevel(folder: Path) -> Path | None:
    if shutil.which("git") is None:
        return None
    top = _git(folder, "rev-parse", "--show-toplevel")
    return Path(top.strip()).resolve() if top else None
