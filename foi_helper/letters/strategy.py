"""The items of a request, in the order that gets the records: what the answer dodged first, then the records
it says exist, then the follow-ups on its claims (docs/law.md). Each item carries one window; the window
most items share is stated once, in the opening. Pure."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from ..model import Analysis, Point, WrittenAnswer
from .authorities import has_ministers, the
from .dodge import (
    already_in_library,
    answer_topic,
    dodged_organisation,
    holding_is_stale,
    promised_records,
)
from .items import Item, build_item, item_problems, window_words
from .phrasing import clean_point_text, subject_of_point, words_of_date
from .selection import KIND_RANK, MAX_ITEMS
from .templating import render_template
from .windows import (
    AnswerDateUnknown,
    Window,
    after_answer,
    answer_latest_year,
    is_financial,
    question_period,
    with_years,
)


@dataclass
class Plan:
    """The items in order, the window stated in the opening, and the organisation the answer left out."""

    items: list[Item]
    opening: Window | None
    dodged: str | None = None
    topic: str | None = None
    notes: list[str] = field(default_factory=list)


def opening_window(items: Sequence[Item]) -> Window | None:
    """The window most items share (the first such, on a tie): stated once in the opening."""
    counts = Counter(i.window for i in items if i.window is not None)
    if not counts:
        return None
    best = max(counts.values())
    return next(i.window for i in items if i.window is not None and counts[i.window] == best)


_INDUSTRY = re.compile(r"\b(?:industry|companies|firms|platforms|providers|sector|demands?|asks?)\b", re.IGNORECASE)
_ASKED_TOPIC = re.compile(r"\bto (?:address|tackle|reduce|prevent|stop|combat|deal with)\s+(.+)$", re.IGNORECASE)


def _topic(point: Point, answer: WrittenAnswer) -> str | None:
    topic = answer_topic(answer.answer)
    if topic:
        return topic
    for text in (point.text, answer.question):
        m = _ASKED_TOPIC.search(clean_point_text(text))
        if m:
            return m.group(1)
    return None


def heading_topic(answer: WrittenAnswer) -> str | None:
    """The page's heading as words of a sentence ("Hospital Beds: Greater London" → "hospital beds in Greater
    London"), for an item that must fall back to plainer words; None when there is no heading."""
    heading = (answer.title or "").strip()
    if not heading or item_problems(heading) or re.search(r"\d", heading):
        return None
    topic, _, place = heading.partition(":")
    if len(topic.split()) > 1 and all(w[:1].isupper() and not w.isupper() for w in re.findall(r"[A-Za-z]{4,}", topic)):
        # "Illicit Arms Purchases": a heading's capitals are not a sentence's (the place after a colon keeps its).
        topic = re.sub(r"\b[A-Z][a-z]+\b", lambda m: m.group(0).lower(), topic)
    return f"{topic.strip()} ({place.strip()})" if place.strip() else topic.strip()


def heading_title(answer: WrittenAnswer) -> str | None:
    """The page's heading as a title, capitals kept ("Railways: North Wales Coast Line"), for the plain item
    that names the question's file; None when there is no usable heading."""
    return answer.title.strip() if answer.title and heading_topic(answer) is not None else None


def request_items(answer: WrittenAnswer, analysis: Analysis, points: list[Point], *, authority: str,
                  shared: Window | None, advice: str, today: date, user_order: bool) -> Plan:
    """Every item of the letter, checked, ordered and with their windows; the window for the opening."""
    notes: list[str] = []
    plan = _items(answer, analysis, points, authority=authority, shared=shared, advice=advice, today=today,
                  opening=None)
    if not user_order and any(not i.vague for i in plan.items):
        # A timetable for "will update in due course" is answered "not held" (no plan exists for a vague
        # promise): beside items that can succeed it only costs the letter credibility.
        for item in [i for i in plan.items if i.vague]:
            plan.items.remove(item)
            notes.append(f"{', '.join(item.point_ids)} (timetable) left out: the answer promises more without "
                         "naming a step, so no timetable is likely to be held; choose points to include it.")
    if not user_order:
        plan.items = _ordered(plan.items, analysis)[:MAX_ITEMS]
    opening = opening_window(plan.items)
    kept = list(dict.fromkeys(pid for i in plan.items for pid in i.point_ids))
    final = _items(answer, analysis, [p for pid in kept for p in points if p.id == pid],
                   authority=authority, shared=shared, advice=advice, today=today, opening=opening,
                   extras={i.kind for i in plan.items})
    final.items = _ordered(final.items, analysis) if not user_order else final.items
    final.items = final.items[:MAX_ITEMS] if not user_order else final.items
    final.opening = opening
    final.notes = notes
    return final


