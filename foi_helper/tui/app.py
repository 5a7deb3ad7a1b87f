"""The terminal app."""

from __future__ import annotations

from pathlib import Path

from textual.app import App, ComposeResult
from textual.widgets import Footer, Header, Static


class FoiHelperApp(App[int]):
    TITLE = "foi-helper"

    def __init__(self, text: str | None = None, origin: str | None = None, corpus_path: str | Path | None = None):
        super().__init__()
        self.initial_text = text
        self.origin = origin
        self.corpus_path = corpus_path

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Paste or open a written answer.", markup=False)
        yield Footer()


def make_app(text: str | None = None, origin: str | None = None,
             corpus_path: str | Path | None = None) -> FoiHelperApp:
    """The one app factory, used by `foi-helper` and by the tests."""
    return FoiHelperApp(text=text, origin=origin, corpus_path=corpus_path)
