"""The day an incident file last changed, from git: read once, shown, and rebuilt when it moves."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from sitebuild.build import build_site

import tasks
from incidents.history import last_changed

SAMPLE = Path(__file__).parent / "sample-site" / "content"
RAID = "incidents/2023-05-22-border-night-raid.md"
SECOND = "incidents/2023-05-31-second-raid.md"
SHELLING = "incidents/2023-06-01-shebekino-shelling.md"

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(folder: Path, *args: str, when: str = "2024-03-05T10:00:00+00:00") -> None:
    environment = {
        **os.environ,
        "GIT_AUTHOR_DATE": when,
        "GIT_COMMITTER_DATE": when,
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
    }
    subprocess.run(
        ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org", *args],
        cwd=folder, env=environment, check=True, capture_output=True,
    )  # fmt: skip


def commit(folder: Path, paths: list[str], when: str) -> None:
    git(folder, "add", *paths)
    git(folder, "commit", "-q", "-m", "change", when=when)


@pytest.fixture
def repository(tmp_path) -> Path:
    """Return a repository holding the sample content, committed on three days."""
    content = tmp_path / "repo" / "content"
    shutil.copytree(SAMPLE, content)
    git(content.parent, "init", "-q")
    commit(content.parent, ["content"], "2024-03-05T10:00:00+00:00")
    (content / SECOND).write_text((content / SECOND).read_text() + "\nA later line.\n")
    commit(content.parent, [f"content/{SECOND}"], "2024-04-09T23:30:00+02:00")
    return content


def test_each_file_gets_the_day_of_its_last_commit(repository):
    files = [repository / RAID, repository / SECOND, repository / "registries/places.yaml"]
    assert last_changed(files, repository) == {
        (repository / RAID).resolve(): date(2024, 3, 5),
        # The committer's day, in the committer's zone.
        (repository / SECOND).resolve(): date(2024, 4, 9),
        (repository / "registries/places.yaml").resolve(): date(2024, 3, 5),
    }


def test_files_changed_since_the_last_commit_have_no_day(repository):
    (repository / RAID).write_text((repository / RAID).read_text() + "\nNot committed.\n")
    new = repository / "incidents" / "2023-06-02-new.md"
    new.write_text("---\ntitle: New\n---\n")
    changed = last_changed([repository / RAID, new, repository / SHELLING], repository)
    assert changed == {(repository / SHELLING).resolve(): date(2024, 3, 5)}


def test_names_git_would_quote_get_their_day(repository):
    odd = [
        repository / "incidents" / name for name in ('q"uote.md', "back\\slash.md", "Шебекино.md")
    ]
    for path in odd:
        path.write_text("---\ntitle: x\n---\n")
    commit(repository.parent, ["content"], "2024-06-01T12:00:00+00:00")
    assert last_changed(odd, repository) == {path.resolve(): date(2024, 6, 1) for path in odd}


def test_a_merged_change_gets_the_day_of_its_merge(repository):
    git(repository.parent, "checkout", "-q", "-b", "pull-request")
    (repository / RAID).write_text((repository / RAID).read_text() + "\nFrom a branch.\n")
    commit(repository.parent, [f"content/{RAID}"], "2024-05-01T12:00:00+00:00")
    git(repository.parent, "checkout", "-q", "-")
    git(repository.parent, "merge", "-q", "--no-ff", "-m", "merge", "pull-request",
        when="2024-05-20T12:00:00+00:00")  # fmt: skip
    assert last_changed([repository / RAID], repository) == {
        (repository / RAID).resolve(): date(2024, 5, 20)
    }


def test_a_shallow_clone_knows_no_day(repository, tmp_path):
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", "--depth", "1", f"file://{repository.parent}", str(clone))
    assert last_changed([clone / "content" / RAID], clone / "content") == {}


def test_without_git_nothing_is_known(repository, monkeypatch):
    monkeypatch.setattr("incidents.history.shutil.which", lambda name: None)
    assert last_changed([repository / RAID], repository) == {}


def test_outside_a_repository_nothing_is_known(tmp_path):
    shutil.copytree(SAMPLE, tmp_path / "content")
    assert last_changed([tmp_path / "content" / RAID], tmp_path / "content") == {}


def build(content: Path, output: Path, **overrides) -> Path:
    build_site(tasks.ROOT / "pelicanconf.py", output, {"PATH": str(content), **overrides})
    return output


def incident_page(output: Path, name: str) -> str:
    slug = Path(name).stem
    return next(output.rglob(f"{slug}/index.html")).read_text(encoding="utf-8")


def test_incident_pages_show_the_day_their_file_last_changed(repository, tmp_path):
    output = build(repository, tmp_path / "output")
    assert (
        'This record last changed on <time datetime="2024-04-09">9 April 2024</time>'
        in incident_page(output, SECOND)
    )
    assert '<time datetime="2024-03-05">5 March 2024</time>' in incident_page(output, RAID)


def test_the_setting_leaves_the_day_out(repository, tmp_path):
    output = build(repository, tmp_path / "output", INCIDENTS_GIT_DATES=False)
    assert "last changed" not in incident_page(output, SECOND)


def test_committing_a_file_rebuilds_its_page_as_a_clean_build_would(repository, tmp_path):
    raid = repository / RAID
    raid.write_text(raid.read_text() + "\nA correction.\n")
    output = build(repository, tmp_path / "output")
    assert "last changed" not in incident_page(output, RAID)
    # The bytes of the file do not change, only what git knows of them.
    commit(repository.parent, [f"content/{RAID}"], "2024-05-01T08:00:00+00:00")
    build(repository, output)
    assert '<time datetime="2024-05-01">1 May 2024</time>' in incident_page(output, RAID)
    clean = build(repository, tmp_path / "clean")
    assert {
        path.relative_to(output): path.read_bytes() for path in output.rglob("*") if path.is_file()
    } == {path.relative_to(clean): path.read_bytes() for path in clean.rglob("*") if path.is_file()}
