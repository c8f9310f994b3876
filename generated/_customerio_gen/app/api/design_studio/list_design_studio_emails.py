"""GET /design_studio/emails (api): `list_design_studio_emails`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from _customerio_gen import _runtime as _rt

from ...models.design_studio_email_list import DesignStudioEmailList

if TYPE_CHECKING:
    pass


def prepare(
    *,
    parent_folder_id: str | None = None,
    direct_descendants_only: bool | None = None,
    sort_by: Literal["created", "updated", "name"] | None = None,
    sort_order: Literal["asc", "desc"] | None = None,
    created_before: int | None = None,
    created_after: int | None = None,
    updated_before: int | None = None,
    updated_after: int | None = None,
    page: int | None = None,
    limit: int | None = None,
    is_template: Literal["true", "false", "any"] | None = None,
    has_translations: Literal["true", "false", "any"] | None = None,
    is_linked: Literal["true", "false", "any"] | None = None,
) -> _rt.Prepared[DesignStudioEmailList]:
    """Check the arguments (node's order) and describe the request."""
    return _rt.Prepared(
        method="GET",
        base="api",
        path="/design_studio/emails",
        query=_rt.query(
            (
                ("parent_folder_id", parent_folder_id),
                ("direct_descendants_only", direct_descendants_only),
                ("sort_by", sort_by),
                ("sort_order", sort_order),
                ("created_before", created_before),
                ("created_after", created_after),
                ("updated_before", updated_before),
                ("updated_after", updated_after),
                ("page", page),
                ("limit", limit),
                ("is_template", is_template),
                ("has_translations", has_translations),
                ("is_linked", is_linked),
            )
        ),
        body=_rt.NO_BODY,
        parse=parse,
        operation="list_design_studio_emails",
    )


def parse(payload: Any) -> DesignStudioEmailList:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(DesignStudioEmailList.from_dict, payload)
