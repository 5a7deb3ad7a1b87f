"""A short noun phrase naming what a question is about, for a request's title ("Online child sexual
exploitation on Twitter: figures and funding"): the question's object with its scaffolding ("what steps
… to address", "what assessment … has made of") taken off."""

from __future__ import annotations

import re

from ..model import WrittenAnswer
from ..reading.preamble import strip_preamble
from .split import split_into_parts

_I = re.IGNORECASE
_WHO = r"(?:he|she|they|it|we|the \w+(?: \w+)?|his \w+(?: \w+)?|her \w+(?: \w+)?|their \w+|its \w+)"
_SCAFFOLDING = [
    re.compile(r"^what (?:further |additional |specific |recent |other )?(?:steps|measures|action|actions|"
               r"plans|support|progress|work)\b[^,]*?\b(?:taking|take|taken|made|making|doing|providing)\b"
               r"(?:,? or (?:intends?|plans?) to take,?)?\s+(?:(?:on|in|towards?|with)\s+)?"
               r"(?:to\s+)?(?:help\s+)?(?:(?:address|tackl|reduc|improv|support|increas|prevent|ensur|protect|"
               r"promot|encourag|deliver|establish|explor|expand|strengthen|end|stop|meet|rais|introduc|develop|"
               r"implement|build|creat|set(?:t)?)(?:e|ing)?(?:\s+up)?\b|respond(?:ing)? to\b)?\s*", _I),
    re.compile(r"^(?:what|whether|if) (?:recent |further )?(?:assessment|estimate|evaluation|analysis|"
               r"consideration)s?\b.*?\b(?:made|make|given|carried out|undertaken)\b(?: \w+)?? (?:of|on|to)\s+"
               r"(?:the\s+)?(?:potential\s+|likely\s+)?(?:(?:impact|effectiveness|merits|implications|adequacy|"
               r"effect|effects|readiness|role|cost effectiveness|level)\s+(?:of|on|for)\s+)?", _I),
    re.compile(rf"^if {_WHO} will make an? (?:assessment|estimate|evaluation) of\s+(?:the\s+)?"
               rf"(?:potential\s+)?(?:(?:impact|effectiveness|merits|implications)\s+of\s+)?", _I),
    re.compile(r"^what (?:recent )?(?:discussions|meetings|conversations|representations|correspondence)\b"
               r".*?\b(?:had|held|received|made)\b\s+", _I),
    re.compile(rf"^(?:whether|if) {_WHO} (?:has|have|had|is|are|will|plans?|intends?|does|did)\b"
               rf"(?: \w+ly)?(?: (?:plans?|intends?|made|make|taken|take|to|been|any|an|a))*\s+", _I),
    re.compile(r"^(?:what|which) (?:information|data) .*?\bholds? on\s+", _I),
    re.compile(r"^(?:for what reasons?|why|what the reasons? (?:are|were|is|was)|when|on what date|by what date|"
               r"what (?:is |was )?the (?:planned |expected )?(?:timetable|timeline|date) (?:is )?for)\s+", _I),
]
_CUT = re.compile(r",|;|\s(?:in each|for each|broken down by|since \d|in the last|over the last|in the \w+ "
                  r"(?:\w+ )?years?)\b", _I)
_MARKERS = re.compile(r"\(\s?(?:[a-z]|[ivx]{1,5}|\d{1,2})\s?\)\s*")


def subject_of(answer: WrittenAnswer) -> str:
    """What the question is about, as a short noun phrase (falls back to the answer's title)."""
    _preamble, body = strip_preamble(answer.question)
    parts = split_into_parts(body) if body else []
    text = parts[-1].text if parts and _is_embedded_count(parts) else (parts[0].text if parts else "")
    text = _MARKERS.sub("", text).strip()
    for pattern in _SCAFFOLDING:
        stripped = pattern.sub("", text, count=1)
        if stripped != text and len(stripped.split()) >= 2:
            text = stripped
            break
    if re.match(r"how many\s", text, _I):
        # "how many X have received Y" → "the number of X that have received Y"
        text = "the number of " + re.sub(r"\s(?=(?:have|has|are|is|were|was|did|do|will|would|could|can)\s)",
                                         " that ", text[9:], count=1)
    text = _CUT.split(text)[0].strip()
    words = text.split()
    if len(words) < 2:
        return (answer.title or body or answer.question).strip()
    if len(words) > 18:
        text = " ".join(words[:18]) + "…"
    return text.rstrip(" .?")


