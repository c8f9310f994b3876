"""Required is required: every argument customerio-node refuses to go without has no default.

For each method of the node catalogue, each `MissingParamError` check names an argument (`id`,
`options.start`, `data.name` …): the Python parameter it lands in must be required in the plain,
async and raw signatures. (`userId or anonymousId is required` names two alternatives, neither of
which can be required on its own.) The `must be a string` / `must be an instance` checks, which
node also makes on a missing value, count too.
"""

from __future__ import annotations

import inspect
import re
import typing
from typing import Any

import pytest

import customerio

from conftest import catalogue

CLIENTS = {
    "TrackClient": ("TrackClient", "AsyncTrackClient"),
    "APIClient": ("APIClient", "AsyncAPIClient"),
    "PipelinesClient": ("PipelinesClient", "AsyncPipelinesClient"),
}
SNAKE = re.compile(r"(?<!^)(?=[A-Z])")
# deliberate departures from node, each documented in CHANGELOG.md
OPTIONAL_BEYOND_NODE = {
    # the export's source is one of newsletter_id, campaign_id, action_id, transactional_message_id
    ("create_deliveries_export", "newsletter_id"),
}


def snake(name: str) -> str:
    return SNAKE.sub("_", name).lower()


def refused_without(method: dict[str, Any]) -> list[str]:
    """The Python names of the arguments node refuses the call without."""
    names: list[str] = []
    by_node = {p["name"]: p["python_name"] for p in method["params"]}
    for check in method["validation"]:
        message = check["message"]
        match = re.fullmatch(r'"?([A-Za-z_.]+)"? (?:is required|must be a string|must be an instance of \w+)', message)
        if match is None:
            continue
        path = match[1].split(".")
        head = path[0]
        if head == "request":
            head = "req"
        if head == "options" and len(path) > 1:
            names.append(snake(path[1]))  # an option: a keyword of its own
        elif head in by_node:
            names.append("request" if head == "req" else by_node[head])
        else:
            names.append(snake(head))  # Pipelines: the payload's fields are keywords
    return names


def cases() -> list[Any]:
    found = []
    for method in catalogue()["methods"]:
        if method["client"] not in CLIENTS:
            continue
        for name in refused_without(method):
            if (method["python_name"], name) in OPTIONAL_BEYOND_NODE:
                continue
            found.append(
                pytest.param(method["client"], method["python_name"], name, id=f"{method['python_name']}-{name}")
            )
    return found


CASES = cases()


def test_the_catalogue_yields_the_known_cases() -> None:
    ids = {case.id for case in CASES}
    for expected in (
        "get_customers_by_email-email",
        "get_campaign_journey_metrics-start",
        "get_campaign_journey_metrics-end",
        "get_campaign_journey_metrics-res",
        "track-data",
        "send_email-request",
        "alias-previous_id",
    ):
        assert expected in ids, expected
    assert len(CASES) > 150


@pytest.mark.parametrize(("client", "method", "name"), CASES)
def test_the_argument_is_required_in_every_flavour(client: str, method: str, name: str) -> None:
    sync_name, async_name = CLIENTS[client]
    clients = [getattr(customerio, sync_name), getattr(customerio, async_name)]
    raw = [typing.get_type_hints(cls.with_raw_response.fget)["return"] for cls in clients]
    for cls in (*clients, *raw):
        parameters = inspect.signature(getattr(cls, method)).parameters
        assert name in parameters, f"{cls.__name__}.{method} has no parameter {name}"
        assert parameters[name].default is inspect.Parameter.empty, f"{cls.__name__}.{method}({name}) has a default"
