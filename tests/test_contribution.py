"""A contributor's pull request on a fresh copy of the project: scaffold, complete, validate, build.

The incidents come from tests/new_incidents.py, written with `invoke new` and completed as
the docs say. The whole shipped-site suite runs on them too (the `shipped` fixture's
second build); this test runs the maintainers' commands on a copy of the project, with no
edit to tests or theme.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

from conftest import ROOT
from new_incidents import add_new_incidents

# What a fresh clone does not have: the output, caches and the local search index.
NOT_IN_A_CLONE = shutil.ignore_patterns(
    ".git", "output", ".search-index", "__pycache__", ".pytest_cache", ".ruff_cache",
    ".hypothesis", ".benchmarks", "cache",
)  # fmt: skip


def invoke(*args, cwd):
    return subprocess.run(
        [sys.executable, "-m", "invoke", *args], cwd=cwd, capture_output=True, text=True,
        timeout=600, check=False,
    )  # fmt: skip


def test_five_new_incidents_validate_and_build_on_a_fresh_copy(tmp_path):
    clone = tmp_path / "clone"
    shutil.copytree(ROOT, clone, ignore=NOT_IN_A_CLONE)
    new_ids = add_new_incidents(clone / "content", clone)
    assert len(new_ids) >= 5

    checked = invoke("validate", "--no-dates", cwd=clone)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "error" not in checked.stdout.replace("0 errors", "")

    built = invoke("build", cwd=clone)
    assert built.returncode == 0, built.stdout + built.stderr
    output = clone / "output"
    export = json.loads((output / "data" / "incidents.json").read_text(encoding="utf-8"))
    records = {record["id"]: record for record in export["incidents"]}
    for incident_id in new_ids:
        page = output / "incidents" / incident_id / "index.html"
        assert page.exists(), incident_id
        assert "TO FILL IN" not in page.read_text(encoding="utf-8"), incident_id
    new = [records[incident_id] for incident_id in new_ids]
    assert any(record["location"]["also"] for record in new)
    assert any(source["via"] for record in new for source in record["sources"])
    assert any(claim["language"] == "ru" for record in new for claim in record["claims"])
    numbers = [n for r in new for c in r["claims"] for n in c["numbers"].values()]
    assert {"almost 2,000", "5.61\u00a0m", "several", "3\u20137"} <= {n["text"] for n in numbers}
