"""Which points a request asks about, in what order, and which evasions bear on each (pure)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..analysis.claims import APPROVAL_REASON
from ..errors import LetterError
from ..model import Analysis, LintWarning, Point
from .authorities import authority_for, the
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


_FUTURE_SUM = re.compile(r"\bwill (?:also )?(?:invest|spend|provide|allocate|make available|put)\b(?:[^.]|\.(?=\d)){0,80}?"
                         r"\bover "
                         r"(?:this|the (?:next|coming|lifetime of this)|the course of this) (?:Parliament|"
                         r"\w+ years|spending review(?: period)?|decade)\b", re.IGNORECASE)


def _with_article(name: str) -> str:
    return name if re.match(r"(?:the|The|HM|An?)\b", name) else f"the {name}"


def _published_document(point: Point) -> str | None:
    """A named document the answer presents as already out ("set out in the White Paper"), else None."""
    if point.source != "answer" or point.kind != "documents" or point.reason == APPROVAL_REASON:
        return None  # (a board an approval went through is no document)
    name = named_document(point.text, point.evidence)
    if name and re.search(r"\b(?:Command|White|Green) Paper\b", name):
        return name  # laid before Parliament or published: never a draft to ask for, whatever else "will" do
    said = f"{point.text} {point.evidence or ''}"
    if not name or re.search(
        r"\b(?:will|shall|due|forthcoming|not yet|upcoming|later this|in due course)\b", said
    ):
        return None
    return name


# "the Home Office fully launched the EU Settlement Scheme", in a DWP answer: another body's act, and its records.
_ACTOR = re.compile(
    r"\b(?:the |The )?(?P<body>Home Office|Cabinet Office|HM Treasury|Ministry of [A-Z][\w ]+?|Department (?:for|of) "
    r"[A-Z][\w,' ]+?|Foreign,? Commonwealth (?:and Development )?Office|Northern Ireland Office|Scotland Office|"
    r"Wales Office|NHS England|HM Revenue and Customs|HMRC)\s+(?:has |have |had |is |was )?(?:\w+ly )?(?:launched|"
    r"published|set up|introduced|announced|developed|established|created|opened|runs|operates|manages|funded|"
    r"commissioned|issued)\b")


def others_acts(points: Sequence[Point], department: str | None) -> list[tuple[Point, str]]:
    """The answer's claims that another public authority than the answering `department` acted, each with that
    body's name: the records of it are that body's."""
    answering = authority_for(department) if department else None
    if answering is None:
        return []
    out = []
    for p in points:
        m = _ACTOR.search(p.text) if p.source == "answer" else None
        body = authority_for(m["body"]) if m else None
        if body is not None and body.name != answering.name:
            out.append((p, body.name))
    return out


def choose_points(
    analysis: Analysis, point_ids: Sequence[str] | None, answer_text: str = "", question: str = "",
    department: str | None = None,
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
    for p, other in others_acts(candidates, department):
        candidates.remove(p)
        notes.append(LintWarning("left-out", f"{p.id} ({p.kind}) left out: the answer says {the(other)} did "
                                     f"this, so the records are its own; write to {the(other)} for them.",
                                     "FOIA s.1(1): the body that holds it"))
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
    # "what representations he has received from X; and what response he has made": the correspondence item
    # lists the replies sent too.
    if any(p.kind == "correspondence" and p.source == "question" for p in candidates):
        for p in [p for p in candidates if p.source == "question" and re.match(
                r"(?:and )?what (?:response|responses|reply|replies) (?:\w+ ){0,6}?(?:has|have|had) (?:made|given|"
                r"sent)\b", p.text.strip(), re.IGNORECASE)]:
            candidates.remove(p)
            notes.append(LintWarning("left-out", f"{p.id} ({p.kind}) left out: the item for the representations "
                                     "lists the replies sent to them.", "FOIA s.1(1): records, not answers"))
    for p in [p for p in candidates if _published_document(p)]:
        candidates.remove(p)
        notes.append(
            LintWarning(
                "left-out",
                f"{p.id} ({p.kind}) left out: the answer cites {_with_article(_published_document(p) or '')} as "
                "published, so it is "
                "exempt as reasonably accessible; choose the point if it is not.",
                "FOIA s.21",
            )
        )
    # "The Government will also invest an extra £6.6 billion over this Parliament in clean heat": a plan for years
    # to come, across government, given as background to a question about something else. Little of it was paid
    # by the answer's date, and a reviewer read the item as "the wrong body, and a fishing request".
    if not any(q.source == "question" and q.kind == "spending" for q in analysis.points):
        for p in [p for p in candidates if p.source == "answer" and p.kind == "spending"
                  and _FUTURE_SUM.search(p.evidence or p.text)]:
            candidates.remove(p)
            notes.append(LintWarning("left-out", f"{p.id} ({p.kind}) left out: the answer's sum is a plan for the "
                                     "years ahead, not money spent by then; choose the point to ask for its "
                                     "allocation.", "FOIA s.1(1): information held"))
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
