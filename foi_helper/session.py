"""One letter being written: the answer, its analysis, the points chosen, the questions cited, the text.

Both faces hold a `LetterSession` and show what it holds: the app's main screen is a view over one, the CLI's
`draft` fills one from its options. Every rule about the letter in progress lives here, UI-free and testable
without a terminal: the order items go in, an edit surviving or not, what a draft records, and every check a
face shows before sending (the checks of the letter, a text cut short, a request that repeats an earlier one).
Composing never reads the clock: each call that composes takes `today`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from .errors import FoiHelperError, LetterError
from .model import Analysis, Fix, Law, Letter, LintWarning, Match, Requester, WrittenAnswer, as_law
from .settings import Config

if TYPE_CHECKING:
    from .drafts import Draft
    from .letters.batch import BatchLetter

# What the checks assume until the user sends through WhatDoTheyKnow.
DEFAULT_CHANNEL = "email"
# The rule that lets an authority refuse the same request from the same person again too soon.
REPEAT_RULE: dict[str, str] = {"foia": "FOIA s.14(2)", "foisa": "FOISA s.14(2)", "eir": "EIR reg 12(4)(b)"}
# The checks about the requester's own details, which the settings fix for every letter.
REQUESTER_CODES = ("no-name", "no-address", "unsigned")


@dataclass
class LetterOptions:
    """Who the letter goes to and under which law, when the user chose; None leaves it to the answer."""

    authority: str | None = None  # None: the authority the answering department maps to
    law: Law | None = None  # None: the authority's own law (or the settings' default)
    # True: the latest complete calendar year; False: the answer's own period; None: chosen by the answer's age
    # (the latest year for an answer over twenty years old; its own period, then the latest year where its
    # records are gone, for one ten to twenty years old)
    latest_year: bool | None = None


@dataclass
class _Pending:
    """A draft's letter waiting for the analysis before it can be shown again as the user left it."""

    text: str
    points: list[str]
    cited: set[int]
    letter_points: list[str]  # the points the saved letter holds (more or fewer after "Keep my edits")


