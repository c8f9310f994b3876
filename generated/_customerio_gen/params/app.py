"""Request TypedDicts of the Customer.io App API: the shapes of the structured arguments.

Rendered by `make generate` from spec/app.yaml (generator/request_types.py); do not
edit. Pass plain dict literals: mypy checks their keys and values against these types, the
clients send them as given. `customerio.types` re-exports every one.
"""

import sys
from collections.abc import Mapping, Sequence
from typing import IO, TYPE_CHECKING, Any, Literal, NotRequired, Required

if TYPE_CHECKING or sys.version_info >= (3, 12):
    from typing import TypedDict
else:
    # before 3.12, pydantic (validate_call) reads only typing_extensions' TypedDicts; httpx's
    # dependencies bring typing_extensions there, and the standard one serves without it
    try:
        from typing_extensions import TypedDict
    except ImportError:
        from typing import TypedDict

__all__ = [
    "AppDeviceAttributesParam",
    "AssetFolderInputParam",
    "AssetFolderUpdateParam",
    "AssetUpdateParam",
    "AssetUploadInputParam",
    "AudienceAttributeConditionParam",
    "AudienceFilterAndParam",
    "AudienceFilterAttributeParam",
    "AudienceFilterNotParam",
    "AudienceFilterOrParam",
    "AudienceFilterParam",
    "AudienceFilterSegmentParam",
    "AudienceSegmentConditionParam",
    "BroadcastActionUpdateParam",
    "BroadcastPerUserDataParam",
    "BroadcastRecipientDataFileParam",
    "BroadcastRecipientEmailsParam",
    "BroadcastRecipientIdsParam",
    "BroadcastRecipientPerUserDataParam",
    "BroadcastRecipientsParam",
    "CampaignActionUpdateParam",
    "CollectionInputParam",
    "CollectionUpdateParam",
    "DataIndexAttributeParam",
    "DataIndexEventParam",
    "DesignStudioComponentInputParam",
    "DesignStudioComponentUpdateParam",
    "DesignStudioEmailContentParam",
    "DesignStudioEmailEnvelopeParam",
    "DesignStudioEmailHeaderParam",
    "DesignStudioEmailInputParam",
    "DesignStudioEmailTransformersParam",
    "DesignStudioEmailTranslationInputParam",
    "DesignStudioEmailTranslationUpdateParam",
    "DesignStudioEmailUpdateParam",
    "DesignStudioFolderInputParam",
    "DesignStudioFolderUpdateParam",
    "ImportInputParam",
    "MessageHeaderParam",
    "NewsletterContentUpdateParam",
    "NewsletterCreateRequestParam",
    "NewsletterLanguageCreateParam",
    "NewsletterRecipientsAttributeParam",
    "NewsletterRecipientsParam",
    "NewsletterRecipientsSegmentParam",
    "NewsletterScheduleRequestParam",
    "NewsletterSendRequestParam",
    "ObjectSearchConditionParam",
    "ObjectSearchFilterAndParam",
    "ObjectSearchFilterNotParam",
    "ObjectSearchFilterObjectAttributeParam",
    "ObjectSearchFilterOrParam",
    "ObjectSearchFilterParam",
    "ObjectSearchRequestParam",
    "ReportingWebhookInputParam",
    "ReportingWebhookUpdateParam",
    "SegmentCreateRequestParam",
    "SegmentInputParam",
    "SendEmailMessageParam",
    "SendIdentifiersCioIdParam",
    "SendIdentifiersEmailParam",
    "SendIdentifiersIdParam",
    "SendIdentifiersParam",
    "SendInAppMessageParam",
    "SendInboxMessageParam",
    "SendPushAndroidPayloadMessageAndroidNotificationParam",
    "SendPushAndroidPayloadMessageAndroidParam",
    "SendPushAndroidPayloadMessageNotificationParam",
    "SendPushAndroidPayloadMessageParam",
    "SendPushAndroidPayloadParam",
    "SendPushApsAlertParam",
    "SendPushApsParam",
    "SendPushApsSoundParam",
    "SendPushCustomPayloadParam",
    "SendPushDeviceParam",
    "SendPushIosApnsPayloadCIOParam",
    "SendPushIosApnsPayloadCIOPushParam",
    "SendPushIosApnsPayloadParam",
    "SendPushIosFcmPayloadMessageApnsParam",
    "SendPushIosFcmPayloadMessageApnsPayloadCIOParam",
    "SendPushIosFcmPayloadMessageApnsPayloadCIOPushParam",
    "SendPushIosFcmPayloadMessageApnsPayloadParam",
    "SendPushIosFcmPayloadMessageParam",
    "SendPushIosFcmPayloadParam",
    "SendPushIosPayloadParam",
    "SendPushMessageParam",
    "SendSmsMessageParam",
    "SendWhatsAppMessageParam",
    "SnippetInputParam",
    "TransactionalContentUpdateParam",
    "TriggerBroadcastRequestParam",
]


class SendIdentifiersIdParam(TypedDict):
    """`id`: The person's id. In a workspace that identifies people by email, use `email`."""

    id: str | int


class SendIdentifiersEmailParam(TypedDict):
    """`email`: The person's email address, where email identifies people."""

    email: str


class SendIdentifiersCioIdParam(TypedDict):
    """`cio_id`: The id Customer.io assigned to the person."""

    cio_id: str


SendEmailMessageParam = TypedDict(
    "SendEmailMessageParam",
    {
        "to": Required[str],
        "identifiers": Required["SendIdentifiersParam"],
        "headers": Mapping[str, str],
        "message_data": Mapping[str, Any],
        "preheader": str,
        "reply_to": str,
        "bcc": str,
        "body_plain": str,
        "body_amp": str,
        "fake_bcc": bool,
        "disable_message_retention": bool,
        "send_to_unsubscribed": bool,
        "tracked": bool,
        "queue_draft": bool,
        "send_at": int,
        "disable_css_preprocessing": bool,
        "language": str,
        "transactional_message_id": str | int,
        "from": str,
        "subject": str,
        "body": str,
        "attachments": Mapping[str, str],
    },
    total=False,
)
"""A transactional email. Give `transactional_message_id` to use a template, or `from`, `subject` and `body` to send without one; other fields override the template."""


