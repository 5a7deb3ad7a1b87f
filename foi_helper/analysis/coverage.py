"""Judging a question part against the answer: `answered`, `partial` or `unanswered`, with the sentence that
bears on it and a one-line reason.

The test is what the kind needs (issue 3): a statistics part needs a figure about its subject, a timetable part a
date, spending an amount, a decision a stance ("there are no plans to" answers "whether"), an assessment an
assessment or the statement that none was made. Talking around the topic without that is `partial` at best.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..model import PointStatus
from .evasions import DEFLECTION, PATTERNS, POLICY, passed_to
from .references import DATE_RE
from .text import STOPWORDS, content_stems

_I = re.IGNORECASE
_YEARS = re.compile(r"\b(?:19|20)\d\d(?:[-/–]\d{2,4})?\b")
_NOT_FIGURES = re.compile(r"\b(?:Question|PQ|UIN|HL|column|col|paragraph|page|Act|Order|Regulations|section|"
                          r"s\.|Level|Class|Band|Phase|Tier|Stage|No\.|number)\s*\d[\d,.]*|\[\w*\d+\]|"
                          r"https?://\S+|"
                          # "the 18-week standard", "a 10-year plan": a measure naming a target, not a count
                          r"\b\d+(?:\.\d+)?-[A-Za-z]+", _I)
# Numbers in words count as figures: "There are four staff", "twelve", "forty-two", "a quarter", "a dozen".
_UNITS = r"one|two|three|four|five|six|seven|eight|nine"
_TEENS = r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
NUMBER_WORDS = (
    rf"(?:(?:{_TENS})(?:[- ](?:{_UNITS}))?|{_TEENS}|{_UNITS}|a dozen|dozens|hundreds|thousands|"
    r"hundred|thousand|million|billion|half|halves|thirds?|quarters?|fifths?|tenths?)"
)
_FIGURE = re.compile(rf"(?<![\w/])\d[\d,.]*%?|\b(?:{NUMBER_WORDS}|none|zero|no (?!longer|plans|"
                     r"current|further|assessment|decision|intention)[a-z]+ (?:has|have|was|were|is|are))\b", _I)
_MONEY = re.compile(r"£\s?\d|\b\d[\d,.]*\s?(?:million|billion|bn|m)\b|\bpounds\b", _I)
_SPECIFIC_DATE = re.compile(
    r"\b(?:by|in|on|from|during|before|until|the end of|early|late|mid)[- ](?:the end of )?(?:January|February|"
    r"March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|winter|"
    r"(?:19|20)\d\d)\b|\b(?:19|20)\d\d\b", _I)
_VAGUE_DATE = re.compile(r"\b(?:later this year|in due course|shortly|soon|as soon as|in the coming|next year|"
                         r"this (?:spring|summer|autumn|winter|year)|in the future|at the earliest)\b", _I)
_STANCE = re.compile(
    r"\b(?:no (?:current |immediate )?plans?|not (?:plan|intend|propose)|will not|won't|has no intention|"
    r"(?:is|are|was|were|does|do|did|has|have|had) not\b|(?:there is|there are|there was|there were) no\b|"
    r"we will|will be|has been|have been|has decided|have decided|is committed|are committed|yes\b|confirm|"
    r"remains?|we are|the government is|is (?:currently|already)|already|does|do|did|has|have|is|are)\b", _I)
_UNDECIDED = re.compile(r"\b(?:under consideration|considering|keep(?:s|ing)? [^.]{0,40}under review|"
                        r"no decision|not yet (?:been )?decided|will consider|carefully consider)\b", _I)
_ASSESSED = re.compile(
    r"\bno (?:(?:such|specific|formal|standalone|recent|separate) )*(?:assessment|estimate|evaluation|analysis)|"
    r"\b(?:has|have|had) not (?:yet )?(?:made|carried out|undertaken|conducted|been made|assessed|estimated)|"
    r"\b(?:assessment|estimate|evaluation|analysis|review|study|research|trial|modelling)s? "
    r"(?:has|have|is|was|were|shows?|showed|found|finds|concluded|indicates?|suggests?|remains?|will)\b|"
    r"\b(?:assessed|estimated|concluded|found|expect|expects) that\b|\bour assessment\b|"
    r"\b(?:commissioned|conducted|carried out|undertaken|published|examin\w*)\b[^.]{0,30}\b(?:study|review|"
    r"assessment|evaluation|analysis|research)|\bimpact assessment\b|\blikely to (?:have|be)\b", _I)
_ACTION = re.compile(
    r"\b(?:introduc|launch|invest|provid|fund|deliver|establish|set up|set out|recruit|review|develop|"
    r"commission|expand|increas|implement|support|legislat|creat|build|extend|doubl|froz|freez|requir|roll|"
    r"work|engag|tackl|publish|announc|allocat|train|strengthen|improv|reform|consult|ensur|promot|encourag|"
    r"protect|prevent|monitor|tak(?:ing|en) (?:several |a number of |a range of |further )?(?:steps|action|"
    r"measures))\w*", _I)
_MEETING = re.compile(r"\b(?:met|meet|meets|meeting|meetings|discuss\w*|spoke|speak|conversations?|engag\w+|"
                      r"talks|visit\w*|convened|roundtables?|contacted|contact)\b", _I)
_CORRESPONDENCE = re.compile(r"\b(?:received|sent|wrote|written|letters?|correspondence|representations|"
                             r"emails?|responded|replied|contacted)\b", _I)
_DOCUMENT = re.compile(r"\b(?:published|publish|available|placed in the Library|deposited|copy|copies|gov\.uk|"
                       r"link|https?://|set out in)\b", _I)
_REASON = re.compile(r"\b(?:because|as a result|due to|in order to|so that|the reasons?|since|given that|"
                     r"this is (?:because|to)|to ensure|owing to|on the basis|as (?:these|this|it|they|the)\b|"
                     r"reflect\w*|designed to|intended to|aims? to|does not make any requirement)\b", _I)
_NEGATIVE = re.compile(r"\b(?:no (?:current |immediate )?plans?|not (?:plan|intend)|will not|has not|have not|"
                       r"no (?:(?:such|specific|formal|standalone) )*(?:assessment|estimate|evaluation|"
                       r"discussions|meetings)|there (?:is|are|were|was) no|did not|does not|do not)\b", _I)
_MARKERS = re.compile(r"\(\s?(?:[a-z]|[ivx]{1,5}|\d{1,2})\s?\)")
_CLOSING_EVASIONS = {"not_held", "disproportionate_cost", "no_comment", "refers_elsewhere", "holding"}

WHAT_IT_NEEDS = {
    "statistics": "a number", "spending": "an amount of money", "timetable": "a date",
    "decision": "a yes or no", "assessment": "an assessment, or a statement that none was made",
    "actions": "the steps taken about this", "meetings": "the discussions or meetings held",
    "correspondence": "the letters or representations", "documents": "the document, or where it is published",
    "reasons": "a reason", "other": "the information asked for",
}


@dataclass
class Verdict:
    status: PointStatus
    evidence: str | None
    reason: str


def meets_need(kind: str, sentence: str) -> bool:
    """Does the sentence hold what a part of this kind needs (a figure, an amount, a date, a stance …)?"""
    if kind == "statistics":
        return bool(_FIGURE.search(_strip_non_figures(sentence)))
    if kind == "spending":
        return bool(_MONEY.search(sentence))
    if kind == "timetable":
        return bool(_SPECIFIC_DATE.search(sentence) or DATE_RE.search(sentence)) and not _VAGUE_DATE.search(sentence)
    if kind == "decision":
        return bool(_STANCE.search(sentence)) and not _UNDECIDED.search(sentence)
    if kind == "assessment":
        return bool(_ASSESSED.search(sentence))
    if kind == "actions":
        return bool(_ACTION.search(sentence))
    if kind == "meetings":
        return bool(_MEETING.search(sentence))
    if kind == "correspondence":
        return bool(_CORRESPONDENCE.search(sentence))
    if kind == "documents":
        return bool(_DOCUMENT.search(sentence))
    if kind == "reasons":
        return bool(_REASON.search(sentence))
    return True


def _strip_non_figures(sentence: str) -> str:
    s = _NOT_FIGURES.sub(" ", sentence)
    s = DATE_RE.sub(" ", s)
    return _YEARS.sub(" ", s)


def acronyms(text: str) -> set[str]:
    """"General Product Safety Regulations" → "gpsr", so an answer's abbreviation still meets the question."""
    out = set()
    for run in re.findall(r"(?:\b[A-Z][a-z]+(?:\s+(?:and|of|for|the)\s+|\s+)){2,}[A-Z][a-z]+", text):
        letters = "".join(w[0] for w in run.split() if w[0].isupper())
        if len(letters) >= 3:
            out.add(letters.lower())
    return out


