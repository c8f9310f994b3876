"""Request TypedDicts of the Customer.io Track API: the shapes of the structured arguments.

Rendered by `make generate` from spec/track.yaml (generator/request_types.py); do not
edit. Pass plain dict literals: mypy checks their keys and values against these types, the
clients send them as given. `customerio.types` re-exports every one.
"""

import sys
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, NotRequired, Required

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
    "AddDeviceDataParam",
    "SubmitFormDataParam",
    "TrackAttributesParam",
    "TrackDeviceAttributesParam",
    "TrackDeviceRequestDeviceParam",
    "TrackDeviceRequestParam",
    "TrackEntityOperationParam",
    "TrackEventDataParam",
    "TrackEventParam",
    "TrackFormSubmissionDataParam",
    "TrackFormSubmissionParam",
    "TrackMergeIdentifierCioIdParam",
    "TrackMergeIdentifierEmailParam",
    "TrackMergeIdentifierIdParam",
    "TrackMergeIdentifierParam",
    "TrackMergeRequestParam",
    "TrackMetricParam",
    "TrackObjectIdentifiersParam",
    "TrackObjectRelationshipParam",
    "TrackPersonIdentifiersParam",
    "TrackPersonRelationshipIdentifiersParam",
    "TrackPersonRelationshipParam",
    "TrackPushMetricParam",
    "TrackRelationshipChangeParam",
    "TrackSegmentMembersParam",
    "TrackSubscriptionPreferencesParam",
    "TrackV2DeliveryEventAttributesParam",
    "TrackV2DeliveryEventIdentifiersParam",
    "TrackV2DeliveryEventParam",
    "TrackV2DeviceParam",
    "TrackV2ObjectAddRelationshipsParam",
    "TrackV2ObjectDeleteParam",
    "TrackV2ObjectDeleteRelationshipsParam",
    "TrackV2ObjectIdentifyAnonymousCioRelationshipsItemIdentifiersParam",
    "TrackV2ObjectIdentifyAnonymousCioRelationshipsItemParam",
    "TrackV2ObjectIdentifyAnonymousParam",
    "TrackV2ObjectIdentifyParam",
    "TrackV2ObjectOperationParam",
    "TrackV2PageAttributesParam",
    "TrackV2PersonAddDeviceParam",
    "TrackV2PersonAddRelationshipsParam",
    "TrackV2PersonAttributesParam",
    "TrackV2PersonDeleteDeviceDeviceParam",
    "TrackV2PersonDeleteDeviceParam",
    "TrackV2PersonDeleteParam",
    "TrackV2PersonDeleteRelationshipsParam",
    "TrackV2PersonEventParam",
    "TrackV2PersonIdentifyParam",
    "TrackV2PersonMergeParam",
    "TrackV2PersonOperationParam",
    "TrackV2PersonPageParam",
    "TrackV2PersonScreenParam",
    "TrackV2PersonSuppressParam",
    "TrackV2PersonUnsuppressParam",
]


class TrackObjectIdentifiersParam(TypedDict, total=False):
    """Which object: its type id and id (creates the object when new), or its `cio_object_id` (existing objects only)."""

    object_type_id: str
    """The object type's id (a number"""
    object_id: str
    """Your id of the object."""
    cio_object_id: str
    """Customer.io's id of the object."""


class TrackObjectRelationshipParam(TypedDict, total=False):
    """One object a person or another entity is related to, and what describes that link."""

    identifiers: "TrackObjectIdentifiersParam"
    """Which object: its type id and id (creates the object when new), or its `cio_object_id` (existing objects only)."""
    relationship_attributes: Mapping[str, Any]
    """Attributes of the relationship itself (not of the object)."""


class TrackRelationshipChangeParam(TypedDict, total=False):
    """Relationships to objects to add to or remove from the person with this update."""

    action: Literal["add_relationships", "delete_relationships"]
    """Whether `relationships` are added or removed."""
    relationships: "Sequence[TrackObjectRelationshipParam]"


class TrackSubscriptionPreferencesParam(TypedDict, total=False):
    """The person's subscription topic choices."""

    topics: Mapping[str, bool]
    """`topic_<id>` keys with true (subscribed) or false (unsubscribed)."""


