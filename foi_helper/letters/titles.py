"""The request's title: it becomes the public WhatDoTheyKnow title and the email subject, so it names the
subject and the dodge ("Home Office engagement with Twitter on child sexual exploitation and abuse"), within
WhatDoTheyKnow's rules (at least 3 characters, mixed case, more than "FOI request"), and never carries a date,
a page's menu, the asker's name, or a placeholder such as "Records behind a written answer"."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..analysis import subject_of, title_subject
from ..model import WrittenAnswer
from .phrasing import join_words
from .windows import Window

ASPECTS = {
    "spending": "funding",
    "tool": "uptake",
    "documents": "documents",
    "correspondence": "correspondence",
    "timetable": "timetable",
    "meetings": "meetings",
    "decision": "decisions",
    "assessment": "assessments",
    "statistics": "figures",
    "actions": "plans",
    "reasons": "briefings",
    "other": "records",
    "dodged_meetings": "meetings",
    "dodged_responses": "correspondence",
    "holding_reply": "the promised answer",
    "promised_letter": "the promised letter",
    "library_copy": "the Library deposit",
}
TITLE_MAX = 120  # WhatDoTheyKnow shows titles in lists and email subjects: short ones read whole
TITLE_AIM = 90  # about what a WhatDoTheyKnow list shows of a title before it is cut
_DATE = re.compile(
    r"\b(?:1[89]|20)\d\d\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
_MENU = re.compile(r"\||\b(?:Previous Section|Next Section|Index|Home Page|Contents|Menu|Skip to|Alert me|"
                   r"Written Answers?|Written Questions?|Hansard)\b", re.IGNORECASE)
_PLACEHOLDER = re.compile(r"\bRecords behind\b|\bwritten answer\b|^FOI request\.?$|\[|^Title\b ?[:(]", re.IGNORECASE)
# A subject that says nothing of what is sought: "Plans to make a statement", "The matter".
_GENERIC = re.compile(
    r"^(?:(?:plans?|policy|timetable|proposals?) (?:to|for) )?(?:make|making|give|giving|the making of) (?:a |an )?"
    r"(?:statement|announcement)s?\b|^(?:(?:the|this|that) )?(?:matter|issue|subject|question|position)s?(?::|$)",
    re.IGNORECASE)
# A count whose counted things are followed by a bare finite verb: "Number of prisons operated a policy".
_CLAUSE = re.compile(
    r"^(?:Number|Amount|Proportion|Percentage)(?: and \w+)? of (?:(?!\b(?:who|that|which|whose)\b)[^:])*?\b\w+s "
    r"(?:\w+ly and \w+ly \w+ed\b|(?:\w+ly )?\w+ed (?:a|an|the|their|its|his|her|any|no)\b)")
# An end that leaves the subject unnamed: "the authenticity of the report", "… of a request".
_VAGUE_END = re.compile(r"\bof (?:the|a|an) (?:report|document|letter|request|matter|issue|statement|paper|application|"
                        r"reply|answer|submission|question|subject)\s*$", re.IGNORECASE)


# A title that ends where a phrase goes on: a preposition, an article, a determiner ("… for those"), "as
# measured" without its "by", a measure without what it measures ("… on the potential merits").
_CUT_OFF = re.compile(
    r"[.…,;:(]\s*$|\b(?:of|and|or|the|to|for|on|in|with|by|from|at|a|an|as|into|between|about|that|which|who|"
    r"whose|its|their|his|her|those|these|this|such|each|every|any|some)\s*$|\bas \w+ed\s*$|"
    r"\bthe (?:potential |possible |likely )?(?:merits|impact|implications|adequacy|effectiveness|effects?|number|"
    r"proportion|level|cost|costs|role|value|authenticity|accuracy|validity|reliability)\s*$"
)


_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December) "
# The letter's period at a title's end ("…, September 2018 to December 2019", "…, 2011-12 to 2015-16"): the
# records asked for, not a date taken from the page.
_PERIOD_END = re.compile(rf", (?:{_MONTHS})?(?:19|20)\d\d(?:-\d\d)?(?: (?:to|and) (?:{_MONTHS})?(?:19|20)\d\d(?:-\d\d)?)?$")


def without_period(title: str) -> str:
    """The title's subject without the letter's period at its end (a narrow list shows that in its note)."""
    return _PERIOD_END.sub("", title)


def title_problems(title: str, asker: str | None = None) -> list[str]:
    """What makes a title unfit to publish; [] when it is fit."""
    problems = []
    t = title.strip()
    if len(t) < 3 or t.lower() == t or t.upper() == t:
        problems.append("WhatDoTheyKnow wants at least 3 characters in mixed case")
    if len(t) > TITLE_MAX:
        problems.append(f"longer than {TITLE_MAX} characters")
    if _DATE.search(_PERIOD_END.sub("", t)):
        problems.append("a date")
    if _MENU.search(t):
        problems.append("page furniture")
    if _PLACEHOLDER.search(t):
        problems.append("a placeholder, not a subject")
    if asker and asker.strip() and asker.strip().lower() in t.lower():
        problems.append("the asker's name")
    if _CUT_OFF.search(t) or re.search(r"\w(?:…|\.\.\.)", t):
        problems.append("cut off")
    if _GENERIC.search(t):
        problems.append("generic, not what is sought")
    if _CLAUSE.search(t):
        problems.append("a clause where a noun phrase belongs")
    if _VAGUE_END.search(t):
        problems.append("vague: the subject is not named")
    if re.search(r"\b(?:between|from) (?:and|to)\b", t):  # "notices between and the Final Settlement"
        problems.append("a word missing")
    return problems


def request_title(answer: WrittenAnswer, kinds: list[str], *, dodged: str | None = None,
                  topic: str | None = None, authority: str | None = None, first_subject: str | None = None,
                  own_title: bool = False, period: Window | None = None) -> str:
    """The first fit title of: the authority's dealings with the organisation the answer left out; the
    question's subject with what is asked; the page's heading with what is asked; the authority with it.
    `own_title`: the first item's subject comes before the question's, since it leaves out the parts the answer
    gave (a title naming the tanks the answer counted asks for them again) or asks for a step's documents.
    `period`: the letter's own
    period, added when it fits ("…, September 2018 to December 2019"): the title then says which records."""
    title = _subject_title(answer, kinds, dodged=dodged, topic=topic, authority=authority,
                           first_subject=first_subject, own_title=own_title)
    when = period_words(period) if period is not None else None
    if when and len(title) + len(when) + 2 <= TITLE_MAX and not _DATE.search(title):
        return f"{title}, {when}"
    return title


def period_words(window: Window) -> str | None:
    """A period as a title shows it: "2011-12 to 2015-16", "2018 and 2019", "September 2018 to December 2019"."""
    if window.label:
        words = re.sub(r"^(?:the financial years?|each calendar year from|the calendar years?|as at)\s+", "",
                       window.label)
        return words if re.fullmatch(r"[\d\s\-–a-z]+", words) and re.search(r"\d{4}", words) else None
    end = f"{window.end:%B %Y}"
    if window.start is None:
        return end
    start = f"{window.start:%B %Y}"
    return end if start == end else f"{start} to {end}"


def _subject_title(answer: WrittenAnswer, kinds: list[str], *, dodged: str | None, topic: str | None,
                   authority: str | None, first_subject: str | None, own_title: bool) -> str:
    aspects = list(dict.fromkeys(ASPECTS[k] for k in kinds if k in ASPECTS))[:3]
    asker = answer.asker.name if answer.asker else None
    body = authority or answer.department or ""
    candidates: list[str] = []
    if dodged and topic and len(topic.split()) <= 8:
        candidates.append(f"{body} engagement with {dodged} on {topic}".strip())
    if dodged:
        candidates.append(f"{body} engagement with {dodged}: {join_words(aspects) or 'records'}".strip())
    first = _first_subject_title(first_subject, body, aspects) if first_subject else None
    if first and (own_title or _PLAIN_COUNT.match(first_subject or "")):
        candidates.append(first)
    sought = _analysis_phrase(title_subject, answer)
    if sought:  # the question's subject and what it seeks, in one phrase: "Progress on the sale of the Tote"
        candidates.append(_sized(_with_body(sought, body), body))
    subject = _subject_of_answer(answer)
    if subject:
        candidates.append(_with_aspects(subject, aspects))
    heading = (answer.title or "").strip()
    # A Hansard heading is a few words ("Prisons: Drugs"); a sentence taken for one is not a title. One that
    # files the question under the department ("Scotland Office: Publicity", "Departments: Internet") says
    # less than the item's own subject, which goes first.
    later: list[str] = []
    if heading and len(heading.split()) <= 8 and not re.search(r"[£%,\d]", heading):
        (later if _files_under_body(heading, body, answer.department) else candidates).append(
            _with_aspects(heading, aspects))
    if first and not own_title:
        candidates.append(first)
    candidates += later
    if body:
        candidates.append(f"{body} {join_words(aspects) or 'records'}".strip())
    for title in candidates:
        title = re.sub(r"\s+", " ", title).strip()
        if not title_problems(title, asker):
            return title
    return "Records held on a parliamentary question"


# The first item's count, already a checked noun phrase ("the number of crisis intervention centres for the
# mentally ill that are available"), titles the letter before the question's own words are read again for one.
_PLAIN_COUNT = re.compile(r"the number of ")


def _first_subject_title(first_subject: str, body: str, aspects: list[str]) -> str | None:
    """The first item's subject as a title: "the number of (a) x and (b) y" → "X and y: figures"."""
    phrase = re.sub(r"^the (?:number|amount|proportion|level|value|total)(?: and proportion)?(?: of)?"
                    r"(?: money| funding)?\s+", "",
                    re.sub(r"\((?:[a-h]|i{1,3}|iv|v)\)\s*", "", first_subject)).strip()
    phrase = re.sub(r"\s+", " ", phrase)
    # "the Department spent on travel" → "spending by the Department on travel": a noun phrase, not a clause
    phrase = re.sub(r"^(.+?) (?:has |have |had )?spent on (.+)$", r"spending by \1 on \2", phrase)
    if body:
        phrase = _with_body(phrase, body)
    if phrase and _fit_for_title(phrase, most=20):
        return _with_aspects(phrase[:1].upper() + phrase[1:], aspects)
    return None


