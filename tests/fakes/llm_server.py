"""A loopback HTTP server answering Gemini's and OpenAI's chat REST shapes, for the LLM tests.

`POST /v1beta/models/{model}:generateContent` answers like the Gemini API (camelCase JSON, the
text in `candidates[0].content.parts[0].text`); `POST /v1/chat/completions` like an
OpenAI-compatible server (`choices[0].message.content`). What it answers is set on the instance
(`reply`, `status`, `hold`) and may change between calls; every request is kept in `requests`.
"""

from __future__ import annotations

import json
import re
import socket
import threading
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

GEMINI_PATH = re.compile(r"^/v1beta/models/(?P<model>[^/:]+):generateContent$")
OPENAI_PATH = "/v1/chat/completions"
HOLD_LIMIT_S = 60.0  # a held reply is released at the latest after this, so no test hangs forever


@dataclass(frozen=True)
class Request:
    """One request the server received."""

    path: str
    headers: dict[str, str]
    body: dict[str, Any]


@dataclass
class FakeLLMServer:
    """Answers `reply` with HTTP 200, or `status` with an error body; waits for `hold` if set."""

    reply: str = "Workflow Error"
    status: int = 200
    hold: threading.Event | None = None
    requests: list[Request] = field(default_factory=list)
    _server: ThreadingHTTPServer | None = None

    @property
    def port(self) -> int:
        assert self._server is not None, "not started"
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FakeLLMServer:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:  # http.server's naming
                length = int(self.headers.get("Content-Length", "0"))
                body = json.loads(self.rfile.read(length) or b"{}")
                fake.requests.append(Request(self.path, dict(self.headers.items()), body))
                if fake.hold is not None:
                    fake.hold.wait(HOLD_LIMIT_S)
                if GEMINI_PATH.match(self.path):
                    self._answer(*fake.gemini_answer())
                elif self.path == OPENAI_PATH:
                    self._answer(*fake.openai_answer())
                else:
                    self._answer(404, {"error": {"code": 404, "message": "no such path"}})

            def _answer(self, status: int, payload: dict[str, Any]) -> None:
                data = json.dumps(payload).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (its deadline passed): nothing to answer

            def log_message(self, format: str, *args: Any) -> None:
                return None  # keep test output quiet

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        ).start()
        return self

    def stop(self) -> None:
        if self.hold is not None:
            self.hold.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> FakeLLMServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def gemini_answer(self) -> tuple[int, dict[str, Any]]:
        if self.status != 200:
            status = HTTPStatus(self.status)
            error = {"code": self.status, "message": status.phrase, "status": _grpc_status(status)}
            return self.status, {"error": error}
        candidate = {
            "content": {"role": "model", "parts": [{"text": self.reply}]},
            "finishReason": "STOP",
            "index": 0,
        }
        usage = {"promptTokenCount": 200, "candidatesTokenCount": 3, "totalTokenCount": 203}
        return 200, {
            "candidates": [candidate],
            "usageMetadata": usage,
            "modelVersion": "fake-gemini",
            "responseId": f"r{len(self.requests)}",
        }

    def openai_answer(self) -> tuple[int, dict[str, Any]]:
        if self.status != 200:
            phrase = HTTPStatus(self.status).phrase
            return self.status, {"error": {"message": phrase, "type": "error", "code": None}}
        choice = {
            "index": 0,
            "message": {"role": "assistant", "content": self.reply},
            "finish_reason": "stop",
        }
        usage = {"prompt_tokens": 200, "completion_tokens": 3, "total_tokens": 203}
        return 200, {
            "id": f"chatcmpl-{len(self.requests)}",
            "object": "chat.completion",
            "created": 1_700_000_000,
            "model": "fake-openai",
            "choices": [choice],
            "usage": usage,
        }


def _grpc_status(status: HTTPStatus) -> str:
    """The `status` string Google APIs put beside an HTTP error code."""
    return {429: "RESOURCE_EXHAUSTED", 500: "INTERNAL", 503: "UNAVAILABLE"}.get(
        status.value, "UNKNOWN"
    )


def refused_url() -> str:
    """A loopback URL nothing listens on (connections to it are refused)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"
