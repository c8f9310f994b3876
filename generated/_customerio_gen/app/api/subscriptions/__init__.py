"""Operations tagged `subscriptions`. Rendered by `make generate`; do not edit."""
