"""Hansard text as the sites flatten it, laid out again one speaker a line ("Name: text").

The readers find a question by its opening wherever it stands in a line, and end it at the answerer's name or
at "§"; a name is never part of the question, nor the answer part of it. The layouts this undoes:

    § Mr. GardinerTo ask the Secretary of State for Defence what … [131122]     (historic Hansard, 1990s on)
    § Mr. IngramI will write to my hon. Friend …
    § Mr. Rookerasked the Secretary of State for Social Services (1) if …     (before 1990: "asked the …")
    Lord Lucas askedasked Her Majesty's Government:                           (Lords, question on the next line)
    § Mr. Needham[holding answer 13 February 1989]: The available information …
    § The Lord Privy Seal (Lord Richard)The figures for each department …
    Asylum Andrew Stunell To ask the Secretary … statement. Mr. Woolas Due to the quantity … (one-line export)

become "Mr. Gardiner: To ask …", "Mr. Ingram: I will write …", "Mr. Rooker asked the …", "Mr. Needham [holding
answer 13 February 1989]: …", "The Lord Privy Seal (Lord Richard): The figures …", and the one-line export its
heading, "Andrew Stunell: To ask …" and "Mr. Woolas: Due to …" on lines of their own.
"""

from __future__ import annotations

import functools
import re

HONORIFIC = (
    r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness|Viscount|Viscountess|Earl|Countess|Marquess|Duke|"
    r"Rev|Professor|Hon)"
)
_WORD = r"[A-Z][\w'’-]*\.?"
_PARTICLE = r"(?:of|de|la|le|van|von|du|and)"
# A member's name as Hansard prints it: "Mr. Robin Cook", "Dr. Julian Lewis", "John Thurso", "Lord Richard of X".
_NAME = re.compile(
    rf"^(?:{HONORIFIC}\.?\s+)?{_WORD}(?:\s+(?:{_WORD}|{_PARTICLE}))*(?:\s*\([^()]{{2,80}}\))?$"
)
# Words an answer opens with, used to tell where a name glued to its answer ends ("Mr. IngramI will write").
OPENERS = (
    r"I|The|This|That|These|Those|It|Its|In|My|We|Our|There|No|Yes|As|A|An|All|Information|Figures|Details|"
    r"Data|Since|Following|Under|On|At|Such|Officials|Ministers|Government|Decisions|Responsibility|"
    r"Discussions|Each|Every|Table|Due|Between|For|From|Of|To|Holding|Not|Neither|Current|Records|Statistics|"
    r"Arrangements|Guidance|Provision|Copies|Estimates?|During|Until|Over|Some|Most|Many|None|Both|When|While|"
    r"Where|Whether|Work|Further|Although"
)
_OPENER = re.compile(rf"^(?:{OPENERS})(?![\w'’])")
_TO_ASK = re.compile(r"To ask\b")
_ASKED = re.compile(r"\s*(?:asked)+\s+(?=(?:the|Her|His|Mr\.? Chancellor)\b)")  # older: "Mr. Chancellor of …"
_ROLE_GLUED = re.compile(r"^(?P<who>The [^()§]{3,150}?\s*\([^()]{3,60}\))\s*(?P<h>\[holding answer[^\]]*\])?\s*:?\s*"
                         r"(?P<rest>\S.*)$")
_HOLDING_GLUED = re.compile(r"^(?P<name>[^\[\]:]{2,80}?)\s*(?P<h>\[holding answer[^\]]*\])\s*:?\s*(?P<rest>.*)$")
_HONORIFIC_START = re.compile(rf"^{HONORIFIC}\.?\s+[A-Z]")
_COLON = re.compile(r"^(?P<name>[^:]{2,80}?)\s*:\s*(?P<rest>\S.*)$")
_MID_SECTION = re.compile(r"\s+§\s*")
_BR = re.compile(r"\s*<br\s*/?>\s*$", re.IGNORECASE)


def is_name(text: str) -> bool:
    """Whether `text` reads as a member's name ("Mr. Robin Cook", "Jane Kennedy"), at most eight words."""
    text = text.strip()
    return bool(_NAME.match(text)) and len(text.split()) <= 8 and not _OPENER.match(text.split()[0] + " ")


@functools.lru_cache(maxsize=1)
def unglue(text: str) -> str:
    """The page with every speaker on a line of their own, as "Name: text" (see the module's docstring).
    The last text is kept: detection and the reader both ask for it."""
    lines = text.split("\n")
    if "<br" in text and sum(1 for line in lines if _BR.search(line)) >= 3:
        lines = [_BR.sub("", line) for line in lines]
    out: list[str] = []
    for raw in lines:
        if "§" not in raw and "ask" not in raw and not _HONORIFIC_START.match(raw):
            out.append(raw)  # most lines: nothing glued (a large paste has hundreds of thousands)
            continue
        for part in _MID_SECTION.sub("\n§ ", raw).split("\n"):
            out += _unglue_line(part)
    return "\n".join(out)


