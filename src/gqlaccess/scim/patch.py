"""PATCH (RFC 7644 §3.5.2) through scim2-models: the operations are validated and applied by the
library to the current resource, which then goes through the same path as a PUT.

The library already accepts what Entra ID and Okta really send: capitalised op names
("Replace"), booleans as strings ("False"), operations without a path whose value object names
attributes ("name.givenName", extension URNs), and value-path filters (`members[value eq "…"]`).
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from scim2_models import Context
from scim2_models.exceptions import SCIMException

from .errors import ScimError, invalid_value
from .resources import validation_error


def _quoted(value: Any) -> str:
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


def normalize(body: dict[str, Any]) -> dict[str, Any]:
    """The one Entra ID shape the RFC (and so the library) refuses: `remove` of listed members,
    `{"op": "Remove", "path": "members", "value": [{"value": "<id>"}]}`. It means "remove
    these": it becomes one `remove` per value with a value-path filter, which the RFC allows."""
    operations = next((v for k, v in body.items() if k.lower() == "operations"), None)
    if not isinstance(operations, list):
        return body
    rewritten: list[Any] = []
    for operation in operations:
        if (
            isinstance(operation, dict) and str(operation.get("op", "")).lower() == "remove"
            and isinstance(operation.get("path"), str) and "[" not in operation["path"]
            and isinstance(operation.get("value"), list)
            and all(isinstance(v, dict) and "value" in v for v in operation["value"])
        ):
            rewritten += [
                {"op": "remove", "path": f"{operation['path']}[value eq {_quoted(v['value'])}]"}
                for v in operation["value"]
            ]
        else:
            rewritten.append(operation)
    return {**{k: v for k, v in body.items() if k.lower() != "operations"}, "Operations": rewritten}


def apply_patch(patch_model: Any, resource_model: Any, current: dict[str, Any], body: dict[str, Any]) -> Any:
    try:
        operations = patch_model.model_validate(normalize(body), scim_ctx=Context.RESOURCE_PATCH_REQUEST)
    except ValidationError as exc:
        raise validation_error(exc) from None
    resource = resource_model.model_validate(current, scim_ctx=Context.RESOURCE_QUERY_RESPONSE)
    try:
        operations.patch(resource)
    except ValidationError as exc:
        raise validation_error(exc) from None
    except SCIMException as exc:  # noTarget, mutability, invalidPath, invalidValue…
        raise ScimError(exc.status, str(exc) or "Invalid patch.", exc.scim_type or None) from None
    except (ValueError, TypeError, KeyError) as exc:
        raise invalid_value(f"Invalid patch: {exc}") from None
    return resource
