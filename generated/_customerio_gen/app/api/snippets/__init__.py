"""Operations tagged `snippets`. Rendered by `make generate`; do not edit."""
