"""JSON bodies as node writes them (compact, key order kept, UTF-8), for Python values.

`datetime` (aware converted; naive taken as UTC) and `date` become Unix seconds, `Decimal` a
number (integral ones exactly, others as the nearest double), `UUID` a string, an `Enum` its value, sets and tuples arrays, generated models their
dict. NaN and infinities are refused with `InvalidArgumentError` (a ValueError), other values with
`InvalidArgumentTypeError` (a TypeError), before any request.

Mapping keys are written as JSON writes them: strings as they are, `True`/`False`/`None` as
`true`/`false`/`null`, ints and floats as their number, anything else as `str(key)`. An Enum
that mixes in str, int or float (`StrEnum`, `IntEnum`) is written as that str/int/float.

Encoding is one pass of the C JSON encoder, which calls `_convert` only for the values JSON has
no type for (dates, Decimals, UUIDs, plain Enums, sets, models, non-dict mappings). A body it
refuses (NaN, an unsupported key or value, a circular structure) is walked again by `_walk`, which
converts the same way while tracking where it is, and raises the SDK's own error naming the path
of the culprit (`data.items[2]: ...`, `data` being the request body). A string holding a lone
surrogate (which UTF-8 cannot carry) is written as its `\\udXXX` escape, as `JSON.stringify` does.
"""

from __future__ import annotations

import datetime as _dt
import enum
import json
import json.encoder as _json_encoder
import math
import re
import sys
import uuid
from collections.abc import Callable, Mapping
from typing import Any

from ._errors import CustomerIOError, InvalidArgumentError, InvalidArgumentTypeError

__all__ = ["EncodedJSON", "dumps", "unix_seconds"]

_EPOCH_DATE = _dt.date(1970, 1, 1)


def _is_decimal(value: Any) -> bool:
    """A `decimal.Decimal`, without importing decimal (2 ms): if it was never imported, no value is one."""
    module = sys.modules.get("decimal")
    return module is not None and isinstance(value, module.Decimal)


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
    if _is_decimal(value):
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
    raise InvalidArgumentTypeError(f"object of type {type(value).__name__} is not JSON serializable")


# One encoder for every body: `json.dumps` with options builds a new one per call.
_ENCODER = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, allow_nan=False, default=_convert)
_PLAIN_ENCODER = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def _c_encoder() -> Callable[[Any], str]:
    """`_ENCODER.encode`, without the C encoder object `JSONEncoder.encode` builds on every call.

    The same C encoder with the same options, kept: without circular checks (a cycle ends in a
    RecursionError, which `dumps` handles like the encoder's own circular-reference error)."""
    make = getattr(_json_encoder, "c_make_encoder", None)
    if make is None:  # no C accelerator (another Python implementation)
        return _ENCODER.encode
    encode_one = make(None, _convert, _json_encoder.encode_basestring, None, ":", ",", False, False, False)

    def encode(value: Any) -> str:
        return "".join(encode_one(value, 0))

    return encode


_encode = _c_encoder()


def dumps(value: Any) -> bytes:
    """Compact UTF-8 JSON, like `JSON.stringify`."""
    try:
        text = _encode(value)
    except (ValueError, TypeError, RecursionError):
        # NaN, a type JSON refuses or a cycle: `_walk` finds the culprit and raises the SDK's error
        # (or the encoder's own, for what it accepts but cannot write, such as a float key of NaN).
        try:
            text = _PLAIN_ENCODER.encode(_walk(value, "data", set()))
        except RecursionError:
            raise InvalidArgumentError("data: nested too deeply to be sent as JSON") from None
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return _escape_lone_surrogates(text).encode("utf-8")


_SURROGATE = re.compile("[\ud800-\udfff]")
_IDENTIFIER = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")


def _escape_lone_surrogates(text: str) -> str:
    """`text` with each lone surrogate as a `\\udXXX` escape (lowercase hex, as `JSON.stringify`
    writes it). A high and low surrogate side by side are one UTF-16 character, as in JavaScript.

    Surrogates only occur inside JSON strings (the encoder writes everything else as ASCII), so
    the escape lands inside a string literal."""
    joined = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")
    return _SURROGATE.sub(lambda match: f"\\u{ord(match.group()):04x}", joined)


def _child(path: str, key: str) -> str:
    return f"{path}.{key}" if _IDENTIFIER.fullmatch(key) else f"{path}[{json.dumps(key, ensure_ascii=False)}]"


def _walk(value: Any, path: str, active: set[int]) -> Any:
    """`_convert`, for a body the encoder refused: `path` says where `value` is, `active` holds the
    ids of the containers being walked (one met again inside itself is a cycle)."""
    if isinstance(value, Mapping):
        _enter(value, path, active)
        out = {}
        for k, v in value.items():
            key = k if type(k) is str else _key_at(k, path)
            out[key] = _walk(v, _child(path, key), active)
        active.discard(id(value))
        return out
    if isinstance(value, (list, tuple, set, frozenset)):
        _enter(value, path, active)
        items = [_walk(v, f"{path}[{i}]", active) for i, v in enumerate(value)]
        active.discard(id(value))
        return items
    if isinstance(value, enum.Enum) and not isinstance(value, (str, int, float)):
        return _walk(value.value, path, active)
    if not isinstance(value, (str, int, float, _dt.date, uuid.UUID)) and not _is_decimal(value) and value is not None:
        to_dict = getattr(value, "to_dict", None)
        if callable(to_dict):
            _enter(value, path, active)
            converted = _walk(to_dict(), path, active)
            active.discard(id(value))
            return converted
    try:
        return _convert(value)
    except CustomerIOError as error:
        raise type(error)(f"{path}: {error}") from None


def _enter(value: Any, path: str, active: set[int]) -> None:
    # An error ends the whole walk, so `active` needs no clean-up on the way out.
    ident = id(value)
    if ident in active:
        raise InvalidArgumentError(f"{path}: circular reference")
    active.add(ident)


def _key_at(key: Any, path: str) -> str:
    try:
        return _key(key)
    except CustomerIOError as error:
        raise type(error)(f"{path}: {error}") from None


class EncodedJSON:
    """A request body already encoded as JSON (`data`), sent as it is (the batchers' bodies)."""

    __slots__ = ("data",)

    def __init__(self, data: bytes) -> None:
        self.data = data

    def __repr__(self) -> str:
        return f"EncodedJSON(<{len(self.data)} bytes>)"
