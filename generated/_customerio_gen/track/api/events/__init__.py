"""Operations tagged `events`. Rendered by `make generate`; do not edit."""
