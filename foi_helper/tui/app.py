"""The terminal app: paste or open a written answer, see what it left open, and leave with a letter."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.driver import Driver
from textual.screen import Screen
from textual.worker import Worker, WorkerState, get_current_worker

from ..errors import CorpusError, FoiHelperError, ReadError
from ..model import WrittenAnswer
from ..settings import Config, config_path, default_corpus_path
from .commands import AppCommands
from .messages import AnswersRead, Examined
from .screens.confirm import ConfirmScreen
from .screens.start import StartScreen

if TYPE_CHECKING:
    from ..drafts import Draft, DraftStore
    from .screens.main import MainScreen  # imported on first use: the start view does not need it



class FoiHelperApp(App[int]):
    TITLE = "foi-helper"
    COMMANDS = App.COMMANDS | {AppCommands}  # every key of the app in the palette (commands.py)
    CSS_PATH = "app.tcss"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (120, "-wide")]  # noqa: RUF012 - typed by App
    AUTOSAVE_DELAY = 1.0  # seconds after the last change; the draft is on disk well within 2 s
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+o", "open_file", "Open", tooltip="Open a written answer from a file", priority=True,
                show=False),
        Binding("ctrl+n", "new", "New", tooltip="Paste another answer", priority=True, show=False),
        # Not in every footer (80 columns hold seven keys): the start and drafts screens show them.
        Binding("f2", "drafts", "Drafts", tooltip="Saved drafts: open, delete, mark sent, follow up",
                priority=True, show=False),
        Binding("f3", "settings", "Settings", tooltip="Your name, email, address, law and date range",
                priority=True, show=False),
        Binding("f9", "build_index", "Index", priority=True, show=False,
                tooltip="Build or update the index of earlier questions: fetch them (online) or import a file"),
        Binding("f1", "help", "Help", tooltip="Every key", priority=True),
        Binding("question_mark", "help", "Help", tooltip="Every key (when not typing in a text box)",
                show=False),
        Binding("ctrl+q", "quit", "Quit", tooltip="Quit (asking first if the letter is not saved)",
                priority=True, show=False),
    ]

    def __init__(self, text: str | None = None, origin: str | None = None,
                 corpus_path: str | Path | None = None) -> None:
        super().__init__()
        self.initial_text = text
        self.origin = origin
        self.corpus_path = Path(corpus_path) if corpus_path else default_corpus_path()
        self.fixed_today: date | None = None  # tests pin the date; the app otherwise uses the clock
        self.ask_first_start = True  # no settings file yet: ask for the requester's details (tests turn it off)
        self._store: DraftStore | None = None
        # The start-up check for autosaves (a worker thread) and the UI thread (f2, ctrl+s) may both be first
        # to ask for the store: without the lock each could open one, and the one dropped kept the autosave
        # slot it adopted locked, so a recovery the user discarded came back at the next start.
        self._store_lock = threading.Lock()
        try:
            self.config = Config.load()
        except FoiHelperError as exc:
            self.config = Config()
            self._config_error: str | None = str(exc)
        else:
            self._config_error = None

    def get_driver_class(self) -> type[Driver]:
        from .paste_input import install

        driver_class = super().get_driver_class()
        install(driver_class)  # pastes holding terminal escapes arrive whole (see paste_input.py)
        return driver_class

    def today(self) -> date:
        return self.fixed_today or date.today()

    @property
    def store(self) -> DraftStore:
        """The drafts store, opened on first use (its module loads only then)."""
        with self._store_lock:
            if self._store is None:
                from ..drafts import DraftStore

                self._store = DraftStore.open()
            return self._store

    async def on_mount(self) -> None:
        await self.push_screen(StartScreen())
        if self._config_error:
            self.notify(self._config_error, title="Settings", severity="error", markup=False)
        elif self.ask_first_start and not config_path().is_file():
            self.first_start(then=self._begin)  # the answer is read once the details are in the letter
            return
        self._begin()

    def _begin(self) -> None:
        if self.initial_text is not None:
            self.start_reading(self.initial_text, self.origin or "file")
        else:
            self.offer_recovery()

    @work(thread=True, exclusive=True, exit_on_error=False, group="recover")
    def offer_recovery(self) -> None:
        """A draft autosaved by a session that ended without saving it: offer to reopen it."""
        found = self.store.recoverable()  # reads the drafts folder: off the UI thread
        for problem in self.store.recovery_problems:
            self.call_from_thread(self.notify, problem, title="Drafts", severity="warning", markup=False)
        if found:
            self.call_from_thread(self._ask_recovery, found)

    def _ask_recovery(self, found: list[Draft]) -> None:
        draft = found[0]

        def answered(reopen: bool | None) -> None:
            if reopen:
                self.open_answer(draft.source_text, draft.source_origin, draft.answer, draft=draft,
                                 unsaved=True)
            elif reopen is False:
                self.discard_autosave(draft.id)

        more = f" ({len(found) - 1} more after it)" if len(found) > 1 else ""
        self.push_screen(ConfirmScreen(
            f"The letter {draft.title!r}, changed {draft.updated:%Y-%m-%d %H:%M}, was not saved when "
            f"foi-helper last closed{more}. Open it?", yes="Open it", no="Discard it"), answered)

    def discard_autosave(self, draft_id: str) -> None:
        try:
            self.store.discard_autosave(draft_id)
        except FoiHelperError as exc:  # the drafts folder locked or unreadable: told, never a traceback
            self.notify(str(exc), title="Drafts", severity="warning", markup=False)

    def on_unmount(self) -> None:
        if self._store is not None:
            self._store.close()  # releases this session's autosave lock: what is left there is recoverable

    def main_screen(self) -> MainScreen | None:
        from .screens.main import MainScreen

        for screen in reversed(self.screen_stack):
            if isinstance(screen, MainScreen):
                return screen
        return None

    def start_screen(self) -> StartScreen | None:
        for screen in self.screen_stack:
            if isinstance(screen, StartScreen):
                return screen
        return None

    # --- reading, analysis, related questions: thread workers, results posted as messages ------------------

    def start_reading(self, text: str, origin: str, undecoded: int = 0) -> None:
        if start := self.start_screen():
            start.set_busy(True, len(text))
        self.read_text(text, origin, undecoded)

    @work(thread=True, exclusive=True, exit_on_error=False, group="read")
    def read_text(self, text: str, origin: str, undecoded: int = 0) -> None:
        from ..reading import expand_address, read_answers

        text, origin = expand_address(text, origin)  # a pasted question address is fetched (reading/address.py)
        answers = read_answers(text)
        if not get_current_worker().is_cancelled:
            self.post_message(AnswersRead(text, origin, answers, undecoded))

    @work(thread=True, exclusive=True, exit_on_error=False, group="examine")
    def examine_answer(self, answer: WrittenAnswer) -> None:
        """The CLI's own step (pipeline.examine): analysis, related questions, the answers it refers to."""
        from ..pipeline import examine, open_corpus

        note = None
        try:
            corpus = open_corpus(self.corpus_path)  # None when there is no index (opening would make one)
        except FoiHelperError as exc:
            corpus, note = None, f"Earlier questions could not be searched: {exc}"
        try:
            findings = examine(answer, corpus)
        except CorpusError as exc:  # the index failed mid-search: the analysis alone still helps
            findings, note = examine(answer, None), f"Earlier questions could not be searched: {exc}"
        finally:
            if corpus is not None:
                corpus.close()
        if corpus is None and note is None:
            note = ("No index of earlier written questions yet, so no related questions: f9 builds it "
                    "(online, on your yes) or imports a file. Everything else works without it.")
        # Load the letters stage here, off the UI thread: the letter is composed as soon as this arrives, and
        # importing it there (templates, holiday tables) held the screen for ~120 ms.
        from .. import letters  # noqa: F401

        if not get_current_worker().is_cancelled:
            self.post_message(Examined(findings, note))

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """The one place worker failures become notifications (a user error's own sentence, or the bug)."""
        if event.state not in (WorkerState.SUCCESS, WorkerState.ERROR, WorkerState.CANCELLED):
            return
        group = event.worker.group
        if group == "read" and (start := self.start_screen()):
            start.set_busy(False)
        if event.state != WorkerState.ERROR:
            return
        error = event.worker.error
        from .letter_calls import error_text

        message = error_text(error) if isinstance(error, FoiHelperError) else f"Something went wrong: {error!r}"
        main = self.main_screen()
        if group == "examine" and main:
            main.show_analysis_failed()
        if group == "read" and isinstance(error, ReadError) and (start := self.start_screen()):
            start.read_rejected()
        titles = {"read": "Reading", "examine": "Analysis", "autosave": "Autosave", "browser": "Browser",
                  "recover": "Drafts"}
        self.notify(message, title=titles.get(group, ""), severity="error", markup=False, timeout=10)

    def on_answers_read(self, message: AnswersRead) -> None:
        answers = message.answers
        if not answers:
            self.notify("No written question was found in that text.", severity="error", markup=False)
            return
        if message.undecoded:
            self.notify(f"{message.undecoded} character{'s' if message.undecoded != 1 else ''} of the paste "
                        "were not UTF-8 text and show as �: check names and symbols such as £ in the letter.",
                        title="Reading", severity="warning", markup=False)
        if len(answers) == 1:
            self.open_answer(message.text, message.origin, answers[0])
            return
        from .screens.picker import PickerScreen

        def picked(index: int | None) -> None:
            if index is not None:
                self.open_answer(message.text, message.origin, answers[index])

        self.push_screen(PickerScreen(answers), picked)

    def open_answer(self, text: str, origin: str | None, answer: WrittenAnswer,
                    draft: Draft | None = None, unsaved: bool = False) -> MainScreen:
        from ..session import LetterSession
        from .screens.main import MainScreen

        session = LetterSession(text, origin, answer, settings=self.config)
        if draft is not None:
            session.restore(draft, unsaved=unsaved)
        main = MainScreen(session)
        while not isinstance(self.screen, StartScreen) and len(self.screen_stack) > 2:
            self.pop_screen()
        self.push_screen(main)
        self.examine_answer(answer)
        return main

    def on_examined(self, message: Examined) -> None:
        main = self.main_screen()
        if main and main.answer is message.findings.answer:
            main.show_findings(message.findings, message.related_note)

    def on_start_screen_read_requested(self, message: StartScreen.ReadRequested) -> None:
        self.start_reading(message.text, "pasted text", message.undecoded)

    # --- global actions -----------------------------------------------------------------------------------

    def leave_main_then(self, then: Callable[[], object]) -> None:
        """Run `then()` once the letter on screen is saved or the user agrees to drop its changes."""
        main = self.main_screen()
        never_saved = main is not None and main.letter is not None and main.draft is None
        if main is None or not (main.dirty or never_saved):
            then()
            return

        def answered(save: bool | None) -> None:
            if save is None:
                return
            if save and not self.save_draft_of(main):
                return
            if not save and main.draft is not None:
                self.discard_autosave(main.draft.id)  # the user chose to drop these changes
            then()

        said = "The letter is not saved as a draft." if never_saved else \
            "The letter has changes that are not saved as a draft."
        self.push_screen(ConfirmScreen(said, yes="Save draft", no="Discard it" if never_saved else "Discard changes"),
                         answered)

    def action_open_file(self) -> None:
        from .screens.path_prompt import PathPromptScreen

        def chosen(path: str | None) -> None:
            if path:
                self.leave_main_then(lambda: self.open_path(path))

        self.push_screen(PathPromptScreen(
            "Open a written answer",
            "A saved page (.txt, .html), an API record (.json, .jsonl) or ParlParse .xml. "
            "tab completes; enter opens; esc cancels.", str(Path.cwd()) + "/"), chosen)

    def open_path(self, path: str) -> None:
        from ..reading import load_source

        try:
            text, origin = load_source(path)
        except FoiHelperError as exc:
            self.notify(str(exc), title="Open", severity="error", markup=False)
            return
        self.start_reading(text, origin)

    def action_new(self) -> None:
        def back_to_start() -> None:
            while not isinstance(self.screen, StartScreen) and len(self.screen_stack) > 2:
                self.pop_screen()
            if start := self.start_screen():
                start.clear()

        self.leave_main_then(back_to_start)

    def action_drafts(self) -> None:
        from .screens.drafts import DraftsScreen

        if not isinstance(self.screen, DraftsScreen):
            self.push_screen(DraftsScreen())

    def action_settings(self) -> None:
        from .screens.settings import SettingsScreen

        def saved(config: Config | None) -> None:
            if config is None:
                return
            self.config = config
            if main := self.main_screen():
                main.refresh_settings(config)

        if not isinstance(self.screen, SettingsScreen):
            self.push_screen(SettingsScreen(self.config), saved)

    def first_start(self, then: Callable[[], object] | None = None) -> None:
        """No settings yet: the requester's details before the first letter, and the offer of an index."""
        from .screens.first_start import FirstStartScreen

        def done(result: tuple[Config, str] | None) -> None:
            if result is not None:
                self.settings_saved(result[0])
            if then is not None:
                then()
            if result is None:
                return
            index = result[1]
            if index == "update":
                self.push_screen(self._index_screen())
            elif index == "import":
                self.ask_index_file()

        self.push_screen(FirstStartScreen(self.config), done)

    def settings_saved(self, config: Config) -> None:
        self.config = config
        if main := self.main_screen():
            main.refresh_settings(config)

    def _index_screen(self, paths: list[str] | None = None) -> Screen[Any]:
        from .screens.index import IndexScreen

        return IndexScreen(paths)

    def ask_index_file(self) -> None:
        from .screens.path_prompt import PathPromptScreen

        def chosen(path: str | None) -> None:
            if path:
                self.push_screen(self._index_screen([path]))

        self.push_screen(PathPromptScreen(
            "Import earlier questions", "Parliament API records (.json, .jsonl, .gz) or ParlParse .xml, a file "
            "or a folder. tab completes; enter imports.", str(Path.cwd()) + "/"), chosen)

    def action_build_index(self) -> None:
        from .screens.index import FIRST_UPDATE_ESTIMATE

        def answered(fetch: bool | None) -> None:
            if fetch:
                self.push_screen(self._index_screen())
            elif fetch is False:
                self.ask_index_file()

        self.push_screen(ConfirmScreen(
            f"Fetch earlier written questions from the Parliament API? The first time that is "
            f"{FIRST_UPDATE_ESTIMATE}; later runs fetch what is new.", yes="Fetch (online)",
            no="Import a file instead"), answered)

    def action_help(self) -> None:
        from .screens.help import HelpScreen, help_sections

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(help_sections(self)))

    async def action_quit(self) -> None:
        self.leave_main_then(self.exit)

    def save_draft_of(self, main: MainScreen) -> bool:
        from .letter_actions import save_draft

        return save_draft(main)

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Textual's own commands (theme, screenshot, …) but its Quit: ours, from the bindings, asks first."""
        for command in super().get_system_commands(screen):
            if command.title != "Quit":
                yield command


def make_app(text: str | None = None, origin: str | None = None,
             corpus_path: str | Path | None = None) -> FoiHelperApp:
    """The one app factory, used by `foi-helper` and by the tests."""
    return FoiHelperApp(text=text, origin=origin, corpus_path=corpus_path)
