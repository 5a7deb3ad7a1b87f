"""Kill saving processes with SIGKILL at random moments; check no draft is ever broken or rolled back.

Each trial starts WORKERS processes, each loading its own draft and saving new revisions of it (letters of 1 kB
to 300 kB full of quotes, backslashes, CR LF, emoji and control characters) as fast as it can, and autosaving
between saves. After a random delay each is killed with SIGKILL. Then every file in the drafts folder must
parse, and each draft must hold the last revision its worker reported saved (or the one after, when the kill
fell between the rename and the report), byte for byte; and every autosave the killed sessions left must be
offered for recovery intact. A loss is any broken, missing, older or different draft or autosave.

    .venv/bin/python benchmarks/drafts_kill.py [--trials 150] [--workers 3] [--seed 1] [--unsafe]

`--unsafe` is the control: the same run saving with a plain in-place write, which the check must catch.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import stat
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from foi_helper.drafts import Draft, DraftStore
from foi_helper.drafts.codec import loads
from foi_helper.model import Letter, WrittenAnswer

PIECES = ['"""', "\\", "\r\n", "\n", "£", "😀", "\x00", "\x7f", "'''", "\u2028", "Dear Home Office,", " ", "records"]


def body_for(worker: int, revision: int) -> str:
    """The letter of `revision` of worker's draft: the same text every time it is asked for."""
    rng = random.Random(f"{worker}-{revision}")
    size = rng.choice([1_000, 20_000, 300_000])
    parts, total = [f"revision {revision}\n"], 0
    while total < size:
        piece = rng.choice(PIECES) if rng.random() < 0.3 else "x" * rng.randint(1, 200)
        parts.append(piece)
        total += len(piece)
    return "".join(parts)


def draft_id(worker: int) -> str:
    return f"261128-kill-test-w{worker}"


def first_draft(worker: int) -> Draft:
    answer = WrittenAnswer("test", "To ask …", "The answer.", title="Kill test")
    letter = Letter("Kill test", "Home Office", "foia", body_for(worker, 0))
    d = Draft.new("source", None, answer, ["q1"], letter, now=datetime(2026, 11, 28, tzinfo=UTC))
    d.id = draft_id(worker)
    return d


def revision_of(body: str) -> int:
    return int(body.split("\n", 1)[0].removeprefix("revision "))


def _unsafe_write(path: Path, data: bytes, *, mode: int = 0o600) -> None:
    """A plain in-place write, for the control run: it shows the harness does catch torn files."""
    with open(path, "wb") as f:
        f.writelines(data[start:start + 4096] for start in range(0, len(data), 4096))
    os.chmod(path, mode)


def worker_main(folder: Path, worker: int, unsafe: bool) -> None:
    """Save revision after revision of one draft, reporting each completed save on stdout."""
    if unsafe:
        import foi_helper.drafts.store as store_module

        store_module.write_atomic = _unsafe_write  # type: ignore[assignment]
    store = DraftStore.open(folder)
    draft = store.load(draft_id(worker))
    revision = revision_of(draft.letter.body)
    print(f"ready {revision}", flush=True)
    while True:
        revision += 1
        draft.letter.body = body_for(worker, revision)
        store.save(draft)
        print(f"saved {revision}", flush=True)
        draft.letter.body += "\nunsaved typing"
        store.autosave(draft)
        if store.notices:
            print(f"notice {store.notices[-1]}", flush=True)


def check(folder: Path, workers: int, reported: dict[int, int]) -> list[str]:
    """Every file parses; each draft holds its last reported revision (or the next), exactly."""
    losses = []
    files = sorted(folder.glob("*.toml")) + sorted((folder / "autosave").glob("*/*.toml"))
    for path in files:
        try:
            loads(path.read_bytes())
        except Exception as exc:  # noqa: BLE001 - any failure to read back is a loss
            losses.append(f"{path.name} does not parse: {exc}")
        if stat.S_IMODE(path.stat().st_mode) != 0o600:
            losses.append(f"{path.name} is readable by others")
    for worker in range(workers):
        path = folder / f"{draft_id(worker)}.toml"
        try:
            body = loads(path.read_bytes())[0].letter.body
        except Exception as exc:  # noqa: BLE001 - any failure to read back is a loss
            losses.append(f"worker {worker}: draft unreadable: {exc}")
            continue
        revision = revision_of(body)
        if revision not in (reported[worker], reported[worker] + 1):
            losses.append(f"worker {worker}: holds revision {revision}, last reported {reported[worker]}")
        elif body != body_for(worker, revision):
            losses.append(f"worker {worker}: revision {revision} differs from what was saved")
    return losses