def spelled_acronyms(text: str) -> set[str]:
    """Questions often spell a term out in lower case ("reinforced autoclaved aerated concrete") that the
    answer abbreviates ("RAAC"): runs of three to five content words give initials. They place a count of the
    thing asked about ("231 schools with confirmed RAAC") and an excuse; they do not make any sentence that
    mentions the term an answer (measured: "three contractors … RAAC" then "answered" a count of marquees)."""
    out: set[str] = set()
    run: list[str] = []
    for word in re.findall(r"[A-Za-z][A-Za-z'’-]*|[^A-Za-z\s]+", text) + ["."]:
        if word[0].isalpha() and word.lower() not in STOPWORDS and len(word) > 2:
            run.append(word)
            continue
        if 3 <= len(run) <= 5:
            out.add("".join(w[0] for w in run).lower())
        run = []
    return out


def overlap(part_stems: set[str], sentence: str) -> int:
    return len(part_stems & content_stems(sentence))


def judge(kind: str, text: str, breakdown: str | None, sentences: list[str],
          evasive: dict[str, list[str]], focus: str | None = None, question: str | None = None) -> Verdict:
    """The verdict on one part. `evasive` maps a sentence to the evasion kinds found in it; `focus` is a list
    item's own words, which a sentence must share to answer that item rather than its neighbours; `question`
    is the whole question, so that an excuse about another of its parts is not given as this part's."""
    stems = content_stems(text) | acronyms(text)
    focus_stems = content_stems(focus) if focus else set()
    # Enough shared words that the sentence is about this part: a third of its words, at least two when it
    # has two, and never fewer than two for a bare "which …"/"whether …" whose only test is the subject.
    need_overlap = max(1, min(3, -(-len(stems) // 3)))
    if kind in ("other", "decision") and len(stems) >= 2:
        need_overlap = max(need_overlap, 2)
    if kind == "actions":  # steps are described in the answer's own words: two shared words place them
        need_overlap = min(need_overlap, 2)
    wide = stems | spelled_acronyms(text)
    closing = _CLOSING_EVASIONS - ({"no_comment"} if kind == "reasons" else set())  # "As X, it would not be …"
    scored = sorted(((overlap(stems, s), i, s) for i, s in enumerate(sentences)), key=lambda t: (-t[0], t[1]))
    usable = [(o, s) for o, _, s in scored if not (set(evasive.get(s, [])) & closing)]
    meeting = [(o, s) for o, s in usable if meets_need(kind, s) and _figure_of_the_measure(kind, text, s)]
    if kind in ("statistics", "spending"):
        # "Below is the number of inspectors …" followed by a table: the figures are in the next lines
        meeting += [(o, s) for o, s in usable if (o, s) not in meeting and _figures_follow(kind, s, sentences)]
    head = head_stem(text) if kind == "decision" else None
    counted = counted_noun(text) if kind == "statistics" else None
    # A figure of the very thing counted answers with fewer shared words ("231 schools with confirmed RAAC"),
    # but still two, so that "13,576 officers recruited" does not answer "how many officers left".
    relevant = [(o, s) for o, s in meeting if (o >= need_overlap or (
                    counted and overlap(wide, s) >= min(2, len(stems)) and counts(s, counted)))
                and (not focus_stems or focus_stems & content_stems(s))
                and (head is None or head in content_stems(s))]
    bearing = [s for s in sentences if bears_on(s, wide, question) and not _other_item(s, focus, question)]
    evasion_kinds = [k for s in bearing for k in evasive.get(s, [])]
    # "It is for the local NHS to provide …": who the answer passes the part to, for the reason
    passed = next((who for s in bearing if "not_held" in evasive.get(s, []) for who in [passed_to(s)] if who), None)
    named_refusal = _refusal_naming(focus, question, sentences, evasive, closing)
    if named_refusal:  # "The figures for 1994 are not held": that item is refused, whatever else was given
        return Verdict("unanswered", named_refusal,
                       _reason(kind, "unanswered", evasive.get(named_refusal, [])))
    none_made = _none_made(text, usable, need_overlap)
    if none_made and kind != "assessment":
        return Verdict("answered", none_made, "asks whether an estimate or assessment was made; the answer says none was")
    none_issued = _none_issued(usable, stems, focus_stems, _NONE_ISSUED) if kind == "documents" else \
        _none_issued(usable, stems, focus_stems, _NONE_HELD) if kind == "meetings" else None
    if none_issued:
        return Verdict("answered", none_issued, "asks for a document; the answer says none was issued"
                       if kind == "documents" else "asks about meetings; the answer says none were held")
    if relevant and kind == "timetable":
        vague = [(o, s) for o, s in usable if _VAGUE_DATE.search(s) and o >= relevant[0][0]]
        if vague:  # "will respond to the report as soon as possible" outweighs a date about something else
            return Verdict("partial", vague[0][1], "asks for a date; the answer gives none, only a vague "
                                                   "promise ('as soon as possible', 'in due course')")
    if kind == "assessment" and not relevant:
        # "The Department has made no such formal assessment." names nothing else the question asks about
        # ("such" points back to the question); other "no assessment" sentences are about their own subject
        relevant = [(o, s) for o, s in usable if re.search(r"\bno such\b", s, _I) and _NONE_MADE.search(s)
                    and bears_on(s, wide, question)][:1]
    if relevant:
        evidence = relevant[0][1]
        if kind == "statistics" and breakdown and _needs_more_figures(breakdown, relevant):
            return Verdict("partial", evidence, f"asks for figures {breakdown}; the answer gives only some")
        left_out = items_left_out(breakdown, sentences) if kind == "statistics" else []
        if left_out:
            return Verdict("partial", evidence, f"asks for figures for each item listed; the answer gives none "
                                                f"for {_listed(left_out)}")
        unit = breakdown_unit(breakdown) if kind == "statistics" else None
        if unit and not any(unit in content_stems(s) for s in sentences):
            return Verdict("partial", evidence, f"asks for figures {breakdown}; the answer gives none broken "
                                                f"down that way")
        # A refusal of the figures beside one leaves some open; "It is for schools to decide how to run them"
        # beside the amount refuses nothing.
        refused = [k for s in bearing if not _only_passed_on(s) for k in evasive.get(s, [])]
        if kind in ("statistics", "spending") and {"not_held", "disproportionate_cost"} & set(refused):
            return Verdict("partial", evidence, _reason(kind, "partial", refused))
        deflected = next((s for s in sentences if DEFLECTION.search(s) and bears_on(s, wide, question)), None)
        if kind in _DETAIL_KINDS and deflected:
            # "an operational matter for Network Rail", then what others do: the department's own part is open
            return Verdict("partial", deflected, f"asks for {WHAT_IT_NEEDS[kind]}; the answer says it is another "
                                                 "body's operational matter and gives none of the department's own")
        if kind == "actions" and "in_due_course" in evasive.get(evidence, []):
            # "… is responsible for coordinating policy to tackle homelessness and will update in due course":
            # the steps are still to be told
            return Verdict("partial", evidence, "asks for the steps taken; the answer promises to say more in due "
                                                "course")
        if kind in _DETAIL_KINDS and "no_comment" in evasion_kinds:
            # "progressing as scheduled. … we do not disclose details": the details asked for are withheld
            return Verdict("partial", evidence, _reason(kind, "partial", evasion_kinds))
        return Verdict("answered", evidence, f"gives {WHAT_IT_NEEDS[kind]}")
    on_topic = [(o, s) for o, s in usable if o >= 1 and addresses(kind, s, evasive)]
    if meeting and (on_topic or kind in ("actions", "decision", "assessment")) and not _only_evasive(sentences,
                                                                                                   evasive):
        best = (on_topic or meeting)[0][1]
        missing = missing_terms(text, sentences)
        narrower = _narrower(kind, meeting[0][1], f"{text} {question or ''}") if (
            not missing and kind in ("statistics", "spending") and meeting) else None
        if narrower:
            return Verdict("partial", meeting[0][1], narrower)
        return Verdict("partial", best, _reason(kind, "partial", evasion_kinds, missing, passed))
    if on_topic and kind == "statistics" and not meeting:
        pass  # no figure of what was asked anywhere: talking around it leaves it unanswered
    elif on_topic and not _only_evasive(sentences, evasive):
        missing = missing_terms(text, sentences)
        lead = on_topic[0][1]
        if not missing and kind in ("statistics", "spending") and _figures_follow("statistics", lead, sentences):
            # "Expenditure on communications staff … was:" and a table the figures of which are not matched
            # to the parts asked: partial, saying what the figures cover when the answer limits them
            narrower = _narrower(kind, lead, f"{text} {question or ''}")
            return Verdict("partial", lead, narrower or f"asks for {WHAT_IT_NEEDS[kind]}; the answer gives a table "
                                                        "of figures that does not plainly cover every period asked")
        return Verdict("partial", on_topic[0][1], _reason(kind, "partial", evasion_kinds, missing, passed))
    refusals = [s for _, _, s in scored if set(evasive.get(s, [])) & _CLOSING_EVASIONS]
    return Verdict("unanswered", refusals[0] if refusals else None,
                   _reason(kind, "unanswered", evasion_kinds, passed=passed))


def _only_passed_on(sentence: str) -> bool:
    """Does the sentence only pass the question to another body, refusing nothing itself?"""
    return passed_to(sentence) is not None and not any(
        p.search(sentence) for k, p in PATTERNS if k in ("not_held", "disproportionate_cost"))


# Kinds whose answer is its details: a refusal to give details leaves them open even after a general line.
_DETAIL_KINDS = ("actions", "timetable", "meetings", "correspondence", "documents", "other")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _years(text: str | None) -> set[str]:
    return set(_YEAR.findall(text or ""))


def _other_item(sentence: str, focus: str | None, question: str | None) -> bool:
    """Is an excuse about another item of the list: it names a year of the question that this item lacks
    ("The figures for 1994 are not held" and the item for 1998)?"""
    if not focus or not question:
        return False
    named = _years(sentence) & _years(question)
    return bool(named) and not named & _years(focus)


def _refusal_naming(focus: str | None, question: str | None, sentences: list[str],
                    evasive: dict[str, list[str]], closing: set[str]) -> str | None:
    """An excuse that names this item's own year, one no other item of the question has."""
    if not focus or not question:
        return None
    mine = {y for y in _years(focus) if question.count(y) == 1}
    return next((s for s in sentences if set(evasive.get(s, [])) & closing and _years(s) & mine), None)


_COUNTED = re.compile(r"\b(?:how many|the (?:total )?number of|numbers of)\s+(.*)$", _I)
_ADJECTIVES = 2  # "1,042 officers", "231 schools", "5,211 released prisoners", "12 new NHS trusts"


def counted_noun(text: str) -> str | None:
    """The stem of what a "how many" part counts ("how many such officers left" → "offic")."""
    m = _COUNTED.search(_MARKERS.sub(" ", text))
    if not m:
        return None
    for word in re.findall(r"[A-Za-z][A-Za-z'’-]+", m.group(1)):
        stems = content_stems(word)
        if stems:
            return next(iter(stems))
    return None


_COUNT = re.compile(
    rf"(?<![\w/£$€])(?:\d[\d,.]*|\b(?:{NUMBER_WORDS})\b)(?:\s+[A-Za-z][A-Za-z'’-]*){{1,{_ADJECTIVES + 1}}}", _I
)


def counts(sentence: str, noun: str) -> bool:
    """Does the sentence give a figure of the thing counted ("231 schools with confirmed RAAC")? Such a figure is
    about the part's subject even when the rest of the sentence uses other words (an acronym, a synonym)."""
    stripped = _strip_non_figures(sentence)
    for m in _COUNT.finditer(stripped):
        if any(noun in content_stems(w) for w in m.group(0).split()[1:]):
            return True
    return False


# Words of a refusal that name no subject: "The information requested is not readily available and to provide
# it would incur disproportionate cost" is about every part, whatever words the question shares with it.
_GENERIC = content_stems("requested readily available provide provided incur relevant hold held holds record "
                         "recorded collect collected collate centrally format routinely publish published obtain "
                         "obtained detail details figures statistics form way specific identify separately")
_ABBREVIATION = re.compile(r"\b[A-Z]{2,}s?\b")  # "The CPS does not hold …": the holder, not the subject


@lru_cache(maxsize=4096)
def subject_of_refusal(sentence: str) -> frozenset[str]:
    """What an evasive sentence is about: its words once the stock phrase, the holder and generic refusal
    words are gone ("It would not be appropriate to speculate on costs" → {"cost"})."""
    rest = sentence
    for _, pattern in PATTERNS:
        rest = pattern.sub(" ", rest)
    return frozenset(content_stems(_ABBREVIATION.sub(" ", rest)) - _GENERIC)


@lru_cache(maxsize=1024)
def _question_words(question: str) -> frozenset[str]:
    return frozenset(content_stems(question) | acronyms(question) | spelled_acronyms(question))


def bears_on(sentence: str, part_stems: set[str], question: str | None) -> bool:
    """Is an evasive sentence about this part? "It would not be appropriate to speculate on costs" is about the
    cost part only; a sentence naming nothing the question asks about ("This information is not held
    centrally") bears on every part."""
    own = subject_of_refusal(sentence)
    if own & part_stems or question is None:
        return True
    return not own & _question_words(question)


# A part asking for an average, a median or a rate is answered only by a figure of that measure: "allowed to
# work if their claim has been outstanding for 12 months" gives no average time taken to respond.
_MEASURE = re.compile(r"\b(?:average|mean|median|typical)\b|\brate of\b|\bper cent(?:age)?\b|\bproportion\b", _I)
_MEASURE_GIVEN = re.compile(r"\b(?:average|averaged|mean|median|typical(?:ly)?|rate|ratio|per cent|percentage|"
                            r"proportion|on average|took|taken|within)\b|%", _I)


def _figure_of_the_measure(kind: str, text: str, sentence: str) -> bool:
    if kind != "statistics" or not _MEASURE.search(text):
        return True
    return bool(_MEASURE_GIVEN.search(sentence))


def addresses(kind: str, sentence: str, evasive: dict[str, list[str]]) -> bool:
    """Does an on-topic sentence address the part at all? Restated policy does not (that is the evasion), nor
    does a promise of more "in due course" unless the part asks what is still to come (a date, a document, a
    decision, a reason)."""
    if POLICY.search(sentence):
        return False
    return "in_due_course" not in evasive.get(sentence, []) or kind in ("timetable", "documents", "decision",
                                                                      "reasons", "actions")


_ASKS_ESTIMATE = re.compile(r"\b(?:whether|if)\b[^,;]{0,60}\b(?:estimate|assessment|evaluation|analysis)\b|"
                            r"^what (?:recent )?(?:estimate|assessment)", _I)
_NONE_MADE = re.compile(r"\bno (?:(?:such|specific|formal|standalone|recent|separate) )*(?:assessment|estimate|"
                        r"evaluation|analysis)|\b(?:has|have|had) not (?:yet )?(?:made|carried out|undertaken|"
                        r"conducted|been made|assessed|estimated)\b", _I)


# "The Government Equalities Office has not issued any specific guidance on X", "No guidance has been published
# on X": a request for a copy would be answered "not held".
_NONE_ISSUED = re.compile(r"\b(?:has|have|had) not (?:yet )?(?:issued|published|produced|prepared|commissioned)"
                          r"\s+(?:any\s+)?(?:(?:specific|formal|separate|new|such)\s+)?(?:guidance|report|advice|"
                          r"document|documents|reports)\b|\bno (?:(?:specific|formal|separate|such)\s+)?(?:guidance|"
                          r"report|advice) (?:has|have) (?:yet )?been (?:issued|published|produced)\b", _I)


# "We have not held discussions with the devolved Governments about X", "The Minister has not met X": a request for
# the notes of those meetings would be answered "not held".
_NONE_HELD = re.compile(r"\b(?:has|have|had) (?:not|never) (?:yet )?(?:held|had) (?:any )?(?:specific |formal )?(?:discussions|"
                        r"meetings|talks|conversations)\b|\b(?:has|have|had) (?:had )?no (?:specific |formal )?(?:discussions|"
                        r"meetings|talks)\b|\bno (?:such )?(?:discussions|meetings|talks) have (?:yet )?(?:been held|taken "
                        r"place)\b|\b(?:has|have|had) not (?:yet )?met\b", _I)
_DOCUMENT_WORDS = content_stems("guidance report reports advice document documents issued issue issues published "
                                "publish produced prepared department government what discussions meetings talks "
                                "conversations held had met meet")


def _none_issued(usable: list[tuple[int, str]], stems: set[str], focus: set[str],
                 pattern: re.Pattern[str]) -> str | None:
    """"what guidance the Department issues on X" is answered by "the Department has not issued any guidance on X",
    when the body that says so is this item's (of "(a) the Government Equalities Office and (b) the Equality and
    Human Rights Commission", the item for the first)."""
    subject = stems - _DOCUMENT_WORDS  # what the guidance is on: half of it named in the sentence
    for _, s in usable:
        m = pattern.search(s) if 2 * len(subject & content_stems(s)) >= len(subject) else None
        if m is None:
            continue
        who = content_stems(s[: m.start()])
        if not focus or not who or 2 * len(who & focus) >= len(who) + 1:
            return s
    return None


def _none_made(text: str, usable: list[tuple[int, str]], need: int) -> str | None:
    """"whether he has made an estimate of the savings" is answered by "no estimate has been made of …"."""
    if not _ASKS_ESTIMATE.search(text):
        return None
    return next((s for o, s in usable if o >= need and _NONE_MADE.search(s)), None)


def head_stem(text: str) -> str | None:
    """The thing a yes-or-no part is about: its first content word after "whether/if …" ("whether any
    components for military equipment …" → "compon"); an answer about "equipment" alone does not settle it."""
    body = re.sub(r"^(?:if so,?\s*)?(?:whether|if|will|is|are|does|do|has|have)\s+(?:(?:he|she|they|it|there|"
                  r"his|her|their|its|the|any|a|an|Government|Department|Department's|plans?|to|been|is|are|has|"
                  r"have|had|will|made|make|any)\s+)*", "", _MARKERS.sub(" ", text), flags=_I)
    for word in re.findall(r"[A-Za-z][A-Za-z'’-]+", body):
        stems = content_stems(word)
        if stems:
            return next(iter(stems))
    return None


def _figures_follow(kind: str, sentence: str, sentences: list[str]) -> bool:
    i = sentences.index(sentence)
    return any(meets_need(kind, s) for s in sentences[i + 1:i + 4]) and bool(
        re.search(r"\b(?:below|following|table|as follows|are:|is:)\b|:$", sentence, _I))


_EACH = re.compile(r"\b(?:in|for|by) (?:each|every)(?: of the)? ((?:[A-Za-z'’-]+ ){0,3}?[A-Za-z'’-]+)"
                   r"(?=\s+(?:in|for|of|from|since|during|over|and|by|between)\b|\s*$|[,;.])", _I)
_TIME_UNITS = content_stems("year years month months quarter quarters week weeks day days period periods "
                            "session sessions financial calendar")


def items_left_out(breakdown: str | None, sentences: list[str]) -> list[str]:
    """The items of a lettered breakdown ("(a) tanks, (b) helicopters and (c) rocket launchers") of which the
    answer names at most half the words: no figure can be about them."""
    pieces = [p.strip(" ,;") for p in _MARKERS.split(breakdown or "")[1:]]
    if len(pieces) < 2:
        return []
    said = set().union(*(content_stems(s) for s in sentences)) if sentences else set()
    out = []
    for piece in pieces:
        piece = re.sub(r"\s+(?:and|or)$", "", piece)
        stems = content_stems(piece)
        if stems and 2 * len(stems & said) <= len(stems):
            out.append(piece)
    return out


def breakdown_unit(breakdown: str | None) -> str | None:
    """The unit a count is asked for "in each" of ("in each social security office in the past four years" →
    "offic"), when it is not a period of time (a figure per year is checked by counting figures)."""
    m = _EACH.search(breakdown or "")
    if not m:
        return None
    stems = [st for w in m.group(1).split() for st in content_stems(w)]
    if not stems or stems[-1] in _TIME_UNITS:
        return None
    return stems[-1]


def _needs_more_figures(breakdown: str, relevant: list[tuple[int, str]]) -> bool:
    figures = sum(len(_FIGURE.findall(_strip_non_figures(s))) for _, s in relevant[:3])
    return figures < 2


def _only_evasive(sentences: list[str], evasive: dict[str, list[str]]) -> bool:
    return all(set(evasive.get(s, [])) & _CLOSING_EVASIONS for s in sentences if re.search(r"[a-z]{3}", s))


_EXCUSES = {
    "holding": "this is a holding answer: nothing has been answered yet",
    "refers_elsewhere": "it points to another answer or publication instead",
    "disproportionate_cost": "it says finding out would cost too much",
    "not_held": "it says the information is not held (centrally)",
    "no_comment": "it declines to comment",
    "in_due_course": "it says more will follow in due course",
}
# "in due course" excuses only what is still to come: a date, a document, a decision.
_DUE_COURSE_KINDS = ("timetable", "documents", "decision", "assessment", "reasons")
# Words that name the period or a generic quality, not the subject: a period is checked by counting figures, and
# "public" beside the answer's "information campaigns" is no subject left out.
_NOT_SUBJECT = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|December|financial|"
    r"calendar|years?|months?|weeks?|quarters?|date|today|public|general|overall|total|current|recent|"
    r"latest|annual|relevant|specific|particular|various|respective|spent|spend|spending)$", _I)
_VERBISH = re.compile(r"(?:ing|ed|ly)$|^(?:address|intend|take|make|help|ensure|provide|support|improve|reduce|"
                      r"increase|introduce|place|publish|plans?|what|which|their|there|other|that|this|these|reasons?|because|"
                      r"those|will|would|could|should|since|following|including|relating|regarding)$", _I)


def missing_terms(text: str, sentences: list[str], limit: int = 3) -> list[str]:
    """Distinctive words of the part the answer never uses ("Twitter", "paedophiles", "social media
    platforms"): why it is only partial. Neighbouring missing words stay together as one phrase."""
    answer_stems = set().union(*(content_stems(s) for s in sentences)) if sentences else set()
    tokens = re.findall(r"[A-Za-z][A-Za-z'’-]+", _MARKERS.sub(" ", text))
    phrases: list[list[tuple[int, str]]] = []
    for i, w in enumerate(tokens):
        st = content_stems(w)
        if not st or st & answer_stems or _VERBISH.search(w.lower()) or _NOT_SUBJECT.match(w) or len(w) < 4:
            continue
        if phrases and phrases[-1][-1][0] == i - 1:
            phrases[-1].append((i, w))
        else:
            phrases.append([(i, w)])
    seen: set[str] = set()
    ranked: list[tuple[int, int, str]] = []
    for ph in phrases:
        words = " ".join(w for _, w in ph)
        if words.lower() in seen or (len(ph) == 1 and len(words) < 5):
            continue
        seen.add(words.lower())
        ranked.append((0 if any(w[0].isupper() for _, w in ph) else 1, ph[0][0], words))
    return [w for _, _, w in sorted(ranked)[:limit]]


def _reason(kind: str, status: str, evasion_kinds: list[str], missing: list[str] | None = None,
            passed: str | None = None) -> str:
    need = WHAT_IT_NEEDS[kind]
    if status == "partial" and missing:
        head = f"asks for {need}; the answer says nothing specific about {_listed(missing)}"
    elif status == "partial":
        head = f"asks for {need}; the answer talks around it without giving it"
    else:
        head = f"asks for {need}; the answer gives none"
    for k in ("holding", "refers_elsewhere", "disproportionate_cost", "not_held", "no_comment", "in_due_course"):
        if k == "in_due_course" and kind not in _DUE_COURSE_KINDS:
            continue
        if k in evasion_kinds:
            if k == "not_held" and passed:
                return f"{head}: it says this is for {passed}, not the department that answered"
            return _EXCUSES[k] if k == "holding" else f"{head}: {_EXCUSES[k]}"
    return head


def _narrower(kind: str, sentence: str, asked: str) -> str | None:
    """Figures are given, but for something the question did not ask ("spent the following on social media
    platforms" for "public information campaigns"): the answer's own words for what its figures cover, or None
    when no such words limit them ("including employer's pensions" widens, it does not narrow)."""
    for words in missing_terms(sentence, [asked], limit=6):
        if len(words.split()) >= 2 and words[0].islower() and re.search(
                rf"\b(?:on|for|to)\s+(?:the\s+)?{re.escape(words)}", sentence):
            return f"asks for {WHAT_IT_NEEDS[kind]}; the answer gives figures only for {words}"
    return None


def _listed(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]


def negative(evidence: str | None) -> bool:
    """Is this evidence a "no" (no plans, no assessment made), so that an "if so, …" part falls away?"""
    return bool(evidence and _NEGATIVE.search(evidence))
