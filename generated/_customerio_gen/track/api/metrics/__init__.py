"""Operations tagged `metrics`. Rendered by `make generate`; do not edit."""
