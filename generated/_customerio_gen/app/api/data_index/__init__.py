"""Operations tagged `data_index`. Rendered by `make generate`; do not edit."""
