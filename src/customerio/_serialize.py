"""JSON bodies as node writes them (compact, key order kept, UTF-8), for Python values.

`datetime` (aware converted; naive taken as UTC) and `date` become Unix seconds, `Decimal` a
number (integral ones exactly, others as the nearest double), `UUID` a string, an `Enum` its value, sets and tuples arrays, generated models their
dict. NaN and infinities are refused with `InvalidArgumentError` (a ValueError), other values with
`InvalidArgumentTypeError` (a TypeError), before any request.

Mapping keys are written as JSON writes them: strings as they are, `True`/`False`/`None` as
`true`/`false`/`null`, ints and floats as their number, anything else as `str(key)`. An Enum
that mixes in str, int or float (`StrEnum`, `IntEnum`) is written as that str/int/float.

Encoding is one pass of the C JSON encoder, which calls `_convert` only for the values JSON has
no type for (dates, Decimals, UUIDs, plain Enums, sets, models, non-dict mappings); a body it
refuses (NaN, an unsupported key or value) is encoded again by `_convert` alone, which raises the
SDK's own errors.
"""

from __future__ import annotations

import datetime as _dt
import enum
import json
import math
import uuid
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from ._errors import InvalidArgumentError, InvalidArgumentTypeError

__all__ = ["EncodedJSON", "dumps", "unix_seconds"]

_EPOCH_DATE = _dt.date(1970, 1, 1)


def unix_seconds(value: _dt.datetime | _dt.date) -> int | float:
    if isinstance(value, _dt.datetime):
        aware = value if value.tzinfo is not None else value.replace(tzinfo=_dt.UTC)
        seconds = aware.timestamp()
        return int(seconds) if seconds.is_integer() else seconds
    return (value - _EPOCH_DATE).days * 86400


def _key(key: Any) -> str:
    """A mapping key as the JSON encoder writes it."""
    if isinstance(key, str):
        return str.__str__(key)
    if key is True:
        return "true"
    if key is False:
        return "false"
    if key is None:
        return "null"
    if isinstance(key, int):
        return int.__repr__(key)
    if isinstance(key, float):
        if not math.isfinite(key):
            raise InvalidArgumentError(f"{key!r} cannot be sent as a key: JSON has no NaN or infinity")
        return float.__repr__(key)
    return str(key)


def _convert(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {k if type(k) is str else _key(k): _convert(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_convert(v) for v in value]
    if isinstance(value, str):
        return value if type(value) is str else str.__str__(value)
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        return value if type(value) is int else int.__int__(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise InvalidArgumentError(f"{value!r} cannot be sent: JSON has no NaN or infinity")
        return value if type(value) is float else float.__float__(value)
    if isinstance(value, _dt.datetime | _dt.date):
        return unix_seconds(value)
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise InvalidArgumentError(f"{value!r} cannot be sent: JSON has no NaN or infinity")
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, enum.Enum):
        return _convert(value.value)
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return _convert(to_dict())
    raise InvalidArgumentTypeError(f"Object of type {type(value).__name__} is not JSON serializable")


# One encoder for every body: `json.dumps` with options builds a new one per call.
_ENCODER = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, allow_nan=False, default=_convert)
_PLAIN_ENCODER = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def dumps(value: Any) -> bytes:
    """Compact UTF-8 JSON, like `JSON.stringify`."""
    try:
        text = _ENCODER.encode(value)
    except (ValueError, TypeError):
        # NaN or a type JSON refuses: `_convert` walks the whole value and raises the SDK's error
        # (or the encoder's own, for what it accepts but cannot write, such as a float key of NaN).
        text = _PLAIN_ENCODER.encode(_convert(value))
    return text.encode("utf-8")


class EncodedJSON:
    """A request body already encoded as JSON (`data`), sent as it is (the batchers' bodies)."""

    __slots__ = ("data",)

    def __init__(self, data: bytes) -> None:
        self.data = data

    def __repr__(self) -> str:
        return f"EncodedJSON(<{len(self.data)} bytes>)"
