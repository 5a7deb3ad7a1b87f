"""Record what happened after sending: the event, its day, the authority's reference, and for a refusal (or
a part answer, or a review decision) the exemptions cited and the reason given."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Select, Static

from ...drafts import EVENT_KINDS, Event
from ...drafts.tracking import REPLY_EVENTS, WITH_GROUNDS
from ...errors import DraftError
from ..literal import literal
from ..typed_keys import after_typed_keys

if TYPE_CHECKING:
    from ...drafts import Draft

# The next event most drafts in each state see, offered first.
LIKELY_NEXT = {"sent": "acknowledged", "acknowledged": "answered", "clarified": "answered", "extended": "answered",
               "clarification_asked": "clarified", "refused": "review_requested",
               "part_answered": "review_requested", "review_requested": "review_answered",
               "review_answered": "complaint"}


def parse_day(text: str, today: date) -> date:
    """A day typed as YYYY-MM-DD, not in the future; DraftError with the sentence to show otherwise."""
    try:
        on = date.fromisoformat(text.strip())
    except ValueError:
        raise DraftError("Write the date as YYYY-MM-DD, e.g. 2026-11-28.") from None
    if on > today:
        raise DraftError("That date is in the future; record what happened once it has happened.")
    return on


class RecordEventScreen(ModalScreen[tuple[Event, str | None] | None]):
    """Returns the event to record and the reference typed (None when left empty), or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel"),
        Binding("ctrl+s", "record", "Record it", priority=True),
    ]

    def __init__(self, draft: Draft, today: date) -> None:
        super().__init__(classes="dialog-screen")
        self.draft = draft
        self.today = today

    def compose(self) -> ComposeResult:
        first = LIKELY_NEXT.get(self.draft.status, "acknowledged")
        with Vertical(classes="dialog wide-dialog"):
            yield Static(literal(f"What happened · {self.draft.title}"), classes="dialog-title")
            yield Select([(literal(EVENT_KINDS[k]), k) for k in REPLY_EVENTS], value=first, allow_blank=False,
                         id="event-kind", compact=True)
            yield Static(literal("On (YYYY-MM-DD)"))
            yield Input(self.today.isoformat(), id="event-on", compact=True)
            yield Static(literal("The authority's reference (if it gave one)"))
            yield Input(self.draft.reference or "", placeholder="e.g. FOI-2026-01234", id="event-reference",
                        compact=True)
            with Vertical(id="grounds-box"):
                yield Static(literal("Sections cited (exemptions, or s.12 for cost), separated by commas"))
                yield Input(placeholder="e.g. s.40(2), s.43(2), or s.12", id="event-exemptions", compact=True)
                yield Static(literal("Their reason, in their words"))
                yield Input(placeholder="e.g. disclosure would prejudice commercial interests", id="event-reason",
                            compact=True)
            yield Static(literal("Note (optional)"))
            yield Input(id="event-note", compact=True)
            yield Static(literal("ctrl+s, or enter in a box: record it · esc: cancel"), classes="dialog-hint")

    def on_mount(self) -> None:
        self._show_grounds()
        self.query_one("#event-kind", Select).focus()

    def on_select_changed(self, _: Select.Changed) -> None:
        self._show_grounds()

    def _kind(self) -> str:
        return str(self.query_one("#event-kind", Select).value)

    def _show_grounds(self) -> None:
        self.query_one("#grounds-box").display = self._kind() in WITH_GROUNDS

    def on_input_submitted(self, _: Input.Submitted) -> None:
        self._record()

    def action_record(self) -> None:
        after_typed_keys(self, self._record)  # ctrl+s is a priority binding: after the keys typed before it

    def _record(self) -> None:
        kind = self._kind()
        try:
            on = parse_day(self.query_one("#event-on", Input).value, self.today)
        except DraftError as exc:
            self.notify(str(exc), severity="error", markup=False)
            self.query_one("#event-on", Input).focus()
            return
        grounds = kind in WITH_GROUNDS
        exemptions = [e.strip() for e in self.query_one("#event-exemptions", Input).value.split(",") if e.strip()]
        reason = self.query_one("#event-reason", Input).value.strip()
        event = Event(kind, on, note=self.query_one("#event-note", Input).value.strip(),
                      exemptions=exemptions if grounds else [], reason=reason if grounds else "")
        reference = self.query_one("#event-reference", Input).value.strip() or None
        self.dismiss((event, reference))

    def action_cancel(self) -> None:
        self.dismiss(None)
