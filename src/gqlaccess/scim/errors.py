"""SCIM error bodies (RFC 7644 §3.12) and the mapping of domain failures onto them.

Every refusal of /scim/v2 is built here: a `ScimError` raised anywhere becomes the JSON body
`{"schemas": [Error], "status", "scimType", "detail"}` with the same HTTP status.
"""

from __future__ import annotations

from typing import Any

import orjson
from starlette.responses import Response

from ..services.core.errors import DomainError, ErrorCode

ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error"
MEDIA_TYPE = "application/scim+json"


class ScimError(Exception):
    def __init__(self, status: int, detail: str, scim_type: str | None = None, *, code: str | None = None) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.scim_type = scim_type
        self.code = code  # the domain code behind it, for the audit trail

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {"schemas": [ERROR_SCHEMA], "status": str(self.status), "detail": self.detail}
        if self.scim_type:
            body["scimType"] = self.scim_type
        return body

    def response(self) -> Response:
        headers = {"WWW-Authenticate": 'Bearer realm="scim"'} if self.status == 401 else None
        return scim_json(self.body(), self.status, headers)


def scim_json(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(orjson.dumps(body), status_code=status, media_type=MEDIA_TYPE, headers=headers)


def not_found(kind: str = "Resource") -> ScimError:
    # Another account's object answers exactly like a missing one.
    return ScimError(404, f"{kind} not found.")


def invalid_value(detail: str) -> ScimError:
    return ScimError(400, detail, "invalidValue")


def mutability(detail: str) -> ScimError:
    return ScimError(400, detail, "mutability")


def invalid_syntax(detail: str) -> ScimError:
    return ScimError(400, detail, "invalidSyntax")


# Domain codes with a status other than 400 invalidValue.
_CONFLICTS = {ErrorCode.USER_CANNOT_BE_CREATED, ErrorCode.ROLE_NAME_TAKEN, ErrorCode.ROLE_IN_USE}
_FORBIDDEN = {ErrorCode.ONLY_ADMIN_GRANTS_ADMIN, ErrorCode.ROLE_EXCEEDS_GRANTER, "SCOPE_EXCEEDS_GRANTER"}
_MUTABILITY = {
    ErrorCode.OWNER_IMMUTABLE, ErrorCode.USER_PROFILE_SHARED, ErrorCode.TEMPORARY_ROLE_NOT_ASSIGNABLE,
}


def from_domain(error: DomainError) -> ScimError:
    first = error.errors[0]
    detail = " ".join(e.message for e in error.errors)
    code = str(first.code)
    if first.code in _CONFLICTS:
        return ScimError(409, detail, "uniqueness", code=code)
    if first.code in _FORBIDDEN:
        return ScimError(403, detail, code=code)
    if first.code in _MUTABILITY:
        return ScimError(400, detail, "mutability", code=code)
    if first.code == ErrorCode.PLAN_USER_LIMIT_REACHED:
        return ScimError(400, detail, "invalidValue", code=code)
    return ScimError(400, detail, "invalidValue", code=code)
