# Code generated from spec/webhooks.yaml by generator/webhook_models.py; never edited by hand.

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, TypeAlias


@dataclass(kw_only=True)
class ReportingWebhookEvent:
    """
    What every reporting-webhook event has: the base of the event classes.
    """

    event_id: str
    """
    Unique id of the event; use it to drop duplicates.
    """
    object_type: str
    """
    What the event is about: `email`, `push`, `customer` …
    """
    metric: str
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    timestamp: int
    """
    When it happened, Unix seconds.
    """
    data: Any
    """
    The event's details; their shape depends on `object_type` and `metric`.
    """
    raw: dict[str, Any] = field(default_factory=dict)
    """
    Not on the wire: the whole payload as received, with the fields these classes do not name.
    """


UnknownReportingWebhookData: TypeAlias = dict[str, Any]
"""
`data` of an UnknownReportingWebhookEvent: the JSON object as received.
"""


@dataclass(kw_only=True)
class ReportingWebhookIdentifiers:
    """
    Every identifier of the person, set or not.
    """

    id: str | None = None
    """
    The person's id.
    """
    email: str | None = None
    """
    The person's email address.
    """
    cio_id: str | None = None
    """
    Customer.io's permanent id for the person (workspaces with email and id).
    """


@dataclass(kw_only=True)
class ReportingWebhookData:
    """
    Fields of `data` common to every event.
    """

    identifiers: ReportingWebhookIdentifiers
    customer_id: str | None = None
    """
    The person's id (deprecated: prefer `identifiers`); blank once the person is deleted.
    """


@dataclass(kw_only=True)
class ReportingWebhookCustomerData(ReportingWebhookData):
    """
    `data` of a subscription change.
    """

    email_address: str | None = None
    """
    The person's email address.
    """


@dataclass(kw_only=True)
class ReportingWebhookDeliveryData(ReportingWebhookData):
    """
    `data` fields naming the message; which ids are set depends on its source (campaign, broadcast …).
    """

    delivery_id: str | None = None
    """
    The delivery (one message to one person).
    """
    action_id: int | None = None
    """
    The campaign or broadcast action.
    """
    campaign_id: int | None = None
    """
    The campaign.
    """
    broadcast_id: int | None = None
    """
    The API-triggered broadcast.
    """
    trigger_id: int | None = None
    """
    The broadcast trigger (from Trigger Broadcast).
    """
    newsletter_id: int | None = None
    """
    The newsletter.
    """
    content_id: int | None = None
    """
    The newsletter variant.
    """
    transactional_message_id: str | int | None = None
    """
    The transactional message template.
    """
    journey_id: str | None = None
    """
    The person's path through the workflow.
    """
    parent_action_id: int | None = None
    """
    The enclosing action (a split, for example).
    """
    trigger_event_id: str | None = None
    """
    The event that triggered the campaign.
    """


@dataclass(kw_only=True)
class ReportingWebhookPushRecipient:
    """
    A device a push notification went to.
    """

    device_id: str | None = None
    """
    The device token.
    """
    device_platform: str | None = None
    """
    `ios` or `android`.
    """
    failure_message: str | None = None
    """
    Why sending to this device failed.
    """


@dataclass(kw_only=True)
class CustomerEvent(ReportingWebhookEvent):
    """
    Any event about a change to a person's subscription, from any channel: the base of the Customer…Event classes, for a `match` case that takes the rest of a channel.
    """

    object_type: Literal["customer", "email", "sms", "push", "in_app", "slack", "webhook", "whatsapp"]
    """
    The channel behind the change, or `customer` when there was none or it is unknown.
    """
    data: ReportingWebhookData


@dataclass(kw_only=True)
class EmailEvent(ReportingWebhookEvent):
    """
    Any event about an email: the base of the Email…Event classes, for a `match` case that takes the rest of a channel.
    """

    object_type: Literal["email"] = "email"
    """
    What the event is about: `email`, `push`, `customer` …
    """
    data: ReportingWebhookDeliveryData


@dataclass(kw_only=True)
class PushEvent(ReportingWebhookEvent):
    """
    Any event about a push notification: the base of the Push…Event classes, for a `match` case that takes the rest of a channel.
    """

    object_type: Literal["push"] = "push"
    """
    What the event is about: `email`, `push`, `customer` …
    """
    data: ReportingWebhookDeliveryData


@dataclass(kw_only=True)
class SmsEvent(ReportingWebhookEvent):
    """
    Any event about an SMS: the base of the Sms…Event classes, for a `match` case that takes the rest of a channel.
    """

    object_type: Literal["sms"] = "sms"
    """
    What the event is about: `email`, `push`, `customer` …
    """
    data: ReportingWebhookDeliveryData


@dataclass(kw_only=True)
class WhatsAppEvent(ReportingWebhookEvent):
    """
    Any event about a WhatsApp message: the base of the WhatsApp…Event classes, for a `match` case that takes the rest of a channel.
    """

    object_type: Literal["whatsapp"] = "whatsapp"
    """
    What the event is about: `email`, `push`, `customer` …
    """
    data: ReportingWebhookDeliveryData


@dataclass(kw_only=True)
class SlackEvent(ReportingWebhookEvent):
    """
    Any event about a Slack message: the base of the Slack…Event classes, for a `match` case that takes the rest of a channel.
    """

    object_type: Literal["slack"] = "slack"
    """
    What the event is about: `email`, `push`, `customer` …
    """
    data: ReportingWebhookDeliveryData


