"""Root query fields, one module per area."""
