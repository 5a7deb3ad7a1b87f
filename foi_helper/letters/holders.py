"""Who holds what a department says it does not: the table of holders, places, and the choice for an answer.

A department that answers "not held centrally" or "a matter for the police" is telling the asker where the
records are. The table (`data/holders.toml`) lists the bodies that hold them: the police forces, NHS England and
the integrated care boards, NHS trusts and councils as classes, agencies that answer FOI requests themselves and
the successors of defunct departments, and the bodies that are not public authorities under FOIA at all.
`choose_holder` reads the answer's pointer phrases ("a matter for", "held by", "published by"), who the question
names and its subject and place, and names the holder with one sentence citing the answer as the reason. It
sends the letter there only on firm ground; otherwise the letter stays with the department and a warning offers
the holder (benchmarks/holders_routing.py measures both against an FOI officer's labels). Pure: no I/O beyond
reading the table, no clock (pass `today`).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..model import Analysis, Fix, LintWarning, WrittenAnswer
from .authorities import OTHER_COST_LIMIT, Authority
from .dodge import NOT_IN_FORM
from .phrasing import words_of_date
from .tables import read_table

# Records selected for permanent preservation are transferred by the time they are 20 years old (Public Records
# Act 1958 s.3(4), as amended by the Constitutional Reform and Governance Act 2010).
ARCHIVE_YEARS = 20


def transfer_due(year: int) -> int:
    """The year by which records made in `year` were due for transfer or destruction: 30 years on under the old
    rule; the 20-year rule came in over 2013-2022, two years' records a year (those of 1983 and 1984 in 2013 …
    of 2001 and 2002 in 2022); 20 years on since."""
    if year < 1983:
        return year + 30
    if year <= 2002:
        return 2013 + (year - 1983) // 2
    return year + ARCHIVE_YEARS


@dataclass(frozen=True)
class Body:
    key: str
    name: str
    kind: str  # police | icb | nhs | trust | agency | department | archive
    url_name: str | None  # WhatDoTheyKnow's; None when it lists none we can vouch for (see no_url_name)
    classes: tuple[str, ...] = ()
    law: str = "foia"
    cost_limit: int = OTHER_COST_LIMIT
    note: str | None = None
    no_url_name: str | None = None
    the: bool = True  # the name takes "the" in a sentence ("the Home Office"; "NHS England", "Kent Police")
    foia: bool = True  # False: not a public authority under FOIA (the s.23(3) bodies); never a holder
    aliases: tuple[str, ...] = ()  # other names an answer uses ("DVLA", "Post Office Ltd")
    note_years: tuple[int, int] | None = None  # the note matters to answers of these years (inclusive) …
    note_when: str | None = None  # … or to answers whose text matches this pattern

    def authority(self, answer: WrittenAnswer | None = None) -> Authority:
        """The body as the authority a letter goes to; its note only when it applies to `answer` (always when
        no answer is given)."""
        note = self.note if answer is None or self.note_applies(answer) else None
        return Authority(
            name=self.name, law=self.law, url_name=self.url_name, cost_limit=self.cost_limit, note=note,
            the=self.the,
        )

    def note_applies(self, answer: WrittenAnswer) -> bool:
        if self.note is None:
            return False
        if self.note_years is None and self.note_when is None:
            return True
        year = answer.date_answered.year if answer.date_answered else None
        if self.note_years and year is not None and self.note_years[0] <= year <= self.note_years[1]:
            return True
        return bool(self.note_when and re.search(self.note_when, f"{answer.question}\n{answer.answer}"))


@dataclass(frozen=True)
class BodyClass:
    key: str  # "police-england-wales": the name a batch is asked for by
    name: str  # "the police forces of England and Wales"
    each: str  # "each police force in England and Wales"
    kind: str
    category: str | None  # WhatDoTheyKnow's category tag, for the classes whose members are not listed here
    members: tuple[Body, ...] = ()
    size: int | None = None  # how many members the class has (a test holds the table to it)
    law: str = "foia"

    @property
    def category_url(self) -> str | None:
        return f"https://www.whatdotheyknow.com/body/list/{self.category}" if self.category else None


@dataclass(frozen=True)
class Successor:
    was: tuple[str, ...]
    now: tuple[Body, ...]
    why: str
    # Each successor's subjects: the question's subject picks the one body that holds it (DHSS benefits → DWP).
    subjects: tuple[tuple[Body, re.Pattern[str]], ...] = ()
    # The department still exists and keeps what no subject names (the NIO, whose devolved functions moved).
    keeps: bool = False
    # A successor that held the name's other business only for a time: answers of those dates go to it when no
    # subject decides (the Deputy Prime Minister's office sat in the Cabinet Office from 2006 to 2015).
    during: tuple[tuple[Body, date, date], ...] = ()

    def by_date(self, answered: date | None) -> Body | None:
        """The successor that held the business on the answer's date, when one is set for it."""
        if answered is None:
            return None
        return next((body for body, start, end in self.during if start <= answered <= end), None)

    def by_subject(self, question: str) -> Body | None:
        """The one successor whose subjects the question names, or None when none or several do."""
        text = _DEPARTMENT_NAME.sub(" ", question or "")
        named = [body for body, pattern in self.subjects if pattern.search(text)]
        return named[0] if len(named) == 1 else None


# A department's or minister's own name says nothing of the subject ("the Department of Health and Social
# Security" asked about benefits).
_DEPARTMENT_NAME = re.compile(
    r"\b(?:Department|Secretary of State|Ministry|Minister|Office)\s+(?:of|for)\s+(?:the\s+)?"
    r"[A-Z][\w'’-]*(?:,?\s+(?:and\s+|of\s+|for\s+|the\s+)*[A-Z][\w'’-]*)*"
)


@dataclass(frozen=True)
class Area:
    place: str
    police: Body | None
    icb: Body | None
    ambulance: Body | None = None


@dataclass(frozen=True)
class HolderTable:
    bodies: dict[str, Body]
    classes: dict[str, BodyClass]
    successors: tuple[Successor, ...]
    areas: dict[str, Area]  # place name → its force and ICB
    place_pattern: re.Pattern[str]


def _body(key: str, raw: dict[str, Any]) -> Body:
    url_name = None if "no_url_name" in raw else raw.get("url_name", key)
    years = raw.get("note_years")
    return Body(
        key=key,
        name=raw["name"],
        kind=raw["kind"],
        url_name=url_name,
        classes=tuple(raw.get("classes", ())),
        law=raw.get("law", "foia"),
        cost_limit=int(raw.get("cost_limit", OTHER_COST_LIMIT)),
        note=raw.get("note"),
        no_url_name=raw.get("no_url_name"),
        the=bool(raw.get("the", True)),
        foia=bool(raw.get("foia", True)),
        aliases=tuple(raw.get("aliases", ())),
        note_years=(int(years[0]), int(years[1])) if years else None,
        note_when=raw.get("note_when"),
    )