class TrackAttributesParam(TypedDict, total=False):
    """A person's attributes. Any other key is stored as a custom attribute; the keys below mean something to Customer.io. Other keys are accepted too."""

    id: str | int
    """The person's id. Set it when the path addresses them by email; change it when the path addresses them as `cio_<cio_id>`."""
    email: str
    """The person's email address."""
    anonymous_id: str
    """An anonymous id to attribute earlier anonymous events to this person."""
    created_at: int
    """When the person signed up"""
    _timestamp: int
    """When this update happened (Unix seconds); orders updates sent close together."""
    _update: bool
    """True to only update an existing person: nobody is created when the identifier is unknown (the change is logged as failed instead)."""
    cio_relationships: "TrackRelationshipChangeParam"
    """Relationships to objects to add to or remove from the person with this update."""
    unsubscribed: bool
    """True unsubscribes the person from every message; false or absent leaves it to their topic preferences."""
    cio_subscription_preferences: "TrackSubscriptionPreferencesParam"
    """The person's subscription topic choices."""


class TrackEventDataParam(TypedDict, total=False):
    """The event's properties; any key is kept, the keys below also steer messages it triggers. Other keys are accepted too."""

    recipient: str
    """Where a triggered email goes instead of the person's address (required for invite events)."""
    from_address: str
    """The sender address of a triggered email."""
    reply_to: str
    """The reply-to address of a triggered email."""


class TrackEventParam(TypedDict, total=False):
    """An event. `type` tells a plain event from a page or screen view; an anonymous event carries `anonymous_id`, an invite (anonymous, without id) a `data.recipient`."""

    name: Required[str]
    """The event name (the page URL or screen name for views)."""
    type: Literal["event", "page", "screen"]
    """`event` when omitted."""
    data: "TrackEventDataParam | Mapping[str, Any]"
    """The event's properties; any key is kept, the keys below also steer messages it triggers."""
    timestamp: int
    """When it happened"""
    id: str
    """A ULID that deduplicates the event."""
    anonymous_id: str
    """The anonymous id (anonymous events and screen views)."""


class TrackPushMetricParam(TypedDict, total=False):
    """A request object."""

    delivery_id: str
    event: Literal["opened", "converted", "delivered"]
    device_id: str
    timestamp: int


class TrackDeviceAttributesParam(TypedDict, total=False):
    """What is known about a device. Customer.io's SDKs fill in the keys below; any other key becomes a custom device attribute. Other keys are accepted too."""

    device_os: str
    """The operating system and its version."""
    device_model: str
    """The hardware model."""
    app_version: str
    """Your app's version."""
    cio_sdk_version: str
    """The version of Customer.io's SDK in the app."""
    device_locale: str
    """The device's locale"""
    push_enabled: Literal["true", "false"]
    """Whether the person allows push notifications, as a string."""


class TrackDeviceRequestDeviceParam(TypedDict, total=False):
    """A request object."""

    id: Required[str]
    """The device token."""
    platform: Required[Literal["ios", "android"]]
    last_used: int
    """When the device was last used"""
    attributes: "TrackDeviceAttributesParam | Mapping[str, Any]"
    """What is known about a device. Customer.io's SDKs fill in the keys below; any other key becomes a custom device attribute."""


class TrackDeviceRequestParam(TypedDict):
    """A request object."""

    device: "TrackDeviceRequestDeviceParam"


class AddDeviceDataParam(TypedDict, total=False):
    """`last_used` and device attributes. Other keys are accepted too."""

    device_os: str
    """The operating system and its version."""
    device_model: str
    """The hardware model."""
    app_version: str
    """Your app's version."""
    cio_sdk_version: str
    """The version of Customer.io's SDK in the app."""
    device_locale: str
    """The device's locale"""
    push_enabled: Literal["true", "false"]
    """Whether the person allows push notifications, as a string."""
    last_used: int
    """When the device was last used, Unix seconds."""


class TrackPersonIdentifiersParam(TypedDict, total=False):
    """How the operation names the person: one of `id`, `email`, `phone` or `cio_id`."""

    id: str | int
    """A string or integer identifier."""
    email: str
    phone: str
    cio_id: str


class TrackV2PersonAttributesParam(TypedDict, total=False):
    """Attributes to set on the person; any key is a custom attribute. Other keys are accepted too."""

    cio_subscription_preferences: "TrackSubscriptionPreferencesParam"
    """The person's subscription topic choices."""
    _update: bool
    """True to only update an existing person, never create one."""


