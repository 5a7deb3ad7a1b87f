"""Hypothesis strategies and a sample draft for the drafts tests."""

from __future__ import annotations

from datetime import UTC, date, datetime

from hypothesis import strategies as st

from foi_helper.drafts import EVENT_KINDS, Draft, Event
from foi_helper.model import Letter, LintWarning, Match, Member, WrittenAnswer

# Texts that broke TOML writers somewhere: quote runs, backslashes before newlines, CR LF, NUL, DEL, C1
# controls, line and paragraph separators, a BOM, emoji, £, and TOML syntax inside a string.
TRICKY = [
    '"""', "'''", '""""""', '\\', '\\\n', 'a\\\r\nb', '\r\n', '\r', '\n', '\x00', '\x7f', '\x85', '\x1b[31m',
    '\u2028\u2029', '\ufeff', '😀 £300,000 — “quoted”', 'key = "value"\n[table]\n[[array]]', '\t  \n  \t',
    'ends with backslash\\', '"', "#comment", "\\u0041", "\\\\\\\"",
]

texts = st.one_of(
    st.text(max_size=120),
    st.sampled_from(TRICKY),
    st.lists(st.sampled_from(TRICKY) | st.text(max_size=8), max_size=12).map("".join),
)
optional_texts = st.none() | texts
optional_dates = st.none() | st.dates()
aware_times = st.datetimes(min_value=datetime(1970, 1, 1), max_value=datetime(2100, 1, 1)).map(
    lambda d: d.replace(tzinfo=UTC))
members = st.none() | st.builds(Member, name=optional_texts, party=optional_texts, role=optional_texts)

answers = st.builds(
    WrittenAnswer, source_format=texts, question=texts, answer=texts, title=optional_texts,
    department=optional_texts, house=optional_texts, uin=optional_texts, date_tabled=optional_dates,
    date_answered=optional_dates, url=optional_texts, holding=st.booleans(), asker=members, answerer=members,
    corrected=st.booleans(), grouped_uins=st.lists(texts, max_size=3),
    record_id=st.none() | st.integers(-(2**63), 2**63 - 1),
)
matches = st.builds(
    Match, id=st.integers(-(2**63), 2**63 - 1), uin=optional_texts, house=optional_texts, date_tabled=optional_dates,
    date_answered=optional_dates, department=optional_texts, heading=optional_texts, question=texts,
    score=st.floats(allow_nan=False), url=optional_texts, answer=optional_texts, clipped=st.booleans(),
    shared_terms=st.lists(texts, max_size=3),
)
letters = st.builds(
    Letter, title=texts, authority=optional_texts, law=st.sampled_from(["foia", "foisa", "eir"]), body=texts,
    points=st.lists(texts, max_size=4),
    warnings=st.lists(st.builds(LintWarning, code=texts, message=texts, rule=texts), max_size=2),
    authority_url_name=optional_texts,
    kind=st.sampled_from(["request", "clarification", "chaser", "internal_review", "complaint"]),
)
# Event dates are typed by a person: the store refuses years outside 1900-2200 (typed_dates.py).
events = st.builds(Event, kind=st.sampled_from(list(EVENT_KINDS)), on=st.dates(date(1900, 1, 1), date(2200, 12, 31)),
                   note=texts, channel=optional_texts)
drafts = st.builds(
    Draft, id=st.just("261128-sample-abcd"), created=aware_times, updated=aware_times, source_text=texts,
    source_origin=optional_texts, answer=answers, point_ids=st.lists(texts, max_size=5), letter=letters,
    cited=st.lists(matches, max_size=3), history=st.lists(events, max_size=6),
    follow_ups=st.lists(letters, max_size=2), copy_of=st.none() | st.just("261127-other-wxyz"),
)


def sample_draft(body: str = "Dear Home Office,\n\nPlease send the figures.\n\nYours faithfully,\nAda Lovelace",
                 law: str = "foia", now: datetime | None = None) -> Draft:
    answer = WrittenAnswer(
        "theyworkforyou", "To ask Her Majesty's Government what steps they are taking …",
        "The Government set out plans …", title="Paedophilia: Social Media", department="Home Office",
        house="Lords", date_answered=date(2019, 6, 24), asker=Member("Lord Moonie", "Labour"),
        answerer=Member("Baroness Williams of Trafford", role="The Minister of State"))
    letter = Letter("Online child sexual exploitation on Twitter: figures and funding", "Home Office", law, body,
                    points=["q2", "a1"])
    cited = [Match(1676644, "6036", "Commons", date(2023, 12, 8), date(2024, 5, 24), "Ministry of Justice",
                   "Child Sexual Abuse", "To ask …", 87.5, None)]
    return Draft.new("page text [HL1234]", "seed.txt", answer, ["q2", "a1"], letter, cited,
                     now=now or datetime(2026, 11, 2, 9, 30, tzinfo=UTC))
