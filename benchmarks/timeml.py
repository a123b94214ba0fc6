"""Turn a folder of TimeML files into the rows `benchmarks/dates.py --timebank` scores.

    python3 benchmarks/timeml.py <folder of .tml files> <output folder>
    python3 benchmarks/dates.py --set timebank --timebank <output folder>

Any TimeML corpus whose documents carry their creation time (TempEval-3's AQUAINT and
platinum sets, TimeBank itself) becomes `timebank.timex.jsonl` (one expression a line:
doc, tid, dct, text, type, value, start, end, sentence), the form of the TimeBank rows in
`../shared/data/timebank`, so the engine can be scored on newswire it was not written for.
The corpora's licences do not let them be shipped here: bring them yourself.
"""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

# A sentence ends at a full stop, question or exclamation mark (with any closing quote or
# bracket) followed by space, or at a blank line.
SENTENCE_END = re.compile(
    r"(?<=[.!?])['\"\u2019\u201d)]*\s+(?=[`'\"\u2018\u201c(]*[A-Z0-9])|\n\s*\n"
)
# A full stop after a title, a month or an initial does not end one: "Gen. Smith", "Feb. 9".
ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Cmdr|Gov|Sen|Rep|Rev|Prof|St|Jr|Sr"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Co|Corp|Inc|Ltd|Bros|vs|U\.S"
    r"|[A-Z])\.)$"
)


def document_rows(path: Path) -> list[dict]:
    """Return the document's TIMEX3 expressions with its creation date and their sentences."""
    root = ElementTree.parse(path).getroot()
    doc = root.findtext("DOCID") or path.name.removesuffix(".tml")
    created = root.find(".//TIMEX3[@functionInDocument='CREATION_TIME']")
    if created is None:
        raise ValueError(f"{path}: no TIMEX3 with functionInDocument='CREATION_TIME'")
    dct = created.get("value", "")[:10]
    body = root.find("TEXT")
    if body is None:
        return []
    text, spans = _flatten(body)
    ends = (m for m in SENTENCE_END.finditer(text) if not ABBREVIATION.search(text, 0, m.start()))
    bounds = [0, *(m.end() for m in ends), len(text)]
    rows = []
    for timex, start, end in spans:
        if not text[start:end].strip():
            continue  # an empty TIMEX3 stands for a time the text implies, not an expression
        first = max(b for b in bounds if b <= start)
        last = min(b for b in bounds if b >= end)
        rows.append(
            {
                "doc": doc,
                "tid": timex.get("tid"),
                "dct": dct,
                "text": text[start:end],
                "type": timex.get("type"),
                "value": timex.get("value", ""),
                "start": start,
                "end": end,
                "sentence": " ".join(text[first:last].split()),
            }
        )
    return rows


def _flatten(element) -> tuple[str, list]:
    """Return the element's text and each TIMEX3 in it with its character offsets."""
    pieces, spans, length = [], [], 0

    def walk(node):
        nonlocal length
        start = length
        if node.text:
            pieces.append(node.text)
            length += len(node.text)
        for child in node:
            walk(child)
            if child.tail:
                pieces.append(child.tail)
                length += len(child.tail)
        if node.tag == "TIMEX3":
            spans.append((node, start, length))

    walk(element)
    spans.sort(key=lambda span: span[1])
    return "".join(pieces), spans


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    source, target = Path(sys.argv[1]), Path(sys.argv[2])
    files = sorted(source.glob("*.tml"))
    if not files:
        print(f"{source} holds no .tml file", file=sys.stderr)
        return 2
    target.mkdir(parents=True, exist_ok=True)
    rows = [row for path in files for row in document_rows(path)]
    with (target / "timebank.timex.jsonl").open("w", encoding="utf-8") as out:
        out.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    dated = sum(row["type"] == "DATE" for row in rows)
    documents = f"{len(files)} document" + "s" * (len(files) > 1)
    print(f"{len(rows):,} expressions ({dated:,} DATE) from {documents} in {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
