"""Analysis: split the question into points, judge each against the answer, find evasions and follow-ups.

Pure: text in, data out; no I/O, no clock. `analyse` is what the CLI, the letters and the app call.
"""

from __future__ import annotations

import re

from ..model import Analysis, Evasion, Point, PointStatus, Reference, WrittenAnswer
from ..reading.preamble import strip_preamble
from .claims import follow_ups
from .coverage import judge, negative
from .evasions import find_evasions, policy_sentences
from .kinds import kind_of
from .references import references_in
from .split import Part, split_into_parts
from .subject import subject_of, title_subject
from .text import split_sentences

__all__ = ["analyse", "kind_of", "split_into_parts", "strip_preamble", "subject_of", "title_subject"]

# Answers are judged on their first MAX_ANALYSED_CHARS characters. The longest real written answers (tables of
# figures) run to ~100,000; each sentence costs ~0.5 ms to judge, so a 20 MB page of one line took minutes.
MAX_ANALYSED_CHARS = 500_000

# "what steps … to address the number of X" asks for the number too (the seed's second point).
_EMBEDDED_COUNT = re.compile(r"\bthe (?:number|proportion|prevalence|scale) of\b.*$", re.IGNORECASE)


def analyse(answer: WrittenAnswer, referenced: list[WrittenAnswer] | None = None) -> Analysis:
    """Points (with statuses), evasions and references of one written answer. Pure: no I/O, no clock.

    `referenced` are earlier answers this one points to (resolved by the corpus); their text counts as
    evidence too, so a part the earlier answer settled is not reported open.
    """
    preamble, body = strip_preamble(answer.question)
    sentences = split_sentences(answer.answer[:MAX_ANALYSED_CHARS])
    not_after = answer.date_answered
    evasions = find_evasions(sentences, answer.holding or not answer.answer.strip(), not_after,
                             answer.department)
    evasive: dict[str, list[str]] = {}
    for e in evasions:
        evasive.setdefault(e.text, []).append(e.kind)
    pool = sentences + [s for r in referenced or [] for s in split_sentences(r.answer[:MAX_ANALYSED_CHARS])]
    holding = any(e.kind == "holding" for e in evasions)
    points = _question_points(_parts_of(body), pool, evasive, holding)
    for p in points:
        if p.evidence and p.evidence not in sentences and p.status == "answered":
            p.reason = f"{p.reason} (in the earlier answer it refers to)"
    if any(p.status != "answered" for p in points):
        evasions += _policy_evasions(sentences, evasive)
    points += follow_ups(sentences) if not holding else []
    refs = _references(preamble, body, answer)
    return Analysis(points=points, evasions=_in_answer_order(evasions, sentences), references=refs)


def _parts_of(body: str) -> list[Part]:
    parts: list[Part] = []
    for part in split_into_parts(body):
        parts.append(part)
        if kind_of(part.text) == "actions":
            m = _EMBEDDED_COUNT.search(part.text)
            if m and len(m.group(0).split()) >= 4:
                parts.append(Part(m.group(0).strip(), part.breakdown))
    return parts


def _question_points(parts: list[Part], sentences: list[str], evasive: dict[str, list[str]],
                     holding: bool) -> list[Point]:
    points: list[Point] = []
    for i, part in enumerate(parts, start=1):
        kind = kind_of(part.text)
        status: PointStatus
        if holding:
            status, evidence, reason = "unanswered", None, "this is a holding answer: nothing has been answered yet"
        elif re.match(r"^\s*if so\b", part.text, re.IGNORECASE) and points and negative(points[-1].evidence) \
                and points[-1].status == "answered":
            status, evidence = "answered", points[-1].evidence
            reason = "the answer to the part before is no, so this part falls away"
        else:
            verdict = judge(kind, part.text, part.breakdown, sentences, evasive, part.focus,
                            question=" ".join(p.text for p in parts))
            status, evidence, reason = verdict.status, verdict.evidence, verdict.reason
        points.append(Point(id=f"q{i}", source="question", kind=kind, status=status, text=part.text,
                            evidence=evidence, reason=reason, breakdown=part.breakdown))
    return points


def _policy_evasions(sentences: list[str], evasive: dict[str, list[str]]) -> list[Evasion]:
    """Policy restated instead of what was asked: only worth naming when something was left open."""
    return [Evasion(kind="policy_restated", text=s) for s in policy_sentences(sentences)
            if "policy_restated" not in evasive.get(s, [])][:2]


def _in_answer_order(evasions: list[Evasion], sentences: list[str]) -> list[Evasion]:
    order = {s: i for i, s in enumerate(sentences)}
    return sorted(evasions, key=lambda e: order.get(e.text, -1))


def _references(preamble: str, body: str, answer: WrittenAnswer) -> list[Reference]:
    refs = references_in(preamble, answer.date_answered) + references_in(body, answer.date_answered)
    refs += references_in(answer.answer, answer.date_answered)
    out: list[Reference] = []
    for r in refs:
        if r.uin != answer.uin and not any(o.uin == r.uin and o.date == r.date for o in out):
            out.append(r)
    return out
