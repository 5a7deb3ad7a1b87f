"""Which regime's deadlines apply to a letter: a Scottish public authority's environmental information falls
under the Environmental Information (Scotland) Regulations 2004 (SSI 2004/520), not the UK regulations, with
Scotland's working days and a 20-working-day review (reg 16(4))."""

from __future__ import annotations

from .authorities import authority_for


def scottish_environmental(law: str, authority: str | None) -> bool:
    """An EIR letter to a body covered by FOISA: the Scottish regulations apply."""
    if law != "eir" or not authority:
        return False
    body = authority_for(authority)
    return body is not None and body.law == "foisa"


def deadline_law(law: str, authority: str | None) -> str:
    """The key `letters.deadlines` counts by: "eisr" for a Scottish environmental request, else `law`."""
    return "eisr" if scottish_environmental(law, authority) else law
