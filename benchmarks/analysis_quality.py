"""How well the analyser agrees with the hand labels (tests/labels/analysis_labels.json).

Run: .venv/bin/python benchmarks/analysis_quality.py [-v]
Prints precision/recall of "point is open", per evasion kind, the kind confusion, and question-level
agreement on "has any open point". Needs ../shared/data (the labels hold ids only).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from analysis_scoring import LABELS, QUESTIONS, load_labels, load_records, score_all

from foi_helper.model import EVASION_KINDS, POINT_KINDS


def main(argv: list[str]) -> int:
    if not QUESTIONS.exists():
        print(f"needs {QUESTIONS}", file=sys.stderr)
        return 1
    labels = load_labels()
    records = load_records({label["id"] for label in labels})
    s = score_all(labels, records)
    points = s.open_tp + s.open_fp + s.open_fn + s.open_tn
    print(f"labelled set: {LABELS.relative_to(LABELS.parents[2])}: {len(labels)} questions, {points} points")
    print(f"point is open:      precision {s.open_precision:.3f}  recall {s.open_recall:.3f}  "
          f"(tp {s.open_tp}, fp {s.open_fp}, fn {s.open_fn}, tn {s.open_tn})")
    print(f"has an open point:  agreement {s.question_agreement:.3f}  ({s.question_agree}/{s.questions})")
    t = s.evasion_totals()
    print(f"evasions (all):     recall {s.evasion_recall:.3f}  false alarms {s.evasion_false_alarms:.3f}  "
          f"(tp {t['tp']}, fp {t['fp']}, fn {t['fn']})")
    for kind in EVASION_KINDS:
        c = s.evasion[kind]
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else float("nan")
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else float("nan")
        print(f"  {kind:<22} precision {p:.3f}  recall {r:.3f}  (tp {c['tp']}, fp {c['fp']}, fn {c['fn']})")
    print(f"point kinds:        accuracy {s.kind_accuracy:.3f}; confusion (rows labelled, columns predicted)")
    _confusion(s.kinds)
    if "-v" in argv:
        print("\n".join(["disagreements:"] + s.disagreements))
    print("command: .venv/bin/python benchmarks/analysis_quality.py")
    return 0


def _confusion(kinds: Counter[tuple[str, str]]) -> None:
    cols = [k for k in POINT_KINDS if any(b == k for _, b in kinds)] + (
        ["(none)"] if any(b == "(none)" for _, b in kinds) else [])
    short = {k: k[:5] for k in cols}
    print("  " + " " * 14 + " ".join(f"{short[c]:>5}" for c in cols))
    for row in POINT_KINDS:
        counts = [kinds.get((row, c), 0) for c in cols]
        if sum(counts):
            print(f"  {row:<14}" + " ".join(f"{n:>5}" if n else "    ." for n in counts))


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
