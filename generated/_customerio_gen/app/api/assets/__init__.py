"""Operations tagged `assets`. Rendered by `make generate`; do not edit."""
