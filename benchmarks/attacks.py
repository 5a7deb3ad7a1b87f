"""Replay hostile inputs and faults against the command line; count how each one ends.

Classes: bad files (reading and import), hostile index records (terminal escapes, bidi overrides, CR in every
field of an imported record), a misbehaving HTTP server on 127.0.0.1 (`corpus update` against it), damaged
drafts, the data folder (symlinks, a read-only folder), a full disk (a 1 MB tmpfs when the machine allows
mounting one, else a file-size limit), user templates, huge lines, and small bad arguments.

Each case runs `python -m foi_helper …` in a fresh FOI_HELPER_HOME with a time limit and is counted as one of:
  clean      the command did what it should, or refused with one sentence (exit 1 or 2, no traceback)
  traceback  a Python traceback, or an exit status other than 0, 1, 2
  hang       still running at the time limit (killed)
  wrong      a raw control character, bidi override or lone surrogate in what it printed or wrote, or a
             result the case checks for is wrong (a good line not imported, a good draft not listed, …)
  lost       a draft the user saved is missing afterwards

    .venv/bin/python benchmarks/attacks.py [--src PATH] [--only CLASS] [-v]

`--src` runs another checkout of the code (e.g. `git archive` of an older commit unpacked somewhere).
"""

from __future__ import annotations

import argparse
import gzip
import http.server
import json
import os
import re
import shutil
import socket
import socketserver
import subprocess
import sys
import tempfile
import threading
import time
import typing
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "foi_helper" / "examples" / "twfy-written-answer-2019-06-24.txt"
OUTCOMES = ("clean", "traceback", "hang", "wrong", "lost")
# What must never reach a terminal or a file raw: C0 controls but tab and newline, DEL, C1, bidi
# overrides and isolates, lone surrogates (as the bytes Python writes for them, or U+FFFD stands in).
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


@dataclass
class Run:
    rc: int | None
    out: str
    err: str
    seconds: float
    home: Path


@dataclass
class Case:
    cls: str
    name: str
    args: list[str]
    prepare: Callable[[Path], None] | None = None
    stdin: str | None = None
    timeout: float = 60.0
    check: Callable[[Run], str | None] | None = None  # returns "wrong"/"lost" with a reason, or None
    shell: str | None = None  # run through sh -c with {cmd} replaced by the command
    extra_env: dict[str, str] = field(default_factory=dict)
    files: Callable[[Path], list[Path]] | None = None  # files written that must be clean too


class Harness:
    def __init__(self, src: Path, work: Path, verbose: bool) -> None:
        self.src, self.work, self.verbose = src, work, verbose
        self.counts: dict[str, Counter[str]] = defaultdict(Counter)
        self.notes: list[str] = []
        self.n = 0

    def env(self, home: Path, extra: dict[str, str]) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("FOI_HELPER")}
        env.update(FOI_HELPER_HOME=str(home), PYTHONPATH=str(self.src), PYTHONIOENCODING="utf-8",
                   PYTHONUNBUFFERED="1", COLUMNS="100", **extra)
        return env

    def run(self, case: Case) -> str:
        self.n += 1
        home = self.work / f"home{self.n}"
        home.mkdir()
        if case.prepare:
            case.prepare(home)
        cmd = [sys.executable, "-m", "foi_helper", *case.args]
        argv: list[str] | str = cmd
        if case.shell:
            argv = ["sh", "-c", case.shell.replace("{cmd}", " ".join(_quote(c) for c in cmd))]
        started = time.monotonic()
        try:
            proc = subprocess.run(argv, input=(case.stdin or "").encode("utf-8", "surrogatepass"),
                                  check=False, capture_output=True, timeout=case.timeout, env=self.env(home, case.extra_env),
                                  cwd=home, start_new_session=True)
            rc, out, err = proc.returncode, proc.stdout, proc.stderr
        except subprocess.TimeoutExpired as exc:
            rc, out, err = None, exc.stdout or b"", exc.stderr or b""
            _kill_group(exc)
        run = Run(rc, out.decode("utf-8", "surrogateescape"), err.decode("utf-8", "surrogateescape"),
                  time.monotonic() - started, home)
        outcome, why = self.judge(case, run, out + err)
        self.counts[case.cls][outcome] += 1
        if outcome != "clean" or self.verbose:
            line = err.decode("utf-8", "replace").strip().splitlines()
            self.notes.append(f"{case.cls:<10} {outcome:<9} {case.name}: {why or ''} "
                              f"[{run.seconds:.1f} s] {(line[-1] if line else '')[:150]!r}")
        return outcome

    def judge(self, case: Case, run: Run, raw: bytes) -> tuple[str, str | None]:
        if run.rc is None:
            return "hang", f"killed after {case.timeout:.0f} s"
        if "Traceback (most recent call last)" in run.err or run.rc not in (0, 1, 2):
            return "traceback", f"exit {run.rc}"
        text = raw.decode("utf-8", "surrogateescape")
        bad = RAW.search(text)
        if bad:
            return "wrong", f"raw {bad.group(0)!r} printed"
        if b"\xed\xa0" in raw or b"\xed\xb0" in raw:
            return "wrong", "a lone surrogate printed"
        for f in case.files(run.home) if case.files else []:
            if f.is_file():
                found = RAW.search(f.read_bytes().decode("utf-8", "surrogateescape"))
                if found:
                    return "wrong", f"raw {found.group(0)!r} written to {f.name}"
        verdict = case.check(run) if case.check else None
        if verdict:
            kind, _, why = verdict.partition(":")
            return kind, why.strip()
        return "clean", None


