"""logclass: a log-classification sidecar. `classify` and `classify_csv` are the Python API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["__version__", "classify", "classify_csv"]

if TYPE_CHECKING:
    from server.api import classify, classify_csv


def __getattr__(name: str) -> Any:
    # Imported lazily so `import server` (and the generated code under it) stays light.
    if name in ("classify", "classify_csv"):
        from server import api

        return getattr(api, name)
    raise AttributeError(f"module 'server' has no attribute {name!r}")
