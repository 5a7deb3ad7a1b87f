"""What the answer dodged, and what it says exists or is published: the facts the letter leads with.

An FOI officer answers the side items and lets the point the requester cared about hit the cost limit when it
comes last (docs/law.md), so the first items ask for what the question asked and the answer did not give:
the named organisation the answer never mentions, the figures by the class the question names. Pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..analysis.text import split_sentences
from ..model import Analysis, Point, WrittenAnswer
from ..reading.clean import date_in_text
from .phrasing import named_document

# A named organisation in the question, as the object of a preposition that makes it an actor ("operating on
# Twitter", "meetings with Meta", "funding from Google"); "in Haringey" is a place, not an organisation.
_ORG_AFTER = re.compile(
    r"\b(?:on|by|with|from|to)\s+((?!To\b)(?:[A-Z][\w&'’.-]*)(?:\s+(?!To\b|The\b)(?:[A-Z][\w&'’.-]*|of|and|for))*)"
    r"(?=\s+and\s+other\b|\W|$)"
)
_NOT_ORGS = re.compile(
    r"^(?:The|His|Her|Their|Its|Government|Department|Ministers?|Secretary|State|Parliament|House|Commons|Lords|UK|"
    r"United Kingdom|England|Wales|Scotland|Northern Ireland|Britain|Great Britain|British|English|Welsh|Scottish|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|Her Majesty|"
    r"His Majesty|Majesty|NHS|Treasury|Office)\b"
)
# "X on Twitter and other social media platforms" → X, broken down by platform, in particular for Twitter.
_AND_OTHER = re.compile(
    r"^(?P<what>.+?)\s+(?P<prep>on|in|at|by|from|using|through)\s+(?P<one>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*)"
    r"\s+and other\s+(?P<class>[\w -]+?)s\b(?P<rest>.*)$"
)
# The answer's own name for the subject: a term it defines ("child sexual exploitation and abuse (CSEA)").
_DEFINED = re.compile(r"\b([a-z][a-z -]{6,80}?)\s+\(([A-Z]{2,6})\)")


def dodged_organisation(point: Point, answer_text: str, question: str = "") -> str | None:
    """An organisation the question names and the answer never mentions, for a question point not answered
    (a "what steps" point reads the whole question: its object may have been split off as another point)."""
    if point.source != "question" or point.status == "answered":
        return None
    text = f"{point.text} {question}" if point.kind == "actions" else point.text
    for m in _ORG_AFTER.finditer(text):
        name = re.sub(r"\s+(?:and|of|for)$", "", m.group(1).rstrip(".’'")).strip()
        if _NOT_ORGS.match(name) or len(name) < 2:
            continue
        if name.lower() not in answer_text.lower():
            return name
    return None


@dataclass(frozen=True)
class ByClass:
    """'the number of paedophiles operating on Twitter and other social media platforms' read as figures for
    the class (social media platform), in particular for one member of it (Twitter)."""

    what: str
    one: str
    klass: str


def by_class(text: str) -> ByClass | None:
    m = _AND_OTHER.match(text.strip())
    if not m or m.group("rest").strip():
        return None
    klass = m.group("class").strip()
    what = re.sub(r"\s+(?:operating|active|working|present|found)$", "", m.group("what").strip())
    return ByClass(what=what, one=m.group("one"), klass=klass.split()[-1] if len(klass.split()) > 2 else klass)


def answer_topic(answer_text: str) -> str | None:
    """The subject in the answer's own defined words ("child sexual exploitation and abuse"), if it defines one."""
    m = _DEFINED.search(answer_text)
    if not m:
        return None
    words, acronym = m.group(1).split(), m.group(2)
    # Keep as many trailing words as the acronym has letters (conjunctions do not count toward it).
    kept: list[str] = []
    letters = 0
    for word in reversed(words):
        kept.insert(0, word)
        if word not in ("and", "of", "or", "the", "for", "in", "on"):
            letters += 1
        if letters == len(acronym):
            break
    return " ".join(kept) if letters == len(acronym) else None


