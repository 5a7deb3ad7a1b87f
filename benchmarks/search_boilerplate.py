"""The words of Westminster prose: terms far more common in answers than in questions.

An answer's subject terms (the programmes, bodies and places it names) weigh in the query for related
questions; words every answer is made of ("committed", "continue", "across", "approach") must not. This prints
the terms held by at least MIN_ANSWERS answers of the shared record and by at least RATIO times as many answers
as questions, which `foi_helper.corpus.ranking.ANSWER_BOILERPLATE` holds.

    .venv/bin/python benchmarks/search_boilerplate.py
"""

from __future__ import annotations

import gzip
import json
import re
import sys
import textwrap
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
QUESTIONS = ROOT.parent / "shared" / "data" / "parliament-written-questions" / "questions.jsonl.gz"
MIN_ANSWERS = 400
RATIO = 8

from foi_helper.corpus.text import question_terms, terms


def main() -> None:
    in_questions: Counter[str] = Counter()
    in_answers: Counter[str] = Counter()
    with gzip.open(QUESTIONS, "rt", encoding="utf-8") as lines:
        for line in lines:
            v = json.loads(line)
            if not v.get("answerText") or not v.get("questionText"):
                continue
            in_questions.update(set(question_terms(v["questionText"])))
            in_answers.update(set(terms(re.sub(r"<[^>]*>", " ", v["answerText"]))))
    found = sorted(
        t
        for t, n in in_answers.items()
        if n >= MIN_ANSWERS and n >= RATIO * (in_questions[t] + 1) and not t[0].isdigit()
    )
    print(f"{len(found)} terms (answers >= {MIN_ANSWERS}, >= {RATIO}x as many answers as questions):")
    print(textwrap.fill(" ".join(found), 100))


if __name__ == "__main__":
    main()
