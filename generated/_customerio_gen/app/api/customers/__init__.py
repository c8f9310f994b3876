"""Operations tagged `customers`. Rendered by `make generate`; do not edit."""
