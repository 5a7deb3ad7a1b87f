"""The words both faces show for the vocabulary of `model`: evasions, point statuses, laws, members.

One place, so the CLI, the app and the exports name a thing the same way.
"""

from __future__ import annotations

from .model import Member

EVASION_NAMES: dict[str, str] = {
    "not_held": "information not held",
    "disproportionate_cost": "disproportionate cost",
    "in_due_course": "in due course",
    "refers_elsewhere": "refers to another answer",
    "no_comment": "declines to comment",
    "holding": "holding answer",
    "policy_restated": "policy restated",
}

STATUS_MARKS: dict[str, str] = {
    "answered": "✓ answered",
    "partial": "◐ partial",
    "unanswered": "✗ unanswered",
    "follow_up": "➜ follow-up",
}

# The law's short name (beside a letter) and its full name with where it applies (where the user chooses).
LAW_SHORT: dict[str, str] = {"foia": "FOIA 2000", "foisa": "FOISA 2002 (Scotland)", "eir": "EIR 2004 (environmental)"}
LAW_NAMES: dict[str, str] = {
    "foia": "Freedom of Information Act 2000 (UK-wide and English, Welsh, NI bodies)",
    "foisa": "Freedom of Information (Scotland) Act 2002 (Scottish public authorities)",
    "eir": "Environmental Information Regulations 2004 (environmental information)",
}


def evasion_name(kind: str) -> str:
    return EVASION_NAMES.get(kind, kind)


def status_mark(status: str) -> str:
    return STATUS_MARKS.get(status, status)


def member_display(member: Member | None, unknown: str = "unknown") -> str:
    """"Jo Bloggs (Labour, Home Secretary)"; `unknown` when the source names no one."""
    if member is None or not member.name:
        return unknown
    extras = ", ".join(x for x in (member.party, member.role) if x)
    return f"{member.name} ({extras})" if extras else member.name

