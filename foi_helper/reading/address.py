"""Reading a written question by its address: the Parliament Written Questions API gives its full record.

    https://www.theyworkforyou.com/wrans/?id=2024-07-30a.1234.h                          (a date, UIN)
    https://questions-statements.parliament.uk/written-questions/detail/2024-07-25/HL123  (date tabled, UIN)
    --uin 1234 --date 2024-07-25                                                          (either date)

(Older TheyWorkForYou addresses, "?id=2009-11-06a.102.1", number the page, not the question: they are refused
with what to give instead.)

Nothing is fetched unless the user gives such an address. The record comes back as the API's own JSON, which
the API reader reads like a saved response, so an address and a saved record give the same answer.
FOI_HELPER_API_URL points the fetch at another server (the tests' local one).
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from ..errors import CorpusError, ReadError

if TYPE_CHECKING:
    from ..parliament_api import Client

_TWFY = re.compile(
    r"^(?:https?://)?(?:www\.)?theyworkforyou\.com/wrans/?\?(?:[^#]*&)?id=(?P<date>\d{4}-\d{2}-\d{2})[a-z]?"
    r"\.(?P<uin>(?:HL)?\d+)\.h\b",
    re.IGNORECASE,
)
_DETAIL = re.compile(
    r"^(?:https?://)?questions-statements\.parliament\.uk/written-questions/detail/"
    r"(?P<date>\d{4}-\d{2}-\d{2})/(?P<uin>(?:HL)?\d+)\b",
    re.IGNORECASE,
)
_UIN = re.compile(r"^(?:HL\s?)?\d{1,7}$", re.IGNORECASE)


@dataclass(frozen=True)
class QuestionAddress:
    uin: str
    tabled: date | None = None
    answered: date | None = None
    any_date: date | None = None  # --date: tabled or answered, whichever the API holds

    def label(self) -> str:
        when = self.tabled or self.answered or self.any_date
        return f"question {self.uin}" + (f" of {when.isoformat()}" if when else "")


def address_of(text: str) -> QuestionAddress | None:
    """The question a TheyWorkForYou wrans address or a questions-statements detail address names; None for
    anything else (a page's text, a file name)."""
    text = text.strip()
    if not text or "\n" in text or " " in text:
        return None
    if m := _TWFY.match(text):
        # the day in the address is the answer's; tried as the day tabled too, if the API holds none answered then
        return QuestionAddress(m.group("uin").upper(), any_date=_date(m.group("date")))
    if m := _DETAIL.match(text):
        return QuestionAddress(m.group("uin").upper(), tabled=_date(m.group("date")))
    return None


def looks_like_address(text: str) -> bool:
    """An address of either site that `address_of` could not read (a TheyWorkForYou day listing, a search)."""
    return bool(re.match(r"^(?:https?://)?(?:www\.)?(?:theyworkforyou\.com|questions-statements\.parliament\.uk)/",
                         text.strip(), re.IGNORECASE))


def by_uin(uin: str, when: str) -> QuestionAddress:
    """`--uin UIN --date DATE`, checked."""
    uin = uin.strip().upper().replace(" ", "")
    if not _UIN.match(uin):
        raise ReadError(f"{uin!r} is not a UIN: give the question's number, e.g. 12345 or HL1234.")
    day = _date(when)
    if day is None:
        raise ReadError(f"The date {when!r} is not a date; write it as YYYY-MM-DD.")
    return QuestionAddress(uin, any_date=day)


def _date(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def fetch(address: QuestionAddress, base_url: str | None = None) -> str:
    """The question's full record from the Parliament Written Questions API, as its JSON text."""
    from ..parliament_api import BASE_URL, Client

    base = base_url or os.environ.get("FOI_HELPER_API_URL") or BASE_URL
    client = Client(base_url=base, retries=1, backoff=0.5, min_interval=0)
    try:
        record = _find(client, address)
    except CorpusError as exc:
        raise ReadError(
            f"Could not fetch {address.label()} from the Parliament API ({_reason(exc)}): check the connection, "
            "or copy the question's page and paste it."
        ) from None
    if record is None:
        raise ReadError(
            f"The Parliament API holds no {address.label()}: check the number and the date."
        )
    return json.dumps({"value": record}, ensure_ascii=False)


def _find(client: Client, address: QuestionAddress) -> dict[str, Any] | None:
    tabled = address.tabled.isoformat() if address.tabled else None
    answered = address.answered.isoformat() if address.answered else None
    if address.any_date is not None:
        day = address.any_date.isoformat()
        return client.find_question(address.uin, answered=day) or client.find_question(address.uin, tabled=day)
    return client.find_question(address.uin, tabled=tabled, answered=answered)


def _reason(exc: CorpusError) -> str:
    text = str(exc)
    m = re.search(r"\(([^()]*)\)", text)
    return m.group(1) if m else text.rstrip(".")


def load_address(text: str) -> tuple[str, str] | None:
    """(the record's JSON, the address) when `text` is a question's address; None when it is not one."""
    address = address_of(text)
    if address is None:
        if looks_like_address(text):
            raise ReadError(
                f"{text.strip()} is not the address of one written question: give a TheyWorkForYou "
                "/wrans/?id=… address or a questions-statements.parliament.uk detail address."
            )
        return None
    return fetch(address), text.strip()


def expand_address(text: str, origin: str) -> tuple[str, str]:
    """A pasted text that is a question's address, as the fetched record and the address; any other text
    as it is. The app's paste and a start argument come through here, as the CLI's FILE does."""
    found = load_address(text) if len(text) < 2000 else None
    return found if found is not None else (text, origin)