@dataclass(kw_only=True)
class WebhookEvent(ReportingWebhookEvent):
    """
    Any event about a webhook action (a request a campaign sends): the base of the Webhook…Event classes, for a `match` case that takes the rest of a channel.
    """

    object_type: Literal["webhook"] = "webhook"
    """
    What the event is about: `email`, `push`, `customer` …
    """
    data: ReportingWebhookDeliveryData


@dataclass(kw_only=True)
class InAppEvent(ReportingWebhookEvent):
    """
    Any event about an in-app message: the base of the InApp…Event classes, for a `match` case that takes the rest of a channel.
    """

    object_type: Literal["in_app"] = "in_app"
    """
    What the event is about: `email`, `push`, `customer` …
    """
    data: ReportingWebhookDeliveryData


@dataclass(kw_only=True)
class CustomerSubscribedData(ReportingWebhookCustomerData):
    """
    `data` of a CustomerSubscribedEvent.
    """


@dataclass(kw_only=True)
class CustomerUnsubscribedData(ReportingWebhookCustomerData):
    """
    `data` of a CustomerUnsubscribedEvent.
    """


@dataclass(kw_only=True)
class CustomerCioSubscriptionPreferencesChangedData(ReportingWebhookDeliveryData):
    """
    `data` of a subscription-preferences change; the delivery ids are set when a message led to it.
    """

    email_address: str | None = None
    """
    The person's email address.
    """
    content: str | None = None
    """
    The changed preferences as a JSON string; only with the body-content option.
    """


@dataclass(kw_only=True)
class EmailDraftedData(ReportingWebhookDeliveryData):
    """
    `data` of an EmailDraftedEvent.
    """

    subject: str | None = None
    """
    The email's subject.
    """
    recipient: str | None = None
    """
    Where the message went (address, phone number, id …).
    """


@dataclass(kw_only=True)
class EmailAttemptedData(ReportingWebhookDeliveryData):
    """
    `data` of an EmailAttemptedEvent.
    """

    failure_message: str | None = None
    """
    Why it failed.
    """


@dataclass(kw_only=True)
class EmailSentData(ReportingWebhookDeliveryData):
    """
    `data` of an EmailSentEvent.
    """

    subject: str | None = None
    """
    The email's subject.
    """
    recipient: str | None = None
    """
    Where the message went (address, phone number, id …).
    """
    content: str | None = None
    """
    The message body; only with the webhook's body-content option.
    """
    headers: dict[str, list[str]] | None = None
    """
    Custom email headers, name to values; only with the body-content option.
    """


@dataclass(kw_only=True)
class EmailDeliveredData(ReportingWebhookDeliveryData):
    """
    `data` of an EmailDeliveredEvent.
    """

    subject: str | None = None
    """
    The email's subject.
    """
    recipient: str | None = None
    """
    Where the message went (address, phone number, id …).
    """


@dataclass(kw_only=True)
class EmailOpenedData(ReportingWebhookDeliveryData):
    """
    `data` of an EmailOpenedEvent.
    """

    subject: str | None = None
    """
    The email's subject.
    """
    recipient: str | None = None
    """
    Where the message went (address, phone number, id …).
    """
    proxied: bool | None = None
    """
    True when a privacy proxy fetched the email.
    """
    prefetched: bool | None = None
    """
    True when a mail client or privacy feature prefetched the email.
    """
    synthetic: bool | None = None
    """
    True when the open was inferred from a click.
    """


@dataclass(kw_only=True)
class EmailClickedData(ReportingWebhookDeliveryData):
    """
    `data` of an EmailClickedEvent.
    """

    subject: str | None = None
    """
    The email's subject.
    """
    recipient: str | None = None
    """
    Where the message went (address, phone number, id …).
    """
    href: str | None = None
    """
    The link's URL.
    """
    link_id: int | None = None
    """
    The tracked link's id.
    """
    machine: bool | None = None
    """
    True when a machine, not a person, clicked.
    """


@dataclass(kw_only=True)
class EmailConvertedData(ReportingWebhookDeliveryData):
    """
    `data` of an EmailConvertedEvent.
    """

    subject: str | None = None
    """
    The email's subject.
    """
    recipient: str | None = None
    """
    Where the message went (address, phone number, id …).
    """


@dataclass(kw_only=True)
class EmailUnsubscribedData(ReportingWebhookDeliveryData):
    """
    `data` of an EmailUnsubscribedEvent.
    """

    subject: str | None = None
    """
    The email's subject.
    """
    recipient: str | None = None
    """
    Where the message went (address, phone number, id …).
    """


@dataclass(kw_only=True)
class EmailBouncedData(ReportingWebhookDeliveryData):
    """
    `data` of an EmailBouncedEvent.
    """

    subject: str | None = None
    """
    The email's subject.
    """
    recipient: str | None = None
    """
    Where the message went (address, phone number, id …).
    """
    failure_message: str | None = None
    """
    Why it failed.
    """


@dataclass(kw_only=True)
class EmailDroppedData(ReportingWebhookDeliveryData):
    """
    `data` of an EmailDroppedEvent.
    """

    subject: str | None = None
    """
    The email's subject.
    """
    recipient: str | None = None
    """
    Where the message went (address, phone number, id …).
    """
    failure_message: str | None = None
    """
    Why it failed.
    """


@dataclass(kw_only=True)
class EmailSpammedData(ReportingWebhookDeliveryData):
    """
    `data` of an EmailSpammedEvent.
    """

    subject: str | None = None
    """
    The email's subject.
    """
    recipient: str | None = None
    """
    Where the message went (address, phone number, id …).
    """


