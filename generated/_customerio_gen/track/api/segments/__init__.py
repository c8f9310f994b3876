"""Operations tagged `segments`. Rendered by `make generate`; do not edit."""
