"""Operations tagged `objects`. Rendered by `make generate`; do not edit."""
