"""POST /imports (api): `create_import`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.import_envelope import ImportEnvelope

if TYPE_CHECKING:
    from _customerio_gen.params.app import ImportInputParam

    from ...models.import_input import ImportInput


def prepare(import_data: ImportInput | ImportInputParam | Mapping[str, Any]) -> _rt.Prepared[ImportEnvelope]:
    """Check the arguments (node's order) and describe the request."""
    import_data = _rt.as_mapping(import_data)
    _rt.require_mapping("import_data", import_data)
    _rt.require_key("import_data", import_data, "data_file_url")
    _rt.require_key("import_data", import_data, "type")
    body: Any = {"import": import_data}
    return _rt.Prepared(
        method="POST",
        base="api",
        path="/imports",
        query=(),
        body=body,
        parse=parse,
        operation="create_import",
    )


def parse(payload: Any) -> ImportEnvelope:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(ImportEnvelope.from_dict, payload)
