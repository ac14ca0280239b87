from __future__ import annotations

import strawberry

from ....policy import directory
from ....services.directory import settings as directory_settings
from ...context import Info
from ...errors import Forbidden, NotFound
from ...guards import require_writer
from ...ids import decode_optional, decode_typed
from ...runner import MutationScope, Payload, run_mutation
from ...types.directory_settings import DirectorySettingsType
from ..users._shared import GeoScopeInput, MediaSourceScopeInput


@strawberry.input(description="Omitted fields stay as they are.")
class UpdateDirectorySettingsInput:
    account_id: strawberry.ID
    default_role_id: strawberry.ID | None = strawberry.field(
        default=None, description="The role of provisioned users (not a temporary one)."
    )
    reset_default_role: bool = strawberry.field(default=False, description="Back to the predefined default role.")
    media_sources: MediaSourceScopeInput | None = None
    geos: GeoScopeInput | None = None
    directory_owns_attributes: bool | None = None


@strawberry.type
class UpdateDirectorySettingsPayload(Payload):
    settings: DirectorySettingsType | None = None


async def update_directory_settings(
    info: Info, input: UpdateDirectorySettingsInput
) -> UpdateDirectorySettingsPayload:
    """Admins only (whoever may create SCIM tokens)."""

    async def body(scope: MutationScope) -> UpdateDirectorySettingsPayload:
        require_writer(info)
        account_id = decode_typed(input.account_id, "Account")
        scope.account_id = account_id
        access = await info.context.access(account_id)
        decision = directory.may_configure_directory(access)
        if access is None:
            raise NotFound()
        if not decision.allowed:
            raise Forbidden(decision.reason)
        scope.target("Account", account_id)
        role_id = decode_optional(input.default_role_id, "Role") if input.default_role_id is not None else None
        change = directory_settings.SettingsChange(
            default_role_id=role_id,
            default_role_id_invalid=input.default_role_id is not None and role_id is None,
            reset_default_role=input.reset_default_role,
            media_sources=(input.media_sources.all, list(input.media_sources.values or []))
            if input.media_sources is not None else None,
            geos=(input.geos.all, list(input.geos.country_codes or [])) if input.geos is not None else None,
            directory_owns_attributes=input.directory_owns_attributes,
        )
        saved = await directory_settings.update(account_id, change, updated_by_id=info.context.principal.actor_id)
        scope.details = {"directoryOwnsAttributes": saved.directory_owns_attributes}
        return UpdateDirectorySettingsPayload(settings=DirectorySettingsType.from_model(saved))

    return await run_mutation(info, "directory.update_settings", UpdateDirectorySettingsPayload, body)
