"""`corpus update` end to end against a real HTTP server on 127.0.0.1 replaying the shared API responses."""

from __future__ import annotations

import gzip
import json
import socket
import threading
from collections.abc import Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from foi_helper.cli import main
from foi_helper.corpus import Corpus, CorpusError
from foi_helper.corpus.update import CURSOR, plan_update, run_update
from foi_helper.parliament_api import Client
from tests.conftest import SHARED_DATA, needs_shared

LISTS = SHARED_DATA / "parliament-written-questions"
AUGUST = LISTS / "list-2024-08.json.gz"  # 1,004 Commons questions tabled 27–30 August 2024, all answered
JUNE = LISTS / "list-2026-06.json.gz"  # 192 unanswered questions tabled on 1 June 2026


class FakeApi(ThreadingHTTPServer):
    """The API's list and detail endpoints over the shared verbatim records, with faults on demand."""

    def __init__(self, values: list[dict[str, Any]]) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.values = sorted(values, key=lambda v: v["id"])
        self.seen: list[dict[str, str]] = []
        self.agents: set[str] = set()
        self.fail_from_skip: int | None = None  # list pages from this skip on answer 503

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class Handler(BaseHTTPRequestHandler):
    server: FakeApi

    def log_message(self, *args: Any) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        self.server.agents.add(self.headers.get("User-Agent", ""))
        self.server.seen.append({"path": parts.path, **query})
        if parts.path == "/api/writtenquestions/questions":
            skip, take = int(query.get("skip", 0)), int(query.get("take", 20))
            if self.server.fail_from_skip is not None and skip >= self.server.fail_from_skip:
                return self._send(503, {"error": "busy"})
            chosen = [
                v
                for v in self.server.values
                if v["dateTabled"][:10] >= query.get("tabledWhenFrom", "0000")
                and v["dateTabled"][:10] <= query.get("tabledWhenTo", "9999")
                and query.get("house", v["house"]) == v["house"]
            ]
            page = [{"value": v, "links": []} for v in chosen[skip : skip + take]]
            return self._send(200, {"totalResults": len(chosen), "results": page})
        qid = parts.path.rsplit("/", 1)[-1]
        found = [v for v in self.server.values if str(v["id"]) == qid]
        if not found:
            return self._send(404, {})
        full = dict(
            found[0], answerText="<p>" + (found[0]["answerText"] or "")[:-3] + " — and the rest, in full.</p>"
        )
        return self._send(200, {"value": full})

    def _send(self, status: int, body: Any) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def load(path: Path) -> list[dict[str, Any]]:
    return [item["value"] for item in json.loads(gzip.decompress(path.read_bytes()))]


@pytest.fixture
def api() -> Iterator[FakeApi]:
    server = FakeApi(load(AUGUST)[:250] + load(JUNE))
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


pytestmark = [needs_shared(AUGUST), needs_shared(JUNE)]


def update(api: FakeApi, index: Path, *extra: str) -> int:
    return main(
        [
            "corpus",
            "update",
            "--base-url",
            api.url,
            "--interval",
            "0",
            "--backoff",
            "0",
            "--corpus",
            str(index),
            *extra,
        ]
    )


