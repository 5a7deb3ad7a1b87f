"""One numbered request item per point: its subject as a noun phrase, its window, its template, and a final
check that refuses a broken item (FOIA s.8(1)(c): a description of the information, not a question). Pure."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from ..analysis.claims import APPROVAL_REASON, EVIDENCE_REASON
from ..model import Analysis, Point
from .authorities import has_ministers, the
from .dodge import (
    NOT_IN_FORM,
    ByClass,
    Done,
    by_class,
    done_already,
    figures_given,
    reply_asked,
    systems_cannot_report,
)
from .parts import EACH_SUCH
from .phrasing import (
    Subject,
    clean_point_text,
    is_tool,
    join_words,
    mentions_licensing,
    named_document,
    promised_subject,
    replace_pronouns,
    subject_of_point,
    words_of_date,
)
from .selection import KIND_RANK, evasions_for
from .templating import render_template
from .windows import (
    FOLLOW_DAYS,
    AnswerDateUnknown,
    Window,
    after_promise,
    before_answer,
    calendar_years,
    financial_years,
    is_financial,
    is_headcount,
    last_complete_financial_year,
    question_period,
    years_of,
)

# What a question asks to be published that is data, not a document: the dates of meetings, the names of
# attendees, the amounts paid. The records that hold it are asked for, or a list drawn from them.
DATA_LIKE = re.compile(
    r"(?:the )?(?:\([a-z]\) )?(?:dates?|attendees|names?|numbers?|list|details|amounts?|costs?|times?|locations?)\b"
    r"(?! (?:report|review|strategy|plan)\b)",
    re.IGNORECASE,
)
DOCUMENT_LIKE = re.compile(
    r"\b(?:code|codes|report|strategy|guidance|plan|review|consultation|paper|framework|"
    r"response|statement|standards?|regulations?|bill)\b",
    re.IGNORECASE,
)


PERIOD_KINDS = ("statistics", "spending", "correspondence", "meetings", "actions", "assessment", "other")


@dataclass
class Item:
    """A request item: its text, the template kind used, its window, and the points it asks about."""

    text: str
    kind: str
    window: Window | None
    point_ids: list[str] = field(default_factory=list)
    lead: bool = False  # asks for what the answer dodged: goes first
    own_period: bool = False  # the window came from the question's own words (a later part may inherit it)
    subject: str | None = None  # the noun phrase the item asks about, for a title
    # the title is this item's subject, not the question's: it leaves out the parts the answer gave, or asks for
    # the documents of a step the answer says is taken
    own_title: bool = False
    unreportable: bool = False  # the answer said its systems cannot report the figure
    vague: bool = False  # a timetable for a promise that names no step ("will update in due course")


def _repeats(part: str, whole: str) -> bool:
    """The breakdown is already in the subject's words (most of its words appear there)."""
    words = set(re.findall(r"\w+", part.lower()))
    return not words or len(words & set(re.findall(r"\w+", whole.lower()))) / len(words) >= 0.6


def _subject_text(subject: Subject, point: Point) -> str:
    if not subject.quoted:
        phrase = re.sub(r"\bthe (an?|the|that|this|these|those) ", lambda m: "the " if m.group(1) in ("a", "an", "the")
                        else f"{m.group(1)} ", subject.phrase)
        if point.source == "question":  # "how much it has spent": the Department the question was put to
            phrase = re.sub(r"\bit (has|had|have|will|is|was|spent|received|paid)\b", r"the Department \1", phrase)
        if point.source == "answer" and not subject.promised_when and not re.match(
            r"^(?:the|this|these|those|its|his|her|their|our)\b", phrase, re.IGNORECASE
        ):
            phrase = f"the {phrase}"
        return (
            re.sub(r"^the timetable for ", "", phrase, flags=re.IGNORECASE)
            if point.kind == "timetable"
            else phrase
        )
    if point.source == "answer":
        return f'the statement in the answer that "{subject.phrase}"'
    return f'what the question asked ("{subject.phrase}")'


# "(a) knife and (b) firearm incidents" → "(a) knife incidents and (b) firearm incidents": the head noun the
# marked parts share goes to each, so no part loses its meaning (docs/law.md, FOI officer's table).
_SHARED_HEAD = re.compile(
    r"\((a|i)\)\s+(?P<a>[\w'-]+(?: [\w'-]+)?)\s+(?:and|or)\s+\((b|ii)\)\s+(?P<b>[\w'-]+)\s+(?P<head>[a-z][\w'-]+)"
    r"(?=\s+(?:in|on|for|at|by|there|that|which|who|were|was|are|is|from|to|during|since|of|per)\b|[,;.]|$)"
)
# Question grammar that survives as words of a request ("incidents there were", "that were employed").
_GRAMMAR = [
    (re.compile(r"\b(\w+) there (?:that )?(?:were|are|was|is|have been|has been)\b"), r"\1"),
    (re.compile(r"\bthat (?:were|are|was|is) (employed|recorded|reported|held|received|made|issued|paid)\b"), r"\1"),
    (re.compile(r",?\s*(?:and )?(?:if so|whether so)(?:,? by how much)?\b,?", re.IGNORECASE), ""),
    (re.compile(r"\btherefrom\b", re.IGNORECASE), "from it"),
]


def distribute(text: str) -> str:
    m = _SHARED_HEAD.search(text)
    if m and not re.search(r"\(c\)|\(iii\)", text):
        a, b, head = m.group("a"), m.group("b"), m.group("head")
        # (not "(a) ICL and (b) other companies": "other" says (a) is one of them, named whole)
        if (not a.endswith((head, "ing")) and not b.endswith("ing") and not re.search(r"\d", a + b)
                and head not in ("who", "which", "that", "whose", "whom")
                and b.split()[0].lower() not in ("other", "all", "any", "remaining")):
            text = (f"{text[: m.start()]}({m.group(1)}) {a} {head} and ({m.group(3)}) {b} {head}"
                    f"{text[m.end():]}")
    for pattern, repl in _GRAMMAR:
        text = pattern.sub(repl, text)
    return re.sub(r"\s+", " ", text).strip()