@dataclass
class LetterSession:
    """The state of one letter, from the analysis arriving to the draft on disk."""

    source_text: str
    origin: str | None
    answer: WrittenAnswer
    settings: Config = field(default_factory=Config)
    # A name or email given for this letter alone (the CLI's --name and --email), ahead of the settings.
    name: str | None = None
    email: str | None = None
    options: LetterOptions = field(default_factory=LetterOptions)
    analysis: Analysis | None = None
    included: set[str] = field(default_factory=set)
    # The order items go in the letter: the letters stage's ranking at first, kept as points are toggled, so
    # leaving a point out and back in gives the same letter.
    priority: list[str] = field(default_factory=list)
    related: list[Match] = field(default_factory=list)
    referred: list[Match] = field(default_factory=list)  # earlier answers the answer refers to
    cited: set[int] = field(default_factory=set)  # ids of the matches the letter cites
    letter: Letter | None = None
    generated: str = ""  # the text last composed; the letter counts as edited once `text` differs
    text: str = ""  # the letter as it now reads (the user's edits included)
    draft: Draft | None = None  # once saved, autosaved or opened
    dirty: bool = False  # changed since it was last saved
    _pending: _Pending | None = None

    # --- opening --------------------------------------------------------------------------------------------

    def restore(self, draft: Draft, unsaved: bool = False) -> None:
        """Take up a saved draft: its options, points, citations and text come back when the analysis does.

        `unsaved`: reopened from an autosave, so it is not saved until the user saves it."""
        self.draft = draft
        self.options = LetterOptions(authority=draft.letter.authority, law=as_law(draft.letter.law))
        self.cited = {m.id for m in draft.cited}
        # The points in the letter's own order (its title and item order follow it), then any others ticked.
        ordered = [p for p in draft.letter.points if p in draft.point_ids]
        ordered += [p for p in draft.point_ids if p not in ordered]
        self._pending = _Pending(draft.letter.body, ordered, set(self.cited), list(draft.letter.points))
        self.dirty = unsaved

    @property
    def restoring(self) -> bool:
        return self._pending is not None

    def start(self, analysis: Analysis, today: date, point_ids: Sequence[str] | None = None) -> Letter | None:
        """The analysis has arrived: choose the points and compose the first letter (or bring a draft's back).

        `point_ids`: the points to ask about (default: the letters stage's choice of the open points). The
        session is whole when this raises (the points chosen, no letter): the face shows it and the error."""
        self.analysis = analysis
        if not analysis.points:
            self.included, self.priority = set(), []
            return None
        if self._pending is not None:
            return self._start_restored(self._pending, today)
        first = list(point_ids) if point_ids else [p.id for p in analysis.open_points]
        self._choose(first)
        letter = self.compose(list(point_ids) if point_ids else None, today)
        self._choose(letter.points)
        self._load(letter)
        return letter

    def _start_restored(self, pending: _Pending, today: date) -> Letter | None:
        self._pending = None
        # The letter is composed from the points it held when saved, so the counts say what it holds; the
        # ticks are the ones the user left (they differ when the edits were kept over a toggle).
        assert self.analysis is not None
        known = {p.id for p in self.analysis.points}
        held = [p for p in pending.letter_points if p in known]
        self._choose(held + [p for p in pending.points if p not in held])
        self.included = {p for p in pending.points if p in known}
        self.cited = set(pending.cited)
        error: FoiHelperError | None = None
        letter = None
        if pending.points:
            try:
                letter = self.compose(held or self.ordered_points(), today)
            except FoiHelperError as exc:
                error = exc
        if letter is not None:
            self._load(letter)
        elif self.draft is not None:
            # Nothing to compare with (the stages changed, or no point chosen): the draft's letter as it was.
            self.letter = self.draft.letter
            self.generated = pending.text
        self.text = pending.text  # the draft's text as the user left it, edits and all
        if error is not None:
            raise error
        return self.letter

    def _choose(self, first: Sequence[str]) -> None:
        assert self.analysis is not None
        known = [p.id for p in self.analysis.points]
        self.included = {i for i in first if i in known}
        self.priority = [i for i in first if i in known] + [i for i in known if i not in first]

    # --- what the user changes ------------------------------------------------------------------------------

    def set_answered(self, day: date, today: date) -> None:
        """The date the question was answered, given by the user when the page does not say it (the letter's
        periods are counted from it, and it is never guessed)."""
        if day > today:
            raise LetterError(f"The answer date {day.isoformat()} is in the future; give the date the question "
                              "was answered.", Fix("date"))
        self.answer = dataclasses.replace(self.answer, date_answered=day)

    def toggle(self, point_id: str) -> bool:
        """Include a point or leave it out; True when it is now included. Its place in the order is kept."""
        if point_id not in self.priority:
            raise LetterError(f"There is no point {point_id!r} in this answer.")
        self.included ^= {point_id}
        self.dirty = True
        return point_id in self.included

    def cite(self, match_id: int) -> bool:
        """Cite an earlier question in the letter, or stop citing it; True when it is now cited.

        The letter names an earlier answer by its UIN (letters.citations.published_phrase skips one without),
        so a question with none cannot be cited: a mark would promise a citation the letter never makes."""
        match = next((m for m in self.shown_related() if m.id == match_id), None)
        if match is None:
            raise LetterError("That question is not among the related questions of this answer.")
        if match_id not in self.cited and not match.uin:
            raise LetterError("This question has no UIN in the index, so the letter cannot name it; read it "
                              "and quote what you need in the letter yourself.")
        self.cited ^= {match_id}
        self.dirty = True
        return match_id in self.cited

    def cite_all(self, matches: Iterable[Match]) -> None:
        """Cite these (the related questions worth citing as already published, when no one chooses)."""
        self.cited |= {m.id for m in matches if m.uin}

    def edit(self, text: str) -> None:
        """The user's text in the editor."""
        if text != self.text:
            self.text = text
            self.dirty = True

    def regenerate(self, today: date) -> Letter:
        """Compose the letter again from the included points in their order, the user's edits dropped."""
        if not self.included:
            raise LetterError("Include at least one point to compose a letter.")
        letter = self.compose(self.ordered_points(), today)
        self._load(letter)
        self.dirty = True
        return letter

    def change_settings(self, settings: Config) -> bool:
        """New settings. True when the letter keeps the user's edits, signed again with the new details (only
        the requester changed); False when it must be composed again (the law or the window changed too)."""
        from .letters.signing import resign

        before, self.settings = self.settings, settings
        scope = ("default_law", "date_from", "date_to")
        same_scope = all(getattr(before, k) == getattr(settings, k) for k in scope)
        if self.letter is None or not self.edited or not same_scope:
            return False
        body = resign(self.text, before.requester(self.name, self.email), self.requester())
        if body is None:
            return False
        self.edit(body)
        return True

    # --- what the faces read --------------------------------------------------------------------------------

    @property
    def edited(self) -> bool:
        return self.text != self.generated

    def ordered_points(self) -> list[str]:
        """The included points in the order they go in the letter."""
        return [i for i in self.priority if i in self.included]

    def included_ids(self) -> list[str]:
        """The included points in the order the analysis gave them."""
        points = self.analysis.points if self.analysis else []
        return [p.id for p in points if p.id in self.included]

    def shown_related(self) -> list[Match]:
        """The answers the answer refers to first, then the related questions found."""
        referred = {m.id for m in self.referred}
        return self.referred + [m for m in self.related if m.id not in referred]

    def cited_matches(self) -> list[Match]:
        return [m for m in self.shown_related() if m.id in self.cited]

    def requester(self) -> Requester:
        return self.settings.requester(self.name, self.email)

    def current_letter(self) -> Letter | None:
        """The letter as the user left it in the editor."""
        return None if self.letter is None else dataclasses.replace(self.letter, body=self.text)

    def compose(self, point_ids: list[str] | None, today: date) -> Letter:
        """The letters stage's letter for these points with the session's settings, options and citations."""
        from .letters import compose_letter

        if self.analysis is None:
            raise LetterError("The answer has not been analysed yet.")
        return compose_letter(
            self.answer, self.analysis, requester=self.requester(), today=today, point_ids=point_ids,
            law=self.options.law or self.settings.law_override(), authority=self.options.authority,
            related=tuple(self.cited_matches()), date_from=self.settings.date_from,
            date_to=self.settings.date_to, latest_year=self.options.latest_year,
        )

    def compose_batch(self, key: str, today: date, point_ids: Sequence[str] | None = None) -> list[BatchLetter]:
        """One letter per body of the class `key` (every police force, every ICB), with the session's settings,
        law and citations. `point_ids`: default the included points in their order, or the letters stage's
        choice when none is included."""
        from .letters.batch import compose_batch

        if self.analysis is None:
            raise LetterError("The answer has not been analysed yet.")
        ids = list(point_ids) if point_ids else (self.ordered_points() or None)
        return compose_batch(
            self.answer, self.analysis, key, requester=self.requester(), today=today, point_ids=ids,
            law=self.options.law or self.settings.law_override(), authority=self.options.authority,
            related=tuple(self.cited_matches()), date_from=self.settings.date_from, date_to=self.settings.date_to,
            latest_year=self.options.latest_year,
        )

    def batch_drafts(self, batch: Sequence[BatchLetter], now: datetime) -> list[Draft]:
        """A draft of its own for each letter of a batch."""
        from .drafts import Draft

        cited = self.cited_matches()
        return [Draft.new(self.source_text, self.origin, self.answer, item.letter.points, item.letter, cited, now=now)
                for item in batch]

    def _load(self, letter: Letter) -> None:
        self.letter = letter
        self.generated = self.text = letter.body

    def authority_known(self) -> bool:
        """Whether the letter's authority is settled: chosen, or named by the answering department."""
        from .letters.authorities import authority_for

        return self.options.authority is not None or authority_for(self.answer.department) is not None

    # --- checks ---------------------------------------------------------------------------------------------

    def checks(self, channel: str = DEFAULT_CHANNEL) -> list[LintWarning]:
        """Everything to check before sending: the letter's checks as it now reads (first: they decide
        whether the request is valid), the composer's notes, and a text cut short; each once."""
        from .letters import lint

        letter = self.current_letter()
        if letter is None:
            return []
        found = [*lint(letter, self.requester(), channel), *letter.warnings]
        if (clipped := clipped_warning(self.answer)) is not None:
            found.append(clipped)
        return list({w.message: w for w in found}.values())

    def to_draft(self, now: datetime) -> Draft | None:
        """The draft of this letter, created on first need and brought up to date; None before a letter."""
        from .drafts import Draft

        letter = self.current_letter()
        if letter is None:
            return None
        points, cited = self.included_ids(), self.cited_matches()
        if self.draft is None:
            self.draft = Draft.new(self.source_text, self.origin, self.answer, points, letter, cited, now=now)
        else:
            draft = self.draft
            draft.point_ids, draft.letter, draft.cited, draft.updated = points, letter, cited, now
        return self.draft

    def saved(self, draft_id: str) -> None:
        """The draft is on disk under `draft_id` (a copy's id when the file had changed meanwhile)."""
        self.dirty = False
        if self.draft is not None:
            self.draft.id = draft_id

    def forget_draft(self, draft_id: str) -> None:
        """The draft `draft_id` was deleted: if it is this letter's, the letter is no longer saved anywhere, so
        leaving it must ask first."""
        if self.draft is not None and self.draft.id == draft_id:
            self.draft = None
            self.dirty = True

    def repeat_warning(self, earlier: Sequence[Draft]) -> LintWarning | None:
        """A warning when other drafts ask about the same written answer: see `repeat_warning`."""
        own = self.draft.id if self.draft else None
        law = self.letter.law if self.letter else self.settings.default_law
        return repeat_warning([d for d in earlier if d.id != own], law)


