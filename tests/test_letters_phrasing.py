"""Turning a point's words into the subject of a request for records (FOIA gives records, not answers)."""

from __future__ import annotations

import pytest

from foi_helper.letters.phrasing import claim_phrase, named_document, question_as_reported, subject_of_point


@pytest.mark.parametrize(
    ("text", "kind", "phrase"),
    [
        (
            "how many serving armed forces personnel have received disciplinary action",
            "statistics",
            "the number of serving armed forces personnel who have received disciplinary action",
        ),
        (
            "how many British nationals requested consular assistance in East Timor",
            "statistics",
            "the number of British nationals who requested consular assistance in East Timor",
        ),
        (
            "how much his Department has spent on external consultancy fees",
            "spending",
            "the amount the Department has spent on external consultancy fees",
        ),
        (
            "what recent assessment she has made of the impact on aid delivery",
            "assessment",
            "the impact on aid delivery",
        ),
        (
            "whether his Department conducted an equality impact assessment of his policies on net migration",
            "assessment",
            "the Department's policies on net migration",
        ),
        (
            "if she will make an estimate of the number of (a) overdoses",
            "statistics",
            "the number of overdoses",
        ),
        (
            "whether her Department holds data on the number of community brass bands",
            "statistics",
            "the number of community brass bands",
        ),
        (
            "what steps he is taking to help reduce inequalities of care",
            "actions",
            "steps taken or planned to help reduce inequalities of care",
        ),
        (
            "what recent discussions he has had with his counterpart in Egypt",
            "meetings",
            "the Minister's counterpart in Egypt",
        ),
        (
            "what her planned timeline is for responding to the report",
            "timetable",
            "the timetable for responding to the report",
        ),
        (
            "what the average business rates charge was for hereditaments",
            "statistics",
            "the average business rates charge for hereditaments",
        ),
        (
            "for what reason his Department has not issued the Code of Practice",
            "reasons",
            "the Department has not issued the Code of Practice",
        ),
        (
            "if he will place in the Library a copy of the Income and Expenditure Statement",
            "documents",
            "the Income and Expenditure Statement",
        ),
        (
            "whether the US military notifies UK authorities of the cargo",
            "decision",
            "whether the US military notifies UK authorities of the cargo",
        ),
        (
            "what proportion of new employees in his Department were women in 2022",
            "statistics",
            "the proportion of new employees in the Department who were women in 2022",
        ),
        (
            "what is the total value of expense claims his Department processed",
            "statistics",
            "the total value of expense claims the Department processed",
        ),
        (
            "what is his planned timetable for the consultation on subdividing houses",
            "timetable",
            "the timetable for the consultation on subdividing houses",
        ),
        (
            "what guidance her Department issues to schools on legionella",
            "documents",
            "the guidance the Department issues to schools on legionella",
        ),
        (
            "how many written questions to his Department remained unanswered when Parliament prorogued",
            "statistics",
            "the number of written questions to the Department that remained unanswered when Parliament prorogued",
        ),
        (
            "if he will make representations to the Israeli Government on protecting children",
            "correspondence",
            "representations made to the Israeli Government on protecting children",
        ),
    ],
)
def test_question_points_become_things_to_ask_for(text: str, kind: str, phrase: str) -> None:
    subject = subject_of_point(text, source="question", kind=kind, house="Commons")
    assert (subject.phrase, subject.quoted) == (phrase, False)


@pytest.mark.parametrize(
    ("text", "kind", "phrase", "as_kind"),
    [
        (
            "if he will list the applicants for the Darwin Extra funding",
            "decision",
            "the applicants for the Darwin Extra funding",
            "other",
        ),
        (
            "if she will respond to the letter from the Senior Coroner of 23 November 2023",
            "documents",
            "the letter from the Senior Coroner of 23 November 2023",
            "correspondence",
        ),
        (
            "whether her Department is taking steps to support volunteering",
            "decision",
            "steps taken or planned to support volunteering",
            "actions",
        ),
    ],
)
def test_requests_in_disguise_go_to_the_template_that_fits(
    text: str, kind: str, phrase: str, as_kind: str
) -> None:
    subject = subject_of_point(text, source="question", kind=kind, house="Commons")
    assert (subject.phrase, subject.as_kind) == (phrase, as_kind)


def test_lords_questions_ask_the_government() -> None:
    subject = subject_of_point(
        "what assessment they have made of the cost of (a) heating",
        source="question",
        kind="assessment",
        house="Lords",
    )
    assert subject.phrase == "the cost of heating"


