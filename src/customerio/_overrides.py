"""Every handwritten override, in one place: what the spec cannot express.

- `track_page_view` (Track): a page event posted through `track`'s endpoint.
- Track bodies: `add_device` (last_used / attributes split), `merge_customers` (computed keys).
- App bodies: the six `send_*` request classes, `trigger_broadcast`'s recipient rules,
  `create_asset`'s multipart upload.
- Pipelines bodies: the envelope (messageId, timestamp, context.library) of all seven calls.

The generated operations call these builders after the spec's own checks have passed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from _customerio_gen import _runtime as _rt

IdType = Literal["id", "email", "cio_id"]


def page_view_event(customer_id: object, path: object) -> dict[str, Any]:
    """`track_page_view`'s checks (node's order) and the event it sends through `track`."""
    _rt.require("customer_id", customer_id)
    _rt.require("path", path)
    return {"type": "page", "name": path}


class TrackBodies:
    """Bodies of the Track operations marked `x-cio-handwritten`."""

    def add_device(
        self, customer_id: str | int, device_id: str, platform: str, data: Mapping[str, Any] | None = None
    ) -> Any:
        data = data or {}
        device: dict[str, Any] = {"id": device_id, "platform": platform}
        if data.get("last_used") is not None:
            device["last_used"] = data["last_used"]
        attributes = {key: value for key, value in data.items() if key != "last_used"}
        if attributes:
            device["attributes"] = attributes
        return {"device": device}

    def merge_customers(
        self, primary_id_type: IdType, primary_id: str | int, secondary_id_type: IdType, secondary_id: str | int
    ) -> Any:
        return {"primary": {primary_id_type: primary_id}, "secondary": {secondary_id_type: secondary_id}}
