"""Operations tagged `forms`. Rendered by `make generate`; do not edit."""