def _with_body(phrase: str, body: str) -> str:
    """"Spending by the Department on …" → "Spending by the Scotland Office on …": the body the letter goes to."""
    if not body:
        return phrase
    from .authorities import takes_the

    return re.sub(r"\bthe Department\b", f"the {body}" if takes_the(body) else body, phrase)


# Where a long subject can end: before a trailing phrase ("… in smoke control areas"), never inside a name.
# An "of" phrase completes its head ("the use of e-bikes") and a relative clause restricts it ("claimants who
# found work"): neither is cut off.
_TAIL = re.compile(r" (?:in|for|by|through|with|from|under|at|during|following|including|between|within|across|to|"
                   r"on|among|against|into|as|after|before|over|about|regarding) ")
_TAIL_AT_A_PINCH = re.compile(r",? (?:that|which|who|of) |, ")
_DANGLING = re.compile(r"(?:,|\s+(?:and|or|of|the|to|for|on|in|with|by|from|at|a|an|that|which|who|as|its|their))+$")
# Tails a reader of a list of requests can do without: the letter's body keeps the detail.
_LOW_VALUE = [
    re.compile(r",? in (?:each of )?(?:the )?(?:last|past|previous) (?:\w+ )?(?:financial |calendar )?years?\b", re.IGNORECASE),
    re.compile(r"(?<!ed)(?<!held|born|kept)(?<!\bbased)(?<!living),? (?:in|across) (?:both )?England and Wales\b"),
    re.compile(r"\b(?:potential|possible) (?=(?:merits|impact|implications|benefits|risks|effects?)\b)"),
]


