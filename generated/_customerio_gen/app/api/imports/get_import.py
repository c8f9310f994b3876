"""GET /imports/{import_id} (api): `get_import`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.import_envelope import ImportEnvelope

if TYPE_CHECKING:
    pass


def prepare(import_id: str | int) -> _rt.Prepared[ImportEnvelope]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("import_id", import_id)
    return _rt.Prepared(
        method="GET",
        base="api",
        path=f"/imports/{_rt.encode_component(import_id)}",
        query=(),
        body=_rt.NO_BODY,
        parse=parse,
        operation="get_import",
    )


def parse(payload: Any) -> ImportEnvelope:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(ImportEnvelope.from_dict, payload)