class AppDeviceAttributesParam(TypedDict, total=False):
    """Attributes of one device, usable in segments like a person's attributes. Besides the ones listed, any custom attribute may be set, as a string. Other keys are accepted too."""

    device_os: str
    """The operating system and its version."""
    device_model: str
    """The device's model."""
    app_version: str
    """The version of your app on the device."""
    cio_sdk_version: str
    """The version of the Customer.io SDK in your app."""
    device_locale: str
    """The device's language and region as an IETF tag, such as `en-MX`."""
    push_enabled: Literal["true", "false"]
    """`'true'` when the device accepts push notifications, `'false'` otherwise."""


class SendPushDeviceParam(TypedDict, total=False):
    """A device added to (or updated on) the recipient's profile as the message is sent, and sent to. `SendPushRequest` takes it as `device`."""

    token: Required[str]
    """The device's push token."""
    platform: Required[Literal["ios", "android"]]
    """The device's push platform."""
    last_used: int
    """When the device was last seen, Unix seconds; the time of the request when left out."""
    attributes: "AppDeviceAttributesParam | Mapping[str, Any]"
    """Attributes of one device, usable in segments like a person's attributes. Besides the ones listed, any custom attribute may be set, as a string."""


class SendPushIosFcmPayloadMessageApnsPayloadCIOPushParam(TypedDict, total=False):
    """The notification as the SDK shows it."""

    title: str
    """The title."""
    body: str
    """The text."""
    link: str
    """A deep link or web URL opened on tap."""
    image: str
    """An HTTPS image URL."""


class SendPushIosFcmPayloadMessageApnsPayloadCIOParam(TypedDict):
    """Settings read by the Customer.io iOS SDK."""

    push: "SendPushIosFcmPayloadMessageApnsPayloadCIOPushParam"
    """The notification as the SDK shows it."""


SendPushApsAlertParam = TypedDict(
    "SendPushApsAlertParam",
    {
        "body": str,
        "title": str,
        "subtitle": str,
        "launch-image": str,
        "title-loc-key": str,
        "title-loc-args": Sequence[str],
        "subtitle-loc-key": str,
        "subtitle-loc-args": Sequence[str],
        "loc-key": str,
        "loc-args": Sequence[str],
    },
    total=False,
)
"""An alert with a title, subtitle and text, each optionally localized by the app."""


class SendPushApsSoundParam(TypedDict, total=False):
    """A critical-alert sound."""

    critical: int
    """`1` for a critical alert, `0` otherwise."""
    name: str
    """A sound file name; `default` for the system sound."""
    volume: float
    """From 0 (silent) to 1 (full volume)."""


SendPushApsParam = TypedDict(
    "SendPushApsParam",
    {
        "alert": "str | SendPushApsAlertParam",
        "badge": int,
        "sound": "str | SendPushApsSoundParam",
        "thread-id": str,
        "category": str,
        "content-available": int,
        "mutable-content": int,
        "target-content-id": str,
        "interruption-level": Literal["passive", "active", "time-sensitive", "critical"],
        "relevance-score": float,
    },
    total=False,
)
"""Apple's `aps` dictionary (its keys as Apple names them). Other keys are accepted too."""


class SendPushIosFcmPayloadMessageApnsPayloadParam(TypedDict, total=False):
    """The notification payload; keys beyond `CIO` and `aps` reach your app as given. Other keys are accepted too."""

    CIO: "SendPushIosFcmPayloadMessageApnsPayloadCIOParam"
    """Settings read by the Customer.io iOS SDK."""
    aps: "SendPushApsParam | Mapping[str, Any]"
    """Apple's `aps` dictionary (its keys as Apple names them)."""


class SendPushIosFcmPayloadMessageApnsParam(TypedDict, total=False):
    """The part of the Firebase message meant for APNs."""

    headers: Mapping[str, Any]
    """APNs request headers, as Apple defines them."""
    payload: Required["SendPushIosFcmPayloadMessageApnsPayloadParam | Mapping[str, Any]"]
    """The notification payload; keys beyond `CIO` and `aps` reach your app as given."""


class SendPushIosFcmPayloadMessageParam(TypedDict):
    """The Firebase message."""

    apns: "SendPushIosFcmPayloadMessageApnsParam"
    """The part of the Firebase message meant for APNs."""


class SendPushIosFcmPayloadParam(TypedDict):
    """An iOS payload delivered through Firebase Cloud Messaging."""

    message: "SendPushIosFcmPayloadMessageParam"
    """The Firebase message."""


class SendPushIosApnsPayloadCIOPushParam(TypedDict, total=False):
    """SDK push settings."""

    link: str
    """A deep link or web URL opened on tap."""
    image: str
    """An HTTPS image URL."""


class SendPushIosApnsPayloadCIOParam(TypedDict):
    """Settings read by the Customer.io iOS SDK."""

    push: "SendPushIosApnsPayloadCIOPushParam"
    """SDK push settings."""


class SendPushIosApnsPayloadParam(TypedDict, total=False):
    """An iOS payload delivered directly through APNs; other keys reach your app as given. Other keys are accepted too."""

    CIO: "SendPushIosApnsPayloadCIOParam"
    """Settings read by the Customer.io iOS SDK."""
    aps: "SendPushApsParam | Mapping[str, Any]"
    """Apple's `aps` dictionary (its keys as Apple names them)."""


class SendPushAndroidPayloadMessageNotificationParam(TypedDict, total=False):
    """What the notification shows."""

    title: str
    """The title."""
    body: str
    """The text."""


