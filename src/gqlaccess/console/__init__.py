"""The admin console at /console: a no-build single-page app on vendored ES modules.

It talks to the service only through the public GraphQL API (`/graphql`, bearer token), so this
package holds no business rule: `routes.py` serves the page and its static modules; everything
else lives in `static/js/` (see docs/ARCHITECTURE.md, "The console").
"""

from .routes import routes

__all__ = ["routes"]
