"""`iter_<name>` on APIClient / AsyncAPIClient: every cursor-paged App operation, across pages.

Each iterator follows the `next` cursor (sent back as `start`), stops on an empty one, fetches
lazily (nothing is sent until the first item is asked for) but checks its arguments at call time.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from test_app import METHODS, METHODS_BY_NAME, AppClient, make_client, python_call, violations

from customerio import APIClient, AsyncAPIClient, MissingParamError, ServerError

from conftest import FLAVOURS, Wire, invoke, json_response

SPEC = Path(__file__).resolve().parent.parent / "spec" / "app.yaml"


def paginated_operations() -> dict[str, str]:
    """operationId -> the response field holding a page's items, from spec/app.yaml."""
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    found: dict[str, str] = {}
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and "x-cio-paginate" in operation:
                found[operation["operationId"]] = operation["x-cio-paginate"]["items"]
    return found


PAGINATED = paginated_operations()
NAMES = sorted(PAGINATED)


def base_call(name: str) -> tuple[list[Any], dict[str, Any]]:
    """The arguments of the catalogue's minimal example (without a start cursor)."""
    method = METHODS_BY_NAME[name]
    example = next(e for e in method["examples"] if e["variant"] == "minimal")
    args, kwargs = python_call(method, list(example["args"]))
    kwargs.pop("start", None)
    return args, kwargs


def as_plain(item: Any) -> Any:
    return item.to_dict() if hasattr(item, "to_dict") else item


def page(items_key: str, items: list[dict[str, Any]], cursor: Any, *, omit_next: bool = False) -> httpx.Response:
    body: dict[str, Any] = {items_key: items, "extra": "kept"}
    if not omit_next:
        body["next"] = cursor
    return json_response(200, body)


def collect(iterator: Iterator[Any] | AsyncIterator[Any]) -> list[Any]:
    """Every item, with `for` or `async for`."""
    if isinstance(iterator, AsyncIterator):

        async def drain() -> list[Any]:
            return [item async for item in iterator]

        return asyncio.run(drain())
    return list(iterator)


def start_iterator(client: AppClient, name: str, *args: Any, **kwargs: Any) -> Iterator[Any] | AsyncIterator[Any]:
    iterator = getattr(client, f"iter_{name}")(*args, **kwargs)
    assert isinstance(iterator, AsyncIterator if isinstance(client, AsyncAPIClient) else Iterator)
    return iterator


def plain_url(flavour: str, name: str, args: list[Any], kwargs: dict[str, Any]) -> str:
    """The URL the non-iterating call sends for the same arguments."""
    wire = Wire(json_response(200, {}))
    invoke(make_client(flavour, wire), name, *args, **kwargs)
    return str(wire.last.url)


def test_every_cursor_paged_operation_has_an_iterator() -> None:
    cursor_paged = set()
    for method in METHODS:
        if any(query["name"] == "start" for query in method["query"]):
            start = inspect.signature(getattr(APIClient, method["python_name"])).parameters["start"]
            if start.annotation == "str | None":  # a cursor, not a metrics window's start time
                cursor_paged.add(method["python_name"])
    for cls in (APIClient, AsyncAPIClient):
        assert {name[5:] for name in dir(cls) if name.startswith("iter_")} == cursor_paged == set(PAGINATED)
    assert len(NAMES) == 18


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("name", NAMES)
def test_iterates_every_page(name: str, flavour: str) -> None:
    key = PAGINATED[name]
    pages = [[{"id": "1", "n": 1}, {"id": "2", "n": 2}], [{"id": "3", "n": 3}], [{"id": "4", "n": 4}]]
    wire = Wire(page(key, pages[0], "cur/2"), page(key, pages[1], "cur 3"), page(key, pages[2], ""))
    client = make_client(flavour, wire)
    args, kwargs = base_call(name)
    items = collect(start_iterator(client, name, *args, extra_headers={"X-Page": "yes"}, **kwargs))

    assert [as_plain(item) for item in items] == [item for chunk in pages for item in chunk]
    assert len(wire.requests) == 3
    assert str(wire.requests[0].url) == plain_url(flavour, name, args, kwargs)
    assert str(wire.requests[1].url) == plain_url(flavour, name, args, {**kwargs, "start": "cur/2"})
    assert str(wire.requests[2].url) == plain_url(flavour, name, args, {**kwargs, "start": "cur 3"})
    for request in wire.requests:
        assert request.headers["x-page"] == "yes"
        assert request.headers["authorization"] == "Bearer appkey"
        assert request.method == wire.requests[0].method
        assert request.content == wire.requests[0].content  # the same body (search filters) on every page


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("name", NAMES)
def test_begins_at_the_given_start(name: str, flavour: str) -> None:
    key = PAGINATED[name]
    wire = Wire(page(key, [{"id": "9"}], None))
    client = make_client(flavour, wire)
    args, kwargs = base_call(name)
    assert [as_plain(item) for item in collect(start_iterator(client, name, *args, start="s0", **kwargs))] == [
        {"id": "9"}
    ]
    assert str(wire.last.url) == plain_url(flavour, name, args, {**kwargs, "start": "s0"})


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("last", ["", None, "missing", 0, ["x"]], ids=["empty", "null", "missing", "zero", "list"])
def test_stops_when_there_is_no_next_cursor(last: Any, flavour: str) -> None:
    wire = Wire(
        page("identifiers", [{"id": "1"}], "c2"),
        page("identifiers", [{"id": "2"}], last, omit_next=last == "missing"),
        json_response(500, {"meta": {"error": "must not be fetched"}}),
    )
    client = make_client(flavour, wire)
    items = collect(start_iterator(client, "search_customers", {"and": []}))
    assert [as_plain(item) for item in items] == [{"id": "1"}, {"id": "2"}]
    assert len(wire.requests) == 2


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_empty_pages_and_missing_items_do_not_stop_the_walk(flavour: str) -> None:
    wire = Wire(
        page("messages", [], "c2"),
        json_response(200, {"next": "c3"}),
        page("messages", [{"id": "m"}], ""),
    )
    client = make_client(flavour, wire)
    assert [as_plain(item) for item in collect(start_iterator(client, "get_messages"))] == [{"id": "m"}]
    assert len(wire.requests) == 3