FIGURES = ("statistics", "spending")


def window_of_point(point: Point, text: str, *, answered: date | None, shared: Window | None,
                    narrowed: bool, inherited: Window | None = None, latest: Window | None = None,
                    asked: Window | None = None) -> tuple[Window | None, str]:
    """The point's window and its subject without the period's words. Figures the answer names as its latest
    (`latest`: "1992-93, the latest year for which information is available") take that year in place of a
    later one; figures the answer gives take the period the question asked about (`asked`: "in the last five
    years"). Raises AnswerDateUnknown when a relative period or the shared window needs the answer's date."""
    window, rest = _window_of_point(point, text, answered=answered, shared=shared, narrowed=narrowed,
                                    inherited=inherited, asked=asked)
    if (latest is not None and point.kind in FIGURES and window is not None and latest.start is not None
            and window.end > latest.end):
        return latest, rest
    return window, rest


def _window_of_point(point: Point, text: str, *, answered: date | None, shared: Window | None,
                     narrowed: bool, inherited: Window | None, asked: Window | None) -> tuple[Window | None, str]:
    # A period inside a timetable, document or decision names its subject ("the data for 2024-25"), not the
    # dates of the records asked for.
    reads_period = point.source == "question" and point.kind in PERIOD_KINDS
    own = question_period(text, answered, financial=is_financial(text)) if reads_period else None
    if shared is not None and shared.fixed:  # the user's window over the question's own period
        rest = own.rest if own is not None and own.rest else text
        rest = EACH_SUCH.sub("", rest).strip()  # "in each such year": the question's years, which this replaces
        if point.kind in ("statistics", "documents") and is_headcount(point.text):
            return Window(end=shared.end), rest
        return shared, rest
    if own is None and point.breakdown and reads_period:
        in_breakdown = question_period(point.breakdown, answered, financial=is_financial(text))
        own = in_breakdown and type(in_breakdown)(in_breakdown.window, text, in_breakdown.phrase)
    if (own is not None and own.window is not None and answered is not None and own.window.start is not None
            and own.window.start > answered and point.kind not in FIGURES):
        # "the contribution of SMRs to net zero targets by 2030": a target's year, not the records' dates
        own = None
    if own is not None:
        if own.window is None:
            raise AnswerDateUnknown()
        window = own.window
        if narrowed and not window.as_at:
            window = _latest_year_of(window, series=bool(re.search(r"\beach\b", own.phrase, re.IGNORECASE)))
        return window, own.rest or text
    if inherited is not None and point.source == "question":
        return inherited, EACH_SUCH.sub("", text).strip()  # "in each such year", or a part that sets no period
    if asked is not None and point.source == "answer" and point.kind in FIGURES:
        return asked, text  # the answer's figure is for the question's years: the records behind it are too
    if shared is None:
        raise AnswerDateUnknown()
    if point.source == "question" and point.kind in ("statistics", "documents") and is_headcount(point.text):
        return Window(end=shared.end if answered is None else answered), text  # a count at a date, never a year
    if (point.kind == "spending" and answered is not None and not narrowed
            and re.search(r"\btotal (?:cost|costs|spend|spending|expenditure)\b", text, re.IGNORECASE)):
        # "the total cost of the Williams Rail Review": the running total as at the answer, all of it, not the
        # months before the answer (it began long before)
        return Window(end=answered), text
    if narrowed and answered is not None:  # the latest complete year before the answer
        if point.kind == "spending" or is_financial(text):
            last = last_complete_financial_year(answered)
            return financial_years(last, last), text
        return calendar_years(answered.year - 1, answered.year - 1), text
    if point.kind in ("statistics",):
        return years_of(shared), text
    return shared, text


_IN_FORM = re.compile(r"\bnot (?:held|recorded|collected|kept|available) in the (?:form|format|way)\b", re.IGNORECASE)
_WHERE = re.compile(r"\b(?:central(?:ly)?|local(?:ly)?|regional(?:ly)?|individual|each of)\b", re.IGNORECASE)


def _form_only(analysis: Analysis) -> bool:
    """The answer's "not held" is only about form ("not held in the form requested"), never where it is held."""
    held = [e.text for e in analysis.evasions if e.kind == "not_held"]
    return bool(held) and all(_IN_FORM.search(t) and not _WHERE.search(t) for t in held)


_MEETINGS_OF = re.compile(r"\b(?:meetings|visits|events|engagements)\b", re.IGNORECASE)


def _latest_year_of(window: Window, series: bool = False) -> Window:
    """After "disproportionate cost" the request narrows to the latest year the question asked about (the PQ
    threshold, £850, is above the FOI limit, £600)."""
    if window.label and "financial" in window.label:
        return financial_years(window.end.year - 1, window.end.year - 1)
    if window.end.month == 12 and window.end.day == 31:
        return calendar_years(window.end.year, window.end.year)
    # "in each year since 2020", answered on 12 January 2026: the last complete year, 2025 (not "the change
    # since May 1979", whose two ends are the figures)
    year = window.end.year - 1
    if not series or window.start is None or window.start.year > year:
        return window
    return calendar_years(year, year) if window.start <= date(year, 1, 1) else Window(start=window.start,
                                                                                        end=date(year, 12, 31))


