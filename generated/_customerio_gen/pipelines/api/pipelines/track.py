"""POST /track (pipelines): `track`.

Rendered by `make generate` from spec/pipelines.yaml; do not edit.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

from _customerio_gen import _runtime as _rt

from ...models.pipelines_response import PipelinesResponse

if TYPE_CHECKING:
    from _customerio_gen.params.pipelines import PipelinesContextParam

    from ...client import PipelinesBodies


def prepare(
    *,
    user_id: str | None = None,
    anonymous_id: str | None = None,
    event: Literal[
        "Device Created or Updated",
        "Device Deleted",
        "User Deleted",
        "Relationship Deleted",
        "Object Deleted",
        "User Suppressed",
        "User Unsuppressed",
        "Report Delivery Event",
        "Report Content Event",
    ]
    | str,
    properties: Mapping[str, Any] | None = None,
    context: PipelinesContextParam | Mapping[str, Any] | None = None,
    integrations: Mapping[str, bool] | None = None,
    timestamp: str | _dt.datetime | None = None,
    message_id: str | None = None,
    bodies: PipelinesBodies,
) -> _rt.Prepared[PipelinesResponse]:
    """Check the arguments (node's order) and describe the request."""
    body: Any = bodies.track(
        user_id=user_id,
        anonymous_id=anonymous_id,
        event=event,
        properties=properties,
        context=context,
        integrations=integrations,
        timestamp=timestamp,
        message_id=message_id,
    )
    return _rt.Prepared(
        method="POST",
        base="pipelines",
        path="/track",
        query=(),
        body=body,
        parse=parse,
        operation="track",
    )


def parse(payload: Any) -> PipelinesResponse:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(PipelinesResponse.from_dict, payload)
