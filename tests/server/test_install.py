"""The server's install carries no torch, transformers or sentence-transformers."""

from __future__ import annotations

import re
import subprocess
import sys
from importlib.metadata import requires

from tests.conftest import REPO

EXPORT_ONLY = ("torch", "transformers", "sentence-transformers", "scikit-learn", "skl2onnx")


def test_the_server_dependencies_leave_out_the_export_step() -> None:
    base = [r for r in requires("logclass") or [] if "extra ==" not in r]
    names = {re.split(r"[\s;<>=!~\[]", requirement, maxsplit=1)[0] for requirement in base}
    assert names and not names & set(EXPORT_ONLY)


def test_serving_the_semantic_tier_never_imports_torch() -> None:
    script = (
        "import asyncio, sys\n"
        "from server.config import load_settings\n"
        "from server.pipeline import build_pipeline\n"
        "async def main():\n"
        "    pipeline = build_pipeline(load_settings(None, {}))\n"
        "    await pipeline.start()\n"
        "    await pipeline.close()\n"
        "asyncio.run(main())\n"
        "heavy = sorted(m for m in ('torch', 'transformers', 'sentence_transformers', 'sklearn')"
        " if m in sys.modules)\n"
        "print(heavy)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