@functools.cache
def holder_table() -> HolderTable:
    """The table shipped in the package, read once."""
    raw = read_table("holders.toml")
    bodies = {key: _body(key, value) for key, value in raw["bodies"].items()}
    classes = {
        key: BodyClass(
            key=key,
            name=value["name"],
            each=value["each"],
            kind=value["kind"],
            category=value.get("category"),
            members=tuple(b for b in bodies.values() if key in b.classes),
            size=value.get("size"),
            law=value.get("law", "foia"),
        )
        for key, value in raw["classes"].items()
    }
    successors = tuple(
        Successor(
            tuple(s["was"]), tuple(bodies[k] for k in s["now"]), s["why"],
            tuple((bodies[k], re.compile(rf"\b(?:{words})\b", re.IGNORECASE))
                  for k, words in s.get("subjects", {}).items()),
            bool(s.get("keeps", False)),
            tuple((bodies[k], date.fromisoformat(span[0]), date.fromisoformat(span[1]))
                  for k, span in s.get("during", {}).items()),
        )
        for s in raw["successors"]
    )
    areas: dict[str, Area] = {}
    for area in raw["areas"]:
        police = bodies[area["police"]] if "police" in area else None
        icb = bodies[area["icb"]] if "icb" in area else None
        ambulance = bodies[area["ambulance"]] if "ambulance" in area else None
        for place in area["places"]:
            areas[place] = Area(place, police, icb, ambulance)
    names = sorted(areas, key=len, reverse=True)  # "Kingston upon Hull" before "Hull"
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")
    return HolderTable(bodies, classes, successors, areas, pattern)


def body_class(key: str) -> BodyClass | None:
    return holder_table().classes.get(key.strip().lower())


def batch_classes() -> list[BodyClass]:
    """The classes a batch of letters can go to: those whose members the table lists."""
    return [c for c in holder_table().classes.values() if c.members]


def _name_key(text: str) -> str:
    text = text.lower().replace("&", " and ").replace("’", "'")
    text = re.sub(r"['.,()]", "", text)
    text = re.sub(r"^the\s+", "", text.strip())
    return re.sub(r"\s+", " ", text)


def body_named(text: str) -> Body | None:
    """A body of the table by its name or WhatDoTheyKnow url_name ("Staffordshire Police", "the_met")."""
    wanted = _name_key(text)
    for body in holder_table().bodies.values():
        if wanted in (_name_key(body.name), body.key, body.url_name or "") or wanted in (
            _name_key(a) for a in body.aliases
        ):
            return body
    return None


def successors_of(department: str | None) -> Successor | None:
    """Who holds a defunct department's records now (BEIS → DESNZ, DSIT, DBT), or None."""
    if not department:
        return None
    wanted = _name_key(department)
    for successor in holder_table().successors:
        if any(_name_key(name) == wanted for name in successor.was):
            return successor
    return None


def places_in(text: str) -> list[Area]:
    """The places of the gazetteer named in `text`, first named first (longest name at each spot)."""
    table = holder_table()
    seen: dict[str, Area] = {}
    for m in table.place_pattern.finditer(text):
        seen.setdefault(m.group(0), table.areas[m.group(0)])
    return list(seen.values())


# ---------------------------------------------------------------------------------------------------------
# The answer: does it say the records are elsewhere?

_NOT_HELD = re.compile(
    r"\bnot (?:held|collected|recorded|collated|kept|available) centrally\b|\bdo(?:es)? not (?:centrally )?"
    r"(?:hold|collect|record)\b[^.]{0,60}\bcentrally\b",
    re.IGNORECASE,
)
_FORMAT = NOT_IN_FORM
_LOCAL = re.compile(
    r"\bheld (?:locally|by (?:individual|local)\b)|\blocal(?:ly held)? (?:records|data)\b", re.IGNORECASE
)
_MATTER = re.compile(
    r"\b(?:operational )?(?:matter|responsibility|decision)s? for (?P<who>(?:the |individual |local |each )?"
    r"(?:police(?: forces)?|chief (?:constables?|officers?)|(?:police )?forces|NHS England|NHS trusts|trusts|"
    r"integrated care boards|ICBs|local (?:authorities|councils|forces)|councils|Transport for London|TfL|"
    r"the Mayor of London|Mayor of London|UK Visas and Immigration|"
    # or any body the answer names by its capitalised name ("an operational matter for Network Rail")
    r"(?-i:[A-Z][\w&'’-]+(?: (?:of|and|for|the|[A-Z][\w&'’-]+)){0,6}(?<! of)(?<! and)(?<! for)(?<! the))))\b",
    re.IGNORECASE,
)
_NOT_HOLD = re.compile(
    r"\b(?:do(?:es)?|did) not (?:hold|collect|record)\b|\b(?:is|are) not (?:held|collected|recorded)\b|"
    r"\bno (?:data|information|records?) (?:is|are) (?:held|collected)\b|\bholds no (?:records|data|information)\b",
    re.IGNORECASE,
)


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.;])\s+|\n+", text or "") if s.strip()]


def _not_held_at(answer_text: str) -> set[int]:
    """Which sentences of the answer say it is not held (the pointer beside one is about the same thing)."""
    patterns = (_NOT_HELD, _FORMAT, _LOCAL, _NOT_HOLD)
    return {i for i, s in enumerate(_sentences(answer_text)) if any(p.search(s) for p in patterns)}


def _gist(answer: WrittenAnswer, analysis: Analysis) -> tuple[str, str] | None:
    """What the answer said, in the words of the holder sentence ("it does not hold this information
    centrally"), and the answer's sentence it comes from; None when it does not send the asker elsewhere."""
    sentences = _sentences(answer.answer)
    checks: list[tuple[re.Pattern[str], str]] = [
        (_NOT_HELD, "it does not hold this information centrally"),
        (_FORMAT, "it does not hold the information in the form asked for"),
        (_LOCAL, "the information is held locally"),
        (_MATTER, ""),
        (_NOT_HOLD, "it does not hold this information"),
    ]
    for pattern, gist in checks:
        for sentence in sentences:
            m = pattern.search(sentence)
            if not m:
                continue
            if pattern is _MATTER:
                who = re.sub(r"^(?:the|a)\s+", "", m.group("who").strip(), flags=re.IGNORECASE)
                known = body_named(who)
                gist = f"this is a matter for {_the(known) if known is not None else _the_group(who)}"
            elif pattern is _FORMAT:
                # "NHSR does not hold the information in the format requested": the body said it, not the
                # department
                named = re.match(r"\s*(?:The\s+)?([A-Z][\w&'’ -]{1,60}?)\s+(?:does|do|did) not hold\b", sentence)
                known = body_named(named.group(1)) if named else None
                if known is not None:
                    gist = f"{_the(known)} does not hold the information in the form asked for"
            return gist, sentence
    if any(e.kind == "not_held" for e in analysis.evasions):
        return "it does not hold this information", next(
            e.text for e in analysis.evasions if e.kind == "not_held"
        )
    return None


def _passed_on_in(sentence: str, analysis: Analysis) -> bool:
    """Is the sentence one the analysis found says the department does not hold it ("The scheme is run by the
    Department for …")? Its pointer is then the answer's own word on who holds it."""
    said = re.sub(r"\s+", " ", sentence).strip()
    return any(e.kind == "not_held" and re.sub(r"\s+", " ", e.text).strip() in said for e in analysis.evasions)


def _the_group(who: str) -> str:
    if re.match(
        r"(?:NHS England|Transport for London|TfL|UK Visas|individual|local|each)\b", who, re.IGNORECASE
    ):
        return who
    return f"the {who}"


