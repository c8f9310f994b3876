"""DELETE /newsletters/{newsletter_id}/test_group/{test_group_id}/language/{language} (api): `delete_newsletter_test_group_language`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

if TYPE_CHECKING:
    pass


def prepare(newsletter_id: str | int, test_group_id: str | int, language: str) -> _rt.Prepared[dict[str, Any]]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("newsletter_id", newsletter_id)
    _rt.require("test_group_id", test_group_id)
    _rt.require("language", language)
    return _rt.Prepared(
        method="DELETE",
        base="api",
        path=f"/newsletters/{_rt.encode_component(newsletter_id)}/test_group/{_rt.encode_component(test_group_id)}/language/{_rt.encode_component(language)}",
        query=(),
        body=_rt.NO_BODY,
        parse=parse,
        operation="delete_newsletter_test_group_language",
    )


def parse(payload: Any) -> dict[str, Any]:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.as_json_object(payload)
