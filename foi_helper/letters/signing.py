"""Signing a letter the user has already edited: new requester details in, every other edit kept."""

from __future__ import annotations

from ..model import Requester
from .compose import signature
from .lint import SIGN_OFF

NAME_PLACEHOLDER = "[your name]"  # what `signature` writes when the settings have no name


def resign(body: str, before: Requester, after: Requester) -> str | None:
    """`body` signed with `after`'s name and address instead of `before`'s; None if no signature is found.

    Only the signature block after the last sign-off is touched ("Yours faithfully,"), so a name that also
    appears in the user's own sentences stays as written. If the user changed the address lines, the name
    placeholder alone is still filled in.
    """
    old, new = signature(before), signature(after)
    if old == new:
        return body
    sign_offs = list(SIGN_OFF.finditer(body))
    start = sign_offs[-1].end() if sign_offs else 0
    at = body.rfind(old, start)
    if at >= 0:
        return body[:at] + new + body[at + len(old):]
    name = (after.name or "").strip()
    at = body.rfind(NAME_PLACEHOLDER, start)
    if name and at >= 0:
        return body[:at] + name + body[at + len(NAME_PLACEHOLDER):]
    return None
