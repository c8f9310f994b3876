"""GET /workspaces (api): `list_workspaces`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.workspace_list import WorkspaceList

if TYPE_CHECKING:
    pass


def prepare() -> _rt.Prepared[WorkspaceList]:
    """Check the arguments (node's order) and describe the request."""
    return _rt.Prepared(
        method="GET",
        base="api",
        path="/workspaces",
        query=(),
        body=_rt.NO_BODY,
        parse=parse,
        operation="list_workspaces",
    )


def parse(payload: Any) -> WorkspaceList:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(WorkspaceList.from_dict, payload)
