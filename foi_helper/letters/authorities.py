"""Answering bodies → the public authority to write to, its law and its WhatDoTheyKnow url_name.

The url_names are those of WhatDoTheyKnow's published list (docs/law.md; a test checks each one against
`data/wdtk/id_to_name.csv`). A body not in the table is never guessed: the user picks or types one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

# FOIA s.12 with the Fees Regulations (SI 2004/3244) reg 3: £600 for the bodies in Part I of Schedule 1
# (government departments, the Houses of Parliament and their agencies), £450 for every other authority.
CENTRAL_COST_LIMIT = 600
OTHER_COST_LIMIT = 450


@dataclass(frozen=True)
class Authority:
    name: str  # as the letter addresses it: "Dear <name>,"
    law: str = "foia"  # foia | foisa (Scottish public authorities)
    url_name: str | None = None  # WhatDoTheyKnow's; None when unknown (no link can be made)
    cost_limit: int = CENTRAL_COST_LIMIT  # pounds (s.12; FOISA: £600 at £15 an hour, SSI 2004/467)
    note: str | None = None  # e.g. a merger the user should know about before sending
    the: bool = True  # the name takes "the" in a sentence ("the Home Office"; "HM Treasury", "NHS England")


def _a(name: str, url_name: str, *, law: str = "foia", note: str | None = None, the: bool = True) -> Authority:
    return Authority(name=name, law=law, url_name=url_name, note=note, the=the)


HOME_OFFICE = _a("Home Office", "home_office")
TREASURY = _a("HM Treasury", "hm_treasury", the=False)
CABINET_OFFICE = _a("Cabinet Office", "cabinet_office")
MOD = _a("Ministry of Defence", "mod")
DFT = _a("Department for Transport", "dft")
DWP = _a("Department for Work and Pensions", "dwp")
DHSC = _a("Department of Health and Social Care", "dhsc")
DEFRA = _a("Department for Environment, Food and Rural Affairs", "defra")
DCMS = _a("Department for Culture, Media and Sport", "dcms")
HMRC = _a("HM Revenue and Customs", "hmrc", the=False)
MOJ = _a("Ministry of Justice", "moj")
HMCTS = _a("HM Courts and Tribunals Service", "hmcts", the=False)
HMPPS = _a("HM Prison and Probation Service", "hmpps", the=False)
NIO = _a("Northern Ireland Office", "nio")
SCOTLAND_OFFICE = _a("Scotland Office", "scotland_office")
WALES_OFFICE = _a("Wales Office", "wales_office")
FCDO = _a("Foreign, Commonwealth and Development Office", "fcdo")
DFE = _a("Department for Education", "dfe")
MHCLG = _a("Ministry of Housing, Communities and Local Government", "luhc")
AGO = _a("Attorney General's Office", "ago")
COMMONS = _a("House of Commons", "house_of_commons")
LORDS = _a("House of Lords", "house_of_lords")
SCOTTISH_GOVERNMENT = _a("Scottish Government", "scottish_government", law="foisa")
# Questions "to the Leader of the House" are the government's business in that House: the Leader's office holds
# the records, and which office depends on the House the question was asked in.
LORDS_LEADER = _a(
    "Office of the Leader of the House of Lords",
    "office_of_the_leader_of_the_house_of_lords",
    note="Questions to the Leader of the House in the Lords are answered for the Office of the Leader of the "
         "House of Lords; check it still holds the records of the year asked about.",
)
COMMONS_LEADER = _a(
    "Office of the Leader of the House of Commons",
    "office_of_the_leader_of_the_house_of_commons",
    note="Questions to the Leader of the House in the Commons are answered for the Office of the Leader of the "
         "House of Commons; check it still holds the records of the year asked about.",
)
GEO = _a(
    "Government Equalities Office",
    "government_equalities_office",
    note="Questions to the Minister for Women and Equalities are answered for the Government Equalities "
         "Office, which has moved between departments; check which department it sits in now.",
)

# Bodies since merged or renamed: the old url_name still works on WhatDoTheyKnow, but the records now sit with
# a successor, which the note names so the user can choose.
FCO = _a(
    "Foreign, Commonwealth and Development Office",
    "fcdo",
    note="The Foreign and Commonwealth Office merged into the FCDO in September 2020; its records are the FCDO's.",
)
DFID = _a(
    "Foreign, Commonwealth and Development Office",
    "fcdo",
    note="The Department for International Development merged into the FCDO in September 2020.",
)
DCSF = _a(
    "Department for Education",
    "dfe",
    note="The Department for Children, Schools and Families became the Department for Education in 2010.",
)
BEIS = _a(
    "Department for Business, Energy and Industrial Strategy",
    "beis",
    note="BEIS was split in 2023 between DESNZ, DSIT and DBT; check which now holds the records.",
)
DIT = _a(
    "Department for International Trade",
    "dit",
    note="DIT merged into the Department for Business and Trade in 2023; check which body now holds the records.",
)
DECC = _a(
    "Department of Energy and Climate Change",
    "decc",
    note="DECC merged into BEIS in 2016 and its work is now DESNZ's; check which body holds the records.",
)

# Created in 2023, with no url_name in WhatDoTheyKnow's list of 2024-11-17 under a name we can vouch for: the
# letter goes to the department that answered, by email (no WhatDoTheyKnow link is made).
NO_WDTK_NOTE = ("WhatDoTheyKnow's list of authorities that foi-helper holds has no page for it, so no WhatDoTheyKnow "
                "link is made: send the letter by email (its FOI address is on GOV.UK), or find the body on "
                "WhatDoTheyKnow yourself.")
DSIT = Authority("Department for Science, Innovation and Technology", note=NO_WDTK_NOTE)
DESNZ = Authority("Department for Energy Security and Net Zero", note=NO_WDTK_NOTE)
DBT = Authority("Department for Business and Trade", note=NO_WDTK_NOTE)
NO_WDTK_PAGE = (DSIT, DESNZ, DBT)

_TABLE: dict[str, Authority] = {
    "department for science innovation and technology": DSIT,
    "department for energy security and net zero": DESNZ,
    "department for business and trade": DBT,
    "home office": HOME_OFFICE,
    "treasury": TREASURY,
    "hm treasury": TREASURY,
    "cabinet office": CABINET_OFFICE,
    "ministry of defence": MOD,
    "department for transport": DFT,
    "department for work and pensions": DWP,
    "department of health and social care": DHSC,
    "department of health": DHSC,
    "department for environment food and rural affairs": DEFRA,
    "defra": DEFRA,
    "department for culture media and sport": DCMS,
    "department for digital culture media and sport": DCMS,
    "hm revenue and customs": HMRC,
    "ministry of justice": MOJ,
    "hm courts and tribunals service": HMCTS,
    "hm prison and probation service": HMPPS,
    "northern ireland office": NIO,
    "scotland office": SCOTLAND_OFFICE,
    "wales office": WALES_OFFICE,
    "foreign commonwealth and development office": FCDO,
    "foreign and commonwealth office": FCO,
    "department for international development": DFID,
    "department for education": DFE,
    "department for children schools and families": DCSF,
    "ministry of housing communities and local government": MHCLG,
    "department for levelling up housing and communities": MHCLG,
    "department for communities and local government": MHCLG,
    "attorney general": AGO,
    "attorney generals office": AGO,
    "department for business energy and industrial strategy": BEIS,
    "department for international trade": DIT,
    "department of energy and climate change": DECC,
    "house of commons": COMMONS,
    "house of commons commission": COMMONS,
    "house of lords": LORDS,
    "leader of the house of lords": LORDS_LEADER,
    "leader of the house of commons": COMMONS_LEADER,
    "minister for women and equalities": GEO,
    "women and equalities": GEO,
    "government equalities office": GEO,
    "scottish government": SCOTTISH_GOVERNMENT,
}
ALL_AUTHORITIES: tuple[Authority, ...] = tuple(dict.fromkeys(_TABLE.values()))


def _key(name: str) -> str:
    text = name.lower().replace("&", " and ").replace("’", "'")
    text = re.sub(r"['.,]", "", text)
    text = re.sub(r"^the\s+", "", text.strip())
    return re.sub(r"\s+", " ", text)


def archive_of(authority: Authority) -> str:
    """The archive a body's records of permanent value go to: the Public Record Office of Northern Ireland for
    the Northern Ireland departments, the National Records of Scotland for Scottish public authorities, else
    The National Archives (the Northern Ireland Office and the Scotland Office are UK departments)."""
    if authority.law == "foisa":
        return "the National Records of Scotland"
    if re.search(r"\(Northern Ireland\)|^(?:the )?(?:Department|Executive Office)\b.*\bNorthern Ireland\b", authority.name) \
            and "Northern Ireland Office" not in authority.name:
        return "the Public Record Office of Northern Ireland"
    return "The National Archives"


# Names long enough to be a department's in running text ("the Department for Transport's objectives"), not
# initials or a House.
_NAMED_IN_TEXT = tuple((re.compile(rf"\b{re.escape(k)}\b"), a) for k, a in _TABLE.items()
                       if re.match(r"(?:department|ministry|home office|hm treasury|cabinet office|\w+ office)\b", k))


def department_named_in(text: str) -> Authority | None:
    """The one department an answer's text names ("changes will be made where they can help to achieve the
    Department for Transport's overall objectives"), for a page that does not say who answered; None when it
    names none or several."""
    key = _key(re.sub(r"['’]s\b", "", text))  # "the Department for Transport's objectives"
    found = {a for pattern, a in _NAMED_IN_TEXT if pattern.search(key)}
    return found.pop() if len(found) == 1 else None


def authority_for(department: str | None, house: str | None = None, subject: str | None = None,
                  answered: date | None = None) -> Authority | None:
    """The authority for an answering body as the answer names it, or None (never a guess).

    `house` ("Commons" or "Lords") settles a name that means a different body in each House ("the Leader of
    the House"). A defunct department's records, or a department's functions since devolved, go to the
    successor the question's `subject` names (the DHSS on benefits → DWP; the NIO under direct rule on roads →
    the Department for Infrastructure); when the subject does not decide, a defunct department goes to the first
    of its successors, with a note naming them all so the user can choose."""
    if not department:
        return None
    key = _key(department)
    if key == "leader of the house":
        return LORDS_LEADER if (house or "").strip().lower() == "lords" else COMMONS_LEADER
    found = _TABLE.get(key)
    from .holders import successors_of  # the holders' table reads this module's types

    successor = successors_of(department)
    chosen = successor.by_subject(subject) if successor is not None and subject else None
    if successor is not None and chosen is None and (held := successor.by_date(answered)) is not None:
        body = held.authority()
        return Authority(name=body.name, law=body.law, url_name=body.url_name, cost_limit=body.cost_limit,
                         note=f"{successor.why} On the answer's date the business was {'the ' if body.the else ''}"
                              f"{body.name}'s, so the letter goes there.", the=body.the)
    if successor is not None and chosen is not None:
        body = chosen.authority()
        return Authority(name=body.name, law=body.law, url_name=body.url_name, cost_limit=body.cost_limit,
                         note=f"{successor.why} The question's subject is now a matter for "
                              f"{'the ' if body.the else ''}{body.name}, so the letter goes there.",
                         the=body.the)
    if found is not None:
        return found
    if successor is None or successor.keeps:
        return None
    first = successor.now[0].authority()
    names = ", ".join(b.name for b in successor.now)
    return Authority(name=first.name, law=first.law, url_name=first.url_name, cost_limit=first.cost_limit,
                     note=f"{successor.why} Its records are now with: {names}; check which holds them.",
                     the=first.the)


def authority_named(text: str) -> Authority:
    """What the user typed as the authority: a known name or url_name, else exactly what they typed."""
    known = authority_for(text)
    if known:
        return known
    for authority in ALL_AUTHORITIES:
        if text.strip().lower() == (authority.url_name or ""):
            return authority
    from .holders import body_named  # police forces, ICBs, agencies: by name or url_name

    body = body_named(text)
    if body is not None:
        return body.authority()
    # The user chose it: no url_name (a WhatDoTheyKnow link then needs one), the smaller cost limit assumed.
    return Authority(name=text.strip(), law="foia", url_name=None, cost_limit=OTHER_COST_LIMIT)


_MINISTERIAL = re.compile(
    r"^(?:the )?(?:Department|Ministry|Home Office|Cabinet Office|HM Treasury|Foreign|Northern Ireland Office|"
    r"Scotland Office|Wales Office|Attorney General|Office of the Leader|Government Equalities|Prime Minister|"
    r"Scottish Government|Welsh Government|Northern Ireland Executive|Office of the Secretary of State)",
    re.IGNORECASE,
)


def has_ministers(name: str) -> bool:
    """A government department, whose papers go to ministers ("ministerial submissions"); an agency, a police
    force or an NHS body reports to its board instead."""
    return bool(_MINISTERIAL.search(name.strip()))


def takes_the(name: str) -> bool:
    """Whether a body's name takes "the" in a sentence: the tables' flag ("the Home Office", "the London
    Ambulance Service NHS Trust"; "NHS England", "HM Treasury", "Kent Police"); a name already starting with
    "the" takes no second one; a name in neither table takes one unless it starts with HM, His or Her."""
    if re.match(r"^the\b", name.strip(), re.IGNORECASE):
        return False
    wanted = _key(name)
    for authority in ALL_AUTHORITIES:
        if _key(authority.name) == wanted:
            return authority.the
    from .holders import body_named

    body = body_named(name)
    if body is not None:
        return body.the
    return not re.match(r"^(?:HM|His|Her)\b", name.strip())


def the(name: str) -> str:
    """'the Home Office', 'HM Treasury', 'NHS England': the article a body's name takes in a sentence (the
    authorities' and holders' tables say which)."""
    return f"the {name}" if takes_the(name) else name
