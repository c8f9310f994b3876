"""Operations tagged `campaigns`. Rendered by `make generate`; do not edit."""
