"""subject_of: a short noun phrase for a request's title."""

from __future__ import annotations

import pytest

from foi_helper.analysis import subject_of
from foi_helper.model import WrittenAnswer


@pytest.mark.parametrize(("question", "subject"), [
    # the verb is taken off whole: "establishing", never "ing a National Cyber Force HQ"
    (("To ask the Secretary of State for Defence, what progress he has made on establishing a National Cyber "
     "Force HQ in Lancashire."), "a National Cyber Force HQ in Lancashire"),
    ("To ask the Secretary of State for Defence, what steps he is taking to tackle knife crime in London.",
     "knife crime in London"),
    (("To ask the Secretary of State for Health and Social Care, what steps he is taking to help reduce "
     "inequalities of care for blood cancer patients."), "inequalities of care for blood cancer patients"),
    (("To ask the Secretary of State for Defence, how many serving armed forces personnel have received "
     "disciplinary action for refusing to remove facial hair in each year since 2010."),
     ("the number of serving armed forces personnel that have received disciplinary action for refusing to "
     "remove facial hair")),
    (("To ask the Secretary of State for Transport, if he will make an assessment of the potential impact of the "
     "decision to not close ticket offices on the budgets of train operators."),
     "the decision to not close ticket offices on the budgets of train operators"),
    (("To ask the Secretary of State for Housing, Communities and Local Government, whether he plans to introduce "
     "statutory timescales for registered providers of social housing to complete remedial works."),
     "introduce statutory timescales for registered providers of social housing to complete remedial works"),
])
def test_subject(question: str, subject: str) -> None:
    assert subject_of(WrittenAnswer(source_format="test", question=question)) == subject


def test_subject_is_short_and_falls_back_to_the_title() -> None:
    long_q = "To ask the Secretary of State for Justice, what steps he is taking to " + "improve " * 40 + "courts."
    assert len(subject_of(WrittenAnswer(source_format="test", question=long_q)).split()) <= 19
    assert subject_of(WrittenAnswer(source_format="test", question="", title="Courts: Closures")) == "Courts: Closures"