class SendPushAndroidPayloadMessageAndroidNotificationParam(TypedDict, total=False):
    """Android notification settings."""

    icon: str
    """A drawable resource name for the icon; the app's launcher icon when left out."""
    sound: str
    """`default` or the name of a sound resource in the app."""
    tag: str
    """Notifications with the same tag replace each other in the drawer."""
    color: str
    """The icon color, as `#rrggbb`."""
    click_action: str
    """The intent action started when the notification is tapped."""
    body_loc_key: str
    """The key of a localized text in the app's string resources."""
    body_loc_arg: str
    """Values for the placeholders of the localized text."""
    title_loc_key: str
    """The key of a localized title in the app's string resources."""
    title_loc_arg: str
    """Values for the placeholders of the localized title."""


class SendPushAndroidPayloadMessageAndroidParam(TypedDict, total=False):
    """Android-specific options."""

    notification: "SendPushAndroidPayloadMessageAndroidNotificationParam"
    """Android notification settings."""


class SendPushAndroidPayloadMessageParam(TypedDict, total=False):
    """The Firebase message."""

    notification: "SendPushAndroidPayloadMessageNotificationParam"
    """What the notification shows."""
    data: Mapping[str, str]
    """Key-values for your app to read; string values only."""
    android: "SendPushAndroidPayloadMessageAndroidParam"
    """Android-specific options."""


class SendPushAndroidPayloadParam(TypedDict):
    """The Android payload, sent through Firebase Cloud Messaging."""

    message: "SendPushAndroidPayloadMessageParam"
    """The Firebase message."""


class SendPushCustomPayloadParam(TypedDict, total=False):
    """Platform payloads that replace the ones built from the template, per platform."""

    ios: "SendPushIosPayloadParam"
    """The iOS payload. Its shape depends on how the workspace reaches iOS devices: through Firebase (a `message.apns` envelope) or directly through APNs (`CIO` and `aps` at the top)."""
    android: "SendPushAndroidPayloadParam"
    """The Android payload, sent through Firebase Cloud Messaging."""


class SendPushMessageParam(TypedDict, total=False):
    """A transactional push notification from a template."""

    identifiers: Required["SendIdentifiersParam"]
    """The recipient, by exactly one of `id`, `email` or `cio_id`."""
    transactional_message_id: Required[str | int]
    """The template, by numeric id or trigger name."""
    to: Literal["all", "last_used"] | str
    """Which of the person's devices receive it: `all` of them (the API's default), the one `last_used`, or one device given by its token (it must belong to the person)."""
    title: str
    """The notification title; replaces the template's."""
    message: str
    """The notification text; replaces the template's."""
    disable_message_retention: bool
    """Do not keep the message body after sending."""
    send_to_unsubscribed: bool
    """Send even when the person is unsubscribed."""
    queue_draft: bool
    """Keep the message as a draft instead of sending it."""
    message_data: Mapping[str, Any]
    """Values for the template's Liquid variables."""
    send_at: int
    """When to send, Unix seconds."""
    language: str
    """Which translation of the template to use."""
    image_url: str
    """An image shown with the notification; replaces the template's."""
    link: str
    """A deep link or URL opened on tap; replaces the template's."""
    sound: Literal["default", "none"]
    """iOS only: play the device's `default` sound (the API's default) or `none`."""
    custom_data: Mapping[str, Any]
    """Extra key-values added to the payload. Firebase carries string values only."""
    custom_device: "SendPushDeviceParam"
    """A device added to (or updated on) the recipient's profile as the message is sent, and sent to. `SendPushRequest` takes it as `device`."""
    custom_payload: "SendPushCustomPayloadParam"
    """Platform payloads that replace the ones built from the template, per platform."""


SendSmsMessageParam = TypedDict(
    "SendSmsMessageParam",
    {
        "identifiers": Required["SendIdentifiersParam"],
        "transactional_message_id": Required[str | int],
        "to": str,
        "from": str,
        "disable_message_retention": bool,
        "send_to_unsubscribed": bool,
        "queue_draft": bool,
        "message_data": Mapping[str, Any],
        "send_at": int,
        "language": str,
    },
    total=False,
)
"""A transactional SMS from a template."""

SendWhatsAppMessageParam = TypedDict(
    "SendWhatsAppMessageParam",
    {
        "identifiers": Required["SendIdentifiersParam"],
        "transactional_message_id": Required[str | int],
        "to": str,
        "from": str,
        "tracked": bool,
        "disable_message_retention": bool,
        "send_to_unsubscribed": bool,
        "queue_draft": bool,
        "message_data": Mapping[str, Any],
        "send_at": int,
        "language": str,
    },
    total=False,
)
"""A transactional WhatsApp message from a template."""


class SendInboxMessageParam(TypedDict, total=False):
    """A transactional inbox message from a template."""

    identifiers: Required["SendIdentifiersParam"]
    """The recipient, by exactly one of `id`, `email` or `cio_id`."""
    transactional_message_id: Required[str | int]
    disable_message_retention: bool
    queue_draft: bool
    message_data: Mapping[str, Any]
    send_at: int
    language: str


class SendInAppMessageParam(TypedDict, total=False):
    """A transactional in-app message from a template."""

    identifiers: Required["SendIdentifiersParam"]
    """The recipient, by exactly one of `id`, `email` or `cio_id`."""
    transactional_message_id: Required[str | int]
    disable_message_retention: bool
    queue_draft: bool
    message_data: Mapping[str, Any]
    send_at: int
    language: str


AudienceFilterAndParam = TypedDict(
    "AudienceFilterAndParam",
    {
        "and": "Sequence[AudienceFilterParam]",
    },
)
"""`and`: Every filter in the list must match."""

AudienceFilterOrParam = TypedDict(
    "AudienceFilterOrParam",
    {
        "or": "Sequence[AudienceFilterParam]",
    },
)
"""`or`: At least one filter in the list must match."""

AudienceFilterNotParam = TypedDict(
    "AudienceFilterNotParam",
    {
        "not": "AudienceFilterParam",
    },
)
"""`not`: The filter people must not match."""


class AudienceSegmentConditionParam(TypedDict):
    """Matches the people who belong to one segment."""

    id: int
    """The segment's id."""


class AudienceFilterSegmentParam(TypedDict):
    """`segment`: Matches the people who belong to one segment."""

    segment: "AudienceSegmentConditionParam"


