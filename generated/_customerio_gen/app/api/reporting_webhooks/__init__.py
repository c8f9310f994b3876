"""Operations tagged `reporting_webhooks`. Rendered by `make generate`; do not edit."""
