"""GET /design_studio/emails/{email_id}/languages (api): `list_design_studio_email_languages`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.design_studio_email_translation_list import DesignStudioEmailTranslationList

if TYPE_CHECKING:
    pass


def prepare(email_id: str) -> _rt.Prepared[DesignStudioEmailTranslationList]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("email_id", email_id)
    return _rt.Prepared(
        method="GET",
        base="api",
        path=f"/design_studio/emails/{_rt.encode_component(email_id)}/languages",
        query=(),
        body=_rt.NO_BODY,
        parse=parse,
        operation="list_design_studio_email_languages",
    )


def parse(payload: Any) -> DesignStudioEmailTranslationList:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(DesignStudioEmailTranslationList.from_dict, payload)