# ---------------------------------------------------------------------------------------------------------
# Who the answer names as holding it: "a matter for Post Office Ltd", "held by the relevant local planning
# authority", "ICBs are responsible for", "published by NHS England". A holder is a body of the table or a
# kind of body (every police force, every council, …).

_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "police",
        re.compile(
            r"\b(?:police(?: forces?| services?)?|chief (?:constables?|officers?)|(?:local |individual )?forces)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "councils",
        re.compile(
            r"\blocal (?:planning |housing |education |licensing |highway |transport )?(?:authorit(?:y|ies)|"
            r"councils?)\b|\b(?:county |district |borough |unitary )?councils\b|\blocal government\b|"
            r"\btrading standards\b|\blicensing authorit(?:y|ies)\b|\bplanning authorit(?:y|ies)\b",
            re.IGNORECASE,
        ),
    ),
    ("icbs", re.compile(r"\bintegrated care boards?\b|\bICBs?\b", re.IGNORECASE)),
    (
        "trusts",
        re.compile(r"\b(?:NHS|National Health Service|hospital) trusts\b|\bindividual trusts\b", re.IGNORECASE),
    ),
    ("departments", re.compile(r"\b(?:individual|government|each|other) departments?\b", re.IGNORECASE)),
)

# A holder named after the frame ("a matter for X") or before it ("X are responsible for").
_AFTER = re.compile(
    r"\b(?:operational |a )?(?:matters?|responsibility|decisions?|issues?) for\s+(?P<w>[^.;:]{1,90})|"
    r"\b(?:is|are) (?:the )?(?:sole |direct )?responsibility of\s+(?P<w2>[^.;:]{1,90})|"
    r"\b(?:held|recorded|collected|kept|maintained|commissioned|funded|administered|run|led|managed|operated)"
    r"(?: and (?:held|funded|commissioned|recorded|maintained|run|managed|operated))? (?:locally )?by\s+"
    r"(?P<w3>[^.;:]{1,90})|"
    r"\bwish to (?:contact|write to|approach|ask)\s+(?P<w4>[^.;:]{1,120})|"
    r"\b(?:empower\w*|allow\w*|enabl\w*)\s+(?P<w5>[^.;:]{1,60}?)\s+to (?:make|take) (?:the |these |such )?decisions",
    re.IGNORECASE,
)
_BEFORE = re.compile(
    r"(?P<w>[^.;:]{1,200}?),?\s+(?:is|are) (?:operationally |entirely )?(?:independent of (?:the )?government|"
    r"responsible for|best placed to)|"
    r"\b(?:as|because|since)\s+(?P<w2>[^.;:]{1,80}?)\s+do(?:es)? not (?:share|report|submit|provide|send)|"
    r"\b(?P<w3>each (?:department|force|council|trust|authority|integrated care board))\s+"
    r"(?:will have|has|holds|keeps|sets|decides)\s+its own|"
    # "NHS Resolution (NHSR) manages clinical negligence and other claims against the NHS"
    r"(?P<w4>[^.;:]{1,80}?)\s+(?:manages|administers|handles|processes|maintains)\s+(?:[\w-]+\s+){0,5}?"
    r"(?:claims|cases|applications|records|register|scheme|payments)\b",
    re.IGNORECASE,
)
_PUBLISHED = re.compile(
    r"(?P<w>[^.;:]{1,80}?)\s+(?:publishes|collects|produces)\b|\bpublished (?:\w+ ){0,3}by\s+(?P<w2>[^.;:]{1,80})",
    re.IGNORECASE,
)
_DOES_NOT = re.compile(
    # (not "does not hold the information in the format requested": it holds it in another)
    r"(?P<w>[^.;:]{1,80}?)\s+(?:does|do|did) not (?:hold|collect|record|monitor|have)\b"
    r"(?![^.;:]{0,40}\bin the (?:format|form|way) requested)|"
    r"(?P<w2>[^.;:]{1,80}?)\s+cannot confirm\b|"
    # "The data requested is not held by NHS England": that body, not the sentence's subject, does not hold it
    r"\b(?:is|are|was|were) not (?:held|collected|recorded|kept) (?:centrally )?by (?P<w3>[^.;:,]{2,80})",
    re.IGNORECASE,
)

Target = Body | str  # a body of the table, or a kind of body: police | councils | icbs | trusts | departments


@functools.cache
def _body_names() -> tuple[tuple[re.Pattern[str], Body], ...]:
    """Each body's name and aliases as a pattern, longest first (acronyms match in capitals only)."""
    names: list[tuple[str, Body]] = []
    for body in holder_table().bodies.values():
        for name in (body.name, *body.aliases):
            names.append((name, body))
    # A defunct department with one successor names it ("run by the Department for Levelling Up, Housing and
    # Communities": the Ministry of Housing, Communities and Local Government now).
    for successor in holder_table().successors:
        if len(successor.now) == 1 and not successor.keeps:
            names += [(name, successor.now[0]) for name in successor.was]
    names.sort(key=lambda nb: len(nb[0]), reverse=True)
    out: list[tuple[re.Pattern[str], Body]] = []
    for name, body in names:
        flags = 0 if re.fullmatch(r"[A-Z][A-Za-z]{1,5}", name) and name.upper() == name else re.IGNORECASE
        words = re.escape(name).replace(r"\ and\ ", r"\ (?:and|&)\ ")  # "Housing & Communities"
        out.append((re.compile(rf"(?<![\w-]){words}(?![\w-])", flags), body))
    return tuple(out)


def _named_in(text: str) -> list[tuple[int, Target]]:
    """The holders named in `text`, by position; a body's name wins over a kind word inside it."""
    found: list[tuple[int, int, Target]] = []
    taken: list[tuple[int, int]] = []
    for pattern, body in _body_names():
        for m in pattern.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            found.append((m.start(), m.end(), body))
    for kind, pattern in _KINDS:
        for m in pattern.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            found.append((m.start(), m.end(), kind))
    found.sort(key=lambda f: f[0])
    return [(start, target) for start, _, target in found]


@dataclass(frozen=True)
class _Pointer:
    targets: tuple[Target, ...]  # first the holder, then others named with it
    explicit: bool  # "a matter for", "held by": the answer says so; False: "published by" (it has some of it)
    sentence: str
    index: int = 0  # which sentence of the answer


def _targets(span: str, *, last: bool = False) -> list[Target]:
    named = [t for _, t in _named_in(span)]
    if last and named:
        return [named[-1]]
    return named


def _pointers(answer_text: str, department: str) -> tuple[list[_Pointer], set[str]]:
    """The answer's pointers to holders, in order, and the keys of bodies it says do not hold it."""
    pointers: list[_Pointer] = []
    refused: set[str] = set()
    # The department itself, by its name now or, when it has since been renamed, its successor's
    successor = successors_of(department)
    own = {b.key for b in holder_table().bodies.values() if _name_key(b.name) == department} | (
        {successor.now[0].key} if successor is not None and len(successor.now) == 1 and not successor.keeps else set())
    for index, sentence in enumerate(_sentences(answer_text)):
        for m in _DOES_NOT.finditer(sentence):
            by = m.group("w3")
            for t in _targets(by or m.group("w") or m.group("w2") or "", last=not by):
                if isinstance(t, Body):
                    refused.add(t.key)
        for pattern, explicit, last in ((_AFTER, True, False), (_BEFORE, True, False), (_PUBLISHED, False, True)):
            for m in pattern.finditer(sentence):
                span = next(g for g in m.groups() if g)
                if pattern is _AFTER:
                    span = " ".join(span.split()[:12])
                named = _targets(span, last=last)
                if pattern is _AFTER and named:
                    named = named[:1] + [t for t in named[1:] if isinstance(t, Body)]
                named = [t for t in named if not (isinstance(t, Body) and t.key in own)]
                if named:
                    pointers.append(_Pointer(tuple(named), explicit, sentence, index))
    pointers = [
        _Pointer(tuple(t for t in p.targets if not (isinstance(t, Body) and t.key in refused)), p.explicit,
                 p.sentence, p.index)
        for p in pointers
    ]
    return [p for p in pointers if p.targets], refused


