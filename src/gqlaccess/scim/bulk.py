"""/Bulk (RFC 7644 §3.7): up to 1,000 operations, `bulkId` references, `failOnErrors`.

Operations run in order, each on its own (as the RFC says: a failed operation does not undo the
previous ones), each through the same code as the single request, audited one by one.
A `bulkId:<id>` anywhere in a later operation's path or data becomes the id created earlier;
a reference to an unknown or failed bulkId fails that operation (409, as the RFC suggests).
"""

from __future__ import annotations

import re
from typing import Any

import orjson

from . import groups, users
from .auth import Caller
from .discovery import MAX_BULK_OPERATIONS
from .errors import ScimError, invalid_syntax, invalid_value

BULK_REQUEST = "urn:ietf:params:scim:api:messages:2.0:BulkRequest"
BULK_RESPONSE = "urn:ietf:params:scim:api:messages:2.0:BulkResponse"
_REFERENCE = re.compile(r"bulkId:([A-Za-z0-9._~-]+)")
_PATH = re.compile(r"^/(Users|Groups)(?:/([^/]+))?$")


def _resolve(value: Any, created: dict[str, str]) -> Any:
    text = orjson.dumps(value).decode()

    def swap(match: re.Match[str]) -> str:
        found = created.get(match.group(1))
        if found is None:
            raise ScimError(409, f"bulkId {match.group(1)!r} does not refer to an operation that succeeded earlier.",
                            "invalidValue")
        return found

    return orjson.loads(_REFERENCE.sub(swap, text))


async def _one(caller: Caller, operation: dict[str, Any], created: dict[str, str]) -> dict[str, Any]:
    method = str(operation.get("method") or "").upper()
    bulk_id = operation.get("bulkId")
    out: dict[str, Any] = {"method": method}
    if bulk_id is not None:
        out["bulkId"] = bulk_id
    path = _resolve(str(operation.get("path") or ""), created)
    match = _PATH.match(path)
    if method not in ("POST", "PUT", "PATCH", "DELETE") or match is None:
        raise invalid_value(f"Unsupported bulk operation {method} {path!r}.")
    kind, raw_id = match.group(1), match.group(2)
    module: Any = users if kind == "Users" else groups
    if (method == "POST") != (raw_id is None):
        raise invalid_value("POST goes to /Users or /Groups; PUT, PATCH and DELETE to /Users/{id} or /Groups/{id}.")
    if method == "POST" and not bulk_id:
        raise invalid_value("A POST in a bulk request needs a bulkId.")
    data = _resolve(operation.get("data") or {}, created) if method != "DELETE" else {}
    if method != "DELETE" and not isinstance(data, dict):
        raise invalid_syntax("data must be an object.")
    headers = {"if-match": operation["version"]} if operation.get("version") else {}
    if method == "DELETE":
        await module.delete(caller, raw_id, headers)
        out["status"] = "204"
        return out
    if method == "POST":
        resource = await module.create(caller, data)
        created[str(bulk_id)] = resource["id"]
        out["status"] = "201"
    elif method == "PUT":
        resource = await module.replace(caller, raw_id, data, headers)
        out["status"] = "200"
    else:
        resource = await module.patch(caller, raw_id, data, headers)
        out["status"] = "200"
    out["location"] = resource["meta"]["location"]
    out["version"] = resource["meta"]["version"]
    return out


def _batchable(operation: dict[str, Any]) -> bool:
    return (
        str(operation.get("method") or "").upper() == "POST" and operation.get("path") == "/Users"
        and bool(operation.get("bulkId")) and isinstance(operation.get("data"), dict)
        and b"bulkId:" not in orjson.dumps(operation["data"])
    )


async def run(caller: Caller, body: dict[str, Any]) -> dict[str, Any]:
    operations = body.get("Operations")
    if not isinstance(operations, list):
        raise invalid_syntax("A bulk request holds an Operations list.")
    if len(operations) > MAX_BULK_OPERATIONS:
        raise ScimError(413, f"At most {MAX_BULK_OPERATIONS} operations per bulk request.")
    fail_on_errors = body.get("failOnErrors")
    if fail_on_errors is not None and (not isinstance(fail_on_errors, int) or fail_on_errors < 1):
        raise invalid_value("failOnErrors is a positive integer.")
    if not all(isinstance(operation, dict) for operation in operations):
        raise invalid_syntax("Each operation is an object.")
    created: dict[str, str] = {}
    results: list[dict[str, Any]] = []
    errors = 0
    index = 0
    while index < len(operations):
        operation = operations[index]
        if fail_on_errors is None and _batchable(operation):
            # A run of plain user creations goes through the set-based service (bulkCreateUsers's):
            # same rules, one result per operation, much faster than one by one.
            end = index
            while end < len(operations) and _batchable(operations[end]):
                end += 1
            batch = operations[index:end]
            outcomes = await users.create_many(caller, [op["data"] for op in batch])
            for op, outcome in zip(batch, outcomes, strict=True):
                if isinstance(outcome, ScimError):
                    results.append({"method": "POST", "bulkId": op["bulkId"], "status": str(outcome.status),
                                    "response": outcome.body()})
                else:
                    created[str(op["bulkId"])] = outcome["id"]
                    results.append({"method": "POST", "bulkId": op["bulkId"], "status": "201",
                                    "location": outcome["meta"]["location"], "version": outcome["meta"]["version"]})
            index = end
            continue
        index += 1
        try:
            results.append(await _one(caller, operation, created))
        except ScimError as exc:
            errors += 1
            failed: dict[str, Any] = {"method": str(operation.get("method") or "").upper(), "status": str(exc.status),
                                      "response": exc.body()}
            if operation.get("bulkId") is not None:
                failed["bulkId"] = operation["bulkId"]
            results.append(failed)
            if fail_on_errors is not None and errors >= fail_on_errors:
                break
    return {"schemas": [BULK_RESPONSE], "Operations": results}
