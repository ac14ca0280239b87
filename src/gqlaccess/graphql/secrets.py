"""Fields that carry a secret shown once, declared where the field is defined: `extensions=[Secret()]`.

When such a field resolves to a value, its response path (aliases and list indexes included) is
noted on the ASGI scope (`scope[SECRET_PATHS]`). The transport reads it to keep that secret out of
anything it stores: an `Idempotency-Key` replay returns the same answer with those values null
(web/graphql/idempotency.py; docs/integrators). API tokens, webhook secrets, view-as-client and
session tokens, TOTP secrets, recovery codes and one-time links are declared so.
"""

from __future__ import annotations

from typing import Any

from strawberry.extensions.field_extension import (
    AsyncExtensionResolver,
    FieldExtension,
    SyncExtensionResolver,
)

SECRET_PATHS = "gqlaccess.secret_paths"


def _note(info: Any, value: Any) -> Any:
    if value is not None:
        request = getattr(info.context, "request", None)
        scope = getattr(request, "scope", None)
        if isinstance(scope, dict):
            scope.setdefault(SECRET_PATHS, []).append(tuple(info.path.as_list()))
    return value


class Secret(FieldExtension):
    def resolve(self, next_: SyncExtensionResolver, source: Any, info: Any, **kwargs: Any) -> Any:
        return _note(info, next_(source, info, **kwargs))

    async def resolve_async(self, next_: AsyncExtensionResolver, source: Any, info: Any, **kwargs: Any) -> Any:
        return _note(info, await next_(source, info, **kwargs))