def build_item(point: Point, analysis: Analysis, *, authority: str, house: str | None, answered: date | None,
               shared: Window | None, advice: str, opening: Window | None = None,
               inherited: Window | None = None, fallback_topic: str | None = None,
               cut: bool = False, tabled: date | None = None, latest: Window | None = None,
               asked: Window | None = None, answer_text: str = "", today: date | None = None) -> Item | None:
    """The item for one point, checked; a plainer one when the first reading fails the check."""
    subject = subject_of_point(point.text, source=point.source, kind=point.kind, house=house,
                               evidence=point.evidence)
    template_kind: str = point.kind if point.kind in KIND_RANK else "other"
    same = _FIGURES_FOR_EACH.match(point.text.strip()) if point.source == "question" else None
    if same:
        # "what comparison he has made between the number of deaths from X and from Y; what are the figures for
        # each in each of the past five years": the figures of the part before, for the years this part names
        before = next((p for p in reversed(analysis.points[:analysis.points.index(point)])
                       if p.source == "question"), None) if point in analysis.points else None
        counted = subject_of_point(before.text, source="question", kind=before.kind, house=house) \
            if before is not None else None
        if counted is not None and not counted.quoted and _COUNTED.match(counted.phrase):
            subject, template_kind = Subject(f"{counted.phrase}, each separately{same['rest']}".rstrip(" ;,.")), \
                "statistics"
    if point.source == "answer" and point.kind in ("documents", "actions", "other") and is_tool(subject):
        template_kind = "tool"
    if template_kind == "documents" and point.source == "question" and re.match(
            r"(?:the )?(?:number|numbers|proportion|percentage|figures|statistics|data) (?:of|on|for)\b", subject.phrase):
        template_kind = "statistics"  # "if she will publish the number of cases awaiting charging decisions"
    if template_kind == "documents" and point.source == "answer":
        name = named_document(point.text, point.evidence)
        if name and not re.search(r"\b(?:launched|announced|published|said|has|have|had|was|were|is|are|will)\b",
                                  name):
            subject = Subject(name)
        elif subject.quoted:
            template_kind = "other"
    if (subject.quoted or re.match(r"(?:that|this|these|those)\b", subject.phrase)) and point.source == "answer" \
            and point.kind == "timetable" and point.evidence and re.match(r"^[A-Z][^\n]{10,300}[.]$", point.evidence.strip()):
        # The step the answer promised, in a phrase ("updating the latest published list"); else its claim
        # quoted as its whole sentence: a clause cut from it ("… in due course" dropped) is not a quotation an
        # officer can find in the answer.
        subject = promised_subject(point.evidence) or Subject(point.evidence.strip(), quoted=True)
    if subject.as_kind:
        template_kind = subject.as_kind
    elif template_kind == "documents" and subject.quoted:
        template_kind = "other"
    if point.source == "answer" and point.reason == APPROVAL_REASON:
        # the business case came before the approval, however long before the answer: everything up to it
        return _approval_item(point, authority=authority, window=Window(end=answered) if answered else shared,
                              opening=opening, topic=fallback_topic)
    if point.source == "answer" and point.reason == EVIDENCE_REASON:
        # "we do have anecdotal evidence of this": what records it, up to the answer that relied on it
        said: dict[str, Any] = {"what": point.text, "authority": the(authority),
                                "answered": words_of_date(answered) if answered else None}
        held = Window(start=shared.start, end=answered) if shared and shared.start and answered else shared
        said.update(window_words(held, opening))
        return Item(render_template("points/evidence.txt.j2", said), "documents", held, [point.id])
    reply = reply_asked(point, answer_text)
    if reply is not None:
        return _reply_item(point, reply.what, reply.sent, reply.said_sent, authority=authority, shared=shared,
                           opening=opening)
    done = done_already(point, answer_text, answered)
    if done is not None:
        return _after_done(point, done, authority=authority, answered=answered, opening=opening)
    evasions = evasions_for(point, analysis)
    narrowed = "disproportionate_cost" in evasions and template_kind in ("statistics", "spending")
    text = subject.phrase if not subject.quoted else point.text
    own = point.source == "question" and point.kind in PERIOD_KINDS and question_period(text, answered) is not None
    window, rest = window_of_point(point, text, answered=answered, shared=shared, narrowed=narrowed,
                                   inherited=None if own else inherited, latest=latest, asked=asked)
    # "We are working to assess net additional costs": the assessment was under way at the answer
    in_progress = point.source == "question" and (
        template_kind == "assessment" and bool(_UNDER_WAY.search(answer_text))
        # "The design of the franchising process is being considered": the decision, if any, came later
        or template_kind == "decision" and bool(_CONSIDERED.search(answer_text)))
    if (window is not None and not window.fixed and answered is not None and today is not None
            and point.source == "question" and point.kind == "meetings" and _WILL_MEET.match(point.text)):
        # "if she will have discussions with X": the talks, if any, came after the answer
        window = Window(start=window.start, end=max(window.end, min(today, answered + timedelta(days=FOLLOW_DAYS))))
    elif answered is not None and today is not None and (
            in_progress and window is not None and not window.fixed
            or template_kind == "timetable" and subject.promised_copy and point.source == "answer"):
        # the finished work, and the decision on when to publish what was promised, came after the answer
        window = after_promise(answered, window.start if in_progress and window else answered, today)
    elif (answered is not None and today is not None and window is not None and not window.fixed
          and template_kind == "timetable" and kind_is_event(point, subject.phrase)):
        # "when her Department will host the planned roundtable": the dates were fixed, and the event held, later
        window = after_promise(answered, window.start, today)
    if (template_kind == "assessment" and not in_progress and answered is not None and window is not None
            and not window.fixed and not window.as_at and window.end < answered):
        # "an assessment of … charge rates in the last 10 years": the years are the data's; the assessment itself
        # may be written up to the answer (a reviewer: the window "excludes its own most likely hit")
        window = Window(start=window.start, end=answered)
    if (template_kind == "documents" and point.source == "question" and answered is not None and window is not None
            and not window.fixed and not own and DATA_LIKE.match(subject.phrase) and _MEETINGS_OF.search(subject.phrase)):
        # "the dates of and attendees at meetings held by Keith Williams as part of the Rail Review": every such
        # meeting up to the answer, whenever held (the review began long before the months the letter searches)
        window = Window(end=answered)
    if window is not None and window.fixed:
        rest = _DATED_RANGES.sub("", rest)  # the latest year replaces "in the periods (a) 1 January to 26 March 1994"
    if not subject.quoted:
        subject = Subject(_without_gloss(_without_lone_number(distribute(rest))), as_kind=subject.as_kind,
                          promised_when=subject.promised_when, promised_copy=subject.promised_copy)
    text = _subject_text(subject, point)
    breakdown = point.breakdown if not same else None  # "for each": said in the subject
    if breakdown:
        period = question_period(breakdown, answered)
        breakdown = period.rest if period else breakdown
        breakdown = EACH_SUCH.sub("", re.sub(r"^(?:broken down\s+)?", "", breakdown)).strip(" ,;") or None
    breakdown = _plain_breakdown(breakdown) if breakdown else None
    text = _plain_breakdown(text)
    if breakdown and _repeats(breakdown, text):
        breakdown = None
    klass: ByClass | None = by_class(text) if template_kind == "statistics" and not subject.quoted else None
    if klass:
        text, breakdown = klass.what, f"by {klass.klass}, in particular for {klass.one}"
    some = parts_given(text, answer_text) if template_kind == "statistics" and point.source == "question" \
        and point.status in ("partial", "answered") and not subject.quoted else None
    if some is not None:
        text = some[0]  # the parts the answer gave figures for are not asked for again (s.21)
    lead = point.source == "question"
    context = _context(point, text, template_kind, authority, window, advice, breakdown, evasions, subject)
    context["in_progress"] = in_progress
    asked_period = question_period(point.text, answered, financial=is_financial(point.text)) if narrowed and own else None
    context["narrowed_from"] = re.sub(r"^(?:in|for|during|over) ", "", asked_period.phrase.strip(" ,")) \
        if asked_period and asked_period.window and window is not None and asked_period.window != window else None
    if context["not_held"] and _form_only(analysis):
        context["not_held"] = False  # "not held in the form requested": the form, not where, is the obstacle
    if template_kind == "meetings" and point.source == "answer" and _VAGUE_TOPIC.search(text):
        # "held discussions … on a range of issues": the readouts as far as they touch what the question asked
        topic = next((t for p in analysis.points if p.source == "question" and p.kind == "meetings"
                      and (t := meeting_topic(replace_pronouns(p.text, house)))), None)
        if topic:
            context["Subject"] = _VAGUE_TOPIC.sub("", context["Subject"])
            context["topic"] = topic
    context["unreportable"] = template_kind == "statistics" and point.source == "question" \
        and systems_cannot_report(answer_text)
    context["keyword"] = _keyword(text, answer_text) if template_kind == "statistics" else None
    context["given_parts"] = (some[1][0] if len(some[1]) == 1 else f"{', '.join(some[1][:-1])} and {some[1][-1]}") \
        if some else None
    context.update(window_words(window, opening))
    # Figures the answer gave are not asked for again (s.21): what they leave out is.
    given = figures_given(point, answer_text) if point.status in ("partial", "answered") else None
    context["given"] = given is not None
    context["given_scope"] = given.scope if given else None
    context["answered"] = words_of_date(answered) if answered else None
    context_kind = template_kind
    rendered = render_template(f"points/{template_kind}.txt.j2", context)
    if cut or item_problems(rendered):
        if shared is not None and shared.fixed:
            # A letter asking for the latest years says the answer's records are gone: its briefing with them.
            fallback_topic = None
        if fallback_topic and answered is not None:
            # The briefing for the answer was written before it: not in the period the figures cover.
            window = before_answer(answered, tabled)
        shown = None if window == opening else window
        rendered = plain_item(point, authority=authority, window=shown, answered=answered,
                              heading=fallback_topic) if fallback_topic \
            else ""
        template_kind = "other"
        if not rendered or item_problems(rendered):
            if cut or point.source != "question":
                return None
            # The member's own words, quoted whole: plainer still, and never bent into broken grammar.
            quoted = Subject(clean_point_text(point.text), quoted=True)
            context = _context(point, _subject_text(quoted, point), "other", authority, window, advice, None,
                               evasions, quoted)
            context.update(window_words(window, opening))
            rendered = render_template("points/other.txt.j2", context)
            if item_problems(rendered):
                return None
    return Item(rendered, template_kind, window, [point.id], lead=lead, own_period=own,
                subject=None if subject.quoted or template_kind != context_kind else text,
                own_title=some is not None and template_kind == context_kind,
                unreportable=bool(context.get("unreportable")) and template_kind == context_kind,
                vague=template_kind == "timetable" and point.source == "answer" and subject.quoted)


