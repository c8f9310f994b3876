"""Operations tagged `suppressions`. Rendered by `make generate`; do not edit."""