def _is_embedded_count(parts: list) -> bool:  # type: ignore[type-arg]
    return len(parts) > 1 and parts[-1].text.lower().startswith("the number of")


# --- a title's subject: what the question is about and what it seeks, as a noun phrase ------------------------

_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_DOER = (r"(?:he|she|they|it|we|the Government|the Minister|the Secretary of State|(?:his|her|their|its|the) "
         r"(?:Department|Ministry|Office)|HM Treasury|HMRC|(?-i:the [A-Z][\w&,' -]{2,60}?|[A-Z][\w&' -]{2,40}?))")
_AUX = r"(?:(?:has|have|had|is|are|was|were|will|would|does|do|did)\s+)?(?:(?:recently|already|now|yet|been)\s+)*"
# Participles a "when will X be …" question asks the timing of, and the noun that names the step.
_STEP_NOUNS = {
    "published": "publication", "appointed": "appointment", "completed": "completion", "announced": "announcement",
    "implemented": "implementation", "introduced": "introduction", "laid": "laying", "launched": "launch",
    "opened": "opening", "finalised": "finalisation", "issued": "issue", "paid": "payment", "reviewed": "review",
    "updated": "update", "built": "construction", "delivered": "delivery", "made": "making",
    "established": "establishment", "signed": "signing", "awarded": "award", "closed": "closure",
    "released": "release", "extended": "extension", "started": "start", "commenced": "commencement",
    "concluded": "conclusion", "considered": "consideration", "decided": "decision", "funded": "funding",
}
_VERB_NOUNS = {
    "publish": "publication of", "respond": "response to", "reply": "reply to", "lay": "laying of",
    "announce": "announcement of", "implement": "implementation of", "introduce": "introduction of",
    "complete": "completion of", "appoint": "appointment of", "launch": "launch of", "issue": "issue of",
    "make a decision": "decision", "take a decision": "decision", "review": "review of", "update": "update of",
    "answer": "answer to", "bring forward": "bringing forward of", "open": "opening of", "start": "start of",
    "commence": "commencement of", "conclude": "conclusion of", "finalise": "finalisation of",
}
_NOUN_HEADS = (r"steps|measures|action|actions|plans|support|work|progress|funding|guidance|resources|"
               r"assistance|advice|training|provision|arrangements|contingency plans|preparations|initiatives")
