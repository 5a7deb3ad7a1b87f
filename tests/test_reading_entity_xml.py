"""XML that declares entities (the "billion laughs" shape) is refused in one plain sentence, by the reader and
by `corpus import` (the ParlParse importer), never with a Python repr of the parser's exception."""

from __future__ import annotations

from pathlib import Path

import pytest

from foi_helper.cli import main

LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
]>
<publicwhip><ques>&lol2;</ques></publicwhip>
"""


@pytest.mark.parametrize("command", [["corpus", "import"], ["analyse"]])
def test_entity_declarations_are_refused_in_one_sentence(
    command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "laughs.xml"
    path.write_text(LAUGHS, encoding="utf-8")
    assert main([*command, str(path)]) == 1
    (line,) = [x for x in capsys.readouterr().err.splitlines() if not x.startswith("foi-helper: warning:")]
    assert "entities" in line and line.endswith(".")
    assert "EntitiesForbidden" not in line and "=" not in line and "system_id" not in line
