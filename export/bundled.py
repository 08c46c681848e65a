"""Says when a models folder is not the bundled default (trained on another CSV than the corpus).

`make models` and `make run` call it: after `make export DATA=my.csv`, `make models` has nothing
to rebuild, so the server keeps serving the custom model; this names it and the way back.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from server.tiers.semantic.model_manifest import ManifestError, load_manifest, sha256_file

CORPUS = Path("data/corpus.csv")


def custom_model_note(models: Path, corpus: Path) -> str | None:
    """One line naming the data `models` was trained on when it is not `corpus`, else None."""
    try:
        manifest = load_manifest(models, verify=False)
    except ManifestError:
        return None
    if manifest.training.sha256 == sha256_file(corpus):
        return None
    return (
        f"note: {models} holds a model trained on {manifest.training.file} "
        f"({len(manifest.labels)} labels: {', '.join(manifest.labels)}), not on {corpus}; "
        "`make models FORCE=1` rebuilds the default"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m export.bundled", description=__doc__)
    parser.add_argument("--models", type=Path, default=Path("models"))
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args(argv)
    note = custom_model_note(args.models, args.corpus)
    if note is not None:
        print(note, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
