"""Who holds it, measured: the routing of real not-held answers against an FOI officer's labels.

Run: .venv/bin/python benchmarks/holders_routing.py [-v] [--sweep N]

The labelled set (tests/labels/holders.tsv: case, id, holder_kind, holder, place, why) holds 80 Commons answers
of 2023-2026 with not-held wording, labelled by an FOI officer who had not seen the code; the answers themselves
are read by id from ../shared/data/parliament-written-questions/questions.jsonl.gz. For each, `choose_holder`
either keeps the letter with the department, addresses it to a body ("routed"), or keeps it and offers a holder
in a warning ("offered": a batch to a class, or a body it is not sure enough of to send the letter there).

Printed: the confusion table (label kind against outcome), the headline counts (routed to the labelled holder,
wrongly routed: the costly error, missed, and the department/none cases kept), and every case that is not
right with what it did and the label's reason (-v: every case). Shared with tests/test_letters_holders_labels.py,
which holds the routing to the figures reached.

--sweep N: a check against fitting the rules to the labels: N not-held answers of the shared records outside the
labelled set (a fixed random sample), how many are kept, routed, offered; every routed one is printed, to read.
"""

from __future__ import annotations

import csv
import gzip
import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from foi_helper.analysis import analyse
from foi_helper.letters.holders import Body, HolderChoice, body_named, choose_holder
from foi_helper.model import WrittenAnswer
from foi_helper.reading.api import written_answer_from_api

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "tests" / "labels" / "holders.tsv"
QUESTIONS = ROOT.parent / "shared" / "data" / "parliament-written-questions" / "questions.jsonl.gz"
TODAY = date(2026, 12, 2)
COMMAND = ".venv/bin/python benchmarks/holders_routing.py"

# The kind of body a labelled class is made of, from the label's own words (first match wins).
_CLASS_KINDS = (
    ("police", re.compile(r"\bpolice forces?\b", re.IGNORECASE)),
    ("department", re.compile(r"\bgovernment departments\b", re.IGNORECASE)),
    ("icb", re.compile(r"\bintegrated care boards?\b|\bICBs?\b", re.IGNORECASE)),
    ("trust", re.compile(r"\bNHS trusts?\b|\btrusts\b", re.IGNORECASE)),
    (
        "council",
        re.compile(r"\blocal (?:housing |planning )?authorit|\bcouncils?\b|\blicensing authorit|"
                   r"\btrading standards\b|\bparking enforcement\b", re.IGNORECASE),
    ),
)


@dataclass(frozen=True)
class Label:
    case: str
    id: int
    kind: str  # department | body | class | none
    holder: str
    place: str
    why: str

    @property
    def body(self) -> Body | None:
        """The labelled body as one of the table's, when the table has it."""
        if self.kind != "body":
            return None
        name = re.sub(r"\s*\(.*?\)\s*", " ", self.holder).strip()
        return body_named(name)

    @property
    def class_kind(self) -> str | None:
        if self.kind != "class":
            return None
        for kind, pattern in _CLASS_KINDS:
            if pattern.search(self.holder):
                return kind
        return "other"


def load_labels(path: Path = LABELS) -> list[Label]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [
            Label(r["case"], int(r["id"]), r["holder_kind"], r["holder"], r["place"], r["why"])
            for r in csv.DictReader(fh, delimiter="\t")
        ]


def load_answers(ids: set[int], path: Path = QUESTIONS) -> dict[int, WrittenAnswer]:
    """The shared API records with these ids, as written answers (one pass over the file)."""
    found: dict[int, WrittenAnswer] = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            m = re.match(r'\{"id": ?(\d+)', line)
            if m and int(m.group(1)) in ids:
                found[int(m.group(1))] = written_answer_from_api(json.loads(line))
    return found


# Outcomes, the columns of the table.
KEPT = "kept"  # the letter stays with the department, nothing offered
ROUTED_RIGHT = "routed right"
ROUTED_WRONG = "ROUTED WRONG"  # the letter goes to a body that does not hold it: the costly error
OFFERED_RIGHT = "offered right"  # stays with the department; the warning offers the labelled holder (or its class)
OFFERED_OTHER = "offered other"  # stays; the warning offers a body or class the label does not name
OUTCOMES = (KEPT, ROUTED_RIGHT, ROUTED_WRONG, OFFERED_RIGHT, OFFERED_OTHER)
KINDS = ("department", "none", "body", "class")


def did(choice: HolderChoice | None) -> str:
    """What the routing did, in words, for the list of misses."""
    if choice is None:
        return "kept with the department"
    if choice.holder is not None and choice.routed:
        return f"routed to {choice.holder.name}"
    if choice.holder is not None:
        return f"kept; offered {choice.holder.name}"
    if choice.body_class is not None:
        return f"kept; offered {choice.body_class.each}"
    return "kept; " + "; ".join(w.message for w in choice.warnings())[:120]


def outcome(label: Label, choice: HolderChoice | None) -> str:
    if choice is None or (choice.holder is None and choice.body_class is None):
        return KEPT
    want_body = label.body
    if choice.holder is not None:
        right = (want_body is not None and choice.holder.key == want_body.key) or (
            label.kind == "body" and want_body is None and _same_name(choice.holder.name, label.holder)
        )
        if choice.routed:
            return ROUTED_RIGHT if right else ROUTED_WRONG
        return OFFERED_RIGHT if right else OFFERED_OTHER
    assert choice.body_class is not None
    cls = choice.body_class
    if label.kind == "class" and cls.kind == label.class_kind:
        return OFFERED_RIGHT
    return OFFERED_OTHER  # a batch to every member is not a letter to the labelled body, even one of them