def test_unmatched_clauses_are_quoted_not_bent() -> None:
    subject = subject_of_point(
        "who the members of the taskforce are", source="question", kind="other", house=None
    )
    assert subject.quoted and subject.phrase == "who the members of the taskforce are"


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        (
            (
                "The Home Secretary set out five key demands of industry at his speech at the NSPCC on 3 September, "
                "including stopping online grooming"
            ),
            "five key demands of industry set out by the Home Secretary at his speech at the NSPCC on 3 September",
        ),
        (
            "in November the Home Secretary co-hosted the Microsoft-led Hackathon in the US, where he met industry",
            "the Microsoft-led Hackathon co-hosted by the Home Secretary in the US in November",
        ),
        (
            "The Government will publish interim codes of practice later this year",
            "interim codes of practice",
        ),
        (
            "My Department is developing safety guidance for users of e-scooters and will publish this in due course",
            "safety guidance for users of e-scooters",
        ),
        (
            "The Secretary of State recently visited the Women’s Aid Federation NI in Belfast, to hear about it",
            "the visit by the Secretary of State to the Women’s Aid Federation NI in Belfast",
        ),
        ("The report was published on 3 March", "the report published on 3 March"),
    ],
)
def test_claims_in_the_answer_name_the_thing(sentence: str, phrase: str) -> None:
    assert claim_phrase(sentence) == phrase


def test_claims_that_name_nothing_are_left_alone() -> None:
    assert claim_phrase("We wrote to all local authorities in March 2024") is None


def test_sums_keep_decimals_and_stop_at_the_clause() -> None:
    for text, phrase in [
        ("£500 million in 2019 to £1.5 billion in 2025", "£500 million in 2019 to £1.5 billion in 2025"),
        ("£50.3 million a year for 13 years and will continue to do so", "£50.3 million a year for 13 years"),
        (
            "an additional £300,000 to take forward new technological innovations",
            "the additional £300,000 to take forward new technological innovations",
        ),
    ]:
        assert subject_of_point(text, source="answer", kind="spending", house=None).phrase == phrase


def test_named_documents() -> None:
    assert (
        named_document("There is provision within the Army’s Capability Investment Plan (CIP) for 20 years")
        == "the Army’s Capability Investment Plan (CIP)"
    )
    assert (
        named_document("The Post Implementation Review highlighted that the measures work")
        == "the Post Implementation Review"
    )
    assert named_document("we keep this under review") is None


def test_question_reported_with_its_addressee() -> None:
    assert question_as_reported(
        "To ask the Secretary of State for Work and Pensions, what recent assessment he has made of the cost."
    ) == ("the Secretary of State for Work and Pensions", "what recent assessment he has made of the cost")
    assert question_as_reported("What is the cost?") is None


def test_promised_step_names_the_step_and_its_vague_time() -> None:
    from foi_helper.letters.phrasing import promised_step

    assert promised_step("The Government has previously published several lists setting out those community "
                         "diagnostic centres (CDCs) that are currently operational across England and intends to "
                         "update the latest published list in due course.") == (
        "updating the latest published list", "in due course")
    assert promised_step("We will announce shortly how we intend to meet the intentions of the manifesto—achieving "
                         "value for money for the taxpayer.") == (
        "announcing how the Department intends to meet the intentions of the manifesto", "shortly")
    assert promised_step("We will publish the strategy in due course, and will keep the House updated.") == (
        "publishing the strategy", "in due course")
    # a pronoun, a passive or an unknown verb: no phrase (the sentence is quoted whole instead)
    assert promised_step("We will set out more detail on this shortly.") is None
    assert promised_step("The report will be published in due course.") is None
    assert promised_step("We will endeavour to reply soon.") is None


def test_conditions_shared_by_items_are_said_once() -> None:
    from foi_helper.letters.phrasing import hoist_conditions

    held = "I ask only for figures already held, in whatever form you hold them; not for a new count."
    items = [f"Any figure of the number of beds. {held}", "Any minutes of the board.", f"Any figure of staff. {held}"]
    out, notes = hoist_conditions(items)
    assert out == ["Any figure of the number of beds.", "Any minutes of the board.", "Any figure of staff."]
    assert notes == [f"In items 1 and 3, {held}"]
    # every item: said once without naming them; said once in one item: left where it is
    assert hoist_conditions([f"A. {held}", f"B. {held}"]) == (["A.", "B."], [held])
    assert hoist_conditions([f"A. {held}", "B."]) == ([f"A. {held}", "B."], [])


