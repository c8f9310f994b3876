"""The exceptions the SDK raises. `CustomerIOError` is the base of all of them."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

__all__ = [
    "APIConnectionError",
    "APITimeoutError",
    "AuthenticationError",
    "CustomerIOError",
    "CustomerIORequestError",
    "EventLoopError",
    "InvalidArgumentError",
    "InvalidArgumentTypeError",
    "InvalidResponseError",
    "MissingParamError",
    "NotFoundError",
    "QueueFullError",
    "RateLimitError",
    "RedirectError",
    "ServerError",
    "ResponseInfo",
]


class CustomerIOError(Exception):
    """Base class of every error raised by the SDK."""


class MissingParamError(CustomerIOError, ValueError):
    """A required argument was missing or empty. Raised before any request.

    `param` names the argument; `hint`, when given, says how to supply it (for credentials: the
    environment variable read in its place) and follows the message after a colon."""

    def __init__(self, param: str, hint: str | None = None) -> None:
        super().__init__(f"{param} is required: {hint}" if hint else f"{param} is required")
        self.param = param
        self.hint = hint


class InvalidArgumentError(CustomerIOError, ValueError):
    """An argument had a value the API does not accept. Raised before any request."""


class InvalidArgumentTypeError(CustomerIOError, TypeError):
    """An argument had the wrong type. Raised before any request."""


class EventLoopError(CustomerIOError, RuntimeError):
    """An async client was used in an event loop its connections cannot serve: the caller's own
    `http_client` (an `httpx.AsyncClient`) holds connections of another, or an ended, loop."""


class QueueFullError(CustomerIOError):
    """A batcher's bounded queue is full."""


class ResponseInfo:
    """The parts of an HTTP response kept on an error: status, lower-cased headers, ok."""

    __slots__ = ("headers", "ok", "status_code")

    def __init__(self, status_code: int, headers: Mapping[str, str]) -> None:
        self.status_code = status_code
        self.headers = {k.lower(): v for k, v in headers.items()}
        self.ok = 200 <= status_code <= 299

    def __repr__(self) -> str:
        return f"ResponseInfo(status_code={self.status_code}, ok={self.ok})"


def compose_message(payload: Any) -> str:
    """Node's message rule: `meta.error`, else a list of `meta.errors`, else "Unknown error"."""
    if not isinstance(payload, Mapping):
        return "Unknown error"
    meta = payload.get("meta")
    if not isinstance(meta, Mapping):
        return "Unknown error"
    if meta.get("error"):
        return str(meta["error"])
    errors = meta.get("errors")
    if errors:
        items = list(errors) if isinstance(errors, (list, tuple)) else [errors]
        noun = "error" if len(items) == 1 else "errors"
        lines = "\n".join(f"  - {item}" for item in items)
        return f"{len(items)} {noun}:\n{lines}"
    return "Unknown error"


class CustomerIORequestError(CustomerIOError):
    """The API answered with a non-2xx status (after retries).

    `status_code`, `body` (the raw text) and `response` (status, lower-cased headers, ok)
    describe the answer; the message is composed from the body's `meta.error(s)`. `request` is the
    `httpx.Request` that was sent (method, URL, headers, `content`): the payload is reachable there
    and never appears in the message or the repr.
    """

    request: httpx.Request | None = None

    def __init__(self, status_code: int, body: str, response: ResponseInfo, message: str | None = None) -> None:
        if message is None:
            message = compose_message(_loads_or_none(body)) if body else "Unknown error"
        super().__init__(message)
        self.status_code = status_code
        self.body = body
        self.response = response
        self.message = message

    def __str__(self) -> str:
        return f"{self.status_code}: {self.message}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status_code={self.status_code}, message={self.message!r})"


class AuthenticationError(CustomerIORequestError):
    """401 or 403: the credentials were refused."""


class NotFoundError(CustomerIORequestError):
    """404: no such resource."""


class RateLimitError(CustomerIORequestError):
    """429: too many requests, still refused after retries."""


class ServerError(CustomerIORequestError):
    """5xx: Customer.io (or its edge) failed, still failing after retries."""


class InvalidResponseError(CustomerIORequestError):
    """The body of a response was not JSON (an HTML error page from a proxy, for example)."""


class RedirectError(CustomerIOError):
    """A redirect status came without a Location header."""


class APIConnectionError(CustomerIOError):
    """The request could not be sent or its answer not read (refused, reset, DNS…).

    `request` is the `httpx.Request` that was sent (its payload is never in the message)."""

    request: httpx.Request | None = None


class APITimeoutError(APIConnectionError):
    """The request timed out."""


def _loads_or_none(body: str) -> Any:
    try:
        return json.loads(body)
    except ValueError:
        return None


def request_error_for(status_code: int, body: str, headers: Mapping[str, str]) -> CustomerIORequestError:
    """The most specific `CustomerIORequestError` subclass for a status."""
    info = ResponseInfo(status_code, headers)
    cls: type[CustomerIORequestError]
    if status_code in (401, 403):
        cls = AuthenticationError
    elif status_code == 404:
        cls = NotFoundError
    elif status_code == 429:
        cls = RateLimitError
    elif status_code >= 500:
        cls = ServerError
    else:
        cls = CustomerIORequestError
    return cls(status_code, body, info)


# Tracebacks and reprs name the public path (`customerio.NotFoundError`), not this private module.
for _name in __all__:
    if _name != "ResponseInfo":
        globals()[_name].__module__ = "customerio"
del _name
