"""Runtime shared by the generated operation modules.

Rendered by `make generate` from templates/runtime.py.jinja; do not edit. It holds node's wire
rules (path and query encoding, `isEmpty`), the argument checks the spec's `x-cio-validate`
rules name, and `Prepared`, the description of one request that the handwritten transport sends.
Nothing here performs I/O.
"""

from __future__ import annotations

import math
import re
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, Generic, Literal, ParamSpec, Protocol, TypeVar
from urllib.parse import quote

import attrs
import httpx

T = TypeVar("T")

# encodeURIComponent leaves A-Z a-z 0-9 - _ . ! ~ * ' ( ) alone; quote() already keeps - _ . ~
_URI_COMPONENT_SAFE = "!~*'()"
# a component made only of those characters is its own encoding (most ids): no need for quote()
_PLAIN_COMPONENT = re.compile(r"[A-Za-z0-9\-_.!~*'()]*")


class ArgumentError(Exception):
    """Base of the argument errors raised while preparing a request."""


class ArgumentMissing(ArgumentError):
    """A required argument was missing or empty; `param` names it."""

    def __init__(self, param: str) -> None:
        super().__init__(f"{param} is required")
        self.param = param


class ArgumentInvalid(ArgumentError):
    """An argument had a value outside the accepted set."""


class ArgumentWrongType(ArgumentError):
    """An argument had the wrong type."""


@attrs.frozen
class Multipart:
    """A multipart/form-data body: `files` as httpx takes them, plus plain form fields."""

    files: Sequence[tuple[str, tuple[str | None, bytes, str | None]]]
    fields: Mapping[str, str] = attrs.field(factory=dict)


class NoBody:
    """Marker for a request without a body (GET, DELETE)."""

    def __repr__(self) -> str:
        return "NO_BODY"


NO_BODY = NoBody()


@attrs.frozen
class Prepared(Generic[T]):
    """One request, ready to send: where, what, and how to read the answer."""

    method: str
    base: str
    path: str
    query: tuple[tuple[str, str], ...]
    body: Any
    parse: Callable[[Any], T]
    operation: str


class MessageRequest(Protocol):
    """What the `send_*` operations take: a request object exposing the message to send."""

    @property
    def message(self) -> Mapping[str, Any]: ...


class LazyModule:
    """A module imported on its first attribute access.

    The clients annotate with `models.<Model>` through one of these, so that
    `typing.get_type_hints()` finds each model (importing just that one) while importing a client
    imports none.
    """

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attribute: str) -> Any:
        name = vars(self).get("_name")
        if name is None or (attribute.startswith("__") and attribute.endswith("__")):
            raise AttributeError(attribute)  # copy/pickle probes, or not initialised: no import
        import importlib

        return getattr(importlib.import_module(name), attribute)

    def __repr__(self) -> str:
        return f"<lazy module {self._name!r}>"


def is_empty(value: object) -> bool:
    """Node's `isEmpty`: only non-blank strings and finite numbers (not booleans) are present."""
    if value is None:
        return True
    if isinstance(value, str):
        return value.strip() == ""
    if isinstance(value, bool):
        return True
    if isinstance(value, int):
        return False
    if isinstance(value, float):
        return not math.isfinite(value)
    return True


def js_string(value: object) -> str:
    """`String(value)` as JavaScript renders it, for the values a query or path can carry."""
    if type(value) is str:
        return value  # what `str(value)` below gives, without the checks
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer() and math.isfinite(value):
        return str(int(value))
    if isinstance(value, (list, tuple)):
        return ",".join(js_string(item) for item in value)
    if hasattr(value, "value") and isinstance(getattr(value, "value"), str):
        return str(getattr(value, "value"))
    return str(value)


def encode_component(value: object) -> str:
    """`encodeURIComponent(String(value))`."""
    text = js_string(value)
    return text if _PLAIN_COMPONENT.fullmatch(text) else quote(text, safe=_URI_COMPONENT_SAFE)


def query(pairs: Iterable[tuple[str, object]]) -> tuple[tuple[str, str], ...]:
    """Node's buildQueryString: drop None and "", stringify the rest; order kept."""
    return tuple((name, js_string(value)) for name, value in pairs if value is not None and value != "")


