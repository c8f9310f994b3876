"""GET /esp/suppression/{suppression_type} (api): `get_suppressions`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from _customerio_gen import _runtime as _rt

from ...models.esp_suppression_list import EspSuppressionList

if TYPE_CHECKING:
    pass


def prepare(
    suppression_type: Literal["blocks", "bounces", "spam_reports", "invalid_emails"],
    *,
    limit: int | None = None,
    offset: int | None = None,
    email: str | None = None,
    domain: str | None = None,
) -> _rt.Prepared[EspSuppressionList]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("suppression_type", suppression_type)
    return _rt.Prepared(
        method="GET",
        base="api",
        path=f"/esp/suppression/{_rt.encode_component(suppression_type)}",
        query=_rt.query(
            (
                ("limit", limit),
                ("offset", offset),
                ("email", email),
                ("domain", domain),
            )
        ),
        body=_rt.NO_BODY,
        parse=parse,
        operation="get_suppressions",
    )


def parse(payload: Any) -> EspSuppressionList:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(EspSuppressionList.from_dict, payload)
