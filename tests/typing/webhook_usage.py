"""Typed use of customerio.webhooks: `mypy --strict` must accept this file (tests/test_webhooks_typing.py).

A receiver as a user writes it: verify and parse in one call, deduplicate on `event_id` (a `str`,
never `None`), and an exhaustive `match` over the event union closed with `assert_never`, so a
new event class in a later SDK version is a type error here until it is handled. Nothing runs;
`assert_type` pins what the annotations promise.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal, assert_never, assert_type

from customerio import webhooks as wh
from customerio.testing import sample_webhook, sign_webhook

Channel = Literal["customer", "email", "sms", "push", "in_app", "slack", "webhook", "whatsapp"]


class FrameworkHeaders:
    """Header objects of web frameworks are not dicts; anything with `items()` of str pairs will do."""

    def __init__(self, raw: list[tuple[str, str]]) -> None:
        self._raw = raw

    def items(self) -> Iterable[tuple[str, str]]:
        return iter(self._raw)


SEEN: set[str] = set()


def receive(headers: Mapping[str, str], body: bytes, secret: str) -> int:
    """The HTTP status to answer: 401 for a forged or stale request, 400 for a body that is no event."""
    try:
        event = wh.construct_event(signing_secret=secret, headers=headers, body=body)
    except wh.WebhookVerificationError:
        return 401
    except wh.WebhookPayloadError:
        return 400
    assert_type(event, wh.AnyReportingWebhookEvent)
    if event.event_id in SEEN:  # a retried delivery: already handled
        return 200
    SEEN.add(event.event_id)
    received_at: int = event.timestamp
    print(received_at, describe(event))
    return 200


def receive_text(headers: FrameworkHeaders, body: str, secret: str) -> str:
    event = wh.construct_event(signing_secret=secret, headers=headers, body=body, tolerance_seconds=60, now=0.0)
    return f"{event.object_type}.{event.metric}"


def describe(event: wh.AnyReportingWebhookEvent) -> str:
    match event:
        case wh.EmailClickedEvent():
            assert_type(event.data, wh.EmailClickedData)
            return f"{event.data.recipient} clicked {event.data.href} in {event.data.subject}"
        case wh.EmailOpenedEvent():
            person: str | None = event.data.identifiers.id  # identifiers is never None
            return f"{person} opened {event.data.delivery_id}"
        case wh.EmailBouncedEvent():
            return f"bounced: {event.data.failure_message}"
        case (
            wh.EmailDraftedEvent()
            | wh.EmailAttemptedEvent()
            | wh.EmailSentEvent()
            | wh.EmailDeliveredEvent()
            | wh.EmailConvertedEvent()
            | wh.EmailUnsubscribedEvent()
            | wh.EmailDroppedEvent()
            | wh.EmailSpammedEvent()
            | wh.EmailFailedEvent()
            | wh.EmailUndeliverableEvent()
        ):
            return f"email {event.metric}: {event.data.delivery_id}"
        case wh.PushSentEvent():
            devices = [recipient.device_id for recipient in event.data.recipients or []]
            return f"push sent to {devices}"
        case (
            wh.PushDraftedEvent()
            | wh.PushAttemptedEvent()
            | wh.PushDeliveredEvent()
            | wh.PushOpenedEvent()
            | wh.PushClickedEvent()
            | wh.PushConvertedEvent()
            | wh.PushBouncedEvent()
            | wh.PushDroppedEvent()
            | wh.PushFailedEvent()
            | wh.PushUndeliverableEvent()
        ):
            return f"push {event.metric}"
        case wh.SmsRepliedEvent() | wh.WhatsAppRepliedEvent():
            return f"reply from {event.data.recipient} to {event.data.to}"
        case (
            wh.SmsDraftedEvent()
            | wh.SmsAttemptedEvent()
            | wh.SmsSentEvent()
            | wh.SmsDeliveredEvent()
            | wh.SmsClickedEvent()
            | wh.SmsConvertedEvent()
            | wh.SmsBouncedEvent()
            | wh.SmsFailedEvent()
            | wh.SmsUndeliverableEvent()
            | wh.WhatsAppDraftedEvent()
            | wh.WhatsAppAttemptedEvent()
            | wh.WhatsAppSentEvent()
            | wh.WhatsAppDeliveredEvent()
            | wh.WhatsAppOpenedEvent()
            | wh.WhatsAppClickedEvent()
            | wh.WhatsAppConvertedEvent()
            | wh.WhatsAppBouncedEvent()
            | wh.WhatsAppDroppedEvent()
            | wh.WhatsAppFailedEvent()
            | wh.WhatsAppUndeliverableEvent()
        ):
            return f"{event.object_type} {event.metric}"
        case (
            wh.SlackDraftedEvent()
            | wh.SlackAttemptedEvent()
            | wh.SlackSentEvent()
            | wh.SlackClickedEvent()
            | wh.SlackFailedEvent()
            | wh.SlackUndeliverableEvent()
            | wh.WebhookDraftedEvent()
            | wh.WebhookAttemptedEvent()
            | wh.WebhookSentEvent()
            | wh.WebhookClickedEvent()
            | wh.WebhookFailedEvent()
            | wh.WebhookUndeliverableEvent()
        ):
            return f"{event.object_type} {event.metric}"
        case wh.InAppClickedEvent():
            return f"in-app action {event.data.tracked_response}"
        case (
            wh.InAppDraftedEvent()
            | wh.InAppAttemptedEvent()
            | wh.InAppSentEvent()
            | wh.InAppOpenedEvent()
            | wh.InAppConvertedEvent()
            | wh.InAppFailedEvent()
            | wh.InAppUndeliverableEvent()
        ):
            return f"in-app {event.metric}"
        case wh.CustomerSubscribedEvent() | wh.CustomerUnsubscribedEvent():
            channel: Channel = event.object_type
            return f"{event.data.email_address} {event.metric} via {channel}"
        case wh.CustomerCioSubscriptionPreferencesChangedEvent():
            return f"preferences changed: {event.data.content}"
        case wh.UnknownReportingWebhookEvent():
            assert_type(event.data, dict[str, Any])
            return f"not known to this SDK version: {event.object_type}.{event.metric}"
        case _:
            assert_never(event)


def per_channel(event: wh.AnyReportingWebhookEvent) -> str:
    """The channel bases take the rest of a channel, and the match stays exhaustive."""
    match event:
        case wh.EmailBouncedEvent() | wh.EmailDroppedEvent():
            return f"suppress {event.data.recipient}"
        case wh.EmailEvent():
            data: wh.ReportingWebhookDeliveryData = event.data  # the other email events, narrowed by mypy
            return f"email {event.metric}: {data.delivery_id}"
        case wh.PushEvent() | wh.SmsEvent() | wh.WhatsAppEvent() | wh.InAppEvent():
            return f"{event.object_type} {event.metric}: {event.data.delivery_id}"
        case wh.SlackEvent() | wh.WebhookEvent():
            return f"{event.object_type} {event.metric}"
        case wh.CustomerEvent():
            return f"{event.data.identifiers.id} {event.metric} via {event.object_type}"
        case wh.UnknownReportingWebhookEvent():
            return "unknown"
        case _:
            assert_never(event)


def only_clicks(event: wh.AnyReportingWebhookEvent) -> str | None:
    """Handling a few events and ignoring the rest needs no assert_never."""
    match event:
        case wh.EmailClickedEvent(data=wh.EmailClickedData(href=str(href))):
            return href
        case _:
            return None


def signed_sample(secret: str) -> tuple[bytes, dict[str, str]]:
    body: bytes = sample_webhook("email", "clicked", data={"href": "https://example.com/a"})
    headers: dict[str, str] = sign_webhook(secret, body, timestamp=1_700_000_000)
    assert receive(headers, body, secret) == 401  # signed long ago: outside the replay window
    return body, headers
