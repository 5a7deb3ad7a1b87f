"""A polite client of the Parliament Written Questions API (no key): list pages, full-text details.

Polite: a User-Agent that names the tool, a timeout on every request, a minimum interval between requests,
and retries with exponential backoff (honouring Retry-After) on timeouts, 429 and 5xx. Any other failure is
one `CorpusError` sentence.

Bounded, whatever the server does: a reply larger than MAX_RESPONSE_BYTES is refused before it is read whole,
each request has an overall deadline (a server dripping a byte at a time still ends), the whole run has one
too, a Retry-After longer than MAX_RETRY_AFTER stops the run instead of waiting, and replies are parsed with
size and depth limits.
"""

from __future__ import annotations

import http.client
import math
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .bounded import LimitError, json_loads
from .errors import CorpusError
from .version import __version__

BASE_URL = "https://questions-statements-api.parliament.uk"
LIST_PATH = "/api/writtenquestions/questions"
USER_AGENT = f"foi-helper/{__version__} (builds a local index of written questions)"
RETRYABLE = {429, 500, 502, 503, 504}
MAX_RESPONSE_BYTES = 32_000_000  # a list page of 100 records is ~0.5 MB, a detail ~50 kB
MAX_RETRY_AFTER = 120.0  # seconds: asked to wait longer, the run stops (it resumes when run again)
RESUME = "run `foi-helper corpus update` again later: it resumes where it stopped"


class _Deadline(Exception):
    """The request's overall deadline passed while its reply was still arriving."""


