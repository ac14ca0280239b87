"""Telling "a dependency is down" (database, Redis) apart from a bug.

During an outage the API answers a typed, retryable error (`SERVICE_UNAVAILABLE`, HTTP 503 when
it happens before GraphQL runs) instead of a masked INTERNAL_SERVER_ERROR or a bare 500.
"""

from __future__ import annotations

_OUTAGE_NAMES = frozenset({
    # tortoise
    "DBConnectionError",
    # asyncpg
    "ConnectionDoesNotExistError", "CannotConnectNowError", "AdminShutdownError", "CrashShutdownError",
    "ConnectionFailureError", "PostgresConnectionError", "ClientCannotConnectError",
    "TooManyConnectionsError", "ConnectionRejectionError",
    # a pooled connection broken mid-query by a server restart ("cannot switch to state …;
    # another operation is in progress" on release)
    "InternalClientError",
    # redis-py
    "ConnectionError", "TimeoutError", "BusyLoadingError",
})
_OUTAGE_WORDS = ("connection is closed", "pool is closing", "connection was closed", "server closed the connection",
                 "terminating connection", "could not connect", "connection refused", "connection reset")


def is_dependency_outage(error: BaseException | None) -> bool:
    seen = 0
    while error is not None and seen < 6:
        if isinstance(error, ConnectionError | TimeoutError):
            return True
        if isinstance(error, OSError) and error.errno is not None:
            return True
        if any(cls.__name__ in _OUTAGE_NAMES for cls in type(error).__mro__):
            return True
        text = str(error).lower()
        if any(word in text for word in _OUTAGE_WORDS):
            return True
        error = error.__cause__ or error.__context__
        seen += 1
    return False


UNAVAILABLE_MESSAGE = "A service the API depends on is unavailable. Retry shortly."
UNAVAILABLE_BODY = (
    b'{"errors":[{"message":"' + UNAVAILABLE_MESSAGE.encode() + b'","extensions":{"code":"SERVICE_UNAVAILABLE"}}]}'
)
