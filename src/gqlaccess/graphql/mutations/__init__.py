"""Root mutation fields: one module per operation, grouped by area."""