def _sized(title: str, body: str = "") -> str:
    """A title of about TITLE_AIM characters: a long subject sheds low-value tails ("in England and Wales") and
    then its last phrases whole, ending after a complete noun phrase, never inside a name ("the Advisory
    Council on the Misuse of Drugs") nor on "as measured" or "for those"."""
    title = re.sub(r"\s+", " ", title).strip()
    if body:  # the letter goes to the body: "by the Home Office" says it twice
        title = re.sub(rf",? by (?:the )?{re.escape(body)}(?= (?:to|in|on|for)\b)", "", title)
    if len(title) <= TITLE_AIM:
        return title
    for low in _LOW_VALUE:
        title = re.sub(r"\s+", " ", low.sub("", title)).strip(" ,")
        if len(title) <= TITLE_AIM:
            return title
    ends = _ends(title, _TAIL)
    if len(title) > TITLE_MAX and not any(len(e) <= TITLE_MAX for e in ends):
        # at a pinch, before a relative clause or an "of"
        ends = sorted(set(ends) | set(_ends(title, _TAIL_AT_A_PINCH)), key=len)
    ends.append(title)
    fits = [e for e in ends if len(e) <= TITLE_AIM]
    if len(title) <= TITLE_AIM + 15:  # a little over rather than lose what is asked
        return title
    if fits and len(fits[-1]) >= 65:
        return fits[-1]
    if len(title) <= TITLE_MAX and (not fits or len(fits[-1]) < 60):  # whole, rather than a stub
        return title
    near = [e for e in ends if len(e) <= TITLE_AIM + 10]
    if near:
        return near[-1]
    return fits[-1] if fits else ends[0]


def _ends(title: str, tails: re.Pattern[str]) -> list[str]:
    """The title's prefixes that end before one of the tails, after a complete noun phrase, shortest first."""
    ends = set()
    for m in tails.finditer(title):
        if _inside_name(title, m.start(), m.end()):
            continue
        end = _DANGLING.sub("", title[: m.start()]).strip()
        if _OPEN_END.search(end):  # "… treatments commissioned [by boards]" → "… treatments"
            end = _DANGLING.sub("", _OPEN_END.sub("", end)).strip()
        if len(end.split()) >= 4 and not _CUT_OFF.search(end) and not _OPEN_END.search(end) \
                and not _VAGUE_END.search(end):
            ends.add(end)
    return sorted(ends, key=len)


