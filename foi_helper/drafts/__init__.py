"""Drafts: saved atomically as TOML, one file each, and tracked from sending to reply, review and complaint.

    from foi_helper.drafts import Draft, DraftStore, Event
    store = DraftStore.open()          # FOI_HELPER_HOME honoured
    draft_id = store.save(Draft.new(source_text, origin, answer, point_ids, letter, cited, now=now))
"""

from __future__ import annotations

from .draft import CHANNELS, EVENT_KINDS, Draft, Event
from .store import DraftStore

__all__ = ["CHANNELS", "EVENT_KINDS", "Draft", "DraftStore", "Event"]
