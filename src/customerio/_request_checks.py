"""Checks on what a request would carry, made before anything is sent.

- Headers: httpx encodes header values as ASCII and a line break in one would end the header
  early, so names must be HTTP tokens and values ASCII text on one line (`InvalidArgumentError`),
  both `str` (`InvalidArgumentTypeError`).
- Body sizes: some published limits Customer.io enforces by taking the request (2xx) and
  dropping its data; a client lists them per operation (`SizeLimit`) and a larger body (or a batch
  carrying a call over the per-call limit) is refused.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import attrs

from ._errors import InvalidArgumentError, InvalidArgumentTypeError
from ._serialize import dumps

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
    """A published body-size limit that Customer.io enforces by dropping the data (answering 2xx).

    `item_bytes`, for a batch, is the limit on each call it carries (the `batch` list of the body).
    """

    max_bytes: int
    unit: str  # what one request is, in the message: "call", "batch request"
    item_bytes: int | None = None

    def check(self, operation: str, content: bytes, body: Any) -> None:
        if len(content) > self.max_bytes:
            raise InvalidArgumentError(
                f"the {operation} body is {len(content)} bytes as JSON; Customer.io processes at most "
                f"{self.max_bytes} bytes per {self.unit} and silently drops larger ones"
            )
        if self.item_bytes is not None and len(content) > self.item_bytes:
            # only a body larger than one call's limit can hold a call over it: measure each call then
            items = body.get("batch") if isinstance(body, Mapping) else None
            for index, item in enumerate(items if isinstance(items, list | tuple) else ()):
                size = len(dumps(item))
                if size > self.item_bytes:
                    raise InvalidArgumentError(
                        f"batch[{index}] is {size} bytes as JSON; Customer.io processes at most "
                        f"{self.item_bytes} bytes per call and silently drops larger ones"
                    )
