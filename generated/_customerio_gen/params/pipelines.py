"""Request TypedDicts of the Customer.io Pipelines API: the shapes of the structured arguments.

Rendered by `make generate` from spec/pipelines.yaml (generator/request_types.py); do not
edit. Pass plain dict literals: mypy checks their keys and values against these types, the
clients send them as given. `customerio.types` re-exports every one.
"""

import sys
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, Required

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
    "PipelinesBatchItemParam",
    "PipelinesBatchRequestParam",
    "PipelinesContextAppParam",
    "PipelinesContextCampaignParam",
    "PipelinesContextDeviceParam",
    "PipelinesContextNetworkParam",
    "PipelinesContextOsParam",
    "PipelinesContextPageParam",
    "PipelinesContextParam",
    "PipelinesIdentifyTraitsParam",
    "PipelinesLibraryParam",
    "PipelinesPagePropertiesParam",
    "PipelinesSubscriptionPreferencesParam",
]


class PipelinesLibraryParam(TypedDict, total=False):
    """The library that sent the call."""

    name: str
    version: str


class PipelinesContextPageParam(TypedDict, total=False):
    """The web page the call came from. Other keys are accepted too."""

    name: str
    path: str
    referrer: str
    search: str
    title: str
    url: str
    keywords: Sequence[str]


class PipelinesContextCampaignParam(TypedDict, total=False):
    """UTM parameters of the visit. Other keys are accepted too."""

    name: str
    source: str
    medium: str
    term: str
    content: str


class PipelinesContextAppParam(TypedDict, total=False):
    """The mobile app the call came from. Other keys are accepted too."""

    name: str
    version: str
    build: str
    namespace: str


class PipelinesContextDeviceParam(TypedDict, total=False):
    """The device the call came from. Other keys are accepted too."""

    id: str
    advertisingId: str
    manufacturer: str
    model: str
    name: str
    type: Literal["android", "ios"]
    """The device's platform."""
    version: str
    token: str
    """The push token (for `Device Created or Updated` and `Device Deleted` events)."""


class PipelinesContextNetworkParam(TypedDict, total=False):
    """The device's network connections. Other keys are accepted too."""

    bluetooth: bool
    carrier: str
    cellular: bool
    wifi: bool


class PipelinesContextOsParam(TypedDict, total=False):
    """The device's operating system. Other keys are accepted too."""

    name: str
    version: str


class PipelinesContextParam(TypedDict, total=False):
    """What surrounds the call. Keys given per call win over the client's `default_context` (a shallow merge); `library` names this SDK unless the call sets it. Other keys are accepted too."""

    library: "PipelinesLibraryParam"
    """The library that sent the call."""
    active: bool
    """False to update traits without marking the person as seen."""
    ip: str
    locale: str
    """For example `en-US`."""
    userAgent: str
    channel: Literal["browser", "server", "mobile"]
    """Where the call comes from."""
    page: "PipelinesContextPageParam | Mapping[str, Any]"
    """The web page the call came from."""
    campaign: "PipelinesContextCampaignParam | Mapping[str, Any]"
    """UTM parameters of the visit."""
    app: "PipelinesContextAppParam | Mapping[str, Any]"
    """The mobile app the call came from."""
    device: "PipelinesContextDeviceParam | Mapping[str, Any]"
    """The device the call came from."""
    network: "PipelinesContextNetworkParam | Mapping[str, Any]"
    """The device's network connections."""
    os: "PipelinesContextOsParam | Mapping[str, Any]"
    """The device's operating system."""


class PipelinesSubscriptionPreferencesParam(TypedDict, total=False):
    """The person's subscription choices, true to subscribe and false to unsubscribe."""

    topics: Mapping[str, bool]
    """`topic_<id>` keys."""
    channels: Mapping[str, bool]
    """Channel names (`email`, `sms`, …)."""


class PipelinesIdentifyTraitsParam(TypedDict, total=False):
    """A person's traits; any key is a custom attribute, the keys below mean something to Customer.io. Other keys are accepted too."""

    email: str
    """The person's email address."""
    createdAt: str
    """When the person signed up."""
    cio_subscription_preferences: "PipelinesSubscriptionPreferencesParam"
    """The person's subscription choices, true to subscribe and false to unsubscribe."""
    unsubscribed: bool
    """True unsubscribes the person from every message."""


class PipelinesPagePropertiesParam(TypedDict, total=False):
    """A page view's properties; any key is kept, the keys below describe the page. Other keys are accepted too."""

    category: str
    url: str
    title: str
    referrer: str
    path: str
    search: str
    """The query string."""


class PipelinesBatchItemParam(TypedDict, total=False):
    """One call inside a batch: `type` and the fields of that call (the union of the single calls' fields). Other keys are accepted too."""

    messageId: str
    """Unique id of the call."""
    timestamp: str
    """When it happened."""
    sentAt: str
    """When the library sent it."""
    originalTimestamp: str
    """The device's clock when the call was made."""
    context: "PipelinesContextParam | Mapping[str, Any]"
    """What surrounds the call. Keys given per call win over the client's `default_context` (a shallow merge); `library` names this SDK unless the call sets it."""
    integrations: Mapping[str, bool]
    """Destination names mapped to true (on) or false (off); `All` sets the default for the others."""
    type: Literal["identify", "track", "page", "screen", "group", "alias"]
    userId: str
    anonymousId: str
    event: str
    name: str
    category: str
    groupId: str
    previousId: str
    traits: "PipelinesIdentifyTraitsParam | Mapping[str, Any]"
    """A person's traits; any key is a custom attribute, the keys below mean something to Customer.io."""
    properties: "PipelinesPagePropertiesParam | Mapping[str, Any]"
    """A page view's properties; any key is kept, the keys below describe the page."""


class PipelinesBatchRequestParam(TypedDict, total=False):
    """A request object."""

    batch: Required["Sequence[PipelinesBatchItemParam | Mapping[str, Any]]"]
    context: "PipelinesContextParam | Mapping[str, Any]"
    """Context shared by every call of the batch (the SDK sends it per call instead)."""
    integrations: Mapping[str, bool]
    """Destinations to turn on or off for every call of the batch."""