def test_the_questions_department_is_named_in_items() -> None:
    from foi_helper.letters.phrasing import name_the_department

    assert name_the_department("the amount the Department spent on campaigns", "the Scotland Office") == (
        "the amount the Scotland Office spent on campaigns")
    assert name_the_department("returns to the Department for Education", "HM Treasury") == (
        "returns to the Department for Education")


@pytest.mark.parametrize(
    ("text", "kind", "phrase"),
    [
        ("how many times her Department has recorded an asylum claimant's self-declared age as their official age",
         "statistics", ("the number of times the Department has recorded an asylum claimant's self-declared age as "
         "their official age")),
        ("how many unprocessed probate applications there are in (a) North east Somerset and (b) England",
         "statistics", "the number of unprocessed probate applications in (a) North east Somerset and (b) England"),
        ("what progress her Department is making with the sale of the Tote", "actions",
         "progress on the sale of the Tote"),
    ],
)
def test_question_clauses_become_noun_phrases(text: str, kind: str, phrase: str) -> None:
    assert subject_of_point(text, source="question", kind=kind, house="Commons", evidence=None).phrase == phrase


@pytest.mark.parametrize(
    ("text", "kind", "phrase"),
    [
        ("what information the Secretary of State has on the numbers of dependants of those claiming income support",
         "statistics", "the numbers of dependants of those claiming income support"),
        ("what percentage of contracts for patient administration systems have been awarded to ICL", "statistics",
         "the percentage of contracts for patient administration systems that have been awarded to ICL"),
        ("whether the Secretary of State will estimate the number of young people who have left the UK to fight",
         "assessment", "the number of young people who have left the UK to fight"),
        ("what recent progress the Foreign and Commonwealth Office has made in increasing UK exports overseas",
         "actions", "progress on increasing UK exports overseas"),
        ("what contingency preparations the Wales Office made for the possibility of a general election", "other",
         "the contingency preparations the Wales Office made for the possibility of a general election"),
        ("what action is being considered by the Department of the Environment to encourage returnable containers",
         "actions", ("the action being considered by the Department of the Environment to encourage returnable "
         "containers")),
        ("what representations the Secretary of State has had from the National Rivers Authority over its funding",
         "correspondence", "representations received from the National Rivers Authority over its funding"),
        ("whether the Secretary of State has an estimate of the delay in payment of benefits", "assessment",
         "the delay in payment of benefits"),
        ("how much money his Department has spent on chartering aircraft", "spending",
         "the amount of money the Department has spent on chartering aircraft"),
    ],
)
def test_more_question_forms_become_noun_phrases_not_quotes(text: str, kind: str, phrase: str) -> None:
    got = subject_of_point(text, source="question", kind=kind, house="Commons", evidence=None)
    assert got.phrase == phrase and not got.quoted


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # verbs the -ed rule does not know
        ("how many people paid late payment interest to HMRC in each year since 2020",
         "the number of people who paid late payment interest to HMRC in each year since 2020"),
        ("how many such meetings took place", "the number of such meetings that took place"),
        ("how many staff work on the Help to Buy Customer Service team",
         "the number of staff who work on the Help to Buy Customer Service team"),
        # the clause's own subject ("each of the sponsors … sponsored"): the counted things are its object
        (("how many (a) workers and (b) temporary workers each of the sponsors on the register of licensed sponsors "
         "sponsored in each year"),
         ("the number of (a) workers and (b) temporary workers sponsored by each of the sponsors on the register of "
         "licensed sponsors in each year")),
        ("how many prisoners each prison released early since 2020",
         "the number of prisoners released early by each prison since 2020"),
        # a participle is not the clause's verb
        ("how many referrals made to mental health services received a diagnosis",
         "the number of referrals made to mental health services that received a diagnosis"),
        ("what the total value of those penalties is", "the total value of those penalties"),
        ("what the percentage change in station staffing levels has been over that period",
         "the percentage change in station staffing levels over that period"),
        ("what the average time taken to process an application for a visitor visa",
         "the average time taken to process an application for a visitor visa"),
    ],
)
def test_counts_with_irregular_verbs_and_their_own_subjects_become_noun_phrases(text: str, phrase: str) -> None:
    got = subject_of_point(text, source="question", kind="statistics", house="Commons", evidence=None)
    assert got.phrase == phrase and not got.quoted


