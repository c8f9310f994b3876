"""Operations tagged `transactional`. Rendered by `make generate`; do not edit."""
