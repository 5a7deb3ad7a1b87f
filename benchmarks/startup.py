"""Start-up time of the app to its first screen, against a bare Textual app measured in the same run.

Each sample is a fresh Python process (imports included, as a user pays them) that runs the app headless and
exits as soon as the first screen is up. The goal (issue 5) is at most 1.5× the bare app.

    .venv/bin/python benchmarks/startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "data" / "seed" / "twfy-written-answer-2019-06-24.txt"

BARE = """
from textual.app import App, ComposeResult
from textual.widgets import Footer, Header, Static

class Bare(App):
    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Paste or open a written answer.")
        yield Footer()

async def first_screen(pilot):
    pilot.app.exit()

Bare().run(headless=True, size=(160, 50), auto_pilot=first_screen)
"""

FOI = """
import sys
from foi_helper.tui.app import make_app

async def first_screen(pilot):
    pilot.app.exit()

make_app().run(headless=True, size=(160, 50), auto_pilot=first_screen)
"""

# With the seed loaded: until the letter is in the editor (reading, analysis and composing included).
FOI_SEED = """
import sys
from foi_helper.tui.app import make_app
from foi_helper.tui.screens.main import MainScreen

async def letter_shown(pilot):
    while True:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        screen = pilot.app.screen
        if isinstance(screen, MainScreen) and screen.letter is not None:
            break
    pilot.app.exit()

text = open(sys.argv[1], encoding="utf-8").read()
make_app(text=text, origin="seed").run(headless=True, size=(160, 50), auto_pilot=letter_shown)
"""


def sample(code: str, *args: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], check=True, env=env, cwd=ROOT)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "FOI_HELPER_HOME": home}
        # A returning user's settings: the first start's questions would hold the seed case at its dialog.
        (Path(home) / "config").mkdir()
        (Path(home) / "config" / "config.toml").write_text('name = "A Citizen"\nemail = "a@example.org"\n')
        cases = [("bare Textual app", BARE, ()), ("foi-helper, empty", FOI, ())]
        if SEED.exists():
            cases.append(("foi-helper, seed to letter", FOI_SEED, (str(SEED),)))
        for _, code, extra in cases:  # warm the file cache and .pyc files
            sample(code, *extra, env=env)
        times: dict[str, list[float]] = {name: [] for name, _, _ in cases}
        for _ in range(args.runs):  # interleaved, so background load hits every case alike
            for name, code, extra in cases:
                times[name].append(sample(code, *extra, env=env))
    bare = statistics.median(times["bare Textual app"])
    print(f"start-up to first screen, median of {args.runs} fresh processes (160×50, headless):")
    for name, values in times.items():
        median = statistics.median(values)
        low = min(values) * 1000
        print(f"  {name:<28} {median * 1000:7.0f} ms  (min {low:.0f})  {median / bare:4.2f}× bare")
    print(f"reproduce: .venv/bin/python benchmarks/startup.py --runs {args.runs}")


if __name__ == "__main__":
    main()
