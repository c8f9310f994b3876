"""Named constants for the string values some parameters take (node's enums).

They are plain strings typed as literals, so `id_type=IdentifierType.EMAIL` and `id_type="email"`
are the same call and both type-check.
"""

from __future__ import annotations

from typing import Final

__all__ = ["DeliveryExportMetric", "IdentifierType"]


class IdentifierType:
    """How a person is identified: `id`, `email` or `cio_id`."""

    ID: Final = "id"
    EMAIL: Final = "email"
    CIO_ID: Final = "cio_id"


class DeliveryExportMetric:
    """The delivery metrics a deliveries export can filter on."""

    CREATED: Final = "created"
    ATTEMPTED: Final = "attempted"
    SENT: Final = "sent"
    DELIVERED: Final = "delivered"
    OPENED: Final = "opened"
    CLICKED: Final = "clicked"
    CONVERTED: Final = "converted"
    BOUNCED: Final = "bounced"
    SPAMMED: Final = "spammed"
    UNSUBSCRIBED: Final = "unsubscribed"
    DROPPED: Final = "dropped"
    FAILED: Final = "failed"
    UNDELIVERABLE: Final = "undeliverable"