@dataclass(kw_only=True)
class EmailFailedData(ReportingWebhookDeliveryData):
    """
    `data` of an EmailFailedEvent.
    """

    subject: str | None = None
    """
    The email's subject.
    """
    recipient: str | None = None
    """
    Where the message went (address, phone number, id …).
    """
    failure_message: str | None = None
    """
    Why it failed.
    """


@dataclass(kw_only=True)
class EmailUndeliverableData(ReportingWebhookDeliveryData):
    """
    `data` of an EmailUndeliverableEvent.
    """

    subject: str | None = None
    """
    The email's subject.
    """
    recipient: str | None = None
    """
    Where the message went (address, phone number, id …).
    """
    failure_message: str | None = None
    """
    Why it failed.
    """


@dataclass(kw_only=True)
class PushDraftedData(ReportingWebhookDeliveryData):
    """
    `data` of a PushDraftedEvent.
    """


@dataclass(kw_only=True)
class PushAttemptedData(ReportingWebhookDeliveryData):
    """
    `data` of a PushAttemptedEvent.
    """

    failure_message: str | None = None
    """
    Why it failed.
    """


@dataclass(kw_only=True)
class PushSentData(ReportingWebhookDeliveryData):
    """
    `data` of a PushSentEvent.
    """

    content: str | None = None
    """
    The message body; only with the webhook's body-content option.
    """
    recipients: list[ReportingWebhookPushRecipient] | None = None
    """
    The devices the notification went to.
    """


@dataclass(kw_only=True)
class PushDeliveredData(ReportingWebhookDeliveryData):
    """
    `data` of a PushDeliveredEvent.
    """

    recipients: list[ReportingWebhookPushRecipient] | None = None
    """
    The devices the notification went to.
    """


@dataclass(kw_only=True)
class PushOpenedData(ReportingWebhookDeliveryData):
    """
    `data` of a PushOpenedEvent.
    """

    recipients: list[ReportingWebhookPushRecipient] | None = None
    """
    The devices the notification went to.
    """


@dataclass(kw_only=True)
class PushClickedData(ReportingWebhookDeliveryData):
    """
    `data` of a PushClickedEvent.
    """

    href: str | None = None
    """
    The link's URL.
    """
    link_id: int | None = None
    """
    The tracked link's id.
    """
    recipients: list[ReportingWebhookPushRecipient] | None = None
    """
    The devices the notification went to.
    """


@dataclass(kw_only=True)
class PushConvertedData(ReportingWebhookDeliveryData):
    """
    `data` of a PushConvertedEvent.
    """

    recipients: list[ReportingWebhookPushRecipient] | None = None
    """
    The devices the notification went to.
    """


@dataclass(kw_only=True)
class PushBouncedData(ReportingWebhookDeliveryData):
    """
    `data` of a PushBouncedEvent.
    """

    recipients: list[ReportingWebhookPushRecipient] | None = None
    """
    The devices the notification went to.
    """


@dataclass(kw_only=True)
class PushDroppedData(ReportingWebhookDeliveryData):
    """
    `data` of a PushDroppedEvent.
    """

    recipients: list[ReportingWebhookPushRecipient] | None = None
    """
    The devices the notification went to.
    """


@dataclass(kw_only=True)
class PushFailedData(ReportingWebhookDeliveryData):
    """
    `data` of a PushFailedEvent.
    """

    failure_message: str | None = None
    """
    Why it failed.
    """


@dataclass(kw_only=True)
class PushUndeliverableData(ReportingWebhookDeliveryData):
    """
    `data` of a PushUndeliverableEvent.
    """

    failure_message: str | None = None
    """
    Why it failed.
    """


@dataclass(kw_only=True)
class SmsDraftedData(ReportingWebhookDeliveryData):
    """
    `data` of a SmsDraftedEvent.
    """


@dataclass(kw_only=True)
class SmsAttemptedData(ReportingWebhookDeliveryData):
    """
    `data` of a SmsAttemptedEvent.
    """

    failure_message: str | None = None
    """
    Why it failed.
    """


@dataclass(kw_only=True)
class SmsSentData(ReportingWebhookDeliveryData):
    """
    `data` of a SmsSentEvent.
    """

    content: str | None = None
    """
    The message body; only with the webhook's body-content option.
    """
    recipient: str | None = None
    """
    Where the message went (address, phone number, id …).
    """


@dataclass(kw_only=True)
class SmsDeliveredData(ReportingWebhookDeliveryData):
    """
    `data` of a SmsDeliveredEvent.
    """

    recipient: str | None = None
    """
    Where the message went (address, phone number, id …).
    """


@dataclass(kw_only=True)
class SmsClickedData(ReportingWebhookDeliveryData):
    """
    `data` of a SmsClickedEvent.
    """

    recipient: str | None = None
    """
    Where the message went (address, phone number, id …).
    """
    href: str | None = None
    """
    The link's URL.
    """
    link_id: int | None = None
    """
    The tracked link's id.
    """


@dataclass(kw_only=True)
class SmsConvertedData(ReportingWebhookDeliveryData):
    """
    `data` of a SmsConvertedEvent.
    """

    recipient: str | None = None
    """
    Where the message went (address, phone number, id …).
    """


@dataclass(kw_only=True)
class SmsBouncedData(ReportingWebhookDeliveryData):
    """
    `data` of a SmsBouncedEvent.
    """

    recipient: str | None = None
    """
    Where the message went (address, phone number, id …).
    """
    failure_message: str | None = None
    """
    Why it failed.
    """


@dataclass(kw_only=True)
class SmsFailedData(ReportingWebhookDeliveryData):
    """
    `data` of a SmsFailedEvent.
    """

    failure_message: str | None = None
    """
    Why it failed.
    """