@dataclass
class Client:
    base_url: str = BASE_URL
    timeout: float = 20.0
    min_interval: float = 0.25  # seconds between requests: at most 4 a second
    retries: int = 4
    backoff: float = 1.0  # first retry after this many seconds, doubling each time
    request_deadline: float = 60.0  # seconds for one whole reply, however slowly it arrives
    run_deadline: float = 6 * 3600.0  # seconds for the whole run (it resumes when run again)
    max_bytes: int = MAX_RESPONSE_BYTES
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    requests: int = field(default=0, init=False)
    _last: float = field(default=0.0, init=False)
    _started: float | None = field(default=None, init=False)

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
            last = attempt == self.retries
            try:
                return self._fetch(url)
            except urllib.error.HTTPError as exc:
                if missing_ok and exc.code == 404:
                    return None
                if exc.code not in RETRYABLE or last:
                    raise CorpusError(
                        f"The Parliament API refused the request (HTTP {exc.code} {_one_line(exc.reason)}); "
                        f"{RESUME}."
                    ) from None
                wait = _retry_after(exc)
                if wait is not None and wait > MAX_RETRY_AFTER:
                    raise CorpusError(
                        f"The Parliament API is busy and asks to wait {_seconds(wait)} (HTTP {exc.code}); {RESUME}."
                    ) from None
                self._pause(wait if wait is not None else self.backoff * 2**attempt)
            except _Deadline:
                self._run_left()  # the run's own limit, if that is what passed
                raise CorpusError(
                    f"The Parliament API at {self.base_url} sent its reply too slowly (no whole reply within "
                    f"{self.request_deadline:.0f} s); {RESUME}."
                ) from None
            except (urllib.error.URLError, TimeoutError, ConnectionError, http.client.HTTPException) as exc:
                if last:
                    reason = _one_line(getattr(exc, "reason", None) or _http_reason(exc))
                    raise CorpusError(
                        f"Cannot reach the Parliament API at {self.base_url} ({reason}); check the connection "
                        "and run `foi-helper corpus update` again: it resumes where it stopped."
                    ) from None
                self._pause(self.backoff * 2**attempt)
            except OSError as exc:  # any other socket failure
                if last:
                    raise CorpusError(
                        f"Cannot reach the Parliament API at {self.base_url} ({_one_line(exc.strerror or exc)}); "
                        f"{RESUME}."
                    ) from None
                self._pause(self.backoff * 2**attempt)
        raise AssertionError("unreachable")  # pragma: no cover

    def _fetch(self, url: str) -> Any:
        request = urllib.request.Request(
            url, headers={"User-Agent": USER_AGENT, "Accept": "application/json"}
        )
        self.requests += 1
        deadline = self.clock() + min(self.request_deadline, self._run_left())
        with urllib.request.urlopen(request, timeout=self.timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > self.max_bytes:
                raise CorpusError(self._too_big())
            body = self._read(response, deadline)
        try:
            return json_loads(body, max_chars=self.max_bytes)
        except LimitError as exc:
            raise CorpusError(f"The Parliament API sent a reply foi-helper cannot read ({exc}); {RESUME}.") from None

    def _read(self, response: Any, deadline: float) -> bytes:
        """The reply's body, at most `max_bytes`, stopping at the deadline however slowly it arrives."""
        chunks: list[bytes] = []
        size = 0
        while True:
            left = deadline - self.clock()
            if left <= 0:
                raise _Deadline()
            _set_timeout(response, min(self.timeout, left))
            try:
                chunk = response.read1(65536) if hasattr(response, "read1") else response.read(65536)
            except TimeoutError:
                if self.clock() >= deadline - 0.01:
                    raise _Deadline() from None  # the reply's own deadline, not a stalled connection: no retry
                raise
            if not chunk:
                return b"".join(chunks)
            size += len(chunk)
            if size > self.max_bytes:
                raise CorpusError(self._too_big())
            chunks.append(chunk)

    def _too_big(self) -> str:
        return (f"The Parliament API sent a reply larger than {self.max_bytes // 1_000_000} MB, which no page of "
                f"questions is, so it was not read; {RESUME}.")

    def _run_left(self) -> float:
        if self._started is None:
            self._started = self.clock()
        left = self.run_deadline - (self.clock() - self._started)
        if left <= 0:
            raise CorpusError(
                f"The update has run for {_seconds(self.run_deadline)}, its limit for one run; {RESUME}."
            )
        return left

    def _pause(self, seconds: float) -> None:
        if seconds > self._run_left():
            raise CorpusError(f"The update reached its time limit while waiting to retry; {RESUME}.")
        self.sleep(seconds)

    def _wait_turn(self) -> None:
        gap = self.min_interval - (time.monotonic() - self._last)
        if gap > 0:
            self.sleep(gap)
        self._last = time.monotonic()


def _set_timeout(response: Any, seconds: float) -> None:
    """Bound the next read of the reply's socket (urllib sets the timeout only once, for every read)."""
    sock = getattr(getattr(getattr(response, "fp", None), "raw", None), "_sock", None)
    if sock is not None:
        try:
            sock.settimeout(max(seconds, 0.001))
        except OSError:
            pass


def _one_line(value: object) -> str:
    from .text_safety import clean_line

    return clean_line(str(value))[:200]


def _http_reason(exc: BaseException) -> str:
    """http.client's errors print as reprs or nothing ("BadStatusLine('')"): a phrase a person reads."""
    if isinstance(exc, http.client.IncompleteRead):
        return "the connection closed before the whole reply arrived"
    if isinstance(exc, http.client.RemoteDisconnected):
        return "the server closed the connection without replying"
    if isinstance(exc, http.client.LineTooLong):
        return "the server sent a header line too long to be real"
    if isinstance(exc, http.client.BadStatusLine):
        return "the server's reply was not HTTP"
    return str(exc) or type(exc).__name__


def _seconds(value: float) -> str:
    if value >= 3600:
        return f"{value / 3600:.0f} hours"
    return f"{value / 60:.0f} minutes" if value >= 120 else f"{value:.0f} seconds"


def _retry_after(exc: urllib.error.HTTPError) -> float | None:
    """Retry-After in seconds (not capped: the caller stops when it is too long); None when absent or not a
    number of seconds (an HTTP date, "nan", a negative)."""
    value = exc.headers.get("Retry-After") if exc.headers else None
    try:
        seconds = float(value) if value else None
    except ValueError:
        return None
    return seconds if seconds is not None and math.isfinite(seconds) and seconds >= 0 else None
