"""Deleting an account for good (seed 001, SPEC §1).

Removes its memberships, clients (with their users, assignments and invitations), resources,
invitations, API tokens, export jobs, custom roles and owed e-mails; users left with no
membership and no client login go too. Audit events stay (they are never deleted).

Small accounts go at once, in one transaction. Above `ASYNC_THRESHOLD` rows the account is
switched off (DEACTIVATED: nobody acts in it any more) and an arq job deletes it table by table
with set-based statements, recording progress on an `AccountDeletion` row anyone who asked
can follow.
"""

from __future__ import annotations

from uuid import UUID

import structlog
from tortoise.expressions import Subquery
from tortoise.transactions import in_transaction

from ...models import (
    Account,
    AccountDeletion,
    ApiToken,
    Client,
    ClientResource,
    ClientUser,
    ExportJob,
    Invitation,
    Membership,
    OutboxEmail,
    Resource,
    Role,
    Session,
)
from ...models.enums import AccountStatus, ExportStatus
from ..core.access_changes import access_changed
from ..core.deps import Deps
from ..core.errors import DomainError, ErrorCode
from ..exports.storage import StorageUnavailable, storage_for
from ..members.orphans import prune_users

# Rows (memberships, clients, client users, assignments, resources, invitations, tokens) above
# which the deletion runs in the worker. A few thousand deletes take well under a second inline.
log = structlog.get_logger(__name__)

ASYNC_THRESHOLD = 2000
JOB_NAME = "delete_account"
IN_FLIGHT = (ExportStatus.QUEUED, ExportStatus.RUNNING)


async def count_rows(account_id: UUID) -> int:
    return sum([
        await Membership.filter(account_id=account_id).count(),
        await Client.filter(account_id=account_id).count(),
        await ClientUser.filter(client__account_id=account_id).count(),
        await ClientResource.filter(client__account_id=account_id).count(),
        await Resource.filter(account_id=account_id).count(),
        await Invitation.filter(account_id=account_id).count(),
        await ApiToken.filter(account_id=account_id).count(),
    ])


def check_confirmation(account: Account, confirmation: str | None) -> None:
    if confirmation is None or not confirmation.strip():
        raise DomainError.of("confirmation", ErrorCode.CONFIRMATION_REQUIRED, "Type the account's name to confirm.")
    if confirmation.strip() != account.name.strip():
        raise DomainError.of("confirmation", ErrorCode.CONFIRMATION_MISMATCH, "This is not the account's name.")


async def deletion_in_flight(account_id: UUID) -> bool:
    return await AccountDeletion.exists(account_id=account_id, status__in=IN_FLIGHT)


async def request_deletion(
    deps: Deps, account: Account, *, confirmation: str | None, requested_by_id: UUID | None
) -> AccountDeletion:
    check_confirmation(account, confirmation)
    if await Account.exists(host_id=account.id):
        raise DomainError.of(
            "accountId", ErrorCode.ACCOUNT_HAS_HOSTED_ACCOUNTS, "Delete the accounts it hosts first."
        )
    if await deletion_in_flight(account.id):
        existing = await AccountDeletion.filter(account_id=account.id, status__in=IN_FLIGHT).first()
        assert existing is not None
        return existing
    total = await count_rows(account.id)
    if total <= ASYNC_THRESHOLD:
        async with in_transaction():
            deletion = await AccountDeletion.create(
                account_id=account.id, account_name=account.name, requested_by_id=requested_by_id,
                status=ExportStatus.RUNNING, rows_total=total, started_at=deps.now(),
            )
            pruned = await _purge(account.id, deletion)
            deletion.status = ExportStatus.SUCCEEDED
            deletion.users_deleted = pruned
            deletion.rows_done = total
            deletion.finished_at = deps.now()
            await deletion.save()
        await _delete_export_files(deps, account.id)  # after commit: files go only once the rows have
        return deletion
    async with in_transaction():
        deletion = await AccountDeletion.create(
            account_id=account.id, account_name=account.name, requested_by_id=requested_by_id, rows_total=total
        )
        await Account.filter(id=account.id).update(status=AccountStatus.DEACTIVATED)
        await access_changed(accounts=[account.id])
    await deps.queue.enqueue(JOB_NAME, str(deletion.id), job_id=f"account-deletion:{deletion.id}")
    return deletion


