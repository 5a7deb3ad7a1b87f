"""How fast API records become WrittenAnswers (the corpus importer's inner loop) and the whole JSON Lines read,
and a digest of every record's fields as read: a change to the readers that leaves it unchanged reads the API
records exactly as before.

Run: .venv/bin/python benchmarks/reading_api.py [path/to/questions.jsonl.gz]
"""

from __future__ import annotations

import gzip
import hashlib
import json
import sys
import time
from pathlib import Path

from foi_helper.model import WrittenAnswer
from foi_helper.reading import read_answers
from foi_helper.reading.api import written_answer_from_api

DEFAULT = (
    Path(__file__).resolve().parent.parent.parent
    / "shared/data/parliament-written-questions/questions.jsonl.gz"
)


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        text = handle.read()
    values = [json.loads(line) for line in text.splitlines() if line.strip()]
    started = time.perf_counter()
    for value in values:
        written_answer_from_api(value)
    convert = time.perf_counter() - started
    started = time.perf_counter()
    answers = read_answers(text)
    whole = time.perf_counter() - started
    print(f"{len(values)} records from {path.name}")
    print(f"written_answer_from_api: {convert:.2f} s, {len(values) / convert:,.0f} records/s")
    print(
        f"read_answers on the JSON Lines text (json.loads included): {whole:.2f} s, "
        f"{len(answers) / whole:,.0f} records/s"
    )
    print(f"records with a question: {sum(1 for a in answers if a.question)}, with an answer: "
          f"{sum(1 for a in answers if a.answer)}")
    print(f"digest of every record's fields: {digest(answers)}")
    print("command: .venv/bin/python benchmarks/reading_api.py")


def digest(answers: list[WrittenAnswer]) -> str:
    """A short hash of every field of every record, in order (fields left unknown are left out, so a field added
    to the model that the API reader never fills leaves it unchanged)."""
    h = hashlib.sha256()
    for a in answers:
        known = {k: v for k, v in a.contract_dict().items() if v is not None}
        h.update(json.dumps(known, sort_keys=True, ensure_ascii=False).encode("utf-8"))
    return h.hexdigest()[:16]


if __name__ == "__main__":
    main()
