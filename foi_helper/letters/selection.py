"""Which points a request asks about, in what order, and which evasions bear on each (pure)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..errors import LetterError
from ..model import Analysis, LintWarning, Point
from .phrasing import named_document

# Order of the items: money, contracts, documents and timetables fare better than operational detail, where the
# security exemptions (s.24, s.31, s.38) are likely (docs/law.md); the authority answers in this order.
KIND_RANK = {
    kind: i
    for i, kind in enumerate(
        [
            "spending",
            "tool",
            "documents",
            "correspondence",
            "timetable",
            "meetings",
            "decision",
            "assessment",
            "statistics",
            "actions",
            "reasons",
            "other",
        ]
    )
}
STATEMENT = re.compile(r"^(?:;\s*)?(?:and )?(?:if|whether) (?:he|she|they|the \w+(?: \w+)?) will make a "
                       r"(?:further )?statement\b", re.IGNORECASE)
# More parts than this tend to exceed the cost limit (s.12) once aggregated (Fees Regulations reg 5).
MAX_ITEMS = 5


def _published_document(point: Point) -> str | None:
    """A named document the answer presents as already out ("set out in the White Paper"), else None."""
    if point.source != "answer" or point.kind != "documents":
        return None
    name = named_document(point.text, point.evidence)
    said = f"{point.text} {point.evidence or ''}"
    if not name or re.search(
        r"\b(?:will|shall|due|forthcoming|not yet|upcoming|later this|in due course)\b", said
    ):
        return None
    return name


def choose_points(
    analysis: Analysis, point_ids: Sequence[str] | None, answer_text: str = "", question: str = ""
) -> tuple[list[Point], list[LintWarning]]:
    """The points to ask about, and a note for each open point left out (and why): the dodged ones first."""
    from .dodge import commitment_met, dodged_organisation

    if point_ids:
        # Typed ids: any case, spaces around them, a point named twice asked about once (in the order first given).
        by_id = {p.id.lower(): p for p in analysis.points}
        wanted = list(dict.fromkeys(i.strip().lower() for i in point_ids if i.strip()))
        unknown = [i for i in wanted if i not in by_id]
        if unknown:
            known = ", ".join(p.id for p in analysis.points) or "none"
            raise LetterError(f"No point {', '.join(unknown)} in this answer; its points are: {known}.")
        return [by_id[i] for i in wanted], []
    candidates = list(analysis.open_points)
    notes: list[LintWarning] = []
    # "and if he will make a statement" is Commons form, not a request for anything.
    for p in [p for p in candidates if STATEMENT.match(p.text.strip())]:
        candidates.remove(p)
    # (A promise of more "in due course" names no step: the question's steps stay asked.)
    follow_ups = [p for p in candidates if p.source == "answer" and p.kind != "timetable"]
    if follow_ups:
        # "What steps…" restated as "records of the steps" is the question again; the follow-up items ask for
        # the records behind each step the answer named.
        for p in [p for p in candidates if p.source == "question" and p.kind == "actions"
                  and not dodged_organisation(p, answer_text, question)]:
            candidates.remove(p)
            notes.append(
                LintWarning(
                    "left-out",
                    f"{p.id} ({p.kind}) left out: the follow-up items ask for the "
                    "records of the steps named.",
                    "FOIA s.1(1): records, not answers",
                )
            )
    for p in [p for p in candidates if _published_document(p)]:
        candidates.remove(p)
        notes.append(
            LintWarning(
                "left-out",
                f"{p.id} ({p.kind}) left out: the answer cites {_published_document(p)} as published, so it is "
                "exempt as reasonably accessible; choose the point if it is not.",
                "FOIA s.21",
            )
        )
    for p in [p for p in candidates if commitment_met(p, analysis, answer_text)]:
        candidates.remove(p)
        notes.append(LintWarning("left-out", f"{p.id} ({p.kind}) left out: the answer says it is done.",
                                 "FOIA s.21: reasonably accessible"))
    order = {p.id: i for i, p in enumerate(analysis.points)}

    def keep_first(p: Point) -> tuple[int, int, int]:
        dodged = p.source == "question" and (p.status == "unanswered" or dodged_organisation(p, answer_text, question))
        tier = 0 if dodged else 1 if p.source == "answer" else 2
        return tier, KIND_RANK.get(p.kind, len(KIND_RANK)), order[p.id]

    ranked = sorted(candidates, key=keep_first)
    for p in ranked[MAX_ITEMS:]:
        notes.append(
            LintWarning(
                "left-out",
                f"{p.id} ({p.kind}) left out to keep the request within the cost "
                "limit; choose points to include it.",
                "FOIA s.12",
            )
        )
    return ranked[:MAX_ITEMS], notes


def _same_sentence(a: str, b: str) -> bool:
    wa, wb = set(re.findall(r"\w+", a.lower())), set(re.findall(r"\w+", b.lower()))
    return bool(wa and wb) and len(wa & wb) / min(len(wa), len(wb)) >= 0.6


def evasions_for(point: Point, analysis: Analysis) -> set[str]:
    """The evasion kinds that bear on a point: by its evidence sentence, or the answer's stock replies."""
    kinds: set[str] = set()
    for e in analysis.evasions:
        linked = bool(point.evidence) and _same_sentence(e.text, point.evidence or "")
        # "Not held" and "disproportionate cost" answer the question's figures even when no sentence is linked.
        stock_reply = (
            point.source == "question"
            and e.kind in ("not_held", "disproportionate_cost")
            and point.kind in ("statistics", "spending", "documents", "other")
        )
        deflected = (
            e.kind in ("policy_restated", "no_comment")
            and point.source == "question"
            and point.status != "answered"
            and point.kind not in ("statistics", "spending")
        )
        promised = e.kind == "in_due_course" and point.kind == "timetable"
        if linked or stock_reply or promised or deflected:
            kinds.add(e.kind)
    return kinds
