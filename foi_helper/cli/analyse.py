"""`foi-helper analyse FILE|- [--json]`: read a written answer, find its open points and related questions."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from ..analysis import MAX_ANALYSED_CHARS
from ..errors import CorpusError, FoiHelperError
from ..labels import member_display
from ..model import Match, Member, WrittenAnswer, to_json
from ..pipeline import NO_INDEX, Findings, examine, open_corpus
from ..reading import read_answers
from .common import add_corpus_option, add_input_arguments, corpus_path, input_text, print_json, warn, wrap

if TYPE_CHECKING:
    from ..corpus import Corpus


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "analyse",
        help="read a written answer and show its open points, evasions and related questions",
        description="Read a written answer (a copied page, API JSON or XML) and show what it left unanswered.",
    )
    add_input_arguments(p)
    p.add_argument("--json", action="store_true", help="print JSON (the shape docs/architecture.md describes) instead of a summary")
    add_corpus_option(p)


RELATED_FOR_AT_MOST = 50


def clipped_warning(answers: list[WrittenAnswer]) -> str | None:
    """One line telling the user which texts are the API list's cut-short form and where the full text
    is; None when none is. A list response can hold hundreds of clipped records: one line, not one each."""
    clipped = [a for a in answers if a.clipped]
    if not clipped:
        return None
    update = "or run `foi-helper corpus update --full` to keep full texts in the index"
    if len(clipped) == 1:
        a = clipped[0]
        page = f"open the question's page ({a.url}) and use its text" if a.url else "copy the question's page"
        return (
            f"the text of question {a.uin or '(no UIN)'} was cut short by the API's list "
            f"(at 255 characters), so points may be missing or cut: for the full text, {page}, {update}."
        )
    uins = ", ".join(a.uin or "(no UIN)" for a in clipped[:3]) + (", …" if len(clipped) > 3 else "")
    return (
        f"{len(clipped)} of the {len(answers)} questions (UIN {uins}) were cut short by the API's list "
        f"(at 255 characters), so points may be missing or cut: for the full text, open each one's page "
        f"(shown under Page:), {update}."
    )


def examine_all(answers: list[WrittenAnswer], args: argparse.Namespace, warn_clipped: bool = True) -> list[Findings]:
    """Analysis, related questions and followed references for each answer; on stderr, a hint when there is no
    index and a warning when the API's list cut texts short (analyse and draft both come here)."""
    if warn_clipped and (clipped := clipped_warning(answers)):
        warn(clipped)
    for a in answers:
        if len(a.answer) > MAX_ANALYSED_CHARS:
            warn(f"the answer to {a.uin or 'the question'} is {len(a.answer):,} characters long; only its first "
                 f"{MAX_ANALYSED_CHARS:,} were judged for points, evasions and follow-ups.")
    try:
        corpus = open_corpus(corpus_path(args))
    except FoiHelperError as exc:  # the index is optional: a damaged or unwritable one costs only the related list
        warn(f"earlier questions could not be searched, so none are shown: {exc}")
        return [examine(a, None) for a in answers]
    if corpus is None:
        warn(NO_INDEX)
        return [examine(a, None) for a in answers]
    if len(answers) > RELATED_FOR_AT_MOST:
        # A search takes ~15 ms; a saved day's listing of thousands of answers would wait minutes for related
        # questions nobody reads in bulk.
        warn(
            f"the page holds {len(answers)} questions; related questions are shown for the first "
            f"{RELATED_FOR_AT_MOST} only (analyse a single question to see its own)."
        )
    try:
        return [_examine(a, corpus if i < RELATED_FOR_AT_MOST else None) for i, a in enumerate(answers)]
    finally:
        corpus.close()


def _examine(answer: WrittenAnswer, corpus: Corpus | None) -> Findings:
    try:
        return examine(answer, corpus)
    except CorpusError as exc:  # the index failed mid-search: the analysis alone still helps
        warn(f"earlier questions could not be searched, so none are shown: {exc}")
        return examine(answer, None)


