"""The two error channels (SPEC §3).

- Top-level errors with `extensions.code` for authentication, authorization, unknown objects
  and malformed input: raised as ApiError subclasses.
- Payload `errors { field code message }` for expected failures: services raise DomainError,
  the mutation runner turns it into UserError values.
"""

from __future__ import annotations

import strawberry
from graphql import GraphQLError

from ..services.core.errors import ErrorCode as DomainErrorCode
from ..services.core.errors import FieldError

ErrorCode = strawberry.enum(DomainErrorCode, name="ErrorCode", description="Why an input was refused.")


@strawberry.type(description="An expected failure of a mutation; nothing was written.")
class UserError:
    field: str | None = strawberry.field(description="Input path of the offending value, camelCase.")
    code: ErrorCode  # type: ignore[valid-type]
    message: str

    @classmethod
    def from_domain(cls, error: FieldError) -> UserError:
        return cls(field=error.field, code=DomainErrorCode(error.code), message=error.message)


class ApiError(GraphQLError):
    code = "INTERNAL_SERVER_ERROR"

    def __init__(self, message: str, *, reason: str | None = None) -> None:
        extensions: dict[str, str] = {"code": self.code}
        if reason:
            extensions["reason"] = reason
        super().__init__(message, extensions=extensions)
        self.reason = reason


class Unauthenticated(ApiError):
    code = "UNAUTHENTICATED"

    def __init__(self, message: str = "Authentication required.", *, reason: str | None = None) -> None:
        super().__init__(message, reason=reason)


class Forbidden(ApiError):
    code = "FORBIDDEN"

    def __init__(self, reason: str = "INSUFFICIENT_ROLE", message: str = "You are not allowed to do this.") -> None:
        super().__init__(message, reason=reason)


class NotFound(ApiError):
    code = "NOT_FOUND"

    def __init__(self, message: str = "Not found.") -> None:
        super().__init__(message)


class BadUserInput(ApiError):
    code = "BAD_USER_INPUT"

    def __init__(self, message: str) -> None:
        super().__init__(message)
