"""A recorded refusal's exemptions and reason, and the authority's reference, are kept with the draft; a
review or complaint takes its grounds from the refusal by default."""

from __future__ import annotations

from datetime import date

import pytest
from drafts_strategies import sample_draft

from foi_helper.drafts import DraftStore, Event
from foi_helper.drafts.codec import dumps, loads
from foi_helper.drafts.follow_up import compose_for_draft, reasons_from_history
from foi_helper.drafts.tracking import record_reply
from foi_helper.errors import DraftError
from foi_helper.settings import Config

CONFIG = Config(name="A Citizen", email="a@example.org")


def sent_draft(store: DraftStore):  # type: ignore[no-untyped-def]
    draft = sample_draft()
    store.save(draft)
    store.mark_sent(draft.id, date(2026, 10, 1))
    return draft.id


def test_a_refusal_with_exemptions_gives_the_review_its_grounds(tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = DraftStore.open(tmp_path)
    draft_id = sent_draft(store)
    record_reply(store, draft_id, Event("refused", date(2026, 10, 20), exemptions=["s.40(2)", "s.43"],
                                       reason="commercial interests"), reference="FOI-2026-123")
    draft = store.load(draft_id)
    assert draft.reference == "FOI-2026-123"
    again, _ = loads(dumps(draft))
    assert again.history[-1].exemptions == ["s.40(2)", "s.43"] and again.reference == "FOI-2026-123"
    reasons = reasons_from_history(draft, "internal_review", date(2026, 10, 25))
    assert reasons[0] == "exemption_disputed" and "s.40(2), s.43" in reasons[1]
    letter = compose_for_draft(draft, "internal_review", today=date(2026, 10, 25), config=CONFIG)
    assert "s.40(2), s.43" in letter.body and "commercial interests" in letter.body
    assert "no reply" not in letter.body.lower()
    assert "(your reference FOI-2026-123)" in " ".join(letter.body.split())  # the officer finds the case by it
    complaint = compose_for_draft(draft, "complaint", today=date(2026, 12, 25), config=CONFIG, force=True)
    assert "(their reference FOI-2026-123)" in " ".join(complaint.body.split())


def test_the_cost_limit_gives_the_advice_ground(tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = DraftStore.open(tmp_path)
    draft_id = sent_draft(store)
    record_reply(store, draft_id, Event("refused", date(2026, 10, 20), exemptions=["s.12"]))
    assert reasons_from_history(store.load(draft_id), "internal_review", date(2026, 10, 25))[0] == \
        "cost_limit_no_advice"


def test_exemptions_go_only_with_a_refusal(tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = DraftStore.open(tmp_path)
    draft_id = sent_draft(store)
    with pytest.raises(DraftError, match="refusal"):
        record_reply(store, draft_id, Event("acknowledged", date(2026, 10, 2), exemptions=["s.40"]))
