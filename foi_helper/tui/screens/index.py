"""Build the index of earlier written questions: fetch from the Parliament API (online, only on the user's
yes) or import a file, in a worker, with a progress bar; esc cancels (an update resumes where it stopped)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import ProgressBar, Static
from textual.worker import Worker, WorkerState, get_current_worker

from ...errors import FoiHelperError
from ..literal import literal

if TYPE_CHECKING:
    from ..app import FoiHelperApp

# Measured on the shared API sample (a month of list responses, e.g. list-2024-12.json.gz): about 3,100
# questions tabled a month, 3.7 MB of JSON in 31 pages of 100, and 2.8 MB of index; `corpus update` asks for
# at most 4 pages a second. The first update fetches the last 30 days (corpus/update.py FIRST_RUN_DAYS).
FIRST_UPDATE_ESTIMATE = ("the last 30 days' questions from the Parliament API: about 3,100, 4 MB downloaded in "
                         "under a minute as a rule, 3 MB on this computer")


class Cancelled(Exception):
    """Raised from the progress callback to stop a run the user cancelled."""


class IndexScreen(ModalScreen[int | None]):
    """Runs one update (paths None) or one import; returns the number of records added, or None."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, paths: list[str] | None = None) -> None:
        super().__init__(classes="dialog-screen")
        self.paths = paths

    @property
    def foi_app(self) -> FoiHelperApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        what = "Importing " + ", ".join(self.paths) if self.paths else "Fetching earlier written questions"
        with Vertical(classes="dialog wide-dialog"):
            yield Static(literal(what), classes="dialog-title")
            yield ProgressBar(id="index-progress", show_eta=True)
            yield Static(literal("Starting…"), id="index-status")
            yield Static(literal("esc: cancel (an update carries on from where it stopped next time)"),
                         classes="dialog-hint")

    def on_mount(self) -> None:
        self.run_index()

    def _progress(self, done: int, total: int, what: str) -> None:
        bar = self.query_one(ProgressBar)
        bar.update(total=max(total, 1), progress=done)
        self.query_one("#index-status", Static).update(literal(what))

    @work(thread=True, exclusive=True, exit_on_error=False, group="index")
    def run_index(self) -> int:
        from ...corpus import Corpus

        worker = get_current_worker()
        corpus = Corpus.open(self.foi_app.corpus_path)
        try:
            if self.paths:
                def imported(path: Path, index: int, count: int) -> None:
                    if worker.is_cancelled:
                        raise Cancelled
                    self.app.call_from_thread(self._progress, index, count, f"Reading {path.name}…")

                return corpus.import_paths(self.paths, progress=imported).added
            from ...corpus.update import plan_update, run_update
            from ...parliament_api import Client

            today = self.foi_app.today()
            plan = plan_update(corpus, None, None, "Bicameral", False, today)

            def fetched(done: int, total: int, elapsed: float) -> None:
                if worker.is_cancelled:
                    raise Cancelled
                self.app.call_from_thread(self._progress, done, total,
                                          f"{done:,} of {total:,} questions ({elapsed:.0f} s)")

            return run_update(corpus, Client(), plan, today, progress=fetched).added
        finally:
            corpus.close()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "index":
            return
        event.stop()  # this screen reports its own worker
        if event.state == WorkerState.SUCCESS:
            added = event.worker.result
            self.notify(f"The index of earlier questions is ready: {added:,} questions added. Related "
                        "questions show for the next answer you open.", title="Index", markup=False)
            self.dismiss(added if isinstance(added, int) else 0)
        elif event.state == WorkerState.CANCELLED:
            self.notify("Stopped; what was fetched is kept, and the next run carries on from there.",
                        title="Index", markup=False)
            self.dismiss(None)
        elif event.state == WorkerState.ERROR:
            error = event.worker.error
            if isinstance(error, Cancelled):
                self.notify("Stopped; what was fetched is kept, and the next run carries on from there.",
                            title="Index", markup=False)
            elif isinstance(error, FoiHelperError):
                self.notify(str(error), title="Index", severity="error", markup=False, timeout=10)
            else:
                self.notify(f"The index could not be built ({error!r}).", title="Index", severity="error",
                            markup=False, timeout=10)
            self.dismiss(None)

    def action_cancel(self) -> None:
        for worker in self.workers:
            if worker.group == "index":
                worker.cancel()
                return
        self.dismiss(None)
