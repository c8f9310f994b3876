"""Operations tagged `devices`. Rendered by `make generate`; do not edit."""