# "NHSR does not hold the information in the format requested": held, but not in the form asked for.
NOT_IN_FORM = re.compile(
    r"\bnot (?:held|available|collected|recorded|hold (?:the|this|that) (?:information|data)) in the (?:format|form|"
    r"way) (?:requested|specified|asked for)\b", re.IGNORECASE
)


_PUBLISHED = re.compile(r"\b(?:published|set out|sets out|available (?:on|at|from)|laid before Parliament|"
                        r"may be found|can be found)\b",
                        re.IGNORECASE)
_FUTURE = re.compile(r"\b(?:will|shall|due|forthcoming|not yet|upcoming|later this|in due course|intends? to)\b",
                     re.IGNORECASE)


# "Statistics … may be found as part of the Office for National Statistics release: Crime in England and Wales:
# year ending September 2023" — a publication the answer points to, named in its own words.
_POINTED_TO = re.compile(r"\b(?:published|found|available|set out)\s+(?:as part of|in|on|at|within)\s+"
                         r"(the (?:[A-Z][\w'’-]*\s*|of\s+|and\s+|for\s+)+(?:release|bulletin|statistics|"
                         r"publication|report|tables?|dataset)(?::\s*[A-Z][^.;<\n]{3,90}?)?)(?=\s*(?:\.|;|,|$|\n|<|https?:))")


_REFERRED_TO = re.compile(r"\bI (?:would )?refer (?:the |my )?(?:hon\.|honourable|noble|right hon\.|Hon|Rt Hon)?\s*"
                          r"(?:and (?:gallant|learned) )?(?:Member|Friend|Lord|Baroness|Lady|Gentleman|Member for [^.;]{3,60}?)"
                          r"\s+to (?P<things>the [^.;:()]{3,120}?)\s*(?:[.;:(]|$|,? (?:which|published|available|"
                          r"that|where|setting|providing)\b)")
# (a statement to the House is Hansard's, cited as proceedings, not a document to exclude)
_DOCUMENT_WORD = re.compile(r"\b(?:report|review|strategy|plan|White Paper|Green Paper|guidance|framework|response|"
                            r"roadmap|consultation)\b(?![^,]*\bstatement\b)", re.IGNORECASE)
_ANSWER_WORD = re.compile(r"^the (?:answers?|reply|replies|written (?:answer|statement)|statement (?:I|made)|"
                          r"Written Ministerial Statement|(?:response|reply|answer)s? (?:I |he |she |we )?(?:gave|given|provided|made)|"
                          r"(?:response|reply|answer)s? to (?:PQs?|questions?|parliamentary questions?|UIN)|"
                          r"(?:response|reply|answer)s? of \d|Official Report)\b", re.IGNORECASE)


# "The Department's travel data is published on Gov.uk and can be found here: https://…": the thing the answer
# says is on a website, named with its address so the officer can point to it (s.21) and search the rest.
_ON_SITE = re.compile(r"^(?:[A-Z][\w ,]{0,40}?,\s+)?(?P<thing>(?:[Tt]he|[Oo]ur|[Tt]his|[Tt]hese)\s+[^.;:]{3,80}?)\s+"
                      r"(?:is|are|has been|have been)\s+(?:routinely\s+|regularly\s+|already\s+)?(?:published|"
                      r"available)\s+(?:on|at|via)\s+(?P<where>GOV\.UK|gov\.uk|Gov\.uk|www\.gov\.uk|"
                      r"the [A-Z][\w’'&-]*(?: [A-Z][\w’'&-]*){0,4} website)\b", re.IGNORECASE)