# The boards and committees an approval went through: "the Home Office’s Commercial Assurance Board", "Cabinet
# Office Spend Controls".
_BOARD = re.compile(r"(?:(?:the )?[A-Z][\w’'-]*(?:’s|'s) )?(?:[A-Z][\w’'-]* |and (?=[A-Z]))*(?:Board|Committee|Panel)s?\b|"
                    r"\b(?:Cabinet Office |HM Treasury )?Spend Controls\b|\bHM Treasury\b")
_APPROVED = re.compile(r"^(?P<what>(?:The|the|Its|its|This|this) [\w’' -]{3,60}?) (?:also )?(?:underwent|went through|"
                       r"received|was|were|has been|have been|is|are)\b")


def _approval_item(point: Point, *, authority: str, window: Window | None, opening: Window | None,
                   topic: str | None) -> Item:
    sentence = point.evidence or point.text
    boards = [re.sub(r"^the ", "", b.group(0).strip()) for b in _BOARD.finditer(sentence)]
    boards = [b if re.match(r"[A-Z][\w’'-]*(?:’s|'s) |Cabinet Office|HM Treasury", b) else f"the {b}"
              for b in dict.fromkeys(boards)]
    m = _APPROVED.match(sentence)
    what = re.sub(r"^(?:The|Its|This|its|this) ", "the ", m["what"]) if m else "what the answer says was approved"
    if topic and m:
        what += f" ({topic})"
    context = {"what": what, "boards": join_words(boards) if boards else "the boards that approved it",
               "their": "their" if len(boards) != 1 else "its"}
    context.update(window_words(window, opening))
    return Item(render_template("points/approval.txt.j2", context), "documents", window, [point.id])


