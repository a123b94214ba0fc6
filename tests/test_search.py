"""Search: the whoosh index, its static export, and the two agreeing on every query."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from conftest import ROOT
from hypothesis import given
from hypothesis import strategies as st
from static_search import StaticIndex, queries_for

from incidents import load_archive
from search import Exporter, SearchIndex, search, search_document, tokens
from search.engine import analyzer
from search.export import shard_of, split_keys
from search.postings import analyse

sys.path.append(str(ROOT / "benchmarks"))  # after plugins/: benchmarks/search.py is not search
from corpus import write_corpus

FILTERS = [
    {},
    {"tag": "shelling"},
    {"since": date(2023, 1, 1)},
    {"since": date(2022, 6, 1), "until": date(2022, 9, 30)},
]


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=80) | st.just("İstanbul ǅ THE"))
def test_the_fast_tokenizer_is_the_whoosh_analyzer(text):
    assert tokens(text) == [token.text for token in analyzer()(text)]


@given(st.dictionaries(st.text("abcdé", min_size=1, max_size=6), st.integers(1, 900), max_size=60))
def test_shard_keys_cover_every_term_and_prefix(sizes):
    keys = set(split_keys(sizes, limit=1000))
    for term in sizes:
        assert shard_of(term, keys) is not None
    for key in keys:
        members = [t for t in sizes if shard_of(t, keys) == key]
        # Over the limit only when it cannot be split: a single term, too big alone.
        assert sum(sizes[t] for t in members) <= 1000 or members == [key]
    # Every term that begins with a prefix sits in a shard the prefix leads to.
    for term in sizes:
        for end in range(1, len(term) + 1):
            prefix = term[:end]
            reachable = {k for k in keys if k.startswith(prefix)} | {shard_of(prefix, keys)}
            assert shard_of(term, keys) in reachable


class Corpus:
    """A generated archive, indexed and exported the way a build does."""

    def __init__(self, root: Path, incidents: int):
        self.content = write_corpus(root / "content", incidents, seed=7)
        self.search_index = SearchIndex(root / "index")
        self.export = root / "export"
        self.exporter = Exporter(self.export, root / "digests.json")
        self.reload()

    def reload(self, update=True):
        archive = load_archive(
            sorted((self.content / "incidents").iterdir()),
            self.content / "registries",
            self.content,
        )
        assert archive.errors == []
        self.incidents = archive.incidents
        self.documents = {i.id: search_document(i, f"incidents/{i.id}/") for i in archive.incidents}
        if update:
            self.search_index.keep(list(self.documents.values()))
            self.exported = self.exporter.export(list(self.documents.values()))

    def agree(self, queries, filters=FILTERS):
        static = StaticIndex(self.export)
        checked = 0
        for query in queries:
            for chosen in filters:
                expected = [hit["id"] for hit in search(self.search_index, query, **chosen)]
                assert static.search(query, **chosen) == expected, (query, chosen)
                checked += bool(expected)
        return checked


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return Corpus(tmp_path_factory.mktemp("corpus"), 400)


def test_the_export_ranks_as_whoosh_does(corpus):
    queries = [
        *queries_for([(i.id, i.title) for i in corpus.incidents]),
        "shelling", "grad rockets", "defence ministry", "drone", "kursk", "sh", "officials say",
    ]  # fmt: skip
    assert len(queries) >= 30
    assert corpus.agree(queries) >= 30


def test_aliases_and_variant_spellings_find_the_place(corpus):
    place = next(i.location.place for i in corpus.incidents if i.location.place.aliases)
    by_alias = {hit["id"] for hit in search(corpus.search_index, place.aliases[0], limit=500)}
    at_place = {i.id for i in corpus.incidents if i.location.place.id == place.id}
    assert at_place <= by_alias


def test_an_update_after_edits_exports_what_a_fresh_index_does(corpus, tmp_path):
    files = sorted((corpus.content / "incidents").iterdir())
    changed = files[10]
    # A new word, and one in a script no shard covers yet.
    changed.write_text(changed.read_text().replace("title: ", "title: Zanzibarian Ωmega ", 1))
    removed = next(i for i in corpus.incidents if i.id == files[20].stem)
    files[20].unlink()
    corpus.reload()
    Exporter(tmp_path / "fresh-export", tmp_path / "digests.json").export(
        list(corpus.documents.values())
    )
    exported = {
        p.relative_to(corpus.export): p.read_bytes() for p in corpus.export.rglob("*.json*")
    }
    assert exported == {
        p.relative_to(tmp_path / "fresh-export"): p.read_bytes()
        for p in (tmp_path / "fresh-export").rglob("*.json*")
    }
    assert [hit["id"] for hit in search(corpus.search_index, "zanzibarian")] == [changed.stem]
    assert StaticIndex(corpus.export).search("zanzibarian") == [changed.stem]
    assert StaticIndex(corpus.export).search("ωmega") == [changed.stem]
    place_query = removed.location.place.name
    assert removed.id not in {h["id"] for h in search(corpus.search_index, place_query, limit=999)}
    assert removed.id not in StaticIndex(corpus.export).search(place_query, limit=999)
    queries = queries_for([(i.id, i.title) for i in corpus.incidents])
    assert corpus.agree(queries, filters=[{}, {"tag": "drone"}]) >= 10
    assert corpus.search_index.refresh() is False


def test_a_changed_narrative_rewrites_few_files_and_exports_what_a_fresh_export_does(
    corpus, tmp_path
):
    path = sorted((corpus.content / "incidents").iterdir())[30]
    before = analyse(corpus.documents[path.stem])
    path.write_text(path.read_text() + "\nA corrected line about Quixotic shelling.\n")
    corpus.reload()
    after = analyse(corpus.documents[path.stem])
    # The shards of the narrative's words, its card and meta.json; nothing of another
    # document's (the average lengths the weights use are rounded: they stay the same).
    keys = set(StaticIndex(corpus.export).meta["keys"])
    words = set().union(*before.terms.values(), *after.terms.values())
    assert 0 < corpus.exported.written <= len({shard_of(word, keys) for word in words}) + 2
    fresh = Exporter(tmp_path / "fresh", tmp_path / "digests.json")
    assert fresh.export(list(corpus.documents.values())).written == corpus.exported.files
    assert {
        p.relative_to(corpus.export): p.read_bytes() for p in corpus.export.rglob("*.json*")
    } == {
        p.relative_to(tmp_path / "fresh"): p.read_bytes()
        for p in (tmp_path / "fresh").rglob("*.json*")
    }
    assert StaticIndex(corpus.export).search("quixotic") == [path.stem]
    assert [hit["id"] for hit in search(corpus.search_index, "quixotic")] == [path.stem]


def test_the_filters_keep_what_they_say(corpus):
    place = corpus.incidents[0].location.place.id
    for hit in search(corpus.search_index, "officials", limit=50, place=place):
        assert next(i for i in corpus.incidents if i.id == hit["id"]).location.place.id == place
    hits = search(corpus.search_index, "officials", limit=50, since=date(2023, 1, 1))
    assert hits and all(
        next(i for i in corpus.incidents if i.id == h["id"]).date.end >= date(2023, 1, 1)
        for h in hits
    )


def test_a_large_rebuild_in_two_processes_ranks_the_same_and_is_reproducible(tmp_path, monkeypatch):
    import search.engine as engine

    monkeypatch.setattr(engine, "PARALLEL_FROM", 50)
    corpus = Corpus(tmp_path / "parallel", 300)
    assert corpus.search_index.refresh() is True
    assert len(corpus.search_index.open().reader().leaf_readers()) == 2
    queries = queries_for([(i.id, i.title) for i in corpus.incidents])
    assert corpus.agree(queries, filters=[{}, {"tag": "shelling"}]) >= 10
    again = Corpus(tmp_path / "again", 300)
    first = {p.relative_to(corpus.export): p.read_bytes() for p in corpus.export.rglob("*.gz")}
    second = {p.relative_to(again.export): p.read_bytes() for p in again.export.rglob("*.gz")}
    assert len(first) > 50 and first == second


@given(st.recursive(st.text(), lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner)))
def test_json_embedded_in_a_page_cannot_end_its_script_element(value):
    import json

    from search.export import script_json

    embedded = script_json(json.dumps(value, ensure_ascii=False))
    assert json.loads(embedded) == value
    assert not {"<", ">", "&"} & set(embedded)


def test_an_export_stopped_part_way_is_written_whole_by_the_next(corpus, tmp_path):
    documents = list(corpus.documents.values())
    exporter = Exporter(tmp_path / "export", tmp_path / "digests.json")
    exporter.export(documents)
    expected = {
        p.relative_to(tmp_path / "export"): p.read_bytes()
        for p in (tmp_path / "export").rglob("*.json*")
    }
    stale = next(p for p in (tmp_path / "export").rglob("*.gz"))
    stale.write_bytes(b"half-written")
    (tmp_path / "export" / "d" / "999999.json.gz").write_bytes(b"left over")
    # What a stopped export leaves: its files changed, its digests not yet written.
    (tmp_path / "digests.json").unlink()
    exporter.export(documents)
    assert {
        p.relative_to(tmp_path / "export"): p.read_bytes()
        for p in (tmp_path / "export").rglob("*.json*")
    } == expected
