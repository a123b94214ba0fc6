"""Export fragments kept between builds: by fingerprint, in shards rewritten only when changed."""

from __future__ import annotations

import pickle

from timeline.reuse import Fragments


def keys(count: int) -> list[str]:
    return [f"{number:02x}{'0' * 30}" for number in range(count)]


def test_a_fragment_kept_is_given_back_and_one_not_kept_is_made(tmp_path):
    first = Fragments(tmp_path / "fragments")
    assert [first.get(key, lambda k=key: f"made {k}") for key in keys(3)] == [
        f"made {key}" for key in keys(3)
    ]
    first.save()
    second = Fragments(tmp_path / "fragments")
    assert second.get(keys(3)[0], lambda: "made again") == f"made {keys(3)[0]}"
    assert second.get("ff" + "0" * 30, lambda: "new") == "new"


def test_only_the_shards_whose_fragments_changed_are_written(tmp_path):
    folder = tmp_path / "fragments"
    first = Fragments(folder)
    for key in keys(4):
        first.get(key, lambda k=key: k)
    first.save()
    times = {path.name: path.stat().st_mtime_ns for path in folder.iterdir()}
    assert sorted(times) == [f"{n:02x}.pickle" for n in range(4)]
    second = Fragments(folder)
    for key in keys(3):  # the fourth incident is gone
        second.get(key, lambda: "never made")
    replaced = "00" + "1" * 30  # the first shard's fragment changed
    second.get(replaced, lambda: "changed")
    for path in folder.iterdir():
        path.touch()  # so that a rewritten file would not keep its time by chance
    before = {path.name: path.stat().st_mtime_ns for path in folder.iterdir()}
    second.save()
    after = {path.name: path.stat().st_mtime_ns for path in folder.iterdir()}
    assert sorted(after) == ["00.pickle", "01.pickle", "02.pickle"]
    assert after["01.pickle"] == before["01.pickle"] and after["02.pickle"] == before["02.pickle"]
    assert pickle.loads((folder / "00.pickle").read_bytes()) == {
        keys(1)[0]: keys(1)[0],
        replaced: "changed",
    }


def test_an_unreadable_shard_is_made_again_and_written_again(tmp_path):
    folder = tmp_path / "fragments"
    first = Fragments(folder)
    first.get(keys(1)[0], lambda: "made")
    first.save()
    (folder / "00.pickle").write_bytes(b"not a pickle")
    second = Fragments(folder)
    assert second.get(keys(1)[0], lambda: "made again") == "made again"
    second.save()
    assert pickle.loads((folder / "00.pickle").read_bytes()) == {keys(1)[0]: "made again"}


def test_a_build_that_used_no_fragment_keeps_them_all(tmp_path):
    folder = tmp_path / "fragments"
    first = Fragments(folder)
    first.get(keys(1)[0], lambda: "made")
    first.save()
    Fragments(folder).save()
    assert Fragments(folder).get(keys(1)[0], lambda: "made again") == "made"


def test_the_single_file_of_earlier_builds_is_removed(tmp_path):
    old = tmp_path / "fragments.pickle"
    old.write_bytes(pickle.dumps({"stale": 1}))
    fragments = Fragments(tmp_path / "fragments")
    fragments.get(keys(1)[0], lambda: "made")
    fragments.save()
    assert not old.exists()
