"""GET /esp/domains/{domain_name}/suppression/{suppression_type} (api): `get_domain_suppressions`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from _customerio_gen import _runtime as _rt

from ...models.esp_suppression_list import EspSuppressionList

if TYPE_CHECKING:
    pass


def prepare(
    domain_name: str,
    suppression_type: Literal["blocks", "bounces", "spam_reports", "invalid_emails"],
    *,
    limit: int | None = None,
    email: str | None = None,
    start: str | None = None,
) -> _rt.Prepared[EspSuppressionList]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("domain_name", domain_name)
    _rt.require("suppression_type", suppression_type)
    return _rt.Prepared(
        method="GET",
        base="api",
        path=f"/esp/domains/{_rt.encode_component(domain_name)}/suppression/{_rt.encode_component(suppression_type)}",
        query=_rt.query(
            (
                ("limit", limit),
                ("email", email),
                ("start", start),
            )
        ),
        body=_rt.NO_BODY,
        parse=parse,
        operation="get_domain_suppressions",
    )


def parse(payload: Any) -> EspSuppressionList:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(EspSuppressionList.from_dict, payload)
