"""Composing the request: the seed letter of docs/law.md, and each rule of docs/law.md that shapes it."""

from __future__ import annotations

import re
from datetime import date

import pytest

from foi_helper.errors import LetterError
from foi_helper.letters import compose_letter, lint
from foi_helper.model import Analysis, Evasion, Fix, Match, Member, Point, Reference, Requester, WrittenAnswer

TODAY = date(2026, 11, 28)
ALEX = Requester(name="Alex Example", email="alex@example.org")
SENTENCES = {
    "money": "In June the Home Secretary also announced an additional £300,000 to take forward new technological "
    "innovations to target livestreaming of child abuse.",
    "tool": "A prototype tool was developed at the Hackathon that can be used to automatically flag potential "
    "conversations taking place between online groomers and children, which will be licensed free of "
    "charge to technology companies worldwide.",
    "codes": "The Government will publish interim codes of practice providing guidance about tackling terrorist "
    "activity and online CSEA later this year",
    "demands": "The Home Secretary set out five key demands of industry at his speech at the NSPCC on 3 September, "
    "including stopping online grooming and live-streaming of abuse.",
    "hackathon": "As part of this commitment to protect children from online harms, in November the Home Secretary "
    "co-hosted the Microsoft-led Hackathon in the US, where he met with leading industry stakeholders.",
}


def seed_answer(**changes: object) -> WrittenAnswer:
    """The seed written answer as the reading stage gives it (issue 3, docs/architecture.md)."""
    answer = WrittenAnswer(
        source_format="theyworkforyou",
        question="To ask Her Majesty's Government what steps they are taking, or intend to take, to address the "
        "number of paedophiles operating on Twitter and other social media platforms.",
        answer=" ".join(SENTENCES.values()),
        title="Paedophilia: Social Media",
        department="Home Office",
        house="Lords",
        date_answered=date(2019, 6, 24),
        asker=Member("Lord Moonie", "Labour"),
        answerer=Member("Baroness Williams of Trafford", None, "The Minister of State, Home Department"),
    )
    for key, value in changes.items():
        setattr(answer, key, value)
    return answer


def seed_analysis() -> Analysis:
    """The points issue 3 expects for the seed."""
    s = SENTENCES
    return Analysis(
        points=[
            Point("q1", "question", "actions", "partial", "what steps they are taking, or intend to take"),
            Point(
                "q2",
                "question",
                "statistics",
                "unanswered",
                "the number of paedophiles operating on Twitter and other social media platforms",
            ),
            Point(
                "a1",
                "answer",
                "spending",
                "follow_up",
                "an additional £300,000 to take forward new technological innovations",
                s["money"],
            ),
            Point(
                "a2",
                "answer",
                "documents",
                "follow_up",
                "a prototype tool developed at the Hackathon",
                s["tool"],
            ),
            Point(
                "a3",
                "answer",
                "timetable",
                "follow_up",
                "interim codes of practice providing guidance about "
                "tackling terrorist activity and online CSEA later this year",
                s["codes"],
            ),
            Point(
                "a4", "answer", "correspondence", "follow_up", "five key demands of industry", s["demands"]
            ),
            Point(
                "a5",
                "answer",
                "meetings",
                "follow_up",
                "the Microsoft-led Hackathon in the US",
                s["hackathon"],
            ),
        ],
        evasions=[Evasion("in_due_course", s["codes"])],
    )


def items_of(body: str) -> list[str]:
    return re.findall(r"^\d+\. (.+)$", body, flags=re.MULTILINE)


@pytest.fixture
def seed_letter() -> object:
    return compose_letter(seed_answer(), seed_analysis(), requester=ALEX, today=TODAY)


