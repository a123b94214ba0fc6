"""Which files are the archive's: the names one expression matches are those fnmatch does."""

from __future__ import annotations

import fnmatch
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from incidents.files import JUNK, _matcher, find_files, is_junk

NAMES = st.text(alphabet="ab.#~-_*?[]!Ä ", max_size=12)
PATTERNS = st.lists(st.text(alphabet="ab.#~*?[]!", min_size=1, max_size=5), max_size=4)


@given(NAMES, PATTERNS)
def test_a_name_matches_as_it_does_any_pattern_under_fnmatch(name, patterns):
    expected = any(fnmatch.fnmatch(name, pattern) for pattern in patterns)
    assert (_matcher(patterns)(name) is not None) == expected


@given(NAMES)
def test_junk_is_what_fnmatch_finds_junk(name):
    expected = any(fnmatch.fnmatch(name, pattern) for pattern in JUNK)
    assert is_junk(Path("incidents") / name) == expected


def test_ignored_names_are_left_out_of_the_files_found(tmp_path):
    for name in ("a.md", "b.md", "skip.md", ".hidden.md"):
        (tmp_path / "incidents" / name).parent.mkdir(exist_ok=True)
        (tmp_path / "incidents" / name).write_text("")
    (tmp_path / "incidents" / "drafts").mkdir()
    (tmp_path / "incidents" / "drafts" / "c.md").write_text("")
    found = find_files(tmp_path, ["incidents"], [".*", "skip*", "drafts"])
    assert [path.name for path in found] == ["a.md", "b.md"]
    assert [p.name for p in find_files(tmp_path, ["incidents"], [])] == [
        ".hidden.md",
        "a.md",
        "b.md",
        "c.md",
        "skip.md",
    ]


def test_resolving_each_folder_once_resolves_as_path_resolve_does(tmp_path, monkeypatch):
    from incidents.archive import _resolver

    real = tmp_path / "real"
    (real / "incidents").mkdir(parents=True)
    (real / "incidents" / "a.md").write_text("")
    (tmp_path / "elsewhere.md").write_text("")
    (real / "incidents" / "link.md").symlink_to(tmp_path / "elsewhere.md")
    (real / "incidents" / "dangling.md").symlink_to(tmp_path / "nowhere.md")
    (tmp_path / "linked").symlink_to(real)
    monkeypatch.chdir(tmp_path)
    resolve = _resolver()
    for path in [
        real / "incidents" / "a.md",
        tmp_path / "linked" / "incidents" / "a.md",
        tmp_path / "linked" / "incidents" / "link.md",
        real / "incidents" / "dangling.md",
        real / "incidents" / "missing.md",
        Path("linked/incidents/a.md"),
        Path("linked/incidents/.."),
    ]:
        assert resolve(path) == path.resolve(), path