# "whether he has had discussions with X", "if she will meet X": the minister's own talks
_MINISTERS_TALKS = re.compile(r"^(?:whether|if|what (?:recent )?(?:discussions|meetings|conversations))\b[^,;]{0,20}?\b"
                              r"(?:he|she|the Secretary of State|the Minister|the Chancellor)\b", re.IGNORECASE)
_FIGURES_FOR_EACH = re.compile(r"^(?:and )?what (?:are|were|is|was) the (?:figures|numbers|statistics|totals) (?:for|of) "
                               r"(?:each|both|them|these|those|each of them)\b(?P<rest>.*)$", re.IGNORECASE)
_COUNTED = re.compile(r"^the (?:number|numbers|amount|proportion|percentage|rate|cost|total)s? of\b", re.IGNORECASE)
_WHEN_WILL = re.compile(r"^(?:when|by when|on what date)\b[^;]{0,80}?\b(?:will|plans? to|intends? to|expects? to)\b",
                        re.IGNORECASE)
_EVENT = re.compile(r"\b(?:roundtables?|round tables?|summits?|conferences?|meetings?|visits?|forums?|workshops?|"
                    r"launch events?)\b", re.IGNORECASE)
_VAGUE_TOPIC = re.compile(r"\s+(?:on|about) (?:a (?:wide )?(?:range|number|variety) of|various|many) (?:issues|topics|subjects|"
                          r"matters)\b(?:,? (?:such as|including) [^,;]+)?", re.IGNORECASE)
_MEETING_TOPIC = re.compile(r"\b(?:discussions?|met|meet|meetings?|conversations?|talks|spoken|spoke|speak)\b[^;]*?"
                            r"\s(?:on|about|regarding|in relation to|to discuss) (?P<topic>[^;]{8,})$", re.IGNORECASE)


def kind_is_event(point: Point, text: str) -> bool:
    """A question asking when an event will take place ("when … will host the planned roundtable")."""
    return point.source == "question" and point.kind == "timetable" and bool(_WHEN_WILL.match(point.text)) \
        and bool(_EVENT.search(text))


def meeting_topic(question: str) -> str | None:
    """What a question asks meetings to have been about: "discussions with his Peruvian counterpart on
    protections for (a) X and (b) Y" → "protections for (a) X and (b) Y"."""
    m = _MEETING_TOPIC.search(question.strip().rstrip("?."))
    return m["topic"] if m else None


_UNDER_WAY = re.compile(r"\b(?:we|it|the Department|the Government) (?:is|are) (?:currently |now )?(?:working to assess|"
                        r"assessing|evaluating|analysing|modelling|working to (?:evaluate|estimate|model|understand))\b|"
                        r"\b(?:is|are) (?:currently |now )?being (?:assessed|evaluated|analysed|modelled)\b", re.IGNORECASE)
_CONSIDERED = re.compile(r"\b(?:is|are) (?:currently |now |actively )?(?:being (?:considered|reviewed|looked at)|under "
                         r"(?:active |careful )?(?:consideration|review))\b|\b(?:we|the Government|the Department|"
                         r"Ministers) (?:is|are) (?:currently |now |actively |carefully )?(?:considering|reviewing)\b",
                         re.IGNORECASE)
_WILL_MEET = re.compile(r"(?:whether|if)\b[^,;]{0,60}?\bwill (?:have|hold|seek|arrange|meet|discuss)\b", re.IGNORECASE)
_DAY = r"\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+(?:,? (?:19|20)\d\d)?"
_RANGE = rf"(?:\([a-z]\)\s*)?(?:between )?{_DAY} (?:to|and|until) {_DAY}"
_DATED_RANGES = re.compile(rf",?\s*(?:in|for|during|over|between) (?:the )?(?:periods?|dates?)\s+{_RANGE}"
                           rf"(?:,?\s*(?:and\s+)?{_RANGE})*")


# The record a step leaves: the appointment's terms, the contract's award.
_ACTS = {"appointed": "commission, contract or letter of appointment", "commissioned": "commission or contract",
         "awarded": "contract or award letter", "contracted": "contract", "engaged": "contract or letter of engagement"}


def _after_done(point: Point, done: Done, *, authority: str, answered: date | None,
                opening: Window | None) -> Item | None:
    """The question asked when a step would be taken; the answer says it was. Its records are asked for from
    that date (the terms of the appointment, the contract let), with what the answer said did not yet exist, to
    a year after the answer."""
    if answered is None:
        return None
    start = done.on or answered
    window = Window(start=start, end=answered + timedelta(days=365))
    when = f" on {words_of_date(done.on)}" if done.on else ""
    act = _ACTS.get(done.verb.lower())
    step = f"the {done.who} {done.verb}{when}{' ' + done.rest if done.rest else ''}"
    what = f"The terms of {step} (the {act})" if act else f"The records of {step}"
    missing = f", and any {done.missing}" if done.missing else ", and any programme or timetable for what follows"
    shown = None if window == opening else window
    text = f"{what}{missing}, held by {the(authority)}{dated(shown)}."
    if item_problems(text):
        return None
    # documents of a step taken, not the timetable the question wanted (the title says so too)
    return Item(text, "documents", window, [point.id], lead=True,
                subject=f"terms of appointment and work programme of the {done.who} {done.verb}", own_title=True)


def _reply_item(point: Point, what: str, sent: date | None, said_sent: bool, *, authority: str,
                shared: Window | None, opening: Window | None) -> Item | None:
    """"When will he respond to the email of 24 July": the records of that correspondence, not a timetable no one
    keeps for one reply: the reply (when the answer says it was sent), and the correspondence system's entry."""
    window = shared
    if sent is not None and window is not None and sent > window.end:
        window = Window(start=window.start, end=sent)
    if not said_sent:
        window = None  # the reply came after the answer, if at all: the entry as it stands now, and the reply
    shown = None if window == opening else window
    head = re.match(r"the (\w+)", what)
    that = f"that {head.group(1)}" if head and said_sent else what
    if re.search(r", dated [^,]+$", that):  # "the letter of the hon. Member for Hendon, dated 25 October 2023,"
        that += ","
    tracking = (f"the entry for {that} in the correspondence-tracking system of {the(authority)} (the dates it "
                "was received and allocated, the unit that handled it, any target date for a reply and the date of the reply)")
    if said_sent:
        on = f" on {words_of_date(sent)}" if sent else ""
        text = f"A copy of the reply sent{on} to {what}, and {tracking}{dated(shown)}."
    else:
        text = (f"The{tracking[3:].replace(' (the dates', ' as it now stands (the dates', 1)}"
                ", and a copy of the reply, whenever it was sent.")
    if item_problems(text):
        return None
    return Item(text, "correspondence", window, [point.id], lead=True, subject=what)


