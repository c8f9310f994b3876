"""The fake over real HTTP: a loopback `ThreadingHTTPServer` with the same behaviour.

The three APIs share one port and are told apart by a path prefix, so that each client's `url=`
points at its own root:

| client | `url=` | serves |
| --- | --- | --- |
| `TrackClient` | `{base}/track/api/v1` | Track v1; the client derives `{base}/track/api/v2` (v2) and `{base}/track` (unsubscribe) |
| `APIClient` | `{base}/app/v1` | App API |
| `PipelinesClient` | `{base}/cdp/v1` | Pipelines (CDP) API |

Control endpoints: `GET /__calls__` (the recorded calls as JSON), `DELETE /__calls__` or
`POST /__reset__` (forget calls and scripts), `POST /__fail_next__` and `POST /__respond__`
(a JSON object of `FakeCustomerIO.fail_next` / `respond` keyword arguments).
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx

from ._fake import Call, FakeCustomerIO

__all__ = ["CONTROL_ENDPOINTS", "PREFIXES", "FakeServer", "serve", "serve_in_thread"]

PREFIXES = {
    "track": "/track/api/v1",
    "track_v2": "/track/api/v2",
    "track_host": "/track",
    "app": "/app/v1",
    "pipelines": "/cdp/v1",
}
"""Where each API root lives on the server (`track_v2` and `track_host` are derived by the client)."""

CONTROL_ENDPOINTS = (
    ("GET /__calls__", "the recorded calls, as a JSON list"),
    ("DELETE /__calls__", "forget the recorded calls and scripted answers"),
    ("POST /__reset__", "the same as DELETE /__calls__"),
    ("POST /__fail_next__", "script failures: a JSON object of FakeCustomerIO.fail_next keyword arguments"),
    ("POST /__respond__", "script an answer: a JSON object of FakeCustomerIO.respond keyword arguments"),
)
"""The server's own endpoints, beside the three APIs (`serve --help` lists them)."""

_ALIASES = {"api": "app", "cdp": "pipelines", "unsubscribe": "track_host"}
_MAX_BODY = 64 * 1024 * 1024
_SCRIPT_ARGS = {
    "/__fail_next__": ("operation", "status", "times", "retry_after", "body", "delay", "api", "headers"),
    "/__respond__": ("operation", "status", "json", "api", "headers", "times", "delay"),
}


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(
        self,
        address: tuple[str, int],
        fake: FakeCustomerIO | None,
        sleep: Callable[[float], object],
        log: Callable[[str], object] | None,
    ) -> None:
        super().__init__(address, _Handler)
        host, port = self.server_address[:2]
        host_text = host if isinstance(host, str) else host.decode()
        shown = f"[{host_text}]" if ":" in host_text else host_text
        self.base_url = f"http://{shown}:{port}"
        self.fake = fake if fake is not None else FakeCustomerIO()
        self.fake.add_urls(
            track_url=self.base_url + PREFIXES["track"],
            api_url=self.base_url + PREFIXES["app"],
            pipelines_url=self.base_url + PREFIXES["pipelines"],
        )
        self.sleep = sleep
        self.log = log


