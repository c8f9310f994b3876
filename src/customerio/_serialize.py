"""JSON bodies as node writes them (compact, key order kept, UTF-8), for Python values.

`datetime` (aware converted; naive taken as UTC) and `date` become Unix seconds, `Decimal` a
number (integral ones exactly, others as the nearest double), `UUID` a string, an `Enum` its value, sets and tuples arrays, generated models their
dict. NaN and infinities are refused with `InvalidArgumentError` (a ValueError), other values with
`InvalidArgumentTypeError` (a TypeError), before any request.
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

__all__ = ["dumps", "unix_seconds"]

_EPOCH_DATE = _dt.date(1970, 1, 1)


def unix_seconds(value: _dt.datetime | _dt.date) -> int | float:
    if isinstance(value, _dt.datetime):
        aware = value if value.tzinfo is not None else value.replace(tzinfo=_dt.UTC)
        seconds = aware.timestamp()
        return int(seconds) if seconds.is_integer() else seconds
    return (value - _EPOCH_DATE).days * 86400


def _convert(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {str(k) if not isinstance(k, str) else k: _convert(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_convert(v) for v in value]
    if isinstance(value, (str, bool, int)) or value is None:
        if isinstance(value, enum.Enum):
            return _convert(value.value)
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise InvalidArgumentError(f"{value!r} cannot be sent: JSON has no NaN or infinity")
        return value
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


def dumps(value: Any) -> bytes:
    """Compact UTF-8 JSON, like `JSON.stringify`."""
    return json.dumps(_convert(value), separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode("utf-8")
