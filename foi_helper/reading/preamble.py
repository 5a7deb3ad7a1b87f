"""A written question's opening: whom it is put to, which House asks, and where the question proper starts.

Every tabled question opens with a formula: "To ask the Secretary of State for Defence, what …" (Commons),
"To ask His Majesty's Government what …" (Lords), "To ask the hon. Member for X, representing the Y, …";
then, often, context clauses ("pursuant to the Answer of 4 May 2023 to Question 1234, …", "with reference to
…, "). Reading, analysis and the corpus all parse it, so they do it here, with one vocabulary.

Two cuts are offered, because their users measure different things (both kept as they were built; on the
91,928 shared API records they agree on 99.0%):
- `after_addressee` / `addressee`: the formula only, loose about misspelt openings ("TTo ask", "To the
  Secretary"). The corpus indexes the terms of what follows and stores the addressee, so an index built with
  it stays valid only while this cut stays exactly as it is.
- `strip_preamble`: the formula and the context clauses, ending where an interrogative starts the question
  (what the analysis splits into points; the clauses go with the preamble, where references are looked for).
"""

from __future__ import annotations

import re

# "His Majesty's Government" (Her until September 2022); pages print a straight, curly or no apostrophe.
MAJESTYS_GOVERNMENT = r"(?:His|Her)\s+Majesty['’]?s\s+Government"
_LORDS_OPENING = re.compile(rf"^\s*To ask {MAJESTYS_GOVERNMENT}", re.IGNORECASE)
_COMMONS_OPENING = re.compile(
    r"^\s*To ask (?:Mr\.? Chancellor|the (?:Secretary of State|Chancellor|Minister|Prime Minister|"
    r"Attorney General|Solicitor General|Advocate General|Leader of the House|"
    r"hon\.? Member|Right Honourable|President|Deputy Prime Minister|Chairman))",
    re.IGNORECASE,
)


def house_from_question(question: str) -> str | None:
    """Lords questions open "To ask His/Her Majesty's Government"; Commons ones address a minister."""
    if _LORDS_OPENING.match(question):
        return "Lords"
    if _COMMONS_OPENING.match(question):
        return "Commons"
    return None


# --- the formula alone (corpus: search terms and the stored addressee) --------------------------------------

# "To ask the Secretary of State for X, …", "To ask the Chancellor of the Exchequer, …", "To ask His Majesty's
# Government what …" (Lords), "To ask the hon. Member for X, representing the Y, …". Sources misspell the
# opening now and then ("TTo ask", "To the Secretary"), hence the loose start. Department names hold commas
# ("Science, Innovation and Technology") but the question after the opening starts in lower case ("what …").
_FORMULA = re.compile(
    rf"^\s*t*to\s+(?:ask\s+)?(?:{MAJESTYS_GOVERNMENT}[\s,]*"
    r"|(?P<who>(?:the\s+|secretary\s).{3,140}?)\s*,\s*(?:representing\s+the\s+.{3,120}?,\s*)?(?=(?-i:[a-z(\d])))",
    re.IGNORECASE,
)


def after_addressee(question: str) -> str:
    """The question without its formal opening, e.g. 'what steps his Department is taking to …'."""
    m = _FORMULA.match(question)
    return question[m.end() :].lstrip() if m else question.strip()


def addressee(question: str) -> str | None:
    """Whom the question is put to ('Secretary of State for Defence'), read from its opening, or None."""
    m = _FORMULA.match(question)
    if not m or not m.group("who"):
        return None
    who = re.sub(r"\s+", " ", m.group("who")).strip()
    who = re.sub(r"^the\s+", "", who, flags=re.IGNORECASE)
    return who[:1].upper() + who[1:]


# --- the formula and its context clauses (analysis: the question proper) ------------------------------------

