"""The semantic tier's settings: its config object, its options and their checks.

Set as flat keys (`batch_size = 32`, `BATCH_SIZE`, `--batch-size`) or in the TOML table
`[semantic]`. The model itself is described by the manifest in `model_path`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Final

from server.options import ConfigError, Option, component_options, float_in, int_in, path
from server.tiers.semantic.cpus import usable_cpus

SECTION: Final = "semantic"
# The checkout's models/ (what `make export` writes), wherever the command is run from.
DEFAULT_MODEL_PATH = Path(__file__).resolve().parents[3] / "models"


@dataclass(frozen=True, kw_only=True, slots=True)
class SemanticConfig:
    """How the semantic tier runs."""

    model_path: Path = DEFAULT_MODEL_PATH
    # None: the threshold the model's manifest names (what `make export` chose; 0.5 by default).
    confidence_threshold: float | None = None
    batch_size: int = 64
    batch_wait_ms: float = 5.0
    # Records per embedding-model call (`embedding.tokenize`).
    chunk_size: int = 1
    cache_size: int = 100_000
    # About how much memory the templates may take (`templates.held_bytes`), in MiB.
    cache_max_mb: int = 256
    # Where the templates and their answers are saved (`server.template_store`); None: nowhere.
    template_snapshot: Path | None = None
    template_snapshot_interval: float = 300.0
    # Embedding worker threads, each running the single-threaded model session; 0: one per CPU.
    threads: int = 0

    @property
    def max_wait_s(self) -> float:
        return self.batch_wait_ms / 1000

    @property
    def workers(self) -> int:
        """The embedding worker threads to run: `threads`, or the CPUs this process may use."""
        return self.threads or usable_cpus()

    def validate(self) -> None:
        """Refuse settings that cannot work together (each value is checked on its own when
        read, by its option)."""
        if self.template_snapshot is not None and self.cache_size == 0:
            raise ConfigError(
                "template_snapshot needs templates, which cache_size 0 turns off: unset one of them"
            )


_option = component_options(SECTION, prefixed=False)

OPTIONS: Final[tuple[Option, ...]] = (
    _option("batch_size", "BATCH_SIZE", "Records a model tier runs at once.", int_in(1, 65536)),
    _option("model_path", "MODEL_PATH", "Folder written by `make export`.", path),
    _option(
        "confidence_threshold",
        "CONFIDENCE_THRESHOLD",
        "Below this top probability a model answers Unclassified (unset: the threshold the "
        "model's manifest names).",
        float_in(0.0, 1.0),
    ),
    _option(
        "batch_wait_ms",
        "LOGCLASS_BATCH_WAIT_MS",
        "Longest a model batch waits for more records while the model is busy, in milliseconds "
        "(an idle model starts at once).",
        float_in(0.0, 1000.0),
    ),
    _option(
        "chunk_size",
        "LOGCLASS_CHUNK_SIZE",
        "Records per embedding-model call; 1 keeps answers independent of batching.",
        int_in(1, 1024),
    ),
    _option(
        "cache_size",
        "LOGCLASS_CACHE_SIZE",
        "Templates the semantic tier keeps, each with its decision (0: no templates and no cache, "
        "every message classified by itself).",
        int_in(0, 10_000_000),
    ),
    _option(
        "cache_max_mb",
        "LOGCLASS_CACHE_MAX_MB",
        "About how much memory the templates may take, in MiB (the least recently seen go "
        "first past it, or past cache_size templates).",
        int_in(1, 1_000_000),
    ),
    _option(
        "template_snapshot",
        "LOGCLASS_TEMPLATE_SNAPSHOT",
        "File the templates and their answers are saved to (at shutdown and every "
        "template_snapshot_interval seconds) and loaded from at start; unset: off.",
        path,
    ),
    _option(
        "template_snapshot_interval",
        "LOGCLASS_TEMPLATE_SNAPSHOT_INTERVAL",
        "Seconds between two template snapshots.",
        float_in(1.0, 86400.0),
    ),
    _option(
        "threads",
        "LOGCLASS_THREADS",
        "Embedding worker threads, one core each (0: the CPUs this process may use).",
        int_in(0, 256),
    ),
)