@dataclass(kw_only=True)
class SmsUndeliverableData(ReportingWebhookDeliveryData):
    """
    `data` of a SmsUndeliverableEvent.
    """

    failure_message: str | None = None
    """
    Why it failed.
    """


@dataclass(kw_only=True)
class SmsRepliedData(ReportingWebhookDeliveryData):
    """
    `data` of a SmsRepliedEvent.
    """

    inbound_event_id: str | None = None
    """
    The id of the inbound reply.
    """
    to: str | None = None
    """
    The number the person replied to (the original sender).
    """
    recipient: str | None = None
    """
    Where the message went (address, phone number, id …).
    """


@dataclass(kw_only=True)
class WhatsAppDraftedData(ReportingWebhookDeliveryData):
    """
    `data` of a WhatsAppDraftedEvent.
    """


@dataclass(kw_only=True)
class WhatsAppAttemptedData(ReportingWebhookDeliveryData):
    """
    `data` of a WhatsAppAttemptedEvent.
    """

    failure_message: str | None = None
    """
    Why it failed.
    """


@dataclass(kw_only=True)
class WhatsAppSentData(ReportingWebhookDeliveryData):
    """
    `data` of a WhatsAppSentEvent.
    """

    content: str | None = None
    """
    The message body; only with the webhook's body-content option.
    """
    recipient: str | None = None
    """
    Where the message went (address, phone number, id …).
    """


@dataclass(kw_only=True)
class WhatsAppDeliveredData(ReportingWebhookDeliveryData):
    """
    `data` of a WhatsAppDeliveredEvent.
    """

    recipient: str | None = None
    """
    Where the message went (address, phone number, id …).
    """


@dataclass(kw_only=True)
class WhatsAppOpenedData(ReportingWebhookDeliveryData):
    """
    `data` of a WhatsAppOpenedEvent.
    """

    recipient: str | None = None
    """
    Where the message went (address, phone number, id …).
    """


@dataclass(kw_only=True)
class WhatsAppClickedData(ReportingWebhookDeliveryData):
    """
    `data` of a WhatsAppClickedEvent.
    """

    recipient: str | None = None
    """
    Where the message went (address, phone number, id …).
    """
    href: str | None = None
    """
    The link's URL.
    """
    link_id: int | None = None
    """
    The tracked link's id.
    """


@dataclass(kw_only=True)
class WhatsAppConvertedData(ReportingWebhookDeliveryData):
    """
    `data` of a WhatsAppConvertedEvent.
    """

    recipient: str | None = None
    """
    Where the message went (address, phone number, id …).
    """


@dataclass(kw_only=True)
class WhatsAppBouncedData(ReportingWebhookDeliveryData):
    """
    `data` of a WhatsAppBouncedEvent.
    """

    recipient: str | None = None
    """
    Where the message went (address, phone number, id …).
    """
    failure_message: str | None = None
    """
    Why it failed.
    """


@dataclass(kw_only=True)
class WhatsAppDroppedData(ReportingWebhookDeliveryData):
    """
    `data` of a WhatsAppDroppedEvent.
    """

    recipient: str | None = None
    """
    Where the message went (address, phone number, id …).
    """
    failure_message: str | None = None
    """
    Why it failed.
    """


@dataclass(kw_only=True)
class WhatsAppFailedData(ReportingWebhookDeliveryData):
    """
    `data` of a WhatsAppFailedEvent.
    """

    failure_message: str | None = None
    """
    Why it failed.
    """


@dataclass(kw_only=True)
class WhatsAppUndeliverableData(ReportingWebhookDeliveryData):
    """
    `data` of a WhatsAppUndeliverableEvent.
    """

    failure_message: str | None = None
    """
    Why it failed.
    """


@dataclass(kw_only=True)
class WhatsAppRepliedData(ReportingWebhookDeliveryData):
    """
    `data` of a WhatsAppRepliedEvent.
    """

    inbound_event_id: str | None = None
    """
    The id of the inbound reply.
    """
    to: str | None = None
    """
    The number the person replied to (the original sender).
    """
    recipient: str | None = None
    """
    Where the message went (address, phone number, id …).
    """


@dataclass(kw_only=True)
class SlackDraftedData(ReportingWebhookDeliveryData):
    """
    `data` of a SlackDraftedEvent.
    """


@dataclass(kw_only=True)
class SlackAttemptedData(ReportingWebhookDeliveryData):
    """
    `data` of a SlackAttemptedEvent.
    """

    failure_message: str | None = None
    """
    Why it failed.
    """


@dataclass(kw_only=True)
class SlackSentData(ReportingWebhookDeliveryData):
    """
    `data` of a SlackSentEvent.
    """

    content: str | None = None
    """
    The message body; only with the webhook's body-content option.
    """
    recipient: str | None = None
    """
    Where the message went (address, phone number, id …).
    """


@dataclass(kw_only=True)
class SlackClickedData(ReportingWebhookDeliveryData):
    """
    `data` of a SlackClickedEvent.
    """

    recipient: str | None = None
    """
    Where the message went (address, phone number, id …).
    """
    href: str | None = None
    """
    The link's URL.
    """
    link_id: int | None = None
    """
    The tracked link's id.
    """


@dataclass(kw_only=True)
class SlackFailedData(ReportingWebhookDeliveryData):
    """
    `data` of a SlackFailedEvent.
    """

    failure_message: str | None = None
    """
    Why it failed.
    """


@dataclass(kw_only=True)
class SlackUndeliverableData(ReportingWebhookDeliveryData):
    """
    `data` of a SlackUndeliverableEvent.
    """

    failure_message: str | None = None
    """
    Why it failed.
    """


