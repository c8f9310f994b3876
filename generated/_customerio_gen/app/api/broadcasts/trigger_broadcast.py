"""POST /campaigns/{broadcast_id}/triggers (api): `trigger_broadcast`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.trigger_broadcast_result import TriggerBroadcastResult

if TYPE_CHECKING:
    from _customerio_gen.params.app import BroadcastRecipientsParam

    from ...client import AppBodies


def prepare(
    broadcast_id: str | int,
    data: Mapping[str, Any] | None = None,
    recipients: BroadcastRecipientsParam | None = None,
    *,
    bodies: AppBodies,
) -> _rt.Prepared[TriggerBroadcastResult]:
    """Check the arguments (node's order) and describe the request."""
    body: Any = bodies.trigger_broadcast(broadcast_id, data, recipients)
    return _rt.Prepared(
        method="POST",
        base="api",
        path=f"/campaigns/{_rt.encode_component(broadcast_id)}/triggers",
        query=(),
        body=body,
        parse=parse,
        operation="trigger_broadcast",
    )


def parse(payload: Any) -> TriggerBroadcastResult:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(TriggerBroadcastResult.from_dict, payload)