def _ordered(items: list[Item], analysis: Analysis) -> list[Item]:
    """The records the answer says exist, the dodge (in the question's order), then follow-ups by kind."""
    position = {p.id: i for i, p in enumerate(analysis.points)}

    def key(pair: tuple[int, Item]) -> tuple[int, int, int]:
        index, item = pair
        tier = 0 if item.lead else 1
        rank = (min((position.get(pid, 0) for pid in item.point_ids), default=-1) if item.lead
                else KIND_RANK.get(item.kind, len(KIND_RANK)))
        return tier, rank, index
    return [item for _, item in sorted(enumerate(items), key=key)]


def _items(answer: WrittenAnswer, analysis: Analysis, points: list[Point], *, authority: str,
           shared: Window | None, advice: str, today: date, opening: Window | None,
           extras: set[str] | None = None) -> Plan:
    answered = answer.date_answered
    reference = answered or answer.date_tabled  # what relative periods count from
    # The answer's "latest year for which figures are available" bounds its figures, unless the letter asks for
    # fixed dates instead (the user's, or the latest complete year for an answer whose records are archived).
    latest = answer_latest_year(answer.answer) if not (shared is not None and shared.fixed) else None
    asked_period = question_period(answer.question, reference, financial=is_financial(answer.question)) \
        if answer.question else None
    asked = asked_period.window if asked_period is not None else None
    # "To ask the Secretary of State for Employment for each quarter since October 1989, how many …": a period
    # before the first part is every part's.
    lead_in = re.split(r"\b(?:how many|how much|what|whether|if|which|when|why)\b", answer.question or "", maxsplit=1)[0]
    for_all = asked if asked_period is not None and asked_period.phrase and asked_period.phrase in lead_in else None
    split_by = lead_breakdown(lead_in, asked_period.phrase if asked_period is not None else None)
    items: list[Item] = []
    used: set[str] = set()
    dodged, topic = None, None
    last_own: Item | None = None
    # The list endpoint cuts the question and the answer at 255 characters: the question's last part, and a claim
    # in the answer's last sentence, may end mid-word.
    last_part = next((p.id for p in reversed(analysis.points) if p.source == "question"), None) \
        if question_cut(answer) else None
    tail = answer_tail(answer)
    member = answer.asker.name if answer.asker and answer.asker.name else "the Member who asked it"
    holding = answer.holding or any(e.kind == "holding" for e in analysis.evasions)
    promised = promised_records(answer.answer)
    writes = any(r.what == "letter" for r in promised)  # "I will write": the letter is asked for, not the answer
    if holding and not writes and answered and answer.answer.strip() and holding_is_stale(answer, today) and (extras is None or "holding_reply" in extras):
        # The substantive answer came after the holding reply: its window starts on the holding date.
        after = after_answer(answered, today)
        context: dict[str, str | None] = {"member": member, "answered": words_of_date(answered)}
        context.update(window_words(after, opening))
        items.append(Item(render_template("points/holding_reply.txt.j2", context), "holding_reply", after,
                          [], lead=True))
    for record in promised:
        kind = "promised_letter" if record.what == "letter" else "library_copy"
        if any(i.kind == kind for i in items) or (extras is not None and kind not in extras):
            continue
        if kind == "library_copy" and (writes or already_in_library(record.sentence)):
            continue  # the letter item asks for the copy placed in the Library; a speech there is published
        writer = record.writer or (answer.answerer.name if answer.answerer and answer.answerer.name
                                   else "the Minister")
        # The letter the answer promised follows it: a window ending on the answer's date would exclude it.
        promised_after: Window | None = after_answer(answered, today) if answered and kind == "promised_letter" \
            else None
        context = {"writer": writer, "member": member, "answered": words_of_date(answered) if answered else None,
                   "what": record.deposited}
        context.update(window_words(promised_after, opening))
        text = render_template(f"points/{kind}.txt.j2", context)
        items.append(Item(text, kind, promised_after, [], lead=True))
    for p in points:
        if p.id in used:
            continue
        organisation = dodged_organisation(p, answer.answer, answer.question) if p.kind in ("actions", "assessment") else None
        if organisation:
            dodged, topic = organisation, _topic(p, answer)
            items.append(_dodged_meetings(p, organisation, topic, authority, shared, opening))
            used.add(p.id)
            reply_to = next((q for q in points if q.source == "answer" and q.kind == "correspondence"
                             and q.id not in used and _INDUSTRY.search(q.text)), None)
            if reply_to is not None:
                items.append(_dodged_responses(p, reply_to, organisation, authority, answer, shared, opening))
                used.add(reply_to.id)
            continue
        used.add(p.id)
        # A part that sets no period of its own ("how many such tests were positive") shares the one before.
        inherited = ((last_own.window if last_own is not None else for_all) if p.source == "question"
                     and p.kind in ("statistics", "spending") else None)
        if split_by and p.source == "question" and p.kind in ("statistics", "spending") and (
                not p.breakdown or p.breakdown in p.text):
            p = replace(p, breakdown=split_by)  # "for each region …, how many": every count's breakdown
        cut = p.id == last_part or _in_tail(p, tail)
        if p.id == last_part and (whole := _before_cut(p.text)) is not None:
            p, cut = replace(p, text=whole), False
        item = build_item(p, analysis, authority=authority, house=answer.house, answered=reference,
                          shared=shared, advice=advice, opening=opening, inherited=inherited,
                          fallback_topic=heading_title(answer), tabled=answer.date_tabled, latest=latest,
                          asked=asked, answer_text=answer.answer, cut=cut,
                          today=today)  # cut off mid-word: the plain item, if any
        if item is None or any(i.text == item.text for i in items):
            continue  # broken beyond a plainer wording, or the same plain item again
        if item.own_period:
            last_own = item
        items.append(item)
    for item in items:
        item.text = with_years(item.text, reference)
    return Plan(items=items, opening=opening, dodged=dodged, topic=topic)