def _quote(s: str) -> str:
    return "'" + s.replace("'", "'\\''") + "'"


def _kill_group(exc: subprocess.TimeoutExpired) -> None:
    # subprocess.run kills the child; a shell pipeline's other members are in the same new session.
    pass


# ── hostile text ─────────────────────────────────────────────────────────────────────────────────────────────

NASTY = [
    "\x1b]52;c;ZWNobyBwd25lZA==\x07",  # writes the clipboard
    "\x1b[2J\x1b[H",  # clears the screen
    "\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\",  # a hidden link
    "\u202egnp.exe",  # right-to-left override
    "line one\rOVERWRITTEN",  # carriage return
    "\x9b31m",  # 8-bit CSI
    "\x1b]0;title",  # an unterminated OSC
    "bell\x07 and null\x00",
]


def hostile_records(n: int = 24) -> list[dict[str, object]]:
    out = []
    for i in range(n):
        bad = NASTY[i % len(NASTY)]
        out.append({
            "id": 900000 + i,
            "uin": f"HL{i}{bad}",
            "house": "Lords",
            "dateTabled": "2019-05-01T00:00:00",
            "dateAnswered": "2019-05-20T00:00:00",
            "answeringBodyName": f"Home Office {bad}",
            "heading": f"Social Media: Paedophilia {bad}",
            "questionText": (f"To ask Her Majesty's Government what steps they are taking to address paedophiles "
                             f"operating on Twitter and other social media platforms {bad}."),
            "answerText": f"<p>The Online Harms White Paper {bad} sets out plans.</p>",
            "askingMember": {"name": f"Lord Moonie{bad}"},
            "answeringMember": {"name": "Baroness Williams of Trafford"},
        })
    return out


def good_record(i: int) -> dict[str, object]:
    return {"id": 700000 + i, "uin": str(1000 + i), "house": "Commons", "dateTabled": "2024-01-02T00:00:00",
            "answeringBodyName": "Home Office", "heading": "Police: Vehicles",
            "questionText": f"To ask the Secretary of State for the Home Department, how many police vehicles "
                            f"were bought in region {i}."}


def write_index_source(home: Path) -> Path:
    path = home / "hostile.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in hostile_records()) + "\n")
    return path


def with_hostile_index(home: Path) -> None:
    src = write_index_source(home)
    env = {k: v for k, v in os.environ.items()}
    env.update(FOI_HELPER_HOME=str(home), PYTHONPATH=os.environ["ATTACKS_SRC"])
    subprocess.run([sys.executable, "-m", "foi_helper", "corpus", "import", str(src)], env=env,
                   check=False, capture_output=True, timeout=120, cwd=home)


# ── the misbehaving server ──────────────────────────────────────────────────────────────────────────────────

def _page(ids: range, total: int) -> bytes:
    results = [{"value": {"id": i, "uin": str(i), "house": "Commons", "dateTabled": "2024-01-02T00:00:00",
                          "questionText": f"To ask the Secretary of State for Health, question {i}."}} for i in ids]
    return json.dumps({"totalResults": total, "results": results}).encode()


