"""PUT /design_studio/emails/{email_id}/languages/{language} (api): `update_design_studio_email_language`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

if TYPE_CHECKING:
    from _customerio_gen.params.app import DesignStudioEmailTranslationUpdateParam

    from ...models.design_studio_email_translation_update import DesignStudioEmailTranslationUpdate


def prepare(
    email_id: str, language: str, updates: DesignStudioEmailTranslationUpdate | DesignStudioEmailTranslationUpdateParam
) -> _rt.Prepared[dict[str, Any]]:
    """Check the arguments (node's order) and describe the request."""
    updates = _rt.as_mapping(updates)
    _rt.require("email_id", email_id)
    _rt.require("language", language)
    _rt.require_mapping("updates", updates)
    body: Any = updates
    return _rt.Prepared(
        method="PUT",
        base="api",
        path=f"/design_studio/emails/{_rt.encode_component(email_id)}/languages/{_rt.encode_component(language)}",
        query=(),
        body=body,
        parse=parse,
        operation="update_design_studio_email_language",
    )


def parse(payload: Any) -> dict[str, Any]:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.as_json_object(payload)
