"""Shared fixtures: where the shared data lives, and a private FOI_HELPER_HOME for every test."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Property tests judge what the code returns, never how fast: on a loaded CI machine Hypothesis's timing
# checks (a per-example deadline, "data generation is too slow") fail runs that are correct.
settings.register_profile("foi-helper", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("foi-helper")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SHARED_DATA = SHARED / "data"
SEED = SHARED_DATA / "seed" / "twfy-written-answer-2019-06-24.txt"
QUESTIONS = SHARED_DATA / "parliament-written-questions" / "questions.jsonl.gz"
EXAMPLE = ROOT / "foi_helper" / "examples" / "twfy-written-answer-2019-06-24.txt"


def needs_shared(path: Path) -> pytest.MarkDecorator:
    """Skip a test when the shared data beside the project is absent (CI always has it)."""
    return pytest.mark.skipif(not path.exists(), reason=f"needs {path} (the shared data beside the project)")


@pytest.fixture(autouse=True)
def foi_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own state folder: config, drafts and index never touch the user's."""
    home = tmp_path / "foi-home"
    monkeypatch.setenv("FOI_HELPER_HOME", str(home))
    return home


@pytest.fixture
def seed_text() -> str:
    """The founding written answer (a TheyWorkForYou page as copied by a reader); the project ships a copy."""
    return EXAMPLE.read_text(encoding="utf-8")