_T = [
    # "what discussions he has had with X on Y" → "Discussions with X on Y"
    ((rf"what (?:recent |further |other |formal |informal )?(?P<head>discussions|meetings|conversations|"
     rf"representations|correspondence|engagement|contact|communications)\s+(?:{_DOER}\s+)?{_AUX}"
     rf"(?:\w+ly\s+)?(?P<verb>had|held|received|made|undertaken|conducted|sent|with)\b\s*(?P<rest>.+)"), "discussions"),
    ((rf"(?:whether|if) {_DOER} {_AUX}(?:plans? to |intends? to |will )?(?:had|held|hold|have|make|made|received|"
     rf"sought)\s+(?:any\s+)?(?:recent\s+|further\s+)?(?P<head>discussions|meetings|conversations|"
     rf"representations|correspondence)\s+(?P<rest>.+)"), "discussions"),
    # "what progress X has made on Y" → "Progress on Y"
    ((rf"what (?:recent |further )?progress\s+(?:{_DOER}\s+)?{_AUX}(?:been\s+)?(?:made|making|make)\s+"
     rf"(?:(?:on|with|in|towards?|regarding|against)\s+)?(?P<rest>.+)"), "progress"),
    # "what steps X is taking to Y" → "Steps to Y"
    ((rf"what (?:further |additional |specific |recent |other |new |practical |urgent )?(?P<head>{_NOUN_HEADS})\s+"
     rf"(?:(?:{_DOER})\s+)?{_AUX}(?:\w+ )?(?:taking|taken|take|made|making|make|doing|done|providing|provided|"
     rf"provides|provide|giving|given|gives|allocated|allocating|issued|issuing|has|have|had|plans|intends|put in "
     rf"place|putting in place|is available|are available|available|been)\b(?:,? or (?:intends?|plans?) to "
     rf"(?:take|make|provide),?)?\s*(?P<rest>(?:to|on|in|for|towards?|with|regarding|against|so that)\s.+)"), "head"),
    ((rf"(?:whether|if) {_DOER} {_AUX}(?:plans? to |intends? to |will )?(?:taking|taken|take|make|made|making|"
     rf"have|has|had)\s+(?:any\s+)?(?:recent\s+|further\s+|additional\s+|specific\s+)?(?P<head>steps|action|measures|plans|"
     rf"proposals)\s+(?P<rest>(?:to|on|in|for|towards?)\s.+)"), "head"),
    # "what assessment she has made of the potential merits of X" → "Merits of X"
    ((r"(?:what|whether|if) (?:\w+ ){0,6}?(?:(?:recent|further|an?|any) )?(?:assessment|estimate|evaluation|"
     r"analysis|review|study|research)s?\b(?: (?:\w+ ){0,6}?(?:made|make|given|carried out|undertaken|conducted|"
     r"commissioned|published)\b(?: \w+)??)? (?:of|on|into) (?:the )?(?:potential |likely |possible |expected )?"
     r"(?P<head>impact|effectiveness|merits|implications|adequacy|effect|effects|cost|costs|level|extent|number|"
     r"scale|value|effectiveness|feasibility|efficacy|risk|risks|benefits|costs and benefits|consequences)\s+"
     r"(?P<prep>of|on|for|to|in) (?P<rest>.+)"), "measure"),
    ((r"(?:what|whether|if) (?:\w+ ){0,6}?(?:(?:recent|further|an?|any) )?(?P<head>assessment|estimate|evaluation|"
     r"analysis|review)s?\b(?: (?:\w+ ){0,6}?(?:made|make|given|carried out|undertaken|conducted|commissioned)\b"
     r"(?: \w+)??)? (?:of|on|into) (?P<rest>.+)"), "assessment"),
    # "what information his Department holds on X" → "Information held on X"
    ((rf"what (?:recent )?(?P<head>information|data|figures|statistics|records|estimates?)\s+(?:{_DOER}\s+)?{_AUX}"
     rf"(?:hold|holds|held|has|have|collects?|collected|publishes|published|received)\s+(?P<rest>(?:on|about|for|"
     rf"regarding|relating to|of)\s.+)"), "held"),
    # "how many X have been detained" → "Number of X detained"
    (r"how (?P<how>many|much) (?:\(?and\)? )?(?:what (?P<also>proportion|percentage|share) of )?(?P<rest>.+)",
     "number"),
    # "how much X spent on Y" → "Spending by X on Y"
    ((rf"how much (?:money |funding |public money )?(?:{_DOER}) {_AUX}(?:plans? to |intends? to )?(?:been )?"
     rf"(?P<verb>spent|spend|spending)\s+(?P<prep>on|of|in|for)\s+(?P<rest>.+)"), "spending"),
    ((rf"how much (?P<what>funding|money|public money|grant funding|capital funding)\s+(?:{_DOER}\s+)?{_AUX}(?:been )?"
     rf"(?P<verb>allocated|provided|given|awarded|invested|received|paid|made available|spent)\s+"
     rf"(?:by (?:\w+ ){{1,5}}?)?(?P<prep>to|for|on|in|from|through|under)\s+(?P<rest>.+)"), "funding"),
    ((rf"how much (?:{_DOER}) {_AUX}(?:plans? to |intends? to )?(?:been )?(?P<verb>allocated|provided|given|awarded|"
     rf"invested|received|paid|raised|collected|budgeted|made available)\s+(?:\w+ ){{0,2}}?"
     rf"(?P<prep>to|for|on|in|from|through|under)\s+(?P<rest>.+)"), "funding"),
    ((r"how much (?P<rest>.+?) (?:has |have |had |will |is expected to |are expected to )?(?:cost|costs|costed)\b"
     r"(?P<after>.*)"), "cost"),
    # "what the average time taken is for X" → "Average time taken for X"; "what is the average age of X"
    ((r"what (?:is|was|are|were|has been|have been|will be) (?:the )?(?P<rest>(?:total |average |estimated |"
     r"projected |current |annual |expected |latest |median |planned )*(?:number|numbers|proportion|percentage|"
     r"amount|level|value|cost|costs|age|time|rate|size|budget|timetable|timescale|timeline|date|criteria|"
     r"status|income|expenditure|spend|basis|terms of reference|remit|purpose|scope|breakdown|length|"
     r"duration|average|total|policy|position|evidential basis)\b.+)"), "what_is"),
    (r"what the (?P<rest>.+?)\s+(?:is|was|are|were|has been|have been|will be|would be)\b(?P<after>.*)", "what_the"),
    (r"what (?P<head>number|proportion|percentage|amount|level|value|cost) of (?P<rest>.+)", "measure_of"),
    # "if he will list by region the number of X" → "Number of X"
    ((rf"(?:if|whether) {_DOER} will (?:list|set out|publish|provide|give|state|place in the Library)\b.*?\bthe "
     rf"(?P<rest>(?:percentage number|number|percentage|proportion|amount|cost|value|total)\b.+)"), "what_is"),
    # "what contracts his Department awarded to industry" → "Contracts awarded by the Department to industry"
    ((rf"what (?P<things>(?!(?:steps|plans|action|assessment|estimate|discussions|progress|recent)\b)[a-z][\w-]*"
     rf"(?: [a-z][\w-]*){{0,3}}?) (?P<who>{_DOER}) (?:has |have |had )?(?:(?:recently|so far) )?"
     rf"(?P<verb>awarded|issued|received|published|commissioned|made|signed|let|granted|approved|funded|"
     rf"procured|purchased|bought|sold|closed|opened|held|hosted|launched|used)\b(?P<rest>.*)"), "things"),
    # "when he plans to respond to X" → "Response to X"; "when X will be published" → "Publication of X"
    ((rf"when (?:{_DOER}) (?:plans to|expects to|intends to|will|is expected to|is due to|is planning to|"
     rf"aims to|anticipates that (?:he|she|it|they) will) (?P<verb>{'|'.join(sorted(_VERB_NOUNS, key=len, reverse=True))})"
     rf"\b\s*(?P<rest>.+)"), "when_verb"),
    ((rf"when (?:the |his |her |their |its )?(?P<rest>.+?) (?:will|is expected to|are expected to|is due to|are due "
     rf"to|is planned to|are planned to) be (?:(?:formally|fully|first) )?(?P<verb>{'|'.join(_STEP_NOUNS)})"
     rf"\b(?P<after>.*)"), "when_be"),
    # "what his Department's policy is on X" → "Policy on X"
    ((r"what (?:his|her|their|its|the Government's|the Department's) (?:Department's )?(?:current |planned |proposed )?"
     r"(?P<head>policy|position|plans|strategy|assessment|approach|priorities|timetable|timescale)\s+(?:is |are )?"
     r"(?P<rest>(?:on|for|to|towards|in relation to|regarding|with regard to)\s.+)"), "head"),
    # "for what reason X was not included" → "Reasons X was not included"
    (r"(?:for what reasons?|why|what the reasons? (?:are|were|is|was) (?:for|that|why)?)\s*(?P<rest>.+)", "reasons"),
    # "if he will make it his policy to X" → "Policy to X"
    ((r"(?:if|whether) (?:he|she|they|the Government|it) will (?:make it (?:his|her|their|its|the Government's) "
     r"policy|adopt a policy)\s+(?P<rest>(?:not )?to .+)"), "policy"),
    # "whether he will publish X" → "X"; "if he will make representations to X" → "Representations to X"
    ((rf"(?:if|whether) {_DOER} will (?:publish|place in the Library|make publicly available|release|lay before "
     rf"Parliament)\s+(?:a copy of |copies of |the findings of |the results of )?(?P<rest>.+)"), "document"),
    (rf"(?:if|whether) {_DOER} will make (?P<head>representations|an? (?:statement|announcement))\s+(?P<rest>.+)",
     "head"),
    ((rf"(?:whether|if) {_DOER} (?:has|have) (?:a |an |any )?(?:planned |published |agreed )?(?P<head>timetable|"
     rf"plan|plans|strategy|target|targets|estimate|assessment|policy|guidance|criteria|record|records|data|"
     rf"figures)\s+(?P<rest>(?:for|of|to|on|in|regarding)\s.+)"), "head"),
    ((rf"(?:whether|if) {_DOER} (?:has |have )?(?:plans?|intends?|has plans|have plans|will|proposes?|is planning|"
     rf"are planning|is considering|are considering)\s+(?:to )?(?P<verb>introduce|bring forward|publish|review|"
     rf"extend|expand|increase|reduce|change|amend|reform|establish|create|launch|provide|fund|make|set up|"
     rf"consult on|legislate|update|implement|reinstate|restore|abolish|end|remove|raise|lower|require|"
     rf"allow|ban|permit|support|issue|develop|commission|appoint|take|give|hold|conduct|undertake|"
     rf"carry out|ensure|enable|encourage|prevent|protect|improve)\b(?P<rest>.+)"), "plans"),
]
_TITLE_FORMS = [(re.compile(p, _I), how) for p, how in _T]
# Where a title's subject ends: the period, a breakdown, the next clause.
_TITLE_CUT = re.compile(
    r",?\s+(?:in (?:each|every|the (?:last|past|previous|next|most recent|latest|current)|(?:the )?(?:financial |"
    r"calendar )?(?:year )?(?:19|20)\d\d|(?:the )?(?:19|20)\d\d)|for (?:each|every|the (?:last|past|previous|next)"
    r"|(?:the )?(?:19|20)\d\d)|during (?:the |each )?(?:last|past|19|20)|since|over the (?:last|past|next)|broken "
    r"down|by (?:region|month|year|ethnicity|age|gender|sex|constituency|local authority|nationality|type)|as "
    r"(?:of|at) \d|(?:between|from) (?:\d{1,2}(?:st|nd|rd|th)? )?(?:" + _MONTHS + r" )?(?:19|20)\d\d|(?:up )?to date|to (?:19|20)\d\d|on \d{1,2}(?:st|nd|rd|"
    r"th)? " + _MONTHS + r"|(?:before|after|until|by) (?:the end of )?(?:" + _MONTHS + r" )?(?:19|20)\d\d)\b"
    r"|(?:for|in|during|at|from|to|until|by) (?:the end of )?" + _MONTHS + r" (?:19|20)\d\d|in (?:this|the current) "
    r"(?:financial |calendar )?(?:year|Parliament|session)\b"
    r"|,\s*(?:(?:and|or)\s+(?:if|whether|what|how|when|which|for what|why)|including|by|broken|in each|for each|"
    r"to date|if|whether|published|dated|as|showing|indicating|specifying|giving|together with)\b|\s+and (?:if|whether|what|how|when|which|for what|why)\b|;|\?|:",
    _I,
)
_DATED = re.compile(r"\s*(?:,\s*)?(?:(?:sent|published|made|given|issued|dated|received|written|laid|announced)\s+)?"
                    r"(?:on |of |dated )?\d{1,2}(?:st|nd|rd|th)? " + _MONTHS + r"(?: (?:19|20)\d\d)?\b", _I)


