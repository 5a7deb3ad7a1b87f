"""Stock evasions in an answer, sentence by sentence (docs/law.md, "The written answers that prompt
requests"). Each has an FOI move: not held → ask what records exist; disproportionate cost → narrow (s.12/s.16);
in due course → ask for the timetable and drafts; refers elsewhere → follow the reference; no comment or policy
restated → ask for the underlying records; holding → nothing has been answered yet."""

from __future__ import annotations

import re
from datetime import date

from ..model import Evasion, EvasionKind
from .references import references_in

_I = re.IGNORECASE
_INFO = (r"(?:the |this |that |such |any |these |those |all )?(?:relevant |requested |specific |detailed |"
         r"central |centrally |complete |comprehensive |reliable |separate |official )?(?:information|data|"
         r"records?|figures|statistics|details|breakdown|documents?|statements?|copies|this|it|such)")

# "is an operational matter for Network Rail": another body's business, so the department says it holds none
# and leaves the part open (the holders' table then names the body).
DEFLECTION = re.compile(r"\b(?:operational|day-to-day) (?:matters?|responsibilit(?:y|ies)|decisions?) (?:for|of) "
                        r"(?:the )?(?-i:[A-Z])", _I)

# Passed on: "The scheme is run and maintained by the Department for Levelling Up, Housing & Communities", "this
# is a matter for the Institute for Apprenticeships", "It is for the local NHS to provide …", "It is for schools
# to decide …". The department says, in effect, that another body, or local bodies, hold what was asked: it is
# reported as not held, and the body named is the one to ask (the letters' holders table reads it).
_ORG_WORDS = (r"Department|Ministry|Office|Agency|Authorit(?:y|ies)|Council|Commission(?:er)?|Executive|"
              r"Government|Administration|Service|Board|Trust|NHS|Police|Constabulary|Bank|Institute|Corporation|"
              r"Company|Ltd|plc|Regulator|Inspectorate|Parliament|Assembly|Senedd|House|Court|Tribunal|Mayor|"
              r"Committee|Rail|Post Office|Secretary of State for [A-Z][a-z]+|[A-Z]{2,}")
_NAMED_ORG = (rf"(?:the )?(?:[A-Z][\w'’-]*,? (?:(?:of|for|and|&|the|in|on) )*)*(?:{_ORG_WORDS})\b"
              r"(?:,? (?:(?:of|for|and|&|the|in|on) )*[A-Z][\w'’-]*)*")
_LOCAL_BODIES = (
    r"(?i:(?:the )?(?:local|individual|each|relevant|respective|independent)?\s?(?:(?:national health service|NHS)(?: bodies|"
    r" trusts| boards| organisations| commissioners)?|health (?:authorit(?:y|ies)|boards?)|(?:NHS )?trusts|"
    r"primary care trusts|PCTs|commissioners|integrated care boards|ICBs|(?:local )?authorities|councils|"
    r"police(?: forces)?|forces|chief (?:constables|officers of police)|schools|head ?teachers|governing bodies|"
    r"academy trusts|universities|colleges|employers|(?:general |local )?managers|courts|judiciary|judges|"
    r"magistrates|devolved (?:administrations|governments)|train operating companies|operators|providers)\b)")
_WHO = rf"(?P<who>{_NAMED_ORG}|{_LOCAL_BODIES})"
_TRANSFERS = [
    re.compile(r"(?i:\b(?:is|are|was|were|remains?|be) (?:entirely |solely |primarily |ultimately |properly )?"
               rf"(?:a |an )?(?:matters?|issues?|questions?|decisions?) (?:for|of) ){_WHO}"),
    re.compile(r"(?i:\b(?:is|are|was|were|remains?|be) (?:the |a )?(?:sole |direct |primary |statutory |"
               rf"overall )?responsibilit(?:y|ies) of ){_WHO}"),
    re.compile(rf"(?i:\bit is (?:for|up to|a matter for|the responsibility of) ){_WHO}(?: themselves)? to \w+"),
    re.compile(r"(?i:\b(?:is|are) (?:run|led|administered|managed|operated|delivered|owned|overseen)(?: and "
               r"(?:run|led|maintained|managed|administered|operated|delivered|funded|owned))? (?:entirely |"
               rf"solely |directly )?by )(?P<who>{_NAMED_ORG})"),
]
# Words that name the department itself or no body at all ("a matter for the Government", "for the Budget").
_SELF = re.compile(r"^(?:the |this |my |HM )?(?:Government|Department|Departments|Ministers?|Secretary of "
                   r"State|House)$", _I)


_REASONED = re.compile(r"\b(?:therefore|because|so that|which means)\b", _I)


def passed_to(sentence: str, department: str | None = None) -> str | None:
    """The body an answer's sentence passes the question to ("the Department for Levelling Up, Housing &
    Communities", "individual police forces"), or None: none named, or the department that answered."""
    for pattern in _TRANSFERS:
        for m in pattern.finditer(sentence):
            who = m.group("who").strip(" ,")
            if _SELF.match(who) or not re.search(r"[A-Za-z]{3}", who):
                continue
            if department and _same_body(who, department):
                continue
            if _REASONED.search(sentence[m.end():]):
                continue  # "… is administered by the local authority, therefore it is not appropriate …": a reason
            return who
    return None