# ---------------------------------------------------------------------------------------------------------
# The question: what it asks about, and whether it asks about the department's own doings.


@dataclass(frozen=True)
class _Rule:
    subject: str
    pattern: re.Pattern[str]


def _rx(words: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{words})", re.IGNORECASE)


RULES: tuple[_Rule, ...] = (
    _Rule(
        "immigration",
        _rx(
            r"student visas?|visa applications?|visas? (?:issued|granted|refused)|tier 4|tier 2|"
            r"student route|sponsor(?:ship)? licen[cs]es?|licensed sponsors?|international students|"
            r"confirmations? of acceptance|asylum (?:claims|applications)|leave to remain"
        ),
    ),
    _Rule(
        "london-transport",
        _rx(
            r"tube\b|london underground|the underground|london buses|london bus|"
            r"overground|elizabeth line|transport for london|tfl\b|oyster|docklands light"
        ),
    ),
    _Rule(
        "police",
        _rx(
            r"crimes?\b|offen[cs]es?\b|incidents? of (?:knife|gun|violen)|knife|firearms?\b|arrests?\b|"
            r"stop and search|police|anti-social behaviour|shoplifting|burglar|robber|homicide|"
            r"domestic abuse (?:incidents|offences|crimes|cases)|rape\b|sexual offen"
        ),
    ),
    _Rule(
        "gp", _rx(r"GPs?\b|general practi|primary care|GP appointments|surgery appointments|practice list")
    ),
    _Rule("mental-health", _rx(r"mental health|CAMHS|psychiatr")),
    _Rule("ambulance", _rx(r"ambulance")),
    _Rule(
        "hospital",
        _rx(
            r"hospitals?\b|A&E\b|A and E|accident and emergency|wards?\b|ward clerks?|NHS trusts?|"
            r"waiting (?:times?|lists?)|elective|outpatient|inpatient|bed(?:s| days)\b|nurses|"
            r"consultants|operations\b|diagnos|referrals?|clinicians|NHS staff|NHS workforce"
        ),
    ),
    _Rule(
        "councils",
        _rx(
            r"council tax|bins?\b|bin collections?|refuse collection|waste collection|potholes?|"
            r"fly-?tipping|public libraries|parking (?:fines|charges|penalt)|street lighting|"
            r"home to school transport|school transport|council housing"
        ),
    ),
    _Rule(
        "prisons",
        _rx(r"prisons?\b|prisoners?|probation (?:service|officers?|staff|caseloads?)|on probation\b|"
            r"young offender institution"),
    ),
    _Rule("driving", _rx(r"driving licen[cs]es?|vehicle (?:excise|tax|registration)|DVLA")),
    _Rule(
        "environment",
        _rx(
            r"flood defen|sewage (?:discharge|spill)|river pollution|bathing water|"
            r"environmental permit|Environment Agency"
        ),
    ),
    _Rule(
        "tax",
        _rx(r"tax (?:receipts|reliefs?|allowances?|credits?|returns?|paid|take|gap|yield|avoidance|evasion)|"
            r"income tax|national insurance contributions|corporation tax|capital gains tax|inheritance tax|"
            r"stamp duty|self[- ]assessment|PAYE\b|benefits? in kind|Trivial Benefit|HMRC\b"),
    ),
    _Rule("inspection", _rx(r"Ofsted|school inspections?")),
    _Rule("exams", _rx(r"Ofqual|GCSE|A-level|A level grades|exam(?:ination)? (?:grades|results|boards)")),
    _Rule(
        "government-estate",
        _rx(
            r"government (?:buildings|offices|estate|property)|office space|hub offices|"
            r"Government Property Agency"
        ),
    ),
)

# Which departments already are the holder for a subject (no routing when they answered).
_SELF = {
    "immigration": ("home office",),
    "prisons": ("hm prison and probation service",),
    "police": ("ministry of defence",),  # the service police, not the territorial forces
    "london-transport": ("transport for london",),
    "tax": ("hm revenue and customs",),
}
# Subjects a department answers for from its own angle: a health department on prisons means prison healthcare.
_NOT_FOR = {"prisons": ("department of health and social care", "department of health")}

_PLAIN: dict[str, str] = {  # subject → the body that holds it when no place names one
    "immigration": "ukvi",
    "london-transport": "tfl",
    "tax": "hmrc",
    "gp": "nhs_england",
    "mental-health": "nhs_england",
    "ambulance": "nhs_england",
    "hospital": "nhs_england",
    "prisons": "hmpps",
    "driving": "dvla",
    "environment": "environment_agency",
    "inspection": "ofsted",
    "exams": "ofqual",
    "government-estate": "gpa",
}
_TRUSTS = {
    "hospital": "acute-trusts",
    "mental-health": "mental-health-trusts",
    "ambulance": "ambulance-trusts",
}
_NHS = ("gp", "hospital", "mental-health", "ambulance")
# NHS matters whose records are not in NHS England's national collections: the professional regulators'
# registers, clinical negligence claims (NHS Resolution), and what independent contractors keep.
_NOT_NHS_DATA = re.compile(
    r"\bstruck off\b|\bfitness to practi[sc]e\b|\bclinical negligence\b|\blitigation\b|"
    r"\b(?:incidents|abuse|assaults?|harassment)\b[^.;]{0,80}\b(?:GP|dental|general) practices\b",
    re.IGNORECASE,
)


CRIME = _rx(
    r"crimes?\b|offen[cs]es?\b|incidents?\b|arrests?\b|knife|firearms?\b|stop and search|burglar|"
    r"robber|homicide|shoplifting|rape\b|charges?\b|prosecutions?\b|convictions?\b"
)

