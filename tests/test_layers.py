"""What each layer imports: the date engine nothing of the site's, no core Pelican, and a
build's first step (is anything changed?) no grammar."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

PLUGINS = Path(__file__).resolve().parent.parent / "plugins"


def _modules_after(code: str) -> set[str]:
    """Run `code` in a fresh interpreter with the plugins importable; return what it loaded."""
    script = (
        f"import sys, json; sys.path.insert(0, {str(PLUGINS)!r})\n{code}\n"
        "print(json.dumps(sorted(sys.modules)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    return set(json.loads(result.stdout.splitlines()[-1]))


def _top(modules: set[str]) -> set[str]:
    return {name.split(".")[0] for name in modules}


def test_the_date_engine_imports_nothing_of_the_site_and_no_pelican():
    loaded = _modules_after(
        "from datetime import date\n"
        "from incident_dates import resolve\n"
        "resolve('в ночь на 1 июня', date(2023, 6, 1))"
    )
    assert not _top(loaded) & {"pelican", "sitebuild", "incidents", "timeline", "search"}
    assert "incident_dates.grammar" in loaded  # a positive control: the engine did run


def test_the_archive_and_the_timeline_import_no_pelican():
    loaded = _modules_after("import incidents, timeline\nincidents.load_archive, timeline.Timeline")
    assert "pelican" not in _top(loaded)
    assert "incidents.archive" in loaded and "timeline.index" in loaded


def test_asking_whether_anything_changed_builds_no_grammar():
    loaded = _modules_after("from sitebuild.build import build_site")
    assert "incident_dates.grammar" not in loaded
    assert "incident_dates.resolver" not in loaded
