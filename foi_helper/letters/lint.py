"""Checks before sending: each problem is a warning naming the rule it comes from (docs/law.md)."""

from __future__ import annotations

import dataclasses
import re

from ..model import Letter, LintWarning, Requester

ITEM = re.compile(r"^\s*(\d{1,2})\.\s+(.+)$", re.MULTILINE)
# Words inside quotation marks cite the question or the answer; they are not the requester asking.
QUOTED = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”|‘[^’\n]*’")
# "why" after "reason(s)" names what records are about ("records of the reasons why …"), not a question.
QUESTION_WORDS = re.compile(
    r"(?<!\breasons )(?<!\breason )\bwhy\b"
    r"|\bhow\s+(?:did|do|does|was|were|is|are|will|would|could|can|has|have)\b|\?",
    re.IGNORECASE,
)
OPINION = re.compile(
    r"\b(?:do you (?:agree|think|accept|believe)|in your (?:view|opinion)|your opinion|"
    r"would you agree|please explain)\b",
    re.IGNORECASE,
)
SWEEPING = re.compile(
    r"\b(?:all (?:information|correspondence|documents|records|emails|data)|any and all|"
    r"(?:since|from) (?:its |their )?inception|all (?:minutes|communications))\b",
    re.IGNORECASE,
)
DATED = re.compile(
    r"\b(?:1[89]\d\d|20\d\d)\b|\bdate of this request\b|\bas at\b|\bmost recent\b|"
    r"\bfinancial year\b|\b(?:last|past) (?:\w+ )?(?:financial |calendar )?(?:years|months)\b",
    re.IGNORECASE,
)
# "I request the following recorded information, for 3 September 2018 to 31 December 2019 …"
OPENING_WINDOW = re.compile(r"\brequest the following[^.]*?,\s+(?:for|as at)\b[^.]*\b(?:1[89]\d\d|20\d\d)\b")
OWN_DATA = re.compile(
    r"\b(?:my (?:personal )?(?:data|records|file|case|details|information)|information (?:you hold )?"
    r"about me|data (?:you hold )?about me|subject access)\b",
    re.IGNORECASE,
)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# UK postcodes (the shape Royal Mail publishes): area, district, then sector and unit.
POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")
PLACEHOLDER = re.compile(r"\[(?:your name|name|insert[^\]]*)\]", re.IGNORECASE)
TO_FILL = re.compile(r"\[(?:say|write|insert|add|describe|explain)\b[^\]]*\]", re.IGNORECASE)
SIGN_OFF = re.compile(r"^\s*Yours (?:faithfully|sincerely),?\s*$", re.MULTILINE | re.IGNORECASE)
TITLE_LIMIT = 200  # WhatDoTheyKnow (Alaveteli) asks for a summary no longer than an email subject


# The FOISA section for each FOIA section the checks cite, so a Scottish request's warnings cite its own Act:
# s.84 → s.73 (information means recorded information), s.21 → s.25 (otherwise accessible), s.40(1) → s.38(1)(a)
# (the requester's own personal data), s.16 → s.15 (advice and assistance), s.17 → s.16 (refusal notice).
# s.1(1), s.8(1)(b) and s.12 keep their numbers; FOISA has no aggregation rule like the Fees Regulations' reg 5.
FOISA_SECTIONS = {"s.84": "s.73", "s.21": "s.25", "s.40(1)": "s.38(1)(a)", "s.16": "s.15", "s.17": "s.16"}
FOIA_CITATION = re.compile(r"\bFOIA (s\.[\d()a-z]+)(?: and (s\.[\d()a-z]+))?")


def rule_for_law(rule: str, law: str) -> str:
    """`rule` as the law the letter is made under cites it (FOIA's sections become FOISA's under FOISA)."""
    if law != "foisa":
        return rule

    def scottish(m: re.Match[str]) -> str:
        sections = [FOISA_SECTIONS.get(s, s) for s in m.groups() if s]
        return "FOISA " + " and ".join(sections)

    return FOIA_CITATION.sub(scottish, rule.replace("; Fees Regulations 2004 reg 5", ""))


def for_law(warnings: list[LintWarning], law: str) -> list[LintWarning]:
    return [dataclasses.replace(w, rule=rule_for_law(w.rule, law)) for w in warnings]


def _unquoted(text: str) -> str:
    return QUOTED.sub('""', text)


def middle_of(body: str) -> str:
    """The letter between "Dear …," and the sign-off: where the requester's own words are, and what
    WhatDoTheyKnow's default_letter takes (the site adds the salutation and sign-off itself)."""
    text = body.strip()
    lines = text.splitlines()
    if lines and lines[0].lower().startswith("dear "):
        text = "\n".join(lines[1:]).strip()
    return SIGN_OFF.split(text, maxsplit=1)[0].strip()


def _signed(body: str, name: str | None) -> bool:
    if not name or not name.strip():
        return False
    parts = SIGN_OFF.split(body)
    return len(parts) > 1 and name.strip().lower() in parts[-1].lower()


