"""The server's own logs: JSON lines when asked, events rather than records."""

from __future__ import annotations

import json
import logging
import sys

from server.generated.logclass.v1 import classifier_pb2 as pb
from server.logs import JsonFormatter
from tests.conftest import classifier_stub, start_server


def test_a_json_line_carries_the_event_its_extras_and_the_traceback() -> None:
    try:
        raise ValueError("boom")
    except ValueError:
        error = sys.exc_info()
    record = logging.LogRecord("server.app", logging.ERROR, __file__, 1, "failed %d", (3,), error)
    record.__dict__["startup_s"] = 1.25
    event = json.loads(JsonFormatter().format(record))
    assert (event["level"], event["logger"]) == ("ERROR", "server.app")
    assert event["message"] == "failed 3" and event["startup_s"] == 1.25
    assert "ValueError: boom" in event["exception"]
    assert event["time"].endswith("+00:00")


def test_the_server_logs_json_events_and_never_a_line_per_record() -> None:
    server = start_server({"LOGCLASS_LOG_FORMAT": "json"})
    try:
        before = len(server.log_lines)
        with server.channel() as channel:
            records = [
                pb.LogRecord(id=str(i), source="app", message=f"job {i} finished in {i} ms")
                for i in range(200)
            ]
            classifier_stub(channel).ClassifyBatch(pb.ClassifyRequest(records=records), timeout=60)
        assert len(server.log_lines) - before < 5
    finally:
        server.stop()
    events = [json.loads(line) for line in server.log_lines if line.strip()]
    assert {"time", "level", "logger", "message"} <= set(events[0])
    serving = next(e for e in events if e["message"].startswith("serving:"))
    assert serving["tiers"] and serving["startup_s"] > 0
    assert events[-1]["message"] == "stopped"
