"""Generated client surface for Customer.io Track API (spec/track.yaml). Do not edit."""
