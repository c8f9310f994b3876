"""POST /objects (api): `find_objects`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.object_search_result import ObjectSearchResult

if TYPE_CHECKING:
    from _customerio_gen.params.app import ObjectSearchFilterParam


def prepare(
    object_type_id: str | int, filter: ObjectSearchFilterParam, *, start: str | None = None, limit: int | None = None
) -> _rt.Prepared[ObjectSearchResult]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("object_type_id", object_type_id)
    _rt.require_present("filter", filter)
    body: Any = {"object_type_id": object_type_id, "filter": filter}
    return _rt.Prepared(
        method="POST",
        base="api",
        path="/objects",
        query=_rt.query(
            (
                ("start", start),
                ("limit", limit),
            )
        ),
        body=body,
        parse=parse,
        operation="find_objects",
    )


def parse(payload: Any) -> ObjectSearchResult:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(ObjectSearchResult.from_dict, payload)
