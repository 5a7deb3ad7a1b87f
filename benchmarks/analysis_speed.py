"""Per-answer analysis time over real full-text records (goal: under 20 ms each).

Run: .venv/bin/python benchmarks/analysis_speed.py [N]
Reads the first N (default 2,000) full-text answered records of ../shared/data/…/questions.jsonl.gz, converts
them to WrittenAnswer outside the timing, then times `analyse` on each and prints the median, 95th and 99th
percentiles and the slowest.
"""

from __future__ import annotations

import gzip
import json
import statistics
import sys
import time
from pathlib import Path

from foi_helper.analysis import analyse
from foi_helper.model import WrittenAnswer
from foi_helper.reading.api import written_answer_from_api

QUESTIONS = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "parliament-written-questions" / \
    "questions.jsonl.gz"


def answers(limit: int) -> list[WrittenAnswer]:
    out: list[WrittenAnswer] = []
    with gzip.open(QUESTIONS, "rt", encoding="utf-8") as f:
        for line in f:
            v = json.loads(line)
            text = v.get("answerText") or ""
            if v.get("dateTabled") and text and not text.endswith("...") and not v["questionText"].endswith("..."):
                out.append(written_answer_from_api(v))
                if len(out) >= limit:
                    break
    return out


def main(argv: list[str]) -> int:
    if not QUESTIONS.exists():
        print(f"needs {QUESTIONS}", file=sys.stderr)
        return 1
    limit = int(argv[0]) if argv else 2000
    records = answers(limit)
    for a in records[:50]:  # warm the regex caches
        analyse(a)
    times: list[tuple[float, WrittenAnswer]] = []
    for a in records:
        start = time.perf_counter()
        analyse(a)
        times.append(((time.perf_counter() - start) * 1000, a))
    ms = sorted(t for t, _ in times)
    slowest_ms, slowest = max(times, key=lambda t: t[0])
    print(f"analyse over {len(ms)} real answers (answer length median "
          f"{statistics.median(len(a.answer) for a in records):.0f} chars)")
    print(f"  median {statistics.median(ms):.2f} ms   p95 {ms[int(len(ms) * 0.95)]:.2f} ms   "
          f"p99 {ms[int(len(ms) * 0.99)]:.2f} ms   max {slowest_ms:.2f} ms "
          f"(id {slowest.record_id}, {len(slowest.answer)} chars)")
    print(f"  under 20 ms: {sum(t < 20 for t in ms) / len(ms):.1%}")
    print(f"command: .venv/bin/python benchmarks/analysis_speed.py {limit}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
