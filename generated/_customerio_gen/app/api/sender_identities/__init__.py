"""Operations tagged `sender_identities`. Rendered by `make generate`; do not edit."""