def test_seed_letter_is_the_one_we_aim_for(seed_letter) -> None:  # type: ignore[no-untyped-def]
    body = seed_letter.body
    assert body.startswith("Dear Home Office,\n\n")
    opening = body.split("\n\n")[1]
    for fact in (
        "24 June 2019",
        "Lord Moonie",
        "Baroness Williams of Trafford",
        '"Paedophilia: Social Media"',
        "Freedom of Information Act 2000",
        "recorded information",
        "order of priority",
    ):
        assert fact in opening
    # The window is the answer's own: its earliest event (the speech of 3 September 2018) to the end of what it
    # promises ("later this year"), stated once in the opening.
    assert "for 3 September 2018 to 31 December 2019" in opening
    assert "said nothing about Twitter in particular" in opening
    items = items_of(body)
    assert len(items) == 5
    meetings, replies, figures, money, tool = items  # the dodge first, side items after (docs/law.md)
    assert meetings.startswith("A list (date, attendees by job title, subject) of meetings and calls")
    assert "Twitter" in meetings and "readout" in meetings
    # "senior officials" defined; ministers' meetings are published, so their readouts alone (s.21)
    assert "officials in the Senior Civil Service" in meetings and "transparency returns" in meetings
    assert "searching first the private office of the minister who answered" in " ".join(body.split())
    assert "Twitter sent in response to the five key demands" in replies
    assert "3 September 2018" in replies  # the answer's "3 September", given its year
    assert "number of paedophiles" in figures and "by platform, in particular for Twitter" in figures
    assert "for 2018 and 2019" in figures and "not for a new count" in figures
    assert "including what a report or query of your existing records gives" in figures  # extraction is held
    assert "£300,000" in money and "recipient, amount, date awarded" in money
    assert "prototype tool" in tool and "licence agreement" in tool and "by 31 December 2019" in tool
    for item in items:
        assert "date of this request" not in item and "1 January 2018" not in item
    assert "Job titles will do" in body  # s.40: names of junior officials waived
    assert "by email, with any figures as a spreadsheet" in body  # s.11
    assert "section 16" in body and "cost limit" in body  # s.12, s.16
    assert "release the remainder with redactions" in body and "exemption" in body  # s.17
    assert body.endswith("Yours faithfully,\n\nAlex Example\n")
    assert seed_letter.points == ["q1", "a4", "q2", "a1", "a2"]
    assert seed_letter.authority == "Home Office" and seed_letter.authority_url_name == "home_office"
    assert seed_letter.law == "foia"


def test_seed_letter_passes_its_own_checks(seed_letter) -> None:  # type: ignore[no-untyped-def]
    assert lint(seed_letter, ALEX) == []
    assert lint(seed_letter, ALEX, "wdtk") == []


def test_title_names_subject_and_what_is_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    import foi_helper.analysis

    monkeypatch.setattr(
        foi_helper.analysis, "subject_of", lambda a: "the number of paedophiles on Twitter", raising=False
    )
    letter = compose_letter(seed_answer(), seed_analysis(), requester=ALEX, today=TODAY)
    assert letter.title == ("Home Office engagement with Twitter: meetings, correspondence and figures, September 2018 "
                            "to December 2019")


def test_title_falls_back_to_the_heading(monkeypatch: pytest.MonkeyPatch) -> None:
    import foi_helper.analysis

    monkeypatch.delattr(foi_helper.analysis, "subject_of", raising=False)
    letter = compose_letter(seed_answer(), seed_analysis(), requester=ALEX, today=TODAY)
    assert letter.title == ("Home Office engagement with Twitter: meetings, correspondence and figures, September 2018 "
                            "to December 2019")


def test_left_out_points_are_reported(seed_letter) -> None:  # type: ignore[no-untyped-def]
    notes = {w.message.split()[0]: w for w in seed_letter.warnings if w.code == "left-out"}
    assert set(notes) == {"a3", "a5"}  # the codes' timetable and the Hackathon: side items, after the dodge
    assert notes["a5"].rule == "FOIA s.12"


def test_chosen_points_keep_the_users_order() -> None:
    letter = compose_letter(
        seed_answer(), seed_analysis(), requester=ALEX, today=TODAY, point_ids=["q2", "a5"]
    )
    items = items_of(letter.body)
    assert len(items) == 2 and "paedophiles" in items[0] and "Hackathon" in items[1]
    assert letter.points == ["q2", "a5"]


def test_unknown_point_is_a_user_error() -> None:
    with pytest.raises(LetterError, match="No point q9"):
        compose_letter(seed_answer(), seed_analysis(), requester=ALEX, today=TODAY, point_ids=["q9"])


def test_no_open_point_is_a_user_error() -> None:
    analysis = Analysis(points=[Point("q1", "question", "statistics", "answered", "the number of X")])
    with pytest.raises(LetterError, match="gave what the question asked for, so no open point is left"):
        compose_letter(seed_answer(), analysis, requester=ALEX, today=TODAY)


