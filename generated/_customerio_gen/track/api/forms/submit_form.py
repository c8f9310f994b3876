"""POST /forms/{form_id}/submit (track): `submit_form`.

Rendered by `make generate` from spec/track.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

if TYPE_CHECKING:
    from _customerio_gen.params.track import SubmitFormDataParam


def prepare(form_id: str | int, data: SubmitFormDataParam | Mapping[str, Any]) -> _rt.Prepared[dict[str, Any]]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("form_id", form_id)
    _rt.require_non_empty_mapping("data", data)
    body: Any = {"data": (data if data is not None else {})}
    return _rt.Prepared(
        method="POST",
        base="track",
        path=f"/forms/{_rt.encode_component(form_id)}/submit",
        query=(),
        body=body,
        parse=parse,
        operation="submit_form",
    )


def parse(payload: Any) -> dict[str, Any]:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.as_json_object(payload)
