"""Claims in an answer worth a request of their own (docs/law.md: "Claims in an answer invite follow-up"):
a sum of money (its breakdown), a commitment with a date (timetable, drafts), a meeting, event or speech
(attendees, minutes, what was said), a tool, programme, pilot or review (evaluations, uptake, licensing), and a
named document not yet published (copy, drafts). Already-published documents an answer cites are left out:
they can be read, not requested."""

from __future__ import annotations

import re

from ..model import Point, PointKind
from .references import MONTH

_I = re.IGNORECASE
_MONEY = re.compile(r"£\s?\d[\d,.]*\s?(?:million|billion|bn|m|k)?|\b\d[\d,.]*\s?(?:million|billion) pounds", _I)
_COMMITMENT = re.compile(
    r"\b(?:will|shall|intends? to|expects? to|plans? to|aims? to|is due to|are due to)\b[^.]{0,120}?"
    r"\b(?:later this year|this (?:spring|summer|autumn|winter|year)|next year|by (?:the end of )?(?:January|"
    r"February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|"
    r"winter|(?:19|20)\d\d)|in (?:early |late )?(?:19|20)\d\d|in due course|shortly|in the coming (?:weeks|"
    r"months))", _I)
_MEETING = re.compile(
    r"\b(?:met (?:with|[A-Z])|meet(?:s|ing)? with|co-hosted|hosted|convened|attended|chaired|visited|summit|hackathon|"
    r"roundtable|round table|conference|workshop|taskforce meeting)\b", _I)
_SPEECH = re.compile(r"\b(?:speech|demands|wrote to|written to|letter to|set out [^.]{0,40}\bto (?:industry|"
                     r"companies|providers))\b", _I)
_PROGRAMME = re.compile(
    r"\b(?:tool|programme|pilot|pilots|trial|scheme|initiative|platform|app|taskforce|task force|working group|"
    r"review|study|evaluation|fund)\b[^.]{0,80}\b(?:developed|launched|piloted|introduced|rolled out|trialled|"
    r"commissioned|established|set up|created|licensed|is being|has been|was)\b|"
    r"\b(?:developed|launched|piloted|introduced|commissioned|established|set up)\b[^.]{0,40}\b(?:tool|"
    r"programme|pilot|trial|scheme|initiative|platform|taskforce|task force|working group|review|study|"
    r"evaluation)\b", _I)
# "The commercial arrangements underwent scrutiny via … the Commercial Assurance Board … and departmental Investment
# Committee, with final approval by Cabinet Office Spend Controls": an approval leaves a business case and the
# approving boards' papers.
APPROVAL = re.compile(
    r"\b(?:approv\w*|scrutin\w*|assur(?:ed|ance)|signed off|sign-off)\b[^.]{0,200}?\b(?:[A-Z][\w’'-]* )+(?:Board|"
    r"Committee|Panel)s?\b|\b(?:Board|Committee|Panel|Spend Controls)\b[^.]{0,80}?\bapprov\w*|\bbusiness case\b")
APPROVAL_REASON = "an approval: ask for the business case and the approving boards' papers and minutes"
# "The department does not routinely collect management information on X but we do have anecdotal evidence of
# this occurring": the evidence it has is in reports, case notes and feedback it holds.
_EVIDENCE = re.compile(
    r"(?<!\bwhere )(?<!\bWhere )(?<!\bif )(?<!\bIf )(?<!\bwhen )(?<!\bWhen )"
    r"\b(?:we|I|the (?:department|Department|Ministry|Government)|officials)\s+(?:do |does |also |did )?(?:have|has|"
    r"hold|holds|have received|has received|have seen|has seen)\s+(?:some |had )?"
    r"(?P<ev>(?:anecdotal|qualitative|emerging|some) (?:evidence|reports|feedback|examples)|(?:evidence|reports|"
    r"feedback|examples|case studies))\s+(?P<on>of|that|about|from|showing|suggesting)\s+(?P<what>(?:(?!,? but\b| - )"
    r"[^.;]){4,160})", _I)
_THIS = re.compile(r"^(?:this|these|that|it|such cases|such behaviour)\b", _I)
_RECORDED = re.compile(r"\b(?:on|about|of) (?:reports of |cases of |the number of )?(?P<x>[^,;]{6,140}?),? but\b", _I)
EVIDENCE_REASON = "evidence the answer says is held: ask for the reports, notes and feedback that record it"
_PUBLISHED = re.compile(r"\b(?:White Paper|Green Paper|published|can be found|is available|are available|"
                        r"gov\.uk|https?://|Act \d{4}|Official Report)\b", _I)
_DOCUMENT = re.compile(
    r"\b(?:[A-Z][\w’'-]*\s+){1,6}(?:Report|Review|Strategy|Plan|Framework|Code of Practice|Codes of Practice|"
    r"Guidance|Agreement|Protocol|Assessment|Evaluation|Study|Action Plan|Roadmap)\b", re.UNICODE)


