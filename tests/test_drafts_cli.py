"""`foi-helper drafts …` as a user types it."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from foi_helper import letters
from foi_helper.cli import drafts as drafts_cli
from foi_helper.cli import main
from foi_helper.drafts import DraftStore
from foi_helper.model import Letter
from tests.conftest import EXAMPLE
from tests.drafts_strategies import sample_draft

TODAY = date(2026, 11, 2)  # a Monday


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(drafts_cli, "today", lambda: TODAY)


@pytest.fixture
def saved() -> str:
    return DraftStore.open().save(sample_draft(body='Dear Home Office,\n\n"""£ 😀\\\n\nYours faithfully,\nAda'))


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["drafts", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_list_with_no_drafts_says_how_to_make_one(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "list")
    assert code == 0 and "foi-helper draft FILE --save" in out


def test_list_shows_id_status_authority_and_title(capsys: pytest.CaptureFixture[str], saved: str) -> None:
    for argv in (["list"], []):
        code, out, _ = run(capsys, *argv)
        assert code == 0
        assert saved in out and "drafted" in out and "Home Office" in out and "Twitter: figures and funding" in out


def test_show_prints_the_letter_exactly(capsys: pytest.CaptureFixture[str], saved: str) -> None:
    code, out, _ = run(capsys, "show", saved[-4:])
    assert code == 0 and out.split("\n\n", 1)[1] == 'Dear Home Office,\n\n"""£ 😀\\\n\nYours faithfully,\nAda\n'


def test_show_in_a_send_format(capsys: pytest.CaptureFixture[str], saved: str) -> None:
    code, out, _ = run(capsys, "show", saved, "--format", "json")
    data = json.loads(out)
    assert code == 0 and data["authority"] == "Home Office" and data["body"].startswith("Dear Home Office,")


def test_sent_records_the_day_and_prints_the_due_date(capsys: pytest.CaptureFixture[str], saved: str) -> None:
    code, out, _ = run(capsys, "sent", saved, "--on", "2026-10-01", "--by", "whatdotheyknow")
    assert code == 0 and "2026-10-29" in out and "Thursday 29 October 2026" in out
    assert "chaser" in out  # 2 November is past the deadline
    d = DraftStore.open().load(saved)
    assert d.status == "sent" and d.sent_on == date(2026, 10, 1) and d.history[-1].channel == "whatdotheyknow"


def test_sent_defaults_to_today_and_list_counts_working_days(capsys: pytest.CaptureFixture[str], saved: str) -> None:
    run(capsys, "sent", saved)
    _, out, _ = run(capsys, "list")
    # Monday 30 November 2026 is St Andrew's Day, a bank holiday in Scotland, so not a working day (FOIA s.10(6)).
    assert "the authority's reply is due in 20 working days (2026-12-01)" in out


def test_overdue_list_offers_follow_ups(capsys: pytest.CaptureFixture[str], saved: str) -> None:
    run(capsys, "sent", saved, "--on", "2026-09-01")
    _, out, _ = run(capsys, "list")
    assert "overdue by" in out and "chaser, internal_review, complaint" in out
    _, out, _ = run(capsys, "list", "--json")
    (entry,) = json.loads(out)
    assert entry["status"] == "sent" and entry["days_left"] < 0 and entry["follow_ups"][0] == "chaser"


def test_status_records_a_refusal_with_a_note(capsys: pytest.CaptureFixture[str], saved: str) -> None:
    run(capsys, "sent", saved, "--on", "2026-10-01")
    code, out, _ = run(capsys, "status", saved, "part-answered", "--on", "2026-10-27")
    assert code == 0 and DraftStore.open().load(saved).status == "part_answered"
    code, out, _ = run(capsys, "status", saved, "refused", "--on", "2026-10-28", "--note", "s.12 cost limit")
    assert code == 0 and "internal review" in out
    d = DraftStore.open().load(saved)
    assert d.status == "refused" and d.history[-1].note == "s.12 cost limit"


def test_future_dates_and_bad_dates_are_one_line_errors(capsys: pytest.CaptureFixture[str], saved: str) -> None:
    code, _, err = run(capsys, "sent", saved, "--on", "2026-11-03")
    assert code == 1 and "in the future" in err and err.count("\n") == 1
    code, _, err = run(capsys, "sent", saved, "--on", "3 Nov")
    assert code == 1 and "YYYY-MM-DD" in err


def test_unknown_id_is_a_one_line_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "show", "k3x9")
    assert code == 1 and "no draft" in err and err.count("\n") == 1


