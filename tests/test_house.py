"""The project's own papers: one version read from the metadata, the licence it declares, the docs it cites."""

from __future__ import annotations

import re
import tomllib
from importlib.metadata import version

import pytest

from foi_helper import __version__
from foi_helper.cli import main
from foi_helper.parliament_api import USER_AGENT
from tests.conftest import ROOT


def test_one_version_from_the_package_metadata(capsys: pytest.CaptureFixture[str]) -> None:
    assert __version__ == version("foi-helper") != "unknown"
    assert USER_AGENT.startswith(f"foi-helper/{__version__} ")
    with pytest.raises(SystemExit):
        main(["--version"])
    assert __version__ in capsys.readouterr().out


def test_the_licence_declared_is_the_licence_shipped() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "MIT"
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")


def test_textual_is_pinned_exactly() -> None:
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    (textual,) = [d for d in deps if d.startswith("textual")]
    assert re.fullmatch(r"textual==\d+\.\d+\.\d+", textual)


def test_every_document_the_code_cites_is_in_the_repository() -> None:
    cited: set[str] = set()
    for pattern in ("foi_helper/**/*.py", "templates/**/*.j2", "tests/*.py", "*.md", "templates/*.md"):
        for path in ROOT.glob(pattern):
            text = path.read_text(encoding="utf-8")
            cited |= set(re.findall(r"\bdocs/[a-z-]+\.md\b", text))
            assert not re.search(r"\b(?:DESIGN|FOI-FACTS|LETTER-EXAMPLE)\.md\b", text), f"{path} cites a paper outside the project"
    assert cited >= {"docs/architecture.md", "docs/law.md"}
    assert [c for c in sorted(cited) if not (ROOT / c).is_file()] == []