class AudienceAttributeConditionParam(TypedDict):
    """Matches people by one profile attribute."""

    field: str
    """The attribute's name."""
    operator: Literal["eq", "exists"]
    """`eq`: the attribute is set to `value`; `exists`: the attribute is set at all."""
    value: NotRequired[str]
    """The value the attribute must equal; used with `eq`."""


class AudienceFilterAttributeParam(TypedDict):
    """`attribute`: Matches people by one profile attribute."""

    attribute: "AudienceAttributeConditionParam"


class BroadcastPerUserDataParam(TypedDict, total=False):
    """One recipient, by `id` or by `email` (exactly one of them), with its own message data."""

    id: str | int
    """A string or integer identifier."""
    email: str
    """Must belong to one person only."""
    data: Mapping[str, Any]
    """Values for this person's message, next to the broadcast-wide `data`."""


class TriggerBroadcastRequestParam(TypedDict, total=False):
    """The trigger body: `data` for the messages, and at most one way of choosing the audience (an audience filter under `recipients`, or `ids`, `emails`, `per_user_data` or `data_file_url` at the top level, each with its flags). With none of them the audience set in the UI is used."""

    data: Mapping[str, Any]
    """Values the broadcast's messages can use as Liquid `trigger` variables."""
    recipients: "AudienceFilterParam"
    """Who to select, as exactly one key: `and` or `or` (a list of filters, all or any of which must match), `not` (one filter that must not match), `segment` (members of a segment) or `attribute` (a condition on a profile attribute). Filters nest to any depth."""
    ids: Sequence[str | int]
    """People chosen by id (at most 10000)."""
    emails: Sequence[str]
    """People chosen by email address."""
    per_user_data: "Sequence[BroadcastPerUserDataParam]"
    """People chosen one by one, each with message data of its own (at most 10000)."""
    data_file_url: str
    """A file of people, one JSON object per line shaped like a `per_user_data` entry."""
    id_ignore_missing: bool
    """Skip ids that match no one instead of rejecting the trigger; off when omitted."""
    email_ignore_missing: bool
    """Skip addresses that match no one instead of rejecting the trigger; off when omitted."""
    email_add_duplicates: bool
    """Send to every person sharing an address instead of treating it as an error; off when omitted."""


class BroadcastRecipientIdsParam(TypedDict, total=False):
    """People chosen by their ids; they must already exist. The address flags do not apply (only `id_ignore_missing` is sent with `ids`)."""

    ids: Required[Sequence[str | int]]
    """The people's ids (at most 10000)."""
    id_ignore_missing: bool
    """Skip ids that match no one instead of rejecting the trigger; off when omitted."""


class BroadcastRecipientEmailsParam(TypedDict, total=False):
    """People chosen by email address; they must already exist. The id flag does not apply (only the address flags are sent with `emails`)."""

    emails: Required[Sequence[str]]
    """The people's email addresses; each must belong to one person only unless `email_add_duplicates` is set."""
    email_ignore_missing: bool
    """Skip addresses that match no one instead of rejecting the trigger; off when omitted."""
    email_add_duplicates: bool
    """Send to every person sharing an address instead of treating it as an error; off when omitted."""


class BroadcastRecipientPerUserDataParam(TypedDict, total=False):
    """People chosen one by one, each with data of its own for the messages."""

    per_user_data: Required["Sequence[BroadcastPerUserDataParam]"]
    id_ignore_missing: bool
    """Skip ids that match no one instead of rejecting the trigger; off when omitted."""
    email_ignore_missing: bool
    """Skip addresses that match no one instead of rejecting the trigger; off when omitted."""
    email_add_duplicates: bool
    """Send to every person sharing an address instead of treating it as an error; off when omitted."""


class BroadcastRecipientDataFileParam(TypedDict, total=False):
    """People listed in a file at a URL, one JSON object per line shaped like a `per_user_data` entry."""

    data_file_url: Required[str]
    """Where the file is; it must be reachable by Customer.io."""
    id_ignore_missing: bool
    """Skip ids that match no one instead of rejecting the trigger; off when omitted."""
    email_ignore_missing: bool
    """Skip addresses that match no one instead of rejecting the trigger; off when omitted."""
    email_add_duplicates: bool
    """Send to every person sharing an address instead of treating it as an error; off when omitted."""


ObjectSearchFilterAndParam = TypedDict(
    "ObjectSearchFilterAndParam",
    {
        "and": "Sequence[ObjectSearchFilterParam]",
    },
)
"""`and`: Every filter in the list must match."""

ObjectSearchFilterOrParam = TypedDict(
    "ObjectSearchFilterOrParam",
    {
        "or": "Sequence[ObjectSearchFilterParam]",
    },
)
"""`or`: At least one filter in the list must match."""

ObjectSearchFilterNotParam = TypedDict(
    "ObjectSearchFilterNotParam",
    {
        "not": "ObjectSearchFilterParam",
    },
)
"""`not`: Exactly one of `and`, `or` (lists of filters), `not` (one filter) or `object_attribute` (a condition)."""


class ObjectSearchConditionParam(TypedDict):
    """A request object."""

    field: str
    """The attribute name."""
    operator: Literal["eq", "exists"]
    """`eq` (equals `value`) or `exists` (is set at all)."""
    value: NotRequired[Any]
    """The value to match; needed with `eq`."""
    type_id: str | int
    """The object type id; must equal the request's `object_type_id`."""


class ObjectSearchFilterObjectAttributeParam(TypedDict):
    """`object_attribute`:"""

    object_attribute: "ObjectSearchConditionParam"


class ObjectSearchRequestParam(TypedDict):
    """A request object."""

    object_type_id: str | int
    """A string or integer identifier."""
    filter: "ObjectSearchFilterParam"
    """Exactly one of `and`, `or` (lists of filters), `not` (one filter) or `object_attribute` (a condition)."""


