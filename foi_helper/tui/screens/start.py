"""The first view: paste a written answer (terminal paste) or open a file (ctrl+o)."""

from __future__ import annotations

from typing import ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Static

from ..commands import BindingCommands
from ..literal import clean, literal
from ..typed_keys import after_typed_keys
from ..widgets.safe_text_area import SafeTextArea

INTRO = (
    "Paste a minister's written answer here: the page as you copied it from TheyWorkForYou, parliament.uk "
    "or Hansard, or an API record. It is read as soon as it is pasted.\n"
    "Or press ctrl+o to open a file. Typed text is read with ctrl+r."
)


BIG_PASTE = 100_000  # characters: a bigger paste is read without being put in the box


def size_words(characters: int) -> str:
    """"1.3 MB" or "240 KB" of text (characters, near enough bytes for a page)."""
    return f"{characters / 1e6:.1f} MB" if characters >= 1e6 else f"{characters / 1e3:.0f} KB"


class PasteArea(SafeTextArea):
    """A text area that says when a whole paste has landed, so reading can start without another key."""

    class Pasted(Message):
        pass

    undecoded = 0  # characters of the last paste that were not UTF-8: the reading's notice says so

    def pasted_undecoded(self, count: int) -> None:
        self.undecoded = count  # told with the reading's result, in one notice

    big_text: str | None = None  # a paste too big to show: read as it is, the box says what it holds

    async def _on_paste(self, event: events.Paste) -> None:
        if len(event.text) > BIG_PASTE:
            # Putting 1.3 MB into the box held the screen for 4.5 s: it is read without being shown.
            event.prevent_default()
            event.stop()
            self.pasted_undecoded(event.text.count("\ufffd"))
            self.big_text = clean(event.text)
            self.load_text("")
            self.placeholder = f"{size_words(len(self.big_text))} pasted; it is being read."
            self.post_message(self.Pasted())
            return
        self.big_text = None
        await super()._on_paste(event)  # stops Textual from also running TextArea's handler
        event.stop()
        self.post_message(self.Pasted())


PLACEHOLDER = "Paste here (ctrl+shift+v, cmd+v or right-click in most terminals)"


class StartScreen(Screen[None]):
    COMMANDS = {BindingCommands}  # noqa: RUF012 - typed by Screen; this screen's keys, in the palette
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+r", "read", "Read", tooltip="Read the text typed into the box", priority=True),
        # priority, like the app's own bindings of these keys: the footer shows the binding that wins
        Binding("ctrl+o", "app.open_file", "Open file", tooltip="Open a written answer from a file",
                priority=True),
        Binding("f3", "app.settings", "Settings", tooltip="Your name, email, address, law and date range",
                priority=True),
        Binding("f2", "app.drafts", "Drafts", tooltip="Saved drafts: open, delete, mark sent, follow up",
                priority=True),
        Binding("ctrl+q", "app.quit", "Quit", tooltip="Quit foi-helper", priority=True),
    ]

    class ReadRequested(Message):
        def __init__(self, text: str, undecoded: int = 0) -> None:
            super().__init__()
            self.text = text
            self.undecoded = undecoded  # characters of the paste that were not UTF-8 (shown as U+FFFD)

    def compose(self) -> ComposeResult:
        with Vertical(id="start"):
            yield Static(literal(("foi-helper", "bold"), "  from a written answer to an FOI request"),
                         id="start-title")
            yield Static(literal(INTRO), id="start-intro")
            yield PasteArea(id="paste", soft_wrap=True, show_line_numbers=False, placeholder=PLACEHOLDER)
            with Horizontal(id="reading"):
                yield Static(id="reading-label")  # the bar joins it on the first reading (its module loads then)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#reading").display = False
        self.query_one(PasteArea).focus()

    def on_paste_area_pasted(self, _: PasteArea.Pasted) -> None:
        self.action_read()

    def action_read(self) -> None:
        after_typed_keys(self, self._read)  # ctrl+r is a priority binding: read after the keys typed before it

    def _read(self) -> None:
        area = self.query_one(PasteArea)
        undecoded, area.undecoded = area.undecoded, 0
        text = area.big_text if area.big_text is not None and not area.text else area.text
        if text.strip():
            self.post_message(self.ReadRequested(text, undecoded))
        else:
            what = "That paste held no text" if undecoded else "Nothing to read yet"
            self.notify(f"{what}: paste a written answer, or press ctrl+o to open a file.",
                        severity="warning", markup=False)

    def set_busy(self, busy: bool, size: int = 0) -> None:
        """While the reader works: a moving bar under the box, and what is being read."""
        box = self.query_one("#reading")
        box.display = busy
        if busy and not box.query("ProgressBar"):
            from textual.widgets import ProgressBar

            box.mount(ProgressBar(id="reading-progress", total=None, show_eta=False))
        if busy:
            self.query_one("#reading-label", Static).update(
                literal(f"Reading {size_words(size)}…" if size else "Reading…"))
        else:
            area = self.query_one(PasteArea)
            if area.big_text is not None:
                area.placeholder = f"{size_words(len(area.big_text))} pasted (ctrl+r reads it again); " \
                                   "paste another answer to replace it."

    def read_rejected(self) -> None:
        """The reading refused the box's text: binary junk (a program, an image) is cleared, so the next
        paste starts clean; text the user typed or pasted stays, to be fixed."""
        from ...reading.clean import strip_controls
        from ...reading.source import looks_binary

        area = self.query_one(PasteArea)
        if looks_binary(strip_controls(area.big_text if area.big_text is not None else area.text)):
            self.clear()

    def clear(self) -> None:
        area = self.query_one(PasteArea)
        area.big_text = None
        area.placeholder = PLACEHOLDER
        area.load_text("")
