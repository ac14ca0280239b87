"""The GraphQL transport: GraphQL over HTTP, persisted queries, idempotency keys, Strawberry's view.

A request goes `GraphQLView.__call__` -> `http.GraphQLOverHTTP` (negotiation, refusals, APQ,
idempotency; the parsed request is put on the ASGI scope under `PREPARED_REQUEST`) -> the view
(the compiled fast path, else Strawberry). Every HTTP-level refusal is built in `refusals.py`.
"""

from .view import GraphQLView, client_ip

__all__ = ["GraphQLView", "client_ip"]
