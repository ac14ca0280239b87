"""arq jobs and the worker's settings. Jobs call services, never the GraphQL layer."""
