"""Our rows as SCIM resources (RFC 7643), ETags, and `attributes`/`excludedAttributes`.

A User is one membership of the account with its identity: the SCIM id is the membership id,
so the same person has unrelated ids in two accounts. A Group is an assignable role.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import datetime
from typing import Any

import orjson

from ..models import Membership, Role, User
from ..models.enums import MembershipStatus, RoleKind

USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User"
GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group"
ENTERPRISE_SCHEMA = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"
LIST_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:ListResponse"

# Attributes always returned whatever `attributes` says (RFC 7643 §7 "returned": "always").
_ALWAYS = {"id", "schemas", "meta"}


def _iso(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


def version_of(resource: dict[str, Any]) -> str:
    """A weak ETag over the content: it changes exactly when what a client reads changes."""
    content = {k: v for k, v in resource.items() if k != "meta"}
    digest = hashlib.sha256(orjson.dumps(content, option=orjson.OPT_SORT_KEYS)).hexdigest()[:20]
    return f'W/"{digest}"'


def _meta(resource: dict[str, Any], kind: str, location: str, created: datetime, modified: datetime) -> None:
    resource["meta"] = {
        "resourceType": kind, "created": _iso(created), "lastModified": _iso(max(created, modified)),
        "location": location, "version": version_of(resource),
    }


def user_resource(base_url: str, membership: Membership, user: User, role: Role) -> dict[str, Any]:
    resource: dict[str, Any] = {
        "schemas": [USER_SCHEMA, ENTERPRISE_SCHEMA] if user.department else [USER_SCHEMA],
        "id": str(membership.id),
    }
    if membership.external_id:
        resource["externalId"] = membership.external_id
    resource.update({
        "userName": user.email,
        "displayName": user.name,
        "active": membership.status == MembershipStatus.ACTIVE,
        "emails": [{"value": user.email, "type": "work", "primary": True}],
        "groups": [{"value": str(role.id), "display": role.name, "$ref": f"{base_url}/Groups/{role.id}",
                    "type": "direct"}],
    })
    if user.department:
        resource[ENTERPRISE_SCHEMA] = {"department": user.department}
    modified = max(membership.updated_at, user.updated_at)
    _meta(resource, "User", f"{base_url}/Users/{membership.id}", membership.created_at, modified)
    return resource


def group_resource(
    base_url: str, role: Role, members: Iterable[tuple[Any, str]], *, with_members: bool = True,
    external_id: str | None = None,
) -> dict[str, Any]:
    resource: dict[str, Any] = {"schemas": [GROUP_SCHEMA], "id": str(role.id)}
    if external_id:
        resource["externalId"] = external_id
    resource["displayName"] = role.name
    if with_members:
        resource["members"] = [
            {"value": str(mid), "$ref": f"{base_url}/Users/{mid}", "type": "User"}
            for mid, _ in sorted(members, key=lambda m: str(m[0]))
        ]
    created = role.created_at
    _meta(resource, "Group", f"{base_url}/Groups/{role.id}", created, role.updated_at)
    return resource


def assignable(role: Role) -> bool:
    return role.kind != RoleKind.TEMPORARY


# ---- attributes / excludedAttributes (RFC 7644 §3.4.2.5) ------------------------------------

def _split(names: str | None) -> list[list[str]]:
    """'name.givenName,urn:…:User:department' -> [['name','givenname'], ['urn:…:user','department']]."""
    paths: list[list[str]] = []
    for raw in (names or "").split(","):
        name = raw.strip()
        if not name:
            continue
        lowered = name.lower()
        if lowered.startswith("urn:"):
            urn, _, attr = lowered.rpartition(":")
            known = (USER_SCHEMA.lower(), GROUP_SCHEMA.lower(), ENTERPRISE_SCHEMA.lower())
            if lowered in known:
                paths.append([lowered])
                continue
            if urn in (USER_SCHEMA.lower(), GROUP_SCHEMA.lower()):
                paths.append(attr.split("."))
                continue
            paths.append([urn, *attr.split(".")])
        else:
            paths.append(lowered.split("."))
    return paths


def _pick(value: Any, path: list[str]) -> Any:
    if not path:
        return value
    if isinstance(value, list):
        picked = [_pick(item, path) for item in value]
        return [p for p in picked if p not in (None, {}, [])]
    if isinstance(value, dict):
        for key, item in value.items():
            if key.lower() == path[0]:
                sub = _pick(item, path[1:])
                return {key: sub} if sub not in (None, {}, []) else None
    return None


def _merge(into: dict[str, Any], part: dict[str, Any]) -> None:
    for key, value in part.items():
        if key in into and isinstance(into[key], dict) and isinstance(value, dict):
            _merge(into[key], value)
        elif key in into and isinstance(into[key], list) and isinstance(value, list):
            for i, item in enumerate(value):
                if i < len(into[key]) and isinstance(into[key][i], dict) and isinstance(item, dict):
                    _merge(into[key][i], item)
        else:
            into[key] = value


def _drop(value: Any, path: list[str]) -> None:
    if isinstance(value, list):
        for item in value:
            _drop(item, path)
        return
    if not isinstance(value, dict):
        return
    for key in list(value):
        if key.lower() == path[0]:
            if len(path) == 1:
                del value[key]
            else:
                _drop(value[key], path[1:])


def project(resource: dict[str, Any], attributes: str | None, excluded: str | None) -> dict[str, Any]:
    wanted = _split(attributes)
    if wanted:
        out: dict[str, Any] = {k: v for k, v in resource.items() if k in _ALWAYS}
        for path in wanted:
            part = _pick({k: v for k, v in resource.items() if k not in _ALWAYS}, path)
            if isinstance(part, dict):
                _merge(out, orjson.loads(orjson.dumps(part)))
        return out
    dropped = [p for p in _split(excluded) if p[0] not in _ALWAYS]
    if not dropped:
        return resource
    out = orjson.loads(orjson.dumps(resource))
    for path in dropped:
        _drop(out, path)
    return out