def repeat_warning(earlier: Sequence[Draft], law: str) -> LintWarning | None:
    """None, or the warning that the same request again can be refused as repeated.

    An authority that has answered a request need not answer an identical or substantially similar one from the
    same person until a reasonable interval has passed (FOIA s.14(2), FOISA s.14(2); EIR reg 12(4)(b) treats it
    as manifestly unreasonable)."""
    if not earlier:
        return None
    listed = "; ".join(f"{d.id}, {d.status.replace('_', ' ')}" for d in earlier[:3])
    more = f"; and {len(earlier) - 3} more" if len(earlier) > 3 else ""
    plural = "s" if len(earlier) > 1 else ""
    return LintWarning(
        "repeat-request",
        f"You already have {len(earlier)} draft{plural} about this written answer ({listed}{more}); the same "
        "request again can be refused as a repeated request unless a reasonable interval has passed, so send "
        "one of them or delete the others.",
        REPEAT_RULE.get(law, REPEAT_RULE["foia"]),
    )


def clipped_warning(answer: WrittenAnswer) -> LintWarning | None:
    """None, or the warning that the answer's text is the API list's cut-short form (255 characters)."""
    if not answer.clipped:
        return None
    where = f"open the question's page ({answer.url}) and use its text" if answer.url else (
        "copy the question's page")
    return LintWarning(
        "clipped",
        f"The text of question {answer.uin or '(no UIN)'} was cut short by the API's list (at 255 characters), "
        f"so points may be missing or cut: for the full text, {where}.",
        "the Parliament API's list of written questions",
    )