def require(name: str, value: object) -> None:
    if is_empty(value):
        raise ArgumentMissing(name)


def require_key(name: str, value: object, key: str) -> None:
    inner = value.get(key) if isinstance(value, Mapping) else None
    if is_empty(inner):
        raise ArgumentMissing(f"{name}.{key}")


def require_string(name: str, value: object, message: str | None = None) -> None:
    if not isinstance(value, str) or is_empty(value):
        raise ArgumentMissing(name) if message is None else ArgumentInvalid(message)


def require_present(name: str, value: object) -> None:
    if value is None:
        raise ArgumentMissing(name)


def require_mapping(name: str, value: object) -> None:
    if not isinstance(value, Mapping):
        raise ArgumentMissing(name)


def require_non_empty_mapping(name: str, value: object) -> None:
    if not isinstance(value, Mapping) or len(value) == 0:
        raise ArgumentMissing(name)


def require_list(name: str, value: object) -> None:
    if not isinstance(value, (list, tuple)):
        raise ArgumentMissing(name)


def require_non_empty_list(name: str, value: object) -> None:
    if not isinstance(value, (list, tuple)) or len(value) == 0:
        raise ArgumentMissing(name)


def require_one(names: tuple[str, ...], *values: object) -> None:
    """Exactly one of alternative arguments: none given checks the first as `require` does."""
    given = [(name, value) for name, value in zip(names, values) if value is not None]
    if len(given) > 1:
        raise ArgumentInvalid(f"give only one of {', '.join(names)} (got {', '.join(n for n, _ in given)})")
    require(*(given[0] if given else (names[0], values[0])))


def one_of(value: object, allowed: tuple[str, ...], message: str, *, optional: bool = False) -> None:
    if optional and value is None:
        return
    if not isinstance(value, str) or value not in allowed:
        raise ArgumentInvalid(message)


