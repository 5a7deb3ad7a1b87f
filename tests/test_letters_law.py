"""Law details: the Scottish environmental regulations, the schools rule, St Andrew's Day, "long overdue"."""

from __future__ import annotations

from datetime import date, datetime

from test_letters_compose import ALEX, TODAY, seed_analysis, seed_answer

from foi_helper.drafts.draft import Draft, Event
from foi_helper.drafts.tracking import due_phrase
from foi_helper.letters import compose_follow_up, compose_letter
from foi_helper.letters.deadlines import (
    is_working_day,
    reply_due,
    review_due,
    review_request_by,
    school_reply_due,
    working_days_after,
)


def test_st_andrews_day_is_a_scottish_holiday_only_from_2007() -> None:
    # The St Andrew's Day Bank Holiday (Scotland) Act 2007: 30 November 2006 was a working day.
    assert is_working_day(date(2006, 11, 30), "foisa")
    assert not is_working_day(date(2007, 11, 30), "foisa")
    assert not is_working_day(date(2026, 11, 30), "foisa")


def test_scottish_environmental_regulations_count_scottish_days_and_a_20_day_review() -> None:
    received = date(2026, 3, 30)  # Easter Monday 6 April 2026 is a working day in Scotland
    assert reply_due(received, "eisr").due == working_days_after(received, 20, "foisa")
    assert reply_due(received, "eisr").due < reply_due(received, "eir").due
    assert "EISR reg 5(2)(a)" in reply_due(received, "eisr").rule
    assert review_due(received, "eisr").due == working_days_after(received, 20, "foisa")  # reg 16(4)
    assert review_due(received, "eir").due == working_days_after(received, 40, "eir")  # EIR reg 11(4)
    assert review_request_by(received, "eisr").due == working_days_after(received, 40, "foisa")  # reg 16(2)


def test_a_scottish_environmental_request_follows_up_under_the_scottish_regulations() -> None:
    answer = seed_answer(department="Scottish Government")
    letter = compose_letter(answer, seed_analysis(), requester=ALEX, today=TODAY, law="eir")
    assert "Environmental Information (Scotland) Regulations 2004" in letter.body
    review = compose_follow_up("internal_review", original=letter, requester=ALEX, today=TODAY,
                               sent_on=date(2026, 10, 1), reasons=("exemption_disputed",))
    assert "regulation 16 of the Environmental Information (Scotland) Regulations 2004" in review.body
    assert "regulation 10(2)" in review.body and letter.law == review.law == "eir"
    complaint = compose_follow_up("complaint", original=letter, requester=ALEX, today=TODAY,
                                  reasons=("no_reply",))
    assert complaint.authority == "Scottish Information Commissioner"
    draft = Draft.new(source_text="x", source_origin=None, answer=answer, point_ids=letter.points, letter=letter,
                      cited=[], now=datetime(2026, 10, 1))
    assert draft.law == "eisr"


def test_the_schools_rule_says_which_day_and_why() -> None:
    d = school_reply_due(date(2026, 12, 2))
    assert d.due == working_days_after(date(2026, 12, 2), 60, "foia")
    assert "term dates are not known" in d.rule and "20th working day" in d.rule and "60th" in d.rule


def test_long_overdue_after_40_working_days() -> None:
    letter = compose_letter(seed_answer(), seed_analysis(), requester=ALEX, today=TODAY)
    draft = Draft.new(source_text="x", source_origin=None, answer=seed_answer(), point_ids=letter.points,
                      letter=letter, cited=[], now=datetime(2026, 9, 1))
    draft.history.append(Event("sent", date(2026, 9, 1)))
    assert due_phrase(draft, date(2026, 10, 5)).startswith("the authority's reply is overdue by")
    assert "reply is long overdue by " in due_phrase(draft, date(2026, 11, 30))  # one phrase, no "(overdue by …)"