def _context(point: Point, text: str, template_kind: str, authority: str, window: Window | None, advice: str,
             breakdown: str | None, evasions: set[str], subject: Subject) -> dict[str, Any]:
    return {
        "subject": text,
        "Subject": text[:1].upper() + text[1:],
        "quoted": subject.quoted,
        "quote": subject.phrase,
        "source": point.source,
        "authority": the(authority),
        # A department's papers go to ministers; another body's to its board, and it briefed the department.
        "submission": "ministerial submission" if has_ministers(authority) else "paper to its board",
        "submissions": "ministerial submissions" if has_ministers(authority) else "papers to its board",
        "briefing": "background note or briefing prepared for the answer to the written question"
        if has_ministers(authority) else "briefing it gave the department for the answer to the written question",
        "window": window.words() if window else "",
        "advice": advice,
        "breakdown": breakdown,
        "own_period": False,
        "narrow": "disproportionate_cost" in evasions,
        # People diagnosed with a condition, asked of NHS England: its hospital data records diagnoses.
        "diagnosis": _diagnosis(text) if authority == "NHS England" else None,
        # People counted by what they do to others: no one keeps a register of them, but reports and
        # investigations are counted ("the number of paedophiles operating on Twitter").
        "offenders": bool(re.match(r"the number of (?:\w+ ){0,2}(?:paedophiles|predators|groomers|abusers|offenders|"
                                   r"perpetrators|traffickers|fraudsters|scammers)\b", text, re.IGNORECASE)),
        "over_time": window is not None and not window.as_at and window.start is not None
        and (window.end - window.start).days > 120,  # a period that a shorter one can narrow
        "not_held": "not_held" in evasions,
        "in_due_course": "in_due_course" in evasions,
        "promised_when": subject.promised_when,
        "promised_copy": subject.promised_copy,
        # an event the question asks the date of: if held since, its date, invitation list and readout
        "event": kind_is_event(point, text),
        "topic": None,  # what a vague meeting ("on a range of issues") is asked about: the question's subject
        "written_too": point.source == "question" and bool(re.search(r"\bdiscussions?\b", point.text, re.IGNORECASE)),
        "ministers_only": point.source == "question" and bool(_MINISTERS_TALKS.match(point.text.strip()))
        and not re.search(r"\b(?:officials|Department|Ministry|Government|Ministers|civil servants|officers)\b",
                          point.text),
        # the dodged question's own papers: the note behind a restated policy, a "no comment" or an "in due course"
        "underlying": bool({"policy_restated", "no_comment", "in_due_course"} & evasions) and point.source == "question",
        # "whether he has carried out impact assessments of X": that kind of document, drafts too, not any analysis
        "impact": bool(re.search(r"\bimpact assessments?\b", point.text, re.IGNORECASE)),
        "licensing": mentions_licensing(point.text, point.evidence),
        # the document a timetable is for, named so that "the most recent draft" says of what
        "document": (found.group(0).lower() if (found := DOCUMENT_LIKE.search(text)) and not subject.quoted
                     else None),
        "data_like": bool(DATA_LIKE.match(text)),
        # "what is her Department's policy on awarding visas to minors": the policy is in the guidance staff apply
        # and the submission that set it, not in "records that set out" a policy (often published: s.21)
        "policy": bool(re.match(r"(?:the )?(?:[\w’']+ ){0,3}policy (?:on|towards|in relation to|regarding|for)\b", text)),
        # "the scheme was closed early", "he proposes the inclusion of X": a clause, whose reasons are asked for
        "clause": bool(re.search(r"\b(?:has|have|had|is|are|was|were|will|would|did|does|do)\b", text)
                       or re.match(r"(?:he|she|it|they|we|the (?:Secretary of State|Minister|Government|Department))"
                                   r" \w+(?:s|ed)\b", text)),
        "point": point,
        "programme": _is_programme(point),
        "records": records_of(text, authority),
    }


def _plain_breakdown(text: str) -> str:
    """"broken down by (a) whether they are (i) summary only, … and (b) by region" → "broken down by (a) (i)
    summary only, … and (b) region": the question's grammar out of a breakdown."""
    return re.sub(r"\((\w{1,4})\) by ", r"(\1) ", re.sub(r"\bby \((\w{1,4})\) whether (?:they|it) (?:are|is|were|was) ",
                                                        r"by (\1) ", text))


def _keyword(text: str, answer_text: str) -> str | None:
    """The thing a count is of records "associated with", when the answer says the records are not held in the
    form asked for ("claims associated with the use of corridor care in hospitals" → "corridor care"): a
    search of the records' descriptions for it is what they can give."""
    if not NOT_IN_FORM.search(answer_text):
        return None
    m = re.search(r"\b(?:associated with|involving|linked to|related to|relating to|arising from) (.+)$", text)
    if not m:
        return None
    thing = re.sub(r"^(?:the use of |the |an? )", "", m.group(1))
    thing = re.split(r" (?:in|at|on|by|for|during|since|within|across|from) ", thing)[0].strip(" ,;.")
    return thing if 1 <= len(thing.split()) <= 4 else None


def _diagnosis(text: str) -> str | None:
    """The condition a count of people diagnosed names ("diagnosed with Tinnitus" → "Tinnitus"), "it" when the
    words name none, None when the count is not of diagnoses."""
    if not re.search(r"\bdiagnos(?:ed|is|es)\b", text, re.IGNORECASE):
        return None
    named = re.search(r"\bdiagnos(?:ed with|is of|es of)\s+([\w'’-]+(?:\s[\w'’-]+){0,4}?)(?=\s+(?:in|since|for|by|between|"
                      r"during|at|who|and|each|per|over)\b|[,;(]|$)", text, re.IGNORECASE)
    return named.group(1).strip() if named else "it"