class TrackV2PersonIdentifyParam(TypedDict, total=False):
    """Create or update a person."""

    type: Required[Literal["person"]]
    action: Required[Literal["identify"]]
    identifiers: Required["TrackPersonIdentifiersParam"]
    """How the operation names the person: one of `id`, `email`, `phone` or `cio_id`."""
    timestamp: int
    """When the update happened"""
    attributes: "TrackV2PersonAttributesParam | Mapping[str, Any]"
    """Attributes to set on the person; any key is a custom attribute."""
    cio_relationships: "Sequence[TrackObjectRelationshipParam]"
    """Objects to relate the person to."""


class TrackV2PersonDeleteParam(TypedDict):
    """Delete a person."""

    type: Literal["person"]
    action: Literal["delete"]
    identifiers: "TrackPersonIdentifiersParam"
    """How the operation names the person: one of `id`, `email`, `phone` or `cio_id`."""


class TrackV2PersonEventParam(TypedDict):
    """Record an event for a person."""

    type: Literal["person"]
    action: Literal["event"]
    identifiers: "TrackPersonIdentifiersParam"
    """How the operation names the person: one of `id`, `email`, `phone` or `cio_id`."""
    id: NotRequired[str]
    """A ULID that deduplicates the event."""
    name: str
    """The event name."""
    timestamp: NotRequired[int]
    """When it happened"""
    attributes: NotRequired["TrackEventDataParam | Mapping[str, Any]"]
    """The event's properties; any key is kept, the keys below also steer messages it triggers."""


class TrackV2PersonScreenParam(TypedDict):
    """Record a mobile screen view."""

    type: Literal["person"]
    action: Literal["screen"]
    identifiers: "TrackPersonIdentifiersParam"
    """How the operation names the person: one of `id`, `email`, `phone` or `cio_id`."""
    id: NotRequired[str]
    """A ULID that deduplicates the view."""
    name: str
    """The screen's name."""
    timestamp: NotRequired[int]
    """When it happened"""
    attributes: NotRequired[Mapping[str, Any]]
    """Properties of the view."""


class TrackV2PageAttributesParam(TypedDict, total=False):
    """Properties of a page view; any key is kept. Other keys are accepted too."""

    path: str
    referrer: str
    search: str
    """The query string."""
    title: str
    url: str
    keywords: Sequence[str]


class TrackV2PersonPageParam(TypedDict):
    """Record a web page view."""

    type: Literal["person"]
    action: Literal["page"]
    identifiers: "TrackPersonIdentifiersParam"
    """How the operation names the person: one of `id`, `email`, `phone` or `cio_id`."""
    id: NotRequired[str]
    """A ULID that deduplicates the view."""
    name: str
    """The page's URL."""
    timestamp: NotRequired[int]
    """When it happened"""
    attributes: NotRequired["TrackV2PageAttributesParam | Mapping[str, Any]"]
    """Properties of a page view; any key is kept."""


class TrackV2PersonAddRelationshipsParam(TypedDict):
    """Relate a person to objects."""

    type: Literal["person"]
    action: Literal["add_relationships"]
    identifiers: "TrackPersonIdentifiersParam"
    """How the operation names the person: one of `id`, `email`, `phone` or `cio_id`."""
    cio_relationships: "Sequence[TrackObjectRelationshipParam]"


class TrackV2PersonDeleteRelationshipsParam(TypedDict):
    """Remove a person's relationships to objects."""

    type: Literal["person"]
    action: Literal["delete_relationships"]
    identifiers: "TrackPersonIdentifiersParam"
    """How the operation names the person: one of `id`, `email`, `phone` or `cio_id`."""
    cio_relationships: "Sequence[TrackObjectRelationshipParam]"


class TrackV2DeviceParam(TypedDict, total=False):
    """A device in a v2 operation (the token is `token` here, not `id`)."""

    token: Required[str]
    """The device token."""
    platform: Required[Literal["ios", "android"]]
    last_used: int
    """When the device was last used"""
    attributes: "TrackDeviceAttributesParam | Mapping[str, Any]"
    """What is known about a device. Customer.io's SDKs fill in the keys below; any other key becomes a custom device attribute."""


class TrackV2PersonAddDeviceParam(TypedDict):
    """Add or update one of the person's devices."""

    type: Literal["person"]
    action: Literal["add_device"]
    identifiers: "TrackPersonIdentifiersParam"
    """How the operation names the person: one of `id`, `email`, `phone` or `cio_id`."""
    device: "TrackV2DeviceParam"
    """A device in a v2 operation (the token is `token` here, not `id`)."""