def _same_body(who: str, department: str) -> bool:
    def key(s: str) -> str:
        return re.sub(r"^the\s+|\W+", " ", s.lower().replace("&", "and")).strip()
    return key(who) == key(department) or key(department) in key(who)


PATTERNS: list[tuple[EvasionKind, re.Pattern[str]]] = [
    ("holding", re.compile(
        r"not (?:proved|been|yet been) possible to (?:respond|answer|reply)|before (?:the )?Prorogation|"
        r"\b(?:I|we) (?:will|shall) (?:reply|respond|write) to (?:the|my) (?:hon|right|rt|noble)|"
        r"\bholding answer\b", _I)),
    ("disproportionate_cost", re.compile(
        r"disproportionate(?:ly)?\s+(?:high\s+)?costs?|"
        # "amounting to disproportionate time and cost", "a disproportionate amount of time"
        r"\bdisproportionate (?:amount of |level of )?(?:time|effort|resources?)\b|exceed(?:s|ed)? the (?:cost|appropriate) limit|"
        r"cost (?:limit|threshold) for (?:answering )?(?:parliamentary|written) questions", _I)),
    ("not_held", re.compile(
        # (not "we have not held discussions with X": meetings that did not take place)
        rf"\bnot (?:held(?! (?:any )?(?:specific |formal )?(?:discussions|meetings|talks|conversations|a meeting|an "
        rf"event|events|a consultation))|collected|recorded|collated|captured|kept|available|routinely (?:collected|held|"
        rf"recorded|collated|published))(?: centrally| in (?:a|the) (?:format|form|way)| by (?:the|this|my))?"
        rf"|\b(?:do|does|did) not (?:hold|collect|record|collate|keep|capture|routinely (?:collect|hold|record))"
        rf"\s+{_INFO}"
        rf"|\b(?:do|does|did) not (?:centrally )?(?:hold|collect|record|collate)\b(?=[^.]{{0,40}}\b(?:on|about|"
        rf"for|relating|in relation|regarding|centrally)\b)"
        rf"|\bno (?:central )?(?:records?|data|information|figures) (?:is|are|was|were) (?:held|kept|collected|"
        rf"available)|\bnot (?:possible|able) to (?:identify|determine|separately identify|provide)\b"
        rf"|\bnot held in (?:the|a) (?:format|form)"
        # "Casework systems do not allow us to report on the number of …"
        rf"|\b(?:systems?|records?|data(?:bases?)?) (?:do|does|did|would) not (?:allow|enable|permit|support)\b"
        rf"[^.]{{0,30}}\bto (?:report|identify|provide|extract|record|count|break down|separate)\b"
        rf"|\bnot (?:possible|able) to report\b"
        rf"|{DEFLECTION.pattern}", _I)),
    ("refers_elsewhere", re.compile(
        r"\bI (?:would )?refer\b|\brefer (?:the|my) (?:hon|right|rt|noble)|\bI refer back\b|"
        r"\b(?:answer|response|reply) (?:I gave|given|provided)\b[^.]{0,60}\b(?:Question|PQ|UIN)|"
        r"\bprovided in response to (?:a|an|the) (?:previous|earlier) (?:Parliamentary )?Question|"
        r"\bas set out in (?:my|the) (?:answer|response|reply)\b|"
        r"\b(?:please )?see (?:the|my) (?:answer|response|reply) (?:to|of|given)\b", _I)),
    ("no_comment", re.compile(
        r"\b(?:do|does|will|would|can|cannot|could) not (?:comment|speculate|discuss|disclose|provide a "
        r"running commentary|go into (?:the )?detail)|"
        r"\bnot (?:be )?appropriate (?:for [^.]{1,60}? )?to (?:comment|speculate|discuss|disclose|publish|provide|"
        r"give|share|release|go into|set out|confirm|detail)|"
        r"\b(?:do|does|will|would) not (?:publish|release|share|disclose) (?:details|information|the details)|"
        r"\btreat(?:s|ed)? (?:all )?[^.]{0,30}\bin confidence|"
        r"\b(?:long-standing|longstanding|established) (?:practice|policy|convention)[^.]{0,60}\bnot to\b|"
        r"\bwould not be (?:in the public interest|prudent) to (?:disclose|comment|publish)", _I)),
    ("in_due_course", re.compile(
        r"\bin due course\b|\blater (?:this|in the) year\b|\bin the coming (?:weeks|months)\b|"
        r"\b(?:respond|reply|publish|report|update|set out|announce|write|answer)\b[^.]{0,60}"
        r"\bas soon as (?:possible|practicable)|\bwill be set out in\b|"
        r"\b(?:will|intends? to|expects? to|plans? to|aims? to) (?:be )?(?:publish(?:ed)?|set out|"
        r"announce(?:d)?|respond|report)\b(?![^.]*\b(?:\d{1,2} (?:January|February|March|April|May|June|July|"
        r"August|September|October|November|December)|(?:January|February|March|April|May|June|July|August|"
        r"September|October|November|December) \d{4}|today)\b)[^.]*\b(?:shortly|soon|in due course|later|"
        r"when|once|next steps|the outcome|findings|analysis|response|results)\b", _I)),
]
# A whole answer that only points to a publication ("Details … can be found at the following link") refers
# elsewhere even without the word "refer".
_POINTER = re.compile(r"\b(?:can be found|is available|are available|is set out|are set out|is published|are "
                      r"published|has been published|have been published)\b[^.]{0,40}\b(?:at|in|on|here|"
                      r"following link|below)\b", _I)

