"""Reading an import file (CSV or NDJSON) into numbered rows, and turning a row into one call."""

from __future__ import annotations

import csv
import datetime as _dt
import json
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, Literal, TypeAlias

import attrs

from _customerio_gen.params.track import TrackPersonIdentifiersParam

from .._errors import InvalidArgumentError

Format: TypeAlias = Literal["csv", "ndjson"]
Row: TypeAlias = dict[str, Any]

_INTEGER = re.compile(r"-?[0-9]+")


class RowError(InvalidArgumentError):
    """A row that cannot become a call; its message is the reason written to the rejects file."""


def detect_format(path: Path, given: Format | None) -> Format:
    if given is not None:
        return given
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return "csv"
    if suffix in (".ndjson", ".jsonl", ".json"):
        return "ndjson"
    raise InvalidArgumentError(f"cannot tell the format of {path.name}: pass format='csv' or 'ndjson' (--format)")


def read_rows(path: Path, fmt: Format) -> Iterator[tuple[int, Row | RowError]]:
    """(row number from 1, the row or why it could not be read); CSV's header is not a row."""
    with path.open("r", encoding="utf-8", newline="") as handle:
        if fmt == "csv":
            reader = csv.DictReader(handle)
            for number, record in enumerate(reader, start=1):
                if None in record:  # more cells than the header names
                    extra = len(record[None]) if isinstance(record[None], list) else 1
                    names = len(reader.fieldnames or ())
                    yield number, RowError(f"row has {names + extra} cells; the header names {names}")
                    continue
                # an empty cell is "no value", not an empty string to store
                yield number, {key: value for key, value in record.items() if value not in ("", None)}
            return
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                yield number, RowError("empty line")
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError as error:
                yield number, RowError(f"not JSON: {error.msg} at column {error.colno}")
                continue
            if not isinstance(value, dict):
                yield number, RowError(f"not a JSON object but a {type(value).__name__}")
                continue
            yield number, value


def count_rows(path: Path, fmt: Format) -> int:
    """How many rows `read_rows` yields (for the progress bar's total)."""
    with path.open("r", encoding="utf-8", newline="") as handle:
        if fmt == "csv":
            return max(sum(1 for _ in csv.reader(handle)) - 1, 0)
        return sum(1 for _ in handle)


@attrs.frozen
class Columns:
    """Which columns carry the identifier, the email, the event name and the timestamp.

    Every other column becomes an attribute (identify) or an event property (track)."""

    id: str = "id"
    email: str | None = None
    event: str | None = None
    timestamp: str | None = None


@attrs.frozen
class Call:
    """One row as a call: `kind` is "identify" or "track"."""

    kind: Literal["identify", "track"]
    person: str | TrackPersonIdentifiersParam  # an id, or {"email": ...} when only the email is known
    values: dict[str, Any]  # attributes / traits, or event properties
    event: str | None = None
    timestamp: int | None = None


def parse_timestamp(value: Any) -> int:
    """Unix seconds from an integer, a numeric string or an ISO 8601 date-time."""
    if isinstance(value, bool):
        raise RowError("timestamp must be Unix seconds or an ISO 8601 date-time")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        text = value.strip()
        if _INTEGER.fullmatch(text):
            return int(text)
        try:
            parsed = _dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            pass
        else:
            if parsed.tzinfo is None:
                parsed = parsed.replace(tzinfo=_dt.UTC)
            return int(parsed.timestamp())
    raise RowError(f"timestamp {value!r} is neither Unix seconds nor an ISO 8601 date-time")


def to_call(row: Mapping[str, Any], columns: Columns, *, allow_email_only: bool) -> Call:
    values = dict(row)
    person_id = values.pop(columns.id, None)
    email = values.pop(columns.email, None) if columns.email else None
    event = values.pop(columns.event, None) if columns.event else None
    raw_time = values.pop(columns.timestamp, None) if columns.timestamp else None
    timestamp = None if raw_time is None else parse_timestamp(raw_time)
    if isinstance(person_id, (int, float)) and not isinstance(person_id, bool):
        person_id = str(person_id)
    if person_id is not None and not isinstance(person_id, str):
        raise RowError(f"column {columns.id!r} must be a string or a number")
    person: str | TrackPersonIdentifiersParam
    if person_id:
        person = person_id
    elif email and allow_email_only:
        person = {"email": str(email)}
    else:
        needed = f"{columns.id!r}" + (f" or {columns.email!r}" if columns.email and allow_email_only else "")
        raise RowError(f"no value in column {needed}")
    if event is not None:
        if not isinstance(event, str) or not event.strip():
            raise RowError(f"column {columns.event!r} must name the event")
        if email:
            values.setdefault("email", email)
        return Call("track", person, values, event=event, timestamp=timestamp)
    if email:
        values["email"] = email
    return Call("identify", person, values, timestamp=timestamp)
