"""Request TypedDicts, one module per API (`all` gathers them). Rendered by `make generate`."""
