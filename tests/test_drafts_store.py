"""The drafts folder: saves survive, conflicts keep both, damage is contained, failures lose nothing."""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from foi_helper.drafts import Draft, DraftStore, Event
from foi_helper.errors import DraftError
from tests.drafts_strategies import drafts, sample_draft


@pytest.fixture
def store(foi_home: Path) -> DraftStore:
    return DraftStore.open()


def test_default_folder_is_under_foi_helper_home_and_owner_only(store: DraftStore, foi_home: Path) -> None:
    draft_id = store.save(sample_draft())
    assert store.folder == foi_home / "data" / "drafts"
    assert stat.S_IMODE(store.folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(store.path(draft_id).stat().st_mode) == 0o600


def test_save_then_load_gives_the_same_draft(store: DraftStore) -> None:
    d = sample_draft()
    draft_id = store.save(d)
    assert draft_id == d.id
    assert store.load(draft_id) == d
    assert [x.id for x in store.saved_drafts()] == [draft_id]


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drafts)
def test_any_draft_survives_the_store(draft: Draft) -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = DraftStore.open(Path(folder))
        draft_id = store.save(draft)
        loaded = store.load(draft_id)
        draft.updated = loaded.updated  # save stamps the time of saving
        assert loaded == draft


def test_ids_are_readable_unique_and_typable_by_their_end(store: DraftStore) -> None:
    # The random end makes repeats rare (31**4 endings a title a day), not impossible: the store handles those.
    ids = {sample_draft().id for _ in range(200)}
    assert len(ids) >= 195
    d = sample_draft()
    store.save(d)
    assert d.id.startswith("261102-online-child-sexual")
    assert store.load(d.id[-4:]) == d
    assert store.load(d.id[:20]) == d


def test_a_new_draft_whose_id_is_taken_gets_another_and_overwrites_nothing(store: DraftStore) -> None:
    first = sample_draft()
    store.save(first)
    second = sample_draft()
    second.id = first.id
    second.letter.body = "another letter"
    new_id = store.save(second)
    assert new_id != first.id
    assert store.load(first.id).letter.body == first.letter.body
    assert store.load(new_id).letter.body == "another letter"
    assert not store.notices


def test_an_ambiguous_or_unknown_id_is_a_clear_error(store: DraftStore) -> None:
    store.save(sample_draft())
    store.save(sample_draft())
    with pytest.raises(DraftError, match="matches 2 drafts"):
        store.load("261102")
    with pytest.raises(DraftError, match="no draft"):
        store.load("nothing-like-it")
    with pytest.raises(DraftError, match="not a draft id"):
        store.load("../../etc/passwd")


def test_second_save_of_the_same_draft_overwrites_in_place(store: DraftStore) -> None:
    d = sample_draft()
    store.save(d)
    d.letter.body += "\nPS"
    assert store.save(d) == d.id
    assert store.load(d.id).letter.body.endswith("PS")
    assert store.notices == [] and len(store.saved_drafts()) == 1


def test_a_concurrent_change_is_kept_as_a_copy(store: DraftStore) -> None:
    draft_id = store.save(sample_draft())
    mine, theirs = store.load(draft_id), DraftStore.open(store.folder).load(draft_id)
    theirs.letter.body = "their version"
    DraftStore.open(store.folder).save(theirs)
    mine.letter.body = "my version"
    copy_id = store.save(mine)
    assert copy_id != draft_id and mine.id == copy_id and mine.copy_of == draft_id
    assert store.load(draft_id).letter.body == "their version"
    assert store.load(copy_id).letter.body == "my version"
    assert draft_id in store.notices[0] and copy_id in store.notices[0]
    mine.letter.body = "my version, again"
    assert store.save(mine) == copy_id  # later saves go to the copy


def test_a_new_draft_never_overwrites_an_existing_file_of_the_same_id(store: DraftStore) -> None:
    first = sample_draft()
    store.save(first)
    clash = sample_draft(body="another letter")
    clash.id = first.id
    assert store.save(clash) != first.id
    assert store.load(first.id).letter.body == first.letter.body