class TrackV2PersonDeleteDeviceDeviceParam(TypedDict):
    """A request object."""

    token: str
    """The token of the device to remove."""


class TrackV2PersonDeleteDeviceParam(TypedDict):
    """Remove a device from the person."""

    type: Literal["person"]
    action: Literal["delete_device"]
    identifiers: "TrackPersonIdentifiersParam"
    """How the operation names the person: one of `id`, `email`, `phone` or `cio_id`."""
    device: "TrackV2PersonDeleteDeviceDeviceParam"


class TrackMergeIdentifierIdParam(TypedDict):
    """`id`: A string or integer identifier."""

    id: str | int


class TrackMergeIdentifierEmailParam(TypedDict):
    """`email`:"""

    email: str


class TrackMergeIdentifierCioIdParam(TypedDict):
    """`cio_id`:"""

    cio_id: str


class TrackV2PersonMergeParam(TypedDict):
    """Merge `secondary` into `primary`; the secondary person is deleted."""

    type: Literal["person"]
    action: Literal["merge"]
    primary: "TrackMergeIdentifierParam"
    """One person of a merge, named by exactly one of `id`, `email` or `cio_id`."""
    secondary: "TrackMergeIdentifierParam"
    """One person of a merge, named by exactly one of `id`, `email` or `cio_id`."""


class TrackV2PersonSuppressParam(TypedDict):
    """Delete a person and refuse to add them again."""

    type: Literal["person"]
    action: Literal["suppress"]
    identifiers: "TrackPersonIdentifiersParam"
    """How the operation names the person: one of `id`, `email`, `phone` or `cio_id`."""


class TrackV2PersonUnsuppressParam(TypedDict):
    """Allow a suppressed person to be added again."""

    type: Literal["person"]
    action: Literal["unsuppress"]
    identifiers: "TrackPersonIdentifiersParam"
    """How the operation names the person: one of `id`, `email`, `phone` or `cio_id`."""


class TrackPersonRelationshipIdentifiersParam(TypedDict, total=False):
    """One of `id`, `email` or `cio_id`."""

    id: str | int
    """A string or integer identifier."""
    email: str
    cio_id: str


class TrackPersonRelationshipParam(TypedDict, total=False):
    """A person an object is related to, and attributes of the link."""

    identifiers: "TrackPersonRelationshipIdentifiersParam"
    """One of `id`, `email` or `cio_id`."""
    relationship_attributes: Mapping[str, Any]


class TrackV2ObjectIdentifyParam(TypedDict):
    """Create or update an object, optionally relating people to it."""

    type: Literal["object"]
    action: Literal["identify"]
    identifiers: "TrackObjectIdentifiersParam"
    """Which object: its type id and id (creates the object when new), or its `cio_object_id` (existing objects only)."""
    attributes: NotRequired[Mapping[str, Any]]
    """The object's attributes."""
    cio_relationships: NotRequired["Sequence[TrackPersonRelationshipParam]"]
    """People to relate to the object."""


class TrackV2ObjectIdentifyAnonymousCioRelationshipsItemIdentifiersParam(TypedDict, total=False):
    """A request object."""

    anonymous_id: str


class TrackV2ObjectIdentifyAnonymousCioRelationshipsItemParam(TypedDict, total=False):
    """A request object."""

    identifiers: "TrackV2ObjectIdentifyAnonymousCioRelationshipsItemIdentifiersParam"
    relationship_attributes: Mapping[str, Any]


class TrackV2ObjectIdentifyAnonymousParam(TypedDict):
    """Create or update an object and relate it to anonymous visitors."""

    type: Literal["object"]
    action: Literal["identify_anonymous"]
    identifiers: "TrackObjectIdentifiersParam"
    """Which object: its type id and id (creates the object when new), or its `cio_object_id` (existing objects only)."""
    attributes: NotRequired[Mapping[str, Any]]
    """The object's attributes."""
    cio_relationships: NotRequired["Sequence[TrackV2ObjectIdentifyAnonymousCioRelationshipsItemParam]"]
    """Anonymous visitors to relate to the object."""


class TrackV2ObjectDeleteParam(TypedDict):
    """Delete an object."""

    type: Literal["object"]
    action: Literal["delete"]
    identifiers: "TrackObjectIdentifiersParam"
    """Which object: its type id and id (creates the object when new), or its `cio_object_id` (existing objects only)."""