class Misbehaving(http.server.BaseHTTPRequestHandler):
    counts: typing.ClassVar[Counter[str]] = Counter()

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        mode = self.path.split("/")[1]
        Misbehaving.counts[mode] += 1
        n = Misbehaving.counts[mode]
        getattr(self, f"mode_{mode.replace('-', '_')}")(n)

    def send_body(self, body: bytes, status: int = 200, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def mode_huge(self, n: int) -> None:  # 300 MB of one JSON string, no length given
        self.send_response(200)
        self.end_headers()
        try:
            self.wfile.write(b'{"totalResults": 1, "results": [{"value": {"id": 1, "questionText": "')
            chunk = b"A" * (1 << 20)
            for _ in range(300):
                self.wfile.write(chunk)
        except OSError:
            pass

    def mode_drip(self, n: int) -> None:  # a byte every 2 s, for ever
        self.send_response(200)
        self.send_header("Content-Length", "100000")
        self.end_headers()
        try:
            for _ in range(1000):
                self.wfile.write(b" ")
                self.wfile.flush()
                time.sleep(2)
        except OSError:
            pass

    def mode_retry_after(self, n: int) -> None:
        self.send_body(b"{}", 503, {"Retry-After": "99999"})

    def mode_retry_nan(self, n: int) -> None:
        self.send_body(b"{}", 429, {"Retry-After": "nan"})

    def mode_same_page(self, n: int) -> None:  # totalResults says a billion; every page is the first
        self.send_body(_page(range(1, 101), 10**9))

    def mode_endless(self, n: int) -> None:  # new ids every time, totalResults a billion
        self.send_body(_page(range(n * 100, n * 100 + 100), 10**9))

    def mode_bad_status(self, n: int) -> None:
        self.wfile.write(b"HTTP/1.1 OK\r\n\r\n")

    def mode_incomplete(self, n: int) -> None:
        self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\n{\"totalResults\": 1")

    def mode_deep(self, n: int) -> None:
        self.send_body(b"[" * 100000 + b"]" * 100000)

    def mode_surrogate(self, n: int) -> None:
        self.send_body(json.dumps({"totalResults": 1, "results": [{"value": {
            "id": 5, "uin": "\\ud800", "questionText": "To ask the Secretary of State \ud800 for Health, what."}}]},
            ensure_ascii=True).encode())

    def mode_bigint(self, n: int) -> None:
        self.send_body(b'{"totalResults": ' + b"9" * 5000 + b', "results": []}')

    def mode_html(self, n: int) -> None:
        body = b"<html>\x1b]52;c;aGk=\x07maintenance</html>"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def mode_hangup(self, n: int) -> None:
        self.connection.shutdown(socket.SHUT_RDWR)

    def mode_escapes(self, n: int) -> None:
        self.send_body(json.dumps({"totalResults": 3, "results": [{"value": r} for r in hostile_records(3)]}).encode())

    def mode_long_header(self, n: int) -> None:
        self.wfile.write(b"HTTP/1.1 200 OK\r\nX-Junk: " + b"a" * 200000 + b"\r\n\r\n{}")


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True


# ── cases ───────────────────────────────────────────────────────────────────────────────────────────────────

def stats_records(run: Run) -> int:
    env = {k: v for k, v in os.environ.items()}
    env.update(FOI_HELPER_HOME=str(run.home), PYTHONPATH=os.environ["ATTACKS_SRC"])
    proc = subprocess.run([sys.executable, "-m", "foi_helper", "corpus", "stats", "--json"], env=env,
                          check=False, capture_output=True, timeout=120, cwd=run.home)
    try:
        return int(json.loads(proc.stdout)["records"])
    except (ValueError, KeyError):
        return -1


def expect_records(n: int) -> Callable[[Run], str | None]:
    def check(run: Run) -> str | None:
        got = stats_records(run)
        return None if got == n else f"wrong: {got} records in the index, {n} expected"
    return check


def file_cases() -> list[Case]:
    cases: list[Case] = []

    def jsonl_with(bad: str, name: str, gz: bool = False, keep: int = 2) -> Case:
        fname = "mix.jsonl.gz" if gz else "mix.jsonl"

        def prep(home: Path) -> None:
            lines = [json.dumps(good_record(1)), bad, json.dumps(good_record(2))]
            data = ("\n".join(lines) + "\n").encode("utf-8", "surrogatepass")
            (home / fname).write_bytes(gzip.compress(data) if gz else data)
        return Case("files", f"import a line of {name} between two good ones", ["corpus", "import", fname],
                    prep, check=expect_records(keep))

    cases.append(jsonl_with("[" * 100000 + "]" * 100000, "deep nesting"))
    cases.append(jsonl_with(json.dumps(dict(good_record(3), questionText="To ask \\ud800 what.")).replace(
        "\\\\ud800", "\\ud800"), "a lone surrogate escape (the record kept, cleaned)", keep=3))
    lone = dict(good_record(3), questionText="To ask the Secretary of State for Health \ud800 what.")
    cases.append(Case("files", "import a record with a raw lone surrogate",
                      ["corpus", "import", "s.jsonl"],
                      lambda h: (h / "s.jsonl").write_bytes(json.dumps(lone, ensure_ascii=False).encode(
                          "utf-8", "surrogatepass")), check=expect_records(1)))
    cases.append(jsonl_with('{"id": ' + "9" * 5000 + ', "questionText": "x"}', "a 5000-digit integer"))
    cases.append(jsonl_with("\x00\x01\x02 binary", "binary junk"))

    def corrupt_gz(home: Path) -> None:
        lines = "\n".join(json.dumps(good_record(i)) for i in range(2000)) + "\n"
        data = bytearray(gzip.compress(lines.encode()))
        mid = len(data) * 3 // 4
        data[mid:mid + 64] = b"\xff" * 64
        (home / "c.jsonl.gz").write_bytes(bytes(data))

    def some_kept(run: Run) -> str | None:
        got = stats_records(run)
        return None if got > 100 else f"wrong: {got} records kept from the readable start of the file"
    cases.append(Case("files", "import a gzip damaged three quarters in", ["corpus", "import", "c.jsonl.gz"],
                      corrupt_gz, check=some_kept))
    cases.append(Case("files", "import a truncated gzip", ["corpus", "import", "t.jsonl.gz"],
                      lambda h: (h / "t.jsonl.gz").write_bytes(gzip.compress(b'{"id": 1}\n' * 5000)[:200])))
    cases.append(Case("files", "import a .json nested 100000 deep", ["corpus", "import", "d.json"],
                      lambda h: (h / "d.json").write_text("[" * 100000 + "]" * 100000)))
    cases.append(Case("files", "import ParlParse XML nested 5000 deep", ["corpus", "import", "answers2019-01-01.xml"],
                      lambda h: (h / "answers2019-01-01.xml").write_text(
                          "<publicwhip>" + "<p>" * 5000 + "x" + "</p>" * 5000 + "</publicwhip>")))
    cases.append(Case("files", "import /proc", ["corpus", "import", "/proc"], timeout=90))
    cases.append(Case("files", "import a 0-byte .json", ["corpus", "import", "e.json"],
                      lambda h: (h / "e.json").write_text("")))
    cases.append(Case("files", "import a folder with a symlink loop", ["corpus", "import", "loop"],
                      lambda h: ((h / "loop").mkdir(), (h / "loop" / "self").symlink_to(h / "loop"))))
    for name, text in [
        ("API JSON nested 100000 deep", "[" * 100000 + "]" * 100000),
        ("API JSON with a 5000-digit integer", '{"value": {"id": ' + "9" * 5000 + ', "questionText": "To ask"}}'),
        ("JSON Lines with a 5000-digit integer", '{"id": 1, "questionText": "To ask"}\n{"id": ' + "9" * 5000 + "}\n"),
        ("XML nested 5000 deep", "<publicwhip><major-heading>H</major-heading>" + "<ques>" * 5000 + "x"
         + "</ques>" * 5000 + "</publicwhip>"),
        ("XML nested 1000 deep in a reply", '<publicwhip><ques id="uk.org.publicwhip/wrans/2019-01-01.1.q0">'
         "<p>To ask what.</p></ques><reply>" + "<p>" * 1000 + "x" + "</p>" * 1000 + "</reply></publicwhip>"),
    ]:
        cases.append(Case("files", f"analyse {name}", ["analyse", "-"], stdin=text))
    cases.append(Case("files", "analyse a binary file", ["analyse", "b.txt"],
                      lambda h: (h / "b.txt").write_bytes(bytes(range(256)) * 40)))

    def unterminated(run: Run) -> str | None:
        return None if "independent regulator" in run.out else "wrong: the text after an unterminated ESC ] is lost"
    seed = EXAMPLE.read_text()
    cases.append(Case("files", "analyse a page with an unterminated ESC ]", ["analyse", "-"],
                      stdin=seed.replace("Does this answer", "\x1b]0;x Does this answer").replace(
                          "The Government set out", "\x1b]8;;The Government set out"), check=unterminated))
    cases.append(Case("files", "analyse a page full of escapes and bidi", ["analyse", "-"],
                      stdin="".join(f"{line} {NASTY[i % len(NASTY)]}\n" for i, line in enumerate(seed.splitlines()))))
    cases.append(Case("files", "draft a page full of escapes and bidi", ["draft", "-", "--name", "A B", "--out", "l.txt"],
                      stdin="".join(f"{line} {NASTY[i % len(NASTY)]}\n" for i, line in enumerate(seed.splitlines())),
                      files=lambda h: [h / "l.txt"]))
    api = {"value": {"id": 5, "uin": "HL5&#13;X", "house": "Lords", "dateTabled": "2019-06-10T00:00:00",
                     "dateAnswered": "2019-06-24T00:00:00", "answeringBodyName": "Home Office&#x202E;",
                     "heading": "Paedophilia&#13;: Social &#x202E;Media",
                     "questionText": "To ask Her Majesty's Government what steps they are taking to address the "
                                     "number of paedophiles &#x202E;operating on Twitter.",
                     "answerText": "<p>The Government set out plans &#x202E;in the&#13;White Paper.</p>"}}
    cases.append(Case("files", "draft from API JSON whose entities decode to U+202E and CR",
                      ["draft", "-", "--name", "A B", "--authority", "Home Office", "--out", "l.txt"],
                      stdin=json.dumps(api), files=lambda h: [h / "l.txt"]))
    return cases


def index_cases() -> list[Case]:
    q = "paedophiles operating on Twitter and other social media platforms"
    cases = []
    for args in (["search", q], ["search", q, "--json"], ["corpus", "stats"], ["corpus", "stats", "--json"],
                 ["analyse", str(EXAMPLE)], ["analyse", str(EXAMPLE), "--json"]):
        cases.append(Case("index", " ".join(a if a != str(EXAMPLE) else "SEED" for a in args), args,
                          with_hostile_index))
    cases.append(Case("index", "draft SEED citing hostile records", ["draft", str(EXAMPLE), "--name", "A B",
                                                                     "--out", "l.txt", "--save"],
                      with_hostile_index, files=lambda h: [h / "l.txt"]))
    return cases


def network_cases(port: int) -> list[Case]:
    cases = []
    for mode in ("huge", "drip", "retry-after", "retry-nan", "same-page", "endless", "bad-status", "incomplete",
                 "deep", "surrogate", "bigint", "html", "hangup", "escapes", "long-header"):
        cases.append(Case("network", f"corpus update against a server: {mode}",
                          ["corpus", "update", "--since", "2024-01-01", "--base-url",
                           f"http://127.0.0.1:{port}/{mode}", "--interval", "0", "--backoff", "0.1"],
                          timeout=90))
    return cases


def _draft_store(home: Path) -> Path:
    return home / "data" / "drafts"


def save_one(home: Path) -> None:
    env = {k: v for k, v in os.environ.items()}
    env.update(FOI_HELPER_HOME=str(home), PYTHONPATH=os.environ["ATTACKS_SRC"])
    subprocess.run([sys.executable, "-m", "foi_helper", "draft", str(EXAMPLE), "--name", "A B", "--save"],
                   env=env, check=False, capture_output=True, timeout=120, cwd=home)


def damaged(change: Callable[[str], str], name: str) -> Callable[[Path], None]:
    def prep(home: Path) -> None:
        save_one(home)
        folder = _draft_store(home)
        good = min(folder.glob("*.toml"))
        text = good.read_text()
        (folder / f"zz-{name}-aaaa.toml").write_text(change(text), encoding="utf-8", errors="surrogatepass")
    return prep


def lists_good(run: Run) -> str | None:
    folder = _draft_store(run.home)
    good = [p for p in folder.glob("*.toml") if not p.name.startswith("zz-")]
    if not good:
        return "lost: the good draft is gone"
    if good[0].stem not in run.out:
        return "wrong: the good draft is not listed"
    return None


def draft_cases() -> list[Case]:
    cases = []
    for name, change in [
        ("toml-bomb", lambda t: "zz = " + "[" * 20000 + "]" * 20000 + "\n" + t),
        ("inline-bomb", lambda t: "zz = " + "{a=" * 5000 + "1" + "}" * 5000 + "\n" + t),
        ("far-date", lambda t: t + '\n[[history]]\nkind = "sent"\non = 9999-12-31\nchannel = "email"\n'),
        ("year-one", lambda t: t + '\n[[history]]\nkind = "sent"\non = 0001-01-01\nchannel = "email"\n'),
        ("created-9999", lambda t: re.sub(r"created = \S+", "created = 9999-12-31T23:59:59Z", t)),
        ("binary", lambda t: "\x00\x01\x02" + t),
        ("surrogate", lambda t: t.replace("Dear", "Dear \ud800")),
        ("bigint", lambda t: "zz = " + "9" * 5000 + "\n" + t),
        ("empty", lambda t: ""),
        ("escapes", lambda t: t.replace("Dear", "Dear \\u001b]52;c;aGk=\\u0007\\u202e")),
    ]:
        for args in (["drafts", "list"], ["drafts", "list", "--json"]):
            cases.append(Case("drafts", f"{' '.join(args)} beside a {name} draft", args, damaged(change, name),
                              check=lists_good))
    def saved(run: Run) -> str | None:
        ids = [p.stem for p in _draft_store(run.home).glob("*.toml")]
        if not ids:
            return "lost: draft --save saved nothing"
        if not any(i in run.err or i in run.out for i in ids):
            return "lost: the saved draft's id was not reported"
        return None
    for i in range(5):
        cases.append(Case("drafts", f"draft SEED --save | true ({i + 1})", [], None,
                          shell=f"{{cmd}} draft {EXAMPLE} --name 'A B' --save | true", check=saved))
    cases.append(Case("drafts", "draft SEED --save with standard output closed", [], None,
                      shell=f"{{cmd}} draft {EXAMPLE} --name 'A B' --save >&-", check=saved))
    cases.append(Case("drafts", "draft SEED --save | head -1", [], None,
                      shell=f"{{cmd}} draft {EXAMPLE} --name 'A B' --save | head -1", check=saved))
    return cases


def folder_cases() -> list[Case]:
    cases = []

    def outside(home: Path) -> Path:
        o = home / "outside"
        o.mkdir(exist_ok=True)
        os.chmod(o, 0o755)
        old = o / ".x.toml.1.tmp"
        old.write_text("keep me")
        os.utime(old, (time.time() - 10**5,) * 2)
        return o

    def symlinked(sub: str) -> Callable[[Path], None]:
        def prep(home: Path) -> None:
            save_one(home)
            o = outside(home)
            target = _draft_store(home) / sub
            shutil.rmtree(target, ignore_errors=True)
            target.symlink_to(o, target_is_directory=True)
        return prep

    def outside_untouched(run: Run) -> str | None:
        o = run.home / "outside"
        mode = o.stat().st_mode & 0o777
        if mode != 0o755:
            return f"wrong: a folder outside the drafts was chmodded to {oct(mode)}"
        if not (o / ".x.toml.1.tmp").exists():
            return "lost: a file outside the drafts folder was deleted"
        if [p for p in o.iterdir() if p.suffix == ".toml"]:
            return "wrong: a draft was written through a symlink out of the drafts folder"
        return None

    def drafts_root_link(home: Path) -> None:
        o = outside(home)
        (home / "data").mkdir(parents=True)
        (home / "data" / "drafts").symlink_to(o, target_is_directory=True)

    cases.append(Case("folder", "drafts list with autosave/ a symlink out", ["drafts", "list"], symlinked("autosave"),
                      check=outside_untouched))
    cases.append(Case("folder", "drafts list with autosave/<session> a symlink out", ["drafts", "list"],
                      lambda h: (save_one(h), (_draft_store(h) / "autosave" / "1-abcdef").symlink_to(outside(h))),
                      check=outside_untouched))

    def delete_first(home: Path) -> None:
        symlinked("deleted")(home)

    cases.append(Case("folder", "drafts delete with deleted/ a symlink out", [], delete_first,
                      shell="{cmd} drafts delete $(ls data/drafts | grep toml | head -1 | sed 's/.toml$//')",
                      check=outside_untouched))
    cases.append(Case("folder", "drafts list with the drafts folder itself a symlinked 0755 folder",
                      ["drafts", "list"], drafts_root_link, check=outside_untouched))

    def read_only(home: Path) -> None:
        save_one(home)
        os.chmod(_draft_store(home), 0o500)

    def still_read_only(run: Run) -> str | None:
        mode = _draft_store(run.home).stat().st_mode & 0o777
        os.chmod(_draft_store(run.home), 0o700)
        return None if mode == 0o500 else f"wrong: the read-only drafts folder was made {oct(mode)}"
    cases.append(Case("folder", "drafts list in a read-only drafts folder", ["drafts", "list"], read_only,
                      check=still_read_only))
    cases.append(Case("folder", "draft --save into a read-only drafts folder",
                      ["draft", str(EXAMPLE), "--name", "A B", "--save"], read_only, check=still_read_only))
    return cases


class Disk:
    """A 1 MB tmpfs at `path`, or (no mount allowed) a file size limit that makes big writes fail."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.mkdir()
        self.mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(path)],
                                      check=False, capture_output=True).returncode == 0

    def close(self) -> None:
        if self.mounted:
            subprocess.run(["umount", str(self.path)], check=False, capture_output=True)

    def how(self) -> str:
        return "a 1 MB tmpfs" if self.mounted else "a 1 MB file size limit (ulimit -f)"


def disk_cases(disk: Disk) -> list[Case]:
    cases = []
    limit = "" if disk.mounted else "ulimit -f 2048; "
    big = disk.path.parent / "big.jsonl"
    with big.open("w") as f:
        for i in range(6000):
            f.write(json.dumps(dict(good_record(i), answerText="<p>" + "words " * 100 + "</p>")) + "\n")
    index = disk.path / "corpus.sqlite3"

    def fill(home: Path) -> None:
        for p in disk.path.iterdir():
            p.unlink()
        if disk.mounted:  # leave ~100 kB free
            with (disk.path / "filler").open("wb") as f:
                try:
                    f.write(b"\0" * (900 * 1024))
                except OSError:
                    pass

    def no_empty_index(run: Run) -> str | None:
        if index.exists() and index.stat().st_size == 0:
            return "wrong: a 0-byte index was left behind"
        return None

    cases.append(Case("disk", f"corpus import on a full disk ({disk.how()})", [], fill,
                      shell=f"{limit}{{cmd}} corpus import {big} --corpus {index}", check=no_empty_index))

    def empty_index(home: Path) -> None:
        fill(home)
        index.write_bytes(b"")

    def works(run: Run) -> str | None:
        return None if run.rc == 0 else f"wrong: refused (exit {run.rc}) over an optional index"
    cases.append(Case("disk", "analyse with a 0-byte index on a full disk", [], empty_index,
                      shell=f"{limit}{{cmd}} analyse {EXAMPLE} --corpus {index}", check=works))
    cases.append(Case("disk", "draft with a 0-byte index on a full disk", [], empty_index,
                      shell=f"{limit}{{cmd}} draft {EXAMPLE} --name 'A B' --corpus {index}", check=works))
    cases.append(Case("disk", "analyse with a damaged index", ["analyse", str(EXAMPLE), "--corpus", "x.sqlite3"],
                      lambda h: (h / "x.sqlite3").write_bytes(b"SQLite format 3\0" + b"\xff" * 4000), check=works))
    cases.append(Case("disk", "draft with a damaged index",
                      ["draft", str(EXAMPLE), "--name", "A B", "--corpus", "x.sqlite3"],
                      lambda h: (h / "x.sqlite3").write_bytes(b"SQLite format 3\0" + b"\xff" * 4000), check=works))

    def home_on_disk(home: Path) -> None:
        fill(home)

    def not_lost(run: Run) -> str | None:
        drafts = list((disk.path / "home" / "data" / "drafts").glob("*.toml"))
        return None if drafts or run.rc == 1 else "lost: --save said nothing and saved nothing"
    if disk.mounted:
        cases.append(Case("disk", "draft --save on a full disk", [], home_on_disk,
                          shell=f"FOI_HELPER_HOME={disk.path}/home {{cmd}} draft {EXAMPLE} --name 'A B' --save",
                          check=not_lost))
    return cases


def template_cases() -> list[Case]:
    cases = []
    for name, body in [
        ("recursion", "{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}"),
        ("range 10**9", "{% for i in range(10**9) %}x{% endfor %}"),
        ("'A'*10**10", "{{ 'A' * 10**10 }}"),
        ("1/0", "{{ 1/0 }}"),
        ("nested loops", "{% for a in range(99999) %}{% for b in range(99999) %}{% endfor %}{% endfor %}"),
        ("output flood", "{% for a in range(99999) %}{{ 'A' * 99999 }}{% endfor %}"),
        ("escapes", "{{ '\\x1b]52;c;aGk=\\x07\\x1b[2J\\u202e' }}Dear {{ authority }},\r\nBcc: x@evil.example"),
        ("undefined", "{{ nothing_here }}"),
        ("syntax", "{% for %}"),
        ("pow", "{{ 10 ** 10 ** 10 }}"),
        ("ljust", "{{ 'a'.ljust(10**10) }}"),
    ]:
        def prep(home: Path, body: str = body) -> None:
            t = home / "config" / "templates"
            t.mkdir(parents=True)
            (t / "request.txt.j2").write_text(body)
        cases.append(Case("templates", f"user template: {name}", ["draft", str(EXAMPLE), "--name", "A B",
                                                                  "--out", "l.txt"], prep, timeout=60,
                          files=lambda h: [h / "l.txt"]))

    def binary(home: Path) -> None:
        t = home / "config" / "templates"
        t.mkdir(parents=True)
        (t / "request.txt.j2").write_bytes(bytes(range(256)))
    cases.append(Case("templates", "user template: binary", ["draft", str(EXAMPLE), "--name", "A B"], binary))
    return cases


def huge_cases() -> list[Case]:
    seed = EXAMPLE.read_text()
    answer = seed.split("\n\n")[5]
    line = " ".join([answer] * (19_000_000 // len(answer)))
    page = seed.replace(answer, line)
    return [Case("huge", "analyse a page with a 19 MB one-line answer", ["analyse", "-"], stdin=page, timeout=120),
            Case("huge", "analyse 19 MB of one line of letters", ["analyse", "-"], stdin="a" * 19_000_000, timeout=120)]


def small_cases() -> list[Case]:
    def with_draft(args: str) -> Case:
        return Case("small", f"drafts {args}", [], save_one,
                    shell=f"{{cmd}} drafts {args.replace('ID', '$(ls data/drafts | grep toml | sed s/.toml//)')}",
                    check=refused)

    def refused(run: Run) -> str | None:
        return None if run.rc in (1, 2) else f"wrong: accepted (exit {run.rc})"

    def config(text: str) -> Callable[[Path], None]:
        def prep(home: Path) -> None:
            (home / "config").mkdir()
            (home / "config" / "config.toml").write_text(text)
        return prep

    def not_signed_as_list(run: Run) -> str | None:
        return "wrong: signed as a Python list" if "['Alex'" in run.out else refused(run)

    return [
        Case("small", "search --limit 99999999999999999999", ["search", "x", "--limit", "99999999999999999999"],
             with_hostile_index, check=refused),
        Case("small", "corpus update --interval inf", ["corpus", "update", "--interval", "inf", "--base-url",
                                                       "http://127.0.0.1:9/"], check=refused, timeout=30),
        Case("small", "corpus update --interval nan", ["corpus", "update", "--interval", "nan", "--base-url",
                                                       "http://127.0.0.1:9/"], check=refused, timeout=30),
        Case("small", "corpus update --since 0001-01-01", ["corpus", "update", "--since", "0001-01-01",
                                                           "--base-url", "http://127.0.0.1:9/"], check=refused,
             timeout=30),
        Case("small", "due ''", ["due", ""], check=refused),
        Case("small", "due 0001-01-01", ["due", "0001-01-01"], check=refused),
        Case("small", "due 9999-12-31", ["due", "9999-12-31"], check=refused),
        with_draft("sent ID --on 0001-01-01"),
        with_draft("sent ID --by pigeon"),
        with_draft("status ID answered --on 1066-10-14"),
        Case("small", "config name = ['Alex','Example']", ["draft", str(EXAMPLE)],
             config('name = ["Alex", "Example"]\n'), check=not_signed_as_list),
        Case("small", "config date_from after date_to", ["draft", str(EXAMPLE), "--name", "A B"],
             config('date_from = "2024-01-01"\ndate_to = "2020-01-01"\n'), check=refused),
        Case("small", "config date_from 0001-01-01", ["draft", str(EXAMPLE), "--name", "A B"],
             config('date_from = "0001-01-01"\n'), check=refused),
        Case("small", "config nested 5000 deep", ["draft", str(EXAMPLE), "--name", "A B"],
             config("name = " + "[" * 5000 + "]" * 5000 + "\n"), check=refused),
        Case("small", "search --before 0001-01-01", ["search", "x", "--before", "0001-01-01"],
             with_hostile_index, check=refused),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--src", type=Path, default=ROOT, help="the checkout whose code runs (default: this one)")
    parser.add_argument("--only", help="run one class only")
    parser.add_argument("-v", "--verbose", action="store_true", help="a line for every case, not only failures")
    args = parser.parse_args()
    os.environ["ATTACKS_SRC"] = str(args.src.resolve())
    work = Path(tempfile.mkdtemp(prefix="foi-attacks-"))
    server = Server(("127.0.0.1", 0), Misbehaving)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    disk = Disk(work / "disk")
    harness = Harness(args.src.resolve(), work, args.verbose)
    started = time.monotonic()
    try:
        classes = {"files": file_cases, "index": index_cases, "network": lambda: network_cases(server.server_port),
                   "drafts": draft_cases, "folder": folder_cases, "disk": lambda: disk_cases(disk),
                   "templates": template_cases, "huge": huge_cases, "small": small_cases}
        for name, make in classes.items():
            if args.only and name != args.only:
                continue
            for case in make():
                harness.run(case)
    finally:
        server.shutdown()
        disk.close()
        shutil.rmtree(work, ignore_errors=True)
    print(f"foi-helper attack replay: code from {args.src.resolve()}, {time.monotonic() - started:.0f} s")
    print(f"{'class':<10}" + "".join(f"{h:>10}" for h in ("tried", *OUTCOMES)))
    total: Counter[str] = Counter()
    for cls, counts in harness.counts.items():
        total.update(counts)
        print(f"{cls:<10}{sum(counts.values()):>10}" + "".join(f"{counts[o]:>10}" for o in OUTCOMES))
    print(f"{'all':<10}{sum(total.values()):>10}" + "".join(f"{total[o]:>10}" for o in OUTCOMES))
    for note in harness.notes:
        print("  " + note)
    print("command: .venv/bin/python benchmarks/attacks.py" + (f" --src {args.src}" if args.src != ROOT else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