class _Handler(BaseHTTPRequestHandler):
    server: _HTTPServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet by default; the CLI logs one line per call itself."""

    def _read_body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            chunks: list[bytes] = []
            while True:
                size = int(self.rfile.readline().split(b";", 1)[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        if length < 0 or length > _MAX_BODY:
            raise ValueError("unreasonable Content-Length")
        return self.rfile.read(length) if length else b""

    def _send(self, status: int, headers: dict[str, str], content: bytes) -> None:
        self.send_response(status)
        for name, value in headers.items():
            if name.lower() not in ("content-length", "connection", "transfer-encoding"):
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(content)

    def _send_json(self, status: int, payload: Any) -> None:
        self._send(status, {"Content-Type": "application/json"}, json.dumps(payload).encode())

    def _control(self, path: str, body: bytes) -> bool:
        fake = self.server.fake
        if path == "/__calls__" and self.command == "GET":
            self._send_json(200, [call.to_dict() for call in list(fake.calls)])
            return True
        if (path == "/__calls__" and self.command == "DELETE") or (path == "/__reset__" and self.command == "POST"):
            fake.reset()
            self._send_json(200, {})
            return True
        if path in _SCRIPT_ARGS and self.command == "POST":
            try:
                arguments = json.loads(body or b"{}")
                if not isinstance(arguments, dict):
                    raise TypeError("the body must be a JSON object")
                unknown = set(arguments) - set(_SCRIPT_ARGS[path])
                if unknown:
                    raise TypeError(f"unknown argument(s): {', '.join(sorted(unknown))}")
                if path == "/__fail_next__":
                    fake.fail_next(**arguments)
                else:
                    fake.respond(**arguments)
            except (TypeError, ValueError) as error:
                self._send_json(400, {"meta": {"errors": [str(error)]}})
            else:
                self._send_json(200, {})
            return True
        return False

    def _serve(self) -> None:
        try:
            body = self._read_body()
        except ValueError:
            self._send_json(400, {"meta": {"errors": ["the request body could not be read"]}})
            return
        path = self.path.split("?", 1)[0]
        if path.startswith("/__") and self._control(path, body):
            return
        url = httpx.URL(self.server.base_url + self.path)
        call, answer = self.server.fake.process(self.command, url, httpx.Headers(list(self.headers.items())), body)
        if answer.delay + answer.latency > 0:  # in this request's own thread: the others go on
            self.server.sleep(answer.delay + answer.latency)
        self._log(call)
        self._send(answer.status, dict(answer.headers), answer.content)

    def _log(self, call: Call) -> None:
        if self.server.log is not None:
            what = call.operation or "-"
            note = "" if call.valid else "  " + "; ".join(call.errors)
            self.server.log(f"{call.method} {self.path} -> {call.status} {call.api or '-'}.{what}{note}")

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = _serve


class FakeServer:
    """A running loopback fake: `url`, `url_for(api)`, `calls`, `fake`, `close()`."""

    def __init__(self, server: _HTTPServer, thread: threading.Thread | None) -> None:
        self._server = server
        self._thread = thread
        self.url: str = server.base_url
        """The server's base URL, e.g. `http://127.0.0.1:53211`."""
        self.fake: FakeCustomerIO = server.fake
        """The fake behind the server (script it with `fail_next` / `respond`)."""

    def __repr__(self) -> str:
        return f"FakeServer(url={self.url!r})"

    def url_for(self, api: str) -> str:
        """The `url=` to give a client: `track`, `app` (or `api`), `pipelines` (or `cdp`), `track_v2`, `track_host`."""
        key = _ALIASES.get(api, api)
        if key not in PREFIXES:
            raise ValueError(f"api must be one of {', '.join(sorted([*PREFIXES, *_ALIASES]))}, not {api!r}")
        return self.url + PREFIXES[key]

    @property
    def calls(self) -> list[Call]:
        """The calls recorded so far."""
        return self.fake.calls

    def serve_forever(self) -> None:
        self._server.serve_forever(poll_interval=0.1)

    def start(self) -> FakeServer:
        """Serve in a daemon thread until `close()` (what `serve_in_thread` does right after binding)."""
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="customerio-fake", daemon=True
            )
            self._thread.start()
        return self

    def close(self) -> None:
        """Stop serving and release the port."""
        if self._thread is not None:
            self._server.shutdown()
            self._thread.join(timeout=5)
            self._thread = None
        self._server.server_close()

    def __enter__(self) -> FakeServer:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def serve(
    host: str = "127.0.0.1",
    port: int = 0,
    *,
    fake: FakeCustomerIO | None = None,
    sleep: Callable[[float], object] = time.sleep,
    log: Callable[[str], object] | None = None,
) -> FakeServer:
    """Bind the server (port 0: a free one) without starting it: `serve_forever()` here, or `start()` a thread
    later (for example after forking, so that the child inherits no thread of the server's)."""
    return FakeServer(_HTTPServer((host, port), fake, sleep, log), None)


def serve_in_thread(
    host: str = "127.0.0.1",
    port: int = 0,
    *,
    fake: FakeCustomerIO | None = None,
    sleep: Callable[[float], object] = time.sleep,
    log: Callable[[str], object] | None = None,
) -> FakeServer:
    """Start the loopback fake in a daemon thread; `close()` it (or use `with`) when done.

    `fake` lets tests share one `FakeCustomerIO` between the server and in-process clients;
    `sleep` is how scripted delays pass (really, by default, so clients see the latency).
    """
    return FakeServer(_HTTPServer((host, port), fake, sleep, log), None).start()
