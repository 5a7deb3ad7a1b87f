"""Drafts read back exactly what was written: any text, None, dates, NaN; bad files are refused by name."""

from __future__ import annotations

import math
import tomllib
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings

from foi_helper.drafts.codec import FORMAT, FormatError, NewerFormatError, dumps, loads
from foi_helper.drafts.draft import Draft
from foi_helper.errors import DraftError
from tests.drafts_strategies import TRICKY, drafts, sample_draft


def round_trip(draft: Draft) -> Draft:
    return loads(dumps(draft))[0]


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(drafts)
def test_any_draft_reads_back_equal(draft: Draft) -> None:
    assert round_trip(draft) == draft


@pytest.mark.parametrize("text", TRICKY)
def test_tricky_text_in_every_text_field_reads_back(text: str) -> None:
    d = sample_draft(body=f"Dear Home Office,\n{text}\nYours faithfully,\n{text}")
    d.source_text, d.letter.title, d.answer.question, d.history[0].note = text, text, text, text
    assert round_trip(d) == d


def test_a_megabyte_letter_with_long_lines_reads_back() -> None:
    line = "£ “quoted” \\ \"\"\" 😀 \x07 " * 4000  # about 100 kB on one line
    body = "\n".join([line] * 10) + "\r\n" + "x" * 200_000
    assert len(body.encode("utf-8")) > 1_000_000
    assert round_trip(sample_draft(body=body)).letter.body == body


def test_none_is_a_missing_key_and_reads_back_as_none() -> None:
    d = sample_draft()
    d.letter.authority, d.answer.asker, d.answer.uin = None, None, None
    table = tomllib.loads(dumps(d).decode())
    assert "authority" not in table["letter"] and "asker" not in table["answer"] and "uin" not in table["answer"]
    back = round_trip(d)
    assert back.letter.authority is None and back.answer.asker is None and back.answer.uin is None


def test_empty_string_is_not_none() -> None:
    d = sample_draft()
    d.letter.authority = ""
    assert round_trip(d).letter.authority == ""


def test_dates_are_toml_dates_and_times_keep_their_zone() -> None:
    d = sample_draft()
    text = dumps(d).decode()
    assert "date_answered = 2019-06-24" in text
    back = round_trip(d)
    assert back.created == d.created and back.created.tzinfo is not None


def test_nan_score_saves_and_reads_back() -> None:
    d = sample_draft()
    d.cited[0].score = math.nan
    assert math.isnan(round_trip(d).cited[0].score)


def test_letter_without_carriage_returns_is_readable_multiline_toml() -> None:
    text = dumps(sample_draft()).decode()
    assert 'body = """' in text and "Yours faithfully,\nAda Lovelace" in text


def test_lone_surrogate_is_refused_in_one_sentence() -> None:
    with pytest.raises(DraftError, match="cannot be saved"):
        dumps(sample_draft(body="broken \ud800 text"))


def test_missing_required_key_and_wrong_types_are_format_errors() -> None:
    good = dumps(sample_draft()).decode()
    with pytest.raises(FormatError, match="source_text"):
        loads(good.replace("source_text =", "source_txt =").encode())
    with pytest.raises(FormatError, match="holding"):
        loads(good.replace("holding = false", 'holding = "no"').encode())
    with pytest.raises(FormatError, match="exploded"):
        loads(good.replace('kind = "drafted"', 'kind = "exploded"').encode())
    with pytest.raises(FormatError):
        loads(good.replace(f"format = {FORMAT}", "").encode())


def test_a_newer_format_is_recognised() -> None:
    good = dumps(sample_draft()).decode()
    with pytest.raises(NewerFormatError):
        loads(good.replace(f"format = {FORMAT}", f"format = {FORMAT + 1}").encode())


def test_unknown_keys_are_ignored_and_missing_defaults_filled() -> None:
    d = replace(sample_draft(), follow_ups=[])
    text = dumps(d).decode().replace("follow_ups = []\n", "").replace("format = 1\n", "format = 1\nfuture = 3\n")
    assert loads(text.encode())[0] == d