class SegmentInputParam(TypedDict, total=False):
    """A request object. Other keys are accepted too."""

    name: Required[str]
    """The segment's name."""
    description: str
    """What the segment is for."""


class SegmentCreateRequestParam(TypedDict):
    """A request object."""

    segment: "SegmentInputParam | Mapping[str, Any]"


class MessageHeaderParam(TypedDict, total=False):
    """A request object. Other keys are accepted too."""

    name: str
    value: str


class TransactionalContentUpdateParam(TypedDict, total=False):
    """The fields to change on one variant of a transactional message; the others keep their values. A body made in the drag-and-drop editor cannot be replaced. Other keys are accepted too."""

    body: str
    """The HTML body (email) or the message text."""
    body_amp: str
    """The AMP body shown by email clients that support it; the HTML body otherwise."""
    subject: str
    """The email subject."""
    preheader_text: str
    """The preview text inboxes show after the subject."""
    from_id: int
    """The sender identity the email comes from (see `get_sender_identities`)."""
    reply_to_id: int | None
    """The sender identity that receives replies; null for none."""
    headers: "Mapping[str, str] | Sequence[MessageHeaderParam | Mapping[str, Any]] | str"
    """Custom email headers: a header-name to value mapping (header names and values are ASCII strings without spaces; some headers are reserved). Responses may carry them as a list of `{name, value}` pairs, or that list as JSON text."""


class CampaignActionUpdateParam(TypedDict, total=False):
    """Fields of a campaign action (or one of its translations) that can be changed. Other keys are accepted too."""

    body: str
    """The message body (HTML for email, the payload for webhooks); content built in the drag-and-drop editor cannot be changed here."""
    body_amp: str
    """The AMP version of an email body; `body` is the fallback for clients without AMP."""
    sending_state: Literal["automatic", "draft", "off"]
    """How a campaign or broadcast action sends: `automatic` sends when reached, `draft` queues a draft for review, `off` sends nothing."""
    from_id: int
    """The sender identity to send from (see `get_sender_identities`)."""
    reply_to_id: int | None
    """The sender identity replies go to; null for none."""
    recipient: str
    """Who the message goes to, usually Liquid such as `{{customer.email}}`."""
    subject: str
    """The email subject line."""
    preheader_text: str
    """The preview text shown after the subject."""
    headers: "Mapping[str, str] | Sequence[MessageHeaderParam | Mapping[str, Any]] | str"
    """Custom email headers: a header-name to value mapping (header names and values are ASCII strings without spaces; some headers are reserved). Responses may carry them as a list of `{name, value}` pairs, or that list as JSON text."""
    image_url: str
    """The image of an MMS message."""
    url: str
    """The URL a webhook action requests."""
    method: Literal["get", "post", "put", "delete", "patch"]
    """The HTTP method of a webhook action."""
    sender_identity_id: int
    """The WhatsApp business number to send from."""
    send_to_unsubscribed: bool
    """Send even to people who unsubscribed."""
    tracked: bool
    """Track the links of the message."""


class BroadcastActionUpdateParam(TypedDict, total=False):
    """Fields of a broadcast action (or one of its translations) that can be changed. Other keys are accepted too."""

    body: str
    """The message body (HTML for email, the payload for webhooks); content built in the drag-and-drop editor cannot be changed here."""
    body_amp: str
    """The AMP version of an email body; `body` is the fallback for clients without AMP."""
    sending_state: Literal["automatic", "draft", "off"]
    """How a campaign or broadcast action sends: `automatic` sends when reached, `draft` queues a draft for review, `off` sends nothing."""
    from_id: int
    """The sender identity to send from (see `get_sender_identities`)."""
    reply_to_id: int | None
    """The sender identity replies go to; null for none."""
    recipient: str
    """Who the message goes to, usually Liquid such as `{{customer.email}}`."""
    subject: str
    """The email subject line."""
    preheader_text: str
    """The preview text shown after the subject."""
    headers: "Mapping[str, str] | Sequence[MessageHeaderParam | Mapping[str, Any]] | str"
    """Custom email headers: a header-name to value mapping (header names and values are ASCII strings without spaces; some headers are reserved). Responses may carry them as a list of `{name, value}` pairs, or that list as JSON text."""
    image_url: str
    """The image of an MMS message."""
    url: str
    """The URL a webhook action requests."""
    method: Literal["get", "post", "put", "delete", "patch"]
    """The HTTP method of a webhook action."""
    sender_identity_id: int
    """The WhatsApp business number to send from."""
    send_to_unsubscribed: bool
    """Send even to people who unsubscribed."""
    tracked: bool
    """Track the links of the message."""


class NewsletterRecipientsSegmentParam(TypedDict, total=False):
    """Membership of a segment."""

    id: int
    """The segment's id."""


class NewsletterRecipientsAttributeParam(TypedDict, total=False):
    """A condition on a person attribute."""

    field: str
    """The attribute name."""
    operator: Literal["eq", "exists"]
    value: str
    """The value to compare with (for `eq`)."""
    inverse: bool
    """Negate the condition."""


NewsletterRecipientsParam = TypedDict(
    "NewsletterRecipientsParam",
    {
        "and": Sequence[Mapping[str, Any]],
        "or": Sequence[Mapping[str, Any]],
        "not": Mapping[str, Any],
        "segment": "NewsletterRecipientsSegmentParam",
        "attribute": "NewsletterRecipientsAttributeParam",
    },
    total=False,
)
"""Audience filter. Combine `segment` (`{id}`) and `attribute` (`{field, operator, value, inverse}`, operator `eq` or `exists`) conditions with `and`, `or` and `not`. Other keys are accepted too."""

