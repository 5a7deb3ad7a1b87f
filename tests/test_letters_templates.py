"""Templates: the user's copies win, run sandboxed, and report errors by template and line; user text is data."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_letters_compose import ALEX, TODAY, seed_analysis, seed_answer

from foi_helper.errors import LetterError
from foi_helper.letters import compose_letter
from foi_helper.letters.templating import render_template
from foi_helper.model import POINT_KINDS, Analysis, Point
from foi_helper.settings import bundled_templates_dir, user_templates_dir


def user_template(name: str, text: str) -> Path:
    path = user_templates_dir() / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_bundled_templates_cover_every_point_kind() -> None:
    folder = bundled_templates_dir()
    for kind in POINT_KINDS:
        assert (folder / "points" / f"{kind}.txt.j2").is_file()
    assert (folder / "request.txt.j2").is_file()


def test_a_user_copy_replaces_the_bundled_template() -> None:
    user_template("points/statistics.txt.j2", "My own wording for {{ subject }}, {{ window }}.")
    body = compose_letter(seed_answer(), seed_analysis(), requester=ALEX, today=TODAY).body
    assert "My own wording for the number of paedophiles" in body
    assert "My own wording for the number of paedophiles, 2018 and 2019." in body  # the window as words


def test_undefined_variable_names_the_template_and_line() -> None:
    path = user_template("points/spending.txt.j2", "First line\n{{ no_such_thing }}\n")
    with pytest.raises(LetterError) as err:
        compose_letter(seed_answer(), seed_analysis(), requester=ALEX, today=TODAY)
    message = str(err.value)
    assert str(path) in message and "line 2" in message and "no_such_thing" in message


def test_syntax_error_names_the_line() -> None:
    user_template("points/spending.txt.j2", "ok\nok\n{% if %}\n")
    with pytest.raises(LetterError, match="line 3"):
        compose_letter(seed_answer(), seed_analysis(), requester=ALEX, today=TODAY)


def test_user_templates_are_sandboxed() -> None:
    user_template("points/spending.txt.j2", "{{ point.__class__.__mro__[1].__subclasses__() }}")
    with pytest.raises(LetterError, match="unsafe|not safely|access"):
        compose_letter(seed_answer(), seed_analysis(), requester=ALEX, today=TODAY)


def test_user_text_is_data_never_template_source() -> None:
    analysis = Analysis(
        points=[
            Point("q1", "question", "statistics", "unanswered", "the number of {{ 7*7 }} {% raw %} cases")
        ]
    )
    body = compose_letter(seed_answer(), analysis, requester=ALEX, today=TODAY).body
    assert "the number of {{ 7*7 }} {% raw %} cases" in body and "49" not in body


def test_missing_template_is_a_user_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr("foi_helper.letters.templating.bundled_templates_dir", lambda: tmp_path)
    with pytest.raises(LetterError, match="missing"):
        render_template("request.txt.j2", {})
