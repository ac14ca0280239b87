"""Discovery (RFC 7644 §4, RFC 7643 §5–7): what this server really supports, and nothing more.

The schemas list only the attributes we store and return, with their true mutability:
`userName` is the e-mail (immutable), `emails` and `groups` are read-only mirrors (the e-mail
is the userName; a user's group is set through /Groups), a Group's `displayName` is its role's
name (immutable).
"""

from __future__ import annotations

from typing import Any

from .serialisation import ENTERPRISE_SCHEMA, GROUP_SCHEMA, USER_SCHEMA

SPC_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"
RT_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:ResourceType"
SCHEMA_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Schema"
MAX_BULK_OPERATIONS = 1000
MAX_RESULTS = 100


def _attr(
    name: str, kind: str = "string", *, mutability: str = "readWrite", required: bool = False, multi: bool = False,
    returned: str = "default", uniqueness: str = "none", sub: list[dict[str, Any]] | None = None,
    canonical: list[str] | None = None, refs: list[str] | None = None, description: str = "",
) -> dict[str, Any]:
    attr: dict[str, Any] = {
        "name": name, "type": kind, "multiValued": multi, "description": description or name,
        "required": required, "mutability": mutability, "returned": returned,
    }
    if kind in ("string", "reference"):
        attr["caseExact"] = False
        attr["uniqueness"] = uniqueness
    if sub is not None:
        attr["subAttributes"] = sub
    if canonical:
        attr["canonicalValues"] = canonical
    if refs:
        attr["referenceTypes"] = refs
    return attr


def _meta(kind: str, location: str) -> dict[str, Any]:
    return {"resourceType": kind, "location": location}


def _schema(base: str, urn: str, name: str, description: str, attributes: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "schemas": [SCHEMA_SCHEMA], "id": urn, "name": name, "description": description, "attributes": attributes,
        "meta": _meta("Schema", f"{base}/Schemas/{urn}"),
    }


def schemas(base: str) -> list[dict[str, Any]]:
    user = _schema(base, USER_SCHEMA, "User", "A member of the account and their identity.", [
        _attr("userName", mutability="immutable", required=True, uniqueness="server",
              description="The person's e-mail address: their login. It cannot change."),
        _attr("displayName", required=True,
              description="The person's name (taken from name.formatted or givenName familyName when absent)."),
        _attr("active", "boolean", required=True,
              description="Whether the membership is active in this account (true when not given)."),
        _attr("emails", "complex", mutability="readOnly", multi=True, description="The userName, as an e-mail.", sub=[
            _attr("value", mutability="readOnly"),
            _attr("type", mutability="readOnly", canonical=["work"]),
            _attr("primary", "boolean", mutability="readOnly"),
        ]),
        _attr("groups", "complex", mutability="readOnly", multi=True,
              description="The member's role (exactly one); set it through /Groups.", sub=[
                  _attr("value", mutability="readOnly"),
                  _attr("$ref", "reference", mutability="readOnly", refs=["Group"]),
                  _attr("display", mutability="readOnly"),
                  _attr("type", mutability="readOnly", canonical=["direct"]),
              ]),
    ])
    enterprise = _schema(base, ENTERPRISE_SCHEMA, "EnterpriseUser", "Enterprise User extension (department only).", [
        _attr("department", description="The person's department."),
    ])
    group = _schema(base, GROUP_SCHEMA, "Group", "An assignable role of the account.", [
        _attr("displayName", mutability="immutable", required=True, uniqueness="server",
              description="The role's name; it cannot change."),
        _attr("members", "complex", multi=True, description="The members holding this role.", sub=[
            _attr("value", mutability="immutable"),
            _attr("$ref", "reference", mutability="immutable", refs=["User"]),
            _attr("type", mutability="immutable", canonical=["User"]),
        ]),
    ])
    return [user, enterprise, group]


def resource_types(base: str) -> list[dict[str, Any]]:
    return [
        {
            "schemas": [RT_SCHEMA], "id": "User", "name": "User", "endpoint": "/Users",
            "description": "Members of the account", "schema": USER_SCHEMA,
            "schemaExtensions": [{"schema": ENTERPRISE_SCHEMA, "required": False}],
            "meta": _meta("ResourceType", f"{base}/ResourceTypes/User"),
        },
        {
            "schemas": [RT_SCHEMA], "id": "Group", "name": "Group", "endpoint": "/Groups",
            "description": "Assignable roles of the account", "schema": GROUP_SCHEMA, "schemaExtensions": [],
            "meta": _meta("ResourceType", f"{base}/ResourceTypes/Group"),
        },
    ]


def service_provider_config(base: str, max_payload: int) -> dict[str, Any]:
    return {
        "schemas": [SPC_SCHEMA],
        "documentationUri": "https://github.com/gqlaccess/gqlaccess/blob/main/docs/integrators/scim.md",
        "patch": {"supported": True},
        "bulk": {"supported": True, "maxOperations": MAX_BULK_OPERATIONS, "maxPayloadSize": max_payload},
        "filter": {"supported": True, "maxResults": MAX_RESULTS},
        "changePassword": {"supported": False},
        "sort": {"supported": True},
        "etag": {"supported": True},
        "authenticationSchemes": [{
            "type": "oauthbearertoken", "name": "Bearer token",
            "description": "A SCIM token created by an Admin of the account (createApiToken, kind SCIM).",
            "primary": True,
        }],
        "meta": {"resourceType": "ServiceProviderConfig", "location": f"{base}/ServiceProviderConfig"},
    }
