"""Facts about the machine a benchmark ran on, and a process's peak memory."""

from __future__ import annotations

import os
import platform
from pathlib import Path

from export.versions import installed_versions
from server.tiers.semantic.cpus import usable_cpus

LIBRARIES = ("onnxruntime", "tokenizers", "grpcio", "protobuf", "numpy")
# The instruction sets ONNX Runtime's int8 kernels pick from: the same model runs about three times
# faster with VNNI's integer dot products than with AVX2 alone (`../shared/PERFORMANCE.md`).
INT8_FLAGS = ("avx2", "avx512f", "avx512_vnni", "avx_vnni", "amx_int8")


def cpuinfo() -> dict[str, str]:
    """The fields of /proc/cpuinfo's first CPU (`model name`, `flags`, ...); empty elsewhere."""
    fields: dict[str, str] = {}
    try:
        text = Path("/proc/cpuinfo").read_text()
    except OSError:
        return fields
    for line in text.splitlines():
        name, colon, value = line.partition(":")
        if colon:
            fields.setdefault(name.strip(), value.strip())
    return fields


def cpu_model(fields: dict[str, str]) -> str:
    """The CPU's model name from `cpuinfo()`'s fields ('unknown' where there is none)."""
    return fields.get("model name") or platform.processor() or "unknown"


def int8_instructions(flags: str | None) -> str:
    """Which of INT8_FLAGS a CPU's `flags` (as /proc/cpuinfo lists them) hold, e.g.
    'avx2, avx512f, avx512_vnni'; 'none of ...' or 'unknown' (no flags) otherwise."""
    if flags is None:
        return "unknown"
    held = set(flags.split())
    found = [flag for flag in INT8_FLAGS if flag in held]
    return ", ".join(found) if found else "none of " + ", ".join(INT8_FLAGS)


def load_average() -> str:
    """The 1, 5 and 15 minute load averages, e.g. '0.12 0.30 0.41'."""
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def facts() -> dict[str, str]:
    """CPUs usable (affinity, cgroup quota) of those the host has, the CPU and its int8
    instructions, the load, versions."""
    cpu = cpuinfo()
    return {
        "CPUs usable": f"{usable_cpus()} (host reports {os.cpu_count()})",
        "CPU": cpu_model(cpu),
        "CPU instructions for int8": int8_instructions(cpu.get("flags")),
        "load average before the run": load_average(),
        **installed_versions(LIBRARIES),
    }


def _status_mb(pid: int, field: str) -> float | None:
    """A kB figure of /proc/PID/status (`VmHWM`, `VmRSS`) in MiB, None if it cannot be read."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(f"{field}:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


def peak_rss_mb(pid: int) -> float | None:
    """The peak resident set (VmHWM) of process `pid` in MiB, None if it cannot be read."""
    return _status_mb(pid, "VmHWM")


def rss_mb(pid: int) -> float | None:
    """The resident set now (VmRSS) of process `pid` in MiB, None if it cannot be read."""
    return _status_mb(pid, "VmRSS")
