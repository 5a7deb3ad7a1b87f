"""Composing the request letter from an answer's open points. Pure: no I/O except reading templates, no clock."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import reduce

from ..analysis.text import clip
from ..errors import LetterError
from ..model import Analysis, Fix, Letter, LintWarning, Match, Requester, WrittenAnswer, as_law
from .authorities import (
    Authority,
    archive_of,
    authority_for,
    authority_named,
    department_named_in,
    has_ministers,
    the,
)
from .citations import citable_related, published_phrase
from .dodge import earlier_reply, holding_is_stale, not_recorded, promised_records, published_documents
from .ended import ended_scheme
from .holders import ARCHIVE_YEARS, resolve_holder, successors_of, transfer_due
from .items import BRIEFING_ITEM, item_problems
from .lint import for_law
from .parts import fold_breakdowns, hoist_trailing_period, rejoin_lettered, resolve_such, unglue_marks
from .phrasing import (
    hoist_conditions,
    join_words,
    name_the_department,
    question_as_reported,
    without_passed_nations,
    without_unavailable_levels,
    words_of_date,
)
from .selection import choose_points, others_acts
from .series import published_series
from .strategy import question_cut, request_items
from .templating import render_template
from .titles import request_title
from .windows import (
    STALE_RECORDS_YEARS,
    AnswerDateUnknown,
    Window,
    after_answer,
    calendar_years,
    events_window,
    financial_years,
    is_financial,
    last_complete_financial_year,
    latest_complete_year,
    old_answer,
    question_period,
)

__all__ = ["AnswerDateUnknown", "citable_related", "compose_letter", "signature", "the"]


LAWS: dict[str, dict[str, str]] = {
    "foia": {"key": "foia", "name": "the Freedom of Information Act 2000", "advice_section": "16"},
    "foisa": {
        "key": "foisa",
        "name": "the Freedom of Information (Scotland) Act 2002",
        "advice_section": "15",
    },
    "eir": {"key": "eir", "name": "the Environmental Information Regulations 2004", "advice_section": ""},
}
ENVIRONMENTAL = re.compile(
    r"\b(?:emissions?|pollut\w*|air quality|climate|flood\w*|water quality|sewage|waste|recycl\w*|biodiversity|"
    # a chemical or nuclear weapon is a matter of defence, not the state of the air or land
    r"habitats?|pesticides?|chemicals?(?! weapons?)(?![^.]{0,40}\bas a weapon)|contaminat\w*|noise|"
    r"nuclear(?! weapons?| deterrent| submarines?)|fracking|fossil fuels?|net zero|carbon|"
    r"landfill|wildlife|planning permission|deforestation|rivers?|soil|"
    # energy use and measures affecting it: a factor affecting the air and climate (EIR reg 2(1)(b), (c))
    r"energy (?:efficiency|performance|consumption|use)|EPCs?|heat pumps?|renewable energy|insulation)\b",
    re.IGNORECASE,
)
WHOLLY_ENVIRONMENTAL = re.compile(r"\b(?:flood\w*|sewage|pollut\w*|emissions?|air quality|water quality|biodiversity|"
                                  r"pesticides?|contaminat\w*|landfill|fly-?tipping|waste water|bathing water)\b",
                                  re.IGNORECASE)
# A Scottish public authority's environmental information falls under the Scottish regulations (SSI 2004/520).
EISR_NAME = "the Environmental Information (Scotland) Regulations 2004"


def _law_words(law_key: str, authority: Authority) -> dict[str, str]:
    words = dict(LAWS[law_key])
    if law_key == "eir" and authority.law == "foisa":
        words["name"] = EISR_NAME
    return words


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def resolve_authority(answer: WrittenAnswer, authority: str | None) -> Authority:
    if authority:
        return authority_named(authority)
    found = authority_for(answer.department, answer.house, answer.question, answer.date_answered)
    if found is None and not answer.department and (named := department_named_in(answer.answer)) is not None:
        # The page does not say who answered, and the answer speaks for one department.
        return replace(named, note=f"The page does not say who answered; the answer speaks for {the(named.name)}, "
                                   "so the letter goes there (choose another authority if that is wrong).")
    if found is None:
        body = f"The answering body ({answer.department})" if answer.department else "The answering body"
        raise LetterError(f"{body} is not in the table of authorities; choose the authority to write to.",
                          Fix("authority"))
    return found


def _sent_as_then(text: str, body: str, department: str) -> str:
    """Letters sent before a department was wound up were sent by it, not by the successor that now holds them:
    "the replies the Department for Environment, Food and Rural Affairs sent" in 1990 is a search no officer can
    make (a reviewer read it as an anachronism)."""
    if body == department:
        return text
    return re.sub(rf"\b{re.escape(body)} sent\b", f"{department} sent", text)


def _answering_body(answer: WrittenAnswer) -> str | None:
    """Who answered, as the letter names it: the department as the page gives it ("the Foreign and Commonwealth
    Office", its name then), or, when the page gives only a minister's portfolio ("Women and Equalities"), the
    body that answers for it."""
    department = answer.department
    if not department or re.search(r"\b(?:Department|Ministry|Office|Treasury|Government|Executive|House|"
                                   r"Commission|Service|Agency|Authority|Council|Minister)\b", department):
        return department  # a body, or a minister ("the Deputy Prime Minister answered")
    found = authority_for(department, answer.house, answer.question)
    return found.name if found is not None else department


# Any line break or control character in a name or address would end the From: header and start another
# (RFC 5322 s.2.2: header injection), or split the signature: such details are refused, never cleaned up.
BREAKS = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]")
# An addr-spec's plain shape (RFC 5322 s.3.4.1): one @, no spaces or specials, a dotted domain.
ADDRESS = re.compile(r"[^@\s<>()\[\],;:\\\"]+@[^@\s<>()\[\],;:\\\".]+(?:\.[^@\s<>()\[\],;:\\\".]+)+")


def check_requester(requester: Requester) -> None:
    """LetterError (one sentence) when the name or email address cannot go into a letter or an email header."""
    for what, value in (("name", requester.name), ("email address", requester.email)):
        if value and BREAKS.search(value):
            raise LetterError(f"Your {what} {value!r} contains a line break or control character; give it on "
                              "one line.", Fix("requester", what.split()[0]))
    if requester.email and not ADDRESS.fullmatch(requester.email.strip()):
        raise LetterError(f"The email address {requester.email!r} does not look like an address (name@example.org); "
                          "fix it.", Fix("requester", "email"))


def signature(requester: Requester) -> str:
    lines = [requester.name.strip() if requester.name and requester.name.strip() else "[your name]"]
    if requester.address and requester.address.strip():
        lines += [line.strip() for line in requester.address.strip().splitlines() if line.strip()]
    return "\n".join(lines)


def asks_latest_year(answer: WrittenAnswer, today: date, latest_year: bool | None, date_from: date | None,
                     date_to: date | None, figures: bool = True) -> bool:
    """Whether the letter asks for the latest complete year alone: the user's choice, else by the answer's age.
    Records over 20 years old have by law been transferred to The National Archives or destroyed (Public Records
    Act 1958 s.3(4)), so an officer asked for 1992 records answers "not held": that letter asks for the latest
    year (the answer's own period is one choice away). Younger records often survive: see `old_records`. The
    user's own dates in the settings come first. Only a letter asking for `figures` (kept year after year) has
    a later year to ask for: a 1995 decision is asked for as it was, with its National Archives reference."""
    if latest_year is not None:
        return latest_year
    return bool(answer.date_answered and today.year - answer.date_answered.year > ARCHIVE_YEARS
                and not (date_from or date_to) and figures)


@dataclass(frozen=True)
class OldRecords:
    """What an old answer's letter says about records that may be gone: the answer's year, and the period to
    send instead where they are (None: the user asked for the answer's own period only)."""

    year: int
    instead: str | None
    archives: bool  # old enough that some may be at The National Archives (transfer is due by 20 years)
    due: int | None = None  # the year by which they were due for transfer or destruction, when it has passed


# Figures of something that happened once ("letters sent during Session 2005-06", "funding as a result of the
# proposals in the Digital Britain White Paper") have no latest year: both reviewers of such letters called "the
# same figures for 2025 instead" absurd.
ONE_OFF = re.compile(r"\bSession \d{4}|\b(?:general |local |by-)?elections?\b|\breferendum\b|\bas a result of\b|\b(?:White|Green) Paper\b|\bproposals? (?:in|contained|set "
                     r"out|made)\b|\bsince (?:the|his|her|their) (?:appointment|election|taking office)\b", re.IGNORECASE)


def old_records(answer: WrittenAnswer, today: date, latest_year: bool | None, date_from: date | None,
                date_to: date | None, windows: Sequence[Window | None] = (), *,
                figures: bool = True) -> OldRecords | None:
    """Records of an answer over six years old may have been destroyed under a retention schedule: the letter
    asks to be told so, and when, rather than reading a bare "not held". Where the records asked for are over
    ten years old (the answer, or the start of a period it asks about: "the last five years" before 2017),
    unless the user chose the answer's own period, it also asks for the latest complete year where they are
    gone: an officer asked for both can release the second (both reviewers of such letters asked for this).
    Only for `figures` (a count or a sum kept year after year): a plan, a timetable or a letter of that time
    has no later year to send instead."""
    answered = answer.date_answered
    if (asks_latest_year(answer, today, latest_year, date_from, date_to, figures) or date_from or date_to
            or answered is None or not old_answer(answered, today)):
        return None
    earliest = min([answered] + [w.start or w.end for w in windows if w is not None])
    stale = figures and latest_year is None and old_answer(earliest, today, STALE_RECORDS_YEARS) \
        and not ONE_OFF.search(answer.question or "")
    financial = any(w is not None and w.label and "financial year" in w.label for w in windows)
    instead = (financial_years(*[last_complete_financial_year(today)] * 2).words() if financial
               else latest_complete_year(today).words())
    return OldRecords(answered.year, instead if stale else None,
                      archives=today.year - answered.year >= ARCHIVE_YEARS - 5,
                      due=transfer_due(answered.year) if today.year - answered.year > ARCHIVE_YEARS else None)


# A letter asking for the latest years in place of an archived answer's keeps the question's span, up to this many.
MAX_LATEST_YEARS = 5
_SPAN_WORDS = {2: "two", 3: "three", 4: "four", 5: "five"}


def latest_span(answer: WrittenAnswer) -> int:
    """How many years "in each of the past five years" (or the like) asks for: 1 unless the question's own period
    runs over whole years, at most MAX_LATEST_YEARS."""
    answered = answer.date_answered or answer.date_tabled
    asked = question_period(answer.question, answered) if answer.question and answered else None
    window = asked.window if asked is not None else None
    if window is None or window.start is None or not re.search(r"\beach of the (?:last|past|previous) \w+ "
                                                              r"(?:financial |calendar )?years\b", answer.question,
                                                              re.IGNORECASE):
        return 1
    return max(1, min(MAX_LATEST_YEARS, round((window.end - window.start).days / 365.25)))


def shared_window(answer: WrittenAnswer, *, today: date, date_from: date | None, date_to: date | None,
                  latest_year: bool, span: int = 1) -> Window | None:
    """The window items take unless their own words set one: the user's fixed dates, the latest complete year,
    or the period of the answer's own events; None when the answer's date is unknown."""
    if latest_year:  # the figures' own kind of year: "1992-93" asks for the latest complete financial year
        # … and the question's own span (`latest_span`): "in each of the past five years" asks for the latest five
        years = span
        if is_financial(f"{answer.question}\n{answer.answer}"):
            year = last_complete_financial_year(today)
            return replace(financial_years(year - years + 1, year), fixed=True)
        last = latest_complete_year(today)
        return replace(last if years == 1 else calendar_years(last.end.year - years + 1, last.end.year), fixed=True)
    # An unanswered question (or a holding reply without its date) counts from the day it was tabled.
    answered = answer.date_answered or answer.date_tabled
    if date_from or date_to:
        end = date_to or answered or today
        start = date_from or date(end.year - 1, end.month, 1)
        if start > end:
            raise LetterError(f"The window starts ({words_of_date(start)}) after it ends ({words_of_date(end)}); "
                              "fix date_from and date_to in your settings.")
        return Window(start=start, end=end, fixed=True)
    if answered is None:
        return None
    # Events the question names ("the email sent on 24 July 2025") bound the window as the answer's do.
    return events_window(f"{answer.question}\n{answer.answer}", answered, today)


def compose_letter(
    answer: WrittenAnswer,
    analysis: Analysis,
    *,
    requester: Requester,
    today: date,
    point_ids: list[str] | None = None,
    law: str | None = None,
    authority: str | None = None,
    related: Sequence[Match] = (),
    date_from: date | None = None,
    date_to: date | None = None,
    latest_year: bool | None = None,
) -> Letter:
    """The request for the chosen points (default: the open points, the dodged ones first, at most five).

    Raises AnswerDateUnknown when the answer's date is unknown and a window needs it (ask the user for it)."""
    check_requester(requester)
    chosen_year = latest_year
    as_read, read = answer, analysis  # the holder is found from the answer as read
    # "the proportion of(a) injuries": a page's lost space before a part's mark.
    answer = replace(answer, question=unglue_marks(answer.question))
    analysis = Analysis(points=[replace(p, text=unglue_marks(p.text)) for p in analysis.points],
                        evasions=analysis.evasions, references=analysis.references)
    merged: dict[str, list[str]] = {}  # a point → the points of its lettered clause folded into it
    if not point_ids:  # the parts as the question put them; ids a user typed refer to the analysis's own parts
        parts = fold_breakdowns(hoist_trailing_period(resolve_such(rejoin_lettered(analysis.points,
                                                                                   answer.question, merged))))
        analysis = Analysis(points=parts,
                            evasions=analysis.evasions, references=analysis.references)
    points, notes = choose_points(analysis, point_ids, answer.answer, answer.question, answer.department)
    if not points:
        raise LetterError("The answer gave what the question asked for, so no open point is left to request; to "
                          "ask anyway, choose points to ask about.", Fix("points"))
    figures_asked = any(p.kind in ("statistics", "spending") for p in points)
    # Figures of a scheme that has ended (supplementary benefit) have no later year: the answer's own is asked for.
    ended = ended_scheme(p.text for p in points if p.kind in ("statistics", "spending")) \
        if figures_asked and latest_year is None else None
    renewable = figures_asked and ended is None
    latest_year = asks_latest_year(answer, today, latest_year, date_from, date_to, renewable)
    # Who holds it: the body the answer points to ("not held centrally" → the police force, the ICB), unless
    # the user chose another; the sentence saying why goes into the letter.
    held_by, holder_reason, holder_warnings = resolve_holder(as_read, read, authority, today=today,
                                                             archives=not latest_year)
    body_of = held_by or resolve_authority(as_read, authority)
    # A question about the state of the environment or what affects it (floods, sewage, emissions) asks for
    # environmental information as a whole: the EIR apply to all of it, not to "any part" (reviewers of FOIA
    # letters on flood risk called the EIR clause an afterthought, and the cost wording the wrong law's).
    wholly = law is None and body_of.law in (None, "foia", "foisa") and bool(WHOLLY_ENVIRONMENTAL.search(
        answer.question or ""))
    law_key = as_law(law or ("eir" if wholly else body_of.law) or "foia")
    if law_key is None:
        raise LetterError(f"Unknown law {law!r}; use foia, foisa or eir.", Fix("law"))
    flat = not_recorded(answer.answer) if held_by is None and not holder_warnings and not point_ids else None
    if flat is not None:
        said = clip(" ".join(flat.split()), 120)
        # Figures the answer says are not recorded at all would be refused as not held: not asked for again.
        kept = [p for p in points if p.kind not in ("statistics", "spending")]
        if not kept:
            raise LetterError(f"The answer says the figures are not recorded or held there (\"{said}\"), so "
                              "a request for them would be answered 'not held' (FOIA s.1(1)); if another body holds "
                              "them, write to it instead.", Fix("authority"))
        notes.append(LintWarning("not-recorded", f"Figures left out: the answer says \"{said}\"; asked "
                                 "again they would be answered 'not held'.", "FOIA s.1(1)", Fix("points")))
        points = kept
    # Another body's act the letter leaves out ("on 30 March 2019 the Home Office launched …") dates nothing asked.
    others = [p.evidence for p, _ in others_acts(analysis.points, answer.department) if p.evidence]
    dated_by = replace(answer, answer=reduce(lambda text, s: text.replace(s, " "), others, answer.answer))
    span = latest_span(answer)
    shared = shared_window(dated_by, today=today, date_from=date_from, date_to=date_to, latest_year=latest_year,
                           span=span)
    if (shared is not None and answer.date_answered and not (date_from or date_to or latest_year)
            and (answer.holding or any(e.kind == "holding" for e in analysis.evasions))
            and holding_is_stale(answer, today)):
        # After a holding reply the work went on to the substantive answer: the window reaches it.
        shared = Window(start=shared.start, end=max(shared.end, after_answer(answer.date_answered, today).end))
    # The duty to advise and assist: FOIA s.16, FOISA s.15, EIR reg 9.
    advice = (
        f"section {LAWS[law_key]['advice_section']}" if LAWS[law_key]["advice_section"] else "regulation 9"
    )
    if held_by is not None:  # the holder is asked directly: "not only centrally" was the department's problem
        analysis = Analysis(points=analysis.points, evasions=[e for e in analysis.evasions if e.kind != "not_held"],
                            references=analysis.references)
    plan = request_items(answer, analysis, points, authority=body_of.name, shared=shared, advice=advice,
                         today=today, user_order=bool(point_ids))
    steps = [p for p in analysis.points if p.source == "question" and p.kind == "actions" and p.status != "answered"
             and p not in points]
    if not point_ids and steps and plan.items and all(i.text.startswith(BRIEFING_ITEM) for i in plan.items):
        # The question's steps gave way to the follow-ups on the steps the answer named, and none of those could
        # be put as a request: the steps the question asked about are asked for after all.
        plan = request_items(answer, analysis, steps + points, authority=body_of.name, shared=shared,
                             advice=advice, today=today, user_order=False)
        notes = [n for n in notes if not any(n.message.startswith(f"{p.id} ({p.kind}) left out") for p in steps)]
    if not plan.items:
        raise LetterError("None of the chosen points could be put as a clear request for records (the words "
                          "are cut or garbled); choose other points or write the item yourself.", Fix("points"))
    environmental = bool(ENVIRONMENTAL.search(f"{answer.question}\n{answer.answer}"))
    # The page's own flag, or the analysis finding "I will reply … as soon as possible" in a plain paste.
    holding = answer.holding or any(e.kind == "holding" for e in analysis.evasions)
    # "I will write to the hon. Member" answers the question with a promise of a letter: the letter is asked for.
    holding = holding and not any(r.what == "letter" for r in promised_records(answer.answer))
    reported = question_as_reported(answer.question) if answer.question else None
    if reported and question_cut(answer):
        # the API's list cut the question mid-word ("… a special adv"): quoted to its last whole clause
        whole = re.match(r"^(.*[;,])\s", reported[1])
        reported = (reported[0], whole.group(1).rstrip(";,")) if whole and len(whole.group(1)) > 40 else None
    if reported and (len(reported[1]) > 400 or item_problems(f'"{reported[1]}"')):
        reported = None
    published = published_documents(answer.answer, answer.date_answered.year if answer.date_answered else None)
    counted = [i for i in plan.items if i.kind in ("statistics", "spending")]
    old = old_records(answer, today, chosen_year, date_from, date_to,
                      [plan.opening, *(i.window for i in counted or plan.items)], figures=bool(counted) and ended is None)
    department = the(_answering_body(answer) or body_of.name)
    gone = successors_of(answer.department)
    then = department if gone is not None and not gone.keeps else the(body_of.name)
    items, conditions = hoist_conditions([without_unavailable_levels(without_passed_nations(
        _sent_as_then(name_the_department(i.text, department), the(body_of.name), then), answer.answer),
        answer.answer) for i in plan.items])
    context = {
        "authority": body_of.name,
        "law": _law_words(law_key, body_of),
        "eir_name": EISR_NAME if body_of.law == "foisa" else LAWS["eir"]["name"],
        "answered": words_of_date(answer.date_answered) if answer.date_answered else None,
        "department": department,
        "state": "holding" if holding else "answered" if answer.answer.strip() else "unanswered",
        "asker": answer.asker.name if answer.asker and answer.asker.name else None,
        "answerer": answer.answerer.name if answer.answerer and answer.answerer.name else None,
        "title": " ".join(answer.title.split()) if answer.title and not item_problems(answer.title)
        and not re.search(r"\b\d{1,2} [A-Z][a-z]{2}", answer.title) else None,
        # The question's number, once, in the opening: the department files its papers for the answer under it.
        # (Never inside an item, where "(174968)" reads as page junk.)
        "uin": answer.uin if answer.uin and re.fullmatch(r"(?:HL)?\d{1,7}", answer.uin) else None,
        "asked": reported[0] if reported else None,
        "question_words": reported[1] if reported else None,
        "question_cut": question_cut(answer),
        "dodge": _dodge_sentence(plan.dodged, analysis, answer.question,
                                 earlier_reply(answer.answer, answer.date_answered.year if answer.date_answered
                                               else None), answer.answer),
        "opening_window": (plan.opening.words() if plan.opening and plan.opening.as_at
                           else f"for {plan.opening.words()}" if plan.opening else None),
        "all_share": all(i.window in (plan.opening, None) for i in plan.items),
        "items": items,
        "conditions": conditions,
        # (a sibling answered with this one gives figures for the same period, whatever that period's end)
        "published": published_phrase(related, analysis, today, until=max(
            [w.end for w in [plan.opening, *(i.window for i in plan.items)] if w is not None]
            + ([answer.date_answered] if answer.date_answered else []), default=None)),
        "published_documents": join_words(published) if published else None,
        "published_many": len(published) > 1,
        # (a spreadsheet only where figures are asked for: reviewers read it in other letters as boilerplate)
        "figures": any(i.kind in ("statistics", "spending") for i in plan.items),
        "names_waived": any("job title" in i.text for i in plan.items),
        "environmental": environmental and law_key != "eir",
        "signature": signature(requester),
        "holder_reason": holder_reason,
        "old_records": old,
        "archive": (archive := archive_of(body_of)),
        # The latest year in place of an answer's archived one: said, so the officer reads why the dates differ.
        "archived_years": "complete year" if span == 1 else f"{_SPAN_WORDS[span]} complete years",
        "archived": answer.date_answered.year if latest_year and chosen_year is None and answer.date_answered
        and plan.opening is not None and shared is not None and plan.opening.words() == shared.words() else None,
        # "The systems cannot report this": they may since have been changed to, so the latest year too.
        "reportable_since": latest_complete_year(today).words()
        if any(i.unreportable for i in plan.items) and answer.date_answered
        and answer.date_answered.year < today.year - 1 else None,
        "series": (found.name if (found := published_series(
            i.subject or i.text for i in plan.items if i.kind in ("statistics", "spending"))) else None),
        # Where the papers are: the answering department drafted the answer in the policy team that holds them.
        # (Not for an old answer: that minister's office and team are long gone; nor for figures first, which
        # sit with the finance or operational teams that keep them.)
        "search_first": "the private office of the minister who answered and the policy team that drafted the "
        "answer" if held_by is None and has_ministers(body_of.name) and answer.answerer and answer.date_answered
        and not old_answer(answer.date_answered, today, STALE_RECORDS_YEARS)
        and plan.items[0].kind not in ("statistics", "spending") else None,
    }
    body = render_template("request.txt.j2", context) + "\n"
    warnings = list(notes) + [LintWarning("left-out", n, "FOIA s.1(1): information held", Fix("points"))
                              for n in plan.notes] + holder_warnings
    if ended is not None and old is not None:
        warnings.append(LintWarning(
            "old-records", f"{ended.sentence()}: there are no figures for a later year to ask for, so the letter "
            f"asks for the answer's own period; records of that time may be at {archive} or destroyed, and the "
            "letter asks what became of them.", "FOIA s.1(1): information held at the time of the request"))
    else:
        warnings += _window_warnings(answer, today, chosen_year, old, renewable,
                                     shared.words() if latest_year and shared is not None else None, archive)
    if body_of.note:
        warnings.append(LintWarning("authority-changed", body_of.note, "FOIA s.1(1): the body that holds it"))
    if holding and not (answer.date_answered and holding_is_stale(answer, today)):
        warnings.append(
            LintWarning(
                "holding",
                "This is a recent holding answer: the real answer is still to come, and the authority may refuse "
                "what it will publish as intended for future publication; consider waiting for it.",
                "FOIA s.22: information intended for future publication",
            )
        )
    if law_key == "foia" and body_of.law == "foisa":
        # The reverse of the check below: a Scottish public authority (FOISA s.3, Schedule 1) answers under FOISA.
        warnings.append(
            LintWarning(
                "law-mismatch",
                f"{_capital(the(body_of.name))} is a Scottish public authority, covered by FOISA, not FOIA; "
                "request under FOISA.",
                "FOISA s.3",
                Fix("law", "foisa"),
            )
        )
    if law_key == "foisa" and body_of.law != "foisa":
        warnings.append(
            LintWarning(
                "law-mismatch",
                f"FOISA covers Scottish public authorities; {body_of.name} is covered by FOIA.",
                "FOISA s.3",
            )
        )
    if wholly:
        warnings.append(LintWarning(
            "environmental",
            "The question is about the environment (floods, pollution, emissions and the like), so the letter is "
            "made under the EIR, which have no fixed cost limit; choose FOIA to change it.",
            "EIR reg 2(1) and reg 5", Fix("law", "foisa" if body_of.law == "foisa" else "foia")))
    elif environmental and law_key != "eir":
        warnings.append(
            LintWarning(
                "environmental",
                "The subject looks environmental, so the EIR may apply "
                "(they allow oral requests and have no fixed cost limit); consider requesting under them.",
                "EIR reg 2(1)",
                Fix("law", "eir"),
            )
        )
    return Letter(
        title=request_title(answer, [i.kind for i in plan.items], dodged=plan.dodged, topic=plan.topic,
                            authority=body_of.name,
                            first_subject=next((without_unavailable_levels(i.subject, answer.answer)
                                                for i in plan.items if i.subject), None),
                            own_title=bool(plan.items and plan.items[0].own_title),
                            period=plan.opening),
        authority=body_of.name,
        law=law_key,
        body=body,
        points=list(dict.fromkeys(x for i in plan.items for pid in i.point_ids for x in (pid, *merged.get(pid, ())))),
        warnings=for_law(warnings, law_key),
        authority_url_name=body_of.url_name,
    )


# A question asks for figures when it asks how many or how much, or for a number, proportion or total; "what
# steps … to address the number of paedophiles" or "to increase the number of beds" asks about steps.
_ASKS_FIGURES = re.compile(
    r"\bhow (?:many|much)\b|\bwhat (?:is |was |are |were |has been |have been )?(?:the )?(?:number|numbers|proportion|"
    r"percentage|amount|total|cost|level|figures?|statistics|rate)\b|\bwhat (?:estimate|assessment)\b[^.;?]{0,40}\b"
    r"of (?:the )?(?:number|proportion|percentage|amount|level|cost)\b|\b(?:figures|statistics|data) (?:on|for)\b",
    re.IGNORECASE,
)


def asks_for_figures(question: str) -> bool:
    return bool(_ASKS_FIGURES.search(question or ""))


# "The Home Office does not routinely publish data on sponsorship numbers": not published is not "not held"
_UNPUBLISHED = re.compile(r"\b(?:do|does|did|is|are|was|were) not (?:routinely |currently |normally |usually |"
                          r"regularly |centrally )?publish(?:ed)?\b", re.IGNORECASE)


def _dodge_sentence(organisation: str | None, analysis: Analysis, question: str = "",
                    earlier: str | None = None, answer_text: str = "") -> str | None:
    """What the answer left out, in a line: the officer sees what the first items are for; "the figures asked
    for" only when the question asked for figures. An answer that refers to an earlier, published reply
    (`earlier`) gave that reply: it is cited, and not asked for again (s.21)."""
    if earlier and not organisation:
        return f"The answer referred to {earlier}, which is published; I do not ask for it again."
    figures = asks_for_figures(question) and any(
        p.source == "question" and p.kind == "statistics" and p.status == "unanswered" for p in analysis.points)
    if organisation:
        return (f"The answer said nothing about {organisation} in particular"
                f"{' or about the figures asked for' if figures else ''}.")
    if figures and _UNPUBLISHED.search(answer_text) and not any(e.kind in ("not_held", "disproportionate_cost")
                                                                 for e in analysis.evasions):
        return ("The answer did not give the figures asked for; it said only that they are not published, "
                "not that they are not held.")
    if figures:
        return "The answer did not give the figures asked for."
    return None


def _window_warnings(answer: WrittenAnswer, today: date, latest_year: bool | None,
                     old: OldRecords | None, figures: bool = True, latest: str | None = None,
                     archive: str = "The National Archives") -> list[LintWarning]:
    """The warning on an old answer's records; `latest`, the latest year the letter asks for, in its words."""
    answered = answer.date_answered
    if answered is None or not old_answer(answered, today):
        return []
    rule = "Public Records Act 1958 s.3(4); FOIA s.1(1): information held at the time of the request"
    year = re.sub(r"^the ", "", latest) if latest else latest_complete_year(today).label
    if asks_latest_year(answer, today, latest_year, None, None, figures):
        if latest_year is not None:
            return []
        return [LintWarning(
            "old-records",
            f"The answer is from {answered.year}: records over 20 years old have been transferred to {archive} "
            f"or destroyed, so the letter asks for the latest complete {'years' if year and ' to ' in year else 'year'} "
            f"({year}), except for the papers and figures the answer itself names; it can ask for the answer's own "
            "period instead.",
            rule,
            Fix("answer_period"),
        )]
    if old is not None and old.instead:
        return [LintWarning(
            "old-records",
            "Records over ten years old are often destroyed under retention schedules, so the letter asks to be "
            f"told if they are, and for {old.instead} where they are gone; it can ask for the latest year alone.",
            rule,
            Fix("latest_year"),
        )]
    return [LintWarning(
        "old-records",
        f"The answer is from {answered.year}: records of that time may have been destroyed under the authority's "
        "retention schedule (the letter asks to be told if so); it can ask for the latest complete year "
        f"({year}) instead.",
        rule,
        Fix("latest_year"),
    )]
