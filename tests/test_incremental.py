"""An incremental build writes exactly what a clean full build writes, after any edits."""

from __future__ import annotations

import re
import shutil
import sys

from conftest import ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sitebuild.build import build_site

sys.path.append(str(ROOT / "benchmarks"))  # after plugins/: benchmarks/search.py is not search
from corpus import write_corpus


def tree(root) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def referenced(content, incident_id: str) -> bool:
    """Tell whether any other incident names this one (a date counted from it, a claim)."""
    return any(
        incident_id in path.read_text(encoding="utf-8")
        for path in (content / "incidents").glob("*.md")
        if path.stem != incident_id
    )


def apply(content, edit: tuple, overrides: dict) -> None:
    """Apply one edit, as a contributor or maintainer would, keeping the archive valid."""
    kind, pick = edit
    files = sorted((content / "incidents").glob("*.md"))
    path = files[pick % len(files)]
    text = path.read_text(encoding="utf-8")
    if kind == "body":
        path.write_text(text + f"\nAnother paragraph, edit {pick}.\n", encoding="utf-8")
    elif kind == "title":
        path.write_text(re.sub(r"(?m)^title: .*$", f"title: Retitled {pick}", text, count=1))
    elif kind == "add":
        new_id = f"{path.stem}-again-{pick}"
        (path.parent / f"{new_id}.md").write_text(
            text.replace(f"id: {path.stem}", f"id: {new_id}", 1), encoding="utf-8"
        )
    elif kind == "delete" and len(files) > 3 and not referenced(content, path.stem):
        path.unlink()
    elif kind == "rename" and not referenced(content, path.stem):
        new_id = f"{path.stem}-renamed"
        (path.parent / f"{new_id}.md").write_text(
            text.replace(f"id: {path.stem}", f"id: {new_id}", 1), encoding="utf-8"
        )
        path.unlink()
    elif kind == "registry":
        places = content / "registries" / "places.yaml"
        lines = places.read_text(encoding="utf-8").splitlines()
        names = [i for i, line in enumerate(lines) if line.startswith("  name: ")]
        index = names[pick % len(names)]
        lines[index] = f"  name: Renamed Place {pick}"
        places.write_text("\n".join(lines) + "\n", encoding="utf-8")
    elif kind == "setting":
        overrides["TIMELINE_RELATED_WINDOW_DAYS"] = 3 + pick % 20


EDITS = st.tuples(
    st.sampled_from(["body", "title", "add", "delete", "rename", "registry", "setting"]),
    st.integers(0, 1000),
)


@settings(
    max_examples=4,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.lists(EDITS, min_size=1, max_size=3))
def test_incremental_builds_equal_clean_full_builds(tmp_path_factory, edits):
    work = tmp_path_factory.mktemp("incremental")
    content = write_corpus(work / "content", 24, seed=7)
    caches = {
        "INCIDENTS_CACHE_PATH": str(work / "cache" / "incidents"),
        "TIMELINE_CACHE_PATH": str(work / "cache" / "timeline"),
        "SEARCH_INDEX_PATH": str(work / "search-index"),
        "PATH": str(content),
    }
    overrides: dict = {}
    incremental = work / "site" / "output"
    build_site(ROOT / "pelicanconf.py", incremental, {**caches, **overrides})
    for step, edit in enumerate(edits):
        apply(content, edit, overrides)
        build_site(ROOT / "pelicanconf.py", incremental, {**caches, **overrides})
        clean = work / f"clean-{step}"
        build_site(
            ROOT / "pelicanconf.py",
            clean / "output",
            {
                "PATH": str(content),
                "INCIDENTS_CACHE_PATH": "",
                "TIMELINE_CACHE_PATH": "",
                "SEARCH_INDEX_PATH": str(clean / "search-index"),
                **overrides,
            },
        )
        built, expected = tree(incremental), tree(clean / "output")
        assert sorted(built) == sorted(expected), (edits[: step + 1], set(built) ^ set(expected))
        differing = [name for name in expected if built[name] != expected[name]]
        assert not differing, (edits[: step + 1], differing[:5])
        shutil.rmtree(clean)
