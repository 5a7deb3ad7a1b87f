from __future__ import annotations

def looks_like(text: str) -> int:
    return 0


def read(text: str) -> list:
    return []