def test_sync_iterator_is_lazy() -> None:
    wire = Wire(
        page("newsletters", [{"id": 1}, {"id": 2}], "c2"),
        page("newsletters", [{"id": 3}], ""),
    )
    client = make_client("sync", wire)
    assert isinstance(client, APIClient)
    iterator = client.iter_list_newsletters(limit=2)
    assert wire.requests == []
    assert as_plain(next(iterator)) == {"id": 1}
    assert len(wire.requests) == 1
    assert as_plain(next(iterator)) == {"id": 2}
    assert len(wire.requests) == 1
    assert as_plain(next(iterator)) == {"id": 3}
    assert len(wire.requests) == 2
    assert str(wire.last.url) == "https://api.customer.io/v1/newsletters?start=c2&limit=2"
    with pytest.raises(StopIteration):
        next(iterator)
    assert len(wire.requests) == 2


def test_async_iterator_is_lazy() -> None:
    wire = Wire(
        page("newsletters", [{"id": 1}, {"id": 2}], "c2"),
        page("newsletters", [{"id": 3}], ""),
    )
    client = make_client("async", wire)
    assert isinstance(client, AsyncAPIClient)

    async def run() -> None:
        iterator = client.iter_list_newsletters(limit=2)
        assert wire.requests == []
        assert as_plain(await anext(iterator)) == {"id": 1}
        assert as_plain(await anext(iterator)) == {"id": 2}
        assert len(wire.requests) == 1
        assert as_plain(await anext(iterator)) == {"id": 3}
        assert len(wire.requests) == 2
        with pytest.raises(StopAsyncIteration):
            await anext(iterator)
        seen = []
        async for item in client.iter_list_newsletters(start="c2"):
            seen.append(as_plain(item))
        assert seen == [{"id": 3}]

    asyncio.run(run())


def argument_error_cases() -> list[Any]:
    cases = []
    for name in NAMES:
        method = METHODS_BY_NAME[name]
        for index, check in enumerate(method["validation"]):
            cases.append(pytest.param(name, check, id=f"{name}-{index}"))
    return cases


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(("name", "check"), argument_error_cases())
def test_argument_errors_raise_at_call_time(name: str, check: dict[str, Any], flavour: str) -> None:
    method = METHODS_BY_NAME[name]
    for node_args in violations(method, check):
        wire = Wire()
        client = make_client(flavour, wire)
        args, kwargs = python_call(method, node_args)
        with pytest.raises(ValueError) as caught:
            getattr(client, f"iter_{name}")(*args, **kwargs)  # not iterated: the call itself raises
        assert type(caught.value).__module__ == "customerio"
        assert wire.requests == []


def test_argument_errors_name_the_parameter() -> None:
    for flavour in FLAVOURS:
        client = make_client(flavour, Wire())
        with pytest.raises(MissingParamError, match=r"^customer_id is required$"):
            client.iter_get_customer_activities("")
        with pytest.raises(MissingParamError, match=r"^filter is required$"):
            client.iter_search_customers(None)  # type: ignore[arg-type]


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_an_error_page_stops_the_walk_after_the_earlier_items(flavour: str) -> None:
    wire = Wire(page("identifiers", [{"id": "1"}], "c2"), json_response(503, {"meta": {"error": "down"}}))
    client = make_client(flavour, wire)
    seen: list[Any] = []

    if isinstance(client, AsyncAPIClient):

        async def run() -> None:
            async for item in client.iter_search_customers({"and": []}):
                seen.append(as_plain(item))

        with pytest.raises(ServerError, match=r"^503: down$"):
            asyncio.run(run())
    else:
        with pytest.raises(ServerError, match=r"^503: down$"):
            for item in client.iter_search_customers({"and": []}):
                seen.append(as_plain(item))
    assert seen == [{"id": "1"}]
    assert len(wire.requests) == 2
