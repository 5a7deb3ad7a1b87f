"""Deadlines worked out by hand (calendar beside the Act), then checked against the code.

Each case notes the count: day zero is the day of receipt, day 1 the next working day.
"""

from __future__ import annotations

from datetime import date

import pytest

from foi_helper.errors import LetterError
from foi_helper.letters.deadlines import (
    add_months,
    commissioner_appeal_by,
    extended_due,
    ico_complaint_by,
    in_words,
    is_working_day,
    reply_due,
    review_due,
    review_request_by,
    working_days_after,
)

D = date


@pytest.mark.parametrize(
    ("received", "law", "due"),
    [
        # Christmas: 23, 24 Dec (1, 2); 25, 26 off; 27, 30, 31 (3-5); 1 Jan off; 2 Jan off (Scotland);
        # 3 Jan (6); 6-10 (7-11); 13-17 (12-16); 20-23 (17-20). The known check of the brief.
        (D(2019, 12, 20), "foia", D(2020, 1, 23)),
        (D(2019, 12, 20), "foisa", D(2020, 1, 23)),  # Scotland has the same four days off here
        (D(2019, 12, 20), "eir", D(2020, 1, 23)),
        # Easter 2019: Good Friday 19 Apr off everywhere; Easter Monday 22 Apr off except in Scotland; 6 May off.
        (D(2019, 4, 11), "foia", D(2019, 5, 14)),
        (D(2019, 4, 11), "foisa", D(2019, 5, 13)),
        # August 2019: Scotland's Summer Bank Holiday is Mon 5 Aug, England's Late Summer one Mon 26 Aug.
        # FOIA skips both (any part of the UK); FOISA only the 5th.
        (D(2019, 7, 31), "foia", D(2019, 8, 30)),
        (D(2019, 7, 31), "foisa", D(2019, 8, 29)),
        # Northern Ireland's 12 July (Wed 2023): a working day in Scotland.
        (D(2023, 6, 30), "foia", D(2023, 7, 31)),
        (D(2023, 6, 30), "foisa", D(2023, 7, 28)),
        # St Patrick's Day (Tue 17 March 2020): Northern Ireland only.
        (D(2020, 3, 2), "foia", D(2020, 3, 31)),
        (D(2020, 3, 2), "foisa", D(2020, 3, 30)),
        # The Queen's funeral, Mon 19 September 2022, a one-off bank holiday everywhere (else 7 Oct).
        (D(2022, 9, 9), "foia", D(2022, 10, 10)),
        (D(2022, 9, 9), "foisa", D(2022, 10, 10)),
        # St Andrew's Day, Thu 30 Nov 2023: Nov 27-29 (1-3); 30 off; 1 Dec (4); … 22 Dec (19); 25, 26 off; 27 (20).
        (D(2023, 11, 24), "foisa", D(2023, 12, 27)),
        # Its substitute: 30 Nov 2019 was a Saturday, so Mon 2 Dec was off; then Christmas, 1 and 2 January.
        (D(2019, 11, 29), "foisa", D(2020, 1, 3)),
        # 2 January (Tue 2024) in Scotland: 18-22 Dec (1-5); 25, 26 off; 27-29 (6-8); 1, 2 Jan off; 3-5 (9-11);
        # 8-12 (12-16); 15-18 (17-20).
        (D(2023, 12, 15), "foisa", D(2024, 1, 18)),
    ],
)
def test_reply_due_hand_worked(received: date, law: str, due: date) -> None:
    assert reply_due(received, law).due == due


def test_weekend_receipt_is_day_zero_with_the_code_reading_beside_it() -> None:
    # Received Saturday 21 Dec 2019: day 1 is Mon 23 Dec, so the same deadline as a Friday receipt.
    # The Code of Practice treats it as received on Mon 23 Dec: 24 (1), 27 (2), … 24 Jan (20).
    d = reply_due(D(2019, 12, 21), "foia")
    assert d.due == D(2020, 1, 23)
    assert d.code_of_practice_due == D(2020, 1, 24)


def test_holiday_receipt_code_reading() -> None:
    # Received on Christmas Day 2019 (Wednesday): day 1 is 27 Dec → 27 Jan; the Code reading starts at 27 Dec → 28 Jan.
    d = reply_due(D(2019, 12, 25), "foia")
    assert (d.due, d.code_of_practice_due) == (D(2020, 1, 27), D(2020, 1, 28))