# The question's opening names the department ("… for Health and Social Care, …"), not the subject.
_OPENING = re.compile(
    r"^\s*To ask (?:the )?(?:Secretary of State for|Minister for|Chancellor of|Minister of|"
    r"Attorney General|Prime Minister|Solicitor General|Leader of|Deputy Prime|President of)[^,]*,\s*",
    re.IGNORECASE,
)
# What only frames the question: a citation of an earlier answer or report, "what information his
# Department holds on", and what the question leaves out ("vehicles other than ambulances").
_FRAMING = re.compile(
    r"^(?:pursuant to|with reference to|further to)[^,]*(?:,\s*(?:to )?Question \d+)?(?:,\s*on [^,]*)?,\s*|"
    r"\b(?:what|whether|if) (?:information|data|records)? ?(?:his|her|their|the) Department holds?"
    r"(?: any)?(?: information| data| records)?(?: on| about| regarding)?\b|"
    r"\bwhether (?:his|her|their|the) Department holds (?:any )?(?:information|data|records)(?: on| about)?\b|"
    r"\b(?:other than|excluding|except(?: for)?) (?:the )?\w+",
    re.IGNORECASE,
)
# The department's own doings: its staff, spending, contracts, steps, discussions, assessments and plans.
_OWN_RECORDS = re.compile(
    r"\b(?:in|by|for|within|across|to|of|at) (?:his|her|their|the|its) (?:Department|Ministry)\b|"
    r"\b(?:his|her|their) (?:Department|Ministry)['’]s\b|"
    r"\b(?:his|her|their|the) (?:Department|Ministry) (?:has )?(?:spent|spends|paid|employ\w*|procured|"
    r"awarded|received|sent|issued|commissioned|provided|allocated|given)\b|"
    # the department's own estimate of an effect: a policy appraisal, not a count another body keeps
    r"\b(?:assessment|estimate|analysis)\b[^.;]{0,60}\b(?:potential |likely |expected )?(?:impact|effects?|"
    r"implications|merits)\b",
    re.IGNORECASE,
)
_OWN_ACTS = re.compile(
    r"\bwhat (?:recent )?(?:steps|discussions|assessment|representations|plans|guidance|consideration|"
    r"progress|meetings|evaluation|analysis|view)\b|"
    r"\bwhether (?:(?:his|her|their|the) (?:Department|Ministers?)|the Government|(?:he|she|they|ministers|"
    r"officials) (?:has|have|had|will|plans?|intends?|gave|made))\b|"
    r"\b(?:if|whether) (?:he|she|they) (?:will|plans? to) (?!make (?:an?|the) (?:\w+ )?estimate|publish)\w+",
    re.IGNORECASE,
)
_FIGURES = re.compile(
    r"\bhow many\b|\bhow much\b|\bnumbers? of\b|\bproportion\b|\bpercentage\b|"
    r"\bwhat (?:the|was the|is the|were the) (?:average|total|cost|rate|number|requirement|amount|level)|"
    r"\bestimate of (?:the )?(?:\w+ )?(?:number|cost|total|amount|savings)|\bwhat (?:funding|amount)",
    re.IGNORECASE,
)
_NATIONAL = re.compile(
    r"\b(?:England|the UK|United Kingdom|Great Britain|nationally|each (?:region|area|force|trust|constituency))\b|"
    r"\ball (?:NHS )?(?:[Tt]rusts|forces|police forces|councils|ICBs|integrated care boards|local authorities)\b"
)
_ALL_FORCES = re.compile(
    r"\b(?:all|each|every|individual|other) (?:other )?police forces?\b|\bpolice forces in\b", re.IGNORECASE
)
# Who the question names as doing it: "spent by local authorities", "whether any local authorities have".
_COUNCIL_ACTOR = re.compile(
    r"\blocal (?:planning |housing |education |licensing )?authorit(?:y|ies)\b|\blocal councils\b|"
    r"\b(?:county|district|borough|unitary) councils\b|\btrading standards\b|\blicensing authorities\b",
    re.IGNORECASE,
)
_TRUST_ACTOR = re.compile(r"\b(?:by|in|across|from|at) (?:all |individual |each )?NHS trusts\b", re.IGNORECASE)
_NAMED_TRUST = re.compile(
    r"\b((?:[A-Z][\w'’&-]*\s+(?:(?:and|of|the|upon|on)\s+)?){1,8}(?:NHS\s+)?(?:Foundation\s+)?Trust)\b"
)
_TRUST_WORDS = re.compile(r"\b(?:Hospitals?|Healthcare|Health|Ambulance|Teaching|University|NHS|Mental|Care)\b")
_NAMED_HOSPITAL = re.compile(r"\b((?:(?!To\b|The\b|NHS\b)[A-Z][\w'’-]+\s+){1,5}Hospital)\b(?!s|\s+(?:NHS|Trust))")
# Information held only in the courts' case files: court records (FOIA s.32), not a body's to give.
_COURT_FILES = re.compile(
    r"\b(?:held|recorded|found) (?:only )?in (?:individual )?(?:court|case) (?:records|files)|"
    r"\b(?:review|search|examination) of (?:individual )?(?:court |case )(?:records|files)|"
    r"\bindividual (?:court )?case files\b",
    re.IGNORECASE,
)


def question_subject_text(question: str) -> str:
    return _OPENING.sub("", question or "", count=1)


def _asked(question: str) -> str:
    """The question without its opening and framing: what it asks about."""
    return _FRAMING.sub(" ", question_subject_text(question))


_HANDED_OVER = re.compile(r"\b(?:is|are|remains?) (?:an? |entirely an? |primarily an? )?(?:operational |day-to-day )?"
                          r"matters? for\b|\bis the (?:operational )?responsibility of\b", re.IGNORECASE)


def _own_business(asked: str) -> bool:
    """The question asks about the department's own staff, spending, steps, talks, assessments or plans:
    it holds those records itself, whoever holds the figures behind them."""
    if _OWN_RECORDS.search(asked):
        return True
    return bool(_OWN_ACTS.search(asked)) and not _FIGURES.search(asked)


_HEALTH = ("department of health and social care", "department of health", "department of health and social security")
_SAYS_NHS = re.compile(r"\bNHS\b|National Health Service|\bhospitals?\b|\bpatients\b", re.IGNORECASE)


def _subject_of(asked: str, department: str) -> str | None:
    for rule in RULES:
        if department in _NOT_FOR.get(rule.subject, ()):
            continue
        if rule.subject in _NHS and department not in _HEALTH and not _SAYS_NHS.search(asked):
            continue  # a transport department's "waiting times" are driving tests, not hospital waits
        if rule.subject == "police" and department in _HEALTH and _ON_NHS_PREMISES.search(asked):
            continue  # crimes in NHS hospitals or against NHS staff: the trusts' own incident reports hold them
        if rule.pattern.search(asked):
            return rule.subject
    return None


_ON_NHS_PREMISES = re.compile(r"\b(?:in|at) (?:NHS|national health service) (?:hospitals?|premises|trusts?)\b|"
                              r"\bagainst (?:NHS |hospital )(?:staff|workers|patients)\b", re.IGNORECASE)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def _named_trust(asked: str, whole: str | None = None) -> Body | None:
    """An NHS trust or hospital the question names: the table's (the London Ambulance Service) or, when the
    table does not list it, the trust as the question names it (no url_name: the user finds it)."""
    for _, target in _named_in(asked):
        if isinstance(target, Body) and target.kind == "trust":
            return target
    mentions = [re.sub(r"\s+", " ", m.group(1)).strip() for m in _NAMED_TRUST.finditer(whole or asked)]
    mentions = [n for n in mentions if _TRUST_WORDS.search(n) and len(n.split()) > 2]
    mentions.sort(key=lambda n: " NHS " not in f" {n} ")  # the official name ("… NHS Foundation Trust") first
    if mentions:
        return Body(
            key=f"named-{_slug(mentions[0])}", name=mentions[0], kind="trust", url_name=None,
            no_url_name=_TRUST_LIST,
        )
    for m in _NAMED_HOSPITAL.finditer(asked):
        hospital = re.sub(r"\s+", " ", m.group(1)).strip()
        return Body(
            key=f"named-{_slug(hospital)}", name=f"the NHS trust that runs {hospital}", kind="trust",
            url_name=None, no_url_name=_TRUST_LIST, the=False,
        )
    return None


