"""Drafts under attack: a reader that goes away, damaged files, symlinks and permissions in the drafts folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import EXAMPLE, ROOT

from foi_helper.cli import main
from foi_helper.drafts import DraftStore
from foi_helper.errors import DraftError


def run_shell(command: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FOI_HELPER_HOME": str(home), "PYTHONPATH": str(ROOT)}
    return subprocess.run(["sh", "-c", command], env=env, check=False, capture_output=True, text=True, timeout=60)


CLI = f"'{sys.executable}' -m foi_helper"


@pytest.mark.parametrize("tail", ["| true", ">&-"])
def test_a_saved_draft_survives_a_reader_that_goes_away(foi_home: Path, tail: str) -> None:
    done = run_shell(f"{CLI} draft '{EXAMPLE}' --name 'Alex Example' --save {tail}", foi_home)
    saved = [p.stem for p in (foi_home / "data" / "drafts").glob("*.toml")]
    assert done.returncode == 0 and "Traceback" not in done.stderr
    assert len(saved) == 1 and f"saved as draft {saved[0]}" in done.stderr


def save_seed(capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["draft", str(EXAMPLE), "--name", "Alex Example", "--save"]) == 0
    return capsys.readouterr().out.strip().splitlines()[-1]


@pytest.mark.parametrize(
    ("name", "damage"),
    [
        ("bomb", lambda t: "zz = " + "[" * 20000 + "]" * 20000 + "\n" + t),
        ("inline-bomb", lambda t: "zz = " + "{a=" * 3000 + "1" + "}" * 3000 + "\n" + t),
        ("far-date", lambda t: t + '\n[[history]]\nkind = "sent"\non = 9999-12-31\nchannel = "email"\n'),
        ("year-one", lambda t: t + '\n[[history]]\nkind = "sent"\non = 0001-01-01\n'),
        ("bigint", lambda t: "zz = " + "9" * 5000 + "\n" + t),
    ],
)
def test_a_damaged_draft_is_moved_aside_and_the_others_still_list_and_save(
    foi_home: Path, capsys: pytest.CaptureFixture[str], name: str, damage: object
) -> None:
    good = save_seed(capsys)
    folder = foi_home / "data" / "drafts"
    text = (folder / f"{good}.toml").read_text()
    (folder / f"zz-{name}-abcd.toml").write_text(damage(text))  # type: ignore[operator]
    assert main(["drafts", "list"]) == 0
    out, err = capsys.readouterr()
    assert good in out and "Traceback" not in err and "damaged" in err and "moved aside" in err
    assert (folder / f"zz-{name}-abcd.toml.corrupt").exists()
    assert main(["drafts", "list", "--json"]) == 0
    assert [d["id"] for d in json.loads(capsys.readouterr().out)] == [good]
    assert main(["draft", str(EXAMPLE), "--name", "Alex Example", "--save"]) == 0


def old_temp(folder: Path) -> Path:
    tmp = folder / ".x.toml.abc123.tmp"
    tmp.write_text("not ours")
    os.utime(tmp, (time.time() - 10**5,) * 2)
    return tmp


def test_listing_never_deletes_or_chmods_through_a_symlink(
    foi_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    save_seed(capsys)
    outside = tmp_path / "outside"
    outside.mkdir()
    os.chmod(outside, 0o755)
    tmp = old_temp(outside)
    (foi_home / "data" / "drafts" / "autosave" / "1-abcdef").symlink_to(outside)
    assert main(["drafts", "list"]) == 0
    DraftStore.open().recoverable()
    assert tmp.exists() and outside.stat().st_mode & 0o777 == 0o755


def test_a_symlinked_drafts_folder_keeps_its_files_and_permissions(
    foi_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    os.chmod(outside, 0o755)
    tmp = old_temp(outside)
    (foi_home / "data").mkdir(parents=True)
    (foi_home / "data" / "drafts").symlink_to(outside)
    assert main(["drafts", "list"]) == 0
    assert tmp.exists() and outside.stat().st_mode & 0o777 == 0o755


def test_delete_refuses_a_deleted_folder_that_links_elsewhere(
    foi_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = save_seed(capsys)
    outside = tmp_path / "outside"
    outside.mkdir()
    (foi_home / "data" / "drafts" / "deleted").symlink_to(outside)
    assert main(["drafts", "delete", good]) == 1
    err = capsys.readouterr().err
    assert "link" in err and len(err.strip().splitlines()) == 1
    assert not list(outside.iterdir()) and (foi_home / "data" / "drafts" / f"{good}.toml").exists()


def test_a_draft_file_that_is_a_symlink_is_not_followed(
    foi_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = save_seed(capsys)
    secret = tmp_path / "secret.toml"
    secret.write_text((foi_home / "data" / "drafts" / f"{good}.toml").read_text())
    (foi_home / "data" / "drafts" / "linked-abcd.toml").symlink_to(secret)
    store = DraftStore.open()
    assert [d.id for d in store.saved_drafts()] == [good]
    with pytest.raises(DraftError, match="symlink"):
        store.load("linked-abcd")


def test_a_read_only_drafts_folder_stays_read_only(foi_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    save_seed(capsys)
    folder = foi_home / "data" / "drafts"
    os.chmod(folder, 0o500)
    try:
        main(["drafts", "list"])
        main(["draft", str(EXAMPLE), "--name", "Alex Example", "--save"])
        assert folder.stat().st_mode & 0o777 == 0o500
    finally:
        os.chmod(folder, 0o700)
    err = capsys.readouterr().err
    assert "Traceback" not in err
    if os.geteuid() != 0:  # root writes anyway
        assert "permission denied" in err


@pytest.mark.parametrize("args", [["sent", "ID", "--on", "0001-01-01"], ["sent", "ID", "--on", "9999-12-31"],
                                  ["status", "ID", "answered", "--on", "1066-10-14"], ["sent", "ID", "--on", ""]])
def test_dates_a_person_types_outside_1900_to_2200_are_refused(
    foi_home: Path, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    good = save_seed(capsys)
    assert main(["drafts", *[good if a == "ID" else a for a in args]]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and ("1900" in err or "not a date" in err)


def test_an_unknown_channel_is_bad_usage(foi_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = save_seed(capsys)
    with pytest.raises(SystemExit) as exc:
        main(["drafts", "sent", good, "--by", "pigeon"])
    assert exc.value.code == 2 and "pigeon" in capsys.readouterr().err