def test_disproportionate_cost_narrows_to_the_latest_year() -> None:
    analysis = Analysis(
        points=[
            Point(
                "q1",
                "question",
                "statistics",
                "unanswered",
                "how many prosecutions there were in each region",
            )
        ],
        evasions=[
            Evasion(
                "disproportionate_cost", "This information could be provided only at disproportionate cost."
            )
        ],
    )
    body = compose_letter(seed_answer(), analysis, requester=ALEX, today=TODAY).body
    item = items_of(body)[0]
    # Narrowed to the latest complete year before the answer (the PQ threshold is above the FOI cost limit),
    # stated once in the opening since it is the only item.
    assert "the number of prosecutions" in item and "recorded information, for 2018." in body
    assert "one region or unit, with your advice under section 16" in item


def test_not_held_centrally_reaches_local_records() -> None:
    analysis = Analysis(
        points=[Point("q1", "question", "statistics", "unanswered", "how many offenders were cautioned")],
        evasions=[Evasion("not_held", "This information is not held centrally.")],
    )
    item = items_of(compose_letter(seed_answer(), analysis, requester=ALEX, today=TODAY).body)[0]
    assert "not only centrally" in item


def test_published_answers_are_cited_and_excluded() -> None:
    related = [
        Match(1, "HL1234", "Lords", None, date(2019, 3, 5), "Home Office", "Social Media", "q", 80.0, None),
        Match(2, "6036", "Commons", None, date(2019, 5, 1), "Home Office", "Social Media", "q", 90.0, None),
        Match(3, "9999", "Commons", None, date(2027, 1, 1), "Home Office", "Later", "q", 95.0, None),
    ]
    analysis = seed_analysis()
    analysis.references.append(Reference("HL777", date(2019, 1, 10), "the answer of 10 January"))
    body = compose_letter(seed_answer(), analysis, requester=ALEX, today=TODAY, related=related).body
    assert (
        "I do not ask for information already published in the written answer to question HL777 "
        "(10 January 2019) and the related written answers to questions 6036 (1 May 2019) and HL1234 "
        "(5 March 2019)."
    ) in body
    assert "9999" not in body  # answered after today: not yet published


def test_date_window_is_overridable() -> None:
    body = compose_letter(
        seed_answer(),
        seed_analysis(),
        requester=ALEX,
        today=TODAY,
        date_from=date(2019, 1, 1),
        date_to=date(2019, 6, 24),
    ).body
    assert "1 January 2019 to 24 June 2019" in body and "1 January 2018" not in body


def test_scottish_authority_is_foisa() -> None:
    answer = seed_answer(department="Scottish Government", house=None)
    letter = compose_letter(answer, seed_analysis(), requester=ALEX, today=TODAY)
    assert letter.law == "foisa" and letter.body.startswith("Dear Scottish Government,")
    assert "Freedom of Information (Scotland) Act 2002" in letter.body and "section 15" in letter.body


def test_eir_letter_uses_regulations_wording() -> None:
    letter = compose_letter(seed_answer(), seed_analysis(), requester=ALEX, today=TODAY, law="eir")
    assert "Environmental Information Regulations 2004" in letter.body
    assert "regulation 9" in letter.body and "exception" in letter.body and "section 16" not in letter.body


def test_environmental_subject_offers_eir() -> None:
    answer = seed_answer(
        question="To ask the Secretary of State for Environment, Food and Rural Affairs, how many "
        "sewage discharges there were into rivers in 2023.",
        department="Department for Environment, Food and Rural Affairs",
        house="Commons",
    )
    analysis = Analysis(
        points=[
            Point(
                "q1",
                "question",
                "statistics",
                "unanswered",
                "how many sewage discharges there were into rivers in 2023",
            )
        ]
    )
    letter = compose_letter(answer, analysis, requester=ALEX, today=TODAY)
    # a question about sewage in rivers is environmental as a whole: the letter is under the EIR, FOIA offered
    assert "Under the Environmental Information Regulations 2004 I request" in " ".join(letter.body.split())
    assert "regulation 9" in letter.body and "section 16" not in letter.body
    assert any(w.code == "environmental" and w.fix == Fix("law", "foia") for w in letter.warnings)
    assert letter.body.startswith("Dear Department for Environment, Food and Rural Affairs,")
    chosen = compose_letter(answer, analysis, requester=ALEX, today=TODAY, law="foia")
    assert "Under the Freedom of Information Act 2000" in " ".join(chosen.body.split())
    # a question about something else whose answer mentions the environment keeps FOIA, with the EIR clause
    other = seed_answer(question="To ask the Secretary of State for Transport, how many staff work in her "
                        "Department.", answer="Staff work on transport and emissions.",
                        department="Department for Transport", house="Commons")
    letter = compose_letter(other, analysis, requester=ALEX, today=TODAY)
    assert "Freedom of Information Act 2000" in letter.body
    assert any(w.code == "environmental" and w.fix == Fix("law", "eir") for w in letter.warnings)


