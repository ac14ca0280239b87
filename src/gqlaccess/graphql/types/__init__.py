"""GraphQL output types, one module per domain object."""
