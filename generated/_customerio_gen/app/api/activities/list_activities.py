"""GET /activities (api): `list_activities`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from _customerio_gen import _runtime as _rt

from ...models.activity_list import ActivityList

if TYPE_CHECKING:
    pass


def prepare(
    *,
    start: str | None = None,
    limit: int | None = None,
    type: str | None = None,
    name: str | None = None,
    deleted: bool | None = None,
    customer_id: str | int | None = None,
    id_type: Literal["id", "email", "cio_id"] | None = None,
) -> _rt.Prepared[ActivityList]:
    """Check the arguments (node's order) and describe the request."""
    _rt.one_of(id_type, ("id", "email", "cio_id"), 'id_type must be one of "id", "cio_id", or "email"', optional=True)
    return _rt.Prepared(
        method="GET",
        base="api",
        path="/activities",
        query=_rt.query(
            (
                ("start", start),
                ("limit", limit),
                ("type", type),
                ("name", name),
                ("deleted", deleted),
                ("customer_id", customer_id),
                ("id_type", id_type),
            )
        ),
        body=_rt.NO_BODY,
        parse=parse,
        operation="list_activities",
    )


def parse(payload: Any) -> ActivityList:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(ActivityList.from_dict, payload)
