"""How fast API records become WrittenAnswers (the corpus importer's inner loop) and the whole JSON Lines read.

Run: .venv/bin/python benchmarks/reading_api.py [path/to/questions.jsonl.gz]
"""

from __future__ import annotations

import gzip
import json
import sys
import time
from pathlib import Path

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
    print("command: .venv/bin/python benchmarks/reading_api.py")


if __name__ == "__main__":
    main()
