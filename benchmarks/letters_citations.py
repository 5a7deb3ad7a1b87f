"""Which related questions a letter should cite as already published (s.21): agreement by match score.

Run: .venv/bin/python benchmarks/letters_citations.py [INDEX]   (INDEX: a corpus built from the shared sample,
e.g. `foi-helper corpus import ../shared/data/parliament-written-questions/questions.jsonl.gz --corpus /tmp/c.sqlite3`)
For 150 random answered questions (seed 3) it takes the five related matches of each and prints, per band of
score, how often the match has the answer's exact heading (a proxy for "on the same subject") and the same
department. letters.compose.CITE_MIN_SCORE is set from this table.
"""

from __future__ import annotations

import gzip
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

from foi_helper.corpus import Corpus
from foi_helper.reading.api import written_answer_from_api

QUESTIONS = (
    Path(__file__).resolve().parents[2] / "shared/data/parliament-written-questions/questions.jsonl.gz"
)


def main(argv: list[str]) -> int:
    index = Path(argv[1]) if len(argv) > 1 else Path("/tmp/c.sqlite3")
    if not QUESTIONS.exists() or not index.exists():
        print(f"needs {QUESTIONS} and an index at {index} (see the docstring)", file=sys.stderr)
        return 1
    with gzip.open(QUESTIONS, "rt", encoding="utf-8") as fh:
        records = [
            r
            for r in map(json.loads, fh)
            if r.get("answerText") and r.get("heading") and r.get("answeringBodyName")
        ]
    random.seed(3)
    corpus = Corpus.open(index)
    bands: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
    for record in random.sample(records, 150):
        answer = written_answer_from_api(record)
        for m in corpus.related(answer, limit=5):
            band = bands[int(m.score // 5) * 5]
            band[0] += 1
            band[1] += (m.heading or "").lower() == (answer.title or "").lower()
            band[2] += m.department == answer.department
    for low in sorted(bands):
        n, heading, dept = bands[low]
        print(
            f"score {low:3d}-{low + 4}: n={n:4d}  same heading {heading / n:4.0%}  same department {dept / n:4.0%}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
