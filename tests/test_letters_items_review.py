"""Items an FOI officer reviewing real letters found weak: the plain fallback in place of a real item, a
timetable for what was already done, published material not excluded (s.21). Tested by the rule behind each."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from foi_helper.analysis import analyse
from foi_helper.letters import compose_letter
from foi_helper.model import Member, Requester, WrittenAnswer

ALEX = Requester(name="Alex Example", email="alex@example.org")
TODAY = date(2026, 12, 2)


def items(body: str) -> list[str]:
    return [" ".join(i.split()) for i in re.findall(r"^\d+\. (.+?)(?=\n\n)", body, flags=re.MULTILINE | re.DOTALL)]


def letter(question: str, answer: str, *, answered: date = date(2023, 12, 7), title: str | None = "Hedgehogs",
           department: str = "Department for Transport", clipped: bool = False) -> list[str]:
    wa = WrittenAnswer(source_format="api", question=question, answer=answer, title=title, department=department,
                       house="Commons", date_answered=answered, date_tabled=answered,
                       asker=Member(name="Jo Member"), answerer=Member(name="A Minister"), clipped=clipped)
    return items(compose_letter(wa, analyse(wa), requester=ALEX, today=TODAY).body)


def test_a_cut_answer_does_not_cut_the_whole_question() -> None:
    # The list endpoint cut the answer at 255 characters; the question is whole and ends with its full stop.
    answer = ("We are working with local highway authorities on wildlife crossings and verge management. The "
              "Department has funded research on road deaths of small mammals. The Secretary of State visited "
              "a hedgehog rescue centre in Devon and the Wildlife Trusts' offices in Newark and Sher...")
    got = letter("To ask the Secretary of State for Transport, what steps his Department is taking to reduce the "
                 "number of hedgehogs killed on roads.", answer, clipped=True)
    assert got and "hedgehogs killed on roads" in got[0]  # the question's own item, not the plain fallback
    assert not any("Sher" in i for i in got)  # the claim cut mid-word is not asked for


def test_the_fallback_names_the_question_file_not_records_held_on_a_heading() -> None:
    from foi_helper.letters.items import plain_item
    from foi_helper.model import Point

    point = Point("q1", "question", "actions", "partial", "what progress her Department is making with the Tote")
    text = plain_item(point, authority="Department for Culture, Media and Sport", window=None,
                      answered=date(2006, 10, 9), heading="Tote")
    assert "sets out the records held on" not in text and "held on Tote" not in text
    assert 'draft answer prepared for the answer of 9 October 2006 to this written question ("Tote")' in text


def test_when_a_letter_will_be_answered_asks_for_the_reply_and_its_tracking_not_a_timetable() -> None:
    question = ("To ask the Secretary of State for Work and Pensions, when he plans to respond to the email from "
                "the hon. Member for Newton Abbot sent on 24 July 2025.")
    sent = letter(question, "A reply was sent to the hon. Member by the Minister of State, on behalf of the "
                  "Secretary of State, on 17 September 2025.", answered=date(2025, 9, 19), title="Members: "
                  "Correspondence", department="Department for Work and Pensions")
    assert len(sent) == 1 and "timetable" not in sent[0] and "plans to respond" not in sent[0]
    assert sent[0].startswith("A copy of the reply sent on 17 September 2025 to the email from the hon. Member")
    assert "correspondence-tracking system" in sent[0]
    pending = letter(question, "A reply will be sent as soon as possible.", answered=date(2025, 9, 19),
                     title="Members: Correspondence", department="Department for Work and Pensions")
    assert pending and "correspondence-tracking system" in pending[0]
    # the reply came after the answer, if at all (both held-out reviewers): the entry now, the reply whenever sent
    assert "as it now stands" in pending[0], pending
    assert pending[0].endswith("and a copy of the reply, whenever it was sent.")


def test_data_on_gov_uk_and_a_speech_in_the_library_are_excluded_by_name() -> None:
    from foi_helper.letters.dodge import published_documents

    assert published_documents("The Department's travel data is published on Gov.uk and can be found here: "
                               "https://www.gov.uk/government/collections/dclg-ministerial-data") == [
        ("the Department's travel data published on GOV.UK "
         "(https://www.gov.uk/government/collections/dclg-ministerial-data)")]
    speech = ("In his speech to RUSI on 26 June this year (a copy of which is available in the Library of the "
              "House), the Defence Secretary made clear how we will continue to modernise our armed forces.")
    assert published_documents(speech, 2003) == ["the speech to RUSI on 26 June 2003"]
    got = letter("To ask the Secretary of State for Defence if he will make it his policy not to reduce the "
                 "strength of the Infantry.", speech, answered=date(2003, 10, 7), title="Armed Forces",
                 department="Ministry of Defence")
    assert not any("placed in the Library" in i for i in got)  # the speech is not asked for again


def test_a_promise_in_the_answer_is_put_as_its_step_not_dropped_for_the_fallback() -> None:
    got = letter("To ask the Secretary of State for Health and Social Care, when she plans to publish the "
                 "response to the consultation on tobacco vapes.",
                 "The department will provide a full response to the consultation in due course.",
                 title="Tobacco: Consultation", department="Department of Health and Social Care")
    assert any("of the planned dates (a timetable, project plan, planning grid entry, email or note) for providing "
               "a full response to the consultation, which the answer said would come in due course;" in i
               for i in got), got
    # a draft is asked for by what it is a draft of
    assert any("the most recent draft of the response held by" in i for i in got), got
    assert not any("the most recent draft held" in i for i in got), got


def test_a_promise_naming_no_step_is_left_out_beside_items_that_can_succeed() -> None:
    got = letter("To ask the Secretary of State for Housing, Communities and Local Government, what steps her "
                 "Department is taking to provide funding for homelessness services following the end of the "
                 "Rough Sleeping Initiative funding in April 2025.",
                 "The Deputy Prime Minister is responsible for cross-governmental coordination of policy to tackle "
                 "homelessness and rough sleeping and will update in due course.",
                 title="Homelessness: Finance", department="Ministry of Housing, Communities and Local Government")
    # "will update in due course" names no step: the steps asked for are the letter; no timetable is held for
    # such a promise (both reviewers: "not held")
    assert "steps taken or planned to provide funding for homelessness services" in got[0], got
    assert len(got) == 1, got
    # "will update the House" is no step either
    from foi_helper.letters.phrasing import promised_step
    assert promised_step("The Minister will update the House in due course.") is None


def test_data_asked_to_be_published_is_asked_for_as_held_not_as_a_copy() -> None:
    # Page 042: "the dates of and attendees at meetings" is data in diaries and notes, not a document to copy.
    got = letter("To ask the Secretary of State for Transport, if he will publish the (a) dates of and (b) "
                 "attendees at meetings held by Keith Williams as part of the Government Rail Review.",
                 "Yes; a list of Keith Williams' meetings with key stakeholders will be published in due course.",
                 answered=date(2019, 9, 9))
    assert got[0].startswith("The (a) dates of and (b) attendees at meetings held by Keith Williams")
    assert "diary entries, meeting notes or other records" in got[0]
    assert not any(i.startswith("A copy of the (a) dates") for i in got)


def test_the_opening_gives_the_question_s_number_once_and_no_item_does() -> None:
    wa = WrittenAnswer(source_format="api", question="To ask the Secretary of State for Transport, how many "
                       "railway bridges in England failed their last structural examination.",
                       answer="This information is not held centrally.", title="Railways: Bridges",
                       department="Department for Transport", house="Commons", date_answered=date(2024, 12, 2),
                       asker=Member(name="Jo Member"), uin="302803")
    body = compose_letter(wa, analyse(wa), requester=ALEX, today=TODAY).body
    assert body.count("302803") == 1 and '"Railways: Bridges" (UIN 302803)' in " ".join(body.split())


def test_the_title_names_what_is_asked_not_the_parts_the_answer_gave() -> None:
    # Page 033: the title listed the tanks and aircraft the answer counted, which the letter does not ask for.
    wa = WrittenAnswer(source_format="api", question="To ask the Secretary of State for Defence, whether he has made an "
                       "estimate of the number of Russian (a) main battle tanks, (b) helicopters and (c) "
                       "multiple-launch rocket systems destroyed in Ukraine since 24 February 2022.",
                       answer="We estimate that Russia has lost over 2,900 main battle tanks and 140 helicopters.",
                       title="Russia: Ukraine", department="Ministry of Defence", house="Commons",
                       date_answered=date(2024, 4, 26), asker=Member(name="Jo Member"))
    title = compose_letter(wa, analyse(wa), requester=ALEX, today=TODAY).title
    assert "multiple-launch rocket systems" in title and "tanks" not in title, title


def test_a_chemical_weapon_is_not_environmental_information() -> None:
    wa = WrittenAnswer(source_format="api", question="To ask Her Majesty's Government what assessment they have "
                       "made of the report on the use of chemical weapons in Douma.",
                       answer="A toxic chemical, likely molecular chlorine, was used as a weapon.",
                       title="Syria: Chemical Weapons", department="Foreign and Commonwealth Office", house="Lords",
                       date_answered=date(2019, 6, 17), asker=Member(name="Baroness Cox"))
    letter_ = compose_letter(wa, analyse(wa), requester=ALEX, today=TODAY)
    assert "Environmental Information Regulations" not in letter_.body
    assert not [w for w in letter_.warnings if w.code == "environmental"]


def test_old_hansard_s_per_cent_stop_is_dropped_and_a_portfolio_names_its_office() -> None:
    wa = WrittenAnswer(source_format="api", question="To ask the Minister for Women and Equalities how many "
                       "employers operated a policy of five per cent. random pay audits.",
                       answer="This information is not held.", title="Equal Pay", department="Women and Equalities",
                       house="Commons", date_answered=date(2024, 3, 21), asker=Member(name="Jo Member"))
    letter_ = compose_letter(wa, analyse(wa), requester=ALEX, today=TODAY)
    assert "per cent." not in letter_.body.split("Under the")[1] and "per cent." not in letter_.title
    assert " ".join(letter_.body.split()).startswith("Dear Government Equalities Office, On 21 March 2024 the "
                                                     "Government Equalities Office answered")


def test_a_range_s_end_gives_its_start_the_year_and_the_volume_is_a_figure() -> None:
    # Page 008: "(a) 1 January to 26 March 1994" became "1 January 1998 to 26 March 1994", and "what was the
    # volume of correspondence" asked for a list of letters about the volume.
    from foi_helper.analysis.kinds import kind_of
    from foi_helper.letters.windows import with_years

    assert with_years("(a) 1 January to 26 March 1994 and (b) 1 January to 26 March 1998", date(1998, 7, 13)) == (
        "(a) 1 January 1994 to 26 March 1994 and (b) 1 January 1998 to 26 March 1998")
    assert kind_of("what was the volume of correspondence sent to and received from hon. Members") == "statistics"


def test_the_latest_year_replaces_the_question_s_dated_periods_in_the_item() -> None:
    got = letter("To ask the Secretary of State for Foreign and Commonwealth Affairs what was the volume of "
                 "correspondence received from hon. Members in the periods (a) 1 January to 26 March 1994 and (b) 1 "
                 "January to 26 March 1998.", "Information for 1994 is not held centrally.",
                 answered=date(1998, 7, 13), department="Foreign and Commonwealth Office")
    assert got and not any("1994" in i or "1998" in i for i in got), got


def test_questions_to_the_deputy_prime_minister_of_2006_to_2015_go_to_the_cabinet_office() -> None:
    # Page 017 (held-out review): "To ask the Deputy Prime Minister" in February 2007 was the Cabinet Office's.
    wa = WrittenAnswer(source_format="api", question="To ask the Deputy Prime Minister how many letters to his "
                       "Department sent from hon. Members during Session 2005-06 remain unanswered, broken down by "
                       "those which are (a) one and (b) two months old.",
                       answer="The report for 2005 was published on 30 March 2006, Official Report, column 75WS.",
                       title="Correspondence", department="Deputy Prime Minister", house="Commons",
                       date_answered=date(2007, 2, 19), asker=Member(name="Jo Member"))
    made = compose_letter(wa, analyse(wa), requester=ALEX, today=TODAY)
    body = " ".join(made.body.split())
    assert made.authority == "Cabinet Office"
    assert "On 19 February 2007 the Deputy Prime Minister answered" in body
    assert "during Session 2005-06 that remain unanswered, broken down by those which are (a) one" in body
    assert "Official Report" not in body.split("Under the")[1]
    earlier = replace(wa, date_answered=date(2005, 2, 19))
    assert compose_letter(earlier, analyse(earlier), requester=ALEX, today=TODAY).authority != "Cabinet Office"


def test_a_table_s_unit_is_not_a_sum_to_ask_about() -> None:
    from foi_helper.letters.items import item_problems

    assert item_problems("The £000, either on a revenue or capital basis to organisations: for each grant, the "
                         "recipient and amount.")
    assert item_problems("The number of letters, broken down by those which that are (a) one and (b) two months old.")
    assert not item_problems("The £300,000 to take forward new technological innovations: for each grant, the "
                             "recipient and amount.")


def test_a_letter_quoted_in_an_answer_is_not_read_as_another_question() -> None:
    # Page 028: the Roads Service letter says "You recently asked the Secretary of State …"; the answer stopped
    # there, and the letter asked when consultants would be appointed though the letter said they had been.
    from foi_helper.reading import read_answers

    page = ("Mr. Beggs: To ask the Secretary of State for Northern Ireland when consultants will be appointed by his "
            "Department to make recommendations on the upgrading of the A2 at Jordanstown. [224481]\n"
            "Mr. Spellar: The Chief Executive of Roads Service has been asked to write to the hon. Gentleman.\n"
            "6 Apr 2005 : Column 1530W\n"
            "Letter from Dr. Malcolm McKibbin to Mr. Beggs, dated 6 April 2005:\n"
            "You recently asked the Secretary of State for Northern Ireland a Parliamentary Question asking when "
            "consultants will be appointed.\n"
            "I can advise you that consultants Scott Wilson were appointed on 18 March this year.\n")
    answers = read_answers(page)
    assert len(answers) == 1 and "were appointed on 18 March" in answers[0].answer
    wa = replace(answers[0], date_answered=date(2025, 4, 6), department="Northern Ireland Office")
    made = compose_letter(wa, analyse(wa), requester=ALEX, today=TODAY)
    assert " ".join(made.body.split()).split("1. ")[1].startswith("The terms of the consultants appointed on "
                                                                 "18 March 2025")
    assert not made.title.startswith("Timetable"), made.title  # the step is taken: its documents are asked for


def test_figures_the_answer_says_are_not_recorded_at_all_are_not_asked_for_again() -> None:
    # Held-out review, pages 031 and 042: asking again for what the answer says is not recorded gets "not held".
    from foi_helper.errors import LetterError
    from foi_helper.letters.dodge import not_recorded

    assert not_recorded("The Wales Office operates one bilingual website. It does not record number of visitors.")
    assert not_recorded("This information is not held centrally.") is None
    assert not_recorded("The Department does not hold this information in the form requested.") is None
    wa = WrittenAnswer(source_format="api", question="To ask the Secretary of State for Wales how many hits the (a) "
                       "most popular and (b) least popular website run by his Department has received since 1 January "
                       "2024.", answer="The Wales Office operates one bilingual website. It does not record number "
                       "of visitors.", title="Wales Office: Internet", department="Wales Office", house="Commons",
                       date_answered=date(2024, 10, 16), asker=Member(name="Jo Member"))
    try:
        compose_letter(wa, analyse(wa), requester=ALEX, today=TODAY)
    except LetterError as e:
        assert "not recorded or held there" in str(e) and "It does not record number of visitors." in str(e)
    else:
        raise AssertionError("a letter asking again for what is not recorded")
    chosen = compose_letter(wa, analyse(wa), requester=ALEX, today=TODAY, point_ids=["q1"])
    assert "hits" in chosen.body  # the user's own choice is kept


def test_what_the_answer_says_is_published_at_an_address_is_not_asked_for() -> None:
    from foi_helper.letters.dodge import published_documents

    answer = ("Management Information on the open workable caseload is published in Table 5 here: "
              "https://www.gov.uk/government/collections/hmcts-management-information. Data below national level "
              "is not available.")
    assert published_documents(answer, 2024) == [
        ("Management Information on the open workable caseload in Table 5 "
        "(https://www.gov.uk/government/collections/hmcts-management-information)")]
    assert published_documents("The latest figures are available at: https://www.gov.uk/x/y.") == [
        "the latest figures (https://www.gov.uk/x/y)"]
    # a promise of publication at an address is not yet published
    assert published_documents("The figures will be published here: https://www.gov.uk/x/y.") == []


def test_counts_of_diagnoses_asked_of_nhs_england_accept_hospital_episode_statistics() -> None:
    from foi_helper.letters.items import _diagnosis

    assert _diagnosis("the number of people who have been diagnosed with Tinnitus") == "Tinnitus"
    assert _diagnosis("the number of diagnoses of type 1 diabetes in children in 2024") == "type 1 diabetes"
    assert _diagnosis("the number of people waiting for a diagnosis") == "it"
    assert _diagnosis("the number of GP appointments") is None


def test_a_count_refused_on_cost_can_be_narrowed_to_the_last_months() -> None:
    got = letter("To ask the Secretary of State for the Home Department, how many asylum claimants' ages were "
                 "recorded as declared since June 2024.",
                 "The requested information could only be collated and verified at a disproportionate cost.",
                 title="Asylum: Age Assurance", department="Home Office", answered=date(2025, 9, 10))
    assert "for the last three months of the period alone, or one region or unit" in got[0], got


def test_offenders_no_one_registers_are_counted_by_reports_and_investigations() -> None:
    got = letter("To ask Her Majesty's Government how many paedophiles are operating on social media platforms.",
                 "This information is not held centrally.", title="Paedophilia: Social Media", department="Home Office",
                 answered=date(2019, 6, 24))
    assert "or of the reports, referrals or investigations concerning them" in got[0], got
    plain = letter("To ask the Secretary of State for Health how many nurses are employed in London.",
                   "This information is not held centrally.", title="Nurses", department="Department of Health and Social Care",
                   answered=date(2019, 6, 24))
    assert not any("investigations concerning them" in i for i in plain)


def test_a_quoted_part_whose_them_names_nothing_is_not_an_item() -> None:
    from foi_helper.letters.items import item_problems

    broken = ('Any records held by the Department that set out what the question asked ("where the Secretary of '
              'State expects them to be available by 1 January 1996").')
    assert "a pronoun with nothing to refer to" in item_problems(broken)
    whole = ('Any records held by the Department that set out what the question asked ("where maternity '
             'facilities are available and where the Secretary of State expects them to be").')
    assert "a pronoun with nothing to refer to" not in item_problems(whole)


def test_records_not_held_in_the_form_asked_for_are_counted_by_a_search() -> None:
    from foi_helper.letters.items import _keyword

    refused = "NHSR does not hold the information in the format requested."
    assert _keyword("the number of clinical negligence claims associated with the use of corridor care in "
                    "hospitals", refused) == "corridor care"
    assert _keyword("the number of claims associated with corridor care", "The information is not held.") is None
    assert _keyword("the number of claims", refused) is None


def test_a_decision_asks_for_its_record_and_a_list_of_the_submissions() -> None:
    got = letter("To ask the Secretary of State for Transport whether he will review the process for letting railway "
                 "franchises before another competition is announced.",
                 "The design of the franchising process is being considered.", title="Railways: Franchises",
                 department="Department for Transport", answered=date(2009, 11, 6))
    assert any(i.startswith("A list (date and title) of the ministerial submissions held by the Department for "
                            "Transport") and "and any minute or other record of the decision, if one was taken" in i
               for i in got), got


def test_a_targets_future_year_stays_in_the_subject_not_the_records_dates() -> None:
    got = letter("To ask the Secretary of State for Energy Security and Net Zero, what assessment he has made of the "
                 "contribution of SMRs to net zero energy generation targets in 2030.",
                 "We will set out our plans in due course.", title="Small Modular Reactors",
                 department="Department for Energy Security and Net Zero", answered=date(2024, 9, 10))
    item = next(i for i in got if "assessment" in i)
    assert "targets in 2030" in item and "completed in 2030" not in item, item


def test_a_total_cost_is_the_running_total_as_at_the_answer() -> None:
    # Page 042 q3: the Williams Rail Review began in September 2018; a window from March 2019 missed its start
    wa = WrittenAnswer(source_format="api", question="To ask the Secretary of State for Transport, what estimate "
                       "his Department has made of the total cost to the public purse of the Williams Rail Review.",
                       answer="This information is not held centrally.", title="Rail Review",
                       department="Department for Transport", house="Commons", date_answered=date(2019, 9, 9))
    body = " ".join(compose_letter(wa, analyse(wa), requester=ALEX, today=TODAY).body.split())
    assert "recorded information, as at 9 September 2019." in body and "March 2019" not in body, body


def test_stakeholders_consulted_are_the_meetings_party_and_vague_promises_are_no_step() -> None:
    from foi_helper.letters.items import item_problems
    from foi_helper.letters.phrasing import promised_step

    got = letter("To ask the Secretary of State for Housing, Communities and Local Government, which stakeholders "
                 "her Department has consulted on the Planning and Infrastructure Bill.",
                 "The Government has engaged widely and will provide more details in due course.",
                 title="Planning", department="Ministry of Housing, Communities and Local Government",
                 answered=date(2024, 8, 2))
    assert "and external stakeholders about the Planning and Infrastructure Bill" in got[0], got
    assert not any("what the question asked" in i for i in got), got
    assert promised_step("We will provide more details in due course.") is None
    assert item_problems("Any record for the Road Safety Strategy and further details will be shared.")


def test_a_shared_noun_is_not_given_to_a_named_part_beside_others() -> None:
    from foi_helper.letters.items import distribute

    # page 021 (1995): "(a) ICL and (b) other companies" became "(a) ICL companies"
    assert distribute("contracts awarded to (a) ICL and (b) other companies") == (
        "contracts awarded to (a) ICL and (b) other companies")
    assert distribute("the number of (a) knife and (b) firearm incidents") == (
        "the number of (a) knife incidents and (b) firearm incidents")


def test_impact_assessments_in_the_plural_are_asked_for_not_the_briefing() -> None:
    got = letter("To ask the Secretary of State for Health and Social Care, whether his Department has carried out "
                 "impact assessments of the Government’s plans to ban smoking in pub gardens.",
                 "An impact assessment will be published on the new bill in due course.",
                 answered=date(2024, 9, 13), department="Department of Health and Social Care")
    assert got and got[0].startswith("A copy of the most recent impact assessment (draft or final) held by")
    assert "plans to ban smoking in pub gardens" in got[0] and "whether" not in got[0]
    # "will be published … in due course": the note behind the dodge is asked for too
    assert "background note or briefing prepared for the answer" in got[0]


def test_whether_a_minister_has_spoken_with_someone_asks_for_the_meetings_and_calls() -> None:
    got = letter("To ask the Secretary of State for Foreign, Commonwealth and Development Affairs, whether she has "
                 "spoken with the Secretary-General of the Commonwealth on support for Guyana.",
                 "I refer the Hon Member to the statement made to the House by the Foreign Secretary on 5 January.",
                 answered=date(2026, 1, 12), department="Foreign, Commonwealth and Development Office")
    assert got and "meetings and calls between the ministers of the Foreign, Commonwealth and Development Office " \
        "(with the officials who attended them) and the Secretary-General of the Commonwealth on support for " \
        "Guyana" in got[0]


def test_a_statement_to_the_house_dates_the_answer_not_the_records() -> None:
    from foi_helper.letters.windows import answer_events

    text = "I refer the Hon Member to the statement made to the House by the Foreign Secretary on 5 January."
    assert answer_events(text, date(2026, 1, 12)) == []


def test_a_list_of_meetings_between_the_department_and_a_body_asks_for_the_meetings_with_it() -> None:
    got = letter("To ask the Minister for Women and Equalities, if she will list the meetings between his "
                 "Department, including the Office for Equality and Opportunity, and the Equality and Human Rights "
                 "Commission on the implications of the Supreme Court ruling since 16 April 2025.",
                 "The Government is considering the draft updated Code.", answered=date(2026, 2, 10),
                 department="Government Equalities Office")
    assert got and got[0].startswith("A list (date, attendees by job title, and organisations represented) of the "
                                     "meetings and calls between ministers or officials of the Government "
                                     "Equalities Office and the Equality and Human Rights Commission on the "
                                     "implications of the Supreme Court ruling")


def test_another_departments_act_is_left_to_that_department() -> None:
    from foi_helper.letters.selection import choose_points

    wa = WrittenAnswer(source_format="api", question="To ask the Secretary of State for Work and Pensions, what "
                       "plans her Department has to review the Habitual Residence Test.",
                       answer="In order to give effect to this, on 30 March 2019, the Home Office fully launched "
                       "the EU Settlement Scheme (EUSS).", department="Department for Work and Pensions",
                       house="Commons", date_answered=date(2020, 7, 7))
    analysis = analyse(wa)
    assert any(p.source == "answer" for p in analysis.points)
    points, notes = choose_points(analysis, None, wa.answer, wa.question, wa.department)
    assert [p.source for p in points] == ["question"]
    assert any("the answer says the Home Office did this" in n.message for n in notes)
    # the Home Office's own answer keeps it
    home = choose_points(analysis, None, wa.answer, wa.question, "Home Office")[0]
    assert any(p.source == "answer" for p in home)


def test_a_command_paper_is_published_and_a_promised_guidance_is_asked_for_itself() -> None:
    got = letter("To ask the Minister for the Cabinet Office, what his response is to the call for a delay to "
                 "checks in the Irish Sea.",
                 "The UK Government will continue to prepare, in line with the approach set out in the 20 May "
                 "Command Paper, the UK’s Approach to the Northern Ireland Protocol. We will publish that guidance "
                 "this summer.", answered=date(2020, 6, 29), department="Cabinet Office")
    assert not any("Command Paper" in i for i in got)
    assert any(i.startswith("A copy of the guidance, which the answer said would be published this summer")
               for i in got)
    assert not any("the that" in i for i in got)


def test_the_response_to_representations_is_the_replies_the_correspondence_item_lists() -> None:
    got = letter("To ask the Secretary of State for the Environment what representations he has received from "
                 "the National Rivers Authority over the funding of its monitoring; and what response he has made.",
                 "I have received a letter from the chairman of the authority.", answered=date(2023, 5, 4),
                 department="Department for Environment, Food and Rural Affairs")
    assert len(got) == 1 and "and of the replies" in got[0]


def test_the_future_discussions_window_runs_six_months_past_the_answer() -> None:
    from foi_helper.letters.items import build_item
    from foi_helper.letters.windows import Window
    from foi_helper.model import Analysis, Point

    point = Point("q1", "question", "meetings", "partial", "if she will have discussions with the Secretary of State "
                  "for Housing, Communities and Local Government on licensing")
    shared = Window(start=date(2024, 5, 1), end=date(2024, 11, 14))
    item = build_item(point, Analysis(points=[point]), authority="Home Office", house="Commons",
                      answered=date(2024, 11, 14), shared=shared, advice="", today=TODAY)
    assert item is not None and item.window == Window(start=date(2024, 5, 1), end=date(2025, 5, 16))
    earlier = build_item(replace(point, text="what discussions she has had with the Secretary of State for Housing, "
                                 "Communities and Local Government on licensing"), Analysis(points=[point]),
                         authority="Home Office", house="Commons", answered=date(2024, 11, 14), shared=shared,
                         advice="", today=TODAY)
    assert earlier is not None and earlier.window == shared


def test_an_approval_through_named_boards_asks_for_the_business_case_and_their_papers() -> None:
    got = letter("To ask the Secretary of State for the Home Department, what assessment her Department has made of "
                 "the cost-effectiveness of immigration removal centres.",
                 "The commercial arrangements also underwent scrutiny via a multi stage approval process including "
                 "the Home Office’s Commercial Assurance Board and departmental Investment Committee, with final "
                 "approval by Cabinet Office Spend Controls.", answered=date(2024, 12, 5),
                 department="Home Office", title="Immigration Removal Centres")
    approval = [i for i in got if i.startswith("The business case")]
    assert approval == [("The business case or other submission for approval of the commercial arrangements "
                         "(Immigration Removal Centres), as put to the Home Office’s Commercial Assurance Board, the "
                         "Investment Committee and Cabinet Office Spend Controls, and the papers and minutes of their "
                         "consideration of it held as at 5 December 2024. Commercially sensitive figures may be "
                         "redacted.")]



def test_parliaments_committees_and_approved_regulators_are_no_approval() -> None:
    from foi_helper.analysis.claims import follow_ups

    assert not follow_ups(["Legal services are provided by approved regulators, overseen by the Legal Services Board."])
    assert not follow_ups([("We welcome the scrutiny of the draft Bill being undertaken by the Housing, "
                            "Communities and Local Government Select Committee.")])


def test_the_reasons_for_a_proposal_and_an_analysis_in_the_passive() -> None:
    got = letter("To ask the Secretary of State for Housing, Communities and Local Government, for what reason he "
                 "proposes the inclusion of holiday lets within the Energy Performance Certificate regime; and "
                 "whether sector-specific data, including occupancy patterns, has been analysed prior to "
                 "progressing towards regulation.",
                 "We are analysing responses to the consultation.", answered=date(2026, 1, 12),
                 department="Ministry of Housing, Communities and Local Government")
    assert got[0].endswith("that records the reasons why the Secretary of State proposes the inclusion of holiday "
                           "lets within the Energy Performance Certificate regime.")
    assert got[1].startswith("A copy of the most recent assessment, analysis or evaluation held by the Ministry of "
                             "Housing, Communities and Local Government of sector-specific data, including occupancy "
                             "patterns")


def test_ministers_meeting_on_a_range_of_issues_is_no_meeting_to_ask_about() -> None:
    from foi_helper.analysis.claims import follow_ups

    assert not follow_ups(["Ministers meet with local authorities on a range of issues."])
    assert follow_ups(["In November the Home Secretary co-hosted the Microsoft-led Hackathon in the US."])


def test_an_assessment_under_way_at_the_answer_is_asked_for_in_draft_and_after_it() -> None:
    got = letter("To ask the Secretary of State for Environment, Food and Rural Affairs, what assessment he has made "
                 "of whether the level of funding proposed will be adequate to meet the cost of electric vehicles.",
                 "We are working to assess net additional costs to local authorities.", answered=date(2023, 12, 19),
                 department="Department for Environment, Food and Rural Affairs")
    assert "completed or in draft, as the answer said the work was under way" in got[0]
    done = letter("To ask the Secretary of State for Environment, Food and Rural Affairs, what assessment he has "
                  "made of whether the level of funding proposed will be adequate to meet the cost of electric "
                  "vehicles.", "Local authorities will receive funding.", answered=date(2023, 12, 19),
                  department="Department for Environment, Food and Rural Affairs")
    assert "in draft" not in done[0]


def test_an_assessment_under_way_is_searched_to_the_request_up_to_two_years_on() -> None:
    from foi_helper.letters.items import build_item
    from foi_helper.letters.windows import Window
    from foi_helper.model import Analysis, Point

    point = Point("q1", "question", "assessment", "partial", "what assessment he has made of the cost of electric "
                  "vehicles")
    shared = Window(start=date(2023, 11, 21), end=date(2023, 12, 19))
    item = build_item(point, Analysis(points=[point]), authority="Home Office", house="Commons",
                      answered=date(2023, 12, 19), shared=shared, advice="", today=TODAY,
                      answer_text="We are working to assess net additional costs.")
    assert item is not None and item.window == Window(start=date(2023, 11, 21), end=date(2025, 12, 18))
    assert "completed or in draft between 21 November 2023 and 18 December 2025, as the answer said" in item.text
    recent = build_item(point, Analysis(points=[point]), authority="Home Office", house="Commons",
                        answered=date(2026, 6, 1), shared=Window(start=date(2026, 5, 1), end=date(2026, 6, 1)),
                        advice="", today=date(2026, 12, 3), answer_text="We are working to assess net additional costs.")
    assert recent is not None and recent.window == Window(start=date(2026, 5, 1), end=date(2026, 12, 3))


def test_a_promised_documents_publication_decision_is_searched_after_the_answer() -> None:
    got = letter("To ask the Secretary of State for Housing, Communities and Local Government, for what reason he "
                 "proposes the inclusion of holiday lets within the Energy Performance Certificate regime.",
                 "We are analysing responses to the consultation and will publish the Government's response to the "
                 "consultation in due course.", answered=date(2026, 1, 12),
                 department="Ministry of Housing, Communities and Local Government")
    promised = [i for i in got if i.startswith("A copy of the Government")]
    assert promised and "any record dated between 12 January 2026 and 2 December 2026 of the decision on when to " \
        "publish it" in promised[0]


def test_the_ministers_response_to_a_call_asks_for_the_advice_on_it_not_the_document() -> None:
    got = letter("To ask the Minister for the Cabinet Office, what his response is to the call for a six-month "
                 "delay to checks in the Irish Sea in the document entitled: Implementing the Northern Ireland "
                 "Protocol, published by the NI Business Brexit Working Group.",
                 "The UK Government will continue to prepare to meet our obligations under the Protocol, in line "
                 "with the approach set out in the 20 May Command Paper.", answered=date(2020, 6, 29),
                 department="Cabinet Office")
    assert got[0].startswith("Any ministerial submission, briefing note or minute held by the Cabinet Office")
    assert "records the Government's response to the call for a six-month delay to checks" in got[0]


def test_a_meeting_on_a_range_of_issues_is_asked_for_as_far_as_it_touched_the_question() -> None:
    got = letter("To ask the Minister of State, Foreign, Commonwealth and Development Office, whether he has had "
                 "recent discussions with his Peruvian counterpart on protections for (a) indigenous and (b) "
                 "environmental activists.",
                 "I visited Peru in October and held discussions with senior representatives of the Peruvian "
                 "Government on a range of issues, such as the importance of protecting human rights.",
                 answered=date(2023, 12, 13), department="Foreign, Commonwealth and Development Office")
    visit = [i for i in got if "visit" in i]
    assert visit and "range of issues" not in visit[0]
    assert visit[0].endswith("so far as they record discussion of protections for (a) indigenous and (b) "
                             "environmental activists.")


def test_energy_performance_is_environmental_information() -> None:
    wa = WrittenAnswer(source_format="api", question="To ask the Secretary of State for Housing, Communities and "
                       "Local Government, for what reason he proposes the inclusion of holiday lets within the "
                       "Energy Performance Certificate regime.", answer="We consulted on proposals.",
                       title="Holiday Accommodation", department="Ministry of Housing, Communities and Local "
                       "Government", house="Commons", date_answered=date(2026, 1, 12))
    body = compose_letter(wa, analyse(wa), requester=ALEX, today=TODAY).body
    assert "under the Environmental Information Regulations 2004" in body


def test_a_sum_planned_over_the_parliament_is_not_asked_for_in_a_letter_about_something_else() -> None:
    question = ("To ask the Secretary of State for Health and Social Care, whether he has had discussions with "
                "Directors of Public Health on the risks to elderly people of cold homes in winter 2024-25.")
    answer = ("Ministers meet with local authorities on a range of issues. The Government will also invest an extra "
              "£6.6 billion over this Parliament in clean heat and energy efficiency.")
    got = letter(question, answer, answered=date(2024, 9, 30), department="Department of Health and Social Care")
    assert got and not any("6.6 billion" in i for i in got)
    # the minister's own talks, not every official's contact
    assert "between the ministers of the Department of Health and Social Care (with the officials who attended " \
        "them) and Directors of Public Health" in got[0]
    spent = letter("To ask the Secretary of State for Health and Social Care, how much funding his Department "
                   "has provided for cold homes.", answer, answered=date(2024, 9, 30),
                   department="Department of Health and Social Care")
    assert spent and "between ministers or officials" not in " ".join(spent)
    officials = letter("To ask the Secretary of State for Health and Social Care, whether officials in his "
                       "Department have had discussions with Directors of Public Health on cold homes.", answer,
                       answered=date(2024, 9, 30), department="Department of Health and Social Care")
    assert "between ministers or officials of the Department of Health and Social Care" in officials[0]


def test_when_an_event_will_be_held_is_searched_to_the_request_with_its_record_if_held() -> None:
    got = letter("To ask the Chancellor of the Exchequer, when her Department will host the planned roundtable "
                 "between Post Office and the major banks on in-person banking.",
                 "The Government is supportive of industry initiatives that improve access to banking.",
                 answered=date(2025, 12, 8), department="HM Treasury", title="Bank Services: Post Offices\r\n")
    assert got and "if it has since been held, a record of the date it was held, the list of organisations " \
        "invited and any readout or note of it" in got[0]
    wa = WrittenAnswer(source_format="api", question="To ask the Chancellor of the Exchequer, when her Department "
                       "will host the planned roundtable between Post Office and the major banks.",
                       answer="The Government is supportive of industry initiatives.", title="Bank Services\r\n",
                       department="HM Treasury", house="Commons", date_answered=date(2025, 12, 8))
    body = compose_letter(wa, analyse(wa), requester=ALEX, today=TODAY).body
    assert "to 2 December 2026" in body  # the event came after the answer
    assert 'written question "Bank Services". The question' in body  # no line break from the heading


def test_the_figures_for_each_are_the_figures_of_the_part_before() -> None:
    got = letter("To ask the Secretary of State for Health what comparison he has made between the number of deaths "
                 "attributable to smoking and to excessive alcohol consumption; what are the figures for each in "
                 "each of the past five years; and if he will make a statement.",
                 "I refer the hon. Member to the reply I gave the hon. Member for Newport, West on 10 January.",
                 answered=date(2023, 3, 25), department="Department of Health and Social Care")
    figures = [i for i in got if i.startswith("Any figure or estimate")]
    assert figures and "the number of deaths attributable to smoking and to excessive alcohol consumption, each " \
        "separately" in figures[0]
    assert not any("what the question asked" in i for i in got)


def test_a_letter_for_the_latest_years_does_not_ask_for_the_archived_answers_briefing() -> None:
    # "records of that time will by now have been destroyed" beside a request for the 1996 briefing: a reviewer
    # read the two as contradicting each other
    got = letter("To ask the Secretary of State for Health what assessment he has made of smoking and drinking; what "
                 "are the figures for each in each of the past five years; and if he will make a statement.",
                 "I refer the hon. Member to the reply I gave on 10 January.",
                 answered=date(1996, 3, 25), department="Department of Health and Social Care")
    assert got and not any("prepared for the answer of 25 March 1996" in i for i in got)


def test_documents_the_answer_refers_the_member_to_are_excluded_as_published() -> None:
    from foi_helper.letters.dodge import published_documents

    said = published_documents("I refer the hon. Member to the independent New Towns Taskforce final report as well "
                               "as the government’s initial response to it.")
    assert said == ["the independent New Towns Taskforce final report", "the government’s initial response to it"]
    # answers and statements to the House are cited as such, not as documents
    assert published_documents("I refer the hon. Member to the answer I gave on 3 May.") == []
    assert published_documents("I refer the hon. Member to the response on 10 June to Question 5980.") == []
    assert published_documents("I refer the noble Lord to the statement made to the House on 5 January.") == []
    wa = WrittenAnswer(source_format="api", question="To ask the Secretary of State for Housing, Communities and "
                       "Local Government, if he will make an assessment of the flooding risk in each of the sites "
                       "recommended by the New Towns Taskforce.", answer="I refer the hon. Member to the independent "
                       "New Towns Taskforce final report as well as the government’s initial response to it.",
                       title="New Towns: Floods", department="Ministry of Housing, Communities and Local Government",
                       house="Commons", date_answered=date(2026, 1, 12))
    body = " ".join(compose_letter(wa, analyse(wa), requester=ALEX, today=TODAY).body.split())
    assert ("I do not ask for the independent New Towns Taskforce final report and the government’s initial response "
            "to it, which the answer says are published.") in body


def test_discussions_list_the_letters_and_emails_too() -> None:
    # contact with a foreign government is "more likely to be in written form" (a reviewer)
    got = letter("To ask the Minister for Women and Equalities, whether she had discussions with her counterpart in "
                 "Denmark before laying the Order.", "I refer back to my previous answer.", answered=date(2023, 12, 15),
                 department="Government Equalities Office")
    assert got and "the Minister's counterpart in Denmark" in got[0] and "her counterpart" not in got[0]
    assert got[0].endswith("a list (date, sender and recipient by job title or organisation, and subject line) of the "
                           "letters and emails between them on the same subject.")
    met = letter("To ask the Minister for Women and Equalities, whether she met her counterpart in Denmark before "
                 "laying the Order.", "I refer back to my previous answer.", answered=date(2023, 12, 15),
                 department="Government Equalities Office")
    assert met and "letters and emails" not in met[0]


def test_when_a_minister_next_plans_to_discuss_keeps_the_answers_period() -> None:
    # not an event with a record of its own: the planned dates are searched in the answer's period, not two years on
    got = letter("To ask the Secretary of State for Wales when he next plans to discuss the matter of drugs in "
                 "prisons in Wales with ministerial colleagues.", "We have regular discussions on a range of issues.",
                 answered=date(2009, 3, 11), department="Wales Office")
    assert got and "2011" not in " ".join(got) and "when the Secretary of State next plans" in got[0]


def test_a_spreadsheet_is_asked_for_only_where_figures_are() -> None:
    wa = WrittenAnswer(source_format="api", question="To ask the Secretary of State for Wales when he next plans to "
                       "discuss drugs in prisons.", answer="We have regular discussions.", title="Prisons",
                       department="Wales Office", house="Commons", date_answered=date(2025, 3, 11))
    body = " ".join(compose_letter(wa, analyse(wa), requester=ALEX, today=TODAY).body.split())
    assert "Please send the information by email." in body and "spreadsheet" not in body
    wa = replace(wa, question="To ask the Secretary of State for Wales how many prisoners tested positive for drugs.",
                 answer="This information is not held centrally.")
    body = " ".join(compose_letter(wa, analyse(wa), requester=ALEX, today=TODAY).body.split())
    assert "with any figures as a spreadsheet" in body


def test_an_assessment_of_past_years_may_have_been_written_up_to_the_answer() -> None:
    got = letter("To ask the Secretary of State for the Home Department, whether he has made a recent assessment of "
                 "the potential impact of trends in the number of police community support officers on shoplifting "
                 "charge rates in the last 10 years.", "We are taking action on retail crime.",
                 answered=date(2023, 12, 20), department="Home Office")
    wa = WrittenAnswer(source_format="api", question="To ask the Secretary of State for the Home Department, whether "
                       "he has made a recent assessment of the potential impact of trends in the number of police "
                       "community support officers on shoplifting charge rates in the last 10 years.",
                       answer="We are taking action on retail crime.", title="Shoplifting", department="Home Office",
                       house="Commons", date_answered=date(2023, 12, 20))
    body = " ".join(compose_letter(wa, analyse(wa), requester=ALEX, today=TODAY).body.split())
    assert got and "to 20 December 2023" in body and "2022-23" not in body


def _letter(question: str, answer: str, *, answered: date, department: str) -> tuple[str, str]:
    wa = WrittenAnswer(source_format="api", question=question, answer=answer, title="Taxation", department=department,
                       house="Commons", date_answered=answered, date_tabled=answered,
                       asker=Member(name="Jo Member"), answerer=Member(name="A Minister"))
    body = compose_letter(wa, analyse(wa), requester=ALEX, today=TODAY).body
    return body.split("\n", 1)[0], " ".join(body.split())


def test_figures_not_published_are_asked_for_as_held_and_the_letter_says_so() -> None:
    _, body = _letter("To ask the Secretary of State for the Home Department, how many workers each of the sponsors "
                      "on the register of licensed sponsors sponsored in each year for which data is available.",
                      "The Home Office does not routinely publish data on sponsorship numbers broken down by each "
                      "individual sponsor.", answered=date(2025, 1, 15), department="Home Office")
    assert "it said only that they are not published, not that they are not held" in body
    assert "the number of workers sponsored by each of the sponsors on the register of licensed sponsors" in body
    assert "each calendar year from 2020 to 2024" in body and "briefing" not in body


def test_a_count_the_treasury_answers_for_hmrc_goes_to_hmrc_for_the_latest_year_alone() -> None:
    _, body = _letter("To ask the Chancellor of the Exchequer, how many people paid late payment interest to HMRC "
                         "in each year since 2020.", "The information is not held in the form requested and could be "
                         "provided only at disproportionate cost.", answered=date(2026, 1, 12), department="Treasury")
    assert "Dear HM Revenue and Customs," in body
    assert "the number of people who paid late payment interest to HMRC" in body
    assert ("I ask for 2025 alone because the answer said the figures for each year since 2020 could be provided "
            "only at disproportionate cost.") in body
    assert "not only centrally" not in body  # the obstacle is the form, not where it is held


def test_a_change_since_a_date_is_not_narrowed_to_one_year() -> None:
    _, body = _letter("To ask the Secretary of State for Work and Pensions, what the percentage change in the number "
                      "of claimants has been since May 2019.", "The information could be provided only at "
                      "disproportionate cost.", answered=date(2024, 3, 4), department="Department for Work and Pensions")
    assert "1 May 2019 to 4 March 2024" in body and "alone because" not in body


def test_anecdotal_evidence_the_answer_says_it_has_is_asked_for() -> None:
    got = letter("To ask the Secretary of State for Work and Pensions, what recent estimate she has made of the number "
                 "of young people in supported accommodation who have reduced working hours.",
                 "The department does not routinely collect management information on reports of customers limiting "
                 "working hours but we do have anecdotal evidence of this occurring.",
                 department="Department for Work and Pensions")
    assert any(i.startswith("The records of the anecdotal evidence of customers limiting working hours that the "
                            "answer of 7 December 2023 refers to") for i in got), got


def test_evidence_the_answer_only_supposes_or_reads_in_the_news_is_not_asked_for() -> None:
    from foi_helper.analysis.claims import EVIDENCE_REASON, _follow_up
    for sentence in ("Where the Department has evidence that a customer has failed to attend, we will look into it.",
                     "We are aware of reports of attacks against healthcare facilities."):
        found = _follow_up(sentence)
        assert found is None or found[2] != EVIDENCE_REASON, sentence


def test_a_question_the_list_cut_short_keeps_its_last_part_without_the_cut_phrase() -> None:
    got = letter("To ask the Secretary of State for Work and Pensions, what recent estimate her Department has made of "
                 "the number of young people in supported accommodation who have (a) reduced working hours and (b) "
                 "turned down employment opportunities due to the tapering", "We will publish an evaluation in due course.",
                 department="Department for Work and Pensions", clipped=True)
    assert any("who have (a) reduced working hours and (b) turned down employment opportunities." in i
               for i in got), got
    assert not any("tapering" in i for i in got)


def test_a_question_the_list_cut_short_is_quoted_to_its_last_whole_clause() -> None:
    wa = WrittenAnswer(source_format="api", question="To ask the Secretary of State for Housing, what progress his "
                       "Department has made on the appointment of the Special Representative; whether it will be a "
                       "regulated public appointment, a special adv", answer="The process will be published in due "
                       "course.", title="Appointments", department="Ministry of Housing, Communities and Local "
                       "Government", house="Commons", date_answered=date(2026, 7, 9), clipped=True)
    body = " ".join(compose_letter(wa, analyse(wa), requester=ALEX, today=TODAY).body.split())
    assert ('"what progress his Department has made on the appointment of the Special Representative; whether it '
            'will be a regulated public appointment" (its opening words).') in body
    assert "special adv" not in body


def test_a_review_named_for_the_railway_is_costed_from_the_accounts_not_travel_bookings() -> None:
    from foi_helper.letters.items import records_of
    assert records_of("the total cost of the Williams Rail Review", "Department for Transport") == \
        "the accounts or expenditure records of the Department for Transport"
    assert "travel booking" in records_of("the cost of first class rail tickets", "Department for Transport")


def test_the_dates_and_attendees_of_a_reviews_meetings_are_asked_for_whenever_held() -> None:
    got = letter("To ask the Secretary of State for Transport, if he will publish the (a) dates of and (b) attendees at "
                 "meetings held by Keith Williams as part of the Government Rail Review.",
                 "Yes; a list of Keith Williams’ meetings with key stakeholders will be published in due course.",
                 answered=date(2019, 9, 9))
    first = got[0]
    assert first.startswith("The (a) dates of and (b) attendees at meetings held by Keith Williams")
    assert "as held by 9 September 2019, whenever they took place" in first and "March 2019" not in first


def test_a_decision_the_answer_says_is_under_consideration_is_searched_past_the_answer() -> None:
    got = letter("To ask the Secretary of State for Transport, whether he will review the process for letting railway "
                 "franchises.", "The design of the franchising process is being considered in the run-up to the next "
                 "competitions.", answered=date(2023, 11, 6))
    assert "the answer said the matter was under consideration, so the period runs past the answer" in got[0]
    plain = letter("To ask the Secretary of State for Transport, whether he will review the process for letting "
                   "railway franchises.", "The Government has no plans to do so.", answered=date(2023, 11, 6))
    assert not any("under consideration" in i for i in plain)


def test_a_policy_is_asked_for_as_the_guidance_that_applies_it_and_the_decision_that_set_it() -> None:
    got = letter("To ask the Secretary of State for the Home Department, what is her Department's policy on awarding "
                 "visas to minors travelling with relatives who are their legal guardians.",
                 "The scheme is run by another department.", department="Home Office")
    assert any("policy on awarding visas to minors" in i and "the guidance or instructions to staff that apply it, and "
               "the ministerial submission or record of the decision that set it" in i for i in got), got


def test_the_questions_steps_are_asked_for_when_no_follow_up_can_be_put_as_a_request() -> None:
    got = letter("To ask the Secretary of State for Health and Social Care, what steps she is taking to reduce waiting "
                 "times for gastric band surgery for people who are clinically obese.",
                 "Cutting waiting lists is one of the Government’s top priorities. To facilitate this, we are increasing "
                 "activity, with plans to spend more than £8 billion from 2022/23 to...",
                 department="Department of Health and Social Care", clipped=True)
    assert got[0].startswith("A list (date and title) of the ministerial submissions on steps taken or planned to "
                             "reduce waiting times for gastric band surgery"), got