NewsletterCreateRequestParam = TypedDict(
    "NewsletterCreateRequestParam",
    {
        "rate_limit_email_rate": int,
        "rate_limit_time_period": Literal[60, 3600, 86400],
        "rate_limit_spread": bool,
        "name": str,
        "type": Literal["email", "twilio", "push", "in_app", "webhook", "inbox"],
        "recipients": "NewsletterRecipientsParam | Mapping[str, Any]",
        "send_now": bool,
        "scheduled_at": int,
        "subscription_topic_id": int,
        "subject": str,
        "preheader_text": str,
        "body": str,
        "body_plain": str,
        "layout_id": int,
        "from": str,
        "from_id": int,
        "body_json": str,
        "request_method": Literal["DELETE", "GET", "POST", "PUT", "PATCH"],
        "url": str,
    },
    total=False,
)
"""A new newsletter. `name`, `type` and `recipients` are expected by the API, plus the channel's content: `subject` and `body` for email, `body` for SMS (`twilio`), `subject` and/or `body` for push, `body_json` for in-app and inbox, and `body`, `request_method` and `url` for webhooks. Other keys are accepted too."""


class NewsletterContentUpdateParam(TypedDict, total=False):
    """Changes to a content variant; only the fields you send change. Which fields apply depends on the channel. Other keys are accepted too."""

    body: str
    """The message body (HTML for email)."""
    body_amp: str
    """The AMP version of an email body."""
    body_plain: str
    """A plain-text email body replacing the generated one."""
    subject: str
    """The subject line (email) or title (push)."""
    preheader_text: str
    """Email preview text."""
    from_id: int
    """The sender identity's id; unchanged when omitted."""
    reply_to_id: int
    """The reply-to identity's id."""
    recipient: str
    """The recipient address (liquid allowed)."""
    headers: "Mapping[str, str] | Sequence[MessageHeaderParam | Mapping[str, Any]] | str"
    """Custom email headers: a header-name to value mapping (header names and values are ASCII strings without spaces; some headers are reserved). Responses may carry them as a list of `{name, value}` pairs, or that list as JSON text."""
    url: str
    """The webhook's URL."""
    request_method: str
    """The webhook's HTTP method."""


class NewsletterSendRequestParam(TypedDict, total=False):
    """Optional settings for sending a draft now."""

    rate_limit_email_rate: int
    """The most messages per period (any channel, despite the name)."""
    rate_limit_time_period: Literal[60, 3600, 86400]
    """The period in seconds (minute, hour or day)."""
    rate_limit_spread: bool
    """Spread messages evenly over the period instead of sending as fast as allowed."""


class NewsletterScheduleRequestParam(TypedDict, total=False):
    """When to send a draft newsletter. Other keys are accepted too."""

    rate_limit_email_rate: int
    """The most messages per period (any channel, despite the name)."""
    rate_limit_time_period: Literal[60, 3600, 86400]
    """The period in seconds (minute, hour or day)."""
    rate_limit_spread: bool
    """Spread messages evenly over the period instead of sending as fast as allowed."""
    scheduled_at: int
    """Unix seconds in the future, or 0 to remove the schedule."""
    timezone: str
    """The IANA time zone the send time is shown in, e.g. `America/New_York`."""
    tz_match_enabled: bool
    """Send at the scheduled local time in each recipient's time zone."""


class NewsletterLanguageCreateParam(TypedDict, total=False):
    """A new language variant: `language` plus the channel's content (`subject` and `body` for email). Omitted fields are copied from the default variant untranslated. Other keys are accepted too."""

    language: str
    """The language tag, e.g. `es`."""
    subject: str
    """The subject line (email) or title (push)."""
    body: str
    """The message body (HTML for email)."""
    body_amp: str
    """The AMP version of an email body."""
    body_plain: str
    """A plain-text email body."""
    preheader_text: str
    """Email preview text."""
    body_json: str
    """The in-app or inbox message as a JSON-encoded string."""


class DesignStudioFolderInputParam(TypedDict, total=False):
    """A request object."""

    name: Required[str]
    """Folder name; may not contain < > : ' / \\ | ? * or a dot."""
    parent_folder_id: str
    """Parent folder UUID; omit it or send null for the root."""


class DesignStudioFolderUpdateParam(TypedDict, total=False):
    """A request object."""

    name: str
    parent_folder_id: str
    """New parent folder UUID; null moves it to the root."""


class DesignStudioEmailContentParam(TypedDict, total=False):
    """The parts of an email's message. Other keys are accepted too."""

    subject: str
    preheader_text: str
    """Preview text shown after the subject."""
    html: str
    amp: str
    """AMP HTML body."""
    text: str
    """Plain-text body."""


class DesignStudioEmailHeaderParam(TypedDict, total=False):
    """A request object. Other keys are accepted too."""

    name: str
    value: str


class DesignStudioEmailEnvelopeParam(TypedDict, total=False):
    """Sender, recipient and header settings of an email. Other keys are accepted too."""

    from_id: int
    """Sender identity id (null when unset)."""
    reply_to_id: int
    """Reply-to identity id (null when unset)."""
    recipient: str
    """Recipient expression; `{{customer.email}}` when unset."""
    bcc: str
    fake_bcc: bool
    """Whether BCC copies are sent as separate messages."""
    cc: str
    headers: "Sequence[DesignStudioEmailHeaderParam | Mapping[str, Any]]"
    """Custom email headers."""


class DesignStudioEmailTransformersParam(TypedDict, total=False):
    """HTML post-processing settings, each an object with at least `enabled`: `url_parameters`, `css_variables`, `css_inliner`, `accessibility`, `formatter` (`type` none, prettify or minify), `prevent_widows`, `encode_entities`, `remove_unused_css`. Other keys are accepted too."""

    url_parameters: Mapping[str, Any]
    """Query parameters appended to links."""
    css_variables: Mapping[str, Any]
    """Resolution of CSS custom properties."""
    css_inliner: Mapping[str, Any]
    """Moving style rules inline."""
    accessibility: Mapping[str, Any]
    """Accessibility fixes (lang, alt text)."""
    formatter: Mapping[str, Any]
    """Prettify or minify the output."""
    prevent_widows: Mapping[str, Any]
    encode_entities: Mapping[str, Any]
    remove_unused_css: Mapping[str, Any]


