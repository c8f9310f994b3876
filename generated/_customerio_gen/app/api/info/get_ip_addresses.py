"""GET /info/ip_addresses (api): `get_ip_addresses`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.ip_address_list import IpAddressList

if TYPE_CHECKING:
    pass


def prepare() -> _rt.Prepared[IpAddressList]:
    """Check the arguments (node's order) and describe the request."""
    return _rt.Prepared(
        method="GET",
        base="api",
        path="/info/ip_addresses",
        query=(),
        body=_rt.NO_BODY,
        parse=parse,
        operation="get_ip_addresses",
    )


def parse(payload: Any) -> IpAddressList:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(IpAddressList.from_dict, payload)
