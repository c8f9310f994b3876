"""Operations tagged `account`. Rendered by `make generate`; do not edit."""