def _unglue_line(line: str) -> list[str]:
    stripped = line.strip()
    section = stripped.startswith("§")
    body = stripped.lstrip("§").strip()
    number = re.match(r"^(?:\d{1,3}\.|Q\d{1,3}\.?)\s+", body)
    if number:
        body = body[number.end() :]
    if m := _TO_ASK.search(body):
        pre = body[: m.start()].strip().rstrip(":").strip()
        question = body[m.start() :]
        if not pre:
            return [question] if (section or number) else [line]
        if not section and (split := _one_line(pre, question)):
            return split
        if is_name(pre):
            return [f"{pre}: {question}"]
        labelled = pre.rpartition(": ")[2]
        if labelled != pre and is_name(labelled):
            return [f"{labelled}: {question}"]  # "Description/Summary: Priti Patel: To ask …"
        return [line]
    if (m := _ASKED.search(body)) and is_name(pre := body[: m.start()].strip()):
        return [f"{pre} asked {body[m.end():]}"]
    if section:
        return [_answer_line(body)]
    if _HONORIFIC_START.match(body) and (glued := glued_name(body, glued_only=True)) and _OPENER.match(glued[1]):
        return [f"{glued[0]}: {glued[1]}"]  # a copy that lost the "§": "Mr. IngramI will write …"
    return [line]


def _answer_line(body: str) -> str:
    """ "§ Mr. IngramI will write …" → "Mr. Ingram: I will write …"; text that opens with no name stays."""
    if m := _ROLE_GLUED.match(body):
        holding = f" {m.group('h')}" if m.group("h") else ""
        return f"{m.group('who')}{holding}: {m.group('rest')}"
    if (m := _HOLDING_GLUED.match(body)) and is_name(m.group("name")):
        return f"{m.group('name')} {m.group('h')}: {m.group('rest')}"
    if (m := _COLON.match(body)) and is_name(m.group("name")):
        return f"{m.group('name')}: {m.group('rest')}"  # "§ Mr. Portillo: The information …"
    split = glued_name(body)
    if split is not None:
        return f"{split[0]}: {split[1]}"
    return "§ " + body


def glued_name(text: str, glued_only: bool = False) -> tuple[str, str] | None:
    """ "Mr. McNultyI refer …" → ("Mr. McNulty", "I refer …"): the name ends where a lower-case letter meets the
    capital of the answer's first word (an opening word preferred: "McNulty" holds such a meeting too)."""
    head = text[:120]
    cuts = [m.start() + 1 for m in re.finditer(r"[a-z.)](?=[A-Z])", head)]
    spaces = [m.start() for m in re.finditer(r" (?=[A-Z])", head)]
    candidates = [(c, False) for c in cuts] + ([] if glued_only else [(c, True) for c in spaces])
    fallback: tuple[str, str] | None = None
    for cut, spaced in sorted(candidates):
        name, rest = text[:cut].strip(), text[cut:].strip()
        if not rest or not is_name(name):
            if len(name.split()) > 8:
                break
            continue
        if _OPENER.match(rest) and (not spaced or re.match(rf"^{HONORIFIC}\b", name)):
            return name, rest
        if not spaced:
            fallback = (name, rest)  # the last meeting of a name and a capital, short of an opening word
    return fallback


# After the question, where the answerer's name starts: a sentence's end, then a name, then the answer.
_QUESTION_END = re.compile(r"(?<=[.?\]])\s+(?=[A-Z])")


def _one_line(pre: str, question: str) -> list[str] | None:
    """A GetDebateAsText export: heading, asker, question, answerer and answer run together on one line."""
    heading, asker = _heading_and_asker(pre)
    if asker is None:
        return None
    for m in _QUESTION_END.finditer(question):
        rest = question[m.end() :]
        found = _name_then_answer(rest)
        if found is not None:
            name, answer = found
            lines = [heading] if heading else []
            lines += [f"{asker}: {question[: m.start()].strip()}"]
            return lines + _answer_then_next(name, answer)
    return None


def _answer_then_next(name: str, answer: str) -> list[str]:
    """The answer, and any question after it on the same line (an export of several): the answer ends at the
    last sentence before the next question's heading and asker."""
    nxt = _TO_ASK.search(answer)
    if nxt is not None:
        before = answer[: nxt.start()]
        ends = [e.end() for e in re.finditer(r"[.?!)\]](?=\s+[A-Z])", before)]
        if ends:
            following = _one_line(before[ends[-1] :].strip(), answer[nxt.start() :])
            if following is not None:
                return [f"{name}: {before[: ends[-1]].strip()}", *following]
    return [f"{name}: {answer}"]


def _name_then_answer(text: str) -> tuple[str, str] | None:
    """ "Mr. Woolas Due to the quantity …" → ("Mr. Woolas", "Due to the quantity …"): a name of two to five
    words, then the answer (an opening word preferred; else a capitalised word followed by a lower-case one)."""
    words = text.split(" ")
    fallback: tuple[str, str] | None = None
    for size in range(2, min(6, len(words))):
        name, rest = " ".join(words[:size]), " ".join(words[size:])
        if name.endswith(":") and is_name(name[:-1]) and rest:
            return name[:-1], rest  # "Mr. Woolas: Due to …"
        if not is_name(name):
            break
        if _OPENER.match(rest):
            return name, rest
        if fallback is None and re.match(r"^[A-Z][\w'’-]*\s+[a-z]", rest):
            fallback = (name, rest)
    return fallback


def _heading_and_asker(pre: str) -> tuple[str | None, str | None]:
    """ "Asylum Andrew Stunell" → ("Asylum", "Andrew Stunell"); "Departments: Databases Mr. Clegg" → (…, "Mr. Clegg")."""
    words = pre.split()
    for n, word in enumerate(words):
        if re.match(rf"^{HONORIFIC}\.?$", word) and n + 1 < len(words):
            name = " ".join(words[n:])
            if is_name(name):
                return " ".join(words[:n]) or None, name
    if len(words) >= 2 and is_name(" ".join(words[-2:])):
        return " ".join(words[:-2]) or None, " ".join(words[-2:])
    return None, None