@dataclass(kw_only=True)
class WebhookDraftedData(ReportingWebhookDeliveryData):
    """
    `data` of a WebhookDraftedEvent.
    """


@dataclass(kw_only=True)
class WebhookAttemptedData(ReportingWebhookDeliveryData):
    """
    `data` of a WebhookAttemptedEvent.
    """

    failure_message: str | None = None
    """
    Why it failed.
    """


@dataclass(kw_only=True)
class WebhookSentData(ReportingWebhookDeliveryData):
    """
    `data` of a WebhookSentEvent.
    """

    content: str | None = None
    """
    The message body; only with the webhook's body-content option.
    """
    recipient: str | None = None
    """
    Where the message went (address, phone number, id …).
    """


@dataclass(kw_only=True)
class WebhookClickedData(ReportingWebhookDeliveryData):
    """
    `data` of a WebhookClickedEvent.
    """

    recipient: str | None = None
    """
    Where the message went (address, phone number, id …).
    """
    href: str | None = None
    """
    The link's URL.
    """
    link_id: int | None = None
    """
    The tracked link's id.
    """


@dataclass(kw_only=True)
class WebhookFailedData(ReportingWebhookDeliveryData):
    """
    `data` of a WebhookFailedEvent.
    """

    failure_message: str | None = None
    """
    Why it failed.
    """


@dataclass(kw_only=True)
class WebhookUndeliverableData(ReportingWebhookDeliveryData):
    """
    `data` of a WebhookUndeliverableEvent.
    """

    failure_message: str | None = None
    """
    Why it failed.
    """


@dataclass(kw_only=True)
class InAppDraftedData(ReportingWebhookDeliveryData):
    """
    `data` of an InAppDraftedEvent.
    """


@dataclass(kw_only=True)
class InAppAttemptedData(ReportingWebhookDeliveryData):
    """
    `data` of an InAppAttemptedEvent.
    """

    failure_message: str | None = None
    """
    Why it failed.
    """


@dataclass(kw_only=True)
class InAppSentData(ReportingWebhookDeliveryData):
    """
    `data` of an InAppSentEvent.
    """

    content: str | None = None
    """
    The message body; only with the webhook's body-content option.
    """
    recipient: str | None = None
    """
    Where the message went (address, phone number, id …).
    """


@dataclass(kw_only=True)
class InAppOpenedData(ReportingWebhookDeliveryData):
    """
    `data` of an InAppOpenedEvent.
    """


@dataclass(kw_only=True)
class InAppClickedData(ReportingWebhookDeliveryData):
    """
    `data` of an InAppClickedEvent.
    """

    tracked_response: str | None = None
    """
    The action name of the component that was tapped.
    """
    recipient: str | None = None
    """
    Where the message went (address, phone number, id …).
    """
    href: str | None = None
    """
    The link's URL.
    """
    link_id: int | None = None
    """
    The tracked link's id.
    """


@dataclass(kw_only=True)
class InAppConvertedData(ReportingWebhookDeliveryData):
    """
    `data` of an InAppConvertedEvent.
    """

    recipient: str | None = None
    """
    Where the message went (address, phone number, id …).
    """


@dataclass(kw_only=True)
class InAppFailedData(ReportingWebhookDeliveryData):
    """
    `data` of an InAppFailedEvent.
    """

    failure_message: str | None = None
    """
    Why it failed.
    """


@dataclass(kw_only=True)
class InAppUndeliverableData(ReportingWebhookDeliveryData):
    """
    `data` of an InAppUndeliverableEvent.
    """

    failure_message: str | None = None
    """
    Why it failed.
    """


@dataclass(kw_only=True)
class UnknownReportingWebhookEvent(ReportingWebhookEvent):
    """
    An event whose combination of `object_type` and `metric` this SDK does not know (yet).
    """

    data: UnknownReportingWebhookData


@dataclass(kw_only=True)
class CustomerSubscribedEvent(CustomerEvent):
    """
    A person subscribed (their `unsubscribed` attribute became false).
    """

    metric: Literal["subscribed"] = "subscribed"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: CustomerSubscribedData


@dataclass(kw_only=True)
class CustomerUnsubscribedEvent(CustomerEvent):
    """
    A person unsubscribed (their `unsubscribed` attribute became true).
    """

    metric: Literal["unsubscribed"] = "unsubscribed"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: CustomerUnsubscribedData


@dataclass(kw_only=True)
class CustomerCioSubscriptionPreferencesChangedEvent(CustomerEvent):
    """
    A person's subscription preferences (`cio_subscription_preferences`) changed.
    """

    metric: Literal["cio_subscription_preferences_changed"] = "cio_subscription_preferences_changed"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: CustomerCioSubscriptionPreferencesChangedData


@dataclass(kw_only=True)
class EmailDraftedEvent(EmailEvent):
    """
    A draft of an email was created.
    """

    metric: Literal["drafted"] = "drafted"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: EmailDraftedData


@dataclass(kw_only=True)
class EmailAttemptedEvent(EmailEvent):
    """
    Handing an email to the delivery provider failed; it will be retried.
    """

    metric: Literal["attempted"] = "attempted"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: EmailAttemptedData


@dataclass(kw_only=True)
class EmailSentEvent(EmailEvent):
    """
    An email was sent.
    """

    metric: Literal["sent"] = "sent"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: EmailSentData


@dataclass(kw_only=True)
class EmailDeliveredEvent(EmailEvent):
    """
    An email was delivered.
    """

    metric: Literal["delivered"] = "delivered"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: EmailDeliveredData


