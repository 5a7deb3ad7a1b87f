"""How well the readers read real pages: the 59 stored pages of ../shared/data/pages/ against INDEX.tsv.

For each site family: the complete questions read with an answer of their own, out of the complete questions
INDEX counts; and each field INDEX gives for a page's first complete question (title, house, department, uin,
date_tabled, date_answered, asker, answerer, holding, refers_to), right out of given. Then every miss, the pages
refused although they hold a complete question, and the command to reproduce the figures.

A field INDEX leaves empty is not scored (the page does not say it). A department INDEX gives as the office
addressed ("Secretary of State for Defence") is right when read as that office or as the department the
office answers for ("Ministry of Defence"). `refers_to` is right when the analysis of the answer keeps a
reference to that date or UIN, for the pipeline to follow.

Run: .venv/bin/python benchmarks/reading_pages.py [--pages DIR] [--misses-only]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from foi_helper.analysis import analyse
from foi_helper.errors import FoiHelperError
from foi_helper.model import WrittenAnswer
from foi_helper.reading import read_answers
from foi_helper.reading.preamble import department_from_question
from foi_helper.reading.source import decode

PAGES = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "pages"
FIELDS = (
    "title", "house", "department", "uin", "date_tabled", "date_answered", "asker", "answerer", "holding",
    "refers_to",
)
FAMILIES = (
    "historic-hansard", "hansard", "publications-hansard", "parallelparliament", "parliament-uk",
    "questions-statements", "theyworkforyou", "other",
)


@dataclass
class Miss:
    file: str
    what: str  # a field name, or "questions" / "refused" / "pairing"
    expected: str
    got: str


@dataclass
class PageScore:
    file: str
    site: str
    complete: int  # complete questions INDEX counts
    read: int = 0  # of those, read with an answer of their own
    given: dict[str, str] = field(default_factory=dict)  # field → INDEX value
    right: dict[str, bool] = field(default_factory=dict)  # field → read right
    got: dict[str, str] = field(default_factory=dict)  # field → what was read
    misses: list[Miss] = field(default_factory=list)
    refused: str | None = None


def index_rows(pages: Path = PAGES) -> list[dict[str, str]]:
    with (pages / "INDEX.tsv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def page_text(pages: Path, name: str) -> str:
    """A page as a user's file would be read: bytes decoded the way the CLI decodes them."""
    return decode((pages / name).read_bytes(), name)


def _norm(text: str | None) -> str:
    return " ".join((text or "").replace("’", "'").split()).strip().casefold()


def _department_right(expected: str, got: str | None) -> bool:
    if got is None:
        return False
    if _norm(got) == _norm(expected):
        return True
    # "Secretary of State for Defence" as INDEX writes the office addressed ≡ the department it answers for.
    as_office = department_from_question(f"To ask the {expected}, what")
    if as_office is not None and _norm(as_office) == _norm(got):
        return True
    # a department heading ("Culture, Media and Sport", "Wales") ≡ its full name ("Department for …", "… Office")
    return _bare(got) == _bare(expected)


def _bare(department: str) -> str:
    return re.sub(r"^(?:department (?:for|of) (?:the )?|ministry (?:for|of) )|\s+office$", "", _norm(department))


def _uins(a: WrittenAnswer) -> set[str]:
    return {u for u in [a.uin or "", *a.grouped_uins] if u}


def _references(a: WrittenAnswer) -> set[str]:
    """Dates (ISO) and UINs of the earlier answers the analysis keeps for the pipeline to follow."""
    found: set[str] = set()
    analysis = analyse(a)
    for e in analysis.evasions:
        if e.kind == "refers_elsewhere":
            found |= {x for x in (e.reference, e.reference_date.isoformat() if e.reference_date else None) if x}
    for r in analysis.references:
        found |= {x for x in (r.uin, r.date.isoformat() if r.date else None) if x}
    return found


def _value(a: WrittenAnswer, name: str) -> str:
    """What was read for field `name`, as INDEX writes it."""
    if name in ("asker", "answerer"):
        m = getattr(a, name)
        return (m.name or "") if m else ""
    if name == "holding":
        # INDEX's "yes" covers both an answer that is a holding one and one given after a holding answer.
        return "yes" if a.holding or getattr(a, "holding_answer", None) is not None else "no"
    if name == "uin":
        return ";".join(sorted(_uins(a)))
    if name == "refers_to":
        return ";".join(sorted(_references(a)))
    value = getattr(a, name)
    return value.isoformat() if hasattr(value, "isoformat") else (value or "")


def _field_right(a: WrittenAnswer, name: str, expected: str) -> bool:
    if name == "department":
        return _department_right(expected, a.department)
    if name == "uin":
        return _uins(a) == {u.strip() for u in expected.split(";")}
    if name == "refers_to":
        return expected in _references(a)
    return _norm(_value(a, name)) == _norm(expected)


