"""The command palette's entries, made from the same bindings the footer and the help screen show.

Each screen lists its own actions (and those of the widgets it holds) with its own provider; the app's
provider adds the keys that work everywhere. Titles, help and keys come from the bindings, so a key changed
there changes here too; only the words people search by (recompose, chaser, mark sent…) are added.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial

from textual.binding import Binding, BindingType
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.dom import DOMNode

# What people call an action when they search for it, beyond its own title and tooltip (the key is the
# action's name, without its arguments).
ACTION_WORDS: dict[str, tuple[str, ...]] = {
    "regenerate": ("recompose", "compose again", "rebuild", "refresh the letter"),
    "save_draft": ("save draft", "keep"),
    "copy_letter": ("copy", "clipboard"),
    "export": ("export", "save as file", "email file", "markdown"),
    "open_wdtk": ("whatdotheyknow", "wdtk", "send online", "browser"),
    "letter_options": ("authority", "law", "scotland", "foisa", "eir", "environmental", "recipient", "period",
                       "latest year", "old answer", "dates", "window"),
    "show_pane": ("pane", "switch", "tab", "view"),
    "toggle_point": ("include point", "leave out point", "tick", "untick", "exclude"),
    "cite": ("cite", "citation", "refer to earlier question"),
    "select": ("read question", "related question in full"),
    "mark_sent": ("mark sent", "sent", "posted", "emailed"),
    "follow_up": ("follow-up", "follow up", "chaser", "chase", "reminder", "internal review", "complaint",
                  "clarification"),
    "delete_draft": ("delete", "remove", "bin"),
    "restore_draft": ("restore", "undelete", "bring back", "deleted drafts"),
    "record_event": ("record reply", "acknowledged", "refused", "answered", "part answered", "extended",
                     "clarification asked", "review", "complaint", "reference number", "exemptions"),
    # On the drafts screen the letter's own actions are one step away: open the draft
    "open_draft": ("open draft", "reopen", "edit", "copy", "recompose", "period", "authority", "export"),
    # On the letter screen the tracking is one step away: the drafts screen
    "drafts": ("drafts", "saved letters", "tracking", "requests", "mark sent", "chaser", "follow-up",
               "internal review", "complaint", "record reply", "refused", "restore", "deleted drafts"),
    "settings": ("settings", "name", "email", "address", "preferences"),
    "open_file": ("open file", "load"),
    "new": ("new", "paste another", "start again"),
    "help": ("help", "keys", "shortcuts"),
    "quit": ("quit", "exit", "leave"),
    "close": ("back", "close"),
    "read": ("read", "analyse"),
    "batch": ("batch", "one letter per body", "every police force", "every icb", "many bodies"),
}


@dataclass
class Command:
    title: str
    help: str
    words: tuple[str, ...]
    node: DOMNode
    action: str


def _action_name(action: str) -> str:
    """"app.drafts" → "drafts"; "show_pane('letter')" → "show_pane"."""
    return re.split(r"[(]", action.rsplit(".", 1)[-1], maxsplit=1)[0]


def commands_of(node: DOMNode, bindings: Iterable[BindingType]) -> list[Command]:
    """One command per binding with a description whose action `node` allows now."""
    found: list[Command] = []
    for binding in bindings:
        if not isinstance(binding, Binding) or not binding.description or not binding.action:
            continue
        name = _action_name(binding.action)
        if node.check_action(name, ()) is not True:
            continue  # disabled here (a sent draft's letter, say): not offered
        # The tooltip is the title (what it does, in words); the footer's short name and the key are the help.
        key = node.app.get_key_display(binding)
        title = binding.tooltip or binding.description
        found.append(Command(title, f"{binding.description} · {key}", (binding.description, *ACTION_WORDS.get(name, ())),
                             node, binding.action))
    return found


class BindingCommands(Provider):
    """A screen's actions, from its bindings and from those of the widgets it names in `widgets()`."""

    def sources(self) -> list[tuple[DOMNode, Iterable[BindingType]]]:
        screen = self.screen
        found: list[tuple[DOMNode, Iterable[BindingType]]] = [(screen, type(screen).BINDINGS)]
        for selector in getattr(screen, "PALETTE_WIDGETS", ()):
            for widget in screen.query(selector):
                found.append((widget, type(widget).BINDINGS))
        return found

    def commands(self) -> list[Command]:
        seen: set[str] = set()
        result = []
        for node, bindings in self.sources():
            for command in commands_of(node, bindings):
                if command.action not in seen:
                    seen.add(command.action)
                    result.append(command)
        return result

    async def discover(self) -> Hits:
        for command in self.commands():
            yield DiscoveryHit(command.title, partial(self.app.run_action, command.action, command.node),
                               help=command.help)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for command in self.commands():
            score = max(matcher.match(command.title), matcher.match(command.help) * 0.6,
                        *(matcher.match(word) * 0.9 for word in command.words))
            if score > 0:
                yield Hit(score, matcher.highlight(command.title), partial(self.app.run_action, command.action, command.node),
                          text=command.title, help=command.help)


class AppCommands(BindingCommands):
    """The keys that work on every screen (open, new, drafts, settings, help, quit)."""

    def sources(self) -> list[tuple[DOMNode, Iterable[BindingType]]]:
        app = self.app
        return [(app, type(app).BINDINGS)]

