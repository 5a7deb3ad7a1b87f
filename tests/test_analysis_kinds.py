"""The kind of each point, from its wording: all eleven kinds of docs/architecture.md."""

from __future__ import annotations

import pytest

from foi_helper.analysis import kind_of
from foi_helper.model import POINT_KINDS

CASES = [
    ("how many serving armed forces personnel have received disciplinary action", "statistics"),
    ("what proportion of applications were refused", "statistics"),
    ("what estimate he has made of the number of visas which have expired", "statistics"),
    ("whether his Department holds data on the average number of patients per nurse", "statistics"),
    ("how much his Department spent on consultants", "spending"),
    ("if he will make an estimate of the cost to the public purse of compensation", "spending"),
    ("if he will place in the Library a copy of the Income and Expenditure Statement", "documents"),
    ("if NHS England will publish the data it holds on radiotherapy machines", "documents"),
    ("whether any letters or representations were received by the Cabinet Office", "correspondence"),
    ("what representations she has received from farmers", "correspondence"),
    ("what discussions she has had with her Estonian counterpart", "meetings"),
    ("whether she had discussions with her counterpart in the state of New York", "meetings"),
    ("when he expects the taskforce to report its findings", "timetable"),
    ("what her planned timeline is for responding to the report", "timetable"),
    ("on what date the council applied for permission", "timetable"),
    ("what assessment she has made of the cost effectiveness of removal centres", "assessment"),
    ("what assessment her Department has made of the cost-effectiveness of (a) Campsfield House", "assessment"),
    ("whether she has spoken with the Secretary-General of the Commonwealth on support for Guyana", "meetings"),
    ("if he will make an assessment of the potential merits of imposing sanctions", "assessment"),
    ("what consideration has been given to the role of the generic medicines sector", "assessment"),
    ("what steps they are taking, or intend to take, to address online harms", "actions"),
    ("what progress her Department has made in tackling the importation of drugs", "actions"),
    ("what plans he has to strengthen the collective rights of leaseholders", "actions"),
    ("what mechanisms his Department has put in place to monitor pharmacies", "actions"),
    ("how often his Department meets with ministers from the devolved Administrations", "meetings"),
    ("what reports he has received from the High Commission on attacks on temples", "documents"),
    ("what data her Department holds on the average time taken to process applications", "statistics"),
    ("whether he plans to introduce statutory timescales for remedial works", "decision"),
    ("if she will provide funding for Level 7 apprenticeships", "decision"),
    ("what his Department's policy is on whether there should be a ceasefire", "decision"),
    ("for what reason the Code of Practice has not been issued as statutory guidance", "reasons"),
    ("why the scheme was closed early", "reasons"),
    ("what is the evidential basis for the figure", "reasons"),
    ("who the members of the taskforce are", "other"),
]


@pytest.mark.parametrize(("text", "kind"), CASES)
def test_kind_from_wording(text: str, kind: str) -> None:
    assert kind_of(text) == kind


def test_every_kind_is_covered() -> None:
    assert {k for _, k in CASES} == set(POINT_KINDS)
