"""Scoring the analyser against the hand labels in tests/labels/analysis_labels.json.

Shared by `benchmarks/analysis_quality.py` (prints the figures) and `tests/test_analysis_labelled.py` (keeps
them above a floor). Labelled points are matched to the analyser's question points by the words they share,
so a label that keeps "(a) X and (b) Y" as one point still meets the analyser's two (and the reverse).
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from foi_helper.analysis import analyse
from foi_helper.model import EVASION_KINDS, Analysis, Point
from foi_helper.reading.api import written_answer_from_api

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "tests" / "labels" / "analysis_labels.json"
QUESTIONS = ROOT.parent / "shared" / "data" / "parliament-written-questions" / "questions.jsonl.gz"


def load_labels(path: Path = LABELS) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))["records"]
    return records


def load_records(ids: set[int], path: Path = QUESTIONS) -> dict[int, dict[str, Any]]:
    """The API records with these ids (one pass over the shared file)."""
    found: dict[int, dict[str, Any]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            m = re.match(r'\{"id": ?(\d+)', line)
            if m and int(m.group(1)) in ids:
                found[int(m.group(1))] = json.loads(line)
    return found


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", re.sub(r"\([a-z0-9]{1,4}\)", " ", text.lower())) if len(w) > 2}


def _best(label_text: str, points: list[Point]) -> Point | None:
    lw = _words(label_text)
    scored = [(len(lw & _words(p.text)) / (len(lw) or 1), -i, p) for i, p in enumerate(points)]
    return max(scored, key=lambda t: (t[0], t[1]))[2] if scored else None


@dataclass
class Scores:
    open_tp: int = 0
    open_fp: int = 0
    open_fn: int = 0
    open_tn: int = 0
    kinds: Counter[tuple[str, str]] = field(default_factory=Counter)  # (labelled, predicted)
    evasion: dict[str, Counter[str]] = field(default_factory=dict)  # kind → tp/fp/fn
    question_agree: int = 0
    questions: int = 0
    disagreements: list[str] = field(default_factory=list)

    def ratio(self, a: int, b: int) -> float:
        return a / b if b else 1.0

    @property
    def open_precision(self) -> float:
        return self.ratio(self.open_tp, self.open_tp + self.open_fp)

    @property
    def open_recall(self) -> float:
        return self.ratio(self.open_tp, self.open_tp + self.open_fn)

    def evasion_totals(self) -> Counter[str]:
        total: Counter[str] = Counter()
        for c in self.evasion.values():
            total.update(c)
        return total

    @property
    def evasion_recall(self) -> float:
        t = self.evasion_totals()
        return self.ratio(t["tp"], t["tp"] + t["fn"])

    @property
    def evasion_false_alarms(self) -> float:
        """Share of reported evasions that the labels do not have."""
        t = self.evasion_totals()
        return self.ratio(t["fp"], t["tp"] + t["fp"]) if t["tp"] + t["fp"] else 0.0

    @property
    def question_agreement(self) -> float:
        return self.ratio(self.question_agree, self.questions)

    @property
    def kind_accuracy(self) -> float:
        total = sum(self.kinds.values())
        return self.ratio(sum(n for (a, b), n in self.kinds.items() if a == b), total)


def score_one(scores: Scores, label: dict[str, Any], analysis: Analysis) -> None:
    qpoints = [p for p in analysis.points if p.source == "question"]
    for lp in label["points"]:
        labelled_open = lp["status"] != "answered"
        match = _best(lp["text"], qpoints)
        predicted_open = match is not None and match.status != "answered"
        scores.kinds[(lp["kind"], match.kind if match else "(none)")] += 1
        if labelled_open and predicted_open:
            scores.open_tp += 1
        elif predicted_open:
            scores.open_fp += 1
        elif labelled_open:
            scores.open_fn += 1
        else:
            scores.open_tn += 1
    want = set(label["evasions"])
    got = {e.kind for e in analysis.evasions}
    for kind in EVASION_KINDS:
        c = scores.evasion.setdefault(kind, Counter())
        c["tp"] += kind in want and kind in got
        c["fp"] += kind not in want and kind in got
        c["fn"] += kind in want and kind not in got
    labelled_any = any(p["status"] != "answered" for p in label["points"])
    predicted_any = any(p.status != "answered" for p in qpoints)
    scores.questions += 1
    scores.question_agree += labelled_any == predicted_any
    if labelled_any != predicted_any or want != got:
        scores.disagreements.append(
            f"{label['id']}: open labelled={labelled_any} predicted={predicted_any}; "
            f"evasions missed={sorted(want - got)} extra={sorted(got - want)}")


def score_all(labels: list[dict[str, Any]], records: dict[int, dict[str, Any]]) -> Scores:
    scores = Scores()
    for label in labels:
        record = records.get(label["id"])
        if record is None:
            continue
        score_one(scores, label, analyse(written_answer_from_api(record)))
    return scores
