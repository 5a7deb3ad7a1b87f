"""Analysis: split the question into points, judge each against the answer, find evasions and follow-ups."""

from __future__ import annotations

from ..model import Analysis, WrittenAnswer


def analyse(answer: WrittenAnswer) -> Analysis:
    """Points (with statuses), evasions and references of one written answer. Pure: no I/O, no clock."""
    return Analysis()
