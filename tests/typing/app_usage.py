"""Typed use of the App API clients: `mypy --strict` must accept this file (tests/test_typing_app.py).

Nothing here runs; the functions only have to type-check. `assert_type` pins what the SDK's
annotations promise, and every `# type: ignore[...]` marks a misuse mypy must reject (strict
mode reports an ignore that is not needed, so each one is itself a check).
"""

from __future__ import annotations

import io
from collections.abc import AsyncIterator, Iterator
from typing import Any, assert_type

import httpx

from customerio import (
    APIClient,
    AsyncAPIClient,
    RegionEU,
    RetryOptions,
    SendEmailRequest,
    SendInAppRequest,
    SendInboxMessageRequest,
    SendPushRequest,
    SendSMSRequest,
    SendWhatsAppRequest,
)
from customerio.models import (
    AssetResult,
    CustomerAttributes,
    CustomerIdentifiers,
    DeliveryMessage,
    SegmentMember,
    SegmentResponse,
    SendMessageResult,
    TriggerBroadcastResult,
)


def build_requests() -> list[SendEmailRequest | SendPushRequest | SendSMSRequest]:
    email = SendEmailRequest(
        to="Ann <ann@example.com>",
        identifiers={"id": 42},
        transactional_message_id="welcome",
        message_data={"plan": "pro"},
        headers={"X-Campaign": "spring"},
        send_at=1_700_000_000,
        tracked=True,
    )
    email.attach("invoice.pdf", b"%PDF-1.7")
    email.attach("note.txt", "hello")
    email.attach("raw.bin", "aGk=", encode=False)
    assert_type(email.message, dict[str, Any])
    inline = SendEmailRequest(
        to="a@example.com",
        identifiers={"email": "a@example.com"},
        from_="me@example.com",
        subject="Hi",
        body="<p>Hi</p>",
    )
    push = SendPushRequest(
        identifiers={"cio_id": "c1"}, transactional_message_id=3, title="T", device={"token": "t", "platform": "ios"}
    )
    sms = SendSMSRequest(identifiers={"id": "1"}, transactional_message_id=4, to="+15555550100")
    SendEmailRequest(to="a@example.com")  # type: ignore[call-arg]
    SendPushRequest(identifiers={"id": 1}, transactional_message_id=1, custom_device={})  # type: ignore[call-arg]
    SendSMSRequest(identifiers={"id": 1}, transactional_message_id=1, send_at="tomorrow")  # type: ignore[arg-type]
    SendSMSRequest({"id": 1}, 1)  # type: ignore[call-arg]
    email.attach("n", 5)  # type: ignore[arg-type]
    return [email, inline, push, sms]


def sync_usage() -> None:
    with APIClient(
        "app-key",
        region=RegionEU,
        timeout=httpx.Timeout(5.0),
        retry=RetryOptions(max_retries=2),
        headers={"X-Team": "growth"},
        http_client=httpx.Client(),
    ) as client:
        sent = client.send_email(
            SendEmailRequest(to="a@example.com", identifiers={"id": 1}, transactional_message_id=1)
        )
        assert_type(sent, SendMessageResult)
        assert_type(
            client.send_push(SendPushRequest(identifiers={"id": 1}, transactional_message_id=1)), SendMessageResult
        )
        assert_type(
            client.send_whatsapp(SendWhatsAppRequest(identifiers={"id": 1}, transactional_message_id=1)),
            SendMessageResult,
        )
        assert_type(
            client.send_inbox_message(SendInboxMessageRequest(identifiers={"id": 1}, transactional_message_id=1)),
            SendMessageResult,
        )
        assert_type(
            client.send_in_app(SendInAppRequest(identifiers={"id": 1}, transactional_message_id=1)), SendMessageResult
        )
        client.send_email({"to": "a@example.com"})  # type: ignore[arg-type]

        assert_type(
            client.trigger_broadcast(12, {"headline": "Hi"}, {"ids": [1, 2], "id_ignore_missing": True}),
            TriggerBroadcastResult,
        )
        assert_type(client.trigger_broadcast(12, None, {"emails": ["a@example.com"]}), TriggerBroadcastResult)

        asset = client.create_asset({"data": io.BytesIO(b"png"), "filename": "logo.png", "parent_folder_id": 3})
        assert_type(asset, AssetResult)

        attributes = client.get_attributes("a@example.com", "email", timeout=2.0, extra_headers={"X-Trace": "t"})
        assert_type(attributes, CustomerAttributes)
        client.get_attributes("a@example.com", "phone")  # type: ignore[arg-type]
        assert_type(client.create_segment({"name": "VIPs"}), SegmentResponse)
        assert_type(client.delete_segment(7), dict[str, Any])
        assert_type(client.get_collection_content(6), list[Any])

        people = client.iter_search_customers({"segment": {"id": 3}}, limit=100)
        assert_type(people, Iterator[CustomerIdentifiers])
        for person in people:
            cio_id = person.cio_id
            if isinstance(cio_id, str):
                assert_type(cio_id, str)
            person.cio_id.upper()  # type: ignore[union-attr]
        assert_type(client.iter_get_messages(type="email", start="cursor"), Iterator[DeliveryMessage])
        client.iter_get_messages(start=5)  # type: ignore[arg-type]

        raw = client.with_raw_response.get_segment(7)
        assert_type(raw.status_code, int)
        assert_type(raw.parsed, SegmentResponse)
        faster = client.with_options(timeout=1.0, headers={"X-Fast": "1"})
        assert_type(faster, APIClient)


async def async_usage() -> None:
    async with AsyncAPIClient(region=RegionEU, http_client=httpx.AsyncClient()) as client:
        sent = await client.send_sms(SendSMSRequest(identifiers={"id": 1}, transactional_message_id=1))
        assert_type(sent, SendMessageResult)
        assert_type(await client.trigger_broadcast("12"), TriggerBroadcastResult)
        assert_type(await client.create_asset({"data": "text", "filename": "a.pdf"}), AssetResult)
        people = client.iter_get_segment_membership(7, limit=10)
        assert_type(people, AsyncIterator[SegmentMember])
        async for person in people:
            assert_type(person, SegmentMember)
        raw = await client.with_raw_response.send_in_app(
            SendInAppRequest(identifiers={"id": 1}, transactional_message_id=1)
        )
        assert_type(raw.parsed, SendMessageResult)
        for _ in client.iter_list_newsletters():  # type: ignore[attr-defined]
            pass
    AsyncAPIClient("k", http_client=httpx.Client())  # type: ignore[arg-type]
