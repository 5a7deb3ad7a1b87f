"""Finding 5 of the new user: "what the estimated cost was" asks for spending, and an answer that points to the
annual report and accounts refers elsewhere (follow the reference). The page texts are the tester's own."""

from __future__ import annotations

from datetime import date

from foi_helper.analysis import analyse, kind_of
from foi_helper.model import Analysis, WrittenAnswer


def analysed(question: str, answer: str) -> Analysis:
    return analyse(WrittenAnswer(source_format="test", question=question, answer=answer,
                                 date_answered=date(2024, 9, 9)))


def test_what_the_estimated_cost_was_asks_for_spending() -> None:
    assert kind_of("what the estimated cost was of government (a) consultancy and (b) communications") \
        == "spending"


def test_spend_set_out_in_annual_reports_and_accounts_refers_elsewhere() -> None:
    result = analysed(
        "To ask the Minister for the Cabinet Office, what the estimated cost was of government (a) consultancy "
        "and (b) communications in 2023-24.",
        "Departments set out their spend on consultants in their Annual Reports and Accounts (ARAs). Details of "
        "all communications activity expenditure for departments is not held centrally.")
    kinds = {e.kind: e.text for e in result.evasions}
    assert kinds.get("refers_elsewhere") == ("Departments set out their spend on consultants in their Annual "
                                             "Reports and Accounts (ARAs).")
    assert "not_held" in kinds


def test_costs_published_annually_in_the_annual_report_refers_elsewhere() -> None:
    result = analysed(
        "To ask the Secretary of State for the Home Department, how much her Department spent on hotel "
        "accommodation for asylum seekers in each month of 2021.",
        "The Home Office does not routinely publish this information. Information on asylum support costs is "
        "published annually in the Home Office Annual Report and Accounts.")
    assert "refers_elsewhere" in {e.kind for e in result.evasions}


def test_a_promise_to_publish_in_the_annual_report_is_not_a_pointer() -> None:
    result = analysed("To ask the Minister for the Cabinet Office, how much was spent on consultancy in 2023-24.",
                      "The figures will be published in the Cabinet Office Annual Report and Accounts later this "
                      "year.")
    kinds = {e.kind for e in result.evasions}
    assert "refers_elsewhere" not in kinds and "in_due_course" in kinds


def test_figures_given_from_the_annual_report_are_no_pointer() -> None:
    result = analysed("To ask the Foreign Secretary, how much his Department spent on temporary staff in each "
                      "of the last three financial years.",
                      "These costs are set out in the FCDO Annual Reports for the previous three financial years:"
                      "\n\n2022-23 £49,105,281\n2021-22 £39,575,855\n2020-21 £25,679,267\n\nThe budget remains "
                      "as published in our Annual Report and Accounts for 2022-23.")
    assert "refers_elsewhere" not in {e.kind for e in result.evasions}
    (q1,) = [p for p in result.points if p.source == "question"]
    assert q1.status == "answered"
