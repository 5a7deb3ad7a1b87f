"""Reading a question by its address: the CLI and the app fetch its record from the Parliament API, here a
local server on 127.0.0.1 replaying the shared list response and detail-shaped records."""

from __future__ import annotations

import contextlib
import gzip
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from foi_helper.cli import main
from foi_helper.errors import ReadError
from foi_helper.reading import expand_address, read_answers
from foi_helper.reading.address import address_of
from tests.conftest import SHARED_DATA, needs_shared

AUGUST = SHARED_DATA / "parliament-written-questions" / "list-2024-08.json.gz"
pytestmark = needs_shared(AUGUST)


class Replay(ThreadingHTTPServer):
    def __init__(self, values: list[dict[str, Any]]) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.values = values
        self.paths: list[str] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _Handler(BaseHTTPRequestHandler):
    server: Replay

    def log_message(self, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        self.server.paths.append(parts.path)
        if parts.path == "/api/writtenquestions/questions":
            chosen = [
                v for v in self.server.values
                if v["uin"] == query.get("uIN")
                and query.get("tabledWhenFrom", "0000") <= v["dateTabled"][:10] <= query.get("tabledWhenTo", "9999")
                and query.get("answeredWhenFrom", "0000") <= (v["dateAnswered"] or "")[:10]
                <= query.get("answeredWhenTo", "9999")
            ]
            return self._send({"totalResults": len(chosen), "results": [{"value": v} for v in chosen]})
        found = [v for v in self.server.values if str(v["id"]) == parts.path.rsplit("/", 1)[-1]]
        if not found:
            return self._send({}, 404)
        # the detail endpoint: the answer as HTML, in full
        return self._send({"value": dict(found[0], answerText=f"<p>{found[0]['answerText']}</p><p>In full.</p>")})

    def _send(self, body: Any, status: int = 200) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@contextlib.contextmanager
def serving(monkeypatch: pytest.MonkeyPatch) -> Iterator[Replay]:
    """A local server replaying 200 records of the shared August 2024 list, with FOI_HELPER_API_URL at it."""
    values = [item["value"] for item in json.loads(gzip.decompress(AUGUST.read_bytes()))][:200]
    server = Replay(values)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    monkeypatch.setenv("FOI_HELPER_API_URL", server.url)
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def api(monkeypatch: pytest.MonkeyPatch) -> Iterator[Replay]:
    with serving(monkeypatch) as server:
        yield server


def _answered(api: Replay) -> dict[str, Any]:
    return next(v for v in api.values if v["dateAnswered"] and v["answerText"])


def test_addresses_name_the_question() -> None:
    twfy = address_of("https://www.theyworkforyou.com/wrans/?id=2024-09-02a.3283.h")
    assert twfy is not None and twfy.uin == "3283" and str(twfy.any_date) == "2024-09-02"
    assert address_of("https://www.theyworkforyou.com/wrans/?id=2009-11-06a.102.1") is None  # a page number
    detail = address_of("https://questions-statements.parliament.uk/written-questions/detail/2024-08-30/HL123")
    assert detail is not None and detail.uin == "HL123" and str(detail.tabled) == "2024-08-30"
    assert address_of("notes.txt") is None and address_of("To ask the Secretary of State") is None


def test_analyse_a_theyworkforyou_address(api: Replay, capsys: pytest.CaptureFixture[str]) -> None:
    v = _answered(api)
    url = f"https://www.theyworkforyou.com/wrans/?id={v['dateAnswered'][:10]}a.{v['uin']}.h"
    assert main(["analyse", url, "--json"]) == 0
    (answer,) = json.loads(capsys.readouterr().out)["answers"]
    assert answer["uin"] == v["uin"] and answer["source_format"] == "parliament_api"
    assert answer["answer"].endswith("In full.")  # the detail record's full text, not the list's
    assert f"/api/writtenquestions/questions/{v['id']}" in api.paths


def test_draft_a_questions_statements_address(api: Replay, capsys: pytest.CaptureFixture[str]) -> None:
    v = _answered(api)
    url = f"https://questions-statements.parliament.uk/written-questions/detail/{v['dateTabled'][:10]}/{v['uin']}"
    assert main(["draft", url, "--name", "Jane Citizen"]) == 0
    assert v["answeringBodyName"] in capsys.readouterr().out


def test_uin_and_date(api: Replay, capsys: pytest.CaptureFixture[str]) -> None:
    v = _answered(api)
    assert main(["analyse", "--uin", v["uin"], "--date", v["dateTabled"][:10], "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["answers"][0]["uin"] == v["uin"]


def test_a_question_the_api_does_not_hold_is_one_sentence(api: Replay, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyse", "--uin", "999999", "--date", "2024-08-30"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "holds no question 999999" in err


def test_offline_is_one_sentence(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    server = Replay([])
    port = server.server_address[1]
    server.server_close()  # nothing listens there now
    monkeypatch.setenv("FOI_HELPER_API_URL", f"http://127.0.0.1:{port}")
    monkeypatch.setattr("time.sleep", lambda _s: None)
    assert main(["analyse", "https://www.theyworkforyou.com/wrans/?id=2024-09-02a.3283.h"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and err.startswith("foi-helper: Could not fetch question 3283")


def test_mixed_inputs_are_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyse", "page.txt", "--uin", "12"]) == 1
    assert "either FILE" in capsys.readouterr().err


def test_a_pasted_address_loads_as_the_cli_loads_it(api: Replay) -> None:
    v = _answered(api)
    url = f"https://www.theyworkforyou.com/wrans/?id={v['dateAnswered'][:10]}a.{v['uin']}.h"
    text, origin = expand_address(url + "\n", "the paste")
    assert origin == url
    (answer,) = read_answers(text)
    assert answer.uin == v["uin"]
    page = "To ask the Secretary of State for Defence, how many ships there are."
    assert expand_address(page, "the paste") == (page, "the paste")  # nothing fetched for a page


@pytest.mark.parametrize(
    "url",
    ["https://www.theyworkforyou.com/wrans/?d=2010-06-29", "https://www.theyworkforyou.com/wrans/?id=2009-11-06a.102.1"],
)
def test_an_address_that_names_no_one_question_is_refused_with_what_to_give(url: str) -> None:
    with pytest.raises(ReadError, match="not the address of one written question"):
        expand_address(url, "the paste")


def test_a_page_url_that_is_no_address_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyse", "page.txt", "--page-url", "not an address"]) == 1
    assert "is not a web address" in capsys.readouterr().err
