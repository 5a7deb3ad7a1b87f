"""Each check before sending fires on the problem it names, with its rule, and stays quiet otherwise."""

from __future__ import annotations

import pytest

from foi_helper.letters import lint
from foi_helper.model import Letter, Requester

ALEX = Requester(name="Alex Example", email="alex@example.org")
GOOD_ITEM = "Any figures held of the number of prosecutions, for the period 1 January 2023 to the date of this request."


def letter(
    *items: str, title: str = "Prosecutions in Kent: figures", sign: str = "Alex Example", middle: str = ""
) -> Letter:
    numbered = "\n\n".join(f"{i}. {text}" for i, text in enumerate(items or (GOOD_ITEM,), 1))
    body = (
        f"Dear Home Office,\n\nUnder the Freedom of Information Act 2000 I request the following.\n\n{numbered}\n\n"
        f"{middle}Yours faithfully,\n\n{sign}\n"
    )
    return Letter(
        title=title, authority="Home Office", law="foia", body=body, authority_url_name="home_office"
    )


def codes(found: list) -> set[str]:  # type: ignore[type-arg]
    return {w.code for w in found}


def test_a_clean_letter_has_no_warnings() -> None:
    assert lint(letter(), ALEX) == []
    assert lint(letter(), ALEX, "wdtk") == []


def test_missing_name_is_invalid_under_s8() -> None:
    found = lint(letter(sign="[your name]"), Requester(email="a@example.org"))
    assert codes(found) == {"no-name"}
    assert found[0].rule == "FOIA s.8(1)(b)"


def test_unsigned_letter() -> None:
    assert "unsigned" in codes(lint(letter(sign="A friend"), ALEX))


def test_missing_address_except_through_whatdotheyknow() -> None:
    named = Requester(name="Alex Example")
    assert "no-address" in codes(lint(letter(), named))
    assert "no-address" not in codes(lint(letter(), named, "wdtk"))  # the site gives the address
    assert "no-address" not in codes(
        lint(letter(), Requester(name="Alex Example", address="1 High St, Leeds"))
    )


@pytest.mark.parametrize(
    "item",
    [
        "Why did the Department cancel the contract in 2023?",
        "Please state how did officials decide on the figure in 2023.",
        "The number of prosecutions in 2023?",
    ],
)
def test_questions_are_flagged(item: str) -> None:
    found = lint(letter(item), ALEX)
    assert "question" in codes(found)
    assert "recorded information" in next(w for w in found if w.code == "question").rule


def test_words_quoted_from_the_question_are_not_the_requesters() -> None:
    item = 'Any briefing held in 2023 bearing on what the question asked ("why the report was delayed").'
    assert "question" not in codes(lint(letter(item), ALEX))


def test_opinion_is_flagged() -> None:
    assert "opinion" in codes(lint(letter("Do you agree that the policy failed in 2023."), ALEX))


def test_missing_date_range_names_the_items() -> None:
    found = lint(letter(GOOD_ITEM, "Any records of the contract.", "Copies of the minutes."), ALEX)
    warning = next(w for w in found if w.code == "no-date-range")
    assert "Items 2, 3" in warning.message and warning.rule == "FOIA s.12"


@pytest.mark.parametrize(
    "item",
    [
        "All information about the contract in 2023.",
        "Any and all emails about the contract in 2023.",
        "Records of the scheme's costs from inception to date.",
    ],
)
def test_sweeping_requests_are_flagged(item: str) -> None:
    assert "sweeping" in codes(lint(letter(item), ALEX))


def test_too_many_parts() -> None:
    found = lint(letter(*[GOOD_ITEM] * 6), ALEX)
    assert "too-many-parts" in codes(found)
    assert "too-many-parts" not in codes(lint(letter(*[GOOD_ITEM] * 5), ALEX))


def test_own_personal_data_is_a_subject_access_request() -> None:
    found = lint(letter("Copies of my personal data held since 2023."), ALEX)
    assert "own-data" in codes(found)
    assert "UK GDPR" in next(w for w in found if w.code == "own-data").rule


def test_whatdotheyknow_publishes_emails_and_postcodes() -> None:
    leaky = letter(middle="You can reach me at alex@example.org or at 1 High Street, Leeds LS1 4AP.\n\n")
    assert {"wdtk-email", "wdtk-postcode"} <= codes(lint(leaky, ALEX, "wdtk"))
    assert not {"wdtk-email", "wdtk-postcode"} & codes(lint(leaky, ALEX, "email"))


@pytest.mark.parametrize(
    "title",
    [
        "FOI request",
        "Freedom of Information request",
        "ab",
        "prosecutions in kent",
        "PROSECUTIONS IN KENT",
        "Prosecutions " * 30,
    ],
)
def test_whatdotheyknow_title_rules(title: str) -> None:
    assert "wdtk-title" in codes(lint(letter(title=title), ALEX, "wdtk"))


def test_unfilled_placeholder() -> None:
    found = lint(letter(middle="[Say here, in a sentence or two, what you meant.]\n\n"), ALEX)
    assert "placeholder" in codes(found)


@pytest.mark.parametrize(
    "item",
    [
        "Any briefing held from 1 January 2023 that records the reasons why the Bristol office was closed.",
        "Any minute dated in 2023 setting out the reason why the contract was cancelled.",
    ],
)
def test_the_reasons_why_in_a_request_for_records_is_not_a_question(item: str) -> None:
    assert "question" not in codes(lint(letter(item), ALEX))
    assert "question" in codes(lint(letter(item.replace("the reasons why", "why").replace("the reason why", "why")),
                                     ALEX))