def test_export_writes_the_history_as_markdown(capsys: pytest.CaptureFixture[str], saved: str, tmp_path: Path) -> None:
    run(capsys, "sent", saved, "--on", "2026-10-01")
    run(capsys, "status", saved, "acknowledged", "--on", "2026-10-02", "--note", "ref | FOI-1")
    out_path = tmp_path / "history.md"
    code, out, _ = run(capsys, "export", saved, "--out", str(out_path))
    assert out == f"Wrote {out_path}\n"
    text = out_path.read_text(encoding="utf-8")
    assert code == 0 and text.startswith("# Online child sexual exploitation")
    assert "- 2026-10-01: sent by email" in text and "- 2026-10-02: acknowledged: ref | FOI-1" in text
    assert '````text\nDear Home Office,\n\n"""£ 😀\\' in text or '```text\nDear Home Office,' in text
    assert "Lord Moonie (Labour)" in text and "UIN 6036" in text


def test_delete_then_restore(capsys: pytest.CaptureFixture[str], saved: str) -> None:
    code, out, _ = run(capsys, "delete", saved)
    assert code == 0 and "restore" in out
    assert saved not in run(capsys, "list")[1]
    assert run(capsys, "restore", saved)[0] == 0
    assert saved in run(capsys, "list")[1]


def test_a_corrupt_draft_is_reported_and_the_others_listed(capsys: pytest.CaptureFixture[str], saved: str) -> None:
    store = DraftStore.open()
    (store.folder / "261101-broken-abcd.toml").write_text("not = [toml", encoding="utf-8")
    code, out, err = run(capsys, "list")
    assert code == 0 and saved in out and "261101-broken-abcd.toml" in err and "moved aside" in err


