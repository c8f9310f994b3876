"""Generated client surface for Customer.io App API (spec/app.yaml). Do not edit."""
