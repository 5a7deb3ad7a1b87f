"""Why the importer maps API records itself: the cost per record of the two converters over the shared corpus.

`reading.api.written_answer_from_api` builds a display-ready WrittenAnswer (answer HTML turned into text);
`corpus.records.record_from_api` keeps the HTML and converts only the few matches shown.

    .venv/bin/python benchmarks/import_converters.py
"""

from __future__ import annotations

import gzip
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
QUESTIONS = ROOT.parent / "shared" / "data" / "parliament-written-questions" / "questions.jsonl.gz"

from foi_helper.corpus.records import record_from_api
from foi_helper.reading.api import written_answer_from_api


def main() -> None:
    t = time.process_time()
    with gzip.open(QUESTIONS, "rt", encoding="utf-8") as lines:
        values = [json.loads(line) for line in lines]
    parse = time.process_time() - t
    print(
        f"{len(values):,} records; reading and parsing the JSON lines: {parse:.2f} s CPU "
        f"({len(values) / parse:,.0f}/s)"
    )
    for name, convert in [
        ("corpus.records.record_from_api", record_from_api),
        ("reading.api.written_answer_from_api", written_answer_from_api),
    ]:
        t = time.process_time()
        for v in values:
            convert(v)
        took = time.process_time() - t
        print(f"  {name:<38} {took:6.2f} s CPU = {len(values) / took:9,.0f} records/s")
    print("command: .venv/bin/python benchmarks/import_converters.py")


if __name__ == "__main__":
    main()