def title_subject(answer: WrittenAnswer) -> str | None:
    """What the question is about and what it seeks, as a noun phrase for a request's title: "Progress on the
    sale of the Tote", "Average age of the ambulance vehicles of the London ambulance service", "Spending by the
    Department on travel that was not standard class". The asking body is "the Department" (the letter names
    it); periods, breakdowns and dates are left to the letter. None when the question takes none of the forms
    read here (the title falls back to the heading)."""
    _preamble, body = strip_preamble(answer.question or "")
    text = " ".join(_MARKERS.sub(" ", body).split())  # "have(a) successfully" → "have successfully"
    text = re.sub(r"^\(?\d{1,2}\)\s*", "", text)
    text = re.sub(r"^(?:and |also )", "", text, flags=_I)
    for pattern, how in _TITLE_FORMS:
        m = pattern.match(text)
        if m is None:
            continue
        phrase = _phrase(m, how)
        if phrase:
            return phrase
    return None


def _phrase(m: re.Match[str], how: str) -> str | None:
    g = m.groupdict()
    rest = _TITLE_CUT.split(g.get("rest") or "", maxsplit=1)[0].strip()
    if how in ("discussions",):
        verb = (g.get("verb") or "").lower()
        head = g["head"].capitalize()
        if verb == "with":
            rest = "with " + rest
        elif verb == "received":
            head += " received"
        phrase = f"{head} {rest}"
    elif how == "progress":
        phrase = f"Progress on {rest}"
    elif how == "head":
        phrase = f"{g['head'].capitalize()} {rest}"
    elif how == "measure":
        phrase = f"{g['head'].capitalize()} {g['prep']} {rest}"
    elif how == "held":
        # "Information held on the number of trees planted" → "Number of trees planted"
        measure = re.match(r"(?:on|about|regarding|of) the ((?:\w+ and )?(?:number|proportion|percentage|amount|cost|"
                           r"costs|value|level|rate|total|maximum|minimum|average)\b.+)", rest)
        phrase = measure.group(1) if measure else f"{g['head'].capitalize()} held {rest}"
    elif how in ("assessment", "measure_of"):
        phrase = f"{g['head'].capitalize()} of {rest}"
    elif how == "number":
        if re.match(r"(?:times|occasions)\b", rest) or (g["how"].lower() == "much" and not g.get("also")):
            return None
        rest = re.sub(r"\s(?:have|has|had) been\s(?=\w+(?:ed|en|wn|ld|nt|ght)\b)", " ", rest)
        # "people have been detained" → "people detained"; "people who were cautioned" keeps its verb
        rest = re.sub(r"(?<!\bwho)(?<!\bthat)(?<!\bwhich)\s(?:are|is|were|was) (?:currently |now |being )?"
                      r"(?=\w+(?:ed|en|wn|ld|nt|ght)\b)", " ", rest, count=1)
        # "does the Department hold" → "the Department hold"; not "have successfully claimed" (a relative clause)
        rest = re.sub(r"\s(?:does|do|did|has|have|had) (the Department|his Department|her Department|"
                      r"(?!\w+(?:ed|en|wn|ld|nt|ght)\b)(?!\w+ly\b)\w+) ", lambda x: f" {x.group(1)} ", rest)
        rest = _relative(rest)
        head = "Number" if g["how"].lower() == "many" else "Amount"
        phrase = f"{head} and {g['also']} of {rest}" if g.get("also") else f"{head} of {rest}"
    elif how == "spending":
        phrase = f"Spending by the Department {g['prep']} {rest}"
    elif how == "funding":
        phrase = f"{(g.get('what') or 'funding').capitalize()} {g['verb']} {g['prep']} {rest}"
    elif how == "cost":
        phrase = f"Cost of {rest}"
    elif how in ("what_is", "what_the", "things"):
        if how == "things":
            phrase = f"{g['things']} {g['verb']} by {g['who']}{rest and ' ' + rest}"
        else:
            after = _TITLE_CUT.split(g.get("after") or "", maxsplit=1)[0].strip()
            phrase = f"{rest} {after}" if how == "what_the" and re.match(r"(?:for|of|on|to|in)\b", after) else rest
    elif how == "when_verb":
        noun = _VERB_NOUNS[g["verb"].lower()]
        if " " in noun:  # "respond to the email" → "response to the email", not "response to to"
            rest = re.sub(rf"^{noun.split()[-1]}\s+", "", rest)
        phrase = f"{noun} {rest}" if " " in noun else f"{noun} on {rest}"
    elif how == "when_be":
        after = _TITLE_CUT.split(g.get("after") or "", maxsplit=1)[0].strip()
        phrase = f"timetable for the {_STEP_NOUNS[g['verb'].lower()]} of {rest} {after}"
    elif how == "reasons":
        phrase = f"Reasons {rest}"
    elif how == "policy":
        phrase = f"Policy {rest}"
    elif how == "document":
        phrase = rest
    elif how == "plans":
        phrase = f"Plans to {g['verb']}{_TITLE_CUT.split(g['rest'], maxsplit=1)[0]}"
    else:  # pragma: no cover - every form has a case above
        return None
    return _tidy(phrase)


