"""Bodies the JSON encoder refuses: every failure is the SDK's own error, naming where it is."""

from __future__ import annotations

import enum
from collections.abc import Iterator, Mapping
from typing import Any

import pytest

from customerio import CustomerIOError, InvalidArgumentError, InvalidArgumentTypeError, TrackClient
from customerio._serialize import dumps


class Colour(enum.Enum):
    RED = "red"


class Loop(Mapping[str, Any]):
    """A mapping that contains itself (the encoder reaches it through `default=`)."""

    def __getitem__(self, key: str) -> Any:
        if key != "self":
            raise KeyError(key)
        return self

    def __iter__(self) -> Iterator[str]:
        return iter(["self"])

    def __len__(self) -> int:
        return 1


class Model:
    """A generated-model look-alike whose dict holds the model again."""

    def to_dict(self) -> dict[str, Any]:
        return {"again": self}


def circular_dict() -> dict[str, Any]:
    data: dict[str, Any] = {"a": {"b": None}}
    data["a"]["b"] = data
    return data


def circular_list() -> dict[str, Any]:
    items: list[Any] = [1]
    items.append(items)
    return {"items": items}


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (circular_dict(), "data.a.b: circular reference"),
        (circular_list(), "data.items[1]: circular reference"),
        ({"m": Loop()}, "data.m.self: circular reference"),
        ({"model": Model()}, "data.model.again: circular reference"),
        ({Colour.RED: circular_list()}, 'data["Colour.RED"].items[1]: circular reference'),
    ],
    ids=["dict", "list", "mapping", "model", "enum-key"],
)
def test_a_circular_structure_names_its_path(value: Any, message: str) -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        dumps(value)
    assert str(caught.value) == message
    assert isinstance(caught.value, ValueError)


def test_the_same_object_twice_is_not_a_cycle() -> None:
    shared = {"x": 1}
    assert (
        dumps({"a": shared, "b": [shared, shared], "c": Colour.RED}) == b'{"a":{"x":1},"b":[{"x":1},{"x":1}],"c":"red"}'
    )


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ({"items": [1, 2, object()]}, "data.items[2]: object of type object is not JSON serializable"),
        ({"a b": {"c": b"x"}}, 'data["a b"].c: object of type bytes is not JSON serializable'),
        ([{"n": 1j}], "data[0].n: object of type complex is not JSON serializable"),
        ({"set": {1j}}, "data.set[0]: object of type complex is not JSON serializable"),
    ],
)
def test_an_unserialisable_value_names_its_path(value: Any, message: str) -> None:
    with pytest.raises(InvalidArgumentTypeError) as caught:
        dumps(value)
    assert str(caught.value) == message
    assert isinstance(caught.value, TypeError)


def test_nan_names_its_path() -> None:
    with pytest.raises(InvalidArgumentError, match=r"^data\.a\[1\]\.b: nan cannot be sent"):
        dumps({"a": [0, {"b": float("nan")}]})
    with pytest.raises(InvalidArgumentError, match=r"^data\.a: nan cannot be sent as a key"):
        dumps({"a": {float("nan"): 1}})


def test_too_deep_a_structure_is_an_sdk_error() -> None:
    deep: dict[str, Any] = {}
    for _ in range(100_000):
        deep = {"a": deep}
    with pytest.raises(InvalidArgumentError, match="nested too deeply"):
        dumps(deep)


# Expected bytes are what `JSON.stringify` writes for the same strings (node 20, hex-checked).
@pytest.mark.parametrize(
    ("value", "expected_hex"),
    [
        (["\ud800"], "5b225c7564383030225d"),
        (
            {"k\udfff": "a\U0001f600b\udbff\udc00\ud83d"},
            "7b226b5c7564666666223a2261f09f988062f48fb0805c7564383364227d",
        ),
        (["\udc00\ud800"], "5b225c75646330305c7564383030225d"),
    ],
    ids=["lone-high", "key-pair-and-trailing-high", "low-then-high"],
)
def test_lone_surrogates_are_written_as_json_stringify_writes_them(value: Any, expected_hex: str) -> None:
    assert dumps(value) == bytes.fromhex(expected_hex)


def test_a_surrogate_pair_in_two_code_points_is_one_character() -> None:
    # JavaScript strings are UTF-16: a high then a low surrogate is the astral character itself
    assert dumps(["\ud83d\ude00"]) == '["\U0001f600"]'.encode()


def test_bad_bodies_fail_before_any_request() -> None:
    client = TrackClient("site", "key", url="http://127.0.0.1:9")
    for value, error in ((circular_dict(), InvalidArgumentError), ({"v": object()}, InvalidArgumentTypeError)):
        with pytest.raises(error) as caught:
            client.identify("1", value)
        assert isinstance(caught.value, CustomerIOError)