def lead_breakdown(lead_in: str, period: str | None) -> str | None:
    """"To ask the Secretary of State for Employment for each region and for Great Britain as a whole for each
    quarter since October 1989, how many …" → "by region and for Great Britain as a whole, and by quarter": the
    breakdown the question sets before its first part (its period aside), or None."""
    text = lead_in.replace(period, " ") if period else lead_in
    m = re.search(r"\bfor each (?:\w+ )?(?:region|quarter|year|month|nation|country|county|constituency|force|trust|"
                  r"local authority|area)\b.*$", text, re.IGNORECASE)
    if not m:
        return None
    phrase = re.sub(r"\s+", " ", m.group(0)).strip(" ,;")
    phrase = re.sub(r"^for each ", "by ", phrase, flags=re.IGNORECASE)
    return re.sub(r"\s+for each ", ", and by ", phrase)


def question_cut(answer: WrittenAnswer) -> bool:
    """The question itself was cut short (it ends mid-sentence), not only the answer of a clipped record."""
    return answer.clipped and not re.search(r"[.?!)\]]\s*$", answer.question)


def answer_tail(answer: WrittenAnswer) -> str | None:
    """The cut-short last sentence of a clipped answer ("… visited Israel and the Occupied Pa..."), else None."""
    text = answer.answer.rstrip()
    if not answer.clipped or not text.endswith(("...", "…")):
        return None
    return re.split(r"(?<=[.;!?])\s*(?=[A-Z])", text.rstrip(".… "))[-1]


# the phrase a cut question's last words began ("… turned down employment opportunities due to the tapering")
_LAST_PHRASE = re.compile(r"\s(?:due to|because of|as a result of|following|in|on|for|by|under|with|from|to|at|"
                          r"since|between|during|including|through|after|before)\s(?P<tail>[^,;()]*)$")


def _before_cut(text: str) -> str | None:
    """A question part cut mid-phrase by the API's list, without that last phrase; None when what is lost may
    name a place, a body or a date (a capital or a digit: the request would widen), or too little is left."""
    m = _LAST_PHRASE.search(text)
    if m is None or re.search(r"[A-Z0-9]", m["tail"]) or len(text[:m.start()].split()) < 8:
        return None
    return text[:m.start()].rstrip(" ,")


def _in_tail(point: Point, tail: str | None) -> bool:
    head = clean_point_text(point.text)[:40]
    return bool(tail) and point.source == "answer" and bool(head) and head in (tail or "")


def _dodged_meetings(point: Point, organisation: str, topic: str | None, authority: str, shared: Window | None,
                     opening: Window | None) -> Item:
    if shared is None:
        raise AnswerDateUnknown()
    context = {"authority": the(authority), "organisation": organisation,
               "topic": topic or "the subject of the written question", "ministerial": has_ministers(authority)}
    context.update(window_words(shared, opening))
    return Item(render_template("points/dodged_meetings.txt.j2", context), "dodged_meetings", shared,
                [point.id], lead=True)


def _dodged_responses(asked: Point, point: Point, organisation: str, authority: str, answer: WrittenAnswer,
                      shared: Window | None, opening: Window | None) -> Item:
    subject = subject_of_point(point.evidence or point.text, source="answer", kind=point.kind,
                               house=answer.house, evidence=point.evidence)
    what = subject.phrase if not subject.quoted else "what the answer says was asked of industry"
    what = re.sub(r"^(?:the |an? )?", "the ", what)
    context = {"authority": the(authority), "organisation": organisation, "subject": what}
    context.update(window_words(shared, opening))
    text = render_template("points/dodged_responses.txt.j2", context)
    if item_problems(text):
        context["subject"] = "the demands the answer says were made of industry"
        text = render_template("points/dodged_responses.txt.j2", context)
    return Item(text, "dodged_responses", shared, [asked.id, point.id], lead=True)
