"""Follow-up letters to a request: clarification, chaser, internal review, complaint to the Commissioner."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from ..errors import LetterError
from ..model import Letter, Requester
from .compose import check_requester, signature, the
from .deadlines import in_words, reply_due, review_due
from .laws import deadline_law
from .phrasing import words_of_date
from .templating import render_template

KINDS = ("clarification", "chaser", "internal_review", "complaint")
REASONS = ("no_reply", "exemption_disputed", "cost_limit_no_advice", "partial_answer", "not_held_doubted")

LAW_WORDS: dict[str, dict[str, str]] = {
    "foia": {
        "clarification": "section 1(3) of the Freedom of Information Act 2000",
        "reply_rule": "section 10(1) of the Freedom of Information Act 2000 (20 working days after receipt)",
        "commissioner": "the Information Commissioner",
        "review_opening": "I am writing to request an internal review of",
        "complaint_opening": "Under section 50 of the Freedom of Information Act 2000 I ask for a decision on",
    },
    "foisa": {
        "clarification": "section 1(3) of the Freedom of Information (Scotland) Act 2002",
        "reply_rule": "section 10(1) of the Freedom of Information (Scotland) Act 2002 (20 working days after "
        "receipt)",
        "commissioner": "the Scottish Information Commissioner",
        "review_opening": "Under section 20 of the Freedom of Information (Scotland) Act 2002 I require a review of",
        "complaint_opening": "Under section 47(1) of the Freedom of Information (Scotland) Act 2002 I apply for a "
        "decision on",
    },
    "eisr": {
        "clarification": "regulation 9(4) of the Environmental Information (Scotland) Regulations 2004",
        "reply_rule": "regulation 5(2)(a) of the Environmental Information (Scotland) Regulations 2004 (20 working "
        "days after receipt)",
        "commissioner": "the Scottish Information Commissioner",
        "review_opening": "Under regulation 16 of the Environmental Information (Scotland) Regulations 2004 I ask "
        "you to review",
        "complaint_opening": "Under section 47(1) of the Freedom of Information (Scotland) Act 2002, as applied by "
        "regulation 17 of the Environmental Information (Scotland) Regulations 2004, I apply for a decision on",
    },
    "eir": {
        "clarification": "regulation 9(4) of the Environmental Information Regulations 2004",
        "reply_rule": "regulation 5(2) of the Environmental Information Regulations 2004 (20 working days after "
        "receipt)",
        "commissioner": "the Information Commissioner",
        "review_opening": "Under regulation 11 of the Environmental Information Regulations 2004 I ask for "
        "reconsideration of",
        "complaint_opening": "Under section 50 of the Freedom of Information Act 2000, as applied by regulation 18 "
        "of the Environmental Information Regulations 2004, I ask for a decision on",
    },
}

# What is wrong, in the words of the law it breaks. Keys are the reasons a user picks.
REASON_TEXT: dict[str, dict[str, str]] = {
    "no_reply": {
        "foia": "I have had no reply within the 20 working days that section 10 of the Act allows.",
        "foisa": "I have had no reply within the 20 working days that section 10 of the Act allows.",
        "eir": "I have had no reply within the 20 working days that regulation 5(2) allows.",
        "eisr": "I have had no reply within the 20 working days that regulation 5(2)(a) allows.",
    },
    "exemption_disputed": {
        "foia": "I do not accept that the exemption cited applies to all of the information withheld. Please "
        "consider each part separately, weigh the public interest where the exemption is qualified, and "
        "release what the exemption does not cover, with redactions where needed (section 17).",
        "foisa": "I do not accept that the exemption cited applies to all of the information withheld. Please "
        "consider each part separately, weigh the public interest where the exemption is not absolute, "
        "and release what the exemption does not cover, with redactions where needed (section 16).",
        "eir": "I do not accept that the exception cited applies to all of the information withheld. Please "
        "consider each part separately, apply the presumption in favour of disclosure (regulation 12(2)), "
        "and release what the exception does not cover, with redactions where needed (regulation 14).",
        "eisr": "I do not accept that the exception cited applies to all of the information withheld. Please "
        "consider each part separately, apply the presumption in favour of disclosure (regulation 10(2)), "
        "and release what the exception does not cover, with redactions where needed (regulation 13).",
    },
    "cost_limit_no_advice": {
        "foia": "The request was refused on cost (section 12) without advice on how to narrow it to fit within the "
        "limit, which section 16 requires. Please give that advice, and release what can be provided "
        "within the limit.",
        "foisa": "The request was refused on cost (section 12) without advice on how to narrow it to fit within "
        "the limit, which section 15 requires. Please give that advice, and release what can be provided "
        "within the limit.",
        "eir": "The request was refused as manifestly unreasonable (regulation 12(4)(b)) without advice on how to "
        "narrow it, which regulation 9 requires. Please give that advice, and release what you reasonably "
        "can.",
        "eisr": "The request was refused as manifestly unreasonable (regulation 10(4)(b)) without advice on how to "
        "narrow it, which regulation 9 requires. Please give that advice, and release what you reasonably "
        "can.",
    },
    "not_held_doubted": {
        "foia": "The reply says the information is not held. Please say which records and systems were searched, "
        "by whom and with which terms, and whether another unit of the authority, or a body holding it on the "
        "authority's behalf, holds it (section 3(2)); information held anywhere in the authority is held.",
        "foisa": "The reply gave notice that the information is not held (section 17). Please say which records "
        "and systems were searched, by whom and with which terms, and whether another unit of the authority, or a "
        "body holding it on the authority's behalf, holds it (section 3(2)).",
        "eir": "The reply says the information is not held (regulation 12(4)(a)). Please say which records and "
        "systems were searched, by whom and with which terms, and whether another unit of the authority, or a body "
        "holding it on the authority's behalf, holds it (regulation 3(2)).",
        "eisr": "The reply says the information is not held (regulation 10(4)(a)). Please say which records and "
        "systems were searched, by whom and with which terms, and whether another unit of the authority, or a body "
        "holding it on the authority's behalf, holds it (regulation 2(2)).",
    },
    "partial_answer": {
        "foia": "The reply does not deal with every item of my request. For each item not answered, please say "
        "whether the information is held (section 1(1)(a)) and either provide it or state the exemption "
        "that applies (section 17).",
        "foisa": "The reply does not deal with every item of my request. For each item not answered, please "
        "provide the information or state why it is withheld (section 16), or give notice that it is "
        "not held (section 17).",
        "eir": "The reply does not deal with every item of my request. For each item not answered, please "
        "provide the information or state the exception that applies (regulation 14).",
        "eisr": "The reply does not deal with every item of my request. For each item not answered, please "
        "provide the information or state the exception that applies (regulation 13).",
    },
}
# A complaint tells the Commissioner what the authority did wrong (it does not ask the authority to act).
SECTIONS = {
    "foia": {
        "reply": "section 10",
        "cost": "section 12",
        "advice": "section 16",
        "refusal": "section 17",
        "withheld": "exemption",
    },
    "foisa": {
        "reply": "section 10",
        "cost": "section 12",
        "advice": "section 15",
        "refusal": "section 16",
        "withheld": "exemption",
    },
    "eisr": {
        "reply": "regulation 5(2)(a)",
        "cost": "regulation 10(4)(b)",
        "advice": "regulation 9",
        "refusal": "regulation 13",
        "withheld": "exception",
    },
    "eir": {
        "reply": "regulation 5(2)",
        "cost": "regulation 12(4)(b)",
        "advice": "regulation 9",
        "refusal": "regulation 14",
        "withheld": "exception",
    },
}
COMPLAINT_TEXT = {
    "no_reply": "The authority did not reply within the 20 working days that {reply} allows.",
    "exemption_disputed": "I do not accept that the {withheld} the authority cited applies to all of the information "
    "withheld, or that the public interest favours withholding it.",
    "cost_limit_no_advice": "The authority refused the request on cost ({cost}) without the advice on narrowing it "
    "that {advice} requires.",
    "partial_answer": "The authority did not deal with every item of my request, nor give a refusal notice for "
    "the rest ({refusal}).",
    "not_held_doubted": "The authority said the information is not held without saying what it searched; I believe "
    "it is held, by it or on its behalf.",
}
TITLES = {
    "clarification": "Clarification of my request: {}",
    "chaser": "Reply overdue: {}",
    "internal_review": "Internal review of my request: {}",
    "complaint": "Complaint about my request: {}",
}


def _reasons(reasons: Sequence[str], law: str, kind: str) -> tuple[list[str], list[str]]:
    """Known reason keys as paragraphs in the law's words; anything else is the user's own words (data)."""
    if kind == "complaint":
        chosen = [COMPLAINT_TEXT[r].format(**SECTIONS[law]) for r in reasons if r in COMPLAINT_TEXT]
    else:
        chosen = [REASON_TEXT[r][law] for r in reasons if r in REASON_TEXT]
    own = [r.strip() for r in reasons if r not in REASON_TEXT and r.strip()]
    return chosen, own


def compose_follow_up(
    kind: str,
    *,
    original: Letter,
    requester: Requester,
    today: date,
    sent_on: date | None = None,
    reasons: Sequence[str] = (),
    request_url: str | None = None,
    refused_on: date | None = None,
    refusal_note: str | None = None,
    review_requested_on: date | None = None,
    review_answered_on: date | None = None,
    reference: str | None = None,
) -> Letter:
    """A follow-up to `original`. `reasons`: keys of REASON_TEXT, or the user's own sentences. The history
    (`refused_on` with the recorded refusal's words, the review's dates) is stated as it was recorded, and never
    claimed when it was not: a complaint says an internal review was asked for only when one was. `reference`
    (the authority's own, "FOI-2026-01234") is quoted beside the title so the officer finds the case at once."""
    if kind not in KINDS:
        raise LetterError(f"Unknown follow-up {kind!r}; use one of {', '.join(KINDS)}.")
    check_requester(requester)
    law: str = original.law if original.law in LAW_WORDS else "foia"
    law = deadline_law(law, original.authority)  # a Scottish body's environmental request: the Scottish rules
    if kind == "chaser" and sent_on is None:
        raise LetterError("A chaser needs the date the request was sent; mark the draft as sent first.")
    chosen, own = _reasons(reasons, law, kind)
    if kind in ("internal_review", "complaint") and not (chosen or own):
        raise LetterError(
            f"Say what is wrong for the {kind.replace('_', ' ')}: choose a reason "
            f"({', '.join(REASONS)}) or write your own."
        )
    authority = original.authority or "the authority"
    commissioner = LAW_WORDS[law]["commissioner"]
    addressee = commissioner.removeprefix("the ") if kind == "complaint" else authority
    context = {
        "authority": addressee,
        "the_authority": the(authority),
        "title": original.title,
        "reference": " ".join(reference.split()) if reference and reference.strip() else None,
        "sent_on": words_of_date(sent_on) if sent_on else None,
        "due": in_words(reply_due(sent_on, law).due) if sent_on else None,
        "law": LAW_WORDS[law],
        "commissioner": addressee,
        "reasons": chosen,
        "own_words": own,
        "request_url": request_url,
        "signature": signature(requester),
        "today": words_of_date(today),
        "refused_on": words_of_date(refused_on) if refused_on else None,
        "refusal_note": " ".join(refusal_note.split()) if refusal_note and refusal_note.strip() else None,
        "review_on": words_of_date(review_requested_on) if review_requested_on else None,
        "review_due": in_words(review_due(review_requested_on, law).due) if review_requested_on else None,
        "review_answered_on": words_of_date(review_answered_on) if review_answered_on else None,
    }
    body = render_template(f"follow_ups/{kind}.txt.j2", context) + "\n"
    addressee_url = None if kind == "complaint" else original.authority_url_name
    return Letter(
        title=TITLES[kind].format(original.title),
        authority=addressee,
        law=original.law if original.law in LAW_WORDS else "foia",
        body=body,
        points=list(original.points),
        authority_url_name=addressee_url,
        kind=kind,
    )
