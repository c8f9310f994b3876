"""Operations tagged `messages`. Rendered by `make generate`; do not edit."""
