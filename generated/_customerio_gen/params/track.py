"""Request TypedDicts of the Customer.io Track API: the shapes of the structured arguments.

Rendered by `make generate` from spec/track.yaml (generator/request_types.py); do not
edit. Pass plain dict literals: mypy checks their keys and values against these types, the
clients send them as given. `customerio.types` re-exports every one.
"""

from collections.abc import Mapping, Sequence
from typing import Any, Literal, Required, TypedDict

__all__ = [
    "TrackEntityOperationParam",
    "TrackEventParam",
    "TrackMetricParam",
    "TrackPushMetricParam",
]


class TrackEventParam(TypedDict, total=False):
    """A request object. Other keys are accepted too."""

    name: Required[str]
    """The event name."""
    type: str
    """`event` (default) or `page` / `screen`."""
    data: Mapping[str, Any]
    """Event properties."""
    timestamp: int
    """When it happened"""
    id: str
    """A ULID that deduplicates the event."""
    anonymous_id: str
    """The anonymous id (anonymous events only)."""


class TrackPushMetricParam(TypedDict, total=False):
    """A request object."""

    delivery_id: str
    event: Literal["opened", "converted", "delivered"]
    device_id: str
    timestamp: int


class TrackEntityOperationParam(TypedDict, total=False):
    """A v2 operation on a person or an object. Other keys are accepted too."""

    type: Required[Literal["person", "object", "delivery"]]
    action: Required[str]
    identifiers: Mapping[str, Any]
    attributes: Mapping[str, Any]
    name: str
    timestamp: int
    cio_relationships: Sequence[Mapping[str, Any]]


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
