"""GET /campaigns (api): `list_campaigns`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.campaign_list import CampaignList

if TYPE_CHECKING:
    pass


def prepare() -> _rt.Prepared[CampaignList]:
    """Check the arguments (node's order) and describe the request."""
    return _rt.Prepared(
        method="GET",
        base="api",
        path="/campaigns",
        query=(),
        body=_rt.NO_BODY,
        parse=parse,
        operation="list_campaigns",
    )


def parse(payload: Any) -> CampaignList:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(CampaignList.from_dict, payload)
