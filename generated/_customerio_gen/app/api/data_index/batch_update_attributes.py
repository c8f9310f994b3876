"""POST /data_index/attributes (api): `batch_update_attributes`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

if TYPE_CHECKING:
    from _customerio_gen.params.app import DataIndexAttributeParam


def prepare(attributes: Sequence[DataIndexAttributeParam | Mapping[str, Any]]) -> _rt.Prepared[dict[str, Any]]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require_non_empty_list("attributes", attributes)
    body: Any = {"attributes": attributes}
    return _rt.Prepared(
        method="POST",
        base="api",
        path="/data_index/attributes",
        query=(),
        body=body,
        parse=parse,
        operation="batch_update_attributes",
    )


def parse(payload: Any) -> dict[str, Any]:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.as_json_object(payload)
