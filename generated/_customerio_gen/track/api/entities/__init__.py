"""Operations tagged `entities`. Rendered by `make generate`; do not edit."""
