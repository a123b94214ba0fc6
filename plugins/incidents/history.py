"""Tell the day each file last changed, from the history of the git repository it is in."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterable
from datetime import date
from pathlib import Path

# A line of `git log` that starts a commit, not a file name: no file name holds it.
COMMIT_MARK = "\x01"


def last_changed(paths: Iterable[str | Path], folder: Path) -> dict[Path, date]:
    """Return the day of the last commit that changed each file, by its resolved path.

    Files changed since the last commit, or never committed, are left out: their day is
    not known until they are committed. Without git, or outside a repository, nothing is
    known. The day is the committer's (the day the change entered the archive), in the
    committer's zone. A shallow clone knows only the commits it holds.
    """
    top = _toplevel(folder)
    if top is None:
        return {}
    wanted = {Path(os.path.realpath(path)) for path in paths}
    changed_since = _uncommitted(top, folder)
    remaining = {path for path in wanted if path not in changed_since}
    found: dict[Path, date] = {}
    if not remaining:
        return found
    command = [
        "git", "-c", "core.quotepath=off", "log", "--no-renames", "--name-only",
        f"--format={COMMIT_MARK}%cs", "--", str(folder.resolve()),
    ]  # fmt: skip
    with subprocess.Popen(
        command, cwd=top, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    ) as log:
        day = None
        for line in log.stdout:
            line = line.rstrip("\n")
            if line.startswith(COMMIT_MARK):
                day = date.fromisoformat(line[1:])
            elif line and day is not None:
                path = top / line
                if path in remaining:
                    found[path] = day
                    remaining.discard(path)
                    if not remaining:
                        # The newest commits come first: nothing older can change an answer.
                        log.kill()
                        break
    return found


def _toplevel(folder: Path) -> Path | None:
    if shutil.which("git") is None:
        return None
    answer = subprocess.run(
        ["git", "rev-parse", "--show-toplevel"],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
    )
    return Path(answer.stdout.strip()).resolve() if answer.returncode == 0 else None


def _uncommitted(top: Path, folder: Path) -> set[Path]:
    """Return the files under `folder` that differ from the last commit, or are not in it."""
    answer = subprocess.run(
        ["git", "-c", "core.quotepath=off", "status", "--porcelain=v1", "-z",
         "--untracked-files=all", "--no-renames", "--", str(folder.resolve())],
        cwd=top, capture_output=True, text=True, check=False,
    )  # fmt: skip
    if answer.returncode != 0:
        return set()
    # Each record is 'XY path', NUL-terminated.
    return {top / record[3:] for record in answer.stdout.split("\0") if len(record) > 3}
