"""`corpus update` against a misbehaving server on 127.0.0.1: every loop bounded, every failure one sentence."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from foi_helper.cli import main
from foi_helper.corpus import Corpus, CorpusError
from foi_helper.corpus.update import plan_update, run_update
from foi_helper.parliament_api import Client


def page(ids: range, total: int) -> bytes:
    return json.dumps({"totalResults": total, "results": [{"value": {
        "id": i, "uin": str(i), "house": "Commons", "dateTabled": "2024-01-02T00:00:00",
        "questionText": f"To ask the Secretary of State for Health, question {i}."}} for i in ids]}).encode()


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        server: Server = self.server  # type: ignore[assignment]
        mode = self.path.split("/")[1]
        server.counts[mode] += 1
        server.modes[mode](self, server.counts[mode])

    def body(self, data: bytes, status: int = 200, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)


def _drip(h: Handler, n: int) -> None:
    h.send_response(200)
    h.send_header("Content-Length", "1000")
    h.end_headers()
    try:
        for _ in range(100):
            h.wfile.write(b" ")
            h.wfile.flush()
            time.sleep(0.1)
    except OSError:
        pass


def _unbounded(h: Handler, n: int) -> None:
    h.send_response(200)
    h.end_headers()
    try:
        for _ in range(200):
            h.wfile.write(b"A" * 65536)
    except OSError:
        pass


MODES: dict[str, Callable[[Handler, int], None]] = {
    "huge": lambda h, n: h.body(b'{"a": "' + b"A" * 200_000 + b'"}'),
    "unbounded": _unbounded,
    "drip": _drip,
    "retry-after": lambda h, n: h.body(b"{}", 503, {"Retry-After": "99999"}),
    "retry-nan": lambda h, n: h.body(b"{}", 429, {"Retry-After": "nan"}) if n == 1 else h.body(page(range(1, 3), 2)),
    "good": lambda h, n: h.body(page(range(1, 3), 2)),
    "same-page": lambda h, n: h.body(page(range(1, 11), 500)),
    "absurd": lambda h, n: h.body(page(range(n * 10, n * 10 + 10), 10**9)),
    "bad-status": lambda h, n: h.wfile.write(b"HTTP/1.1 OK\r\n\r\n"),
    "incomplete": lambda h, n: h.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\n{\"total"),
    "long-header": lambda h, n: h.wfile.write(b"HTTP/1.1 200 OK\r\nX: " + b"a" * 70000 + b"\r\n\r\n{}"),
    "hangup": lambda h, n: h.connection.shutdown(socket.SHUT_RDWR),
    "deep": lambda h, n: h.body(b"[" * 50000 + b"]" * 50000),
    "bigint": lambda h, n: h.body(b'{"totalResults": ' + b"9" * 5000 + b', "results": []}'),
    "surrogate": lambda h, n: h.body(json.dumps({"totalResults": 1, "results": [{"value": {
        "id": 5, "uin": "5\ud800", "heading": "Health\x1b]52;c;aGk=\x07 \u202eCare",
        "questionText": "To ask the Secretary of State \ud800 for Health, what."}}]}).encode()),
}


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.counts: Counter[str] = Counter()
        self.modes = MODES

    def url(self, mode: str) -> str:
        return f"http://127.0.0.1:{self.server_port}/{mode}"


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    s = Server()
    threading.Thread(target=s.serve_forever, daemon=True).start()
    yield s
    s.shutdown()


def update(tmp_path: Path, client: Client) -> Corpus:
    corpus = Corpus.open(tmp_path / "c.sqlite3")
    plan = plan_update(corpus, date(2024, 1, 1), None, "Bicameral", False, date(2024, 2, 1))
    run_update(corpus, client, plan, date(2024, 2, 1), page_size=10)
    return corpus


def client(server: Server, mode: str, **kw: object) -> Client:
    waits: list[float] = []
    c = Client(base_url=server.url(mode), min_interval=0, backoff=0.01, timeout=2, sleep=waits.append, **kw)  # type: ignore[arg-type]
    c.waits = waits  # type: ignore[attr-defined]
    return c


def one_sentence(exc: pytest.ExceptionInfo[CorpusError]) -> str:
    text = str(exc.value)
    assert "\n" not in text and "Traceback" not in text and text.endswith(".")
    return text


@pytest.mark.parametrize("mode", ["huge", "unbounded"])
def test_a_reply_larger_than_the_limit_is_not_read_whole(server: Server, tmp_path: Path, mode: str) -> None:
    with pytest.raises(CorpusError) as exc:
        update(tmp_path, client(server, mode, max_bytes=100_000))
    assert "larger than" in one_sentence(exc)


def test_a_dripping_reply_ends_at_its_deadline_without_retries(server: Server, tmp_path: Path) -> None:
    c = client(server, "drip", request_deadline=0.5)
    started = time.monotonic()
    with pytest.raises(CorpusError) as exc:
        update(tmp_path, c)
    assert "too slowly" in one_sentence(exc) and c.requests == 1 and time.monotonic() - started < 5


def test_a_long_retry_after_stops_the_run_instead_of_waiting(server: Server, tmp_path: Path) -> None:
    c = client(server, "retry-after")
    with pytest.raises(CorpusError) as exc:
        update(tmp_path, c)
    assert "asks to wait" in one_sentence(exc) and c.waits == [] and c.requests == 1  # type: ignore[attr-defined]


def test_a_retry_after_that_is_not_a_number_falls_back_to_backoff(server: Server, tmp_path: Path) -> None:
    c = client(server, "retry-nan")
    assert len(update(tmp_path, c)) == 2 and c.waits == [0.01]  # type: ignore[attr-defined]


def test_the_same_page_twice_stops_the_run_keeping_what_was_fetched(server: Server, tmp_path: Path) -> None:
    with pytest.raises(CorpusError) as exc:
        update(tmp_path, client(server, "same-page"))
    assert "same page" in one_sentence(exc)
    with Corpus.open(tmp_path / "c.sqlite3") as corpus:
        assert len(corpus) == 10


def test_an_absurd_total_is_not_paged_through(server: Server, tmp_path: Path) -> None:
    c = client(server, "absurd")
    with pytest.raises(CorpusError) as exc:
        update(tmp_path, c)
    assert "1,000,000,000" in one_sentence(exc) and c.requests == 1


def test_the_whole_run_has_a_deadline(server: Server, tmp_path: Path) -> None:
    now = [0.0]

    def clock() -> float:
        now[0] += 400.0
        return now[0]

    c = client(server, "good", run_deadline=1000.0, clock=clock)
    with pytest.raises(CorpusError) as exc:
        update(tmp_path, c)
    assert "limit" in one_sentence(exc)


@pytest.mark.parametrize("mode", ["bad-status", "incomplete", "long-header", "hangup", "deep", "bigint"])
def test_every_protocol_failure_is_one_sentence(server: Server, tmp_path: Path, mode: str) -> None:
    c = client(server, mode, retries=1)
    with pytest.raises(CorpusError) as exc:
        update(tmp_path, c)
    text = one_sentence(exc)
    assert "Parliament API" in text and "(" in text and "Error(" not in text and "b'" not in text


def test_lone_surrogates_and_escapes_from_the_api_are_stored_cleaned(server: Server, tmp_path: Path) -> None:
    corpus = update(tmp_path, client(server, "surrogate"))
    (match,) = corpus.search("Secretary of State for Health", limit=1)
    assert match.uin == "5" and match.heading == "Health Care" and "\ud800" not in match.question


def test_the_command_line_reports_a_misbehaving_server_in_one_line(
    server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["corpus", "update", "--since", "2024-01-01", "--base-url", server.url("bad-status"),
                 "--interval", "0", "--backoff", "0", "--corpus", str(tmp_path / "c.sqlite3")])
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err and "not HTTP" in err
    assert not (tmp_path / "c.sqlite3").exists()  # a failed first update leaves no empty index


@pytest.mark.parametrize("value", ["inf", "nan", "-1", "1e9"])
def test_an_interval_that_is_not_a_sane_number_of_seconds_is_bad_usage(
    value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["corpus", "update", "--interval", value, "--base-url", "http://127.0.0.1:9/"])
    assert exc.value.code == 2 and "seconds" in capsys.readouterr().err
