"""Operations tagged `workspaces`. Rendered by `make generate`; do not edit."""