def test_a_corrupt_file_is_moved_aside_reported_and_the_rest_load(store: DraftStore) -> None:
    good = store.save(sample_draft())
    bad = store.save(sample_draft())
    store.path(bad).write_bytes(b'format = 1\nid = "unterminated')
    truncated = store.save(sample_draft())
    data = store.path(truncated).read_bytes()
    store.path(truncated).write_bytes(data[: len(data) // 2])
    listed = store.saved_drafts()
    assert [d.id for d in listed] == [good]
    assert len(store.problems) == 2 and bad in " ".join(store.problems)
    assert (store.folder / f"{bad}.toml.corrupt").read_bytes().startswith(b"format = 1")
    assert (store.folder / f"{truncated}.toml.corrupt").exists()
    store.path(bad).write_bytes(b"\xff\xfe not utf-8")
    with pytest.raises(DraftError, match="damaged"):
        store.load(bad)
    assert (store.folder / f"{bad}.toml.2.corrupt").exists()


def test_checking_for_autosaves_does_not_wipe_what_a_listing_reported(store: DraftStore) -> None:
    # The app checks for recoverable autosaves on a worker while the drafts screen lists: each keeps its own.
    bad = store.save(sample_draft())
    store.path(bad).write_bytes(b"not = [toml")
    assert store.saved_drafts() == []
    assert store.recoverable() == [] and store.recovery_problems == []
    assert bad in " ".join(store.problems)


def test_a_damaged_autosave_left_by_a_crash_is_reported_not_offered(store: DraftStore) -> None:
    d = sample_draft()
    d.letter.body = "typed"
    store.autosave(d)
    store.autosave_path(d.id).write_bytes(b"\x00\x01 not a draft")
    store = restart(store)
    assert store.recoverable() == []
    assert len(store.recovery_problems) == 1 and "damaged" in store.recovery_problems[0]


def test_a_draft_from_a_newer_version_is_left_alone(store: DraftStore) -> None:
    draft_id = store.save(sample_draft())
    path = store.path(draft_id)
    path.write_bytes(path.read_bytes().replace(b"format = 1", b"format = 99"))
    assert store.saved_drafts() == [] and "newer foi-helper" in store.problems[0]
    assert path.exists()


def _no_space(fd: int, data: object) -> int:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_disk_full_is_one_sentence_and_loses_nothing(store: DraftStore, monkeypatch: pytest.MonkeyPatch) -> None:
    d = sample_draft()
    store.save(d)
    before = store.path(d.id).read_bytes()
    d.letter.body = "hours of careful work"
    monkeypatch.setattr(os, "write", _no_space)
    with pytest.raises(DraftError, match="the disk is full") as caught:
        store.save(d)
    monkeypatch.undo()
    assert "\n" not in str(caught.value)
    assert store.path(d.id).read_bytes() == before
    assert d.letter.body == "hours of careful work" and d.id == store.saved_drafts()[0].id
    assert not list(store.folder.glob(".*.tmp"))
    assert store.save(d) == d.id  # once there is room, the same draft saves normally
    assert store.load(d.id).letter.body == "hours of careful work"


def test_permission_denied_is_one_sentence(store: DraftStore, monkeypatch: pytest.MonkeyPatch) -> None:
    if os.geteuid() != 0:  # a real read-only folder where permissions apply
        store.folder.chmod(0o500)
        try:
            with pytest.raises(DraftError, match="permission denied"):
                store.save(sample_draft())
        finally:
            store.folder.chmod(0o700)
    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")
    monkeypatch.setattr(tempfile, "mkstemp", denied)
    d = sample_draft()
    with pytest.raises(DraftError, match="permission denied"):
        store.save(d)
    assert d.letter.body.startswith("Dear Home Office")


def ticking(store: DraftStore) -> None:
    times = iter(datetime(2026, 11, 2, 10, tzinfo=UTC) + timedelta(seconds=i) for i in range(1000))
    store.clock = lambda: next(times)


def restart(store: DraftStore) -> DraftStore:
    """The app's process ends (crash or quit: the kernel drops its lock the same way) and a new one starts."""
    store.close()
    fresh = DraftStore.open(store.folder)
    ticking(fresh)
    return fresh


def test_autosave_newer_than_the_saved_draft_is_offered_after_a_crash(store: DraftStore) -> None:
    ticking(store)
    d = sample_draft()
    store.save(d)
    d.letter.body = "typed after the save"
    store.autosave(d)
    assert store.recoverable() == []  # a live session's autosave is not offered, not even to itself
    store = restart(store)
    recovered = store.recoverable()
    assert [r.letter.body for r in recovered] == ["typed after the save"]
    assert store.save(recovered[0]) == d.id  # based on the saved file: no conflict copy
    assert restart(store).recoverable() == []


def test_saving_clears_the_sessions_own_autosave(store: DraftStore) -> None:
    ticking(store)
    d = sample_draft()
    d.letter.body = "typed"
    store.autosave(d)
    store.save(d)
    assert not store.autosave_path(d.id).exists()
    assert restart(store).recoverable() == []
    assert list((store.folder / "autosave").iterdir()) == []  # the ended session's folder is gone


def test_autosave_identical_to_the_saved_draft_is_not_offered(store: DraftStore) -> None:
    d = sample_draft()
    store.clock = lambda: datetime(2026, 11, 2, 10, tzinfo=UTC)
    store.save(d)
    store.clock = lambda: datetime(2026, 11, 2, 10, 1, tzinfo=UTC)
    store.autosave(d)  # e.g. an autosave thread that finished just after ctrl+s
    assert restart(store).recoverable() == []


def test_older_autosave_is_not_offered(store: DraftStore) -> None:
    d = sample_draft()
    store.clock = lambda: datetime(2026, 11, 2, 10, tzinfo=UTC)
    d.letter.body = "older text"
    store.autosave(d)
    other = DraftStore.open(store.folder)
    other.clock = lambda: datetime(2026, 11, 2, 11, tzinfo=UTC)
    d.letter.body = "newer text, saved from another window"
    other.save(d)
    assert restart(store).recoverable() == []


def test_another_windows_save_leaves_this_windows_autosave(store: DraftStore) -> None:
    ticking(store)
    d = sample_draft()
    store.save(d)
    d.letter.body = "typed, then the app crashed"
    store.autosave(d)
    elsewhere_store = DraftStore.open(store.folder)
    ticking(elsewhere_store)
    elsewhere = elsewhere_store.load(d.id)
    elsewhere.letter.body = "edited in another window"
    elsewhere_store.save(elsewhere)
    store.clock = lambda: datetime(2026, 11, 2, 12, tzinfo=UTC)
    store.autosave(d)
    (recovered,) = restart(store).recoverable()
    assert recovered.letter.body == "typed, then the app crashed"
    copy_id = store.save(recovered)  # the file changed since the editing began: kept as a copy
    assert copy_id != d.id and store.load(d.id).letter.body == "edited in another window"
    assert store.load(copy_id).letter.body == "typed, then the app crashed"


def test_a_recovered_draft_not_saved_again_is_offered_once_more_not_twice(store: DraftStore) -> None:
    d = sample_draft(body="typed")
    store.autosave(d)
    store = restart(store)
    assert [r.id for r in store.recoverable()] == [d.id]
    store = restart(store)  # opened, not saved, closed again
    (again,) = store.recoverable()
    store.save(again)  # clears the adopted autosave
    assert restart(store).recoverable() == []


def test_autosave_of_a_never_saved_draft_is_offered_and_discardable(store: DraftStore) -> None:
    d = sample_draft()
    store.autosave(d)
    store = restart(store)
    assert [r.id for r in store.recoverable()] == [d.id]
    assert store.saved_drafts() == []  # an autosave is not a saved draft
    store.discard_autosave(d.id)
    assert store.recoverable() == []


def test_autosaves_of_a_killed_process_are_offered(store: DraftStore, tmp_path: Path) -> None:
    import subprocess
    import sys

    script = (
        "import os, signal, sys\n"
        "sys.path.insert(0, sys.argv[2])\n"
        "from drafts_strategies import sample_draft\n"
        "from foi_helper.drafts import DraftStore\n"
        "from pathlib import Path\n"
        "store = DraftStore.open(Path(sys.argv[1]))\n"
        "d = sample_draft(body='typed before the kill')\n"
        "store.autosave(d)\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(store.folder), str(Path(__file__).parent)], check=False)
    assert [r.letter.body for r in store.recoverable()] == ["typed before the kill"]


def test_delete_moves_aside_and_restore_brings_back(store: DraftStore) -> None:
    d = sample_draft()
    store.save(d)
    assert store.delete(d.id[-4:]) == d.id
    assert store.saved_drafts() == []
    assert store.restore(d.id) == d.id
    assert store.load(d.id) == d


def test_record_and_mark_sent_append_to_the_history(store: DraftStore) -> None:
    d = sample_draft()
    store.save(d)
    store.mark_sent(d.id, date(2026, 11, 3), "whatdotheyknow")
    after = store.record(d.id, Event("acknowledged", date(2026, 11, 4), note="ref FOI-123"))
    assert [e.kind for e in after.history] == ["drafted", "sent", "acknowledged"]
    assert store.load(d.id).history[1].channel == "whatdotheyknow"
    assert after.status == "acknowledged" and after.sent_on == date(2026, 11, 3)


def test_events_out_of_order_are_refused_and_nothing_changes(store: DraftStore) -> None:
    d = sample_draft()
    store.save(d)
    with pytest.raises(DraftError, match="sent first"):
        store.record(d.id, Event("answered", date(2026, 11, 20)))
    store.mark_sent(d.id, date(2026, 11, 3), "email")
    with pytest.raises(DraftError, match="before the request was sent"):
        store.record(d.id, Event("refused", date(2026, 11, 1)))
    with pytest.raises(DraftError, match="drafted once"):
        store.record(d.id, Event("drafted", date(2026, 11, 4)))
    store.record(d.id, Event("note", date(2026, 11, 1), note="phoned the FOI team first"))
    assert [e.kind for e in store.load(d.id).history] == ["drafted", "sent", "note"]


def test_stale_temp_files_of_dead_saves_are_cleaned(store: DraftStore) -> None:
    old, fresh = store.folder / ".x.toml.abc.tmp", store.folder / ".y.toml.def.tmp"
    old.write_bytes(b"half")
    fresh.write_bytes(b"in flight")
    os.utime(old, (0, 0))
    store.saved_drafts()
    assert not old.exists() and fresh.exists()
