"""The machine facts a benchmark prints."""

from __future__ import annotations

from bench.machine import INT8_FLAGS, int8_instructions


def test_int8_instructions_name_the_flags_held_in_a_stable_order() -> None:
    avx2_host = "fpu vme sse4_2 avx2 fma bmi2"
    vnni_host = "avx512_vnni fpu avx512f avx2 avx512bw"
    assert int8_instructions(avx2_host) == "avx2"
    assert int8_instructions(vnni_host) == "avx2, avx512f, avx512_vnni"


def test_int8_instructions_say_when_none_or_nothing_is_known() -> None:
    assert int8_instructions("fpu sse sse2") == "none of " + ", ".join(INT8_FLAGS)
    assert int8_instructions(None) == "unknown"
    assert int8_instructions("avx512_vnni_extra avx2x") == "none of " + ", ".join(INT8_FLAGS)
