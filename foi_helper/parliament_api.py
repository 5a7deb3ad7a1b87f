"""A polite client of the Parliament Written Questions API (no key): list pages, full-text details.

Polite: a User-Agent that names the tool, a timeout on every request, a minimum interval between requests,
and retries with exponential backoff (honouring Retry-After) on timeouts, 429 and 5xx. Any other failure is
one `CorpusError` sentence.
"""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .errors import CorpusError
from .version import __version__

BASE_URL = "https://questions-statements-api.parliament.uk"
LIST_PATH = "/api/writtenquestions/questions"
USER_AGENT = f"foi-helper/{__version__} (builds a local index of written questions)"
RETRYABLE = {429, 500, 502, 503, 504}


@dataclass
class Client:
    base_url: str = BASE_URL
    timeout: float = 20.0
    min_interval: float = 0.25  # seconds between requests: at most 4 a second
    retries: int = 4
    backoff: float = 1.0  # first retry after this many seconds, doubling each time
    sleep: Callable[[float], None] = time.sleep
    requests: int = field(default=0, init=False)
    _last: float = field(default=0.0, init=False)

    def list_page(
        self, since: str | None, until: str | None, house: str, skip: int, take: int, answered: str = "Any"
    ) -> tuple[int, list[dict[str, Any]]]:
        """One page of the list endpoint: (totalResults, the `value` objects)."""
        params: dict[str, str | int] = {
            "take": take,
            "skip": skip,
            "answered": answered,
            "expandMember": "true",
        }
        if since:
            params["tabledWhenFrom"] = since
        if until:
            params["tabledWhenTo"] = until
        if house != "Bicameral":
            params["house"] = house
        data = self.get_json(LIST_PATH, params)
        results = data.get("results") if isinstance(data, dict) else None
        if not isinstance(results, list):
            raise CorpusError(
                "The Parliament API answered with something that is not a list of questions; try later."
            )
        values = [r["value"] for r in results if isinstance(r, dict) and isinstance(r.get("value"), dict)]
        total = data.get("totalResults")
        return (total if isinstance(total, int) else skip + len(values)), values

    def detail(self, question_id: int) -> dict[str, Any] | None:
        """The full record of one question (full question and answer text); None when the API has none."""
        data = self.get_json(f"{LIST_PATH}/{question_id}", {"expandMember": "true"}, missing_ok=True)
        value = data.get("value") if isinstance(data, dict) else None
        return value if isinstance(value, dict) else None

    def find_question(
        self, uin: str, tabled: str | None = None, answered: str | None = None
    ) -> dict[str, Any] | None:
        """The full record of the question with this UIN, tabled (or answered) on the ISO date given; None
        when the API holds none. UINs restart each session, so the date picks the one meant."""
        params: dict[str, str | int] = {"uIN": uin, "take": 20, "expandMember": "true"}
        if tabled:
            params.update(tabledWhenFrom=tabled, tabledWhenTo=tabled)
        if answered:
            params.update(answeredWhenFrom=answered, answeredWhenTo=answered)
        data = self.get_json(LIST_PATH, params)
        results = data.get("results") if isinstance(data, dict) else None
        values = [
            r["value"] for r in results or [] if isinstance(r, dict) and isinstance(r.get("value"), dict)
        ]
        wanted = uin.replace(" ", "").upper()
        for value in values:
            if str(value.get("uin", "")).replace(" ", "").upper() != wanted:
                continue
            if tabled and not str(value.get("dateTabled", "")).startswith(tabled):
                continue
            if answered and not str(value.get("dateAnswered", "")).startswith(answered):
                continue
            record_id = value.get("id")
            full = self.detail(record_id) if isinstance(record_id, int) else None
            return full or value
        return None

    def get_json(self, path: str, params: dict[str, str | int], missing_ok: bool = False) -> Any:
        """The reply as JSON; with `missing_ok`, None when the API answers 404 (no such question)."""
        url = self.base_url.rstrip("/") + path + "?" + urllib.parse.urlencode(params)
        for attempt in range(self.retries + 1):
            self._wait_turn()
            try:
                return self._fetch(url)
            except urllib.error.HTTPError as exc:
                if missing_ok and exc.code == 404:
                    return None
                if exc.code not in RETRYABLE or attempt == self.retries:
                    raise CorpusError(
                        f"The Parliament API refused the request (HTTP {exc.code} {exc.reason}); try again later."
                    ) from None
                self.sleep(_retry_after(exc) or self.backoff * 2**attempt)
            except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
                if attempt == self.retries:
                    reason = getattr(exc, "reason", exc)
                    raise CorpusError(
                        f"Cannot reach the Parliament API at {self.base_url} ({reason}); check the connection "
                        "and run `foi-helper corpus update` again: it resumes where it stopped."
                    ) from None
                self.sleep(self.backoff * 2**attempt)
        raise AssertionError("unreachable")  # pragma: no cover

    def _fetch(self, url: str) -> Any:
        request = urllib.request.Request(
            url, headers={"User-Agent": USER_AGENT, "Accept": "application/json"}
        )
        self.requests += 1
        with urllib.request.urlopen(request, timeout=self.timeout) as response:
            body = response.read()
        try:
            return json.loads(body)
        except ValueError:
            raise CorpusError("The Parliament API sent a reply that is not JSON; try again later.") from None

    def _wait_turn(self) -> None:
        gap = self.min_interval - (time.monotonic() - self._last)
        if gap > 0:
            self.sleep(gap)
        self._last = time.monotonic()


def _retry_after(exc: urllib.error.HTTPError) -> float | None:
    value = exc.headers.get("Retry-After") if exc.headers else None
    try:
        return min(float(value), 60.0) if value else None
    except ValueError:
        return None