@dataclass(kw_only=True)
class EmailOpenedEvent(EmailEvent):
    """
    An email was opened.
    """

    metric: Literal["opened"] = "opened"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: EmailOpenedData


@dataclass(kw_only=True)
class EmailClickedEvent(EmailEvent):
    """
    A tracked link in an email was clicked.
    """

    metric: Literal["clicked"] = "clicked"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: EmailClickedData


@dataclass(kw_only=True)
class EmailConvertedEvent(EmailEvent):
    """
    A person met the conversion goal attributed to an email.
    """

    metric: Literal["converted"] = "converted"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: EmailConvertedData


@dataclass(kw_only=True)
class EmailUnsubscribedEvent(EmailEvent):
    """
    The recipient unsubscribed through an email.
    """

    metric: Literal["unsubscribed"] = "unsubscribed"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: EmailUnsubscribedData


@dataclass(kw_only=True)
class EmailBouncedEvent(EmailEvent):
    """
    The delivery provider could not deliver an email.
    """

    metric: Literal["bounced"] = "bounced"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: EmailBouncedData


@dataclass(kw_only=True)
class EmailDroppedEvent(EmailEvent):
    """
    An email was not sent because its recipient is suppressed.
    """

    metric: Literal["dropped"] = "dropped"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: EmailDroppedData


@dataclass(kw_only=True)
class EmailSpammedEvent(EmailEvent):
    """
    An email was marked as spam.
    """

    metric: Literal["spammed"] = "spammed"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: EmailSpammedData


@dataclass(kw_only=True)
class EmailFailedEvent(EmailEvent):
    """
    An email could not be handed to the delivery provider.
    """

    metric: Literal["failed"] = "failed"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: EmailFailedData


@dataclass(kw_only=True)
class EmailUndeliverableEvent(EmailEvent):
    """
    An email was not sent (message limit reached, newsletter cancelled, or delivery turned off).
    """

    metric: Literal["undeliverable"] = "undeliverable"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: EmailUndeliverableData


@dataclass(kw_only=True)
class PushDraftedEvent(PushEvent):
    """
    A draft of a push notification was created.
    """

    metric: Literal["drafted"] = "drafted"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: PushDraftedData


@dataclass(kw_only=True)
class PushAttemptedEvent(PushEvent):
    """
    Handing a push notification to the delivery provider failed; it will be retried.
    """

    metric: Literal["attempted"] = "attempted"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: PushAttemptedData


@dataclass(kw_only=True)
class PushSentEvent(PushEvent):
    """
    A push notification was sent.
    """

    metric: Literal["sent"] = "sent"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: PushSentData


@dataclass(kw_only=True)
class PushDeliveredEvent(PushEvent):
    """
    A push notification was delivered.
    """

    metric: Literal["delivered"] = "delivered"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: PushDeliveredData


@dataclass(kw_only=True)
class PushOpenedEvent(PushEvent):
    """
    A push notification was opened.
    """

    metric: Literal["opened"] = "opened"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: PushOpenedData


@dataclass(kw_only=True)
class PushClickedEvent(PushEvent):
    """
    A tracked link in a push notification was clicked.
    """

    metric: Literal["clicked"] = "clicked"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: PushClickedData


@dataclass(kw_only=True)
class PushConvertedEvent(PushEvent):
    """
    A person met the conversion goal attributed to a push notification.
    """

    metric: Literal["converted"] = "converted"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: PushConvertedData


@dataclass(kw_only=True)
class PushBouncedEvent(PushEvent):
    """
    The delivery provider could not deliver a push notification.
    """

    metric: Literal["bounced"] = "bounced"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: PushBouncedData


@dataclass(kw_only=True)
class PushDroppedEvent(PushEvent):
    """
    A push notification was not sent because its recipient is suppressed.
    """

    metric: Literal["dropped"] = "dropped"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: PushDroppedData


@dataclass(kw_only=True)
class PushFailedEvent(PushEvent):
    """
    A push notification could not be handed to the delivery provider.
    """

    metric: Literal["failed"] = "failed"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: PushFailedData


@dataclass(kw_only=True)
class PushUndeliverableEvent(PushEvent):
    """
    A push notification was not sent (message limit reached, newsletter cancelled, or delivery turned off).
    """

    metric: Literal["undeliverable"] = "undeliverable"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: PushUndeliverableData


@dataclass(kw_only=True)
class SmsDraftedEvent(SmsEvent):
    """
    A draft of an SMS was created.
    """

    metric: Literal["drafted"] = "drafted"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: SmsDraftedData


@dataclass(kw_only=True)
class SmsAttemptedEvent(SmsEvent):
    """
    Handing an SMS to the delivery provider failed; it will be retried.
    """

    metric: Literal["attempted"] = "attempted"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: SmsAttemptedData


@dataclass(kw_only=True)
class SmsSentEvent(SmsEvent):
    """
    An SMS was sent.
    """

    metric: Literal["sent"] = "sent"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: SmsSentData


@dataclass(kw_only=True)
class SmsDeliveredEvent(SmsEvent):
    """
    An SMS was delivered.
    """

    metric: Literal["delivered"] = "delivered"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: SmsDeliveredData


@dataclass(kw_only=True)
class SmsClickedEvent(SmsEvent):
    """
    A tracked link in an SMS was clicked.
    """

    metric: Literal["clicked"] = "clicked"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: SmsClickedData


@dataclass(kw_only=True)
class SmsConvertedEvent(SmsEvent):
    """
    A person met the conversion goal attributed to an SMS.
    """

    metric: Literal["converted"] = "converted"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: SmsConvertedData


