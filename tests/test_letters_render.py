"""Send formats: each carries the whole letter, in a form its destination accepts."""

from __future__ import annotations

import email
import email.policy
import json
import urllib.parse
from datetime import date

import pytest
from test_letters_compose import ALEX, TODAY, seed_analysis, seed_answer

from foi_helper.errors import LetterError
from foi_helper.letters import compose_letter, render
from foi_helper.model import Letter, Requester


@pytest.fixture
def seed() -> Letter:
    return compose_letter(seed_answer(), seed_analysis(), requester=ALEX, today=TODAY)


def test_text_is_wrapped_with_hanging_indents(seed: Letter) -> None:
    text = render(seed, "text", ALEX, today=TODAY)
    assert all(len(line) <= 78 for line in text.splitlines())
    assert text.startswith("Subject: Freedom of Information request: ") and "\n\nDear Home Office,\n\n" in text
    assert "\n   " in text  # continuation lines of numbered items line up under the text
    subject, body = text.split("\n\n", 1)
    assert " ".join(subject.split()) == f"Subject: Freedom of Information request: {seed.title}"
    assert " ".join(body.split()) == " ".join(seed.body.split())  # nothing lost or added


def test_markdown_has_the_title_and_the_letter(seed: Letter) -> None:
    md = render(seed, "markdown", ALEX, today=TODAY)
    assert md.startswith(f"# {seed.title}\n\nDear Home Office,")
    assert "\n1. A list (date, attendees by job title, subject) of meetings" in md


def test_eml_is_an_rfc5322_message(seed: Letter) -> None:
    raw = render(seed, "eml", ALEX, today=TODAY, to="foi@example.gov.uk")
    msg = email.message_from_string(raw, policy=email.policy.default)
    assert msg["Subject"] == f"Freedom of Information request: {seed.title}"
    assert msg["From"] == "Alex Example <alex@example.org>"
    assert msg["To"] == "foi@example.gov.uk"
    assert msg.get_content() == seed.body  # type: ignore[attr-defined]


def test_json_has_the_contract_fields(seed: Letter) -> None:
    data = json.loads(render(seed, "json", ALEX, today=TODAY))
    assert {"title", "authority", "law", "body", "points", "warnings"} <= set(data)
    assert data["authority"] == "Home Office" and data["law"] == "foia" and data["points"] == seed.points
    assert {w["code"] for w in data["warnings"]} == {"left-out", "old-records"}  # 2019: seven years back
    assert data["due_if_received_today"]["date"] == "2026-12-30"


def test_wdtk_url_prefills_the_middle_of_the_letter(seed: Letter) -> None:
    url = render(seed, "wdtk-url", ALEX, today=TODAY).strip()
    parts = urllib.parse.urlsplit(url)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "www.whatdotheyknow.com", "/new/home_office")
    query = urllib.parse.parse_qs(parts.query)
    assert query["title"] == [seed.title]
    middle = query["default_letter"][0]
    # The site wraps "Dear …," and "Yours faithfully," around default_letter itself.
    assert middle.startswith("On 24 June 2019") and "Dear" not in middle and "Yours faithfully" not in middle
    assert "1. A list (date, attendees by job title" in middle
    assert " " not in url and "\n" not in url


def test_wdtk_url_too_long_says_so(seed: Letter) -> None:
    seed.body = seed.body.replace("Please send", "Background. " * 900 + "Please send")
    with pytest.raises(LetterError, match="too long for a WhatDoTheyKnow link"):
        render(seed, "wdtk-url", ALEX, today=TODAY)


def test_wdtk_url_needs_a_known_authority(seed: Letter) -> None:
    seed.authority_url_name = None
    with pytest.raises(LetterError, match="No WhatDoTheyKnow page") as caught:
        render(seed, "wdtk-url", ALEX, today=TODAY)
    assert [f.field for f in caught.value.fixes] == ["authority", "format"]
    assert "--" not in str(caught.value), "the stage names no option: each face says how to choose"


def test_unknown_format(seed: Letter) -> None:
    with pytest.raises(LetterError, match="Unknown format"):
        render(seed, "pdf", ALEX, today=date(2026, 1, 1))


def test_text_keeps_dates_on_one_line(seed: Letter) -> None:
    text = render(seed, "text", ALEX, today=TODAY)
    assert "\u00a0" not in text
    for line in text.splitlines():
        assert not line.rstrip().endswith((" 1", " January")), line


def test_the_postal_address_goes_in_the_body_for_email_and_post_not_on_whatdotheyknow() -> None:


    alex = Requester(name="Alex Example", email="alex@example.org", address="1 High Street\nAnytown AB1 2CD")
    letter = compose_letter(seed_answer(), seed_analysis(), requester=alex, today=TODAY)
    assert letter.body.endswith("Yours faithfully,\n\nAlex Example\n1 High Street\nAnytown AB1 2CD\n")
    raw = render(letter, "eml", alex, today=TODAY)
    assert "1 High Street" in email.message_from_string(raw, policy=email.policy.default).get_content()  # type: ignore[attr-defined]
    link = urllib.parse.unquote(render(letter, "wdtk-url", alex, today=TODAY))
    assert "High Street" not in link and "AB1 2CD" not in link  # the site publishes the request


def test_text_starts_with_the_subject_line_then_the_letter(seed: Letter) -> None:
    out = render(seed, "text", ALEX, today=TODAY)
    subject, rest = out.split("\n\n", 1)
    assert " ".join(subject.split()) == f"Subject: Freedom of Information request: {seed.title}"
    assert rest.startswith("Dear Home Office,")


def test_figures_are_asked_for_in_whatever_form_they_are_recorded(seed: Letter) -> None:
    assert "whatever form it is recorded" not in seed.body
