"""Usable CPUs come from affinity and the cgroup quota, not the host's count."""

from __future__ import annotations

import os
from pathlib import Path

from server.tiers.semantic.cpus import cgroup_cpu_limit, usable_cpus


def test_cgroup_v2_quota(tmp_path: Path) -> None:
    cpu_max = tmp_path / "cpu.max"
    cpu_max.write_text("150000 100000\n")
    assert cgroup_cpu_limit(cpu_max, tmp_path / "x", tmp_path / "y") == 1.5
    cpu_max.write_text("max 100000\n")
    assert cgroup_cpu_limit(cpu_max, tmp_path / "x", tmp_path / "y") is None


def test_cgroup_v1_quota(tmp_path: Path) -> None:
    (tmp_path / "q").write_text("200000\n")
    (tmp_path / "p").write_text("100000\n")
    assert cgroup_cpu_limit(tmp_path / "none", tmp_path / "q", tmp_path / "p") == 2.0
    (tmp_path / "q").write_text("-1\n")
    assert cgroup_cpu_limit(tmp_path / "none", tmp_path / "q", tmp_path / "p") is None


def test_usable_cpus_is_within_the_affinity_mask() -> None:
    assert 1 <= usable_cpus() <= len(os.sched_getaffinity(0))
