"""Rules of the house that a test can hold: the core never imports textual."""

from __future__ import annotations

import subprocess
import sys

import pytest

CORE_MODULES = [
    "foi_helper", "foi_helper.cli", "foi_helper.model", "foi_helper.settings", "foi_helper.reading",
    "foi_helper.analysis", "foi_helper.corpus", "foi_helper.letters", "foi_helper.drafts",
]


@pytest.mark.parametrize("module", CORE_MODULES)
def test_core_module_does_not_import_textual(module: str) -> None:
    code = f"import sys, {module}; sys.exit(1 if 'textual' in sys.modules else 0)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, f"{module} imports textual (or failed): {result.stderr[-300:]}"