_TRUST_LIST = "Not in the table; WhatDoTheyKnow lists NHS trusts at https://www.whatdotheyknow.com/body/list/hospital_trust."


# ---------------------------------------------------------------------------------------------------------
# The choice.


@dataclass(frozen=True)
class HolderChoice:
    """Where the records are, and why: the body (or every body of a class) and one sentence citing the answer.

    `routed`: the letter goes to `holder`. When the evidence is weaker (only the subject names an agency, the
    question is about the department's own doings, the answer only says the body publishes some of it) the
    letter stays with the department and a warning offers the holder: a wrong body costs the requester
    twenty working days, the department at least holds its own part."""

    subject: str  # police | gp | hospital | mental-health | ambulance | councils | immigration | …
    holder: Body | None  # the body the letter goes to; None when each member of `body_class` holds its part
    body_class: BodyClass | None  # every member holds its own part (a batch: one letter per body)
    also: tuple[Body, ...]  # other bodies holding part of it (NHS England beside an ICB)
    place: str | None
    said: str  # the answer's own sentence
    crime: bool  # the question is about crimes, offences or incidents (the police hold their own records of them)
    sentence: str  # "The Home Office answered on 4 March 2019 that …; the Metropolitan Police Service holds …"
    routed: bool = True  # the letter goes to `holder`; False: it stays, and a warning offers `holder`
    notes: tuple[LintWarning, ...] = ()  # what the user must know instead (not a public authority, court records)

    def sentence_for(self, body: Body) -> str:
        """The sentence for a letter to `body`, one of the class or an `also` body (a batch, or one chosen)."""
        if self.holder is not None and body.key == self.holder.key:
            return self.sentence
        head = self.sentence.split("; ", 1)[0]
        if self.body_class is not None and body in self.body_class.members:
            return f"{head}; {_class_clause(self.subject, self.body_class, self.crime)}."
        return f"{head}; {_clause(self.subject, body, self.place, self.crime)}."

    def warnings(self) -> list[LintWarning]:
        rule = "FOIA s.1(1): the body that holds it"
        out: list[LintWarning] = list(self.notes)
        if self.holder is not None and not self.routed:
            where = "" if self.holder.url_name else f" ({self.holder.no_url_name})"
            out.append(
                LintWarning(
                    "holder-offer",
                    f"{_capital(_the(self.holder))} may hold this rather than the department that answered; "
                    f"the letter stays with the department; it can be sent there instead{where}.",
                    rule,
                    Fix("authority", self.holder.url_name or repr(self.holder.name)),
                )
            )
        if self.holder is None and self.body_class is not None:
            if self.body_class.members:
                how, fix = "make one letter per body", Fix("batch", self.body_class.key)
            else:
                how = f"choose the one for the place (WhatDoTheyKnow lists them at {self.body_class.category_url})"
                fix = Fix("authority")
            where = f" for {self.place}" if self.place and not self.body_class.members else ""
            out.append(
                LintWarning(
                    "holder-class",
                    f"{_capital(self.body_class.each)}{where} holds its own part of this "
                    f"rather than the department that answered; {how}.",
                    rule,
                    fix,
                )
            )
        for body in self.also:
            out.append(
                LintWarning(
                    "holder-also",
                    f"{_capital(_the(body))} also holds part of this; a second request can go there.",
                    rule,
                    Fix("authority", body.url_name or repr(body.name)),
                )
            )
        return out


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _the(body: Body) -> str:
    """The body's name as a sentence uses it: "the Home Office", "NHS England", "Kent Police" (the table's flag)."""
    return f"the {body.name}" if body.the and not body.name.lower().startswith("the ") else body.name


def _clause(subject: str, body: Body, place: str | None, crime: bool = True) -> str:
    who = _the(body)
    where = f" in {place}" if place else ""
    if body.kind == "police":
        if subject == "police" and not crime:
            return f"{who} holds its own records of this" + (f" for {place}" if place else "")
        return f"{who} holds the records of the crimes and incidents it recorded{where}"
    if body.kind == "icb":
        return (
            f"{who} commissions the NHS services{where}, GP services included, and holds their local data, "
            f"and NHS England holds the national data collections"
        )
    if body.key == "nhs_england":
        if subject == "gp":
            return "NHS England holds the national data on GP appointments and general practice"
        return "NHS England holds the national NHS data collections, the workforce and hospital activity data included"
    if body.key == "nhs_resolution":
        return "NHS Resolution handles the clinical negligence claims against the NHS in England and holds their records"
    if body.key == "tfl":
        return "Transport for London runs the Underground and London's buses, employs their staff and holds their records"
    if body.key == "ukvi":
        return "the Home Office holds, through UK Visas and Immigration, the records of visas, sponsors and students"
    if body.key == "hmpps":
        return "HM Prison and Probation Service holds the records of prisons and probation"
    if body.kind == "trust" and subject == "ambulance":
        return f"{who} runs the ambulance service{where} and holds its records"
    return f"{who} holds these records"


def _class_clause(subject: str, cls: BodyClass, crime: bool = True) -> str:
    if cls.kind == "police" and crime:
        return f"{cls.each} holds the records of the crimes and incidents it recorded in its own area"
    if cls.kind == "icb":
        return f"{cls.each} commissions the NHS services in its own area and holds their local data"
    return f"{cls.each} holds its own records of this"


def _head(answer: WrittenAnswer, gist: str) -> str:
    dept = answer.department or "the department"
    known = body_named(dept)
    if known is not None:
        dept = _the(known)
    elif not re.match(r"^(?:the|HM|His|Her)\b", dept, re.IGNORECASE):
        dept = f"the {dept}"
    when = f" on {words_of_date(answer.date_answered)}" if answer.date_answered else ""
    return f"{_capital(dept)} answered{when} that {gist}"


def _council_class(place: Area | None) -> BodyClass:
    classes = holder_table().classes
    if place is not None and place.police is not None:
        if place.police.key == "the_met":
            return classes["london-boroughs"]
        if place.police.key == "police_scotland":
            return classes["scottish-councils"]
        if place.police.key in ("dyfed_powys_police", "gwent_police", "north_wales_police", "south_wales_police"):
            return classes["welsh-councils"]
    return classes["councils"]


def _police_for(asked: str, place: Area | None) -> tuple[Body | None, BodyClass | None]:
    table = holder_table()
    if re.search(r"\b(?:tube|london underground|railways?|train stations?|rail network)\b", asked, re.IGNORECASE):
        return table.bodies["btp"], None
    if place is not None and place.police is not None and not _ALL_FORCES.search(asked):
        return place.police, None
    return None, table.classes["police-england-wales"]


def _barred(asked: str, answer_text: str, pointers: list[_Pointer]) -> Body | None:
    """A body that is not a public authority under FOIA, when the question is about it, or the answer sends
    the asker to it or says it does not hold it (the National Crime Agency, the security bodies, the special
    forces); one the answer only mentions in passing is no reason to stop."""
    for _, target in _named_in(asked):
        if isinstance(target, Body) and not target.foia:
            return target
    sentences = _sentences(answer_text)
    for i in _not_held_at(answer_text):  # "The National Crime Agency does not hold this information."
        for _, target in _named_in(sentences[i]):
            if isinstance(target, Body) and not target.foia:
                return target
    for pointer in pointers:
        for target in pointer.targets:
            if isinstance(target, Body) and not target.foia:
                return target
    return None