# "Departments set out their spend … in their Annual Reports and Accounts": a pointer to a publication instead of
# the figures (ask for what it leaves out). Only in a sentence that gives no figure itself (otherwise it is
# evidence, not an evasion) nor introduces figures that follow ("These costs are set out in the Annual Reports:");
# a promise to publish there later is in due course, and "remains as published in …" is an answer.
_ACCOUNTS = re.compile(
    r"(?<!will )(?<!will be )(?<!\bas )\b(?:set out|sets out|published|reported|available|can be found)\b[^.]{0,60}"
    r"\b(?:in|within|with|alongside|as part of)\b[^.]{0,40}\b(?:Annual Reports? and Accounts|annual (?:reports?|"
    r"accounts)|Resource Accounts)\b", _I)
_FIGURES = re.compile(r"£\s?\d|\b\d[\d,.]*")
_YEARS = re.compile(r"\b(?:19|20)\d\d(?:[-/–]\d{2,4})?\b")

POLICY = re.compile(
    r"\b(?:is|are|remains?|remain) (?:fully |firmly |absolutely )?committed to\b|\brecognises? the "
    r"(?:importance|challenges|vital)|\b(?:is|are|remains?) (?:clear|determined)\b|"
    r"\b(?:has|have) been clear that\b|"
    r"\btop priority\b|\bplays? (?:a|an) (?:key|vital|crucial|important|central)\b|\bwe know that\b|"
    r"\btakes? (?:this|these|the issue|[a-z ]{0,30}) (?:very )?seriously\b|\bis central to\b|"
    r"\b(?:will|to) continue to (?:work|engage|support|prioritise|monitor|press)\b|"
    r"\bcontinues? to (?:work|engage|support|monitor|press|hold)\b|\bkeeps? [^.]{0,40} under review\b|"
    r"\bhas made its decision\b|\bensur(?:e|ing) value for money\b|"
    r"\bis an example of this Government\b|\bthe government is clear\b", _I)


def find_evasions(sentences: list[str], holding: bool, not_after: date | None,
                  department: str | None = None) -> list[Evasion]:
    """Stock evasions, one per kind per sentence, in answer order (policy restatement is judged later,
    once it is known whether anything was left open). `department` is who answered: a sentence passing the
    question to it ("is run by the Home Office" from the Home Office) passes nothing on."""
    out: list[Evasion] = []
    substantive = [s for s in sentences if re.search(r"[A-Za-z]{3}", re.sub(r"https?://\S+", "", s))]
    for sentence in sentences:
        for kind, pattern in PATTERNS:
            if pattern.search(sentence):
                out.append(_evasion(kind, sentence, not_after))
        if passed_to(sentence, department) and not any(e.kind == "not_held" and e.text == sentence for e in out):
            out.append(_evasion("not_held", sentence, not_after))
        if _ACCOUNTS.search(sentence) and not _FIGURES.search(_YEARS.sub(" ", sentence)) and \
                not sentence.rstrip().endswith(":") and \
                not any(e.kind == "refers_elsewhere" and e.text == sentence for e in out):
            out.append(_evasion("refers_elsewhere", sentence, not_after))
        if len(substantive) <= 1 and _POINTER.search(sentence) and \
                not any(e.kind == "refers_elsewhere" for e in out):
            out.append(_evasion("refers_elsewhere", sentence, not_after))
    if holding and not any(e.kind == "holding" for e in out):
        out.insert(0, Evasion(kind="holding", text=sentences[0] if sentences else "(no answer yet)"))
    return out


def _evasion(kind: EvasionKind, sentence: str, not_after: date | None) -> Evasion:
    if kind != "refers_elsewhere":
        return Evasion(kind=kind, text=sentence)
    refs = references_in(sentence, not_after)
    first = refs[0] if refs else None
    return Evasion(kind=kind, text=sentence, reference=first.uin if first else None,
                   reference_date=first.date if first else None)


def policy_sentences(sentences: list[str]) -> list[str]:
    """Sentences that restate policy ("The Government is committed to …") rather than give what was asked."""
    return [s for s in sentences if POLICY.search(s)]
