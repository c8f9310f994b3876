"""`typing.get_type_hints()` resolves every public annotation without help (no `localns`).

Runtime checkers (beartype, typeguard, pydantic's `validate_call`) and frameworks read
annotations this way. The walk covers every public method of every client (sync, async and
`with_raw_response`, Track / App / Pipelines), the batchers, the webhook and testing helpers,
and every request TypedDict of `customerio.types`.
"""

from __future__ import annotations

import inspect
import typing
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import pytest

import customerio
import customerio.testing
import customerio.types
import customerio.webhooks

MODULES: tuple[ModuleType, ...] = (customerio, customerio.webhooks, customerio.testing)


def _raw_classes() -> list[type[Any]]:
    """The classes behind `client.with_raw_response` (they are not exported under their names)."""
    raw: list[type[Any]] = []
    for name in (
        "TrackClient",
        "AsyncTrackClient",
        "APIClient",
        "AsyncAPIClient",
        "PipelinesClient",
        "AsyncPipelinesClient",
    ):
        cls = getattr(customerio, name)
        returns = typing.get_type_hints(cls.with_raw_response.fget)["return"]
        assert inspect.isclass(returns), f"{name}.with_raw_response is not annotated with a class"
        raw.append(returns)
    return raw


def public_classes() -> list[type[Any]]:
    classes: dict[str, type[Any]] = {}
    for module in MODULES:
        for name in getattr(module, "__all__", ()):
            value = getattr(module, name)
            if inspect.isclass(value) and not issubclass(value, BaseException):
                classes[f"{value.__module__}.{value.__qualname__}"] = value
    for cls in _raw_classes():
        classes[f"{cls.__module__}.{cls.__qualname__}"] = cls
    return [classes[key] for key in sorted(classes)]


def public_callables() -> Iterator[tuple[str, Callable[..., Any]]]:
    for cls in public_classes():
        for name, member in inspect.getmembers(cls):
            if name.startswith("_") and name != "__init__":
                continue
            if not (getattr(member, "__module__", "customerio") or "").startswith(("customerio", "_customerio_gen")):
                continue  # inherited from the standard library or a builtin (Protocol's __init__, str.maketrans…)
            if isinstance(inspect.getattr_static(cls, name), property):
                yield f"{cls.__qualname__}.{name}", member.fget
            elif inspect.isfunction(member) or inspect.ismethod(member):
                yield f"{cls.__qualname__}.{name}", member
    for module in MODULES:
        for name in getattr(module, "__all__", ()):
            value = getattr(module, name)
            if inspect.isfunction(value):
                yield f"{module.__name__}.{name}", value


CALLABLES = dict(public_callables())


def test_the_walk_reaches_every_client_and_batcher() -> None:
    owners = {name.rsplit(".", 1)[0] for name in CALLABLES}
    for expected in (
        "TrackClient",
        "AsyncTrackClient",
        "TrackRawClient",
        "AsyncTrackRawClient",
        "APIClient",
        "AsyncAPIClient",
        "AppRawOperations",
        "AsyncAppRawOperations",
        "PipelinesClient",
        "AsyncPipelinesClient",
        "TrackBatcher",
        "AsyncTrackBatcher",
        "PipelinesBatcher",
        "AsyncPipelinesBatcher",
    ):
        assert expected in owners, expected
    assert "customerio.webhooks.parse_reporting_webhook" in CALLABLES
    assert "APIClient.send_email" in CALLABLES
    assert len(CALLABLES) > 4 * 160  # the App API alone has 160 operations, in four flavours


@pytest.mark.parametrize("name", sorted(CALLABLES))
def test_get_type_hints_resolves(name: str) -> None:
    function = CALLABLES[name]
    hints = typing.get_type_hints(function)
    parameters = inspect.signature(function).parameters
    annotated = [
        p for p in parameters if p not in ("self", "cls") and parameters[p].kind is not inspect.Parameter.VAR_KEYWORD
    ]
    assert set(annotated) <= set(hints), f"{name}: unannotated {set(annotated) - set(hints)}"


@pytest.mark.parametrize("name", customerio.types.__all__)
def test_request_typeddicts_resolve(name: str) -> None:
    value = getattr(customerio.types, name)
    members = typing.get_args(value) or (value,)
    for member in members:
        if typing.is_typeddict(member):
            typing.get_type_hints(member)


def test_a_resolved_hint_is_the_real_type() -> None:
    from _customerio_gen.app.models.customer_attributes import CustomerAttributes
    from customerio.types import TrackEventParam

    assert typing.get_type_hints(customerio.APIClient.get_attributes)["return"] is CustomerAttributes
    assert TrackEventParam in typing.get_args(typing.get_type_hints(customerio.TrackClient.track)["data"]) or (
        typing.get_type_hints(customerio.TrackClient.track)["data"] is TrackEventParam
    )
    event_keys = typing.get_type_hints(TrackEventParam)
    assert event_keys["name"] is str


def test_importing_customerio_loads_no_typeddicts_and_no_models() -> None:
    """The annotations go through lazy modules: resolving them costs nothing until asked for."""
    import subprocess
    import sys

    probe = (
        "import sys, typing, customerio\n"
        "loaded = lambda: sorted(m for m in sys.modules if m.startswith('_customerio_gen.params.') or '.models.' in m)\n"
        "print(loaded())\n"
        "typing.get_type_hints(customerio.TrackClient.track)\n"
        "print(loaded())\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    before, after = result.stdout.splitlines()
    assert before == "[]"
    assert after == "['_customerio_gen.params.track']"


def test_the_lazy_module_imports_on_first_attribute_only() -> None:
    import copy
    import sys

    from _customerio_gen import _runtime as _rt

    lazy = _rt.LazyModule("json.tool")
    sys.modules.pop("json.tool", None)
    copy.copy(lazy)
    assert not hasattr(lazy, "__wrapped__")
    assert "json.tool" not in sys.modules  # probes for special names import nothing
    assert callable(lazy.main)
    assert "json.tool" in sys.modules
    with pytest.raises(AttributeError):
        _ = lazy.no_such_name


def test_pydantic_validate_call_reads_the_annotations() -> None:
    """A run-time checker built from the annotations rejects what mypy rejects (here: pydantic)."""
    pydantic = pytest.importorskip("pydantic")
    track = pydantic.validate_call(config=pydantic.ConfigDict(arbitrary_types_allowed=True))(
        customerio.TrackClient.track
    )
    with customerio.TrackClient("site", "key") as client, pytest.raises(pydantic.ValidationError):
        track(client, "u1", {"nme": "signed_up"})
