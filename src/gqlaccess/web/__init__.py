"""HTTP: the Starlette app, authentication middleware, health and pages."""
