"""The SDK's own sync pool under the attempt deadline: every socket operation cut to the time left.

Kept apart from `_deadline` because it needs httpcore's classes at import, and `import customerio`
must not pay for httpcore (httpx imports it only when a transport is made; so does this, from
`_base_client` when it builds its pool).
"""

from __future__ import annotations

from typing import Any

import httpcore
import httpx

from ._deadline import _current

__all__ = ["bound_sync_pool"]


def _cut(timeout: float | None) -> float | None:
    deadline = _current.get()
    return timeout if deadline is None else deadline.cut(timeout)


class _BoundedStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _cut(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _cut(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return _BoundedStream(self._inner.start_tls(ssl_context, server_hostname, _cut(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _BoundedBackend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_tcp(host, port, _cut(timeout), local_address, socket_options)
        return _BoundedStream(stream)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Any = None
    ) -> httpcore.NetworkStream:
        return _BoundedStream(self._inner.connect_unix_socket(path, _cut(timeout), socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def bound_sync_pool(transport: httpx.HTTPTransport) -> bool:
    """Give an `httpx.HTTPTransport` made by the SDK a network backend that cuts every socket
    timeout to the attempt's time left. False (the transport unchanged) when its httpcore pool is
    not laid out as expected: the phase cuts and the body check still bound the attempt."""
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if not isinstance(backend, httpcore.NetworkBackend) or isinstance(backend, _BoundedBackend):
        return False
    pool._network_backend = _BoundedBackend(backend)  # type: ignore[union-attr]
    return True