# A prefix that ends on what needs its complement: "… treatments commissioned", "… are eligible", "as part".
_OPEN_END = re.compile(r"(?: (?:that|which|who) (?:is|are|was|were|has been|have been))?(?<!\bwere)(?<!\bwas)(?<!\bbeen)(?<!\bare)(?<!\bis)(?<!\bhave)(?<!\bhas)(?<!\bhad)"
                       r"(?<!\bwho)(?<!\bnot) \w+ed$|\b(?:are|is|were|was|been|be|being|"
                       r"has|have|had|based|attributable|eligible|available|responsible|part|able|relating|"
                       r"according|due|prior|subject|used|held|born|located|registered|reported|taken|given|not|\w+ly)$")


def _inside_name(title: str, start: int, end: int) -> bool:
    """A phrase boundary inside a proper name: "Council on the Misuse of Drugs", "Secretary of State for Education"."""
    before = title[:start].split()
    after = re.sub(r"^(?:the|an?)\s+", "", title[end:]).split()
    return bool(before and after and before[-1][:1].isupper() and after[0][:1].isupper() and len(before) > 1)


def _analysis_phrase(find: Callable[[WrittenAnswer], str | None], answer: WrittenAnswer) -> str | None:
    """The analysis stage's phrase for the title, or None when it gives none (or fails: a title is a nicety,
    and the heading serves rather than failing the letter)."""
    try:
        phrase = find(answer)
    except Exception:  # noqa: BLE001 - see the docstring
        return None
    return phrase if isinstance(phrase, str) and phrase.strip() else None


def _files_under_body(heading: str, body: str, department: str | None) -> bool:
    """The heading's topic is the department itself ("Scotland Office: Publicity") or "Departments"."""
    topic = heading.partition(":")[0].strip().lower()
    names = {n.lower() for n in (body, department or "") if n}
    return topic in ("departments", "department") or any(topic and (topic in n or n in topic) for n in names) or \
        any(topic and topic in n.replace("department for ", "").replace("ministry of ", "") for n in names)


def _with_aspects(subject: str, aspects: list[str]) -> str:
    subject = subject.strip().rstrip(".")
    if not any(c.isupper() for c in subject):  # WhatDoTheyKnow wants mixed case
        subject = subject[:1].upper() + subject[1:]
    if not aspects:
        return subject
    if ":" in subject:  # Hansard headings are "Topic: Subtopic"; a second colon would read badly
        topic, _, rest = subject.partition(":")
        subject = f"{topic.strip()} ({rest.strip()})"
    return f"{subject}: {join_words(aspects)}"


def _subject_of_answer(answer: WrittenAnswer) -> str | None:
    """The analysis stage's noun phrase for the request title, when it provides one."""
    phrase = _analysis_phrase(subject_of, answer)
    if phrase is None or not _fit_for_title(phrase):
        return None
    # "the number of paedophiles operating on …" → "Paedophiles operating on …": the aspects name what is asked.
    phrase = re.sub(
        r"^the (?:number|amount|proportion|level|value|cost|total) of\s+",
        "",
        phrase.strip(),
        flags=re.IGNORECASE,
    )
    phrase = re.sub(r"\s+(?:in each|in the last|since|for the (?:last|past))\b.*$", "", phrase)
    phrase = re.sub(r"\s+that (?:were|are|was|is)\s+", " ", phrase)
    phrase = re.sub(r"^(?:a|an)\s+(?=\S+\s)", "", phrase)  # "a National Cyber Force HQ …" → "National …"
    return phrase[:1].upper() + phrase[1:]


def _fit_for_title(phrase: str, most: int = 12) -> bool:
    """A noun phrase short enough for a title, not a clause ("he expects …", "whether …") nor cut off ("…")."""
    words = phrase.split()
    clause = re.match(
        r"^(?:what|whether|if|when|how|why|which|who|he|she|they|it|his|her|their|had|has|have|is|"
        r"are|was|were|will|with|to|on|in|for|of|taking|publish|make|made|list|provide|give|set out|including|"
        r"the £|£)\b",
        phrase.strip(),
        re.IGNORECASE,
    )
    return (
        2 <= len(words) <= most
        and not clause
        and not phrase.rstrip().endswith(("…", "..."))
        and phrase.strip()[:1].isalpha()
        and not re.search(r"\b(?:they|his Department|her Department|whether)\b", phrase)
        # "the Secretary of State for the Home Department" names who was asked, not what about
        and not re.match(r"^(?:the\s+)?(?:Secretary of State|Minister|Government|Chancellor|Prime Minister)\b",
                         phrase.strip(), re.IGNORECASE)
    )
