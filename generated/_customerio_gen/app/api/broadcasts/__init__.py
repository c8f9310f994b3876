"""Operations tagged `broadcasts`. Rendered by `make generate`; do not edit."""