class DesignStudioEmailInputParam(TypedDict, total=False):
    """A request object."""

    name: Required[str]
    parent_folder_id: str
    """Parent folder UUID; omit it or send null for the root."""
    is_template: bool
    """Whether the email is a reusable template."""
    content: "DesignStudioEmailContentParam | Mapping[str, Any]"
    """The parts of an email's message."""
    envelope: "DesignStudioEmailEnvelopeParam | Mapping[str, Any]"
    """Sender, recipient and header settings of an email."""
    transformers: "DesignStudioEmailTransformersParam | Mapping[str, Any]"
    """HTML post-processing settings, each an object with at least `enabled`: `url_parameters`, `css_variables`, `css_inliner`, `accessibility`, `formatter` (`type` none, prettify or minify), `prevent_widows`, `encode_entities`, `remove_unused_css`."""


class DesignStudioEmailUpdateParam(TypedDict, total=False):
    """At least one field; omitted fields stay as they are."""

    name: str
    parent_folder_id: str
    """New parent folder UUID; null moves it to the root."""
    is_template: bool
    content: "DesignStudioEmailContentParam | Mapping[str, Any]"
    """The parts of an email's message."""
    envelope: "DesignStudioEmailEnvelopeParam | Mapping[str, Any]"
    """Sender, recipient and header settings of an email."""
    transformers: "DesignStudioEmailTransformersParam | Mapping[str, Any]"
    """HTML post-processing settings, each an object with at least `enabled`: `url_parameters`, `css_variables`, `css_inliner`, `accessibility`, `formatter` (`type` none, prettify or minify), `prevent_widows`, `encode_entities`, `remove_unused_css`."""


class DesignStudioEmailTranslationInputParam(TypedDict, total=False):
    """A request object."""

    language: Required[str]
    """The translation's language code."""
    content: "DesignStudioEmailContentParam | Mapping[str, Any]"
    """The parts of an email's message."""
    envelope: "DesignStudioEmailEnvelopeParam | Mapping[str, Any]"
    """Sender, recipient and header settings of an email."""
    transformers: "DesignStudioEmailTransformersParam | Mapping[str, Any]"
    """HTML post-processing settings, each an object with at least `enabled`: `url_parameters`, `css_variables`, `css_inliner`, `accessibility`, `formatter` (`type` none, prettify or minify), `prevent_widows`, `encode_entities`, `remove_unused_css`."""


class DesignStudioEmailTranslationUpdateParam(TypedDict, total=False):
    """At least one field; omitted fields stay as they are."""

    content: "DesignStudioEmailContentParam | Mapping[str, Any]"
    """The parts of an email's message."""
    envelope: "DesignStudioEmailEnvelopeParam | Mapping[str, Any]"
    """Sender, recipient and header settings of an email."""
    transformers: "DesignStudioEmailTransformersParam | Mapping[str, Any]"
    """HTML post-processing settings, each an object with at least `enabled`: `url_parameters`, `css_variables`, `css_inliner`, `accessibility`, `formatter` (`type` none, prettify or minify), `prevent_widows`, `encode_entities`, `remove_unused_css`."""


class DesignStudioComponentInputParam(TypedDict, total=False):
    """A request object."""

    name: Required[str]
    """Display name in Design Studio."""
    tag: Required[str]
    """The tag emails use to include the component."""
    parent_folder_id: str
    """Parent folder UUID; omit it or send null for the root."""
    content: str
    """The component's HTML."""


class DesignStudioComponentUpdateParam(TypedDict, total=False):
    """At least one field; omitted fields stay as they are."""

    name: str
    tag: str
    parent_folder_id: str
    """New parent folder UUID; null moves it to the root."""
    content: str


class AssetUploadInputParam(TypedDict, total=False):
    """What `create_asset` takes (node's CreateAssetInput)."""

    data: Required[bytes | str | IO[bytes]]
    """The file's content (bytes-like or str)."""
    filename: Required[str]
    """File name sent with the file part."""
    content_type: str
    """The file part's MIME type; guessed from the extension when empty."""
    contentType: str
    """Node's spelling of `content_type`."""
    name: str
    """Display name; the file name when omitted."""
    parent_folder_id: int
    """Asset folder to put the file in."""
    parentFolderId: int
    """Node's spelling of `parent_folder_id`."""


class AssetUpdateParam(TypedDict, total=False):
    """At least one field."""

    name: str
    parent_folder_id: int
    """New asset folder; null moves it to the root."""


class AssetFolderInputParam(TypedDict, total=False):
    """A request object."""

    name: Required[str]
    """Unique among its siblings."""
    parent_folder_id: int
    """Parent asset folder; omit or 0 for the root."""


class AssetFolderUpdateParam(TypedDict, total=False):
    """At least one field."""

    name: str
    parent_folder_id: int
    """New parent folder; null moves it to the root."""


class CollectionInputParam(TypedDict, total=False):
    """Give `data` or `url`, not both."""

    name: Required[str]
    """The name messages use, as in `{{name.key}}`."""
    data: Sequence[Mapping[str, Any]]
    """The rows, one object each."""
    url: str
    """Where to download CSV or JSON rows."""


class CollectionUpdateParam(TypedDict, total=False):
    """New `data` or `url` replaces every row."""

    name: str
    """A new name."""
    data: Sequence[Mapping[str, Any]]
    """Rows replacing the collection's data."""
    url: str
    """A URL the collection's data is fetched from instead."""


