"""Generated client surface for Customer.io Pipelines API (spec/pipelines.yaml). Do not edit."""
