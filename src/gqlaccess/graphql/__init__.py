"""The GraphQL layer: thin. Resolvers parse input, call services and policy, map results."""
