"""Composing the request letter from an answer's open points. Pure: no I/O except reading templates, no clock."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Any

from ..errors import LetterError
from ..model import Analysis, Letter, LintWarning, Match, Point, Requester, WrittenAnswer
from .authorities import Authority, authority_for, authority_named
from .citations import citable_related, published_phrase
from .holders import resolve_holder
from .lint import for_law
from .phrasing import (
    Subject,
    is_tool,
    mentions_licensing,
    named_document,
    question_as_reported,
    subject_of_point,
    words_of_date,
)
from .selection import KIND_RANK, choose_points, evasions_for
from .templating import render_template
from .titles import request_title

__all__ = ["citable_related", "compose_letter", "signature", "the"]  # citable_related: kept for callers


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
    r"habitats?|pesticides?|chemicals?|contaminat\w*|noise|nuclear|fracking|fossil fuels?|net zero|carbon|"
    r"landfill|wildlife|planning permission|deforestation|rivers?|soil)\b",
    re.IGNORECASE,
)
# The question's own period ("in each year since 2015", "in 2023"): it replaces the default window.
OWN_PERIOD = re.compile(
    r"\b(?:in|since|during|for|between|from|to)\s+(?:(?:\(\w\)|\w+)\s+)?(?:19|20)\d\d\b|"
    r"\b(?:19|20)\d\d-\d\d\b|\b(?:last|past) (?:\w+ )?(?:financial |calendar )?(?:years|months)\b",
    re.IGNORECASE,
)
PERIOD_PHRASE = re.compile(
    r",?\s+(?:in each (?:of the )?(?:last|past) \w+ (?:financial |calendar )?years|"
    r"in each (?:financial |calendar )?year since \d{4}|since \d{4}|in each year|by year)\b",
    re.IGNORECASE,
)
DOCUMENT_LIKE = re.compile(
    r"\b(?:code|codes|report|strategy|guidance|plan|review|consultation|paper|framework|"
    r"response|statement|standards?|regulations?|bill)\b",
    re.IGNORECASE,
)


# A Scottish public authority's environmental information falls under the Scottish regulations (SSI 2004/520).
EISR_NAME = "the Environmental Information (Scotland) Regulations 2004"


def _law_words(law_key: str, authority: Authority) -> dict[str, str]:
    words = dict(LAWS[law_key])
    if law_key == "eir" and authority.law == "foisa":
        words["name"] = EISR_NAME
    return words


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def the(name: str) -> str:
    """'the Home Office', 'HM Treasury', 'NHS England': the article a body's name takes in a sentence (the
    authorities' and holders' tables say which)."""
    from .authorities import takes_the

    return f"the {name}" if takes_the(name) else name


def _repeats(part: str, whole: str) -> bool:
    """The breakdown is already in the subject's words (most of its words appear there)."""
    words = set(re.findall(r"\w+", part.lower()))
    return not words or len(words & set(re.findall(r"\w+", whole.lower()))) / len(words) >= 0.6


def _subject_text(subject: Subject, point: Point) -> str:
    if not subject.quoted:
        phrase = subject.phrase
        if point.source == "answer" and not re.match(
            r"^(?:the|this|these|those|its|his|her|their|our)\b", phrase, re.IGNORECASE
        ):
            phrase = f"the {phrase}"
        return (
            re.sub(r"^the timetable for ", "", phrase, flags=re.IGNORECASE)
            if point.kind == "timetable"
            else phrase
        )
    if point.source == "answer":
        return f'the statement in the answer that "{subject.phrase}"'
    return f'what the question asked ("{subject.phrase}")'


def item_for(
    point: Point,
    analysis: Analysis,
    *,
    authority: str,
    house: str | None,
    window: str,
    advice: str = "section 16",
) -> tuple[str, str]:
    """One numbered request item for a point, and the template kind used (e.g. "tool")."""
    subject = subject_of_point(
        point.text, source=point.source, kind=point.kind, house=house, evidence=point.evidence
    )
    template_kind = point.kind if point.kind in KIND_RANK else "other"
    if point.source == "answer" and point.kind in ("documents", "actions", "other") and is_tool(subject):
        template_kind = "tool"
    if template_kind == "documents" and point.source == "answer":
        name = named_document(point.text, point.evidence)
        if name:
            subject = Subject(name)
        elif subject.quoted:
            template_kind = "other"  # no document named: ask for the records behind the statement
    if subject.as_kind:
        template_kind = subject.as_kind  # "whether he will list X" is a request for X, not for a decision
    elif template_kind == "documents" and subject.quoted:
        template_kind = "other"  # "a copy of what the question asked" would ask for nothing
    text = _subject_text(subject, point)
    breakdown = point.breakdown if point.breakdown and not _repeats(point.breakdown, text) else None
    evasions = evasions_for(point, analysis)
    if "disproportionate_cost" in evasions and template_kind in ("statistics", "spending"):
        text = PERIOD_PHRASE.sub("", text)  # narrowed to the latest year: the question's long range goes
    context: dict[str, Any] = {
        "subject": text,
        "Subject": text[:1].upper() + text[1:],
        "quoted": subject.quoted,
        "source": point.source,
        "authority": the(authority),
        "window": window,
        "advice": advice,
        "breakdown": breakdown,
        "own_period": bool(OWN_PERIOD.search(text)),
        "narrow": "disproportionate_cost" in evasions,
        "not_held": "not_held" in evasions,
        "in_due_course": "in_due_course" in evasions,
        # Policy restated or "we do not comment": ask for the briefings and assessments behind the words.
        "underlying": bool({"policy_restated", "no_comment"} & evasions) and point.source == "question",
        "licensing": mentions_licensing(point.text, point.evidence),
        "document_like": bool(DOCUMENT_LIKE.search(text)),
        # "the Department has not issued the Code" is a clause (the reasons that …); "the basis for X" a thing.
        "clause": bool(re.search(r"\b(?:has|have|had|is|are|was|were|will|would|did|does|do)\b", text)),
        "point": point,
    }
    return render_template(f"points/{template_kind}.txt.j2", context), template_kind