@dataclass
class _Pick:
    holder: Body | None = None
    cls: BodyClass | None = None
    also: list[Body] = field(default_factory=list)
    routed: bool = True
    subject: str = "named"


def _from_kind(
    kind: str, subject: str | None, asked: str, whole: str, place: Area | None, national: bool
) -> _Pick:
    """A kind of body the answer named ("a matter for the police"), narrowed by the question's place."""
    table = holder_table()
    place = None if national and kind != "councils" else place
    if kind == "police":
        holder, cls = _police_for(asked, place)
        return _Pick(holder, cls, subject="police")
    if kind == "councils":
        return _Pick(None, _council_class(place), subject="councils")
    if kind == "icbs":
        if place is not None and place.icb is not None:
            return _Pick(place.icb, None, [table.bodies["nhs_england"]], subject=subject or "hospital")
        return _Pick(None, table.classes["icbs"], subject=subject or "hospital")
    if kind == "trusts":
        named = _named_trust(asked, whole)
        if named is not None:
            return _Pick(named, None, routed=named.url_name is not None, subject=subject or "hospital")
        return _Pick(None, table.classes[_TRUSTS.get(subject or "", "acute-trusts")], subject=subject or "hospital")
    return _Pick(None, table.classes["departments"], subject="departments")


def _from_subject(subject: str, asked: str, whole: str, place: Area | None, national: bool) -> _Pick:
    """The holder the question's subject and place name, when the answer names none."""
    table = holder_table()
    local = None if national else place
    if subject == "police":
        holder, cls = _police_for(asked, local)
        return _Pick(holder, cls, subject=subject)
    if subject in _NHS:
        named = _named_trust(asked, whole)
        if named is not None:
            return _Pick(named, None, routed=named.url_name is not None, subject=subject)
        if subject == "ambulance" and local is not None and local.ambulance is not None:
            return _Pick(local.ambulance, None, subject=subject)
        if subject == "gp" and local is not None and local.icb is not None:
            return _Pick(local.icb, None, [table.bodies["nhs_england"]], subject=subject)
        if local is not None:  # the trusts of the place hold it, not its ICB: which of them, the user knows
            return _Pick(None, table.classes[_TRUSTS.get(subject, "acute-trusts")], subject=subject)
        if _NOT_NHS_DATA.search(asked):
            return _Pick(None, None, subject=subject)  # regulators', litigators' and contractors' records
        return _Pick(
            table.bodies["nhs_england"], table.classes[_TRUSTS[subject]] if subject in _TRUSTS else None,
            subject=subject,
        )
    if subject == "councils":
        return _Pick(None, _council_class(place), subject=subject)
    # One agency holds it, going by the subject words alone: offered, not sent; sent when the question names
    # that body as the one concerned ("late payment interest paid to HMRC", answered by the Treasury)
    plain = table.bodies[_PLAIN[subject]]
    names = "|".join(re.escape(n) for n in (plain.name, *plain.aliases))
    concerned = bool(re.search(rf"\b(?:by|to|with|from|at|in) (?:the )?(?:{names})\b|\b(?:{names})(?:’s|'s)", asked))
    return _Pick(plain, routed=concerned and plain.foia, subject=subject)


def _note_only(answer: WrittenAnswer, sentence: str, note: LintWarning) -> HolderChoice:
    return HolderChoice(
        subject="none", holder=None, body_class=None, also=(), place=None, said=sentence, crime=False,
        sentence="", routed=False, notes=(note,),
    )


def choose_holder(
    answer: WrittenAnswer, analysis: Analysis, *, today: date | None = None, archives: bool = True
) -> HolderChoice | None:
    """The body (or class of bodies) that holds what the answer says the department does not, or None.

    Only when the answer says not held, not held centrally, held locally or a matter for another body. The
    answer's own pointer ("a matter for", "held by") decides first, then who the question names, then its
    subject and place. The letter is routed only on firm ground; otherwise the holder is offered in a warning.
    A body outside FOIA is never a holder, and court records are said to be exempt rather than routed.
    """
    if not answer.department:
        return None  # the sentence cites who answered; an answer without its department is not routed
    dept = _name_key(answer.department)
    pointers, refused = _pointers(answer.answer, dept)
    said = _gist(answer, analysis)
    not_held = said is not None  # the answer says it does not hold it (not only that another body decides)
    explicit = [p for p in pointers if p.explicit]
    if said is None:
        if not explicit:
            return _supplied_by(answer)
        said = (f"this is a matter for {_target_words(explicit[0].targets[0])}", explicit[0].sentence)
    gist, sentence = said
    asked = _asked(answer.question or "")
    whole = question_subject_text(answer.question or "")
    barred = _barred(asked, answer.answer, pointers)
    if barred is not None:
        return _note_only(
            answer, sentence,
            LintWarning("holder-not-foia", f"{barred.note} The letter stays with the department that answered.",
                        "FOIA s.3, Schedule 1 and s.23(3)"),
        )
    if _COURT_FILES.search(answer.answer or ""):
        return _note_only(
            answer, sentence,
            LintWarning(
                "holder-court-records",
                "The answer says the figures exist only in individual court case files: information held only "
                "in court records is absolutely exempt (FOIA s.32), and no other body holds a count; ask the "
                "department for what it holds itself, such as published court statistics or research.",
                "FOIA s.32",
            ),
        )
    subject = _subject_of(asked, dept)
    if subject is not None and dept in _SELF.get(subject, ()):
        return None
    places = places_in(asked)
    place = places[0] if places else None
    national = bool(_NATIONAL.search(asked))
    own = _own_business(asked)
    pick: _Pick | None = None
    if own:
        # Its own doings are the department's records; a body the answer names is only offered.
        for pointer in explicit:
            first = pointer.targets[0]
            if isinstance(first, Body):
                # "What steps … to ensure" answered by handing the matter over ("an operational matter for
                # Network Rail"): the department takes none of its own, and the body named holds the records of
                # those it takes. (Whether the department plans to act is still the department's own record.)
                handed = pointer.index == 0 and bool(_HANDED_OVER.search(pointer.sentence)) \
                    and bool(re.search(r"\bwhat steps\b", asked, re.IGNORECASE))
                pick = _Pick(first, None, [t for t in pointer.targets[1:] if isinstance(t, Body)], handed,
                             subject=subject or "named")
                break
        if pick is None:
            return None
    elif explicit:
        pointer = explicit[0]
        first = pointer.targets[0]
        if isinstance(first, Body):
            default = holder_table().bodies.get(_PLAIN.get(subject or "", ""))
            if default is not None and default.url_name == first.url_name:
                first = default  # "a matter for the Home Office" on visas: UK Visas and Immigration
            # Sent there only when the answer says so beside its "not held" (a pointer elsewhere in a long
            # answer may be about a grouped question's other part).
            beside = any(abs(pointer.index - i) <= 1 for i in _not_held_at(answer.answer)) or _passed_on_in(
                pointer.sentence, analysis)
            pick = _Pick(first, None, [t for t in pointer.targets[1:] if isinstance(t, Body)],
                         routed=not_held and beside, subject=subject or "named")
        else:
            pick = _from_kind(first, subject, asked, whole, place, national)
            # A kind of body the answer names beside the point ("enforcement is a matter for the police")
            # gives way to the agency the question is about, offered.
            agency = _agency_named(asked, refused)
            if agency is not None and pick.cls is not None:
                pick = _Pick(agency, routed=False, subject=subject or "named")
    if pick is None:
        pick = _from_question(asked, whole, subject, place, national, pointers, refused)
    if pick is None:
        return None
    # Records over 20 years old are at The National Archives: a second request can go there, unless the letter
    # asks for a later period (the latest complete year) that the Archives do not hold.
    archived = bool(archives and today is not None and answer.date_answered
                    and today.year - answer.date_answered.year > ARCHIVE_YEARS)
    return _choice(answer, pick, place, gist, sentence, asked, archived)