RECOVERED = [0]  # autosaves offered and checked, across trials


def check_recovery(folder: Path) -> list[str]:
    """The killed sessions' autosaves are offered intact (each the unsaved state after some save), then dropped."""
    store = DraftStore.open(folder)
    losses: list[str] = []
    for draft in store.recoverable():
        RECOVERED[0] += 1
        body = draft.letter.body
        if not body.endswith("\nunsaved typing"):
            losses.append(f"recovered {draft.id} without its unsaved typing")
        elif body.removesuffix("\nunsaved typing") != body_for(int(draft.id[-1]), revision_of(body)):
            losses.append(f"recovered {draft.id} differs from what was autosaved")
        store.discard_autosave(draft.id)
    losses += [f"autosave problem: {p}" for p in store.problems]
    store.close()
    return losses


def trial(folder: Path, workers: int, rng: random.Random, unsafe: bool) -> tuple[dict[int, int], int, list[str]]:
    procs = [subprocess.Popen([sys.executable, __file__, "--worker", str(folder), str(w)] + ["--unsafe"] * unsafe,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for w in range(workers)]
    reported: dict[int, int] = {}
    for w, proc in enumerate(procs):
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if not line.startswith("ready"):
            raise SystemExit(f"worker {w} failed to start: {line!r} {proc.stderr.read() if proc.stderr else ''}")
        reported[w] = int(line.split()[1])
    start = time.monotonic()
    for when, proc in sorted((rng.uniform(0.0, 0.4), p) for p in procs):
        time.sleep(max(0.0, when - (time.monotonic() - start)))
        proc.send_signal(signal.SIGKILL)
    saves, notices = 0, []
    for w, proc in enumerate(procs):
        # Read through the same buffered stream as the "ready" line: communicate() would read the raw pipe and
        # miss lines the first readline() had already buffered.
        assert proc.stdout is not None and proc.stderr is not None
        out, err = proc.stdout.read(), proc.stderr.read()
        proc.wait()
        for line in out.splitlines():
            if line.startswith("saved "):
                reported[w] = int(line.split()[1])
                saves += 1
            elif line.startswith("notice "):
                notices.append(f"worker {w}: unexpected conflict copy: {line}")
        if proc.returncode != -signal.SIGKILL:
            notices.append(f"worker {w} ended by itself ({proc.returncode}): {err.strip()[-300:]}")
    return reported, saves, notices


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=150)
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--unsafe", action="store_true",
                        help="control run: save with a plain in-place write instead (losses expected)")
    parser.add_argument("--worker", nargs=2, metavar=("FOLDER", "N"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker_main(Path(args.worker[0]), int(args.worker[1]), args.unsafe)
        return 0
    rng = random.Random(args.seed)
    folder = Path(tempfile.mkdtemp(prefix="foi-drafts-kill-")) / "drafts"
    store = DraftStore.open(folder)
    for w in range(args.workers):
        store.save(first_draft(w))
    began = time.monotonic()
    losses: list[str] = []
    total_saves = trials = 0
    for n in range(1, args.trials + 1):
        trials = n
        reported, saves, problems = trial(folder, args.workers, rng, args.unsafe)
        total_saves += saves
        found = check(folder, args.workers, reported) + check_recovery(folder) + problems
        losses += [f"trial {n}: {x}" for x in found]
        if found and args.unsafe:  # the control run stops at the first torn draft: it cannot load it again
            break
    temps = len(list(folder.glob(".*.tmp"))) + len(list((folder / "autosave").glob("*/.*.tmp")))
    elapsed = time.monotonic() - began
    print(f"trials: {trials}, processes killed: {trials * args.workers}, saves completed: {total_saves}")
    print(f"autosaves of killed sessions offered for recovery and checked: {RECOVERED[0]}")
    print(f"losses (broken, missing, rolled back or different drafts or autosaves; goal 0): {len(losses)}")
    for line in losses[:20]:
        print(f"  {line}")
    print(f"temporary files left by killed saves (harmless, removed after an hour): {temps}")
    print(f"time: {elapsed:.1f} s on {os.cpu_count()} cores; folder {folder}")
    print(f"command: {Path(sys.executable).relative_to(ROOT) if sys.executable.startswith(str(ROOT)) else 'python'} "
          f"benchmarks/drafts_kill.py --trials {args.trials} --workers {args.workers} --seed {args.seed}"
          + (" --unsafe" if args.unsafe else ""))
    return 1 if losses else 0


if __name__ == "__main__":
    sys.exit(main())
