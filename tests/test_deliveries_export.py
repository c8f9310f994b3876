"""`create_deliveries_export`: node's options as keywords, and the other sources of deliveries.

node exports a newsletter's deliveries; the App API also exports a campaign's, an action's or a
transactional message's. Exactly one source goes in the body, checked before any request.
"""

from __future__ import annotations

import asyncio
import inspect
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from openapi_schema_validator import OAS31Validator

from customerio import APIClient, AsyncAPIClient, DeliveryExportMetric, InvalidArgumentError, MissingParamError

ROOT = Path(__file__).resolve().parent.parent
URL = "https://api.customer.io/v1/exports/deliveries"


def _send(flavour: str, *args: Any, **kwargs: Any) -> list[httpx.Request]:
    sent: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"export": {"id": 9, "type": "deliveries"}})

    if flavour == "sync":
        with APIClient("key", http_client=httpx.Client(transport=httpx.MockTransport(handle))) as client:
            result = client.create_deliveries_export(*args, **kwargs)
    else:

        async def run() -> Any:
            transport = httpx.MockTransport(handle)
            async with AsyncAPIClient("key", http_client=httpx.AsyncClient(transport=transport)) as client:
                return await client.create_deliveries_export(*args, **kwargs)

        result = asyncio.run(run())
    assert result.to_dict()["export"]["id"] == 9
    return sent


@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize(
    ("args", "kwargs", "body"),
    [
        ((3,), {}, {"newsletter_id": 3}),
        (
            (3,),
            {"start": 1, "end": 2, "attributes": ["plan"], "metric": DeliveryExportMetric.OPENED, "drafts": False},
            {"newsletter_id": 3, "start": 1, "end": 2, "attributes": ["plan"], "metric": "opened", "drafts": False},
        ),
        ((), {"campaign_id": 46, "metric": "sent"}, {"campaign_id": 46, "metric": "sent"}),
        ((), {"action_id": 7, "drafts": True}, {"action_id": 7, "drafts": True}),
        ((None,), {"transactional_message_id": 5, "start": 10}, {"transactional_message_id": 5, "start": 10}),
    ],
)
def test_each_source_sends_its_id_then_the_filters(
    flavour: str, args: tuple[Any, ...], kwargs: dict[str, Any], body: dict[str, Any]
) -> None:
    (request,) = _send(flavour, *args, **kwargs)
    assert (request.method, str(request.url)) == ("POST", URL)
    assert request.content == json.dumps(body, separators=(",", ":")).encode()


@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize(
    ("args", "kwargs", "error", "message"),
    [
        ((), {}, MissingParamError, "newsletter_id is required"),
        ((None,), {"start": 1}, MissingParamError, "newsletter_id is required"),
        (("",), {}, MissingParamError, "newsletter_id is required"),
        ((), {"campaign_id": ""}, MissingParamError, "campaign_id is required"),
        (
            (3,),
            {"campaign_id": 4},
            InvalidArgumentError,
            "give only one of newsletter_id, campaign_id, action_id, transactional_message_id "
            "(got newsletter_id, campaign_id)",
        ),
        (
            (),
            {"action_id": 1, "transactional_message_id": 2},
            InvalidArgumentError,
            "give only one of newsletter_id, campaign_id, action_id, transactional_message_id "
            "(got action_id, transactional_message_id)",
        ),
    ],
)
def test_exactly_one_source_is_checked_before_any_request(
    flavour: str, args: tuple[Any, ...], kwargs: dict[str, Any], error: type[Exception], message: str
) -> None:
    with pytest.raises(error) as caught:
        _send(flavour, *args, **kwargs)
    assert str(caught.value) == message


def test_the_options_object_is_keyword_arguments() -> None:
    for cls in (APIClient, AsyncAPIClient):
        parameters = inspect.signature(cls.create_deliveries_export).parameters
        positional = [n for n, p in parameters.items() if p.kind is p.POSITIONAL_OR_KEYWORD]
        keyword = [n for n, p in parameters.items() if p.kind is p.KEYWORD_ONLY]
        assert positional == ["self", "newsletter_id"]
        assert keyword == [
            "campaign_id",
            "action_id",
            "transactional_message_id",
            "start",
            "end",
            "attributes",
            "metric",
            "drafts",
            "timeout",
            "extra_headers",
        ]
    with pytest.raises(TypeError):
        _send("sync", 3, options={"start": 1})


def test_the_spec_body_schema_takes_exactly_one_source() -> None:
    app = yaml.safe_load((ROOT / "spec" / "app.yaml").read_text(encoding="utf-8"))
    schema = {"$ref": "#/components/schemas/DeliveriesExportRequest", "components": app["components"]}
    validator = OAS31Validator(schema)
    for body in ({"newsletter_id": 3, "metric": "opened"}, {"campaign_id": 1}, {"action_id": 2, "start": 1}):
        assert validator.is_valid(body), body
    for body in ({}, {"start": 1}, {"newsletter_id": 1, "campaign_id": 2}, {"campaign_id": 1, "metric": "read"}):
        assert not validator.is_valid(body), body
