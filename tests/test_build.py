"""Build sites end to end: golden output, reproducibility, and builds that must not publish."""

from __future__ import annotations

import difflib
import os
import shutil
from pathlib import Path

import pytest

import tasks
from incidents import ArchiveInvalid

SAMPLE = Path(__file__).parent / "sample-site"
# Set to rewrite tests/sample-site/expected/ after an intended change; review the diff.
UPDATE = os.environ.get("ARCHIVE_UPDATE_GOLDEN") == "1"


def build(content: Path, output: Path, **overrides) -> Path:
    tasks.build_site("pelicanconf.py", output, {"PATH": str(content), **overrides})
    return output


def tree(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def test_sample_site_matches_the_expected_output(tmp_path):
    output = build(SAMPLE / "content", tmp_path / "output")
    expected_dir = SAMPLE / "expected"
    if UPDATE:
        shutil.rmtree(expected_dir, ignore_errors=True)
        shutil.copytree(output, expected_dir)
    built, expected = tree(output), tree(expected_dir)
    assert sorted(built) == sorted(expected)
    for name, content in expected.items():
        if built[name] != content:
            diff = difflib.unified_diff(
                content.decode().splitlines(),
                built[name].decode().splitlines(),
                f"expected/{name}",
                f"built/{name}",
                lineterm="",
            )
            pytest.fail("\n".join(diff) + "\n(ARCHIVE_UPDATE_GOLDEN=1 rewrites expected/)")


def test_the_same_input_builds_byte_identical_output(tmp_path):
    first = tree(build(SAMPLE / "content", tmp_path / "first"))
    second = tree(build(SAMPLE / "content", tmp_path / "second"))
    assert first == second


def test_invalid_content_leaves_the_previous_output_intact(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(SAMPLE / "content", content)
    output = build(content, tmp_path / "output")
    before = tree(output)
    broken = content / "incidents" / "2023-06-01-shebekino-shelling.md"
    broken.write_text(broken.read_text().replace("status: unverified", "status: maybe"))
    (content / "incidents" / "2023-05-22-border-night-raid.md").unlink()
    with pytest.raises(ArchiveInvalid) as raised:
        build(content, output)
    assert "claims[0].status" in str(raised.value.code)
    assert tree(output) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [".search-index", "content", "output"]


def test_a_pelican_error_fails_the_build_and_keeps_the_output(tmp_path):
    output = build(SAMPLE / "content", tmp_path / "output")
    before = tree(output)
    theme = tmp_path / "theme"
    shutil.copytree(tasks.ROOT / "theme", theme)
    (theme / "templates" / "article.html").write_text("{% extends 'base.html' %}{% block x %}")
    with pytest.raises(tasks.BuildFailed):
        build(SAMPLE / "content", output, THEME=str(theme))
    assert tree(output) == before


def test_an_interrupted_build_leaves_the_previous_output_intact(tmp_path, monkeypatch):
    output = build(SAMPLE / "content", tmp_path / "output")
    before = tree(output)
    from pelican import Pelican

    real_run = Pelican.run

    def run_then_interrupt(self):
        real_run(self)  # every file written to the staging folder...
        raise KeyboardInterrupt  # ...then Ctrl-C before the swap

    monkeypatch.setattr(Pelican, "run", run_then_interrupt)
    with pytest.raises(KeyboardInterrupt):
        build(SAMPLE / "content", output)
    assert tree(output) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [".search-index", "output"]


def test_a_build_stopped_between_its_renames_gets_the_previous_site_back(tmp_path):
    output = build(SAMPLE / "content", tmp_path / "output")
    before = tree(output)
    # The state a kill between "output -> previous" and "staging -> output" leaves behind.
    output.rename(tmp_path / ".output.previous")
    (tmp_path / ".output.staging").mkdir()
    (tmp_path / ".output.staging" / "half.html").write_text("half")
    content = tmp_path / "content"
    shutil.copytree(SAMPLE / "content", content)
    broken = content / "incidents" / "2023-06-01-shebekino-shelling.md"
    broken.write_text(broken.read_text().replace("status: unverified", "status: maybe"))
    with pytest.raises(ArchiveInvalid):
        build(content, output)
    assert tree(output) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [".search-index", "content", "output"]