_PEOPLE = re.compile(r"\b(?:people|persons?|prisoners|offenders|claimants|applicants|staff|teachers|trainees|pupils|"
                     r"students|children|officers|nationals|personnel|patients|veterans|participants|employees|"
                     r"workers|households|families|victims|members|doctors|nurses|residents|individuals|men|women)\b")
_FINITE = r"(?:are|is|were|was|have|has|had)"


def _relative(rest: str) -> str:
    """The counted things with what is asked of them as a clause: "people who were cautioned and sentenced were
    not UK nationals" → "people cautioned and sentenced who were not UK nationals"; "prisoners are in custody" →
    "prisoners in custody"; "claimants have received a caution" → "claimants who have received a caution"."""
    m = re.match(rf"(?P<subj>.+?) (?:who|that) (?:were|are|was|is|have been|has been) (?P<part>\w+(?:ed|en|wn|ld|nt|"
                 rf"ght)\b.*?) (?P<aux>{_FINITE}) (?P<pred>.+)$", rest)
    if m:
        return f"{m['subj']} {m['part']} {who_or_that(m['subj'])} {m['aux']} {m['pred']}"
    rest = re.sub(r" (?:are|is|were|was) there\b", "", rest)  # "areas are there for worship" → "areas for worship"
    rest = re.sub(r" there (?:are|is|were|was)\b", "", rest)  # "applications there are in England" → "… in England"
    rest = re.sub(r"\b(?:(?:do|does|did) )?not have\b", "without", rest)  # "prisons do not have" → "without"
    if re.search(r"\b(?:who|that|which)\b", rest):
        return rest
    m = re.match(r"(?P<subj>.+?) (?:are|is|were|was) (?P<pred>(?:in|on|at|under|awaiting|\w+ing)\b.+)$", rest)
    if m and m["subj"].split()[-1] not in ("and", "or"):
        return f"{m['subj']} {m['pred']}"
    m = re.match(rf"(?P<subj>.+?) (?P<aux>{_FINITE}) (?P<pred>(?:\w+ly (?:and \w+ly )?|also |still |not )?\w+.*)$",
                 rest)
    # not "meetings the Minister had with …": the clause has its own subject; "staff at the Institute" is one
    if m and m["subj"].split()[-1] not in ("and", "or") and (
            not re.search(r" (?:the|his|her|their|an?) ", m["subj"])
            or re.match(r"\w+(?: \w+)? (?:at|in|of|on|from|within|across|under) ", m["subj"])):
        return f"{m['subj']} {who_or_that(m['subj'])} {m['aux']} {m['pred']}"
    # "prisons operated a policy" → "prisons that operated a policy": an active verb with its object
    m = re.match(r"(?P<subj>(?:\w+ ){0,5}?\w+s) (?P<verb>(?:\w+ly (?:and \w+ly )?)?\w+ed) "
                 r"(?P<obj>(?:a|an|the|their|its|his|her|any|no|more|fewer)\b.+)$", rest)
    if m:
        return f"{m['subj']} {who_or_that(m['subj'])} {m['verb']} {m['obj']}"
    return rest


