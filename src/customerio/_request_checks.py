"""Checks on what a request would carry, made before anything is sent.

- Headers: httpx encodes header values as ASCII and a line break in one would end the header
  early, so names must be HTTP tokens and values ASCII text on one line (`InvalidArgumentError`),
  both `str` (`InvalidArgumentTypeError`).
- Body sizes: some published limits Customer.io enforces by taking the request (2xx) and
  dropping its data; a client lists them per operation (`SizeLimit`) and a larger body is refused.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import attrs

from ._errors import InvalidArgumentError, InvalidArgumentTypeError

__all__ = ["SizeLimit", "check_headers"]

_HEADER_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_HEADER_VALUE = re.compile(r"[\t\x20-\x7e]*")


def check_headers(headers: Mapping[str, str], argument: str) -> None:
    """Refuse a header httpx could not encode or that would break the request; `argument` names
    where the headers came from (`headers`, `extra_headers`)."""
    if not isinstance(headers, Mapping):
        raise InvalidArgumentTypeError(f"{argument} must be a mapping of header names to values")
    for name, value in headers.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise InvalidArgumentTypeError(f"{argument}: header names and values must be str ({name!r})")
        if not _HEADER_NAME.fullmatch(name):
            raise InvalidArgumentError(f"{argument}: {name!r} is not a valid header name")
        if not _HEADER_VALUE.fullmatch(value):
            raise InvalidArgumentError(f"{argument}: the value of {name!r} must be ASCII text without line breaks")


@attrs.frozen
class SizeLimit:
    """A published body-size limit that Customer.io enforces by dropping the data (answering 2xx)."""

    max_bytes: int
    unit: str  # what one request is, in the message: "call", "batch request"

    def check(self, operation: str, content: bytes) -> None:
        if len(content) > self.max_bytes:
            raise InvalidArgumentError(
                f"the {operation} body is {len(content)} bytes as JSON; Customer.io processes at most "
                f"{self.max_bytes} bytes per {self.unit} and silently drops larger ones"
            )
