"""Operations tagged `imports`. Rendered by `make generate`; do not edit."""
