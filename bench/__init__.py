"""Benchmarks: scripts that print figures (never tests that fail on a slow machine)."""
