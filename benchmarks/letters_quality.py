"""Letters on real answers: how many compose, why the rest are refused, and whether any item carries page
junk, a second window or a year the answer could not mean. Prints figures; reproduce with

    .venv/bin/python benchmarks/letters_quality.py [N]

(N answered, dated, uncut API records from ../shared/data/parliament-written-questions/questions.jsonl.gz, default 1000;
-v lists the letters that name a published series of the figures they ask for).
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

from foi_helper.analysis import analyse
from foi_helper.errors import LetterError
from foi_helper.letters import compose_letter
from foi_helper.letters.items import item_problems
from foi_helper.letters.titles import title_problems
from foi_helper.letters.windows import AnswerDateUnknown
from foi_helper.model import Requester
from foi_helper.reading.api import written_answer_from_api

QUESTIONS = Path(__file__).resolve().parents[1].parent / "shared/data/parliament-written-questions/questions.jsonl.gz"
WINDOW = re.compile(r"\b\d{1,2} [A-Z][a-z]+ \d{4} to \d{1,2} [A-Z][a-z]+ \d{4}\b|\bthe financial years? \d{4}-\d\d\b|"
                    r"\beach calendar year from \d{4}\b|\bas at \d{1,2} [A-Z][a-z]+ \d{4}\b")
TODAY = date(2026, 12, 2)


def main(limit: int) -> None:
    who = Requester(name="Alex Example", email="alex@example.org")
    outcomes: Counter[str] = Counter()
    problems: Counter[str] = Counter()
    briefing_only = 0
    items = 0
    series: Counter[str] = Counter()  # letters naming a published series (s.21)
    verbose = "-v" in sys.argv
    with gzip.open(QUESTIONS, "rt", encoding="utf-8") as fh:
        for line in fh:
            if sum(outcomes.values()) >= limit:
                break
            record = json.loads(line)
            if not record.get("answerText") or not record.get("dateAnswered") or \
                    (record.get("questionText") or "").endswith("..."):
                continue  # undated records (a third of the file) are refused with the question for the date
            answer = written_answer_from_api(record)
            try:
                letter = compose_letter(answer, analyse(answer), requester=who, today=TODAY)
            except AnswerDateUnknown:
                outcomes["refused: no answer date (asks for it)"] += 1
                continue
            except LetterError as e:
                outcomes[f"refused: {str(e).split(';')[0][:60]}"] += 1
                continue
            outcomes["composed"] += 1
            if found := re.search(r"Figures of this kind are published in (.+?): where", " ".join(letter.body.split())):
                series[found.group(1)] += 1
                if verbose:
                    print(f"{record.get('id')}: {found.group(1)} <- {answer.question[:160]}")
            if title_problems(letter.title):
                problems["title"] += 1
            reference = answer.date_answered or answer.date_tabled
            asked = re.findall(r"^\d+\. (.+)$", letter.body, flags=re.MULTILINE)
            if len(asked) == 1 and asked[0].startswith("The briefing, background note and draft answer"):
                briefing_only += 1  # the point could not be made an item: only the papers behind the answer
            for item in asked:
                items += 1
                for p in item_problems(item):
                    problems[p] += 1
                if len(WINDOW.findall(item)) > 1:
                    problems["two windows"] += 1
                # A year the answer or question names ("funding up to 2026/27") is one they mean.
                named = set(re.findall(r"(?:19|20)\d\d", f"{answer.question} {answer.answer}"))
                years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", item) if y not in named]
                planned = "as planned" in item  # "in each of the next five years": the years the plans cover
                if reference and not planned and any(y > min(reference.year + 2, TODAY.year) for y in years):
                    problems["a year after the answer"] += 1
            if "date of this request" in letter.body:
                problems["'the date of this request'"] += 1
    print(f"records tried: {sum(outcomes.values())}")
    for outcome, n in outcomes.most_common():
        print(f"  {outcome}: {n}")
    print(f"items in composed letters: {items}")
    print(f"letters asking only for the briefing behind the answer: {briefing_only}")
    print(f"items or titles with a problem: {sum(problems.values())}", dict(problems))
    print(f"letters naming a published series of such figures: {sum(series.values())}", dict(series.most_common()))


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "-v"]
    main(int(args[0]) if args else 1000)
