"""Two windows on one drafts folder, any interleaving of open, edit, save and delete: no save is ever lost.

The model: every saved draft's letter, and the version of it each open copy was loaded from. A save of a copy
loaded from the current version overwrites; a save of a stale copy must land in a new draft, leaving the file.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from foi_helper.drafts import Draft, DraftStore
from tests.drafts_strategies import sample_draft

bodies = st.text(min_size=1, max_size=40)


@dataclass
class Open:
    draft: Draft
    version: int | None  # the model version of the file it was loaded from (None: never saved)


class TwoWindows(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp())
        self.stores = [DraftStore.open(self.folder), DraftStore.open(self.folder)]
        self.files: dict[str, tuple[str, int]] = {}  # id → (letter body, version)
        self.open: list[list[Open]] = [[], []]
        self.next_version = 0

    def teardown(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)

    @rule(window=st.integers(0, 1), body=bodies)
    def new_draft(self, window: int, body: str) -> None:
        self.open[window].append(Open(sample_draft(body=body), None))

    @precondition(lambda self: bool(self.files))
    @rule(window=st.integers(0, 1), data=st.data())
    def load(self, window: int, data: st.DataObject) -> None:
        draft_id = data.draw(st.sampled_from(list(self.files)))  # insertion order: ids are random
        self.open[window].append(Open(self.stores[window].load(draft_id), self.files[draft_id][1]))

    @precondition(lambda self: bool(self.files))
    @rule(data=st.data())
    def load_in_both(self, data: st.DataObject) -> None:
        """The same draft opened in both windows: the case where one save can overtake the other."""
        draft_id = data.draw(st.sampled_from(list(self.files)))  # insertion order: ids are random
        for window in (0, 1):
            self.open[window].append(Open(self.stores[window].load(draft_id), self.files[draft_id][1]))

    @precondition(lambda self: any(self.open))
    @rule(data=st.data(), body=bodies)
    def edit_and_save(self, data: st.DataObject, body: str) -> None:
        window = data.draw(st.sampled_from([w for w in (0, 1) if self.open[w]]))
        item = data.draw(st.sampled_from(self.open[window]))
        item.draft.letter.body = body
        old_id = item.draft.id
        current = self.files.get(old_id)
        saved_id = self.stores[window].save(item.draft)
        stale = current is not None and current[1] != item.version
        assert (saved_id != old_id) == stale, "a stale copy must become a new draft, a current one must not"
        self.next_version += 1
        self.files[saved_id] = (body, self.next_version)
        item.version = self.next_version

    @precondition(lambda self: bool(self.files))
    @rule(window=st.integers(0, 1), data=st.data())
    def delete(self, window: int, data: st.DataObject) -> None:
        draft_id = data.draw(st.sampled_from(list(self.files)))  # insertion order: ids are random
        self.stores[window].delete(draft_id)
        del self.files[draft_id]

    @invariant()
    def every_saved_letter_is_on_disk(self) -> None:
        on_disk = {d.id: d.letter.body for d in self.stores[0].saved_drafts()}
        assert on_disk == {k: body for k, (body, _) in self.files.items()}


TwoWindows.TestCase.settings = settings(max_examples=30, stateful_step_count=15, deadline=None,
                                       suppress_health_check=[HealthCheck.too_slow])
test_two_windows = TwoWindows.TestCase
