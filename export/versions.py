"""The versions of installed libraries, for the manifest, the report and the benchmark."""

from __future__ import annotations

import platform
from collections.abc import Iterable
from importlib.metadata import PackageNotFoundError, version


def installed_versions(names: Iterable[str]) -> dict[str, str]:
    """Python's version and each named distribution's that is installed (others are left out)."""
    found = {"python": platform.python_version()}
    for name in names:
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            continue
    return found
