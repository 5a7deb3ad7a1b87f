"""Large pastes read in time proportional to their size (a 15 MB Hansard paste took minutes when each answer line
copied the rest of the page); the timed figures for 1, 5 and 15 MB are in benchmarks/reading_large.py."""

from __future__ import annotations

import time
from pathlib import Path

from foi_helper.reading import read_answers

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
