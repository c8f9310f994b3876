"""Operations tagged `design_studio`. Rendered by `make generate`; do not edit."""