def test_unknown_department_is_never_guessed() -> None:
    with pytest.raises(LetterError, match="authority"):
        compose_letter(seed_answer(department="Department for Magic"), seed_analysis(), requester=ALEX, today=TODAY)
    answer = seed_answer(department="Department for Science, Innovation and Technology")
    letter = compose_letter(
        answer,
        seed_analysis(),
        requester=ALEX,
        today=TODAY,
        authority="Department for Science, Innovation and Technology",
    )
    assert letter.body.startswith("Dear Department for Science, Innovation and Technology,")
    assert letter.authority_url_name is None


def test_no_name_leaves_a_placeholder_that_lint_flags() -> None:
    nobody = Requester()
    letter = compose_letter(seed_answer(), seed_analysis(), requester=nobody, today=TODAY)
    assert letter.body.endswith("Yours faithfully,\n\n[your name]\n")
    assert {w.code for w in lint(letter, nobody)} >= {"no-name", "no-address"}


@pytest.mark.parametrize(
    "kind",
    [
        "statistics",
        "spending",
        "documents",
        "correspondence",
        "meetings",
        "timetable",
        "assessment",
        "actions",
        "decision",
        "reasons",
        "other",
    ],
)
@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("question", "for what reason his Department has not published the report on road safety"),
        ("question", "whether she had discussions with the Mayor of London"),
        ("question", "how many road lighting schemes on motorways were switched off"),
        ("answer", "a review of the scheme, which will report later this year"),
    ],
)
def test_every_kind_asks_for_records_with_a_window(kind: str, source: str, text: str) -> None:
    analysis = Analysis(
        points=[Point("p1", source, kind, "unanswered" if source == "question" else "follow_up", text)]
    )
    letter = compose_letter(seed_answer(house="Commons"), analysis, requester=ALEX, today=TODAY)
    codes = {w.code for w in lint(letter, ALEX)}
    assert not codes & {"question", "opinion", "no-date-range", "sweeping"}, letter.body
    assert len(items_of(letter.body)) == 1


def test_policy_restated_asks_for_the_briefing_behind_the_answer() -> None:
    analysis = Analysis(
        points=[Point("q1", "question", "decision", "unanswered", "whether she will review the scheme")],
        evasions=[Evasion("policy_restated", "The Government remains committed to the scheme.")],
    )
    item = items_of(compose_letter(seed_answer(), analysis, requester=ALEX, today=TODAY).body)[0]
    assert "background note or briefing prepared for the answer" in item


def test_cross_reference_in_the_answer_is_cited_as_published() -> None:
    analysis = seed_analysis()
    analysis.evasions.append(
        Evasion(
            "refers_elsewhere",
            "I refer the noble Lord to the answer of 3 May 2019.",
            "HL15000",
            date(2019, 5, 3),
        )
    )
    body = compose_letter(seed_answer(), analysis, requester=ALEX, today=TODAY).body
    assert "written answer to question HL15000 (3 May 2019)" in body


def test_scottish_environmental_information_is_under_the_scottish_regulations() -> None:
    answer = seed_answer(
        department="Scottish Government",
        question="To ask the Scottish Government how many sewage discharges there were into rivers in 2023.",
    )
    analysis = Analysis(
        points=[
            Point(
                "q1",
                "question",
                "statistics",
                "unanswered",
                "how many sewage discharges there were into rivers in 2023",
            )
        ]
    )
    foisa = compose_letter(answer, analysis, requester=ALEX, today=TODAY)
    assert "Environmental Information (Scotland) Regulations 2004" in foisa.body
    eisr = compose_letter(answer, analysis, requester=ALEX, today=TODAY, law="eir")
    assert "Under the Environmental Information (Scotland) Regulations 2004 I request" in eisr.body


