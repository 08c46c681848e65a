"""Forward URLs: what is accepted, how it is normalised, what is refused."""

from __future__ import annotations

import pytest

from server.config import ConfigError, load_settings
from server.otlp.target import ForwardTarget, parse_forward_url


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("grpc://127.0.0.1:4317", ForwardTarget("grpc", "127.0.0.1:4317", "grpc://127.0.0.1:4317")),
        ("grpc://[::1]:4317/", ForwardTarget("grpc", "[::1]:4317", "grpc://[::1]:4317")),
        ("http://vector:4319", ForwardTarget("http", "vector:4319", "http://vector:4319/v1/logs")),
        (
            "https://otel.example/",
            ForwardTarget("https", "otel.example", "https://otel.example/v1/logs"),
        ),
        ("http://h:1/custom/logs", ForwardTarget("http", "h:1", "http://h:1/custom/logs")),
        ("stdout://", ForwardTarget("stdout", "", "stdout://")),
        ("STDOUT", ForwardTarget("stdout", "", "stdout://")),
    ],
)
def test_accepted_urls(text: str, expected: ForwardTarget) -> None:
    assert parse_forward_url(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "127.0.0.1:4317",
        "grpc://127.0.0.1",
        "grpc://h:4317/v1/logs",
        "tcp://h:1",
        "http://:80",
        "http://h:99999",
        "http://h:1/v1/logs?x=1",
    ],
)
def test_refused_urls(text: str) -> None:
    with pytest.raises(ValueError):
        parse_forward_url(text)


def test_the_option_validates_and_normalises() -> None:
    settings = load_settings(None, {"LOGCLASS_OTLP_FORWARD": "http://127.0.0.1:4319"})
    assert settings.otlp.forward == "http://127.0.0.1:4319/v1/logs"
    with pytest.raises(ConfigError, match="otlp_forward"):
        load_settings(None, {"LOGCLASS_OTLP_FORWARD": "127.0.0.1:4317"})
    keys = load_settings(None, {"LOGCLASS_OTLP_BODY_KEYS": " msg , log "}).otlp.body_keys
    assert keys == ("msg", "log")
    with pytest.raises(ConfigError, match="otlp_body_keys"):
        load_settings(None, {"LOGCLASS_OTLP_BODY_KEYS": " , "})