def as_mapping(value: Any) -> Any:
    """A generated input model as the mapping it stands for (its `to_dict()`); anything else as given."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict) and not isinstance(value, Mapping):
        return to_dict()
    return value


def spread(target: dict[str, Any], value: Mapping[str, Any] | None) -> None:
    """`{...value}` inside an object literal."""
    if value is not None:
        target.update(value)


def as_json_object(payload: Any) -> dict[str, Any]:
    """A response body read as an object; anything else (a list, null) is wrapped, not lost."""
    if isinstance(payload, dict):
        return payload
    return {"value": payload}


def as_json_list(payload: Any) -> list[Any]:
    if isinstance(payload, list):
        return payload
    return [payload]


def parse_model(from_dict: Callable[[Mapping[str, Any]], T], payload: Any) -> T:
    """Read a response into its model; a non-object body yields an empty model."""
    return from_dict(payload if isinstance(payload, Mapping) else {})


class Unset:
    """A model field the answer did not carry (one class shared by every API's models)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()


class UseClientDefault:
    """The type of `USE_CLIENT_DEFAULT`, the default of every per-call `timeout=`.

    A call given no `timeout` uses the one the client was configured with; `timeout=None` is a
    real value (no limit), so the default needs a marker of its own.
    """

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "USE_CLIENT_DEFAULT"


USE_CLIENT_DEFAULT = UseClientDefault()
"""A per-call `timeout` left at this value uses the client's timeout (`customerio.USE_CLIENT_DEFAULT`)."""

# The names the handwritten layer's internals use for the same marker.
NotGiven = UseClientDefault
NOT_GIVEN = USE_CLIENT_DEFAULT


@attrs.frozen
class RawResponse(Generic[T]):
    """A response with its status and headers, and `parsed`, what the plain call returns."""

    status_code: int
    headers: Mapping[str, str]
    parsed: T


P = ParamSpec("P")
R = TypeVar("R")
PageT = TypeVar("PageT")
Timeout = float | httpx.Timeout | None | UseClientDefault


def _page_items(items: object) -> list[Any]:
    return list(items) if isinstance(items, (list, tuple)) else []


def _next_cursor(cursor: object) -> str | None:
    return cursor if isinstance(cursor, str) and cursor != "" else None


class _OperationsCore:
    """What every generated operations class needs from the handwritten client."""

    _bodies: Any

    def _argument_error(self, error: ArgumentError) -> Exception:
        """The public exception for an argument error (the handwritten client maps them)."""
        raise NotImplementedError

    def _prepare(self, prepare: Callable[P, R], /, *args: P.args, **kwargs: P.kwargs) -> R:
        """Run a request builder, turning its argument errors into the public exceptions."""
        try:
            return prepare(*args, **kwargs)
        except ArgumentError as error:
            raise self._argument_error(error) from None


class SyncOperationsBase(_OperationsCore):
    """Base of the generated blocking operations; `_execute` is the transport."""

    def _execute(self, prepared: Prepared[T], timeout: Timeout, extra_headers: Mapping[str, str] | None) -> T:
        raise NotImplementedError

    def _execute_raw(
        self, prepared: Prepared[T], timeout: Timeout, extra_headers: Mapping[str, str] | None
    ) -> RawResponse[T]:
        raise NotImplementedError

    def _send(
        self,
        timeout: Timeout,
        extra_headers: Mapping[str, str] | None,
        prepare: Callable[P, Prepared[T]],
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> T:
        return self._execute(self._prepare(prepare, *args, **kwargs), timeout, extra_headers)

    def _iterate(
        self,
        timeout: Timeout,
        extra_headers: Mapping[str, str] | None,
        first: Prepared[PageT],
        page: Callable[[str | None], Prepared[PageT]],
        items: Callable[[PageT], object],
        cursor: Callable[[PageT], object],
    ) -> Iterator[Any]:
        prepared: Prepared[PageT] | None = first
        while prepared is not None:
            result = self._execute(prepared, timeout, extra_headers)
            yield from _page_items(items(result))
            following = _next_cursor(cursor(result))
            prepared = self._prepare(page, following) if following else None


class AsyncOperationsBase(_OperationsCore):
    """Base of the generated coroutine operations; `_execute` is the transport."""

    async def _execute(self, prepared: Prepared[T], timeout: Timeout, extra_headers: Mapping[str, str] | None) -> T:
        raise NotImplementedError

    async def _execute_raw(
        self, prepared: Prepared[T], timeout: Timeout, extra_headers: Mapping[str, str] | None
    ) -> RawResponse[T]:
        raise NotImplementedError

    async def _send(
        self,
        timeout: Timeout,
        extra_headers: Mapping[str, str] | None,
        prepare: Callable[P, Prepared[T]],
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> T:
        return await self._execute(self._prepare(prepare, *args, **kwargs), timeout, extra_headers)

    async def _iterate(
        self,
        timeout: Timeout,
        extra_headers: Mapping[str, str] | None,
        first: Prepared[PageT],
        page: Callable[[str | None], Prepared[PageT]],
        items: Callable[[PageT], object],
        cursor: Callable[[PageT], object],
    ) -> AsyncIterator[Any]:
        prepared: Prepared[PageT] | None = first
        while prepared is not None:
            result = await self._execute(prepared, timeout, extra_headers)
            for item in _page_items(items(result)):
                yield item
            following = _next_cursor(cursor(result))
            prepared = self._prepare(page, following) if following else None


class SyncRawOperationsBase:
    """Base of the generated `with_raw_response` view of a blocking client."""

    def __init__(self, client: SyncOperationsBase) -> None:
        self._client = client
        self._bodies = client._bodies

    def _send(
        self,
        timeout: Timeout,
        extra_headers: Mapping[str, str] | None,
        prepare: Callable[P, Prepared[T]],
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> RawResponse[T]:
        return self._client._execute_raw(self._client._prepare(prepare, *args, **kwargs), timeout, extra_headers)


class AsyncRawOperationsBase:
    """Base of the generated `with_raw_response` view of a coroutine client."""

    def __init__(self, client: AsyncOperationsBase) -> None:
        self._client = client
        self._bodies = client._bodies

    async def _send(
        self,
        timeout: Timeout,
        extra_headers: Mapping[str, str] | None,
        prepare: Callable[P, Prepared[T]],
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> RawResponse[T]:
        return await self._client._execute_raw(self._client._prepare(prepare, *args, **kwargs), timeout, extra_headers)