def test_a_nation_the_answer_passes_on_is_not_asked_of_this_body() -> None:
    from foi_helper.letters.phrasing import without_passed_nations

    wales = "Information for Wales is the responsibility of my right hon. Friend the Secretary of State for Wales."
    assert without_passed_nations("income to each local authority in England and Wales", wales) == (
        "income to each local authority in England")
    scotland = "Figures for Scotland are a matter for the Scottish Government."
    assert without_passed_nations("claimants in Great Britain", scotland) == "claimants in England and Wales"
    assert without_passed_nations("claimants in England and Wales", "No figures are held.") == (
        "claimants in England and Wales")


def test_a_promise_to_publish_a_document_keeps_gov_uk_whole_and_asks_for_the_document() -> None:
    from foi_helper.letters.phrasing import promised_subject

    said = ("Yes. The department will publish the submission relating to the approval of Emily Middleton's "
            "appointment in due course on the department’s GOV.uk pages in response to a Freedom of Information "
            "request.")
    subject = promised_subject(said.split("Yes. ")[1])
    assert subject is not None and "GOV.uk pages" in subject.phrase  # not cut at "GOV"
    assert subject.promised_copy == "the submission relating to the approval of Emily Middleton's appointment"
    assert subject.promised_when == "in due course"


def test_a_local_part_the_answer_says_is_not_held_below_national_level_is_dropped() -> None:
    from foi_helper.letters.phrasing import without_unavailable_levels

    answer = "Management Information is published in Table 5. Data below national level is not available."
    asked = "the number of unprocessed probate applications in (a) North east Somerset and Hanham constituency and (b) England"
    assert without_unavailable_levels(asked, answer) == "the number of unprocessed probate applications in England"
    assert without_unavailable_levels(asked, "No figures are held.") == asked


def test_a_bare_promise_names_no_step() -> None:
    from foi_helper.letters.phrasing import promised_step

    assert promised_step("The Minister is responsible for policy and will update in due course.") is None
    assert promised_step("We will publish the strategy next year.") == ("publishing the strategy", "next year")


def test_counted_people_take_who_and_counted_things_that() -> None:
    from foi_helper.letters.phrasing import subject_of_point

    people = subject_of_point("how many individuals have been subject to sanctions", source="question",
                              kind="statistics", house="Commons")
    assert people.phrase == "the number of individuals who have been subject to sanctions"
    things = subject_of_point("how many incidents of crime against patients and staff have taken place",
                              source="question", kind="statistics", house="Commons")
    assert things.phrase.startswith("the number of incidents of crime against patients and staff that have")


@pytest.mark.parametrize(("text", "expected"), [
    ("how many youth hubs South Shropshire constituency will receive from the plan",
     "the number of youth hubs that South Shropshire constituency will receive from the plan"),
    ("how many meetings officials from their Department have attended on the national conversation",
     "the number of meetings that officials from the Department have attended on the national conversation"),
    ("how many prisoners Ministers have released early", "the number of prisoners that Ministers have released early"),
    ("how many schools in England have reinforced concrete", "the number of schools in England that have reinforced concrete"),
])
def test_a_counted_clause_with_its_own_subject_keeps_it(text: str, expected: str) -> None:
    from foi_helper.letters.phrasing import subject_of_point

    assert subject_of_point(text, source="question", kind="statistics", house="Commons").phrase == expected


def test_how_many_and_what_proportion_of_people_are() -> None:
    from foi_helper.letters.phrasing import subject_of_point

    got = subject_of_point("how many and what proportion of staff at the Institute for Apprenticeships are "
                           "apprentices", source="question", kind="statistics", house="Commons")
    assert got.phrase == "the number and proportion of staff at the Institute for Apprenticeships who are apprentices"


def test_a_ministers_visit_with_talks_is_named_as_the_visit_and_the_talks() -> None:
    from foi_helper.letters.phrasing import subject_of_point

    got = subject_of_point("I [Minister Rutley] visited Peru in October and held discussions with senior "
                           "representatives of the Peruvian Government", source="answer", kind="meetings",
                           house="Commons")
    assert got.phrase == ("the visit by Minister Rutley to Peru in October, and the discussions held with senior "
                          "representatives of the Peruvian Government")


def test_a_pronoun_before_an_adverb_is_named() -> None:
    from foi_helper.letters.phrasing import replace_pronouns

    assert replace_pronouns("when he next plans to discuss drugs in prisons", "Commons") == (
        "when the Secretary of State next plans to discuss drugs in prisons")