@dataclass(kw_only=True)
class SmsBouncedEvent(SmsEvent):
    """
    The delivery provider could not deliver an SMS.
    """

    metric: Literal["bounced"] = "bounced"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: SmsBouncedData


@dataclass(kw_only=True)
class SmsFailedEvent(SmsEvent):
    """
    An SMS could not be handed to the delivery provider.
    """

    metric: Literal["failed"] = "failed"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: SmsFailedData


@dataclass(kw_only=True)
class SmsUndeliverableEvent(SmsEvent):
    """
    An SMS was not sent (message limit reached, newsletter cancelled, or delivery turned off).
    """

    metric: Literal["undeliverable"] = "undeliverable"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: SmsUndeliverableData


@dataclass(kw_only=True)
class SmsRepliedEvent(SmsEvent):
    """
    The recipient replied to an SMS.
    """

    metric: Literal["replied"] = "replied"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: SmsRepliedData


@dataclass(kw_only=True)
class WhatsAppDraftedEvent(WhatsAppEvent):
    """
    A draft of a WhatsApp message was created.
    """

    metric: Literal["drafted"] = "drafted"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: WhatsAppDraftedData


@dataclass(kw_only=True)
class WhatsAppAttemptedEvent(WhatsAppEvent):
    """
    Handing a WhatsApp message to the delivery provider failed; it will be retried.
    """

    metric: Literal["attempted"] = "attempted"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: WhatsAppAttemptedData


@dataclass(kw_only=True)
class WhatsAppSentEvent(WhatsAppEvent):
    """
    A WhatsApp message was sent.
    """

    metric: Literal["sent"] = "sent"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: WhatsAppSentData


@dataclass(kw_only=True)
class WhatsAppDeliveredEvent(WhatsAppEvent):
    """
    A WhatsApp message was delivered.
    """

    metric: Literal["delivered"] = "delivered"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: WhatsAppDeliveredData


@dataclass(kw_only=True)
class WhatsAppOpenedEvent(WhatsAppEvent):
    """
    A WhatsApp message was opened.
    """

    metric: Literal["opened"] = "opened"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: WhatsAppOpenedData


@dataclass(kw_only=True)
class WhatsAppClickedEvent(WhatsAppEvent):
    """
    A tracked link in a WhatsApp message was clicked.
    """

    metric: Literal["clicked"] = "clicked"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: WhatsAppClickedData


@dataclass(kw_only=True)
class WhatsAppConvertedEvent(WhatsAppEvent):
    """
    A person met the conversion goal attributed to a WhatsApp message.
    """

    metric: Literal["converted"] = "converted"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: WhatsAppConvertedData


@dataclass(kw_only=True)
class WhatsAppBouncedEvent(WhatsAppEvent):
    """
    The delivery provider could not deliver a WhatsApp message.
    """

    metric: Literal["bounced"] = "bounced"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: WhatsAppBouncedData


@dataclass(kw_only=True)
class WhatsAppDroppedEvent(WhatsAppEvent):
    """
    A WhatsApp message was not sent because its recipient is suppressed.
    """

    metric: Literal["dropped"] = "dropped"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: WhatsAppDroppedData


@dataclass(kw_only=True)
class WhatsAppFailedEvent(WhatsAppEvent):
    """
    A WhatsApp message could not be handed to the delivery provider.
    """

    metric: Literal["failed"] = "failed"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: WhatsAppFailedData


@dataclass(kw_only=True)
class WhatsAppUndeliverableEvent(WhatsAppEvent):
    """
    A WhatsApp message was not sent (message limit reached, newsletter cancelled, or delivery turned off).
    """

    metric: Literal["undeliverable"] = "undeliverable"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: WhatsAppUndeliverableData


@dataclass(kw_only=True)
class WhatsAppRepliedEvent(WhatsAppEvent):
    """
    The recipient replied to a WhatsApp message.
    """

    metric: Literal["replied"] = "replied"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: WhatsAppRepliedData


@dataclass(kw_only=True)
class SlackDraftedEvent(SlackEvent):
    """
    A draft of a Slack message was created.
    """

    metric: Literal["drafted"] = "drafted"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: SlackDraftedData


@dataclass(kw_only=True)
class SlackAttemptedEvent(SlackEvent):
    """
    Handing a Slack message to the delivery provider failed; it will be retried.
    """

    metric: Literal["attempted"] = "attempted"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: SlackAttemptedData


@dataclass(kw_only=True)
class SlackSentEvent(SlackEvent):
    """
    A Slack message was sent.
    """

    metric: Literal["sent"] = "sent"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: SlackSentData


@dataclass(kw_only=True)
class SlackClickedEvent(SlackEvent):
    """
    A tracked link in a Slack message was clicked.
    """

    metric: Literal["clicked"] = "clicked"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: SlackClickedData


@dataclass(kw_only=True)
class SlackFailedEvent(SlackEvent):
    """
    A Slack message could not be handed to the delivery provider.
    """

    metric: Literal["failed"] = "failed"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: SlackFailedData


@dataclass(kw_only=True)
class SlackUndeliverableEvent(SlackEvent):
    """
    A Slack message was not sent (message limit reached, newsletter cancelled, or delivery turned off).
    """

    metric: Literal["undeliverable"] = "undeliverable"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: SlackUndeliverableData


@dataclass(kw_only=True)
class WebhookDraftedEvent(WebhookEvent):
    """
    A draft of a webhook action was created.
    """

    metric: Literal["drafted"] = "drafted"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: WebhookDraftedData


