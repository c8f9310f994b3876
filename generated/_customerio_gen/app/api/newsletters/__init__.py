"""Operations tagged `newsletters`. Rendered by `make generate`; do not edit."""
