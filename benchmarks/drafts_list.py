"""How long saving, listing and loading drafts take, for a folder of seed-sized drafts.

Each draft holds the seed page as its source text and a 5 kB letter (about 14 kB of TOML), like a real one.

    .venv/bin/python benchmarks/drafts_list.py [--drafts 200]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from foi_helper.drafts import Draft, DraftStore, Event
from foi_helper.model import Letter, Match, Member, WrittenAnswer

SEED = ROOT / "foi_helper" / "examples" / "twfy-written-answer-2019-06-24.txt"


def make_draft(n: int, source: str) -> Draft:
    answer = WrittenAnswer("theyworkforyou", "To ask Her Majesty's Government what steps …", "The Government …",
                           title="Paedophilia: Social Media", department="Home Office", house="Lords",
                           asker=Member("Lord Moonie", "Labour"), answerer=Member("Baroness Williams of Trafford"))
    body = "Dear Home Office,\n\n" + "\n\n".join(f"{i}. Please send the records held about item {i}. " * 4
                                                 for i in range(1, 20)) + "\n\nYours faithfully,\nAda Lovelace"
    letter = Letter(f"Request {n}: figures and funding", "Home Office", "foia", body, points=["q1", "a1"])
    cited = [Match(i, str(6000 + i), "Commons", None, None, "Home Office", "Heading", "To ask …", 80.0, None)
             for i in range(3)]
    now = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(days=n)
    d = Draft.new(source, str(SEED), answer, ["q1", "a1"], letter, cited, now=now)
    d.history += [Event("sent", now.date(), channel="email"), Event("acknowledged", now.date())]
    return d


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drafts", type=int, default=200)
    args = parser.parse_args()
    source = SEED.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as folder:
        store = DraftStore.open(Path(folder))
        saves = []
        for n in range(args.drafts):
            d = make_draft(n, source)
            start = time.perf_counter()
            store.save(d)
            saves.append(time.perf_counter() - start)
        size = sum(p.stat().st_size for p in Path(folder).glob("*.toml")) / args.drafts
        lists = []
        for _ in range(3):
            start = time.perf_counter()
            listed = store.saved_drafts()
            lists.append(time.perf_counter() - start)
        assert len(listed) == args.drafts
        start = time.perf_counter()
        store.load(listed[0].id[-4:])
        load = time.perf_counter() - start
    print(f"drafts: {args.drafts}, mean file size {size / 1000:.1f} kB")
    print(f"save (fsync included): median {statistics.median(saves) * 1000:.1f} ms, "
          f"max {max(saves) * 1000:.1f} ms")
    print(f"list: best of 3 {min(lists):.3f} s ({min(lists) / args.drafts * 1000:.2f} ms per draft)")
    print(f"load one by its last four letters: {load * 1000:.1f} ms")
    print(f"command: .venv/bin/python benchmarks/drafts_list.py --drafts {args.drafts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