def resolve_authority(answer: WrittenAnswer, authority: str | None) -> Authority:
    if authority:
        return authority_named(authority)
    found = authority_for(answer.department)
    if found is None:
        body = f"The answering body ({answer.department})" if answer.department else "The answering body"
        raise LetterError(
            f"{body} is not in the table of authorities; choose the authority to write to (--authority NAME)."
        )
    return found


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
                              f"one line (--{what.split()[0]} or your settings).")
    if requester.email and not ADDRESS.fullmatch(requester.email.strip()):
        raise LetterError(f"The email address {requester.email!r} does not look like an address (name@example.org); "
                          "fix it (--email or your settings).")


def signature(requester: Requester) -> str:
    lines = [requester.name.strip() if requester.name and requester.name.strip() else "[your name]"]
    if requester.address and requester.address.strip():
        lines += [line.strip() for line in requester.address.strip().splitlines() if line.strip()]
    return "\n".join(lines)


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
) -> Letter:
    """The request for the chosen points (default: the open points, at most five, ranked), ready to send."""
    check_requester(requester)
    # Who holds it: the body the answer points to ("not held centrally" → the police force, the ICB), unless
    # the user chose another; the sentence saying why goes into the letter.
    held_by, holder_reason, holder_warnings = resolve_holder(answer, analysis, authority, today=today)
    body_of = held_by or resolve_authority(answer, authority)
    law_key = (law or body_of.law or "foia").lower()
    if law_key not in LAWS:
        raise LetterError(f"Unknown law {law!r}; use foia, foisa or eir.")
    points, notes = choose_points(analysis, point_ids)
    if not points:
        raise LetterError(
            "The answer leaves no open point to ask about; choose points to ask about (--points)."
        )
    start = date_from or date((answer.date_answered or today).year - 1, 1, 1)
    window = f"{words_of_date(start)} to {words_of_date(date_to) if date_to else 'the date of this request'}"
    # The duty to advise and assist: FOIA s.16, FOISA s.15, EIR reg 9.
    advice = (
        f"section {LAWS[law_key]['advice_section']}" if LAWS[law_key]["advice_section"] else "regulation 9"
    )
    made = [
        (p, *item_for(p, analysis, authority=body_of.name, house=answer.house, window=window, advice=advice))
        for p in points
    ]
    if not point_ids:  # chosen by us: present in priority order; a user's own order is kept
        index = {p.id: i for i, p in enumerate(points)}
        made.sort(key=lambda m: (KIND_RANK.get(m[2], len(KIND_RANK)), index[m[0].id]))
    environmental = bool(ENVIRONMENTAL.search(f"{answer.question}\n{answer.answer}"))
    # The page's own flag, or the analysis finding "I will reply … as soon as possible" in a plain paste.
    holding = answer.holding or any(e.kind == "holding" for e in analysis.evasions)
    reported = question_as_reported(answer.question) if answer.question else None
    if reported and len(reported[1]) > 400:
        reported = None
    context = {
        "authority": body_of.name,
        "law": _law_words(law_key, body_of),
        "eir_name": EISR_NAME if body_of.law == "foisa" else LAWS["eir"]["name"],
        "answered": words_of_date(answer.date_answered) if answer.date_answered else None,
        "department": the(answer.department or body_of.name),
        "state": "holding" if holding else "answered" if answer.answer.strip() else "unanswered",
        "asker": answer.asker.name if answer.asker and answer.asker.name else None,
        "answerer": answer.answerer.name if answer.answerer and answer.answerer.name else None,
        "title": answer.title,
        "uin": answer.uin,
        "asked": reported[0] if reported else None,
        "question_words": reported[1] if reported else None,
        "items": [m[1] for m in made],
        "published": published_phrase(related, analysis, today),
        "environmental": environmental and law_key != "eir",
        "signature": signature(requester),
        "holder_reason": holder_reason,
    }
    body = render_template("request.txt.j2", context) + "\n"
    warnings = list(notes) + holder_warnings
    if body_of.note:
        warnings.append(LintWarning("authority-changed", body_of.note, "FOIA s.1(1): the body that holds it"))
    if holding:
        warnings.append(
            LintWarning(
                "holding",
                "This is a holding answer: the real answer to the question is still to come, and what it "
                "publishes will not be sent again under FOI; consider waiting for it.",
                "FOIA s.21: reasonably accessible once published",
            )
        )
    if law_key == "foia" and body_of.law == "foisa":
        # The reverse of the check below: a Scottish public authority (FOISA s.3, Schedule 1) answers under FOISA.
        warnings.append(
            LintWarning(
                "law-mismatch",
                f"{_capital(the(body_of.name))} is a Scottish public authority, covered by FOISA, not FOIA; use "
                "--law foisa.",
                "FOISA s.3",
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
    if environmental and law_key != "eir":
        warnings.append(
            LintWarning(
                "environmental",
                "The subject looks environmental, so the EIR may apply "
                "(they allow oral requests and have no fixed cost limit); use --law eir to "
                "request under them.",
                "EIR reg 2(1)",
            )
        )
    return Letter(
        title=request_title(answer, [m[2] for m in made]),
        authority=body_of.name,
        law=law_key,
        body=body,
        points=[m[0].id for m in made],
        warnings=for_law(warnings, law_key),
        authority_url_name=body_of.url_name,
    )
