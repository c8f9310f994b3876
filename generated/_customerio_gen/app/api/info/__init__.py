"""Operations tagged `info`. Rendered by `make generate`; do not edit."""
