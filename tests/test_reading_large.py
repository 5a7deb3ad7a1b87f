"""Large pastes read in time proportional to their size (a 15 MB Hansard paste took minutes when each
answer line copied the rest of the page); timed figures for 1, 5 and 15 MB: benchmarks/reading_large.py."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from foi_helper.reading import detect, read_answers

HANSARD = (Path(__file__).parent / "reading_samples" / "hansard_modern.txt").read_text(encoding="utf-8")


def test_hansard_answer_of_60000_lines_reads_in_about_a_second() -> None:
    # 2 MB: 7.7 s when reading was quadratic in the answer's lines, 0.3 s linear; the budget leaves room for a
    # busy machine while still failing for the quadratic reader.
    page = HANSARD + "\n".join(f"Row {i} of the table: 12 cases." for i in range(60_000))
    started = time.perf_counter()
    (answer,) = read_answers(page)
    elapsed = time.perf_counter() - started
    assert answer.answer.endswith("Row 59999 of the table: 12 cases.")
    assert answer.answer.count("\n\n") == 60_001  # the sample's two paragraphs, then each row
    assert elapsed < 2.5, f"reading a 2 MB page took {elapsed:.1f} s"


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
