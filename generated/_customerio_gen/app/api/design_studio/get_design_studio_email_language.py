"""GET /design_studio/emails/{email_id}/languages/{language} (api): `get_design_studio_email_language`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.design_studio_email_translation_result import DesignStudioEmailTranslationResult

if TYPE_CHECKING:
    pass


def prepare(email_id: str, language: str) -> _rt.Prepared[DesignStudioEmailTranslationResult]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("email_id", email_id)
    _rt.require("language", language)
    return _rt.Prepared(
        method="GET",
        base="api",
        path=f"/design_studio/emails/{_rt.encode_component(email_id)}/languages/{_rt.encode_component(language)}",
        query=(),
        body=_rt.NO_BODY,
        parse=parse,
        operation="get_design_studio_email_language",
    )


def parse(payload: Any) -> DesignStudioEmailTranslationResult:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(DesignStudioEmailTranslationResult.from_dict, payload)
