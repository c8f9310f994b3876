"""POST /design_studio/emails/{email_id}/languages (api): `create_design_studio_email_language`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.design_studio_email_translation_result import DesignStudioEmailTranslationResult

if TYPE_CHECKING:
    from _customerio_gen.params.app import DesignStudioEmailTranslationInputParam

    from ...models.design_studio_email_translation_input import DesignStudioEmailTranslationInput


def prepare(
    email_id: str, translation: DesignStudioEmailTranslationInput | DesignStudioEmailTranslationInputParam
) -> _rt.Prepared[DesignStudioEmailTranslationResult]:
    """Check the arguments (node's order) and describe the request."""
    translation = _rt.as_mapping(translation)
    _rt.require("email_id", email_id)
    _rt.require_mapping("translation", translation)
    _rt.require_key("translation", translation, "language")
    body: Any = translation
    return _rt.Prepared(
        method="POST",
        base="api",
        path=f"/design_studio/emails/{_rt.encode_component(email_id)}/languages",
        query=(),
        body=body,
        parse=parse,
        operation="create_design_studio_email_language",
    )


def parse(payload: Any) -> DesignStudioEmailTranslationResult:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(DesignStudioEmailTranslationResult.from_dict, payload)
