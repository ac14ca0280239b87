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

from .errors import ScimError, invalid_value
from .resources import validation_error


def apply_patch(patch_model: Any, resource_model: Any, current: dict[str, Any], body: dict[str, Any]) -> Any:
    try:
        operations = patch_model.model_validate(body, scim_ctx=Context.RESOURCE_PATCH_REQUEST)
    except ValidationError as exc:
        raise validation_error(exc) from None
    resource = resource_model.model_validate(current, scim_ctx=Context.RESOURCE_QUERY_RESPONSE)
    try:
        operations.patch(resource)
    except ValidationError as exc:
        raise validation_error(exc) from None
    except ScimError:
        raise
    except Exception as exc:  # the library's SCIMException family (noTarget, mutability, invalidPath…)
        scim_type = getattr(exc, "scim_type", None)
        status = getattr(exc, "status", 400)
        if scim_type or isinstance(status, int):
            raise ScimError(status if isinstance(status, int) else 400, str(exc) or "Invalid patch.",
                            scim_type or "invalidValue") from None
        raise invalid_value(str(exc)) from None
    return resource
