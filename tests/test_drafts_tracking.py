"""Tracking: the deadline after each event, working days left, and which follow-ups fit."""

from __future__ import annotations

from datetime import date

from foi_helper.drafts import Draft, Event
from foi_helper.drafts.tracking import due_phrase, follow_ups, next_step, working_days_between
from foi_helper.letters.deadlines import extended_due, reply_due, review_due, review_request_by
from tests.drafts_strategies import sample_draft


def with_events(*events: tuple[str, date], law: str = "foia") -> Draft:
    d = sample_draft(law=law)
    d.history += [Event(kind, on) for kind, on in events]
    return d


SENT = date(2026, 10, 1)  # a Thursday; October 2026 has no bank holiday anywhere in the UK


def test_a_draft_not_sent_has_no_deadline() -> None:
    d = sample_draft()
    assert d.status == "drafted" and d.due is None and d.days_left(date(2026, 11, 2)) is None
    assert follow_ups(d, date(2030, 1, 1)) == [] and due_phrase(d, date(2026, 11, 2)) == ""


def test_sent_is_due_on_the_20th_working_day_worked_by_hand() -> None:
    d = with_events(("sent", SENT))
    assert d.status == "sent" and d.sent_on == SENT
    assert d.due == date(2026, 10, 29)


def test_reply_deadline_follows_the_law_across_easter() -> None:
    # Easter Monday 29 March 2027 is a working day in Scotland only (FOISA s.73).
    assert with_events(("sent", date(2027, 3, 18))).due == date(2027, 4, 19)
    assert with_events(("sent", date(2027, 3, 18)), law="foisa").due == date(2027, 4, 16)


def test_days_left_counts_working_days_and_goes_negative_when_overdue() -> None:
    d = with_events(("sent", SENT))
    assert d.days_left(date(2026, 10, 27)) == 2
    assert d.days_left(date(2026, 10, 29)) == 0
    assert d.days_left(date(2026, 11, 2)) == -2  # Friday 30th and Monday 2nd are past the deadline
    assert working_days_between(date(2026, 12, 24), date(2026, 12, 29), "foia") == 1  # 25th and 28th are holidays


def test_overdue_reply_offers_chaser_review_and_complaint() -> None:
    d = with_events(("sent", SENT), ("acknowledged", date(2026, 10, 2)))
    assert d.status == "acknowledged" and d.due == date(2026, 10, 29)
    assert follow_ups(d, date(2026, 10, 29)) == []
    assert follow_ups(d, date(2026, 10, 30)) == ["chaser", "internal_review", "complaint"]
    assert due_phrase(d, date(2026, 11, 2)) == "the authority's reply is overdue by 2 working days (2026-10-29)"
    assert due_phrase(d, date(2026, 10, 28)) == "the authority's reply is due in 1 working day (2026-10-29)"
    assert due_phrase(d, date(2026, 10, 29)) == "the authority's reply is due today (2026-10-29)"
    assert due_phrase(d, date(2026, 11, 2), short=True) == "overdue by 2 working days"
    friday = with_events(("sent", date(2026, 10, 2)))
    assert friday.due == date(2026, 10, 30)
    assert due_phrase(friday, date(2026, 10, 31)) == "the authority's reply is due 2026-10-30, now past"  # Saturday


def test_clarification_stops_the_clock_and_restarts_it() -> None:
    asked = with_events(("sent", SENT), ("clarification_asked", date(2026, 10, 5)))
    assert asked.due is None and follow_ups(asked, date(2026, 12, 1)) == ["clarification"]
    clarified = with_events(("sent", SENT), ("clarification_asked", date(2026, 10, 5)),
                            ("clarified", date(2026, 10, 12)))
    assert clarified.due == reply_due(date(2026, 10, 12)).due  # FOIA s.1(3)


def test_public_interest_extension_moves_the_deadline_to_40_working_days() -> None:
    d = with_events(("sent", SENT), ("extended", date(2026, 10, 20)))
    assert d.due == extended_due(SENT).due


def test_refusal_offers_an_internal_review_at_once_with_its_window() -> None:
    refused_on = date(2026, 11, 20)
    for kind in ("refused", "part_answered"):
        d = with_events(("sent", SENT), (kind, refused_on))
        step = next_step(d)
        assert step is not None and step.whose == "you"
        assert d.due == review_request_by(refused_on).due
        assert follow_ups(d, refused_on) == ["internal_review"]


def test_a_full_answer_ends_the_clock() -> None:
    d = with_events(("sent", SENT), ("answered", date(2026, 10, 20)))
    assert d.due is None and follow_ups(d, date(2027, 1, 1)) == []


def test_review_deadline_then_complaint_windows() -> None:
    asked = date(2026, 11, 23)
    d = with_events(("sent", SENT), ("refused", date(2026, 10, 20)), ("review_requested", asked))
    assert d.due == review_due(asked).due
    assert follow_ups(d, d.due) == []
    assert follow_ups(d, date(2027, 3, 1)) == ["chaser", "complaint"]
    eir = with_events(("sent", SENT), ("review_requested", asked), law="eir")
    assert eir.due == review_due(asked, "eir").due  # reg 11(4): 40 working days
    decided = date(2026, 12, 31)
    foia = with_events(("sent", SENT), ("review_answered", decided))
    assert foia.due == date(2027, 2, 11) and follow_ups(foia, decided) == ["complaint"]  # six calendar weeks
    foisa = with_events(("sent", SENT), ("review_answered", decided), law="foisa")
    assert foisa.due == date(2027, 6, 30)  # FOISA s.47(4): six months
    assert with_events(("sent", SENT), ("complaint", date(2027, 1, 5))).due is None


def test_notes_do_not_change_the_status_and_events_sort_by_date() -> None:
    d = with_events(("sent", SENT), ("note", date(2026, 10, 3)))
    assert d.status == "sent"
    late_record = with_events(("acknowledged", date(2026, 10, 2)), ("sent", SENT))
    assert late_record.status == "acknowledged"
    drafted_after_sending = sample_draft()
    drafted_after_sending.history.append(Event("sent", date(2026, 1, 1)))
    assert drafted_after_sending.status == "sent"  # drafting is the start, whatever its date