_NAMES_IN_QUESTION = re.compile(r"§|\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][a-z]+\s*(?:I |The |\[holding)")


def _pairing_faults(a: WrittenAnswer) -> list[str]:
    """Signs a question was not read with its own answer: a name or the answer inside the question, another
    question inside the answer, no answer at all."""
    faults = []
    if not a.question.startswith("To ask"):
        faults.append(f"question does not open 'To ask': {a.question[:60]!r}")
    if _NAMES_IN_QUESTION.search(a.question):
        faults.append(f"a name or an answer runs into the question: …{a.question[-80:]!r}")
    if a.answerer and a.answerer.name and a.answerer.name in a.question[-len(a.answerer.name) - 10 :]:
        faults.append(f"the answerer's name {a.answerer.name!r} is in the question")
    if re.search(r"\bTo ask (?:the|His|Her)\b", a.answer):
        faults.append("another question runs into the answer")
    if not a.answer.strip() and not a.holding:
        faults.append("no answer text")
    return faults


def score_page(row: dict[str, str], text: str) -> PageScore:
    complete = int(row["questions"] or 0)
    score = PageScore(row["file"], row["site"], complete)
    try:
        answers = read_answers(text)
    except FoiHelperError as exc:
        if complete:
            score.refused = str(exc)
            score.misses.append(Miss(row["file"], "refused", f"{complete} complete question(s)", str(exc)))
            score.given = {f: row[f] for f in FIELDS if row[f]}
            score.right = {f: False for f in score.given}
        return score
    answered = [a for a in answers if a.answer.strip() or a.holding]
    good = [a for a in answered[:complete] if not _pairing_faults(a)]
    score.read = len(good)
    if not complete:
        return score
    if len(answered) < complete:
        score.misses.append(Miss(row["file"], "questions", str(complete), f"{len(answered)} with an answer"))
    for n, a in enumerate(answered[:complete], start=1):
        for fault in _pairing_faults(a):
            score.misses.append(Miss(row["file"], "pairing", f"question {n}", fault))
    first = answered[0] if answered else None
    for name in FIELDS:
        expected = row[name]
        if not expected:
            continue
        score.given[name] = expected
        ok = first is not None and _field_right(first, name, expected)
        score.right[name] = ok
        score.got[name] = _value(first, name) if first else ""
        if not ok:
            score.misses.append(Miss(row["file"], name, expected, score.got[name] or "(nothing)"))
    return score


def score_all(pages: Path = PAGES) -> list[PageScore]:
    return [score_page(row, page_text(pages, row["file"])) for row in index_rows(pages)]


def _families(scores: list[PageScore]) -> Iterator[tuple[str, list[PageScore]]]:
    for family in FAMILIES:
        yield family, [s for s in scores if s.site == family]


def report(scores: list[PageScore], misses_only: bool = False) -> str:
    lines: list[str] = []
    if not misses_only:
        lines.append(f"{'site family':<22}{'pages':>6}{'questions read':>16}{'fields right':>15}{'%':>7}")
        for family, group in [*_families(scores), ("all", scores)]:
            read, complete = sum(s.read for s in group), sum(s.complete for s in group)
            right = sum(sum(s.right.values()) for s in group)
            given = sum(len(s.given) for s in group)
            pct = f"{100 * right / given:.1f}" if given else "-"
            lines.append(
                f"{family:<22}{len(group):>6}{f'{read}/{complete}':>16}{f'{right}/{given}':>15}{pct:>7}"
            )
        lines.append("")
        lines.append("fields right / given, all pages:")
        for name in FIELDS:
            right = sum(1 for s in scores if s.right.get(name))
            given = sum(1 for s in scores if name in s.given)
            lines.append(f"  {name:<14}{right:>3}/{given}")
        refused = [s for s in scores if s.refused]
        lines.append("")
        lines.append(f"pages refused although they hold a complete question: {len(refused)}")
    misses = [m for s in scores for m in s.misses]
    lines.append("")
    lines.append(f"misses ({len(misses)}):")
    for m in misses:
        lines.append(f"  {m.file} {m.what}: expected {m.expected!r}, got {m.got!r}")
    lines.append("")
    lines.append("command: .venv/bin/python benchmarks/reading_pages.py")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=Path, default=PAGES, help="the folder with INDEX.tsv and the pages")
    parser.add_argument("--misses-only", action="store_true", help="print only the misses")
    args = parser.parse_args()
    if not (args.pages / "INDEX.tsv").is_file():
        print(f"no INDEX.tsv in {args.pages}: the shared pages are needed", file=sys.stderr)
        return 1
    print(report(score_all(args.pages), args.misses_only))
    return 0


if __name__ == "__main__":
    sys.exit(main())
