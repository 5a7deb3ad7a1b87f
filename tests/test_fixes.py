"""Stages say what to change (a Fix); the CLI says which option, the app which key, and the core says neither."""

from __future__ import annotations

import re
from pathlib import Path
from typing import get_args

import pytest

from foi_helper.cli.common import cli_hint, error_text
from foi_helper.errors import LetterError
from foi_helper.fixes import with_fix
from foi_helper.model import Fix, FixField
from foi_helper.tui.letter_calls import app_hint
from foi_helper.tui.letter_calls import error_text as app_error_text

CORE = Path(__file__).resolve().parent.parent / "foi_helper"
FACES = ("cli", "tui")
# An option of the command line or a `foi-helper …` command in a string a stage raises or returns.
CLI_WORDS = re.compile(r"""["'f][^"'\n]*(--(?:law|authority|points|format|email|name)\b|`foi-helper drafts)""")


# Fixes the app has no key for: it shows the stage's sentence alone (none: every fix has one).
APP_WITHOUT_KEY: set[str] = set()


@pytest.mark.parametrize("field", get_args(FixField))
def test_every_fix_has_an_option_and_a_key(field: FixField) -> None:
    assert cli_hint(Fix(field))
    assert bool(app_hint(Fix(field))) is (field not in APP_WITHOUT_KEY)
    assert not app_hint(Fix(field)).startswith("--")


def test_the_hint_goes_before_the_full_stop() -> None:
    error = LetterError("Choose the authority to write to.", Fix("authority"))
    assert error_text(error) == "Choose the authority to write to (--authority NAME)."
    assert app_error_text(error) == "Choose the authority to write to (f4: choose the authority)."
    assert with_fix("No fix here.", None, cli_hint) == "No fix here."
    two = LetterError("No link.", Fix("law", "eir"), Fix("format", "text"))
    assert error_text(two) == "No link (--law eir; or --format text)."


def test_no_stage_names_an_option_of_the_command_line() -> None:
    found = []
    for path in sorted(CORE.rglob("*.py")):
        if path.relative_to(CORE).parts[0] in FACES:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            stripped = line.strip()
            if stripped.startswith("#") or "add_argument" in line:
                continue
            if CLI_WORDS.search(line):
                found.append(f"{path.relative_to(CORE)}:{number}: {stripped}")
    assert found == []