def who_or_that(subject: str) -> str:
    """The relative pronoun for the counted things: "who" for people ("staff at the Institute who …"), "that"
    for the rest, judged by the head noun ("incidents of crime against patients that …")."""
    head = re.split(r" (?:of|against|in|at|for|from|with|on|by|under|within|across|to|between|among)\b", subject)[0]
    return "who" if _PEOPLE.search(head.split()[-1] if head.split() else "") else "that"



def _tidy(phrase: str) -> str | None:
    phrase = _DATED.sub("", phrase)
    phrase = re.sub(r"\b(Act|Regulations|Order|Strategy|Plan|Review|Bill) (?:19|20)\d\d\b", r"\1", phrase)
    phrase = re.sub(r"\b(?:his|her|their|its) (?:Department|Ministry)('s)?", r"the Department\1", phrase)
    phrase = re.sub(r"\b(?:by|for) (?:he|she|they|we|it)\b", "by the Department", phrase)
    phrase = re.sub(r"\b(?:his|her|their|its) ((?:\w+ )?counterparts?)\b", r"\1", phrase)
    phrase = re.sub(r"\b(?:his|her|their|its) (?=\w)", "the ", phrase)
    phrase = re.sub(r"\b(?:such|those|these|this|that) (?:figures?|information|data|estimates?)$", "", phrase)
    phrase = re.sub(r"\bpercentage number\b", "percentage", phrase)
    phrase = re.sub(r"\s+and in total\b", "", phrase)
    # The letter goes to the body: "by the Department" says it twice.
    phrase = re.sub(r"(?<=\w) (?:by|for) the Department(?= to\b|$|,)", "", phrase)
    phrase = re.sub(r"\s+", " ", phrase).strip(" ,.;:-")
    # a date's leftover verb ("the letter sent"), not a clause's own ("before another competition is announced")
    phrase = re.sub(r"(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere)(?<!\bbe)(?<!\bbeen)\s+(?:sent|published|made|given|"
                    r"issued|dated|received|written|laid|announced)$", "", phrase)
    phrase = re.sub(r"\s+(?:and|or|of|the|to|for|on|in|with|by|from|at|a|an|that|which|who)$", "", phrase)
    words = phrase.split()
    if len(words) < 2 or re.search(r"\b(?:he|she|they|whether|if|what|how|why|you|I)\b", phrase) \
            or re.search(r"\b(?:it|we)\b", " ".join(words[1:])) or not phrase[:1].isalpha():
        return None
    return phrase[:1].upper() + phrase[1:]