# A sum awarded to others: grants, funds, programmes, schemes (their recipients and results can be asked for).
_PROGRAMME = re.compile(r"\b(?:grants?|funds?|funding|programmes?|schemes?|awards?|awarded|initiatives?|"
                        r"competitions?|bids?)\b", re.IGNORECASE)
# A sum the body spends on itself: a running cost, a fee, a salary (no recipients or results to ask for).
_RUNNING = re.compile(r"\b(?:per (?:annum|year|month)|a year|annual(?:ly)?|running|hosting|maintenance|costs?|"
                      r"salar(?:y|ies)|fees?|rent|licen[cs]es?|subscriptions?)\b", re.IGNORECASE)


def _is_programme(point: Point) -> bool:
    """A sum given to others to spend (a grant, fund, programme, "£300,000 to take forward innovations"), as
    against a cost the body pays (a website's £1,600 a year)."""
    text = point.text
    return bool(_PROGRAMME.search(text)) or not _RUNNING.search(text)


_RETURNS = re.compile(r"\b(?:local authorit(?:y|ies)|councils?|trusts?|police forces?|forces|schools?|boards?|"
                      r"health authorit(?:y|ies)|each \w+)\b", re.IGNORECASE)
# (not "the Williams Rail Review": a railway in a name is no journey)
_TRAVEL = re.compile(r"\b(?:travel|flights?|hotels?|(?:first|business|standard) class|(?:rail|train) (?:fares?|tickets?|"
                     r"journeys?)|trains? tickets?)\b", re.IGNORECASE)


def records_of(subject: str, authority: str) -> str:
    """Where the figures for a sum are recorded: the returns other bodies make for their spending, the travel
    bookings and expenditure records for travel, grant records for grants, else the body's own accounts."""
    body = the(authority)
    if _RETURNS.search(subject):
        return f"the returns made to {body} or its own records"
    if _TRAVEL.search(subject):
        return f"the expenditure records or travel booking data of {body}"
    if re.search(r"\bgrants?\b", subject, re.IGNORECASE):
        return f"the accounts or grant records of {body}"
    return f"the accounts or expenditure records of {body}"


def window_words(window: Window | None, opening: Window | None) -> dict[str, str]:
    """The window as an item's words: nothing when the opening states it once for every item sharing it."""
    shown = None if window == opening else window
    return {
        "when": shown.clause() if shown else "",
        "dated": dated(shown),
        "by_date": f" by {words_of_date(window.end)}" if window else "",
        "as_at": "as at" if window is not None and window.as_at else "",  # (a string: the dict is words)
    }


def dated(window: Window | None) -> str:
    """' dated between 3 September 2018 and 31 December 2019': the window as records' dates."""
    if window is None:
        return ""
    if window.as_at:
        return f" held {window.words()}"
    if window.label:
        return f" dated within {window.label}" if not window.label[:1].isdigit() else f" dated in {window.label}"
    if window.start is None or window.start == window.end:
        return f" dated {words_of_date(window.end)}"
    return f" dated between {words_of_date(window.start)} and {words_of_date(window.end)}"


# What must never reach an item: UINs, column markers, "Official Report", page furniture, question grammar.
_JUNK = [
    ("a question number", re.compile(r"\[\d{4,7}\]|\(\d{5,7}\)|\bHL\d{2,6}\b|\bUIN\b")),
    ("a column marker", re.compile(r"\b(?:columns?|cc?\.)\s*\d+|\b\d{1,4}W(?:S|A)?\b", re.IGNORECASE)),
    ("a Hansard reference", re.compile(r"\bOfficial Report\b|\bHC Deb\b|\bHL Deb\b|\bvol\. ?\d+", re.IGNORECASE)),
    ("page furniture", re.compile(r"\|\s*\w|Previous Section|Next Section|Home Page|Alert me|people think so",
                                  re.IGNORECASE)),
    ("question grammar", re.compile(r"\b(?:whether so|if so|by how much|therefrom)\b|\b(?:his|her) Department\b|"
                                    r"\bthey\s+(?:are|have|will|were|did|do|intend|plan)\b", re.IGNORECASE)),
    ("a cut word", re.compile(r"\w…|\.\.\.\s*[\"”]|…[\"”]")),
    ("a flattened table", re.compile(r"\d[\d,./]{24,}|(?:\d{4}/\d{2}){2,}")),
    ("the question's preamble", re.compile(r"\bTo ask\b|\bI have been asked to reply\b")),
]
_QUOTED = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”")


# "(a) main battle tanks, (b) armoured fighting vehicles … and (h) other capabilities destroyed in Ukraine": the
# lettered parts of a figures question, and the words after the last part that all of them share.
_PART_MARK = re.compile(r"\s*\(([a-z])\)\s+")
_PART_TAIL = re.compile(r"\s+(?=(?:destroyed|killed|lost|damaged|in|since|that|which|who|by|for|during|from|at|on|"
                        r"per|each|were|was|have|has)\b)")
_GENERIC = {"other", "systems", "system", "vehicles", "capabilities", "types", "all", "the", "and", "of", "kinds",
            "number", "numbers", "total"}
_SAME_THING = {"ships": "vessels", "vessels": "ships", "aircrafts": "aircraft", "planes": "aircraft"}