class ReportingWebhookInputParam(TypedDict, total=False):
    """A new reporting webhook. Other keys are accepted too."""

    endpoint: Required[str]
    """The URL to post events to."""
    events: Required[
        Sequence[
            Literal[
                "customer_subscribed",
                "customer_unsubscribed",
                "customer_subscription_preferences_changed",
                "email_drafted",
                "email_attempted",
                "email_sent",
                "email_delivered",
                "email_opened",
                "email_clicked",
                "email_converted",
                "email_bounced",
                "email_dropped",
                "email_deferred",
                "email_spammed",
                "email_failed",
                "email_unsubscribed",
                "email_undeliverable",
                "push_drafted",
                "push_attempted",
                "push_sent",
                "push_delivered",
                "push_opened",
                "push_clicked",
                "push_converted",
                "push_bounced",
                "push_dropped",
                "push_failed",
                "push_undeliverable",
                "slack_drafted",
                "slack_attempted",
                "slack_sent",
                "slack_clicked",
                "slack_converted",
                "slack_failed",
                "sms_drafted",
                "sms_attempted",
                "sms_sent",
                "sms_delivered",
                "sms_clicked",
                "sms_converted",
                "sms_bounced",
                "sms_failed",
                "sms_undeliverable",
                "webhook_drafted",
                "webhook_attempted",
                "webhook_sent",
                "webhook_clicked",
                "webhook_converted",
                "webhook_failed",
                "webhook_undeliverable",
            ]
        ]
    ]
    """Event types to report."""
    name: str
    """A name to recognise the webhook by."""
    full_resolution: bool
    """Report every open and click, not only the first; off when omitted."""
    with_content: bool
    """Include the message content in the `*_sent` events."""
    disabled: bool
    """Create it paused: no events are posted until it is enabled."""


class ReportingWebhookUpdateParam(TypedDict, total=False):
    """The reporting webhook fields to change. Other keys are accepted too."""

    endpoint: str
    """The URL to post events to."""
    events: Sequence[
        Literal[
            "customer_subscribed",
            "customer_unsubscribed",
            "customer_subscription_preferences_changed",
            "email_drafted",
            "email_attempted",
            "email_sent",
            "email_delivered",
            "email_opened",
            "email_clicked",
            "email_converted",
            "email_bounced",
            "email_dropped",
            "email_deferred",
            "email_spammed",
            "email_failed",
            "email_unsubscribed",
            "email_undeliverable",
            "push_drafted",
            "push_attempted",
            "push_sent",
            "push_delivered",
            "push_opened",
            "push_clicked",
            "push_converted",
            "push_bounced",
            "push_dropped",
            "push_failed",
            "push_undeliverable",
            "slack_drafted",
            "slack_attempted",
            "slack_sent",
            "slack_clicked",
            "slack_converted",
            "slack_failed",
            "sms_drafted",
            "sms_attempted",
            "sms_sent",
            "sms_delivered",
            "sms_clicked",
            "sms_converted",
            "sms_bounced",
            "sms_failed",
            "sms_undeliverable",
            "webhook_drafted",
            "webhook_attempted",
            "webhook_sent",
            "webhook_clicked",
            "webhook_converted",
            "webhook_failed",
            "webhook_undeliverable",
        ]
    ]
    """Event types to report (replaces the current list)."""
    name: str
    """A name to recognise the webhook by."""
    full_resolution: bool
    """Report every open and click, not only the first; off when omitted."""
    with_content: bool
    """Include the message content in the `*_sent` events."""
    disabled: bool
    """Pause (`true`) or resume (`false`) posting events."""


class SnippetInputParam(TypedDict):
    """A request object."""

    name: str
    """Unique name; surrounding whitespace is trimmed."""
    value: str
    """The content; surrounding whitespace is trimmed."""


class ImportInputParam(TypedDict, total=False):
    """The parameters of a new import. Other keys are accepted too."""

    data_file_url: Required[str]
    """A URL the CSV can be downloaded from."""
    type: Required[Literal["people", "event", "object", "relationship"]]
    """What the file holds."""
    identifier: Literal["id", "email", "cio_id"]
    """How rows identify people."""
    object_type_id: str | int
    """A string or integer identifier."""
    name: str
    """A name for the import."""
    description: str
    """A description of the import."""
    people_to_process: Literal["all", "only_existing", "only_new"]
    """The older name of `data_to_process`."""
    data_to_process: Literal["all", "only_existing", "only_new"]
    """Which rows to apply: all, only existing people or objects, or only new ones."""


class DataIndexAttributeParam(TypedDict, total=False):
    """A request object. Other keys are accepted too."""

    name: Required[str]
    description: str
    object_type_id: int
    is_relationship: bool
    event_name: str
    privacy_level: Literal[0, 1]
    """1 marks the attribute as sensitive."""


class DataIndexEventParam(TypedDict, total=False):
    """A request object. Other keys are accepted too."""

    name: Required[str]
    description: str


SendIdentifiersParam = SendIdentifiersIdParam | SendIdentifiersEmailParam | SendIdentifiersCioIdParam
"""The recipient, by exactly one of `id`, `email` or `cio_id`. Exactly one key."""

SendPushIosPayloadParam = SendPushIosFcmPayloadParam | SendPushIosApnsPayloadParam | Mapping[str, Any]
"""The iOS payload. Its shape depends on how the workspace reaches iOS devices: through Firebase (a `message.apns` envelope) or directly through APNs (`CIO` and `aps` at the top)."""

AudienceFilterParam = (
    AudienceFilterAndParam
    | AudienceFilterOrParam
    | AudienceFilterNotParam
    | AudienceFilterSegmentParam
    | AudienceFilterAttributeParam
)
"""Who to select, as exactly one key: `and` or `or` (a list of filters, all or any of which must match), `not` (one filter that must not match), `segment` (members of a segment) or `attribute` (a condition on a profile attribute). Filters nest to any depth. Exactly one key."""

BroadcastRecipientsParam = (
    AudienceFilterParam
    | BroadcastRecipientIdsParam
    | BroadcastRecipientEmailsParam
    | BroadcastRecipientPerUserDataParam
    | BroadcastRecipientDataFileParam
)
"""Who a triggered broadcast goes to (the `recipients` argument of `trigger_broadcast`): an audience filter, sent as `recipients`; or a list of people by id, by email, with per-person data, or in a file, whose fields (and the flags that go with them) are sent at the top level of the body."""

ObjectSearchFilterParam = (
    ObjectSearchFilterAndParam
    | ObjectSearchFilterOrParam
    | ObjectSearchFilterNotParam
    | ObjectSearchFilterObjectAttributeParam
)
"""Exactly one of `and`, `or` (lists of filters), `not` (one filter) or `object_attribute` (a condition). Exactly one key."""