@dataclass(kw_only=True)
class WebhookAttemptedEvent(WebhookEvent):
    """
    Handing a webhook action to the delivery provider failed; it will be retried.
    """

    metric: Literal["attempted"] = "attempted"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: WebhookAttemptedData


@dataclass(kw_only=True)
class WebhookSentEvent(WebhookEvent):
    """
    A webhook action was sent.
    """

    metric: Literal["sent"] = "sent"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: WebhookSentData


@dataclass(kw_only=True)
class WebhookClickedEvent(WebhookEvent):
    """
    A tracked link in a webhook action was clicked.
    """

    metric: Literal["clicked"] = "clicked"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: WebhookClickedData


@dataclass(kw_only=True)
class WebhookFailedEvent(WebhookEvent):
    """
    A webhook action could not be handed to the delivery provider.
    """

    metric: Literal["failed"] = "failed"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: WebhookFailedData


@dataclass(kw_only=True)
class WebhookUndeliverableEvent(WebhookEvent):
    """
    A webhook action was not sent (message limit reached, newsletter cancelled, or delivery turned off).
    """

    metric: Literal["undeliverable"] = "undeliverable"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: WebhookUndeliverableData


@dataclass(kw_only=True)
class InAppDraftedEvent(InAppEvent):
    """
    A draft of an in-app message was created.
    """

    metric: Literal["drafted"] = "drafted"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: InAppDraftedData


@dataclass(kw_only=True)
class InAppAttemptedEvent(InAppEvent):
    """
    Handing an in-app message to the delivery provider failed; it will be retried.
    """

    metric: Literal["attempted"] = "attempted"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: InAppAttemptedData


@dataclass(kw_only=True)
class InAppSentEvent(InAppEvent):
    """
    An in-app message was sent.
    """

    metric: Literal["sent"] = "sent"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: InAppSentData


@dataclass(kw_only=True)
class InAppOpenedEvent(InAppEvent):
    """
    An in-app message was opened.
    """

    metric: Literal["opened"] = "opened"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: InAppOpenedData


@dataclass(kw_only=True)
class InAppClickedEvent(InAppEvent):
    """
    A tracked link in an in-app message was clicked.
    """

    metric: Literal["clicked"] = "clicked"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: InAppClickedData


@dataclass(kw_only=True)
class InAppConvertedEvent(InAppEvent):
    """
    A person met the conversion goal attributed to an in-app message.
    """

    metric: Literal["converted"] = "converted"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: InAppConvertedData


@dataclass(kw_only=True)
class InAppFailedEvent(InAppEvent):
    """
    An in-app message could not be handed to the delivery provider.
    """

    metric: Literal["failed"] = "failed"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: InAppFailedData


@dataclass(kw_only=True)
class InAppUndeliverableEvent(InAppEvent):
    """
    An in-app message was not sent (message limit reached, newsletter cancelled, or delivery turned off).
    """

    metric: Literal["undeliverable"] = "undeliverable"
    """
    What happened: `sent`, `opened`, `subscribed` …
    """
    data: InAppUndeliverableData


AnyReportingWebhookEvent: TypeAlias = (
    CustomerSubscribedEvent
    | CustomerUnsubscribedEvent
    | CustomerCioSubscriptionPreferencesChangedEvent
    | EmailDraftedEvent
    | EmailAttemptedEvent
    | EmailSentEvent
    | EmailDeliveredEvent
    | EmailOpenedEvent
    | EmailClickedEvent
    | EmailConvertedEvent
    | EmailUnsubscribedEvent
    | EmailBouncedEvent
    | EmailDroppedEvent
    | EmailSpammedEvent
    | EmailFailedEvent
    | EmailUndeliverableEvent
    | PushDraftedEvent
    | PushAttemptedEvent
    | PushSentEvent
    | PushDeliveredEvent
    | PushOpenedEvent
    | PushClickedEvent
    | PushConvertedEvent
    | PushBouncedEvent
    | PushDroppedEvent
    | PushFailedEvent
    | PushUndeliverableEvent
    | SmsDraftedEvent
    | SmsAttemptedEvent
    | SmsSentEvent
    | SmsDeliveredEvent
    | SmsClickedEvent
    | SmsConvertedEvent
    | SmsBouncedEvent
    | SmsFailedEvent
    | SmsUndeliverableEvent
    | SmsRepliedEvent
    | WhatsAppDraftedEvent
    | WhatsAppAttemptedEvent
    | WhatsAppSentEvent
    | WhatsAppDeliveredEvent
    | WhatsAppOpenedEvent
    | WhatsAppClickedEvent
    | WhatsAppConvertedEvent
    | WhatsAppBouncedEvent
    | WhatsAppDroppedEvent
    | WhatsAppFailedEvent
    | WhatsAppUndeliverableEvent
    | WhatsAppRepliedEvent
    | SlackDraftedEvent
    | SlackAttemptedEvent
    | SlackSentEvent
    | SlackClickedEvent
    | SlackFailedEvent
    | SlackUndeliverableEvent
    | WebhookDraftedEvent
    | WebhookAttemptedEvent
    | WebhookSentEvent
    | WebhookClickedEvent
    | WebhookFailedEvent
    | WebhookUndeliverableEvent
    | InAppDraftedEvent
    | InAppAttemptedEvent
    | InAppSentEvent
    | InAppOpenedEvent
    | InAppClickedEvent
    | InAppConvertedEvent
    | InAppFailedEvent
    | InAppUndeliverableEvent
    | UnknownReportingWebhookEvent
)
"""
Any reporting-webhook event: one of the typed events, or UnknownReportingWebhookEvent for a combination not described here. What `parse_reporting_webhook` returns.
"""
