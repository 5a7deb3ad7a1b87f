"""Properties of composing over any point text: it never fails unexpectedly, never runs user text as a template,
and always gives a signed letter with numbered items."""

from __future__ import annotations

import re

from hypothesis import assume, given, settings
from hypothesis import strategies as st
from test_letters_compose import ALEX, TODAY, seed_answer

from foi_helper.errors import LetterError
from foi_helper.letters import compose_letter, lint, render
from foi_helper.letters.items import item_problems
from foi_helper.model import POINT_KINDS, Analysis, Evasion, Point

texts = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=120)
points = st.builds(
    Point,
    id=st.just("p1"),
    source=st.sampled_from(["question", "answer"]),
    kind=st.sampled_from(POINT_KINDS),
    status=st.sampled_from(["partial", "unanswered", "follow_up"]),
    text=texts,
    evidence=st.none() | texts,
    breakdown=st.none() | texts,
)
evasions = st.lists(
    st.builds(
        Evasion,
        kind=st.sampled_from(
            ["not_held", "disproportionate_cost", "in_due_course", "policy_restated", "no_comment"]
        ),
        text=texts,
    ),
    max_size=2,
)


@settings(max_examples=60, deadline=None)
@given(point=points, evasions=evasions, heading=st.none() | texts)
def test_any_point_makes_a_signed_letter(point: Point, evasions: list[Evasion], heading: str | None) -> None:
    try:
        letter = compose_letter(
            seed_answer(title=heading), Analysis(points=[point], evasions=evasions), requester=ALEX, today=TODAY
        )
    except LetterError as e:  # a point too garbled for any item is refused in one sentence, never emitted broken
        assert "could be put as a clear request" in str(e)
        return
    assert letter.body.startswith("Dear Home Office,\n\n")
    assert letter.body.endswith("Yours faithfully,\n\nAlex Example\n")
    assert len(re.findall(r"^1\. ", letter.body, flags=re.MULTILINE)) == 1
    assert letter.title.strip()
    lint(letter, ALEX, "wdtk")
    for fmt in ("text", "markdown", "eml", "json"):
        render(letter, fmt, ALEX, today=TODAY)


@settings(max_examples=30, deadline=None)
@given(before=texts, after=texts)
def test_template_syntax_in_user_text_stays_literal(before: str, after: str) -> None:
    text = f"{before} {{{{ 6*7 }}}} {{% if true %}}x{{% endif %}} {after}"
    # Page junk ("|", "[1234]") or a part ending on "of" falls back to a plainer item, by design.
    assume(not item_problems(text) and not item_problems(f"Any records that set out {text}."))
    point = Point("q1", "question", "other", "unanswered", text)
    body = compose_letter(seed_answer(), Analysis(points=[point]), requester=ALEX, today=TODAY).body
    assert "{{ 6*7 }}" in body and "{% if true %}x{% endif %}" in body
