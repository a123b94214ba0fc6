"""benchmarks/timeml.py: TimeML documents become rows with their creation date and sentence."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "timeml.py"
spec = importlib.util.spec_from_file_location("timeml", SCRIPT)
timeml = importlib.util.module_from_spec(spec)
spec.loader.exec_module(timeml)

DOCUMENT = """<?xml version="1.0" ?>
<TimeML>
<DOCID>XYZ20230601.0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2023-06-01" functionInDocument="CREATION_TIME">June 1, 2023</TIMEX3></DCT>
<TEXT>
KYIV (XYZ) _

Drones <EVENT eid="e1">struck</EVENT> the port <TIMEX3 tid="t1" type="DATE" value="2023-05-31">Wednesday</TIMEX3>, officials said.
``It was the <TIMEX3 tid="t2" type="DURATION" value="P3D">third day</TIMEX3> in a row,'' the mayor said. Talks resume <TIMEX3 tid="t3" type="DATE" value="2023-06-05">next Monday</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_each_expression_keeps_its_offsets_its_sentence_and_the_documents_date(tmp_path):
    path = tmp_path / "doc.tml"
    path.write_text(DOCUMENT, encoding="utf-8")
    rows = timeml.document_rows(path)
    assert [(r["tid"], r["text"], r["type"], r["value"]) for r in rows] == [
        ("t1", "Wednesday", "DATE", "2023-05-31"),
        ("t2", "third day", "DURATION", "P3D"),
        ("t3", "next Monday", "DATE", "2023-06-05"),
    ]
    assert {r["dct"] for r in rows} == {"2023-06-01"}
    assert {r["doc"] for r in rows} == {"XYZ20230601.0001"}
    assert rows[0]["sentence"] == "Drones struck the port Wednesday, officials said."
    assert rows[2]["sentence"] == "Talks resume next Monday."
    assert "third day" in rows[1]["sentence"] and "Talks" not in rows[1]["sentence"]


def test_a_folder_becomes_the_rows_the_date_benchmark_reads(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "doc.tml").write_text(DOCUMENT, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(tmp_path / "in"), str(tmp_path / "out")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "3 expressions (2 DATE) from 1 document" in done.stdout
    lines = (tmp_path / "out" / "timebank.timex.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["text"] for line in lines] == ["Wednesday", "third day", "next Monday"]


ABBREVIATED = DOCUMENT.replace(
    "Drones <EVENT",
    "Gen. Ivan Petrov said on Feb. 9 that drones <EVENT",
).replace(
    "officials said.",
    'officials said.<TIMEX3 tid="t9" type="DATE" value="2023-06-01" anchorTimeID="t0"/>',
)


def test_a_sentence_does_not_end_at_an_abbreviation_and_an_empty_timex_is_no_row(tmp_path):
    path = tmp_path / "doc.tml"
    path.write_text(ABBREVIATED, encoding="utf-8")
    rows = timeml.document_rows(path)
    assert [r["tid"] for r in rows] == ["t1", "t2", "t3"]
    assert rows[0]["sentence"] == (
        "Gen. Ivan Petrov said on Feb. 9 that drones struck the port Wednesday, officials said."
    )
