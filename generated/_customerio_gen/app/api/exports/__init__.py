"""Operations tagged `exports`. Rendered by `make generate`; do not edit."""
