"""gqlaccess: multi-tenant access management over GraphQL."""

__version__ = "0.1.0"
