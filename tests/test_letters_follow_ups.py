"""Follow-up letters: each names the original request, cites the right law, and signs off as a follow-up."""

from __future__ import annotations

from datetime import date

import pytest
from test_letters_compose import ALEX, TODAY, seed_analysis, seed_answer

from foi_helper.errors import LetterError
from foi_helper.letters import compose_follow_up, compose_letter, lint
from foi_helper.model import Letter

SENT = date(2019, 12, 20)


@pytest.fixture
def original() -> Letter:
    return compose_letter(seed_answer(), seed_analysis(), requester=ALEX, today=TODAY)


def test_chaser_gives_the_missed_deadline(original: Letter) -> None:
    letter = compose_follow_up("chaser", original=original, requester=ALEX, today=TODAY, sent_on=SENT)
    assert letter.kind == "chaser" and letter.authority == "Home Office"
    assert "on 20 December 2019" in letter.body and "Thursday 23 January 2020" in letter.body
    assert "section 10(1)" in letter.body
    assert letter.body.rstrip().endswith("Yours faithfully,\n\nAlex Example")  # Dear body: faithfully, always
    assert original.title in letter.body


def test_chaser_needs_the_sending_date(original: Letter) -> None:
    with pytest.raises(LetterError, match="sent"):
        compose_follow_up("chaser", original=original, requester=ALEX, today=TODAY)


def test_internal_review_reasons_in_the_words_of_the_act(original: Letter) -> None:
    letter = compose_follow_up(
        "internal_review",
        original=original,
        requester=ALEX,
        today=TODAY,
        sent_on=SENT,
        reasons=("cost_limit_no_advice", "partial_answer"),
        request_url="https://www.whatdotheyknow.com/request/example",
    )
    body = letter.body
    assert "internal review of the Home Office's handling of my request" in body
    assert "section 16 requires" in body and "section 17" in body
    assert "https://www.whatdotheyknow.com/request/example" in body
    assert lint(letter, ALEX) == []


def test_internal_review_needs_a_reason(original: Letter) -> None:
    with pytest.raises(LetterError, match="reason"):
        compose_follow_up("internal_review", original=original, requester=ALEX, today=TODAY, sent_on=SENT)


def test_foisa_review_is_a_statutory_requirement_and_complaint_goes_to_the_scottish_commissioner() -> None:
    original = compose_letter(
        seed_answer(department="Scottish Government"), seed_analysis(), requester=ALEX, today=TODAY
    )
    review = compose_follow_up(
        "internal_review", original=original, requester=ALEX, today=TODAY, reasons=("exemption_disputed",)
    )
    assert "section 20 of the Freedom of Information (Scotland) Act 2002 I require a review" in review.body
    complaint = compose_follow_up(
        "complaint", original=original, requester=ALEX, today=TODAY, reasons=("no_reply",)
    )
    assert complaint.body.startswith("Dear Scottish Information Commissioner,")
    assert "section 47(1)" in complaint.body and complaint.authority_url_name is None


def test_ico_complaint(original: Letter) -> None:
    letter = compose_follow_up(
        "complaint",
        original=original,
        requester=ALEX,
        today=TODAY,
        sent_on=SENT,
        reasons=("cost_limit_no_advice",),
    )
    assert letter.body.startswith("Dear Information Commissioner,")
    assert (
        "section 50" in letter.body
        and "without the advice on narrowing it that section 16 requires" in letter.body
    )
    assert letter.body.rstrip().endswith("Yours faithfully,\n\nAlex Example")


def test_eir_follow_ups_cite_the_regulations(original: Letter) -> None:
    original.law = "eir"
    review = compose_follow_up(
        "internal_review", original=original, requester=ALEX, today=TODAY, reasons=("exemption_disputed",)
    )
    assert "regulation 11" in review.body and "exception" in review.body and "regulation 14" in review.body


def test_clarification_carries_the_users_words_as_data(original: Letter) -> None:
    words = "I mean grants paid by the Home Office itself {{ not a template }}."
    letter = compose_follow_up(
        "clarification", original=original, requester=ALEX, today=TODAY, reasons=(words,)
    )
    assert words in letter.body and "section 1(3)" in letter.body


def test_unknown_kind(original: Letter) -> None:
    with pytest.raises(LetterError, match="Unknown follow-up"):
        compose_follow_up("apology", original=original, requester=ALEX, today=TODAY)
