"""Operations tagged `collections`. Rendered by `make generate`; do not edit."""
