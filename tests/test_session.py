"""The letter session both faces hold: points, citations, edits, drafts and checks, without a terminal.

These rules used to be reachable only through the app's screen (a Pilot run of seconds); here each is a plain
call on the session the app's main screen and the CLI's `draft` both use.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

import pytest

from foi_helper.analysis import analyse
from foi_helper.errors import FoiHelperError, LetterError
from foi_helper.model import Analysis, Match, WrittenAnswer
from foi_helper.reading import read_answers
from foi_helper.session import LetterOptions, LetterSession, clipped_warning, repeat_warning
from foi_helper.settings import Config

TODAY = date(2026, 11, 2)
NOW = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)
SIGNED = Config(name="Alex Example", email="alex@example.org", address="1 High Street, Leeds")
CITABLE = Match(id=3, uin="HL9999", house="Lords", date_tabled=date(2019, 5, 1), date_answered=date(2019, 5, 20),
                department="Home Office", heading="Social Media: Children", question="To ask about abuse online.",
                score=80.0, url=None, answer="The Government takes this seriously.")
BARE = dataclasses.replace(CITABLE, id=7, uin=None)


def _session(seed_text: str, settings: Config = SIGNED) -> tuple[LetterSession, Analysis]:
    answer = read_answers(seed_text)[0]
    return LetterSession(seed_text, "file", answer, settings=settings), analyse(answer)


def _started(seed_text: str, settings: Config = SIGNED) -> LetterSession:
    session, analysis = _session(seed_text, settings)
    session.start(analysis, TODAY)
    return session


def test_the_first_letter_asks_about_the_stages_choice_and_is_not_yet_a_change(seed_text: str) -> None:
    session = _started(seed_text)
    assert session.letter is not None and session.text.startswith("Dear Home Office,")
    assert session.included == set(session.letter.points)
    assert session.priority[: len(session.letter.points)] == session.letter.points
    assert not session.edited and not session.dirty


def test_a_point_left_out_and_back_in_comes_back_where_it_was(seed_text: str) -> None:
    session = _started(seed_text)
    before, first = session.text, session.ordered_points()[0]
    assert session.toggle(first) is False
    session.regenerate(TODAY)
    assert session.letter is not None and first not in session.letter.points and session.text != before
    assert session.toggle(first) is True
    session.regenerate(TODAY)
    assert session.text == before and session.dirty


def test_an_unknown_point_is_refused() -> None:
    session = LetterSession("", None, WrittenAnswer("plain", "Q?"))
    with pytest.raises(LetterError, match="no point 'q9'"):
        session.toggle("q9")


def test_an_edit_counts_until_the_letter_is_composed_again(seed_text: str) -> None:
    session = _started(seed_text)
    session.edit("NB " + session.text)
    assert session.edited and session.dirty
    current = session.current_letter()
    assert current is not None and current.body.startswith("NB ")
    session.regenerate(TODAY)
    assert not session.edited and session.text.startswith("Dear Home Office,")


def test_no_point_included_is_no_letter(seed_text: str) -> None:
    session = _started(seed_text)
    for point in list(session.included):
        session.toggle(point)
    with pytest.raises(LetterError, match="at least one point"):
        session.regenerate(TODAY)


def test_citing_puts_the_earlier_answer_in_the_letter_and_a_question_without_uin_is_refused(
    seed_text: str,
) -> None:
    session = _started(seed_text)
    session.related = [CITABLE, BARE]
    with pytest.raises(LetterError, match="no UIN"):
        session.cite(BARE.id)
    assert session.cited == set()
    assert session.cite(CITABLE.id) is True
    session.regenerate(TODAY)
    assert "HL9999" in session.text and session.cited_matches() == [CITABLE]
    assert session.cite(CITABLE.id) is False


def test_an_answer_the_minister_refers_to_comes_first(seed_text: str) -> None:
    session = _started(seed_text)
    session.related, session.referred = [CITABLE, BARE], [BARE]
    assert session.shown_related() == [BARE, CITABLE]


def test_an_unknown_authority_leaves_the_points_chosen_and_no_letter(seed_text: str) -> None:
    answer = dataclasses.replace(read_answers(seed_text)[0], department="Ministry of Nowhere")
    session = LetterSession(seed_text, None, answer, settings=SIGNED)
    analysis = analyse(answer)
    with pytest.raises(FoiHelperError):
        session.start(analysis, TODAY)
    assert session.letter is None and not session.authority_known()
    assert session.included == {p.id for p in analysis.open_points}
    session.options = LetterOptions(authority="Home Office")
    assert session.authority_known()
    session.start(analysis, TODAY)
    assert session.letter is not None and session.letter.authority == "Home Office"


def test_a_draft_comes_back_as_the_user_left_it(seed_text: str) -> None:
    session = _started(seed_text)
    session.toggle(session.ordered_points()[0])
    session.regenerate(TODAY)
    session.edit(session.text + "\nPS kept.")
    draft = session.to_draft(NOW)
    assert draft is not None and draft.letter.body.endswith("PS kept.")

    again, analysis = _session(seed_text)
    again.restore(draft, unsaved=True)
    assert again.restoring and again.dirty, "an autosave is not saved until the user saves it"
    again.start(analysis, TODAY)
    assert again.text == draft.letter.body and again.edited
    assert again.included_ids() == draft.point_ids and not again.restoring
    assert again.draft is draft


def test_a_draft_whose_points_no_longer_compose_keeps_its_letter(seed_text: str) -> None:
    session = _started(seed_text)
    draft = session.to_draft(NOW)
    assert draft is not None
    draft.point_ids = []
    again, analysis = _session(seed_text)
    again.restore(draft)
    again.start(analysis, TODAY)
    assert again.letter == draft.letter and again.text == draft.letter.body and not again.edited
    assert not again.dirty


def test_the_draft_is_made_once_and_then_kept_up_to_date(seed_text: str) -> None:
    session = _started(seed_text)
    assert LetterSession("", None, WrittenAnswer("plain", "Q?")).to_draft(NOW) is None
    first = session.to_draft(NOW)
    session.edit(session.text + "\nMore.")
    later = session.to_draft(datetime(2026, 11, 3, tzinfo=UTC))
    assert first is later and later is not None and later.letter.body.endswith("More.")
    assert later.updated.day == 3 and later.point_ids == session.included_ids()
    session.saved("copy-id")
    assert not session.dirty and later.id == "copy-id"
    session.forget_draft("copy-id")
    assert session.draft is None and session.dirty, "a deleted draft leaves the letter unsaved"


def test_new_requester_details_sign_an_edited_letter_and_keep_the_edits(seed_text: str) -> None:
    session = _started(seed_text, Config())
    session.edit("My own opening.\n" + session.text)
    assert session.change_settings(Config(name="Alex Example")) is True
    assert session.text.startswith("My own opening.") and "Alex Example" in session.text
    assert session.change_settings(Config(name="Alex Example", default_law="eir")) is False, (
        "another law needs the letter composed again")
    unedited = _started(seed_text, Config())
    assert unedited.change_settings(SIGNED) is False, "an unedited letter is simply composed again"


def test_the_checks_read_the_settings_and_the_letter_as_it_now_reads(seed_text: str) -> None:
    unsigned = _started(seed_text, Config())
    codes = [w.code for w in unsigned.checks()]
    assert "no-name" in codes and len(codes) == len({w.message for w in unsigned.checks()})
    signed = _started(seed_text)
    assert "no-name" not in [w.code for w in signed.checks()]
    assert LetterSession("", None, WrittenAnswer("plain", "Q?")).checks() == []


def test_a_text_cut_short_is_one_of_the_checks(seed_text: str) -> None:
    session = _started(seed_text)
    session.answer = dataclasses.replace(session.answer, clipped=True, uin="2628")
    (clipped,) = [w for w in session.checks() if w.code == "clipped"]
    assert "2628" in clipped.message and "255 characters" in clipped.message
    assert clipped_warning(dataclasses.replace(session.answer, clipped=False)) is None


def test_a_second_draft_about_the_same_answer_is_a_repeated_request(seed_text: str) -> None:
    first = _started(seed_text).to_draft(NOW)
    session = _started(seed_text)
    own = session.to_draft(NOW)
    assert first is not None and own is not None
    assert session.repeat_warning([own]) is None, "its own earlier save is not a repeat"
    warning = session.repeat_warning([first, own])
    assert warning is not None and warning.rule == "FOIA s.14(2)" and first.id in warning.message
    assert "1 draft about" in warning.message
    eir = repeat_warning([first, first, first, first], "eir")
    assert eir is not None and eir.rule == "EIR reg 12(4)(b)" and "and 1 more" in eir.message