def follow_ups(sentences: list[str], start: int = 1) -> list[Point]:
    """Follow-up points from the answer's own claims, one per sentence at most, in answer order."""
    points: list[Point] = []
    for sentence in sentences:
        found = _follow_up(sentence)
        if found is None:
            continue
        kind, text, reason = found
        points.append(Point(id=f"a{start + len(points)}", source="answer", kind=kind, status="follow_up",
                            text=text, evidence=sentence, reason=reason))
    return points


def _follow_up(sentence: str) -> tuple[PointKind, str, str] | None:
    money = _MONEY.search(sentence)
    # fines, penalties and thresholds in law are not sums anyone spent
    if money and not re.search(r"\b(?:penalt\w+|fines?|threshold|limit|cap|up to)\b[^.]{0,25}£", sentence, _I):
        return ("spending", _phrase_around(sentence, money.start()),
                "a sum of money: ask how it was spent or allocated, by recipient and date")
    commitment = _COMMITMENT.search(sentence)
    if commitment and not re.search(r"\b(?:respond|reply|write) to (?:the|my) hon", sentence, _I):
        return ("timetable", _clause(sentence, commitment.start()),
                "a commitment with a date: ask for the timetable, progress records and drafts")
    approval = APPROVAL.search(sentence)
    # (not Parliament's committees, nor "approved regulators" overseen by a board)
    if approval and not _PUBLISHED.search(sentence) and not re.search(
            r"\b(?:Select|Joint|Public Accounts|Public Bill|Liaison) Committee|\bCommittee stage|\bapproved "
            r"regulators?\b", sentence):
        return ("documents", _trim(sentence), APPROVAL_REASON)
    evidence = _EVIDENCE.search(sentence)
    if evidence:
        what, on = re.sub(r"\s+(?:occurring|happening|taking place)$", "", evidence["what"].strip()), evidence["on"]
        if _THIS.match(what):
            on = "of"
            earlier = _RECORDED.search(sentence[:evidence.start()] + " but")
            what = earlier["x"].strip() if earlier else ""
        if what and not _THIS.match(what):
            kind_of = evidence["ev"].lower()
            return ("documents", f"the {kind_of} {on.lower()} {what}", EVIDENCE_REASON)
    if _SPEECH.search(sentence):
        return ("correspondence", _clause(sentence, _SPEECH.search(sentence).start()),  # type: ignore[union-attr]
                "a speech or letter to others: ask for the text and the correspondence about it")
    programme = _PROGRAMME.search(sentence)
    if programme:
        return ("documents", _clause(sentence, programme.start()),
                "a tool, programme or review: ask for its evaluation, uptake and terms (licensing, contracts)")
    meeting = _MEETING.search(sentence)
    # "Ministers meet with local authorities on a range of issues": a habit, no meeting to ask about (but "visited
    # Peru in October and held discussions … on a range of issues" is one)
    habit = re.search(r"\bmeets? (?:with )?[^.]{0,60}\b(?:on a (?:wide )?range of|regularly|routinely|frequently)\b",
                      sentence, _I) and not re.search(rf"\b(?:visited|hosted|co-hosted|summit|conference|in {MONTH}|"
                                                       rf"on \d{{1,2}} {MONTH}|last (?:week|month))\b", sentence)
    if meeting and not habit:
        return ("meetings", _clause(sentence, meeting.start()),
                "a meeting or event: ask for the list of attendees, minutes and what came of it")
    document = _DOCUMENT.search(sentence)
    if document and not _PUBLISHED.search(sentence):
        return ("documents", _clause(sentence, document.start()),
                "a named document: ask for a copy and its drafts")
    return None


def _phrase_around(sentence: str, at: int) -> str:
    """From the article or adjective before the sum to the end of its clause: "an additional £300,000 to …"."""
    before = sentence[:at]
    m = re.search(r"\b(?:an?|the|additional|further|extra|over|around|about|nearly|almost|up to|more than|"
                  r"a total of)\b(?:\s+\w+){0,2}\s*$", before, _I)
    start = m.start() if m else at
    return _trim(sentence[start:])


def _clause(sentence: str, at: int) -> str:
    """The clause holding the claim: from the start of the sentence or the last comma/semicolon before it."""
    before = sentence[:at]
    cut = max(before.rfind(", "), before.rfind("; "), before.rfind(": "))
    start = cut + 2 if cut >= 0 and at - cut < 120 else 0
    return _trim(sentence[start:])


def _trim(text: str, limit: int = 40) -> str:
    words = text.strip().rstrip(".").split()
    return " ".join(words[:limit]) + ("…" if len(words) > limit else "")