def _same_name(a: str, b: str) -> bool:
    def key(s: str) -> str:
        # "Portsmouth Hospitals University Trust" is "Portsmouth Hospitals University NHS Trust"
        return re.sub(r"[^a-z]", "", re.sub(r"\(.*?\)|\b(?:the|nhs|foundation)\b", "", s.lower().replace("&", "and")))

    return key(a) == key(b)


@dataclass(frozen=True)
class Result:
    label: Label
    outcome: str
    did: str


def run(labels: list[Label], answers: dict[int, WrittenAnswer]) -> list[Result]:
    out: list[Result] = []
    for label in labels:
        answer = answers[label.id]
        choice = choose_holder(answer, analyse(answer), today=TODAY)
        out.append(Result(label, outcome(label, choice), did(choice)))
    return out


def table(results: list[Result]) -> Counter[tuple[str, str]]:
    return Counter((r.label.kind, r.outcome) for r in results)


def is_right(result: Result) -> bool:
    """Right for its label: kept when the label says department/none; the labelled holder routed or offered."""
    if result.label.kind in ("department", "none"):
        return result.outcome == KEPT
    return result.outcome in (ROUTED_RIGHT, OFFERED_RIGHT)


_UNLABELLED = re.compile(r"not held centrally|does not hold|not collected centrally|matter for", re.IGNORECASE)


def sweep(n: int, labelled: set[int], path: Path = QUESTIONS) -> int:
    candidates: list[dict[str, object]] = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            text = record.get("answerText")
            if record["id"] not in labelled and isinstance(text, str) and _UNLABELLED.search(text):
                candidates.append(record)
    sample = random.Random(7).sample(candidates, min(n, len(candidates)))
    counts: Counter[str] = Counter()
    for record in sample:
        answer = written_answer_from_api(record)
        choice = choose_holder(answer, analyse(answer), today=TODAY)
        what = did(choice)
        counts[what.split(" ", 1)[0] if not what.startswith("kept;") else "offered"] += 1
        if choice is not None and choice.holder is not None and choice.routed:
            asked = re.sub(r"^To ask [^,]*,\s*", "", answer.question)
            print(f"  {record['id']} {answer.department} -> {choice.holder.name}")
            print(f"      asked: {asked[:200]}")
            print(f"      said: {choice.said[:200]}")
    print(f"$ {COMMAND} --sweep {n}")
    print(f"{len(sample)} unlabelled not-held answers of {len(candidates)}: {dict(counts)}")
    return 0


def main(argv: list[str]) -> int:
    if not QUESTIONS.exists():
        print(f"needs {QUESTIONS}", file=sys.stderr)
        return 1
    labels = load_labels()
    if "--sweep" in argv:
        at = argv.index("--sweep")
        size = int(argv[at + 1]) if len(argv) > at + 1 and argv[at + 1].isdigit() else 400
        return sweep(size, {label.id for label in labels})
    answers = load_answers({label.id for label in labels})
    missing = [label.case for label in labels if label.id not in answers]
    if missing:
        print(f"records not found in {QUESTIONS}: {', '.join(missing)}", file=sys.stderr)
        return 1
    results = run(labels, answers)
    counts = table(results)
    print(f"$ {COMMAND}")
    print(f"labelled set: {LABELS.relative_to(ROOT)}: {len(labels)} answers; today = {TODAY.isoformat()}")
    print()
    width = max(len(o) for o in OUTCOMES) + 2
    print("label \\ outcome".ljust(14) + "".join(o.rjust(width) for o in OUTCOMES) + "total".rjust(8))
    for kind in KINDS:
        row = [counts[(kind, o)] for o in OUTCOMES]
        print(kind.ljust(14) + "".join(str(n).rjust(width) for n in row) + str(sum(row)).rjust(8))
    print()
    to_holder = [r for r in results if r.label.kind in ("body", "class")]
    stay = [r for r in results if r.label.kind in ("department", "none")]
    routed = [r for r in results if r.outcome in (ROUTED_RIGHT, ROUTED_WRONG)]
    n = Counter(r.outcome for r in results)
    print(f"label body/class ({len(to_holder)}): routed to the labelled holder {counts[('body', ROUTED_RIGHT)]}"
          f" + {counts[('class', ROUTED_RIGHT)]}; offered it (letter kept, warning names it) "
          f"{counts[('body', OFFERED_RIGHT)] + counts[('class', OFFERED_RIGHT)]}; "
          f"missed (kept, nothing offered) {sum(r.outcome == KEPT for r in to_holder)}; "
          f"offered another {sum(r.outcome == OFFERED_OTHER for r in to_holder)}")
    print(f"label department/none ({len(stay)}): kept {sum(r.outcome == KEPT for r in stay)}; "
          f"offered a holder {sum(r.outcome in (OFFERED_RIGHT, OFFERED_OTHER) for r in stay)}")
    print(f"wrongly routed (a letter addressed to a body that does not hold it): {n[ROUTED_WRONG]}"
          f" of {len(routed)} routed (routing precision "
          f"{(n[ROUTED_RIGHT] / len(routed)) if routed else 1.0:.2f})")
    print(f"right for the label: {sum(is_right(r) for r in results)} of {len(results)}")
    print()
    verbose = "-v" in argv[1:]
    shown = [r for r in results if verbose or not is_right(r)]
    print("every case:" if verbose else f"not right ({len(shown)}):")
    for r in shown:
        label = r.label
        want = label.kind + (f": {label.holder}" if label.holder else "")
        print(f"  {label.case} {label.id} [{r.outcome}] {r.did} | label {want}")
        print(f"      why: {label.why}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
