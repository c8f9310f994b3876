"""GET /sender_identities (api): `get_sender_identities`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from _customerio_gen import _runtime as _rt

from ...models.sender_identity_list import SenderIdentityList

if TYPE_CHECKING:
    pass


def prepare(
    *,
    start: str | None = None,
    limit: int | None = None,
    sort: Literal["asc", "desc"] | None = None,
    hidden: bool | None = None,
) -> _rt.Prepared[SenderIdentityList]:
    """Check the arguments (node's order) and describe the request."""
    return _rt.Prepared(
        method="GET",
        base="api",
        path="/sender_identities",
        query=_rt.query(
            (
                ("start", start),
                ("limit", limit),
                ("sort", sort),
                ("hidden", hidden),
            )
        ),
        body=_rt.NO_BODY,
        parse=parse,
        operation="get_sender_identities",
    )


def parse(payload: Any) -> SenderIdentityList:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(SenderIdentityList.from_dict, payload)
