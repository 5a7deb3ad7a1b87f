"""The main screen: the answer's header, its points and evasions, related questions, and the letter."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Static, TextArea

from ...errors import FoiHelperError
from ...model import Analysis, Letter, LintWarning, Match, WrittenAnswer
from ...settings import Config
from .. import letter_actions, letter_calls
from ..literal import literal
from ..widgets.answer_header import AnswerHeader
from ..widgets.point_list import PointList
from ..widgets.related_list import RelatedList
from ..widgets.safe_text_area import SafeTextArea
from .confirm import ConfirmScreen
from .letter_options import LetterOptions, LetterOptionsScreen
from .related_detail import RelatedDetailScreen

if TYPE_CHECKING:
    from ...drafts import Draft
    from ...pipeline import Findings
    from ..app import FoiHelperApp

EVASION_NAMES = {
    "not_held": "information not held", "disproportionate_cost": "disproportionate cost",
    "in_due_course": "in due course", "refers_elsewhere": "refers to another answer",
    "no_comment": "declines to comment", "holding": "holding answer", "policy_restated": "policy restated",
}


# The checks about the requester's own details, which the settings screen (f3) fixes for every letter.
REQUESTER_CODES = ("no-name", "no-address", "unsigned")
NO_LETTER = ("No letter yet. Include a point (space, on the left) to compose one; a point the answer did "
             "answer can still be asked for.")
NO_AUTHORITY = ("No letter yet: the answer does not say which authority to write to. Choose the authority "
                "(f4) to compose the letter.")


def warnings_content(warnings: list[LintWarning]) -> Content:
    if not warnings:
        return literal(("✓ no problems found", "green"))
    parts: list[Content | str | tuple[str, str]] = []
    if len(warnings) > 2:
        parts += [(f"{len(warnings)} things to check before sending:", "bold"), "\n"]
    if any(w.code in REQUESTER_CODES for w in warnings):
        parts += [("f3 opens the settings: your name and email then go into every letter.", "bold"), "\n"]
    for w in warnings:
        parts += [("⚠ ", "bold yellow"), w.message, (f" ({w.rule})", "dim"), "\n"]
    return literal(*parts[:-1])


class MainScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save_draft", "Save", tooltip="Save the letter and its answer as a draft",
                priority=True),
        Binding("ctrl+l", "copy_letter", "Copy", tooltip="Copy the letter to the clipboard", priority=True),
        Binding("ctrl+t", "export", "Export", tooltip="Write the letter to a .txt, .md, .eml or .json file",
                priority=True),
        Binding("ctrl+b", "open_wdtk", "WDTK", tooltip="Start the request on WhatDoTheyKnow, pre-filled",
                priority=True),
        Binding("f4", "letter_options", "Authority", tooltip="Choose the authority and the law",
                priority=True),
        Binding("ctrl+r", "regenerate", "Regenerate", tooltip="Compose the letter again from the points",
                priority=True, show=False),
        Binding("f6", "batch", "Batch", tooltip="One letter per body (every police force, every ICB), each a draft",
                priority=True, show=False),
    ]

    def __init__(self, source_text: str, origin: str | None, answer: WrittenAnswer) -> None:
        super().__init__()
        self.source_text = source_text
        self.origin = origin
        self.answer = answer
        self.analysis: Analysis | None = None
        self.letter: Letter | None = None
        self.generated = ""  # the text last composed; the letter counts as edited once it differs
        self.baseline: str | None = None  # the text last put in the editor by the program, not by the user
        self.restore_text: str | None = None  # a draft's letter, kept as the user left it
        self.restore_points: list[str] | None = None
        self.restore_cited: set[int] = set()
        self.related_matches: list[Match] = []
        self.referred_matches: list[Match] = []
        # The order items go in the letter: the letters stage's ranking at first, kept as points are toggled,
        # so leaving a point out and back in gives the same letter.
        self.priority: list[str] = []
        self.options = LetterOptions(authority=None, law=None)
        self.draft: Draft | None = None  # once saved, autosaved or opened
        self.dirty = False
        self.restored_unsaved = False  # reopened from an autosave: not saved until ctrl+s
        self._autosave_timer: Timer | None = None
        self._lint_timer: Timer | None = None

    @property
    def foi_app(self) -> FoiHelperApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield AnswerHeader(id="answer-header")
        with Horizontal(id="main-columns"):
            with Vertical(id="left"):
                yield Static(literal("Points · space: in the letter or not"), classes="section",
                             id="points-title")
                yield PointList(id="points")
                yield Static(id="evasions")
                yield Static(literal("Related questions · enter: read · c: cite"), classes="section")
                yield RelatedList(id="related")
                yield Static(literal("Searching earlier questions…"), id="related-note")
            with Vertical(id="right"):
                yield Static(id="letter-facts")
                yield SafeTextArea(id="letter", soft_wrap=True, show_line_numbers=False,
                                   placeholder=NO_LETTER)
                with VerticalScroll(id="lint-box"):  # focusable, so every warning can be read by keyboard
                    yield Static(id="lint")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one(AnswerHeader).show(self.answer, self.origin)
        self.query_one(PointList).loading = True  # spinners until the workers report
        self.query_one("#related-note", Static).loading = True
        self.query_one(RelatedList).display = False
        self.query_one("#letter", TextArea).text = ""
        self.query_one(PointList).focus()

    # --- results from the workers -------------------------------------------------------------------------

    def show_analysis(self, analysis: Analysis) -> None:
        self.analysis = analysis
        points = self.query_one(PointList)
        points.loading = False
        evasions = self.query_one("#evasions", Static)
        if analysis.evasions:
            parts: list[Content | str | tuple[str, str]] = [("Evasions", "bold"), "\n"]
            for e in analysis.evasions:
                parts += [(f"• {EVASION_NAMES.get(e.kind, e.kind)}: ", "bold yellow"), e.text, "\n"]
            evasions.update(literal(*parts[:-1]))
        else:
            evasions.update(literal("No stock evasions found."))
        if not analysis.points:
            points.show([], [])
            self.notify("No points were found in this answer; the letter cannot be composed from it.",
                        severity="warning", markup=False)
            return
        if self.restore_text is not None:
            self._restore(analysis)
        else:
            letter = self._compose_letter(None)
            included = letter.points if letter else [p.id for p in analysis.open_points]
            self._set_priority(included)
            points.show(analysis.points, included)
            self._count_points()
            if letter:
                self._load_letter(letter)

    def _restore(self, analysis: Analysis) -> None:
        assert self.restore_text is not None
        included = self.restore_points or []
        self._set_priority(included)
        self.query_one(PointList).show(analysis.points, included)
        self._count_points()
        letter = self._compose_letter(included) if included else None
        if letter:
            self._load_letter(letter)
        elif self.draft is not None:
            # Nothing to compare with (the stages changed, or no point chosen): the draft's letter as it was.
            self.letter = self.draft.letter
            self.generated = self.restore_text
            self._show_facts(self.draft.letter)
        self.baseline = self.restore_text
        self.query_one("#letter", TextArea).text = self.restore_text
        self.restore_text = None
        self.dirty = self.restored_unsaved

    def _set_priority(self, first: list[str]) -> None:
        assert self.analysis is not None
        self.priority = list(first) + [p.id for p in self.analysis.points if p.id not in first]

    def show_findings(self, findings: Findings, related_note: str | None) -> None:
        self.show_analysis(findings.analysis)
        if related_note:
            self.show_related_unavailable(related_note)
        else:
            self.referred_matches = findings.referenced
            self.show_related(findings.related)

    def show_analysis_failed(self) -> None:
        self.query_one("#related-note", Static).loading = False
        self.query_one(PointList).loading = False

    def show_related(self, matches: list[Match]) -> None:
        self.related_matches = matches
        note = self.query_one("#related-note", Static)
        note.loading = False
        if not matches and not self.referred_matches:
            note.update(literal("No earlier question in the index is close to this one."))
            return
        self._fill_related()

    def _fill_related(self) -> None:
        related = self.query_one(RelatedList)
        referred = {m.id for m in self.referred_matches}
        shown = self.referred_matches + [m for m in self.related_matches if m.id not in referred]
        cited = related.cited or self.restore_cited
        related.show(shown, cited, referred)
        related.display = True
        self.query_one("#related-note", Static).display = False

    def show_related_unavailable(self, reason: str) -> None:
        note = self.query_one("#related-note", Static)
        note.loading = False
        note.update(literal(reason))

    # --- the letter ---------------------------------------------------------------------------------------

    def _compose_letter(self, point_ids: list[str] | None) -> Letter | None:
        if self.analysis is None:
            return None
        cited = self.query_one(RelatedList).cited_matches()
        try:
            return letter_calls.compose(self.answer, self.analysis, self.foi_app.config, today=self.today(),
                                        point_ids=point_ids, cited=cited, authority=self.options.authority,
                                        law=self.options.law)
        except FoiHelperError as exc:
            if self.options.authority is None and not letter_calls.authority_known(self.answer):
                self.query_one("#letter", TextArea).placeholder = NO_AUTHORITY
                # The stage's sentence ends with the CLI's "--authority NAME"; here the user types it below.
                self.ask_letter_options("The answer does not name a department foi-helper knows, so it "
                                        "cannot tell which authority to write to: type its name.")
                return None
            self.notify(str(exc), title="Letter", severity="error", markup=False)
        except Exception as exc:  # noqa: BLE001 - a stage bug must not take the user's work down with it
            self.notify(f"The letter could not be composed ({exc!r}).", title="Letter", severity="error",
                        markup=False)
        return None

    def _load_letter(self, letter: Letter) -> None:
        self.letter = letter
        self.query_one("#letter", TextArea).placeholder = NO_LETTER
        self.generated = self.baseline = letter.body
        self.query_one("#letter", TextArea).text = letter.body
        self._show_facts(letter)
        self._relint()

    def _show_facts(self, letter: Letter) -> None:
        try:
            line = letter_calls.facts_line(letter, self.today(), self.draft)
        except Exception as exc:  # noqa: BLE001 - the deadline is a nicety; the letter still shows
            line = f"{letter.authority or 'authority unknown'} · {letter.law} (deadline unavailable: {exc})"
        self.query_one("#letter-facts", Static).update(literal(line))

    @property
    def edited(self) -> bool:
        return self.query_one("#letter", TextArea).text != self.generated

    def today(self) -> date:
        return self.foi_app.today()

    def regenerate(self, ask: bool = True) -> None:
        """Compose the letter again from the included points; ask first if the user has edited it."""
        if self.analysis is None:
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
        included = set(self.query_one(PointList).included_ids())
        if not included:
            self.notify("Include at least one point (space) to compose a letter.", severity="warning",
                        markup=False)
            return
        letter = self._compose_letter([i for i in self.priority if i in included])
        if letter:
            self._load_letter(letter)
            self.changed()

    def current_letter(self) -> Letter | None:
        if self.letter is None:
            return None
        return letter_calls.with_body(self.letter, self.query_one("#letter", TextArea).text)

    def on_point_list_toggled(self, _: PointList.Toggled) -> None:
        self._count_points()
        self.changed()
        self.regenerate()

    def _count_points(self) -> None:
        points = self.query_one(PointList)
        included, total = len(points.included_ids()), len(points.points)
        title = f"Points · {included} of {total} in the letter · space: in or out"
        self.query_one("#points-title", Static).update(literal(title))

    def on_related_list_cited_changed(self, _: RelatedList.CitedChanged) -> None:
        self.changed()
        self.regenerate()

    def on_related_list_show(self, event: RelatedList.Show) -> None:
        related = self.query_one(RelatedList)
        index = related.matches.index(event.match)

        def closed(cite: bool | None) -> None:
            if cite:
                related.toggle_cite(index)

        self.app.push_screen(RelatedDetailScreen(event.match, event.match.id in related.cited), closed)

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        if event.text_area.id != "letter" or self.letter is None:
            return
        if event.text_area.text != self.baseline:
            self.baseline = None  # from now on every change is the user's
            self.changed()
            if self._lint_timer:
                self._lint_timer.stop()
            self._lint_timer = self.set_timer(0.4, self._relint)

    def _relint(self) -> None:
        """The composer's notes (points left out, the law) and the checks of the letter as it now reads."""
        letter = self.current_letter()
        if letter is None:
            return
        try:
            checks = letter_calls.lint(letter, self.foi_app.config)
        except Exception as exc:  # noqa: BLE001 - a checks bug must not lose the edit in progress
            self.query_one("#lint", Static).update(literal(f"The checks could not run ({exc})."))
            return
        notes = {w.message: w for w in [*checks, *letter.warnings]}  # the checks first: they block validity
        self.query_one("#lint", Static).update(warnings_content(list(notes.values())))

    def refresh_settings(self, before: Config) -> None:
        """The requester or the law changed: the letter carries them.

        An edited letter whose settings changed only in the requester's details is signed again in place
        (letters.signing.resign), keeping the edits; anything else is composed again, asking first if edited.
        """
        if self.letter is None:
            return
        after = self.foi_app.config
        same_scope = (before.default_law, before.date_from, before.date_to) == (
            after.default_law, after.date_from, after.date_to)
        if self.edited and same_scope and self._resign(before, after):
            return
        self.regenerate()

    def _resign(self, before: Config, after: Config) -> bool:
        from ...letters.signing import resign

        editor = self.query_one("#letter", TextArea)
        body = resign(editor.text, letter_calls.requester_from(before), letter_calls.requester_from(after))
        if body is None:
            return False
        if body != editor.text:
            editor.text = body  # a change of the user's text: marks the letter changed and re-runs the checks
            self.notify("Your details are in the letter's signature; your edits are kept.", markup=False)
        self._relint()  # the checks read the settings too (an email makes the request valid)
        return True

    # --- saving -------------------------------------------------------------------------------------------

    def changed(self) -> None:
        self.dirty = True
        if self._autosave_timer:
            self._autosave_timer.stop()
        self._autosave_timer = self.set_timer(self.foi_app.AUTOSAVE_DELAY, self._autosave)

    def _autosave(self) -> None:
        self._autosave_timer = None
        if self.dirty:
            letter_actions.autosave(self)

    def action_save_draft(self) -> None:
        letter_actions.save_draft(self)

    def action_copy_letter(self) -> None:
        letter_actions.copy_letter(self)

    def action_export(self) -> None:
        letter_actions.export_letter(self)

    def action_open_wdtk(self) -> None:
        letter_actions.open_wdtk(self)

    def ask_letter_options(self, why: str = "") -> None:
        def chosen(options: LetterOptions | None) -> None:
            if options is None:
                return
            self.options = options
            if self.letter is None and self.analysis is not None:
                self.show_analysis(self.analysis)  # the first letter could not be composed without them
            else:
                self.regenerate()

        required = self.options.authority is None and not letter_calls.authority_known(self.answer)
        self.app.push_screen(LetterOptionsScreen(self.options, why, required=required), chosen)

    def action_letter_options(self) -> None:
        self.ask_letter_options()

    def action_regenerate(self) -> None:
        self.regenerate()

    def action_batch(self) -> None:
        from .batch import start_batch

        start_batch(self)