def test_update_fetches_every_page_of_the_range(
    api: FakeApi, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    index = tmp_path / "c.sqlite3"
    assert update(api, index, "--since", "2024-08-01", "--until", "2024-12-31", "--house", "Commons") == 0
    out, err = capsys.readouterr()
    assert "250 questions fetched" in out and "250 added" in out
    assert "250 of 250 questions" in err and "/s" in err  # progress with a rate
    lists = [s for s in api.seen if s["path"].endswith("/questions")]
    assert [int(s["skip"]) for s in lists] == [0, 100, 200]
    assert all(s["tabledWhenFrom"] == "2024-08-01" and s["house"] == "Commons" for s in lists)
    assert all(a.startswith("foi-helper/") for a in api.agents)
    with Corpus.open(index) as c:
        assert len(c) == 250 and c.get_meta(CURSOR) is None
        assert c.stats()["clipped"] > 0
    assert update(api, index, "--since", "2024-08-01", "--until", "2024-12-31") == 0  # again: nothing new
    assert "0 added, 0 updated" in capsys.readouterr().out


def test_full_fetches_full_text_of_answered_questions_once(api: FakeApi, tmp_path: Path) -> None:
    index = tmp_path / "c.sqlite3"
    assert update(api, index, "--since", "2024-08-01", "--until", "2024-08-31", "--full") == 0
    details = [s for s in api.seen if not s["path"].endswith("/questions")]
    # The list cuts answers at 255 characters with "..." and questions at 255 with no mark.
    clipped = [
        v
        for v in api.values[:250]
        if (v["answerText"] or "").endswith("...") or len(v["questionText"]) == 255
    ]
    assert len(details) == len(clipped) > 200  # short texts come whole in the list already
    with Corpus.open(index) as c:
        assert c.stats()["clipped"] == 0
        (match,) = c.search(clipped[0]["questionText"], limit=1)
        assert match.answer and match.answer.endswith("the rest, in full.")
    api.seen.clear()
    assert update(api, index, "--since", "2024-08-01", "--until", "2024-08-31", "--full") == 0
    assert not [s for s in api.seen if not s["path"].endswith("/questions")]  # full texts already held


def test_an_interrupted_update_resumes_where_it_stopped(
    api: FakeApi, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    index = tmp_path / "c.sqlite3"
    api.fail_from_skip = 200
    assert update(api, index, "--since", "2024-08-01") == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("foi-helper: The Parliament API refused the request (HTTP 503")
    with Corpus.open(index) as c:
        assert len(c) == 200 and json.loads(c.get_meta(CURSOR) or "{}")["skip"] == 200
    api.fail_from_skip = None
    api.seen.clear()
    assert update(api, index) == 0  # no --since: the interrupted run's range, from where it stopped
    out = capsys.readouterr()
    assert "resuming the update from 2024-08-01 at question 200" in out.err
    assert [int(s["skip"]) for s in api.seen] == [200, 300, 400]
    with Corpus.open(index) as c:
        assert len(c) == 250 + 192 and c.get_meta(CURSOR) is None


def test_offline_is_one_line_and_leaves_the_index_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    index = tmp_path / "c.sqlite3"
    code = main(
        [
            "corpus",
            "update",
            "--base-url",
            f"http://127.0.0.1:{port}",
            "--interval",
            "0",
            "--backoff",
            "0",
            "--since",
            "2024-01-01",
            "--corpus",
            str(index),
        ]
    )
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1 and len(err) == 1 and "Cannot reach the Parliament API" in err[0]
    assert not index.exists()  # no empty index left behind to hide the "how to get one" hint


def test_offline_leaves_an_existing_index_as_it_was(api: FakeApi, tmp_path: Path) -> None:
    index = tmp_path / "c.sqlite3"
    assert update(api, index, "--since", "2026-06-01") == 0
    before = index.read_bytes()
    api.fail_from_skip = 0
    assert update(api, index, "--since", "2024-08-01") == 1
    assert index.read_bytes() == before


def test_retries_back_off_then_succeed(api: FakeApi) -> None:
    waits: list[float] = []
    calls = {"n": 0}
    original = Client._fetch

    def flaky(self: Client, url: str) -> Any:
        calls["n"] += 1
        if calls["n"] <= 2:
            raise TimeoutError("timed out")
        return original(self, url)

    client = Client(base_url=api.url, min_interval=0, backoff=0.5, sleep=waits.append)
    Client._fetch = flaky  # type: ignore[method-assign]
    try:
        total, values = client.list_page("2024-08-01", None, "Bicameral", 0, 10)
    finally:
        Client._fetch = original  # type: ignore[method-assign]
    assert (total, len(values)) == (442, 10) and waits == [0.5, 1.0]


def test_first_update_of_an_empty_index_takes_the_last_month(tmp_path: Path) -> None:
    with Corpus.open(tmp_path / "c.sqlite3") as c:
        plan = plan_update(c, None, None, "Lords", False, today=date(2026, 7, 1))
        assert (plan.since, plan.house, plan.skip) == ("2026-06-01", "Lords", 0)


def test_a_server_reply_that_is_not_a_question_list_is_refused(api: FakeApi, tmp_path: Path) -> None:
    client = Client(base_url=api.url + "/nothing-here", min_interval=0, backoff=0)
    with Corpus.open(tmp_path / "c.sqlite3") as c, pytest.raises(CorpusError, match="HTTP 404"):
        run_update(
            c,
            client,
            plan_update(c, date(2024, 8, 1), None, "Commons", False, date(2024, 9, 1)),
            date(2024, 9, 1),
        )


def test_full_looks_up_by_id_the_questions_held_without_uin_or_date(
    api: FakeApi, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A third of the shared record came with only id, question and answer: a letter cannot cite those.
    bare = [
        {"id": v["id"], "questionText": v["questionText"], "answerText": v["answerText"]}
        for v in api.values[:3]
    ]
    bare.append(
        {"id": 99_999_999, "questionText": "To ask the Secretary of State for Defence, what the API lost."}
    )
    source = tmp_path / "bare.jsonl"
    source.write_text("".join(json.dumps(v) + "\n" for v in bare))
    index = tmp_path / "c.sqlite3"
    with Corpus.open(index) as c:
        c.import_file(source)
    assert update(api, index, "--since", "2030-01-01", "--full") == 0  # no new questions: only the look-ups
    out = capsys.readouterr().out
    assert "4 questions held without UIN or date looked up by id; 3 can now be cited." in out
    with Corpus.open(index) as c:
        for v in api.values[:3]:
            (m,) = [m for m in c.search(v["questionText"], limit=5) if m.id == v["id"]]
            assert m.uin == str(v["uin"]) and m.date_tabled and m.heading == v["heading"]
    api.seen.clear()
    assert update(api, index, "--since", "2030-01-01", "--full") == 0
    assert not [s for s in api.seen if not s["path"].endswith("/questions")]  # nothing asked twice
