"""Operations tagged `activities`. Rendered by `make generate`; do not edit."""