class TrackV2ObjectAddRelationshipsParam(TypedDict):
    """Relate people to an object."""

    type: Literal["object"]
    action: Literal["add_relationships"]
    identifiers: "TrackObjectIdentifiersParam"
    """Which object: its type id and id (creates the object when new), or its `cio_object_id` (existing objects only)."""
    cio_relationships: "Sequence[TrackPersonRelationshipParam]"


class TrackV2ObjectDeleteRelationshipsParam(TypedDict):
    """Remove people's relationships to an object."""

    type: Literal["object"]
    action: Literal["delete_relationships"]
    identifiers: "TrackObjectIdentifiersParam"
    """Which object: its type id and id (creates the object when new), or its `cio_object_id` (existing objects only)."""
    cio_relationships: "Sequence[TrackPersonRelationshipParam]"


class TrackV2DeliveryEventIdentifiersParam(TypedDict, total=False):
    """A request object."""

    id: str
    """The delivery id."""


class TrackV2DeliveryEventAttributesParam(TypedDict):
    """A request object."""

    device_token: str
    """The device the notification went to."""


class TrackV2DeliveryEventParam(TypedDict):
    """Report a push delivery metric (the v2 form of `track_push`)."""

    type: Literal["delivery"]
    action: Literal["event"]
    identifiers: "TrackV2DeliveryEventIdentifiersParam"
    name: Literal["opened", "converted", "delivered"]
    """The metric."""
    attributes: "TrackV2DeliveryEventAttributesParam"


class TrackMergeRequestParam(TypedDict):
    """A request object."""

    primary: "TrackMergeIdentifierParam"
    """One person of a merge, named by exactly one of `id`, `email` or `cio_id`."""
    secondary: "TrackMergeIdentifierParam"
    """One person of a merge, named by exactly one of `id`, `email` or `cio_id`."""


class TrackSegmentMembersParam(TypedDict):
    """A request object."""

    ids: Sequence[str | int]


class TrackFormSubmissionDataParam(TypedDict, total=False):
    """The form's fields, each sent as given. One of `email` or `id` names the person the submission creates or updates. Other keys are accepted too."""

    email: str
    """The submitter's email address."""
    id: str | int
    """A string or integer identifier."""


class TrackFormSubmissionParam(TypedDict):
    """A request object."""

    data: "TrackFormSubmissionDataParam | Mapping[str, Any]"
    """The form's fields, each sent as given. One of `email` or `id` names the person the submission creates or updates."""


class SubmitFormDataParam(TypedDict, total=False):
    """The form's fields, each sent as given. One of `email` or `id` names the person the submission creates or updates. Other keys are accepted too."""

    email: str
    """The submitter's email address."""
    id: str | int
    """A string or integer identifier."""


class TrackMetricParam(TypedDict, total=False):
    """A request object."""

    delivery_id: Required[str]
    metric: Required[
        Literal["delivered", "opened", "clicked", "converted", "bounced", "deferred", "dropped", "spammed"]
    ]
    timestamp: int
    recipient: str
    reason: str
    href: str


TrackMergeIdentifierParam = (
    TrackMergeIdentifierIdParam | TrackMergeIdentifierEmailParam | TrackMergeIdentifierCioIdParam
)
"""One person of a merge, named by exactly one of `id`, `email` or `cio_id`. Exactly one key."""

TrackV2PersonOperationParam = (
    TrackV2PersonIdentifyParam
    | TrackV2PersonDeleteParam
    | TrackV2PersonEventParam
    | TrackV2PersonScreenParam
    | TrackV2PersonPageParam
    | TrackV2PersonAddRelationshipsParam
    | TrackV2PersonDeleteRelationshipsParam
    | TrackV2PersonAddDeviceParam
    | TrackV2PersonDeleteDeviceParam
    | TrackV2PersonMergeParam
    | TrackV2PersonSuppressParam
    | TrackV2PersonUnsuppressParam
)
"""A v2 operation on a person, by `action`."""

TrackV2ObjectOperationParam = (
    TrackV2ObjectIdentifyParam
    | TrackV2ObjectIdentifyAnonymousParam
    | TrackV2ObjectDeleteParam
    | TrackV2ObjectAddRelationshipsParam
    | TrackV2ObjectDeleteRelationshipsParam
)
"""A v2 operation on an object, by `action`."""

TrackEntityOperationParam = TrackV2PersonOperationParam | TrackV2ObjectOperationParam | TrackV2DeliveryEventParam
"""One v2 operation: `type` says what it acts on (`person`, `object` or `delivery`), then `action` what it does."""