def test_follow_up_is_composed_from_the_draft_and_kept(capsys: pytest.CaptureFixture[str], saved: str,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[dict[str, Any]] = []

    def compose_follow_up(kind: str, **kwargs: Any) -> Letter:
        calls.append({"kind": kind, **kwargs})
        original: Letter = kwargs["original"]
        return replace(original, kind=kind, body=f"Dear {original.authority},\n\nChasing.\n\n{kwargs['requester'].name}")

    monkeypatch.setattr(letters, "compose_follow_up", compose_follow_up, raising=False)
    run(capsys, "sent", saved, "--on", "2026-09-01")
    code, out, _ = run(capsys, "follow-up", saved, "chaser", "--name", "Ada Lovelace")
    assert code == 0 and out.split("\n\n", 1)[1] == "Dear Home Office,\n\nChasing.\n\nAda Lovelace\n"
    assert calls[0]["sent_on"] == date(2026, 9, 1) and calls[0]["today"] == TODAY
    assert calls[0]["original"].title.startswith("Online child")
    run(capsys, "follow-up", saved, "chaser", "--name", "Ada Lovelace")  # the same letter is kept once
    assert [f.kind for f in DraftStore.open().load(saved).follow_ups] == ["chaser"]
    assert run(capsys, "show", saved, "--follow-up", "chaser")[1] == out


def test_real_follow_ups_are_filled_from_the_draft(capsys: pytest.CaptureFixture[str], saved: str) -> None:
    url = "https://www.whatdotheyknow.com/request/online_child_exploitation"
    run(capsys, "sent", saved, "--on", "2026-09-01", "--by", "whatdotheyknow", "--url", url)
    code, chaser, err = run(capsys, "follow-up", saved, "chaser", "--name", "Ada Lovelace")
    assert code == 0, err
    assert "1 September 2026" in chaser and "Online child sexual exploitation" in chaser and "Ada Lovelace" in chaser
    code, review, _ = run(capsys, "follow-up", saved, "internal_review", "--name", "Ada Lovelace")
    assert code == 0 and "no reply" in review and url in review  # reason and page from the history
    run(capsys, "status", saved, "refused", "--on", "2026-10-30")
    code, _, err = run(capsys, "follow-up", saved, "internal_review", "--name", "Ada Lovelace")
    assert code == 1 and "reason" in err  # a refusal's fault is the requester's call, not guessed
    code, review, _ = run(capsys, "follow-up", saved, "internal_review", "--name", "Ada Lovelace",
                          "--reason", "exemption_disputed")
    assert code == 0 and "exemption" in review
    kinds = [f.kind for f in DraftStore.open().load(saved).follow_ups]
    assert kinds == ["chaser", "internal_review", "internal_review"]
    assert f"Request page: <{url}>" in run(capsys, "export", saved)[1]


def test_draft_save_then_list_and_show(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["draft", str(EXAMPLE), "--name", "Ada Lovelace", "--email", "ada@example.org", "--save"])
    out, _ = capsys.readouterr()
    draft_id = out.splitlines()[-1]
    assert code == 0
    listed = run(capsys, "list")[1]
    assert draft_id in listed and "drafted" in listed and "Home Office" in listed
    letter = run(capsys, "show", draft_id)[1]
    assert letter.startswith("Subject: ") and "\n\nDear Home Office," in letter and "Ada Lovelace" in letter
    assert DraftStore.open().load(draft_id).answer.title == "Paedophilia: Social Media"


def test_a_chaser_before_the_reply_is_due_is_refused_unless_forced(capsys: pytest.CaptureFixture[str],
                                                                  saved: str) -> None:
    run(capsys, "sent", saved, "--on", "2026-10-20")  # due Tuesday 17 November 2026; today is 2 November
    code, out, err = run(capsys, "follow-up", saved, "chaser", "--name", "Ada Lovelace")
    assert code == 1 and out == ""
    assert "Tuesday 17 November 2026" in err and "--force" in err and len(err.strip().splitlines()) == 1
    assert DraftStore.open().load(saved).follow_ups == []
    code, out, _ = run(capsys, "follow-up", saved, "chaser", "--name", "Ada Lovelace", "--force")
    assert code == 0 and "Ada Lovelace" in out


def test_a_chaser_on_the_due_day_is_still_early(saved: str) -> None:
    # The authority has the whole of the 20th working day (FOIA s.10(1)); the app calls the same function.
    from foi_helper.drafts.follow_up import compose_for_draft
    from foi_helper.errors import DraftError

    store = DraftStore.open()
    draft = store.mark_sent(saved, date(2026, 10, 5), channel="email")  # due Monday 2 November 2026
    with pytest.raises(DraftError, match="2 November 2026"):
        compose_for_draft(draft, "chaser", today=date(2026, 11, 2), name="Ada")
    assert "Ada" in compose_for_draft(draft, "chaser", today=date(2026, 11, 3), name="Ada").body


def test_a_follow_up_refuses_a_name_with_a_line_break(capsys: pytest.CaptureFixture[str], saved: str) -> None:
    run(capsys, "sent", saved, "--on", "2026-09-01")
    code, out, err = run(capsys, "follow-up", saved, "chaser", "--name", "Ada\nBcc: x@evil.example")
    assert code == 1 and out == "" and "line break" in err and len(err.strip().splitlines()) == 1


def test_follow_ups_are_signed_with_the_name_that_signed_the_request(capsys: pytest.CaptureFixture[str]) -> None:
    main(["draft", str(EXAMPLE), "--name", "Alex Example", "--email", "alex@example.org", "--save"])
    draft_id = capsys.readouterr().out.splitlines()[-1]
    run(capsys, "sent", draft_id, "--on", "2026-09-01")
    for argv in (["chaser"], ["internal_review", "--reason", "cost_limit_no_advice"]):
        code, out, err = run(capsys, "follow-up", draft_id, *argv)
        assert code == 0 and out.rstrip().endswith("Alex Example") and "[your name]" not in out
        assert "real name" not in err


def test_an_unsigned_follow_up_warns_like_draft(capsys: pytest.CaptureFixture[str], saved: str) -> None:
    store = DraftStore.open()
    store.update(saved, lambda d: setattr(d, "letter", replace(d.letter, body="Dear Home Office,\n\nPlease.\n")))
    run(capsys, "sent", saved, "--on", "2026-09-01")
    code, out, err = run(capsys, "follow-up", saved, "chaser")
    assert code == 0 and "[your name]" in out
    assert "warning:" in err and "real name" in err and "s.8(1)(b)" in err


def test_a_follow_up_does_not_ask_for_an_address_again(capsys: pytest.CaptureFixture[str], saved: str) -> None:
    run(capsys, "sent", saved, "--on", "2026-09-01")
    code, _, err = run(capsys, "follow-up", saved, "chaser")  # signed "Ada"; no email in the settings
    assert code == 0 and "warning" not in err


def test_restore_takes_the_short_ids_delete_takes(capsys: pytest.CaptureFixture[str], saved: str) -> None:
    for short in (saved[-4:], saved[:8]):
        code, out, err = run(capsys, "delete", short)
        assert code == 0, err
        code, out, err = run(capsys, "restore", short)
        assert code == 0 and f"Restored {saved}" in out, err
    code, _, err = run(capsys, "restore", "zzzz")
    assert code == 1 and "zzzz" in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("second", ["2026-10-20", "2026-09-20"])  # later or earlier than the first
def test_sending_again_says_it_replaces_the_earlier_date(capsys: pytest.CaptureFixture[str], saved: str,
                                                         second: str) -> None:
    run(capsys, "sent", saved, "--on", "2026-10-01")
    code, _, err = run(capsys, "sent", saved, "--on", second)
    assert code == 0 and "replaces the earlier sending date" in err and "2026-10-01" in err
    d = DraftStore.open().load(saved)
    assert d.sent_on == date.fromisoformat(second)  # the deadline counts from the date given last
    assert "2026-10-01" in run(capsys, "export", saved)[1]  # the earlier date stays in the history


def test_saving_a_second_draft_of_the_same_answer_warns(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["draft", str(EXAMPLE), "--name", "Ada Lovelace", "--email", "ada@example.org", "--save"]
    assert main(argv) == 0
    first_out, first_err = capsys.readouterr()
    assert "s.14(2)" not in first_err
    assert main(argv) == 0
    _, err = capsys.readouterr()
    repeat = [line for line in err.splitlines() if "s.14(2)" in line]
    assert len(repeat) == 1 and first_out.splitlines()[-1] in repeat[0]


def test_show_and_follow_up_wrap_like_draft(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["draft", str(EXAMPLE), "--name", "Ada Lovelace", "--email", "ada@example.org", "--save"]) == 0
    out = capsys.readouterr().out.splitlines()
    drafted, draft_id = "\n".join(out[:-1]) + "\n", out[-1]
    code, shown, _ = run(capsys, "show", draft_id)
    assert code == 0 and shown == drafted and max(len(line) for line in shown.splitlines()) <= 78
    run(capsys, "sent", draft_id, "--on", "2026-09-01")
    code, chaser, _ = run(capsys, "follow-up", draft_id, "chaser")
    assert code == 0 and max(len(line) for line in chaser.splitlines()) <= 78
    assert run(capsys, "show", draft_id, "--follow-up", "chaser")[1] == chaser


def test_show_as_a_link_without_a_known_page_does_not_suggest_an_option_show_lacks(
        capsys: pytest.CaptureFixture[str], saved: str) -> None:
    DraftStore.open().update(saved, lambda d: setattr(d, "letter", replace(d.letter, authority_url_name=None)))
    code, out, err = run(capsys, "show", saved, "--format", "wdtk-url")
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1
    assert "--authority" not in err and "--format text" in err


def test_follow_ups_keep_to_the_recorded_history(capsys: pytest.CaptureFixture[str], saved: str) -> None:
    run(capsys, "sent", saved, "--on", "2026-08-03")
    code, _, err = run(capsys, "follow-up", saved, "complaint", "--name", "Ada Lovelace")
    assert code == 0  # the reply is overdue: the Commissioner hears failures to reply without a review
    run(capsys, "status", saved, "refused", "--on", "2026-09-15", "--note", "Refused under section 12 (cost)")
    code, out, err = run(capsys, "follow-up", saved, "chaser", "--name", "Ada Lovelace")
    assert code == 1 and out == "" and "refused" in err and "internal review" in err  # no "I have not received one"
    code, out, err = run(capsys, "follow-up", saved, "complaint", "--name", "Ada Lovelace")
    assert code == 1 and "internal review first" in err  # no complaint claiming a review never asked for
    code, review, _ = run(capsys, "follow-up", saved, "internal_review", "--name", "Ada Lovelace")
    assert code == 0 and "section 16 requires" in review  # the grounds from the recorded refusal: cost
    flowed = " ".join(review.split())  # the CLI wraps the letter's paragraphs at 80 columns
    assert "15 September 2026" in flowed and "Refused under section 12 (cost)" in flowed
    assert review.rstrip().endswith("Yours faithfully,\n\nAda Lovelace")
    run(capsys, "status", saved, "review_requested", "--on", "2026-10-26")
    code, out, err = run(capsys, "follow-up", saved, "complaint", "--name", "Ada Lovelace")
    assert code == 1 and "internal review is due by" in err
    run(capsys, "status", saved, "review_answered", "--on", "2026-10-30")
    code, complaint, _ = run(capsys, "follow-up", saved, "complaint", "--name", "Ada Lovelace")
    assert code == 0 and "internal review on 26 October 2026" in complaint and "30 October 2026" in complaint