def lint(letter: Letter, requester: Requester, channel: str = "email") -> list[LintWarning]:
    """Every problem that would make the request invalid, refusable or unwise to publish, with its rule."""
    out: list[LintWarning] = []
    body = letter.body
    own = _unquoted(middle_of(body))
    law = "FOISA s.8(1)(b)" if letter.law == "foisa" else "FOIA s.8(1)(b)"
    if not (requester.name and requester.name.strip()) or PLACEHOLDER.search(body):
        out.append(
            LintWarning(
                "no-name",
                "The letter has no real name: a request without the requester's real name is not valid.",
                law,
            )
        )
    elif not _signed(body, requester.name):
        out.append(
            LintWarning("unsigned", "The letter is not signed with your name after the sign-off.", law)
        )
    if TO_FILL.search(body):
        out.append(
            LintWarning(
                "placeholder",
                "The letter still has a part in square brackets to fill in.",
                "WhatDoTheyKnow letter rules: the template must be edited",
            )
        )
    if channel != "wdtk" and not (requester.email or (requester.address and requester.address.strip())):
        # WhatDoTheyKnow gives every request an address of its own; by email or post one must be given.
        out.append(
            LintWarning(
                "no-address",
                "No email or postal address for correspondence: the request is not valid without one.",
                law,
            )
        )
    if QUESTION_WORDS.search(own):
        out.append(
            LintWarning(
                "question",
                'Part of the letter is phrased as a question ("why", "how did", '
                '"?"): FOI gives recorded information, not answers, so ask for the records.',
                "FOIA s.1(1) and s.84 (recorded information)",
            )
        )
    if OPINION.search(own):
        out.append(
            LintWarning(
                "opinion",
                "The letter asks for an opinion or explanation; an authority need not "
                "give one it has not recorded.",
                "FOIA s.1(1) and s.84 (recorded information)",
            )
        )
    # Dates inside quoted words still scope the request; only the question check ignores quotations.
    items = ITEM.findall(middle_of(body))
    if letter.kind == "request":
        first = ITEM.search(middle_of(body))
        opening = middle_of(body)[: first.start()] if first else ""
        # A window stated once in the opening covers every item that does not state its own.
        out += _scope_checks(own, [] if items and OPENING_WINDOW.search(_unquoted(opening)) else items)
    if OWN_DATA.search(own):
        out.append(
            LintWarning(
                "own-data",
                "It asks for your own personal data: that is a subject access request "
                "under data protection law, not FOI.",
                "FOIA s.40(1); UK GDPR Art. 15",
            )
        )
    if channel == "wdtk":
        out += _wdtk_checks(letter, own)
    return for_law(out, letter.law)


def _scope_checks(own: str, items: list[tuple[str, str]]) -> list[LintWarning]:
    """A new request's scope: a date window, no sweeping wording, few parts (s.12 cost limit)."""
    out: list[LintWarning] = []
    undated = [n for n, text in items if not DATED.search(text)]
    if not items and not DATED.search(own):
        out.append(
            LintWarning(
                "no-date-range",
                "The request gives no date range; a fixed window survives the cost limit better.",
                "FOIA s.12",
            )
        )
    elif undated:
        out.append(
            LintWarning(
                "no-date-range",
                f"Item{'s' if len(undated) > 1 else ''} {', '.join(undated)} "
                f"give{'' if len(undated) > 1 else 's'} no date range; a fixed window survives the "
                "cost limit better.",
                "FOIA s.12",
            )
        )
    if SWEEPING.search(own):
        out.append(
            LintWarning(
                "sweeping",
                '"All information", "any and all" or "since inception" is likely to '
                "be refused on cost; ask for a list or a fixed window.",
                "FOIA s.12",
            )
        )
    if len(items) > 5:
        out.append(
            LintWarning(
                "too-many-parts",
                f"{len(items)} items are more than the cost limit is likely to "
                "allow once aggregated; keep the five that matter most.",
                "FOIA s.12; Fees Regulations 2004 reg 5",
            )
        )
    return out


def _wdtk_checks(letter: Letter, own: str) -> list[LintWarning]:
    out: list[LintWarning] = []
    if EMAIL.search(own):
        out.append(
            LintWarning(
                "wdtk-email",
                "An email address is in the letter: WhatDoTheyKnow publishes it.",
                "WhatDoTheyKnow: requests are published",
            )
        )
    if POSTCODE.search(letter.body):
        out.append(
            LintWarning(
                "wdtk-postcode",
                "A postcode is in the letter: WhatDoTheyKnow publishes it.",
                "WhatDoTheyKnow: requests are published",
            )
        )
    title = letter.title.strip()
    if (
        len(title) < 3
        or title.lower() == title
        or title.upper() == title
        or re.fullmatch(r"(?:an? )?(?:foi|freedom of information)(?: act)? request\.?", title, re.IGNORECASE)
        or len(title) > TITLE_LIMIT
    ):
        out.append(
            LintWarning(
                "wdtk-title",
                "The title breaks WhatDoTheyKnow's rules: at least 3 characters, "
                f'mixed case, at most {TITLE_LIMIT}, and more than "FOI request".',
                "WhatDoTheyKnow title rules",
            )
        )
    letters = re.sub(r"[^A-Za-z]", "", letter.body)
    if letters and (letters.upper() == letters or letters.lower() == letters):
        out.append(
            LintWarning(
                "wdtk-case",
                "The letter is all in one case; WhatDoTheyKnow asks for mixed case.",
                "WhatDoTheyKnow letter rules",
            )
        )
    return out