# Words that start the question proper, and the clauses that say what it builds on rather than what it asks.
_ASKING = (
    r"what|which|how|whether|if|when|who|whom|whose|why|where|for what|on what|by what|in what|at what|"
    r"from what|to what|will|is|are|does|has|can"
)
_CONTEXT_TAIL = (
    r"further to|following|in the light of|in light of|with regard to|in relation to|regarding|referring to|"
    r"in view of"
)
# A question body starts with an interrogative; department names after a comma are capitalised ("Environment,
# Food and Rural Affairs"), so the first comma followed by one of these ends the addressee. The addressee's
# end is looser than a context clause's ("with what", "do", "pursuant" without "to"): making the two lists
# one moves the cut on 151 of 165k shared questions, mostly for the better but not always, so they stay apart.
BODY_START = re.compile(
    rf"(?:{_ASKING}|with what|do|have|the (?:number|cost|amount)|pursuant|with reference|{_CONTEXT_TAIL})\b",
    re.IGNORECASE,
)
_CONTEXT = re.compile(rf"^(?:pursuant to|with reference to|{_CONTEXT_TAIL})\b", re.IGNORECASE)
_QUESTION_WORD = re.compile(rf"(?:{_ASKING})\b", re.IGNORECASE)
_TO_ASK = re.compile(r"^\s*To ask\b", re.IGNORECASE)
# The addressee's comma came after the question's first word: "… Social Services (1) if, pursuant to …".
_OPENED = re.compile(rf"\s((?:\(\s?\w{{1,4}}\s?\)\s*)?(?:{_ASKING}))\s*,\s*$", re.IGNORECASE)
# Where a parenthetical context clause ends: the comma before the question's subject and verb ("…, he will").
_PARENTHESIS_END = re.compile(
    r",\s*(?=(?:he|she|they|it|the Government|his Department|her Department|the Department)\s+"
    r"(?:will|would|has|have|is|are|was|were|can|does|did|intends?|plans?)\b)",
    re.IGNORECASE,
)
_LORDS = re.compile(rf"{_LORDS_OPENING.pattern},?\s*", re.IGNORECASE)


def strip_preamble(question: str) -> tuple[str, str]:
    """(preamble, body): "To ask …," and any "pursuant to …, " or "with reference to …, " context clauses
    go in the preamble; the body is the question proper, in its own words."""
    text = " ".join(question.split())
    cut = _addressee_end(text)
    preamble, body = text[:cut], text[cut:]
    opened = _OPENED.search(preamble)
    if opened and _CONTEXT.match(body):
        # "(1) if, pursuant to his reply of …, he will give …": the question began before its context clause,
        # which is parenthetical; it goes in the preamble and the question keeps its opening words.
        closing = _PARENTHESIS_END.search(body)
        if closing is None:
            return text[: opened.start()].strip(), f"{opened.group(1)} {body}".strip()
        return (f"{text[: opened.start()]}, {body[: closing.start()]}".strip(),
                f"{opened.group(1)} {body[closing.end():]}".strip())
    while _CONTEXT.match(body):
        end = _context_end(body)
        if end is None:
            # "further to her oral contribution on 20th January 2026 whether …": no comma before the question
            m = re.search(r"\s(?=(?:whether|what|how many|how much|if|when|which|why|for what)\b)", body)
            if m is None or len(body[: m.start()].split()) < 5:
                break
            end = m.end()
        preamble, body = preamble + body[:end], body[end:]
    return preamble.strip(), body.strip()


def addressed(question: str) -> tuple[str, str] | None:
    """('the Secretary of State for Defence', 'what steps …'): who is asked, as written, and the question from
    its first word, context clauses included; None when it does not open "To ask …"."""
    text = " ".join(question.split())
    cut = _addressee_end(text)
    who = text[len("To ask ") : cut].strip().rstrip(",")
    return (who, text[cut:]) if cut and who else None


def _addressee_end(text: str) -> int:
    lords = _LORDS.match(text)
    if lords:
        return lords.end()
    if not _TO_ASK.match(text):
        return 0
    for m in re.finditer(r",\s*", text):
        rest = text[m.end() :]
        if rest.lower().startswith("representing"):  # "the hon. Member for X, representing the Commission,"
            continue
        if BODY_START.match(rest):
            return m.end()
    # "To ask the Prime Minister what …" has no comma: cut before the first interrogative word
    # ("To ask the Secretary of State for Health (1) where …": a numbered first part starts the question)
    bare = re.search(r"\s(?=(?:\(\d{1,2}\)\s*)?(?:what|how|whether|if|when|where|which|who|why)\b)", text)
    return bare.end() if bare else 0


def _context_end(body: str) -> int | None:
    """End of a leading context clause: the first comma followed by a question word."""
    for m in re.finditer(r",\s*", body):
        if _QUESTION_WORD.match(body[m.end() :]):
            return m.end()
    return None


