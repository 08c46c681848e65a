"""OTLP adapter: receives OTLP logs, has the pipeline classify them, forwards them enriched."""
