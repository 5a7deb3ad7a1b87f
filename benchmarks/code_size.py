"""The package's size: the largest modules and functions, and the spread of function lengths.

Lines are source lines from `def` to the function's last line (docstring and comments included), as `ast`
gives them; nested functions count inside their parent and on their own.

    .venv/bin/python benchmarks/code_size.py [--top 10]
"""

from __future__ import annotations

import argparse
import ast
import os
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "foi_helper"


def functions(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.end_lineno is not None:
            out.append((node.end_lineno - node.lineno + 1, f"{path.relative_to(ROOT)}:{node.lineno} {node.name}"))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=10)
    args = parser.parse_args()
    files = sorted(PACKAGE.rglob("*.py"))
    sizes = sorted(((len(f.read_text(encoding="utf-8").splitlines()), str(f.relative_to(ROOT))) for f in files),
                   reverse=True)
    funcs = sorted((item for f in files for item in functions(f)), reverse=True)
    lengths = sorted(n for n, _ in funcs)
    print(f"{len(files)} modules, {sum(n for n, _ in sizes)} lines; {len(funcs)} functions")
    print(f"function lines: median {statistics.median(lengths):.0f}, "
          f"p90 {lengths[int(0.9 * (len(lengths) - 1))]}, max {lengths[-1]}")
    print("\nlargest modules (lines):")
    for n, name in sizes[: args.top]:
        print(f"  {n:5d}  {name}")
    print("\nlongest functions (lines):")
    for n, name in funcs[: args.top]:
        print(f"  {n:5d}  {name}")
    print(f"\ncommand: .venv/bin/python benchmarks/code_size.py {' '.join(sys.argv[1:])}".rstrip())


if __name__ == "__main__":
    try:
        main()
    except BrokenPipeError:  # `… | head`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
