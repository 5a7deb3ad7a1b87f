"""Who holds what a department says it does not: the table of holders, places, and the choice for an answer.

A department that answers "not held centrally" or "a matter for the police" is telling the asker where the
records are. The table (`data/holders.toml`) lists the bodies that hold them: the police forces, NHS England and
the integrated care boards, NHS trusts and councils as classes, agencies that answer FOI requests themselves and
the successors of defunct departments. `choose_holder` reads the answer and the question's subject and place and
names the holder, with one sentence citing the answer as the reason. Pure: no I/O beyond reading the table, no
clock (pass `today`).
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from datetime import date
from importlib import resources
from typing import Any

from ..model import Analysis, LintWarning, WrittenAnswer
from .authorities import OTHER_COST_LIMIT, Authority
from .phrasing import words_of_date

# Records selected for permanent preservation are transferred by the time they are 20 years old (Public Records
# Act 1958 s.3(4), as amended by the Constitutional Reform and Governance Act 2010).
ARCHIVE_YEARS = 20


@dataclass(frozen=True)
class Body:
    key: str
    name: str
    kind: str  # police | icb | nhs | agency | department | archive
    url_name: str | None  # WhatDoTheyKnow's; None when it lists none we can vouch for (see no_url_name)
    classes: tuple[str, ...] = ()
    law: str = "foia"
    cost_limit: int = OTHER_COST_LIMIT
    note: str | None = None
    no_url_name: str | None = None

    def authority(self) -> Authority:
        return Authority(
            name=self.name, law=self.law, url_name=self.url_name, cost_limit=self.cost_limit, note=self.note
        )


@dataclass(frozen=True)
class BodyClass:
    key: str  # "police-england-wales": what --batch takes
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


@dataclass(frozen=True)
class Area:
    place: str
    police: Body | None
    icb: Body | None


@dataclass(frozen=True)
class HolderTable:
    bodies: dict[str, Body]
    classes: dict[str, BodyClass]
    successors: tuple[Successor, ...]
    areas: dict[str, Area]  # place name → its force and ICB
    place_pattern: re.Pattern[str]


def _body(key: str, raw: dict[str, Any]) -> Body:
    url_name = None if "no_url_name" in raw else raw.get("url_name", key)
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
    )


@functools.cache
def holder_table() -> HolderTable:
    """The table shipped in the package, read once."""
    raw = tomllib.loads(resources.files(__package__).joinpath("data/holders.toml").read_text("utf-8"))
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
        Successor(tuple(s["was"]), tuple(bodies[k] for k in s["now"]), s["why"]) for s in raw["successors"]
    )
    areas: dict[str, Area] = {}
    for area in raw["areas"]:
        police = bodies[area["police"]] if "police" in area else None
        icb = bodies[area["icb"]] if "icb" in area else None
        for place in area["places"]:
            areas[place] = Area(place, police, icb)
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
        if wanted in (_name_key(body.name), body.key, body.url_name or ""):
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
    r"\bnot (?:held|collected|recorded|collated|kept) centrally\b|\bdo(?:es)? not (?:centrally )?"
    r"(?:hold|collect|record)\b[^.]{0,60}\bcentrally\b",
    re.IGNORECASE,
)
_FORMAT = re.compile(
    r"\bnot (?:held|available|collected) in the (?:format|form|way) requested\b", re.IGNORECASE
)
_LOCAL = re.compile(
    r"\bheld (?:locally|by (?:individual|local)\b)|\blocal(?:ly held)? (?:records|data)\b", re.IGNORECASE
)
_MATTER = re.compile(
    r"\b(?:operational )?(?:matter|responsibility|decision)s? for (?P<who>(?:the |individual |local |each )?"
    r"(?:police(?: forces)?|chief (?:constables?|officers?)|(?:police )?forces|NHS England|NHS trusts|trusts|"
    r"integrated care boards|ICBs|local (?:authorities|councils|forces)|councils|Transport for London|TfL|"
    r"the Mayor of London|Mayor of London|UK Visas and Immigration))\b",
    re.IGNORECASE,
)
_NOT_HOLD = re.compile(
    r"\b(?:do(?:es)?|did) not (?:hold|collect|record)\b|\b(?:is|are) not (?:held|collected|recorded)\b|"
    r"\bno (?:data|information|records?) (?:is|are) (?:held|collected)\b|\bholds no (?:records|data|information)\b",
    re.IGNORECASE,
)


def _gist(answer: WrittenAnswer, analysis: Analysis) -> tuple[str, str] | None:
    """What the answer said, in the words of the holder sentence ("it does not hold this information
    centrally"), and the answer's sentence it comes from; None when it does not send the asker elsewhere."""
    text = answer.answer or ""
    sentences = re.split(r"(?<=[.;])\s+", text)
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
                gist = f"this is a matter for {_the_group(who)}"
            return gist, sentence.strip()
    if any(e.kind == "not_held" for e in analysis.evasions):
        return "it does not hold this information", next(
            e.text for e in analysis.evasions if e.kind == "not_held"
        )
    return None


def _the_group(who: str) -> str:
    if re.match(
        r"(?:NHS England|Transport for London|TfL|UK Visas|individual|local|each)\b", who, re.IGNORECASE
    ):
        return who
    return f"the {who}"


# ---------------------------------------------------------------------------------------------------------
# The subject: which kind of body holds records of it.


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
            r"confirmations? of acceptance|asylum (?:claims|applications|seekers)|leave to remain"
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
            r"domestic abuse|rape\b|sexual offen"
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
    _Rule("prisons", _rx(r"prisons?\b|prisoners?|probation|young offender institution")),
    _Rule("driving", _rx(r"driving licen[cs]es?|vehicle (?:excise|tax|registration)|DVLA")),
    _Rule(
        "environment",
        _rx(
            r"flood defen|sewage (?:discharge|spill)|river pollution|bathing water|"
            r"environmental permit|Environment Agency"
        ),
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
}

_PLAIN: dict[str, str] = {  # subject → the body that holds it when no place names one
    "immigration": "ukvi",
    "london-transport": "tfl",
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


@dataclass(frozen=True)
class HolderChoice:
    """Where the records are, and why: the body (or every body of a class) and one sentence citing the answer."""

    subject: str  # police | gp | hospital | mental-health | ambulance | councils | immigration | …
    holder: Body | None  # the body the letter goes to; None when each member of `body_class` holds its part
    body_class: BodyClass | None  # every member holds its own part (a batch: one letter per body)
    also: tuple[Body, ...]  # other bodies holding part of it (NHS England beside an ICB)
    place: str | None
    said: str  # the answer's own sentence
    crime: bool  # the question is about crimes, offences or incidents (the police hold their own records of them)
    sentence: (
        str  # "The Home Office answered on 4 March 2019 that …; the Metropolitan Police Service holds …"
    )

    def sentence_for(self, body: Body) -> str:
        """The sentence for a letter to `body`, one of the class or an `also` body (a batch, or --authority)."""
        if self.holder is not None and body.key == self.holder.key:
            return self.sentence
        head = self.sentence.split("; ", 1)[0]
        if self.body_class is not None and body in self.body_class.members:
            return f"{head}; {_class_clause(self.subject, self.body_class, self.crime)}."
        return f"{head}; {_clause(self.subject, body, self.place, self.crime)}."

    def warnings(self) -> list[LintWarning]:
        rule = "FOIA s.1(1): the body that holds it"
        out: list[LintWarning] = []
        if self.holder is None and self.body_class is not None:
            if self.body_class.members:
                how = (
                    f'make one letter per body with --batch {self.body_class.key} (or "Batch: one letter per '
                    f'body" in the app)'
                )
            else:
                how = (
                    f"choose the one for the place with --authority (WhatDoTheyKnow lists them at "
                    f"{self.body_class.category_url})"
                )
            out.append(
                LintWarning(
                    "holder-class",
                    f"{_capital(self.body_class.each)} holds its own part of this "
                    f"rather than {_the_dept_short(self)}; {how}.",
                    rule,
                )
            )
        for body in self.also:
            out.append(
                LintWarning(
                    "holder-also",
                    f"{_capital(_the(body.name))} also holds part of this; a second "
                    f"request can go there (--authority {body.url_name or body.name!r}).",
                    rule,
                )
            )
        return out


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _the(name: str) -> str:
    if re.match(r"^(?:the|HM|His|Her|NHS|Ofsted|Ofqual)\b", name):
        return name
    return f"the {name}"


def _the_dept_short(choice: HolderChoice) -> str:
    return "the department that answered"


def _clause(subject: str, body: Body, place: str | None, crime: bool = True) -> str:
    who = _the(body.name)
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
    if body.key == "tfl":
        return "Transport for London runs the Underground and London's buses, employs their staff and holds their records"
    if body.key == "ukvi":
        return "the Home Office holds, through UK Visas and Immigration, the records of visas, sponsors and students"
    if body.key == "hmpps":
        return "HM Prison and Probation Service holds the records of prisons and probation"
    return f"{who} holds these records"


def _class_clause(subject: str, cls: BodyClass, crime: bool = True) -> str:
    if cls.kind == "police" and crime:
        return f"{cls.each} holds the records of the crimes and incidents it recorded in its own area"
    if cls.kind == "icb":
        return f"{cls.each} commissions the NHS services in its own area and holds their local data"
    return f"{cls.each} holds its own records of this"


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
_NAMED = (  # the answer's own "a matter for …" or "held by …": the holder it names decides the subject
    (
        "police",
        re.compile(
            r"\b(?:police forces?|chief (?:constables?|officers?)|local forces|each force)\b", re.IGNORECASE
        ),
    ),
    ("councils", re.compile(r"\b(?:local (?:authorities|councils)|councils)\b", re.IGNORECASE)),
    ("london-transport", re.compile(r"\b(?:Transport for London|TfL|Mayor of London)\b")),
    ("hospital", re.compile(r"\b(?:NHS trusts|trusts|NHS England|integrated care boards|ICBs)\b")),
)


def question_subject_text(question: str) -> str:
    return _OPENING.sub("", question or "", count=1)


def _subject_of(answer: WrittenAnswer, gist: str) -> str | None:
    if gist.startswith("this is a matter for "):
        for subject, pattern in _NAMED:
            if pattern.search(gist):
                return subject
    question = question_subject_text(answer.question or "")
    for rule in RULES:
        if rule.pattern.search(question):
            return rule.subject
    return None


def _head(answer: WrittenAnswer, gist: str) -> str:
    dept = _the(answer.department or "the department")
    when = f" on {words_of_date(answer.date_answered)}" if answer.date_answered else ""
    return f"{_capital(dept)} answered{when} that {gist}"


def _police_for(question: str, place: Area | None) -> tuple[Body | None, BodyClass | None]:
    table = holder_table()
    if re.search(
        r"\b(?:tube|london underground|railways?|train stations?|rail network)\b",
        question_subject_text(question),
        re.IGNORECASE,
    ):
        return table.bodies["btp"], None
    if place is not None and place.police is not None:
        return place.police, None
    return None, table.classes["police-england-wales"]


def choose_holder(
    answer: WrittenAnswer, analysis: Analysis, *, today: date | None = None
) -> HolderChoice | None:
    """The body (or class of bodies) that holds what the answer says the department does not, or None.

    Only when the answer says not held, not held centrally, held locally or a matter for another body, and the
    question's subject or place names a holder other than the department that answered.
    """
    if not answer.department:
        return None  # the sentence cites who answered; an answer without its department is not routed
    said = _gist(answer, analysis)
    if said is None:
        return None
    gist, sentence = said
    subject = _subject_of(answer, gist)
    if subject is None:
        return None
    dept = _name_key(answer.department or "")
    if dept in _SELF.get(subject, ()):
        return None
    table = holder_table()
    places = places_in(question_subject_text(answer.question or ""))
    place = places[0] if places else None
    holder: Body | None = None
    cls: BodyClass | None = None
    also: list[Body] = []
    if subject == "police":
        holder, cls = _police_for(answer.question or "", place)
    elif subject in ("gp", "hospital", "mental-health", "ambulance"):
        if place is not None and place.icb is not None:
            holder = place.icb
            also.append(table.bodies["nhs_england"])
        else:
            holder = table.bodies["nhs_england"]
            if subject in _TRUSTS:
                cls = table.classes[_TRUSTS[subject]]
    elif subject == "councils":
        cls = table.classes[
            "london-boroughs" if place and place.police and place.police.key == "the_met" else "councils"
        ]
    else:
        holder = table.bodies[_PLAIN[subject]]
    if holder is not None and _name_key(holder.name) == dept:
        return None
    if today is not None and answer.date_answered and today.year - answer.date_answered.year > ARCHIVE_YEARS:
        also.append(table.bodies["national_archives"])
    head = _head(answer, gist)
    place_name = place.place if place else None
    crime = bool(CRIME.search(question_subject_text(answer.question or "")))
    if holder is not None:
        clause = _clause(subject, holder, place_name, crime)
        if cls is not None and cls.kind == "trust":
            clause += f", and {cls.each} holds its own records"
    else:
        assert cls is not None
        clause = (
            _class_clause(subject, cls, crime) if cls.members else f"{cls.each} holds its own records of this"
        )
        if place_name and not cls.members:
            clause = f"the council for {place_name} holds its own records of this"
    return HolderChoice(
        subject=subject,
        holder=holder,
        body_class=cls,
        also=tuple(also),
        place=place_name,
        said=sentence,
        crime=crime,
        sentence=f"{head}; {clause}.",
    )


def resolve_holder(
    answer: WrittenAnswer, analysis: Analysis, authority: str | None, *, today: date | None = None
) -> tuple[Authority | None, str | None, list[LintWarning]]:
    """For composing: the holder's authority (None: keep the answering body), the letter's holder sentence and
    the warnings. With `authority` (the user's choice, or one body of a batch) the sentence is kept only when
    that body is the holder, one of its class, or one of the others holding part."""
    choice = choose_holder(answer, analysis, today=today)
    if choice is None:
        return None, None, []
    if authority:
        body = body_named(authority)
        if body is None:
            return None, None, []
        related = {b.key for b in choice.also}
        if choice.holder is not None:
            related.add(choice.holder.key)
        if choice.body_class is not None:
            related |= {b.key for b in choice.body_class.members}
        if body.key not in related:
            return None, None, []
        return body.authority(), choice.sentence_for(body), []
    if choice.holder is None:
        return (
            None,
            None,
            choice.warnings(),
        )  # a class: the letter stays with the department, the batch is offered
    return choice.holder.authority(), choice.sentence, choice.warnings()