def answer_json(f: Findings) -> dict[str, Any]:
    out = f.answer.contract_dict()
    out["points"] = to_json(f.analysis.points)
    out["evasions"] = to_json(f.analysis.evasions)
    out["related"] = to_json(f.related)
    out["referenced"] = to_json(f.referenced)
    return out


def run(args: argparse.Namespace) -> int:
    text, _origin = input_text(args)
    answers = read_answers(text, args.page_url)
    findings = examine_all(answers, args)
    if args.json:
        print_json({"answers": [answer_json(f) for f in findings]})
    else:
        for i, f in enumerate(findings):
            if i:
                sys.stdout.write("\n" + "─" * 72 + "\n\n")
            if len(answers) > 1:
                sys.stdout.write(f"Question {i + 1} of {len(answers)}\n")
            sys.stdout.write(summary(f))
    return 0


STATUS_MARK = {"answered": "✓", "partial": "◐", "unanswered": "✗", "follow_up": "→"}


def summary(findings: Findings) -> str:
    """A readable account of one answer: header, points, evasions, related questions."""
    answer, analysis, related = findings.answer, findings.analysis, findings.related
    unknown = "(unknown)"
    lines = [answer.title or "(untitled written question)"]
    facts = [
        ("Department", answer.department),
        ("House", answer.house),
        ("UIN", answer.uin),
        ("Tabled", answer.date_tabled.isoformat() if answer.date_tabled else None),
        ("Answered", answer.date_answered.isoformat() if answer.date_answered else None),
        ("Asked by", _member(answer.asker)),
        ("Answered by", _member(answer.answerer)),
    ]
    lines += [f"  {label + ':':<14}{value or unknown}" for label, value in facts]
    if answer.grouped_uins:
        lines.append(f"  {'Grouped with:':<14}UIN {', '.join(answer.grouped_uins)} (answered together)")
    if answer.url:
        lines.append(f"  {'Page:':<14}{answer.url}")
    if answer.holding:
        lines.append("  This is a holding answer: the question has not been answered yet.")
    elif answer.holding_answer:
        lines.append(f"  A holding answer was given first, on {answer.holding_answer.isoformat()}.")
    if answer.corrected:
        lines.append("  This answer was corrected after it was first given; the corrected text is shown.")
    lines += ["", "Question:", *_wrap(answer.question), "", "Answer:"]
    lines += _wrap(answer.answer) if answer.answer else ["  (no answer yet)"]
    lines += ["", "Points:"]
    if not analysis.points:
        lines.append("  (none found)")
    for p in analysis.points:
        lines.append(f"  {STATUS_MARK.get(p.status, '?')} {p.id} [{p.kind}, {p.status.replace('_', '-')}] {p.text}")
        if p.reason:
            lines.append(f"      {p.reason}")
    if analysis.evasions:
        lines += ["", "Evasions:"]
        for e in analysis.evasions:
            ref = f" (refers to {e.reference})" if e.reference else ""
            lines.append(f"  • {e.kind.replace('_', ' ')}{ref}: {e.text}")
    if findings.referenced:
        lines += ["", "Earlier answers it refers to (points were judged against them too):"]
        lines += [_match_line(m) for m in findings.referenced]
    if related:
        lines += ["", "Related written questions (from the index; check their dates):"]
        lines += [_match_line(m) for m in related]
    return "\n".join(lines) + "\n"


def _match_line(m: Match) -> str:
    when = m.date_answered or m.date_tabled
    line = (
        f"  {m.score:5.1f}  {when.isoformat() if when else '????-??-??'}  UIN {m.uin or '?'}  "
        f"{m.department or '(unknown)'}: {m.heading or m.question[:60]}"
    )
    return line + (f"\n         {m.why}" if m.why else "")



def _member(m: Member | None) -> str | None:
    return member_display(m) if m is not None and m.name else None


def _wrap(text: str) -> list[str]:
    out: list[str] = []
    for para in text.split("\n"):
        if "  " in para.strip() or para.lstrip().startswith("• "):
            out.append("  " + para)  # a table row keeps its alignment; a list item its own line
            continue
        out += wrap(para, 100, "  ") or [""]
    return out