async def run_deletion(deps: Deps, deletion_id: UUID) -> str:
    """The worker's side. Idempotent: each step is a set-based delete that may run again."""
    deletion = await AccountDeletion.get_or_none(id=deletion_id)
    if deletion is None:
        return "missing"
    if deletion.status not in IN_FLIGHT:
        return "already-" + deletion.status.lower()
    deletion.status = ExportStatus.RUNNING
    deletion.started_at = deletion.started_at or deps.now()
    await deletion.save(update_fields=["status", "started_at"])
    try:
        pruned = await _purge(deletion.account_id, deletion, progress=True)
        await _delete_export_files(deps, deletion.account_id)
    except Exception as exc:
        deletion.status = ExportStatus.FAILED
        deletion.error = str(exc)[:2000]
        deletion.finished_at = deps.now()
        await deletion.save(update_fields=["status", "error", "finished_at"])
        raise
    deletion.status = ExportStatus.SUCCEEDED
    deletion.users_deleted += pruned
    deletion.rows_done = deletion.rows_total
    deletion.finished_at = deps.now()
    await deletion.save(update_fields=["status", "users_deleted", "rows_done", "finished_at"])
    return "deleted"


async def _delete_export_files(deps: Deps, account_id: UUID) -> None:
    """The account's export files (local or in object storage). A store outage does not stop the
    deletion: the export sweep removes files of accounts that no longer exist."""
    try:
        removed = await storage_for(deps.settings).delete_account(str(account_id))
    except StorageUnavailable as exc:
        log.warning("account_export_files_left_for_sweep", account_id=str(account_id), error=str(exc))
        return
    log.info("account_export_files_deleted", account_id=str(account_id), files=removed)


async def _purge(account_id: UUID, deletion: AccountDeletion, *, progress: bool = False) -> int:
    """Deletes children before parents (explicitly: the same on SQLite and PostgreSQL)."""
    account = await Account.get_or_none(id=account_id)
    client_ids = Subquery(Client.filter(account_id=account_id).values("id"))
    user_ids: set[UUID] = set(await Membership.filter(account_id=account_id).values_list("user_id", flat=True))
    user_ids |= set(await ClientUser.filter(client__account_id=account_id).values_list("user_id", flat=True))
    user_ids |= set(
        await Invitation.filter(account_id=account_id).exclude(user_id=None).values_list("user_id", flat=True)
    )
    if account is not None and account.owner_id is not None:  # type: ignore[attr-defined]
        user_ids.add(account.owner_id)  # type: ignore[attr-defined]
    invitation_ids = Subquery(Invitation.filter(account_id=account_id).values("id"))
    steps = [
        lambda: OutboxEmail.filter(account_id=account_id).delete(),
        lambda: OutboxEmail.filter(invitation_id__in=invitation_ids).delete(),
        lambda: Session.filter(impersonated_client_id__in=client_ids).delete(),
        lambda: Invitation.filter(account_id=account_id).delete(),
        lambda: Invitation.filter(client_id__in=client_ids).delete(),
        lambda: ClientResource.filter(client_id__in=client_ids).delete(),
        lambda: ClientUser.filter(client_id__in=client_ids).delete(),
        lambda: Client.filter(account_id=account_id).delete(),
        lambda: Membership.filter(account_id=account_id).delete(),
        lambda: ApiToken.filter(account_id=account_id).delete(),
        lambda: ExportJob.filter(account_id=account_id).delete(),
        lambda: Role.filter(account_id=account_id).delete(),
        lambda: Resource.filter(account_id=account_id).delete(),
        lambda: Account.filter(id=account_id).delete(),
    ]
    done = 0
    for step in steps:
        done += await step()
        if progress:
            await AccountDeletion.filter(id=deletion.id).update(rows_done=min(done, deletion.rows_total))
    await access_changed(accounts=[account_id])  # after the deletes: nothing cached outlives them
    return await prune_users(user_ids)