@pytest.mark.parametrize(
    ("changes", "opening"),
    [
        (
            {"answer": "", "date_answered": None, "date_tabled": date(2019, 6, 10)},
            "The Home Office has not yet answered Lord Moonie's written question",
        ),
        (
            {"holding": True, "date_answered": None, "date_tabled": date(2019, 6, 10)},
            "The Home Office has so far given only a holding answer to",
        ),
        ({"date_answered": None, "date_tabled": date(2019, 6, 10)},
         "The Home Office answered Lord Moonie's written question"),
    ],
)
def test_opening_when_the_answer_is_missing_or_holding(changes: dict[str, object], opening: str) -> None:
    body = compose_letter(seed_answer(**changes), seed_analysis(), requester=ALEX, today=TODAY).body
    assert body.split("\n\n")[1].startswith(opening)


def test_only_close_matches_from_the_same_body_are_cited() -> None:
    from foi_helper.letters.citations import citable_related

    def match(uin: str, score: float, department: str, answered: date | None) -> Match:
        return Match(1, uin, "Commons", None, answered, department, "Social Media", "q", score, None)

    related = [
        match("1", 92.0, "Home Office", date(2019, 3, 1)),
        match("2", 70.0, "Home Office", date(2019, 3, 1)),  # a loose match: likely another subject
        match("3", 95.0, "Department for Transport", date(2019, 3, 1)),  # another body's answer
        match("4", 95.0, "Home Office", None),  # not answered: nothing published
        match("5", 95.0, "Home Office", date(2027, 1, 1)),  # after today
    ]
    assert [m.uin for m in citable_related(seed_answer(), related, today=TODAY)] == ["1"]


def test_a_document_the_answer_cites_as_published_is_left_out() -> None:
    analysis = seed_analysis()
    analysis.points.append(
        Point(
            "a6",
            "answer",
            "documents",
            "follow_up",
            "the Online Harms White Paper",
            "The Government set out plans for tackling online harms in the Online Harms White Paper.",
        )
    )
    letter = compose_letter(seed_answer(), analysis, requester=ALEX, today=TODAY)
    assert "a6" not in letter.points and "White Paper" not in letter.body
    note = next(w for w in letter.warnings if w.message.startswith("a6"))
    assert note.rule == "FOIA s.21" and "Online Harms White Paper" in note.message
    chosen = compose_letter(seed_answer(), analysis, requester=ALEX, today=TODAY, point_ids=["a6"])
    assert "A copy of the Online Harms White Paper" in chosen.body


def test_a_single_item_request_has_the_cost_clause_for_one_item() -> None:
    body = compose_letter(seed_answer(), seed_analysis(), requester=ALEX, today=TODAY, point_ids=["q2"]).body
    assert "order of priority" not in body and "in the order above" not in body
    # figures sit with the teams that keep them, not with the minister's private office
    assert "send what can be provided within the limit, most recent first, and advise me under section 16" in body


def test_a_related_answer_years_after_the_letters_period_is_not_cited() -> None:
    # The seed's period ends in June 2019: a sibling of a few weeks later may publish what the records hold, one
    # of 2024 does not, and an officer reads its exclusion as confusion (a reviewer did).
    related = [
        Match(2, "6036", "Commons", None, date(2019, 7, 20), "Home Office", "Social Media", "q", 90.0, None),
        Match(4, "2225", "Commons", None, date(2024, 9, 4), "Home Office", "Social Media", "q", 95.0, None),
    ]
    body = compose_letter(seed_answer(), seed_analysis(), requester=ALEX, today=TODAY, related=related).body
    assert "6036 (20 July 2019)" in body
    assert "2225" not in body


def test_a_sibling_answered_with_the_answer_is_cited_whatever_the_period_asked_for() -> None:
    # a 2024 answer asking for 2022-23 figures: its sibling of the same day published figures for that year
    answer = seed_answer(question="To ask the Secretary of State for the Home Department, how many offenders were "
                         "cautioned in 2022-23.", date_answered=date(2024, 2, 1), date_tabled=date(2024, 1, 20))
    analysis = Analysis(points=[Point("q1", "question", "statistics", "unanswered",
                                      "how many offenders were cautioned in 2022-23")])
    related = [Match(2, "6036", "Commons", None, date(2024, 2, 1), "Home Office", "Social Media", "q", 90.0, None)]
    body = compose_letter(answer, analysis, requester=ALEX, today=TODAY, related=related).body
    assert "6036 (1 February 2024)" in body
