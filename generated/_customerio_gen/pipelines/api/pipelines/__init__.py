"""Operations tagged `pipelines`. Rendered by `make generate`; do not edit."""
