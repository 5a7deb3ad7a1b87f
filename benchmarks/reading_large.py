"""How long reading takes, and how much memory it needs, for large pastes (1, 5 and 15 MB; limit 20 MB).

Two page shapes, built from the reading samples (no shared data needed):
- hansard-rows: one Hansard written answer whose answer is a table pasted as one row per line (the shape that
  was quadratic: every answer line copied the rest of the page);
- twfy-listing: a TheyWorkForYou day listing repeated, thousands of short records.
Each page is read in its own process (`read_answers`, the reading stage alone), so the peak memory is that
run's; a run over the time limit is stopped and reported as such.

Run: .venv/bin/python benchmarks/reading_large.py [--sizes 1,5,15] [--limit SECONDS]
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import time
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent / "tests" / "reading_samples"
SHAPES = ("hansard-rows", "twfy-listing")


def page(shape: str, megabytes: float) -> str:
    size = int(megabytes * 1_000_000)
    if shape == "hansard-rows":
        head = (SAMPLES / "hansard_modern.txt").read_text(encoding="utf-8")
        row = "Row {} of the table: 12 cases."
        rows = (size - len(head)) // (len(row) + 4)
        return head + "\n".join(row.format(i) for i in range(rows))
    listing = (SAMPLES / "twfy_day_listing.txt").read_text(encoding="utf-8") + "\n\n"
    return listing * max(1, size // len(listing))


def run_one(shape: str, megabytes: float) -> None:
    """In a child process: read one page and print "seconds answers bytes peak_kb baseline_kb"."""
    from foi_helper.reading import read_answers

    text = page(shape, megabytes)
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    answers = read_answers(text)
    elapsed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"{elapsed:.3f} {len(answers)} {len(text.encode('utf-8'))} {peak} {baseline}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,5,15", help="page sizes in MB (default 1,5,15)")
    parser.add_argument("--limit", type=float, default=120.0, help="seconds before a run is stopped")
    parser.add_argument("--one", nargs=2, metavar=("SHAPE", "MB"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        run_one(args.one[0], float(args.one[1]))
        return
    sizes = [float(s) for s in args.sizes.split(",")]
    print(f"{'shape':<14}{'MB':>6}{'answers':>9}{'read s':>9}{'peak MB':>9}{'page+imports MB':>17}")
    for shape in SHAPES:
        for mb in sizes:
            cmd = [sys.executable, __file__, "--one", shape, str(mb)]
            try:
                done = subprocess.run(cmd, capture_output=True, text=True, timeout=args.limit, check=True)
            except subprocess.TimeoutExpired:
                print(f"{shape:<14}{mb:>6g}{'?':>9}{'> ' + format(args.limit, 'g'):>9}{'?':>9}{'?':>17}")
                continue
            seconds, answers, size, peak, baseline = done.stdout.split()
            print(
                f"{shape:<14}{int(size) / 1e6:>6.1f}{answers:>9}{float(seconds):>9.2f}"
                f"{int(peak) / 1024:>9.0f}{int(baseline) / 1024:>17.0f}",
                flush=True,
            )
    script = "benchmarks/reading_large.py"
    print(f"command: .venv/bin/python {script} --sizes {args.sizes} --limit {args.limit:g}")


if __name__ == "__main__":
    main()
