"""Whatever a user feeds the readers, the only exception is ReadError (one sentence), never a traceback."""

from __future__ import annotations

import os
import tempfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from foi_helper.errors import ReadError
from foi_helper.reading import load_source, read_answers

# Pieces of every format, so generated inputs reach deep into each reader rather than failing detection.
FRAGMENTS = [
    "To ask the Secretary of State for Defence, how many ships [12345]",
    "To ask His Majesty's Government ",
    "Photo of Lord A Lord A Labour",
    "Home Office written question – answered on 24th June 2019.",
    "Asked by: Jane Smith (Labour - X)",
    "Asked on: 10 February 2020",
    "Answered by: Nick Gibb",
    "Answered on",
    "Question for Department for Education",
    "UIN 12345, tabled on 10 February 2020",
    "Holding answer received on 12 May 2020",
    "Grouped Questions: 1 | 2",
    "Original answer",
    "Corrected answer",
    "Written Question",
    "Question to the Home Office:",
    "Answered by Nick Gibb - Minister (DfE)",
    "13 Jul 2005 : Column 1080W",
    "§ Mr. Smith asked the Secretary of State for Health how",
    "§ Mr. Jones I refer",
    "Andy Burnham [holding answer 7 July 2005]: ",
    "HC Deb 13 July 1988 vol 137 cc245-6W",
    "Mr. Hoban: To ask",
    "{",
    "}",
    "[",
    "]",
    '{"value": {"questionText": "To ask"',
    '"answerText": "<table><tr><td>',
    "<p>",
    "</td>",
    "<publicwhip>",
    "<ques id='uk.org.publicwhip/wrans/2019-06-24.HL1.q0'>",
    "<p qnum='HL1'>",
    "</ques>",
    "<reply>",
    "</publicwhip>",
    "<?xml version='1.0'?>",
    "<!DOCTYPE x [",
    "<!ENTITY a 'b'>",
    "&a;",
    "&amp;",
    "<html><body>",
    "<script>",
    "<ul><li>",
    "\t",
    "\n",
    "\n\n",
    " ",
    "\x1b[31m",
    "\x1b]0;",
    "\x07",
    "\x00",
    "\r\n",
    "\ufeff",
    "A",
    "Q",
    "Close",
    "Named Day",
    "31 February 2020",
    "99 Smarch 2020",
    "2020-13-45",
]
page_text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=20)), max_size=40).map("".join)
fragment_lines = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=30)), max_size=30).map(
    "\n".join
)


def read_or_refuse(text: str) -> None:
    try:
        answers = read_answers(text)
    except ReadError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    for a in answers:
        for value in (a.question, a.answer, a.title or "", a.department or ""):
            assert "\x1b" not in value and "\x00" not in value and "\x07" not in value


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.one_of(st.text(), page_text, fragment_lines))
def test_any_text_is_read_or_refused_with_read_error(text: str) -> None:
    read_or_refuse(text)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.one_of(st.binary(max_size=2000), page_text.map(lambda t: t.encode("utf-8", "surrogatepass"))))
def test_any_bytes_in_a_file_are_read_or_refused_with_read_error(data: bytes) -> None:
    handle, path = tempfile.mkstemp(suffix=".txt")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        try:
            text, _ = load_source(path)
        except ReadError:
            return
        read_or_refuse(text)
    finally:
        os.unlink(path)
