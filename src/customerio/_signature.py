"""`verify_request_signature`: Customer.io's webhook signature check (HMAC-SHA256, constant time)."""

from __future__ import annotations

import hashlib
import hmac

from ._errors import InvalidArgumentTypeError, MissingParamError

__all__ = ["Body", "compute_signature", "verify_request_signature"]

Body = bytes | bytearray | memoryview | str


def _to_bytes(value: Body) -> bytes:
    if isinstance(value, str):
        return value.encode("utf-8")
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    raise InvalidArgumentTypeError(f"body must be bytes or str, not {type(value).__name__}")


def compute_signature(signing_secret: str | bytes, timestamp: int | str, body: Body) -> str:
    """The lowercase hex HMAC-SHA256 of `v0:<timestamp>:<body>` keyed by `signing_secret`."""
    key = signing_secret.encode("utf-8") if isinstance(signing_secret, str) else bytes(signing_secret)
    message = b"v0:" + str(timestamp).encode("utf-8") + b":" + _to_bytes(body)
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def verify_request_signature(
    *,
    signing_secret: str | bytes,
    timestamp: int | str,
    body: Body,
    signature: str | None,
) -> bool:
    """Whether `signature` is Customer.io's signature of `body` sent at `timestamp`.

    `body` is the raw request body (`str` is encoded as UTF-8); `timestamp` the `X-CIO-Timestamp`
    value. A missing, empty or malformed signature, or one in upper-case hex, is `False`; the
    comparison takes constant time. An empty `signing_secret` raises `MissingParamError`.
    """
    if not signing_secret:
        raise MissingParamError("signing_secret")
    if not isinstance(signature, str) or not signature:
        return False
    expected = compute_signature(signing_secret, timestamp, body)
    if len(signature) != len(expected):
        return False
    return hmac.compare_digest(expected.encode("ascii"), signature.encode("utf-8", "replace"))
