"""The body an answer passes the question to is the holder: "is run and maintained by the Department for
Levelling Up, Housing & Communities" (a defunct department's name, written with "&") names the department that
now holds its work. A question about what that scheme did goes there; one about the answering department's own
policy stays with it, and the body is offered. The texts are the tester's own, shaped like real answers."""

from __future__ import annotations

from datetime import date

from foi_helper.analysis import analyse
from foi_helper.letters.holders import choose_holder
from foi_helper.model import WrittenAnswer

RUN_BY = ("The Homes for Ukraine scheme is run and maintained by the Department for Levelling Up, Housing & "
          "Communities. More information can be found at\n\nhttps://www.gov.uk/guidance/homes-for-ukraine")


def choice(question: str, answer: str):  # type: ignore[no-untyped-def]
    a = WrittenAnswer(source_format="test", question=question, answer=answer, department="Home Office",
                      date_answered=date(2022, 6, 15))
    return choose_holder(a, analyse(a), today=date(2024, 5, 2))


def test_what_the_scheme_did_goes_to_the_department_that_runs_it() -> None:
    c = choice("To ask the Secretary of State for the Home Department, how many sponsors have been matched with "
               "families under the Homes for Ukraine scheme.", RUN_BY)
    assert c is not None and c.holder is not None
    assert c.holder.key == "luhc"
    assert c.routed


def test_the_departments_own_policy_stays_and_the_other_is_offered() -> None:
    c = choice("To ask the Secretary of State for the Home Department, what is her Department's policy on "
               "awarding visas to minors travelling with relatives under the Homes for Ukraine scheme.", RUN_BY)
    assert c is not None and c.holder is not None
    assert c.holder.key == "luhc"
    assert not c.routed