_URL = re.compile(r"https?://[^\s<>\"]+[^\s<>\".,;)]")
# "Management Information on the open workable caseload is published in Table 5 here: https://…": the thing,
# where in the publication, and its address.
_AT_ADDRESS = re.compile(r"^(?P<thing>[A-Z][^.;:]{3,80}?)\s+(?:is|are|has been|have been)\s+(?:routinely\s+|"
                         r"regularly\s+|already\s+)?(?:published|available)\s+(?P<where>(?:in|as|at|on)\s+[^:.;]{2,40}?)?"
                         r"\s*(?:here|at|online)?\s*:?\s*(?=https?://)")
# "In his speech to RUSI on 26 June this year (a copy of which is available in the Library of the House)": a
# record already out, in the Library; named, not asked for again.
_IN_LIBRARY = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Oo]ur)\s+(?P<thing>(?:[\w-]+\s+){0,2}?(?:speech|"
                         r"statement|lecture|letter|report|paper|review|evidence)\b[^(),;]{0,60}?)\s*[(,]\s*a copy "
                         r"of which (?:is|has been|was) (?:available|placed|deposited) in the (?:Library|Libraries)")


_HANSARD_REF = re.compile(r",?\s*\(?Official Report,?\s*(?:Vol\.? \d+,?\s*)?(?:columns?|cols?\.|c\.)\s*[\d\-–]+\s*[A-Z]{0,3}\)?")


def published_documents(answer_text: str, year: int | None = None) -> list[str]:
    """Documents the answer presents as already out ("set out … in the Online Harms White Paper", "found as part
    of the Office for National Statistics release: …", data "published on Gov.uk" at an address, a speech "a copy
    of which is available in the Library"): excluded from the request by name, since published information is
    exempt (FOIA s.21). `year`, the answer's, dates "on 26 June this year"."""
    out: list[str] = []
    # "I refer the hon. Member to the independent New Towns Taskforce final report as well as the government's
    # initial response to it": what the answer sends the member to read is out (read whole: "hon. Member" is
    # not a sentence break)
    for referred in _REFERRED_TO.finditer(answer_text):
        for thing in re.split(r",? (?:as well as|and) (?=the |its |their |our )", referred["things"]):
            thing = re.sub(r"^(?:its|their|our) ", "the ", thing.strip(" ,"))
            if len(thing) <= 90 and not re.search(r"\b(?:statement|Questions? \d+|answers?|repl(?:y|ies)|PQs?)\b", thing,
                                                  re.IGNORECASE) and _DOCUMENT_WORD.search(thing) and not _ANSWER_WORD.match(thing) and thing not in out:
                out.append(thing)
    for sentence in re.split(r"(?<=[.;])\s+(?=[A-Z])|\n+", answer_text):
        # "published on 30 March 2006, Official Report, column 75WS": where Hansard printed it, not its name
        sentence = _HANSARD_REF.sub("", sentence)
        library = _IN_LIBRARY.search(sentence)
        if library:
            thing = re.sub(r"\s+this year$", f" {year}" if year else "", library.group("thing").strip())
            out.append(f"the {thing}")
            continue
        site = _ON_SITE.search(sentence)
        if site and not _FUTURE.search(sentence):
            thing = site.group("thing")
            thing = thing[:1].lower() + thing[1:]
            where = "GOV.UK" if "gov" in site.group("where").lower() else site.group("where")
            url = _URL.search(sentence)
            out.append(f"{thing} published on {where}{f' ({url.group(0)})' if url else ''}")
            continue
        address = _AT_ADDRESS.search(sentence)
        url = _URL.search(sentence)
        if address and url and not _FUTURE.search(sentence):
            thing = address.group("thing")
            # "The latest figures" → "the latest figures"; a name ("Management Information", "HMCTS data") kept
            thing = thing if re.match(r"[A-Z]\S*\s+[A-Z]|[A-Z]{2}", thing) else thing[:1].lower() + thing[1:]
            where = f" {address.group('where').strip()}" if address.group("where") else ""
            out.append(f"{thing}{where} ({url.group(0)})")
            continue
        if not _PUBLISHED.search(sentence) and not _POINTED_TO.search(sentence) or _FUTURE.search(sentence):
            continue
        pointed = _POINTED_TO.search(sentence)
        name = pointed.group(1).strip() if pointed else named_document(sentence)
        if not name or re.search(r"\bcodes? of practice\b", name, re.IGNORECASE):
            continue
        words = set(name.lower().split()) - {"the"}
        # "the White Paper" after "the Online Harms White Paper" names the same document again.
        if not any(words <= set(o.lower().split()) for o in out):
            out.append(name)
    return out[:3]


def already_in_library(sentence: str) -> bool:
    """The Library sentence speaks of a record already there and already out (a speech, a report): it is named as
    published, not asked for."""
    return bool(_IN_LIBRARY.search(sentence))


# "I will write", "He will write to the hon. Member shortly" (a chief executive named in the sentence before).
_WILL_WRITE = re.compile(
    r"\b(?:I|[Ww]e|[Hh]e|[Ss]he|[Tt]he (?:\w+ )?(?:[Cc]hief [Ee]xecutive|Minister|Secretary of State))\s+(?:will|shall)\s+"
    r"(?:write)(?: to (?:the (?:hon\.|honourable|noble|right hon\.)\s*)?(?:Member|Lord|Baroness|Lady|him|her))?",
)
_LIBRARY = re.compile(r"\b(?:placed|place|deposited|deposit) (?:a )?cop(?:y|ies)(?: of [^.;]{3,80}?)? in the "
                      r"(?:Library|Libraries)\b|\bin the Library of the House\b", re.IGNORECASE)
# "Information for England in 1992-93 … will be placed in the Library": the figures deposited, named by what
# the sentence says they are.
_WILL_DEPOSIT = re.compile(r"^(?P<what>(?:[A-Z][\w-]*)(?:[^.;]{0,140}?))\s+(?:will|is to|are to) be (?:placed|"
                           r"deposited) in the (?:Library|Libraries)\b")


def _clauses(answer_text: str) -> list[str]:
    """The answer's sentences (the analysis stage's split: not at "the hon. Member" or "Mr. Bichard"), each cut
    again at a semicolon."""
    return [part for sentence in split_sentences(answer_text) for part in re.split(r"(?<=;)\s+", sentence)]


@dataclass(frozen=True)
class Promised:
    """A record the answer says exists or will follow: a letter to the member, a copy in the Library."""

    what: str  # "letter" | "library"
    sentence: str
    deposited: str | None = None  # what the Library copy holds, when the sentence names it
    writer: str | None = None  # who writes, when the answer names someone other than the minister


# "a matter for Mr. Michael Bichard, the chief executive of the Benefits Agency. He will write …": the named
# official writes, not the minister who answered.
_CHIEF = re.compile(r"\b(?P<name>(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.? [A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2}),? the "
                    r"(?P<role>[Cc]hief [Ee]xecutive of (?:the )?[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,5})")


def promised_records(answer_text: str) -> list[Promised]:
    out: list[Promised] = []
    before = ""
    for sentence in _clauses(answer_text):
        if _WILL_WRITE.search(sentence):
            chief = _CHIEF.search(sentence)
            if chief is None and re.match(r"\s*(?:He|She)\b", sentence):
                chief = _CHIEF.search(before)  # "He will write": the official the sentence before named
            writer = f"{chief.group('name')}, the {chief.group('role')}," if chief else None
            out.append(Promised("letter", sentence.strip(), writer=writer))
        elif _LIBRARY.search(sentence):
            out.append(Promised("library", sentence.strip()))
        elif deposit := _WILL_DEPOSIT.search(sentence.strip()):
            what = re.sub(r",[^,]*,", "", deposit.group("what")).strip()
            # "1992 93" (a page's lost dash) is the financial year 1992-93
            what = re.sub(r"\b((?:19|20)(\d\d)) (\d\d)\b",
                          lambda m: f"{m[1]}-{m[3]}" if int(m[3]) == (int(m[2]) + 1) % 100 else m[0], what)
            what = what[:1].lower() + what[1:] if not re.match(r"[A-Z]{2}|[A-Z][a-z]+ [A-Z]", what) else what
            out.append(Promised("library", sentence.strip(), what if len(what.split()) <= 12 else None))
        before = sentence
    return out


# A holding reply older than this is history: the substantive answer (or letter) has long followed or never will.
HOLDING_STALE_DAYS = 90


def holding_is_stale(answer: WrittenAnswer, today: date) -> bool:
    return answer.date_answered is not None and (today - answer.date_answered).days > HOLDING_STALE_DAYS


_MET = re.compile(r"\b(?:has|have) (?:now |since |already )?been (?:published|issued|laid|launched|completed)|"
                  r"\bwas (?:published|issued|laid|launched) (?:on|in)\b|\b(?:is|are) now (?:available|published)\b",
                  re.IGNORECASE)


def commitment_met(point: Point, analysis: Analysis, answer_text: str) -> bool:
    """A commitment the answer itself says is met ("the report was published in March"): nothing to chase."""
    if point.source != "answer" or point.kind != "timetable":
        return False
    words = {w for w in re.findall(r"[a-z]{5,}", point.text.lower())}
    for sentence in re.split(r"(?<=[.;])\s+|\n+", answer_text):
        if sentence.strip() == (point.evidence or "").strip() or not _MET.search(sentence):
            continue
        if words and len(words & set(re.findall(r"[a-z]{5,}", sentence.lower()))) / len(words) >= 0.5:
            return True
    return False


# The answer's figures and how far they reach: "The Office has spent the following on social media platforms to
# support …" gives the spending on one channel; what else was spent is what it left out.
_GIVES_FIGURES = re.compile(r"£\s?\d|\bAmount \(£\)|\b\d[\d,]*(?:\.\d+)? (?:people|staff|cases|incidents|beds|"
                            r"vehicles|posts|members|pupils|patients)\b", re.IGNORECASE)
_SCOPE = re.compile(r"\b(?:spent|spend|spending|expenditure|cost|paid)\b (?:the following |a total of |£[\d,.]+ )?"
                    r"(?:amounts? )?on ((?:[a-z-]+ ){0,4}[a-z-]+?)(?= to\b| for\b| in\b|:|,|\.|$)", re.IGNORECASE)


@dataclass(frozen=True)
class Given:
    """Figures the answer gave: the scope they cover when it names a narrower one ("social media platforms")."""

    scope: str | None


def figures_given(point: Point, answer_text: str) -> Given | None:
    """The answer gave figures for a question's figures point (not to be asked for again under s.21); None when
    it gave none."""
    if point.source != "question" or point.kind not in ("statistics", "spending"):
        return None
    if not _GIVES_FIGURES.search(answer_text):
        return None
    m = _SCOPE.search(answer_text)
    scope = m.group(1).strip() if m else None
    if scope and not _narrower(scope, point.text):
        scope = None  # the answer's scope is the question's own: nothing narrower was given
    return Given(scope=scope)


# Words that name the kind of sum, not what it was spent on: "communications staffing costs" is the question's
# "communications staff".
_SUM_WORDS = {"cost", "costs", "spend", "spending", "expenditure", "total", "amount", "amounts"}


def _narrower(scope: str, question: str) -> bool:
    """Does the answer's scope name something the question did not ("social media platforms" for "public
    information campaigns")? Compared by the opening of each word, so "staffing" is the question's "staff"."""
    asked = {w[:5] for w in re.findall(r"[a-z]{3,}", question.lower())}
    own = [w for w in re.findall(r"[a-z]{3,}", scope.lower()) if w not in _SUM_WORDS]
    return any(w[:5] not in asked for w in own)


_WHEN_WILL = re.compile(r"^when (?:the )?(?P<who>(?:[\w'-]+ ){0,3}?[\w'-]+) will be (?P<verb>[a-z]+ed)\b"
                        r"(?: by (?:his|her|the|their) (?:Department|Ministry|Office))?\s*(?P<rest>.*)$", re.IGNORECASE)
_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December")
_NO_PLAN = re.compile(r"\b(?:do|does|did) not (?:as yet |yet )?have (?:a|any) (?:detailed )?(programme|timetable|plan|"
                      r"schedule|date)s? for ([^.;]+)", re.IGNORECASE)


@dataclass(frozen=True)
class Done:
    """A step the question asked the date of, and the answer says is already taken ("consultants … were
    appointed on 18 March this year"): not asked again; what the answer says is not yet there is."""

    who: str
    verb: str
    rest: str
    on: date | None
    missing: str | None  # "programme for their work"


def done_already(point: Point, answer_text: str, answered: date | None) -> Done | None:
    if point.source != "question" or point.kind != "timetable":
        return None
    m = _WHEN_WILL.match(point.text.strip())
    if not m:
        return None
    verb = m.group("verb")
    done = re.search(rf"\b(?:were|was|has been|have been) {verb}\b(?: on (\d{{1,2}}) ({_MONTHS})(?:,? ((?:19|20)\d\d))?)?",
                     answer_text)
    if not done:
        return None
    on = None
    if done.group(1) and answered is not None:
        from .windows import MONTHS

        month, day = MONTHS[done.group(2).lower()], int(done.group(1))
        year = int(done.group(3)) if done.group(3) else answered.year
        on = date(year, month, day)
        if on > answered:
            on = date(year - 1, month, day)
    gap = _NO_PLAN.search(answer_text)
    missing = f"{gap.group(1).lower()} for {gap.group(2).strip()}" if gap else None
    return Done(who=m.group("who"), verb=verb, rest=m.group("rest").strip(" ,."), on=on, missing=missing)


# "when he plans to respond to the email from the hon. Member … sent on 24 July 2025": no timetable is kept for one
# reply; the correspondence system records when it came in, who had it and when it was answered.
_WHEN_REPLY = re.compile(r"^when (?:(?:the )?[\w' .-]{1,60}? )?(?:plans?|intends?|expects?|will|is going|aims?) "
                         r"(?:to )?(?:respond|reply|provide a (?:response|reply)) to (?P<what>.+)$", re.IGNORECASE)
_REPLY_SENT = re.compile(r"\b(?:(?:reply|response|letter|answer)s? (?:was|were|has been|have been) sent|"
                         r"(?:replied|responded|wrote back))\b(?P<rest>[^.;]*)", re.IGNORECASE)


@dataclass(frozen=True)
class Reply:
    """A question asking when a letter or email will be answered: what it was, and the answer's date of the
    reply when it says one was sent."""

    what: str
    sent: date | None
    said_sent: bool


def reply_asked(point: Point, answer_text: str) -> Reply | None:
    if point.source != "question" or point.kind not in ("timetable", "correspondence"):
        return None
    m = _WHEN_REPLY.match(point.text.strip().rstrip(".?"))
    if not m:
        return None
    what = re.sub(r"^(?:his|her|their) ", "the ", m.group("what").strip())
    sent = _REPLY_SENT.search(answer_text)
    on = None
    if sent:
        on = date_in_text(answer_text[sent.start():sent.end() + 200])
    return Reply(what=what, sent=on, said_sent=sent is not None)


# "I refer the hon. Member to the reply I gave the hon. Member for Newport, West (Mr. Flynn) on 10 January,
# Official Report, columns 231-32": the answer is a published earlier reply (s.21), cited, not asked for again.
_REFER = re.compile(r"\bI (?:would )?refer (?:the|my) (?:hon\.|honourable|noble|right hon\.)[^.]{0,40}?\bto (?:my|the) "
                    r"(?:reply|answer|replies|answers)\b(?P<rest>.{0,200})", re.IGNORECASE | re.DOTALL)
_REFER_DATE = re.compile(rf"\bon (\d{{1,2}}) ({_MONTHS})(?:,? ((?:19|20)\d\d))?")
_REFER_COLUMN = re.compile(r"\bcol(?:umn)?(s)?\.?\s*(\d+(?:\s*[-–]\s*\d+)?)", re.IGNORECASE)


def earlier_reply(answer_text: str, year: int | None) -> str | None:
    """The earlier reply the answer refers the member to, as "the reply of 10 January 1996 (Official Report,
    columns 231-32)"; None when the answer refers to none (or names no date for it)."""
    m = _REFER.search(answer_text)
    if not m:
        return None
    on = _REFER_DATE.search(m.group("rest"))
    if not on:
        return None
    reply_year = on.group(3) or (str(year) if year else None)
    when = f"{on.group(1)} {on.group(2)}{f' {reply_year}' if reply_year else ''}"
    column = _REFER_COLUMN.search(m.group("rest"))
    where = ""
    if column:
        number = re.sub(r"\s+", "", column.group(2))
        where = f" (Official Report, {'columns' if column.group(1) or '-' in number or '–' in number else 'column'} {number})"
    return f"the reply of {when}{where}"


# "Casework systems do not allow us to report on …", "cannot be extracted from the system": the figure is not
# reportable, and asking for it again meets s.12. The records that can hold it are the management information,
# the performance reports and the service standard.
_CANNOT_REPORT = re.compile(
    r"\b(?:systems?|databases?|records?)\s+(?:do|does|did|will) not (?:allow|permit|enable)\b[^.;]{0,30}?\b(?:report|"
    r"record|identify|extract|collate|break)|\b(?:cannot|can ?not|could not) be (?:reported|extracted|identified|"
    r"separately identified) (?:from|on|in|by) (?:the |our |its |their )?(?:\w+ )?(?:systems?|databases?|records?)\b|"
    r"\b(?:systems?|databases?) (?:cannot|can ?not|could not|are unable to) (?:report|record|identify|extract|"
    r"produce|provide)\b", re.IGNORECASE)


def systems_cannot_report(answer_text: str) -> bool:
    """The answer says the authority's systems cannot report the figure asked for."""
    return bool(_CANNOT_REPORT.search(answer_text))


# "It does not record number of visitors", "The Department for Transport does not hold this information": the
# answer says the figures do not exist there at all (not "centrally", not "in the form requested"). Asked again,
# an officer answers "not held" (FOIA s.1(1)); a short answer that says only this leaves nothing to ask for.
_NOT_RECORDED = re.compile(
    r"^(?:It|We|The (?:Department|Ministry|Office|Government)|The [A-Z][\w ,']{2,60}? (?:Office|Department|Ministry|"
    r"Service|Agency)|The [A-Z][\w ,']{2,60}?) (?:does|do) not (?:record|collect|keep|hold|monitor)\b"
    r"(?![^.]*\b(?:centrally|in the (?:form|format|way)|separately|routinely|disaggregated|broken down)\b)"
    r"(?: (?:the |this |that |such |any )?(?:information|data|figures|statistics|records?|numbers?|details)\b| number)"
    # "as poverty is not a metric used for the classification of illness": no such category is recorded
    r"|\b(?:is|are) not an? (?:metric|category|field|measure|variable|data item) (?:that is )?(?:used|recorded|"
    r"collected|captured)\b",
)
SHORT_ANSWER_SENTENCES = 3


def not_recorded(answer_text: str) -> str | None:
    """The sentence of a short answer that says the figures are not recorded or held at all, or None."""
    sentences = split_sentences(answer_text or "")
    if not sentences or len(sentences) > SHORT_ANSWER_SENTENCES:
        return None
    return next((s for s in sentences if _NOT_RECORDED.search(s)), None)
