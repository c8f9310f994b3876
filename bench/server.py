"""A minimal keep-alive HTTP/1.1 server for the benchmarks: every request gets `200 {}`.

Run as `python bench/server.py`; it binds 127.0.0.1 on a free port, prints `PORT <n>` on stdout and
serves until stdin is closed (so it never outlives the benchmark that started it) or a time limit
passes. `--delay-ms D` holds every answer for D milliseconds, standing in for network latency.
Requests are parsed just enough to frame them (Content-Length or chunked bodies, pipelining
allowed). Two control paths exist: `GET /__stats` answers `{"requests": n, "events": m,
"out_of_order": k}` and `POST /__reset` zeroes them. `events` counts the items of every `.../batch`
body (gzip understood), so the batcher benchmark can check what was really delivered; `out_of_order`
counts items carrying a per-person number `n` (in `properties` or `attributes`) that did not arrive
as the next number for their person (`userId`, or `identifiers.id`): one lost, duplicated or
reordered item shows there.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gzip
import json
import os
import sys
import threading
import zlib
from typing import ClassVar

OK = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"
MAX_LIFETIME_SECONDS = 600.0


class Stats:
    requests = 0
    events = 0
    out_of_order = 0
    last: ClassVar[dict[str, int]] = {}


DELAY_SECONDS = 0.0


def _answer(body: bytes) -> bytes:
    return b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body)


def _count_events(body: bytes, encoding: bytes) -> int:
    if encoding == b"gzip":
        body = gzip.decompress(body)
    elif encoding == b"deflate":
        body = zlib.decompress(body)
    try:
        payload = json.loads(body)
    except ValueError:
        return 0
    items = payload.get("batch") if isinstance(payload, dict) else None
    if not isinstance(items, list):
        return 0
    for item in items:
        _check_order(item)
    return len(items)


def _check_order(item: object) -> None:
    if not isinstance(item, dict):
        return
    fields = item.get("properties") or item.get("attributes")
    number = fields.get("n") if isinstance(fields, dict) else None
    if not isinstance(number, int):
        return
    identifiers = item.get("identifiers")
    person = str(item.get("userId") or (identifiers.get("id") if isinstance(identifiers, dict) else ""))
    if Stats.last.get(person, -1) + 1 != number:
        Stats.out_of_order += 1
    Stats.last[person] = number


def _dechunk(data: bytes, start: int) -> tuple[bytes, int] | None:
    """The body of a chunked message starting at `start`, and where the message ends; None if incomplete."""
    parts: list[bytes] = []
    pos = start
    while True:
        eol = data.find(b"\r\n", pos)
        if eol < 0:
            return None
        size = int(data[pos:eol].split(b";", 1)[0], 16)
        pos = eol + 2
        if size == 0:
            end = data.find(b"\r\n\r\n", pos - 2)
            return (b"".join(parts), end + 4) if end >= 0 else None
        if len(data) < pos + size + 2:
            return None
        parts.append(data[pos : pos + size])
        pos += size + 2


class HTTPProtocol(asyncio.Protocol):
    def __init__(self) -> None:
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        buffer = self.buffer + data if self.buffer else data
        out: list[bytes] = []
        while True:
            head_end = buffer.find(b"\r\n\r\n")
            if head_end < 0:
                break
            head = buffer[:head_end]
            lower = head.lower()
            body_start = head_end + 4
            body = b""
            index = lower.find(b"\r\ncontent-length:")
            if index >= 0:
                eol = lower.find(b"\r\n", index + 2)
                length = int(lower[index + 17 : eol if eol >= 0 else len(lower)])
                if len(buffer) < body_start + length:
                    break
                body = buffer[body_start : body_start + length]
                end = body_start + length
            elif b"\r\ntransfer-encoding: chunked" in lower:
                chunked = _dechunk(buffer, body_start)
                if chunked is None:
                    break
                body, end = chunked
            else:
                end = body_start
            buffer = buffer[end:]
            out.append(self.handle(head, lower, body))
        self.buffer = buffer
        if out and self.transport is not None:
            data = b"".join(out) if len(out) > 1 else out[0]
            if DELAY_SECONDS:
                asyncio.get_running_loop().call_later(DELAY_SECONDS, self._write, data)
            else:
                self.transport.write(data)

    def _write(self, data: bytes) -> None:
        if self.transport is not None and not self.transport.is_closing():
            self.transport.write(data)

    @staticmethod
    def handle(head: bytes, lower: bytes, body: bytes) -> bytes:
        line_end = head.find(b"\r\n")
        request_line = head[: line_end if line_end >= 0 else len(head)]
        path = request_line.split(b" ", 2)[1]
        if path.startswith(b"/__"):
            if path == b"/__stats":
                stats = {"requests": Stats.requests, "events": Stats.events, "out_of_order": Stats.out_of_order}
                return _answer(json.dumps(stats).encode())
            if path == b"/__reset":
                Stats.requests = Stats.events = Stats.out_of_order = 0
                Stats.last = {}
                return OK
        Stats.requests += 1
        if path.endswith(b"/batch"):
            index = lower.find(b"\r\ncontent-encoding:")
            encoding = b""
            if index >= 0:
                eol = lower.find(b"\r\n", index + 2)
                encoding = lower[index + 19 : eol if eol >= 0 else len(lower)].strip()
            Stats.events += _count_events(body, encoding)
        return OK


async def main() -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(HTTPProtocol, "127.0.0.1", 0, backlog=1024)
    port = server.sockets[0].getsockname()[1]
    sys.stdout.write(f"PORT {port}\n")
    sys.stdout.flush()
    stdin_closed: asyncio.Future[None] = loop.create_future()

    def watch_stdin() -> None:
        while os.read(sys.stdin.fileno(), 4096):
            pass
        loop.call_soon_threadsafe(lambda: stdin_closed.done() or stdin_closed.set_result(None))

    threading.Thread(target=watch_stdin, daemon=True).start()
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stdin_closed, MAX_LIFETIME_SECONDS)
    server.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--delay-ms", type=float, default=0.0)
    DELAY_SECONDS = parser.parse_args().delay_ms / 1000
    asyncio.run(main())
