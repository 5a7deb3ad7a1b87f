"""The main screen: the answer's header, its points and evasions, related questions, and the letter."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.reactive import reactive
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Static, TextArea

from ...errors import FoiHelperError
from ...labels import evasion_name
from ...model import Analysis, Letter, LintWarning, Match, WrittenAnswer
from ...session import REQUESTER_CODES, LetterOptions, LetterSession
from ...settings import Config
from .. import letter_actions, letter_calls
from ..commands import BindingCommands
from ..literal import literal
from ..typed_keys import after_typed_keys
from ..widgets.answer_header import AnswerHeader
from ..widgets.pane_bar import PaneBar
from ..widgets.point_list import PointList
from ..widgets.related_list import RelatedList
from ..widgets.safe_text_area import SafeTextArea
from .confirm import ConfirmScreen
from .letter_options import LetterOptionsScreen
from .related_detail import RelatedDetailScreen

if TYPE_CHECKING:
    from ...drafts import Draft
    from ...pipeline import Findings
    from ..app import FoiHelperApp


NO_LETTER = ("No letter yet. Include a point (space, on the left) to compose one; a point the answer did "
             "answer can still be asked for.")
READING = "Reading the answer: its points and the letter come in a moment."
NO_DATE = ("No letter yet: its periods count from the date the question was answered, which the page does not "
           "give. ctrl+r asks for it.")
NO_AUTHORITY = ("No letter yet: the answer does not say which authority to write to. Choose the authority "
                "(f4) to compose the letter.")


def warnings_content(warnings: list[LintWarning]) -> Content:
    if not warnings:
        return literal(("✓ no problems found", "green"))
    parts: list[Content | str | tuple[str, str]] = []
    if len(warnings) > 2:
        parts += [(f"{len(warnings)} things to check before sending:", "bold"), "\n"]
    if any(w.code in REQUESTER_CODES for w in warnings):
        parts += [("f3 opens the settings: your name signs every letter, your email takes the replies.", "bold"), "\n"]
    for w in warnings:
        parts += [("⚠ ", "bold yellow"), letter_calls.warning_text(w), (f" ({w.rule})", "dim"), "\n"]
    return literal(*parts[:-1])


SENT_LOCK = ("This letter was sent, so it stays as sent. What comes next is a new letter: a follow-up, from "
             "the drafts (f2, then f).")


class LetterArea(SafeTextArea):
    """The letter's editor. f6 and f7 switch panes on this screen, so TextArea's select-line and select-all
    keys step aside (also keeping the footer's keys in their order: the focused widget's keys come first)."""

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("select_line", "select_all"):
            return False
        return super().check_action(action, parameters)


class MainScreen(Screen[None]):
    """A view over one LetterSession: the widgets show what the session holds and hand it what the user does."""

    COMMANDS = {BindingCommands}  # noqa: RUF012 - typed by Screen; its keys and its lists' keys
    PALETTE_WIDGETS: ClassVar[tuple[str, ...]] = ("#points", "#related")

    BINDINGS: ClassVar[list[BindingType]] = [
        # One key to each pane: below 120 columns only one pane is on screen at a time (see app.tcss).
        Binding("f5", "show_pane('points')", "Points", tooltip="The answer's points and its evasions",
                priority=True),
        Binding("f6", "show_pane('related')", "Related", tooltip="Earlier questions close to this one",
                priority=True),
        Binding("f7", "show_pane('letter')", "Letter", tooltip="The letter, to read and edit", priority=True),
        Binding("ctrl+s", "save_draft", "Save", tooltip="Save the letter and its answer as a draft",
                priority=True),
        Binding("ctrl+l", "copy_letter", "Copy", tooltip="Copy the letter to the clipboard", priority=True),
        Binding("ctrl+t", "export", "Export", tooltip="Write the letter to a .txt, .md, .eml or .json file",
                priority=True, show=False),
        Binding("ctrl+b", "open_wdtk", "WhatDoTheyKnow",
                tooltip="Start the request on WhatDoTheyKnow, pre-filled", priority=True, show=False),
        Binding("f4", "letter_options", "Authority", tooltip="Choose the authority, the law and the period",
                priority=True),
        Binding("ctrl+r", "regenerate", "Recompose", tooltip="Compose the letter again from the points",
                priority=True, show=False),
        # f8: f5 to f7 are the panes
        Binding("f8", "batch", "Batch", tooltip="One letter per body (every police force, every ICB), each a draft",
                priority=True, show=False),
    ]

    # What the screen shows, derived from the session after each change; the watchers draw it.
    # (ticked, of all, in the letter as it stands: -1 when that is the ticked ones)
    points_count: reactive[tuple[int, int, int]] = reactive((0, 0, -1), init=False)
    facts: reactive[str] = reactive("", init=False)
    warnings: reactive[tuple[LintWarning, ...] | None] = reactive(None, init=False, always_update=True)

    def __init__(self, session: LetterSession) -> None:
        super().__init__()
        self.session = session
        self._autosave_timer: Timer | None = None
        self._lint_timer: Timer | None = None
        self.pane = "points"  # the pane on screen when only one fits

    # The session's facts under the names the app and its tests read.
    @property
    def answer(self) -> WrittenAnswer:
        return self.session.answer

    @property
    def analysis(self) -> Analysis | None:
        return self.session.analysis

    @property
    def letter(self) -> Letter | None:
        return self.session.letter

    @property
    def draft(self) -> Draft | None:
        return self.session.draft

    @property
    def dirty(self) -> bool:
        return self.session.dirty

    @property
    def edited(self) -> bool:
        return self.session.edited

    @property
    def foi_app(self) -> FoiHelperApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield AnswerHeader(id="answer-header")
        yield PaneBar(id="pane-bar")
        with Horizontal(id="main-columns"):
            with Vertical(id="left"):
                with Vertical(id="points-pane", classes="pane") as points_pane:
                    points_pane.border_title = "Points"
                    points_pane.border_subtitle = "space: in the letter or not"
                    yield PointList(id="points")
                    yield Static(id="evasions")
                with Vertical(id="related-pane", classes="pane") as related_pane:
                    related_pane.border_title = "Related questions"
                    related_pane.border_subtitle = "enter: read · c: cite"
                    yield RelatedList(id="related")
                    yield Static(literal("Searching earlier questions…"), id="related-note")
            with Vertical(id="right", classes="pane") as letter_pane:
                letter_pane.border_title = "Letter"
                yield Static(id="letter-facts")
                yield LetterArea(id="letter", soft_wrap=True, show_line_numbers=False, placeholder=READING)
                with VerticalScroll(id="lint-box"):  # focusable, so every warning can be read by keyboard
                    yield Static(id="lint")
        yield Footer(compact=True)

    # --- panes: side by side from 120 columns, one at a time below (f5 f6 f7 or a click on the bar) ---------

    PANE_FOCUS: ClassVar[dict[str, str]] = {"points": "#points", "related": "#related", "letter": "#letter"}
    PANE_BOXES: ClassVar[dict[str, str]] = {"points": "#points-pane", "related": "#related-pane",
                                            "letter": "#right"}

    def action_show_pane(self, pane: str) -> None:
        """Bring `pane` on screen (the others step aside below 120 columns) and focus it."""
        self._set_pane(pane)
        target = self.query_one(self.PANE_FOCUS[pane])
        if not target.display:  # no related questions yet: the note says why, and the pane shows it
            target = self.query_one("#related-note" if pane == "related" else "#lint-box")
        target.focus()

    def _set_pane(self, pane: str) -> None:
        if pane == self.pane:
            return
        self.remove_class(f"-pane-{self.pane}")
        self.pane = pane
        self.add_class(f"-pane-{pane}")
        self.query_one(PaneBar).show(pane)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """Focus moved by a click or tab into another pane: that pane is the one shown when the screen narrows."""
        for pane, box in self.PANE_BOXES.items():
            if any(node.id == box[1:] for node in event.widget.ancestors_with_self):
                self._set_pane(pane)
                return

    def on_mount(self) -> None:
        self.query_one(AnswerHeader).show(self.answer, self.session.origin)
        self._points.loading = True  # spinners until the workers report
        self._note.loading = True
        self._related.display = False
        self._editor.text = ""
        self.add_class(f"-pane-{self.pane}")
        self.query_one(PaneBar).show(self.pane)
        self.lock_if_sent()
        self.query_one(PointList).focus()

    # --- a sent draft: its letter is kept as sent ---------------------------------------------------------

    @property
    def sent(self) -> bool:
        return self.draft is not None and self.draft.sent_on is not None

    def lock_if_sent(self) -> None:
        """A sent draft's letter stays as it was sent: read only, its points and citations fixed. What comes
        next is a new letter: a follow-up, from the drafts (f2, then f)."""
        sent = self.sent
        self._editor.read_only = sent
        self.query_one(PointList).locked = self.query_one(RelatedList).locked = SENT_LOCK if sent else ""
        pane = self.query_one("#right")
        if self.draft is not None and self.draft.sent_on is not None:
            pane.border_subtitle = f"sent on {self.draft.sent_on.isoformat()} · kept as sent"
        else:
            pane.border_subtitle = ""
        if self.letter is not None:
            self._show_facts(self.letter)

    # The widgets the session's state is drawn in, each found in one place.
    @property
    def _editor(self) -> TextArea:
        return self.query_one("#letter", TextArea)

    @property
    def _points(self) -> PointList:
        return self.query_one(PointList)

    @property
    def _related(self) -> RelatedList:
        return self.query_one(RelatedList)

    @property
    def _note(self) -> Static:
        return self.query_one("#related-note", Static)

    @property
    def _lint(self) -> Static:
        return self.query_one("#lint", Static)

    # --- what the reactives draw --------------------------------------------------------------------------

    def watch_points_count(self, count: tuple[int, int, int]) -> None:
        included, total, in_letter = count
        if in_letter < 0:
            title = f"Points · {included} of {total} in the letter"
        else:  # the user kept their edits: the letter still holds what it held (ctrl+r recomposes)
            title = f"Points · {included} of {total} ticked; the letter has {in_letter} (ctrl+r recomposes)"
        self.query_one("#points-pane").border_title = title
        self.query_one(PaneBar).counts["points"] = f"{included}/{total}"
        self.query_one(PaneBar).show(self.pane)

    def watch_facts(self, line: str) -> None:
        self.query_one("#letter-facts", Static).update(literal(line))

    def watch_warnings(self, warnings: tuple[LintWarning, ...] | None) -> None:
        if warnings is not None:
            self._lint.update(warnings_content(list(warnings)))

    # --- results from the workers -------------------------------------------------------------------------

    def show_findings(self, findings: Findings, related_note: str | None) -> None:
        if not related_note:
            self.session.referred = findings.referenced
            self.session.related = findings.related
        self.show_analysis(findings.analysis)
        if related_note:
            self.show_related_unavailable(related_note)
        else:
            self.show_related(findings.related)

    def show_analysis(self, analysis: Analysis) -> None:
        points = self._points
        points.loading = False
        self._editor.placeholder = NO_LETTER
        self._show_evasions(analysis)
        if not analysis.points:
            self.session.analysis = analysis
            points.show([], [])
            self.notify("No points were found in this answer; the letter cannot be composed from it.",
                        severity="warning", markup=False)
            return
        try:
            self.session.start(analysis, self.today())
        except FoiHelperError as exc:
            self._compose_failed(exc)
        except Exception as exc:  # noqa: BLE001 - a stage bug must not take the user's work down with it
            self._stage_bug(exc)
        points.show(analysis.points, self.session.included_ids())
        self._count_points()
        self._show_letter()

    def _show_evasions(self, analysis: Analysis) -> None:
        evasions = self.query_one("#evasions", Static)
        if analysis.evasions:
            parts: list[Content | str | tuple[str, str]] = [("Evasions", "bold"), "\n"]
            for e in analysis.evasions:
                parts += [(f"• {evasion_name(e.kind)}: ", "bold yellow"), e.text, "\n"]
            evasions.update(literal(*parts[:-1]))
        else:
            evasions.update(literal("No stock evasions found."))

    def show_analysis_failed(self) -> None:
        self._note.loading = False
        self._points.loading = False
        self._editor.placeholder = "The answer could not be analysed, so there is no letter (see the notice)."

    def show_related(self, matches: list[Match]) -> None:
        self.session.related = matches
        note = self._note
        note.loading = False
        if not self.session.shown_related():
            note.update(literal("No earlier question in the index is close to this one."))
            return
        self._fill_related()

    def _fill_related(self) -> None:
        shown = self.session.shown_related()
        if not shown:
            return
        related = self._related
        related.show(shown, self.session.cited, {m.id for m in self.session.referred})
        related.display = True
        self.query_one(PaneBar).counts["related"] = str(len(shown))
        self.query_one(PaneBar).show(self.pane)
        self._note.display = False

    def show_related_unavailable(self, reason: str) -> None:
        note = self._note
        note.loading = False
        note.update(literal(reason))

    # --- the letter ---------------------------------------------------------------------------------------

    def _compose_failed(self, exc: FoiHelperError) -> None:
        if any(fix.field == "date" for fix in exc.fixes):
            self._editor.placeholder = NO_DATE  # what the pane says if the question is put off
            self.ask_answered_date(str(exc))
            return
        if not self.session.authority_known():
            self._editor.placeholder = NO_AUTHORITY
            # The stage's sentence names the CLI's option; here the user types the authority below.
            self.ask_letter_options("The answer does not name a department foi-helper knows, so it "
                                    "cannot tell which authority to write to: type its name.")
            return
        said = letter_calls.error_text(exc)
        self._editor.placeholder = f"No letter: {said}"  # the pane says why, not to include a point
        self.notify(said, title="Letter", severity="error", markup=False)

    def _stage_bug(self, exc: Exception) -> None:
        self.notify(f"The letter could not be composed ({exc!r}).", title="Letter", severity="error",
                    markup=False)

    def _show_letter(self) -> None:
        """The session's letter in the editor, its facts above and its checks below."""
        letter = self.session.letter
        if letter is None:
            return
        self._editor.placeholder = NO_LETTER
        if self._editor.text != self.session.text:
            self._editor.text = self.session.text  # the Changed event finds the session's own text: no edit
        self._show_facts(letter)
        self._count_points()
        self._relint()

    def _show_facts(self, letter: Letter) -> None:
        try:
            self.facts = letter_calls.facts_line(letter, self.today(), self.session.draft)
        except Exception as exc:  # noqa: BLE001 - the deadline is a nicety; the letter still shows
            self.facts = f"{letter.authority or 'authority unknown'} · {letter.law} (deadline unavailable: {exc})"

    def today(self) -> date:
        return self.foi_app.today()

    def regenerate(self, ask: bool = True) -> None:
        """Compose the letter again from the included points; ask first if the user has edited it."""
        if self.session.analysis is None:
            return
        if self.sent:
            self.notify(SENT_LOCK, severity="warning", markup=False)
            return
        if self.edited and ask:
            def answered(yes: bool | None) -> None:
                if yes:
                    self.regenerate(ask=False)
                else:
                    self.notify("The letter keeps your edits, so it may not match the points; ctrl+r "
                                "recomposes it from them.", markup=False)

            self.app.push_screen(ConfirmScreen(
                "You have edited the letter. Compose it again from the points, losing your edits?",
                yes="Recompose", no="Keep my edits"), answered)
            return
        if not self.session.included:
            self._editor.placeholder = NO_LETTER  # whatever stopped the last letter, none is asked for now
            self.notify("Include at least one point (space) to compose a letter.", severity="warning",
                        markup=False)
            return
        try:
            self.session.regenerate(self.today())
        except FoiHelperError as exc:
            self._compose_failed(exc)
            return
        except Exception as exc:  # noqa: BLE001 - a stage bug must not take the user's work down with it
            self._stage_bug(exc)
            return
        self._show_letter()
        self.changed()

    def current_letter(self) -> Letter | None:
        return self.session.current_letter()

    def on_point_list_toggled(self, event: PointList.Toggled) -> None:
        self.session.toggle(event.point_id)
        self._count_points()
        self.changed()
        self.regenerate()

    def _count_points(self) -> None:
        points = self.session.analysis.points if self.session.analysis else []
        letter = self.session.letter
        in_letter = -1
        if letter is not None and set(letter.points) != self.session.included:
            in_letter = len(letter.points)
        self.points_count = (len(self.session.included), len(points), in_letter)

    def on_related_list_cite_toggled(self, event: RelatedList.CiteToggled) -> None:
        try:
            self.session.cite(event.match.id)
        except FoiHelperError as exc:
            self.notify(letter_calls.error_text(exc), severity="warning", markup=False)
            return
        self._related.set_cited(self.session.cited)
        self.changed()
        self.regenerate()

    def on_related_list_show(self, event: RelatedList.Show) -> None:
        related = self._related
        index = related.matches.index(event.match)

        def closed(cite: bool | None) -> None:
            if cite:
                related.toggle_cite(index)

        self.app.push_screen(RelatedDetailScreen(event.match, event.match.id in self.session.cited), closed)

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        if event.text_area.id != "letter" or self.session.letter is None:
            return
        if event.text_area.text != self.session.text:  # the program's own text arrives as no change
            self.session.edit(event.text_area.text)
            self.changed()
            if self._lint_timer:
                self._lint_timer.stop()
            self._lint_timer = self.set_timer(0.4, self._relint)

    def _relint(self) -> None:
        """The checks of the letter as it now reads, the composer's notes (points left out, the law)."""
        if self.session.letter is None:
            return
        try:
            self.warnings = tuple(self.session.checks())
        except Exception as exc:  # noqa: BLE001 - a checks bug must not lose the edit in progress
            self._lint.update(literal(f"The checks could not run ({exc})."))

    def refresh_settings(self, settings: Config) -> None:
        """The requester or the law changed: the letter carries them.

        An edited letter whose settings changed only in the requester's details is signed again in place
        (letters.signing.resign), keeping the edits; anything else is composed again, asking first if edited.
        """
        if self.session.letter is None:
            self.session.settings = settings
            return
        text = self.session.text
        if self.session.change_settings(settings):
            if self.session.text != text:
                self._editor.text = self.session.text
                self.changed()
                self.notify("Your details are in the letter's signature; your edits are kept.", markup=False)
            self._relint()  # the checks read the settings too (an email makes the request valid)
            return
        self.regenerate()

    # --- saving -------------------------------------------------------------------------------------------

    def changed(self) -> None:
        self.session.dirty = True
        if self._autosave_timer:
            self._autosave_timer.stop()
        self._autosave_timer = self.set_timer(self.foi_app.AUTOSAVE_DELAY, self._autosave)

    def _autosave(self) -> None:
        self._autosave_timer = None
        if self.session.dirty:
            letter_actions.autosave(self)

    # Priority bindings: each reads the letter once the editor has taken the keys typed before it (typed_keys.py),
    # from the editor itself (its Changed messages may still be on their way here).
    def action_save_draft(self) -> None:
        after_typed_keys(self, lambda: self._with_editor_text(letter_actions.save_draft))

    def action_copy_letter(self) -> None:
        after_typed_keys(self, lambda: self._with_editor_text(letter_actions.copy_letter))

    def action_export(self) -> None:
        after_typed_keys(self, lambda: self._with_editor_text(letter_actions.export_letter))

    def _with_editor_text(self, action: Callable[[MainScreen], object]) -> None:
        if self.session.letter is not None and self._editor.text != self.session.text:
            self.session.edit(self._editor.text)
            self.changed()
        action(self)

    def action_open_wdtk(self) -> None:
        letter_actions.open_wdtk(self)

    def ask_letter_options(self, why: str = "") -> None:
        def chosen(options: LetterOptions | None) -> None:
            if options is None:
                return
            self.session.options = options
            if self.session.letter is None and self.session.analysis is not None:
                self.show_analysis(self.session.analysis)  # the first letter could not be composed without them
            else:
                self.regenerate()

        required = not self.session.authority_known()
        self.app.push_screen(LetterOptionsScreen(self.session.options, why, required=required,
                                                 today=self.foi_app.today()), chosen)

    def ask_answered_date(self, why: str) -> None:
        """The page gives no date and the letter's periods count from it: ask, never guess."""
        from .answered_date import AnsweredDateScreen

        def given(day: date | None) -> None:
            if day is None or self.session.analysis is None:
                return
            try:
                self.session.set_answered(day, self.today())
            except FoiHelperError as exc:
                self.notify(letter_calls.error_text(exc), severity="error", markup=False)
                return
            self.query_one(AnswerHeader).show(self.session.answer, self.session.origin)
            if self.session.letter is None:
                self.show_analysis(self.session.analysis)
            else:
                self.regenerate()

        self.app.push_screen(AnsweredDateScreen(why), given)

    def action_letter_options(self) -> None:
        if self.sent:
            self.notify(SENT_LOCK, severity="warning", markup=False)
            return
        self.ask_letter_options()

    def action_regenerate(self) -> None:
        self.regenerate()

    def action_batch(self) -> None:
        from .batch import start_batch

        start_batch(self)