# --- the answering department (reading: records that do not say it) -----------------------------------------

# The department that answers for each office a Commons question is addressed to ("To ask the Secretary of
# State for Justice, …"), in the API's own names (answeringBodyName) so the corpus and pasted pages agree. Titles
# not listed follow the usual rule "Secretary of State for X" → "Department for X" (98% right on the 58k API
# records that name their department: see tests/test_reading_clean.py).
_OFFICE_DEPARTMENTS = {
    "the home department": "Home Office",
    "home department": "Home Office",
    "defence": "Ministry of Defence",
    "justice": "Ministry of Justice",
    "health and social care": "Department of Health and Social Care",
    "health": "Department of Health",
    "foreign and commonwealth affairs": "Foreign and Commonwealth Office",
    "foreign, commonwealth and development affairs": "Foreign, Commonwealth and Development Office",
    "housing, communities and local government": "Ministry of Housing, Communities and Local Government",
    "scotland": "Scotland Office",
    "wales": "Wales Office",
    "northern ireland": "Northern Ireland Office",
    # Offices of older Hansard (1970s–2000s), by the departments' own names ("of", not "for"): a name made
    # by the rule ("Department for Social Services") never existed, and no table of bodies knows it.
    "social services": "Department of Health and Social Security",
    "the environment": "Department of the Environment",
    "environment": "Department of the Environment",
    "environment, transport and the regions": "Department of the Environment, Transport and the Regions",
    "trade and industry": "Department of Trade and Industry",
    "employment": "Department of Employment",
    "energy": "Department of Energy",
    "education and science": "Department of Education and Science",
    "social security": "Department of Social Security",
    "national heritage": "Department of National Heritage",
}
_OTHER_OFFICES = {
    "chancellor of the exchequer": "Treasury",
    "chancellor of exchequer": "Treasury",
    "chancellor for the exchequer": "Treasury",
    "chancellor of the duchy of lancaster": "Cabinet Office",
    "minister for the cabinet office": "Cabinet Office",
    "minister for cabinet office": "Cabinet Office",
    "minister for women and equalities": "Women and Equalities",
    "prime minister": "Prime Minister",
    "deputy prime minister": "Deputy Prime Minister",
    "attorney general": "Attorney General",
    "solicitor general": "Attorney General",
    "advocate general for scotland": "Office of the Advocate General for Scotland",
    "leader of the house": "Leader of the House",
    "leader of the house of commons": "Leader of the House",
}
# An office name: capitalised words joined by spaces, commas, "and", "of", "the", "for" ("Environment, Food
# and Rural Affairs"); it ends where lower-case prose starts (", what …", ", on …").
_PROSE = r"(?!(?:What|Whether|If|How|When|Which|Why|Who|Pursuant|With|To|In|On|For)\b)"
_OFFICE = (
    rf"((?:the )?[A-Z][\w'’.-]*(?:(?:,? and |, | of | for | on | the | ){_PROSE}(?:the )?[A-Z][\w'’.-]*)*)"
)
_SECRETARY = re.compile(rf"^\s*To ask the Secretary of State for {_OFFICE}")
_MINISTER_OF_STATE = re.compile(rf"^\s*To ask the Minister of State, {_OFFICE}")
_REPRESENTING = re.compile(
    rf"^\s*To ask the (?:Right )?(?:hon\.? )?Member for [^,]{{1,80}}, representing the {_OFFICE}"
)
_OTHER = re.compile(rf"^\s*To ask (?:the |Mr\.? (?=Chancellor)){_OFFICE}")  # older Hansard: "To ask Mr. Chancellor of …"


def department_from_question(question: str) -> str | None:
    """The answering body named by a Commons question's opening words, or None (Lords questions name none)."""
    m = _SECRETARY.match(question)
    if m:
        office = m.group(1)
        known = _OFFICE_DEPARTMENTS.get(office.lower())
        return known or f"Department for {office[0].upper()}{office[1:]}"
    for pattern in (_MINISTER_OF_STATE, _REPRESENTING):
        m = pattern.match(question)
        if m:
            return m.group(1)
    m = _OTHER.match(question)
    if m:
        return _OTHER_OFFICES.get(m.group(1).lower())
    return None