def test_code_reading_absent_for_a_working_day_and_under_foisa() -> None:
    assert reply_due(D(2019, 12, 20), "foia").code_of_practice_due is None
    assert reply_due(D(2019, 12, 21), "foisa").code_of_practice_due is None


def test_holidays_skipped_are_named_with_their_part_of_the_uk() -> None:
    skipped = dict(reply_due(D(2019, 12, 20), "foia").holidays_skipped)
    assert list(skipped) == [D(2019, 12, 25), D(2019, 12, 26), D(2020, 1, 1), D(2020, 1, 2)]
    assert skipped[D(2020, 1, 2)] == "New Year Holiday (Scotland)"
    assert skipped[D(2019, 12, 25)] == "Christmas Day"
    nir = dict(reply_due(D(2023, 6, 30), "foia").holidays_skipped)
    assert "Northern Ireland" in nir[D(2023, 7, 12)]
    # Under FOISA a Scottish holiday is simply named: there is only one part of the UK.
    assert dict(reply_due(D(2019, 12, 20), "foisa").holidays_skipped)[D(2020, 1, 2)] == "New Year Holiday"


def test_rule_names_the_section() -> None:
    assert reply_due(D(2024, 1, 10), "foia").rule.startswith("FOIA s.10(1): 20 working days")
    assert "Scotland" in reply_due(D(2024, 1, 10), "foisa").rule
    assert "reg 5(2)" in reply_due(D(2024, 1, 10), "eir").rule


def test_is_working_day_by_law() -> None:
    assert not is_working_day(D(2019, 4, 22), "foia")  # Easter Monday
    assert is_working_day(D(2019, 4, 22), "foisa")
    assert not is_working_day(D(2019, 8, 5), "foia")  # Scotland's August holiday counts for FOIA
    assert is_working_day(D(2019, 8, 26), "foisa")  # England's does not count for FOISA
    assert not is_working_day(D(2023, 11, 30), "foisa")
    assert not is_working_day(D(2019, 12, 21), "foia")  # a Saturday


def test_working_days_after_counts_from_the_next_day() -> None:
    assert working_days_after(D(2024, 1, 12), 1) == D(2024, 1, 15)  # Friday → Monday
    assert working_days_after(D(2024, 1, 13), 1) == D(2024, 1, 15)  # Saturday → Monday


def test_review_windows() -> None:
    # FOISA s.20(5): 40 working days after a response of Fri 30 June 2023; Scotland's Summer holiday Mon 7 Aug
    # is skipped, England's Mon 28 Aug is not: Jul 3-28 (1-20), Jul 31-Aug 4 (21-25), Aug 8-25 (26-39), 28 (40).
    assert review_request_by(D(2023, 6, 30), "foisa").due == D(2023, 8, 28)
    # EIR reg 11(4): 40 working days, skipping 12 July, 7 Aug and 28 Aug (any part of the UK) → Wed 30 Aug.
    assert review_due(D(2023, 6, 30), "eir").due == D(2023, 8, 30)
    # FOISA s.21(1) and the FOIA Code: 20 working days.
    assert review_due(D(2023, 6, 30), "foisa").due == D(2023, 7, 28)
    assert review_due(D(2023, 6, 30), "foia").due == D(2023, 7, 31)


def test_extension() -> None:
    assert extended_due(D(2023, 6, 30), "eir").due == D(2023, 8, 30)
    assert extended_due(D(2023, 6, 30), "foisa").due == reply_due(D(2023, 6, 30), "foisa").due


def test_ico_six_calendar_weeks_and_commissioner_six_months() -> None:
    assert ico_complaint_by(D(2024, 1, 10)) == D(2024, 2, 21)
    assert commissioner_appeal_by(D(2023, 8, 31)) == D(2024, 2, 29)
    assert commissioner_appeal_by(D(2023, 3, 15)) == D(2023, 9, 15)
    assert add_months(D(2023, 10, 31), 6) == D(2024, 4, 30)


def test_unknown_law_is_a_user_error() -> None:
    with pytest.raises(LetterError, match="foia, foisa, eir or eisr"):
        reply_due(D(2024, 1, 10), "gdpr")


def test_in_words() -> None:
    assert in_words(D(2020, 1, 23)) == "Thursday 23 January 2020"
