"""Letters for real written answers: how many compose, how fast, and what our own checks find in them.

Run: .venv/bin/python benchmarks/letters_sweep.py [N]   (default 3000 answered questions of the shared sample)
Prints letters composed and why the others were not, milliseconds per letter (compose only), items per letter,
the share of items that fall back to quoting the point's own words, and the lint warnings on our own letters
(through WhatDoTheyKnow, so the strictest channel).
"""

from __future__ import annotations

import gzip
import json
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

from foi_helper.analysis import analyse
from foi_helper.errors import LetterError
from foi_helper.letters import compose_letter, lint
from foi_helper.model import Requester
from foi_helper.reading.api import written_answer_from_api

QUESTIONS = (
    Path(__file__).resolve().parents[2] / "shared/data/parliament-written-questions/questions.jsonl.gz"
)
ALEX = Requester(name="Alex Example", email="alex@example.org")


def main(argv: list[str]) -> int:
    if not QUESTIONS.exists():
        print(f"needs {QUESTIONS}", file=sys.stderr)
        return 1
    limit = int(argv[1]) if len(argv) > 1 else 3000
    warnings: Counter[str] = Counter()
    refused: Counter[str] = Counter()
    letters = items = quoted = 0
    spent = 0.0
    with gzip.open(QUESTIONS, "rt", encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            if not (record.get("answerText") and record.get("answeringBodyName")):
                continue
            if letters + sum(refused.values()) >= limit:
                break
            answer = written_answer_from_api(record)
            analysis = analyse(answer)
            start = time.perf_counter()
            try:
                letter = compose_letter(answer, analysis, requester=ALEX, today=date(2026, 11, 28))
            except LetterError as exc:
                refused["no open point" if "no open point" in str(exc) else "authority not in the table"] += 1
                continue
            finally:
                spent += time.perf_counter() - start
            letters += 1
            items += len(letter.points)
            quoted += sum(
                '("' in ln or "the statement in the answer that" in ln for ln in letter.body.splitlines()
            )
            warnings.update(w.code for w in lint(letter, ALEX, "wdtk"))
    total = letters + sum(refused.values())
    print(f"{total} answered questions: {letters} letters; not composed: {dict(refused)}")
    print(
        f"compose: {1000 * spent / total:.2f} ms per answer; {items / letters:.2f} items per letter; "
        f"{quoted / items:.1%} of items quote the point's own words"
    )
    print(f"lint warnings on our own letters (wdtk channel): {dict(warnings) or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