# "Arts Council England has supplied the figures in the table": the body whose own spending the question asks
# about, and which gave the department the figures, holds the records behind them.
_SUPPLIED = re.compile(r"(?P<w>[^.;:]{3,80}?)\s+(?:has|have|had) (?:supplied|provided) (?:the |these |this )?"
                       r"(?:figures|information|data)\b", re.IGNORECASE)


def _supplied_by(answer: WrittenAnswer) -> HolderChoice | None:
    """The body the question names as acting, when the answer says that body supplied the figures, or None."""
    for sentence in _sentences(answer.answer):
        m = _SUPPLIED.search(sentence)
        if m is None:
            continue
        named = [t for _, t in _named_in(m.group("w")) if isinstance(t, Body) and t.foia]
        asked = _asked(answer.question or "")
        if len(named) != 1 or named[0] not in [t for _, t in _named_in(asked)]:
            return None
        body = named[0]
        head = _head(answer, f"the figures were supplied by {_the(body)}")
        return HolderChoice(subject="named", holder=body, body_class=None, also=(), place=None, said=sentence,
                            crime=False, sentence=f"{head}; {_clause('named', body, None, False)}.")
    return None


def _from_question(
    asked: str, whole: str, subject: str | None, place: Area | None, national: bool, pointers: list[_Pointer],
    refused: set[str],
) -> _Pick | None:
    """Who the question names as doing it, else its subject; a body the answer says publishes part of it wins
    over the subject's usual holder, offered."""
    table = holder_table()
    agency = _agency_named(asked, refused)
    published = next(
        (t for p in pointers if not p.explicit for t in p.targets if isinstance(t, Body) and t.foia), None
    )
    names = "|".join(re.escape(n) for n in (agency.name, *agency.aliases)) if agency is not None else ""
    if agency is not None and re.search(rf"\b(?:by|with|to) (?:the )?(?:{names})\b|\b(?:{names})(?:’s|'s)", asked):
        # "cases awaiting charging decisions by the Crown Prosecution Service", "people who paid late payment
        # interest to HMRC": the agency that does it, or is paid, holds its records, whatever the subject's usual
        # holders (the police)
        return _Pick(agency, routed=True, subject=subject or "named")
    if _COUNCIL_ACTOR.search(asked) and subject not in ("police",) + _NHS:
        return _Pick(None, _council_class(place), subject="councils")
    if _ALL_FORCES.search(asked):
        return _Pick(None, table.classes["police-england-wales"], subject="police")
    if _TRUST_ACTOR.search(asked):
        return _Pick(None, table.classes[_TRUSTS.get(subject or "", "acute-trusts")], subject=subject or "hospital")
    if subject is None:
        if agency is not None:
            return _Pick(agency, routed=False)
        if published is not None:
            return _Pick(published, routed=False)
        return None
    pick = _from_subject(subject, asked, whole, place, national)
    if pick.holder is not None and pick.holder.key in refused:
        return None  # the answer says the subject's usual holder does not hold it either
    named_trust = pick.holder is not None and pick.holder.kind == "trust"
    if published is not None and pick.holder is not None and published.key != pick.holder.key and not named_trust:
        return _Pick(published, routed=False, subject=subject)
    if pick.holder is not None and not pick.routed and published is not None and published.key == pick.holder.key:
        pick.routed = True  # the subject's agency, and the answer says it publishes this
    return pick


def _agency_named(asked: str, refused: set[str]) -> Body | None:
    """The first agency of the table the question names (not one the answer says does not hold it)."""
    for _, target in _named_in(asked):
        if isinstance(target, Body) and target.kind == "agency" and target.foia and target.key not in refused:
            return target
    return None


def _target_words(target: Target) -> str:
    if isinstance(target, Body):
        return _the(target)
    return {
        "police": "the police", "councils": "local authorities", "icbs": "the integrated care boards",
        "trusts": "NHS trusts", "departments": "individual departments",
    }[target]


def _choice(
    answer: WrittenAnswer, pick: _Pick, place: Area | None, gist: str, sentence: str, asked: str,
    archived: bool,
) -> HolderChoice | None:
    table = holder_table()
    dept = _name_key(answer.department or "")
    holder, cls, also = pick.holder, pick.cls, list(pick.also)
    if holder is None and cls is None:
        return None
    if holder is not None and (_name_key(holder.name) == dept or not holder.foia):
        return None
    if archived:
        also.append(table.bodies["national_archives"])
    head = _head(answer, gist)
    place_name = place.place if place else None
    crime = bool(CRIME.search(asked))
    if holder is not None:
        clause = _clause(pick.subject, holder, place_name, crime)
        if cls is not None and cls.kind == "trust":
            clause += f", and {cls.each} holds its own records"
    else:
        assert cls is not None
        clause = (
            _class_clause(pick.subject, cls, crime) if cls.members else f"{cls.each} holds its own records of this"
        )
        if place_name and not cls.members and cls.kind == "council":
            clause = f"the council for {place_name} holds its own records of this"
    return HolderChoice(
        subject=pick.subject,
        holder=holder,
        body_class=cls,
        also=tuple(also),
        place=place_name,
        said=sentence,
        crime=crime,
        sentence=f"{head}; {clause}.",
        routed=holder is not None and pick.routed,
    )


def resolve_holder(
    answer: WrittenAnswer, analysis: Analysis, authority: str | None, *, today: date | None = None,
    archives: bool = True,
) -> tuple[Authority | None, str | None, list[LintWarning]]:
    """For composing: the holder's authority (None: keep the answering body), the letter's holder sentence and
    the warnings. With `authority` (the user's choice, or one body of a batch) the sentence is kept only when
    that body is the holder, one of its class, or one of the others holding part."""
    choice = choose_holder(answer, analysis, today=today, archives=archives)
    if choice is None:
        return None, None, []
    if authority:
        body = body_named(authority)
        if body is None or not body.foia:
            return None, None, []
        related = {b.key for b in choice.also}
        if choice.holder is not None:
            related.add(choice.holder.key)
        if choice.body_class is not None:
            related |= {b.key for b in choice.body_class.members}
        if body.key not in related:
            return None, None, []
        return body.authority(answer), choice.sentence_for(body), []
    if choice.holder is None or not choice.routed:
        # A class (the batch is offered), a body only offered, or a note: the letter stays with the department.
        return None, None, choice.warnings()
    return choice.holder.authority(answer), choice.sentence, choice.warnings()
