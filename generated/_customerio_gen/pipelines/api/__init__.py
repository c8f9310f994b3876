"""One module per operation, imported lazily by the client methods. Do not edit."""