def parts_given(text: str, answer_text: str) -> tuple[str, list[str]] | None:
    """The question's lettered parts that the answer gave a figure for (a number a few words before the part's
    own words: "nearly 3,000 main battle tanks"), and the subject with only the other parts; None unless the
    answer gave some parts and not others."""
    start = text.find("(a) ")
    if start < 0:
        return None
    pieces = _PART_MARK.split(text[start:])
    letters, names = pieces[1::2], [p.strip() for p in pieces[2::2]]
    if len(names) < 3 or letters != [chr(ord("a") + i) for i in range(len(letters))]:
        return None
    last = _PART_TAIL.split(names[-1], maxsplit=1)
    names[-1], tail = last[0], (f" {last[1]}" if len(last) > 1 else "")
    names = [re.sub(r"(?:,|\s+and|\s+or)+$", "", n).strip() for n in names]
    if any(not n or len(n.split()) > 5 for n in names):
        return None

    def given(name: str) -> bool:
        words = [w for w in re.findall(r"[A-Za-z][\w-]+", name.lower()) if w not in _GENERIC]
        words += [_SAME_THING[w] for w in words if w in _SAME_THING]
        return any(re.search(rf"\d[\d,.]*\s+(?:[\w-]+\s+){{0,3}}?{re.escape(w.replace('-', ' ')[:6])}", answer_text,
                             re.IGNORECASE) for w in words)

    got = [n for n in names if given(n)]
    missing = [n for n in names if n not in got]
    if not got or not missing:
        return None
    asked = missing[0] if len(missing) == 1 else f"{', '.join(missing[:-1])} and {missing[-1]}"
    return f"{text[:start].rstrip()} {asked}{tail}", got


# "… the final report of the OPCW …, which found that evidence consistent with the hypothesis that …": the
# question's gloss on a document it names is argument, not part of what is searched for.
_GLOSS = re.compile(r",\s*which (?:found|concluded|stated|said|showed|suggested|claimed|established|confirmed)\b"
                    r"[^;]*$", re.IGNORECASE)


def _without_gloss(phrase: str) -> str:
    if len(phrase.split()) <= 30:
        return phrase
    return _GLOSS.sub("", phrase).strip()



_MARK = re.compile(r"\((?:\d{1,2}|[a-h]|i{1,3}|iv|v)\)")


def _without_lone_number(phrase: str) -> str:
    """A part split from "(1) the authenticity of … and (2) any differences …" keeps its number with no
    partner ("of (1) the authenticity"): the number goes, the words stay."""
    marks = _MARK.findall(phrase)
    if len(marks) == 1:
        return re.sub(r"\s{2,}", " ", _MARK.sub("", phrase, count=1)).strip()
    return phrase


def item_problems(text: str) -> list[str]:
    """What is wrong with an item: unbalanced brackets or quotes, a lone (a) without (b), a quotation that is
    not whole sentences, junk from the page, or question grammar outside quotation marks."""
    problems: list[str] = []
    if text.count("(") != text.count(")") or text.count("[") != text.count("]"):
        problems.append("unbalanced brackets")
    if text.count('"') % 2 or text.count("“") != text.count("”"):
        problems.append("unbalanced quotation marks")
    outside = _QUOTED.sub('""', text)
    marks = re.findall(r"\(([a-h]|i{1,3}|iv|v)\)", outside)
    if marks and len(marks) < 2:
        problems.append("a lettered part without its partner")
    for name, pattern in _JUNK:
        if pattern.search(outside if name == "question grammar" else text):
            problems.append(name)
    for quote in re.findall(r"that \"([^\"\n]*)\"", text):
        if quote and (quote[:1].islower() or not quote.rstrip().endswith((".", "!"))) and len(quote.split()) > 3:
            problems.append("a quotation that is not a whole sentence")
    if re.search(r"\b(?:of|to|the|for|with|at|in|by|from)\s*[.;:,]|\b(?:and|or)\s*[.;:]", outside):
        problems.append("a dangling part")
    if re.search(r"\b[Tt]he (?:as|which|who|we|it|they|and|or|but|if|when|where|there|is|are|was|were|will)\b", outside):
        problems.append("a broken phrase")
    if re.search(r"\bthat (?:has|have|had) \w+ed\s*[.;]", outside):
        problems.append("a dangling part")
    if re.search(r"\bthat (?:has|have|did|does|do|is|are|was|were) the\b", outside):
        problems.append("question grammar")
    if re.search(r"\bthe (?:number|proportion) of (?:receive|have|has|are|is|were|was|get|did|do|does|will)\b", outside):
        problems.append("question grammar")
    if re.search(r"\b(?:figures?|numbers?|amounts?|totals?|data|statistics) (?:for|of|in) each\s*[.;:,]", outside):
        problems.append("a dangling part")  # "the figures for each": each of what the question named before
    if re.search(r"\b(?:and|with|between|of) what the question asked\b", text):
        problems.append("a quotation standing for a party")  # "meetings between officials and what the question asked"
    if re.search(r"\b(?:and|but) (?:further|more|full|the) ?(?:details?|information|updates?)? will be (?:shared|published|"
                 r"set out|announced|provided|confirmed)\b", outside):
        problems.append("a clause inside a subject")  # "for the Road Safety Strategy and further details will be shared"
    for quote in re.findall(r"what the question asked \(\"([^\"\n]*)\"", text):
        # "where the Secretary of State expects them to be available": a part cut from the one naming "them"
        if re.search(r"\bthem\b", " ".join(quote.split()[:8])):
            problems.append("a pronoun with nothing to refer to")
    if re.search(r"\b(\w{2,}) \1\b", outside, re.IGNORECASE):
        problems.append("a repeated word")
    if re.search(r"£0{3}\b|\b(?:which|who) that\b", outside):
        problems.append("a broken phrase")  # a table's unit ("awarded in £000") taken for a sum; "those which that are"
    return problems


BRIEFING_ITEM = "The briefing, background note and draft answer"  # the plain item's opening words


def plain_item(point: Point, *, authority: str, window: Window | None, answered: date | None,
               heading: str | None = None) -> str:
    """The plainer item a broken one falls back to: the question's own file, which every department keeps for a
    written answer (the briefing, background note and draft answer), found by the question's date and heading."""
    of = f" of {words_of_date(answered)}" if answered else ""
    titled = f' ("{heading}")' if heading else ""
    return (f"{BRIEFING_ITEM} prepared for the answer{of} to this written "
            f"question{titled}, as held by {the(authority)}{dated(window)}.")
