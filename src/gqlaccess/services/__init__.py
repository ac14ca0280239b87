"""Domain operations. They know no transport: no GraphQL, no HTTP."""
