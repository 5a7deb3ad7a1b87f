"""Large pastes read whole. Their speed (a 15 MB Hansard paste took minutes when each answer line copied the
rest of the page) is measured, not tested: benchmarks/reading_large.py times 1, 5 and 15 MB pages."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from foi_helper.reading import detect, read_answers

HANSARD = (Path(__file__).parent / "reading_samples" / "hansard_modern.txt").read_text(encoding="utf-8")


def test_hansard_answer_of_60000_lines_reads_whole() -> None:
    page = HANSARD + "\n".join(f"Row {i} of the table: 12 cases." for i in range(60_000))
    (answer,) = read_answers(page)
    assert answer.answer.endswith("Row 59999 of the table: 12 cases.")
    assert answer.answer.count("\n\n") == 60_001  # the sample's two paragraphs, then each row


def test_each_page_format_is_scored_once_per_read(monkeypatch: pytest.MonkeyPatch) -> None:
    # Scoring walks every line of the page with each reader's patterns: two passes made it most of the reading
    # time of a 15 MB paste.
    calls: list[str] = []

    def counted(name: str, looks: Callable[[str], int]) -> Callable[[str], int]:
        def looks_like(text: str) -> int:
            calls.append(name)
            return looks(text)

        return looks_like

    readers = tuple((name, counted(name, looks), read) for name, looks, read in detect.TEXT_READERS)
    monkeypatch.setattr(detect, "TEXT_READERS", readers)
    (answer,) = read_answers(HANSARD)
    assert answer.source_format == "hansard"
    assert sorted(calls) == sorted(name for name, _, _ in readers)
