"""send_email against a real SMTP server (aiosmtpd): delivery, language, idempotence, failures."""

from __future__ import annotations

import asyncio
import re
import uuid

from gqlaccess.models import Invitation, OutboxEmail, User
from gqlaccess.models.enums import DeliveryStatus, OutboxStatus
from gqlaccess.security.passwords import hash_password
from gqlaccess.services.accounts import accounts
from gqlaccess.services.core.clock import utcnow
from gqlaccess.services.core.errors import DomainError, ErrorCode
from gqlaccess.services.core.queue import JobQueue
from gqlaccess.services.invitations import invitations
from workers.email import requeue_pending_emails

from ..support.factories import ACCEPT, LOGIN, PASSWORD

LINK = re.compile(r"http://testserver/invite/(gqi_[A-Za-z0-9_\-]+)")


def _email(tag: str) -> str:
    return f"{tag}-{uuid.uuid4().hex[:10]}@example.com"


async def _wait_row(outbox_id: int, predicate, within: float = 20.0) -> OutboxEmail:  # type: ignore[no-untyped-def]
    deadline = asyncio.get_running_loop().time() + within
    while True:
        row = await OutboxEmail.get(id=outbox_id)
        if predicate(row):
            return row
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"outbox row {outbox_id} stuck: {row.status} attempts={row.attempts} {row.last_error}")
        await asyncio.sleep(0.05)


async def test_activation_mail_in_account_language_and_link_works_once(mail_stack, gql):
    await mail_stack.start_worker()
    owner = _email("fr-owner")
    created = await accounts.create_account(mail_stack.deps, name="Société Test", owner_email=owner, language="fr")
    (mail,) = await mail_stack.smtp.wait_for(owner)

    assert mail.recipients == [owner]
    assert mail.message["To"] == owner
    assert mail.message["Subject"] == "Activez votre accès à Société Test"
    assert mail.message.get_content_type() == "multipart/alternative"
    assert "Bonjour" in mail.text and "Ce lien est valable jusqu'au" in mail.text
    assert '<html lang="fr">' in mail.html
    (token,) = set(LINK.findall(mail.text))
    assert token in mail.html

    row = await _wait_row(created.outbox_ids[0], lambda r: r.status == OutboxStatus.SENT)
    assert row.attempts == 1 and row.sent_at is not None
    invitation = await Invitation.get(id=created.invitation.invitation.id)
    assert invitation.delivery_status == DeliveryStatus.SENT and invitation.sent_at is not None

    accepted = await gql.mutate(ACCEPT, {"token": token, "password": PASSWORD})
    assert accepted["user"]["email"] == owner
    again = await gql.ok(ACCEPT, {"token": token, "password": PASSWORD})
    assert [e["code"] for e in again["acceptInvitation"]["errors"]] == ["INVITATION_USED"]


async def test_english_account_gets_english_mail(mail_stack):
    await mail_stack.start_worker()
    owner = _email("en-owner")
    await accounts.create_account(mail_stack.deps, name="Acme", owner_email=owner, language="en")
    (mail,) = await mail_stack.smtp.wait_for(owner)
    assert mail.message["Subject"] == "Activate your access to Acme"
    assert "Hello" in mail.text and '<html lang="en">' in mail.html


async def test_with_smtp_the_api_never_returns_the_link(mail_stack):
    operator_email = _email("operator")
    await User.create(
        email=operator_email, name="Operator", is_platform_operator=True, activated_at=utcnow(),
        password_hash=await hash_password(PASSWORD, mail_stack.settings.argon2),
    )
    login = await mail_stack.gql.mutate(LOGIN, {"email": operator_email, "password": PASSWORD})
    payload = await mail_stack.gql.mutate(
        """mutation($email: String!) { createAccount(input: {name: "Linkless", ownerEmail: $email}) {
             invitation { url deliveryStatus sentAt } errors { code } } }""",
        {"email": _email("linkless")},
        token=login["token"],
    )
    assert payload["invitation"] == {"url": None, "deliveryStatus": "QUEUED", "sentAt": None}


async def test_without_smtp_the_link_is_returned_and_kept_in_outbox(gql, runtime):
    """The session app has no SMTP: the creator gets the link, nothing is claimed or sent."""
    owner = _email("nosmtp")
    created = await accounts.create_account(runtime.deps, name="No SMTP", owner_email=owner)
    assert invitations.returned_link(runtime.settings, created.invitation) == created.invitation.url(runtime.settings)
    await asyncio.sleep(0.5)  # the in-process worker has run the job by now
    row = await OutboxEmail.get(id=created.outbox_ids[0])
    assert row.status == OutboxStatus.PENDING and row.attempts == 0 and row.claimed_at is None
    invitation = await Invitation.get(id=created.invitation.invitation.id)
    assert invitation.delivery_status == DeliveryStatus.NOT_SENT


async def test_a_job_run_twice_sends_once(mail_stack):
    owner = _email("twice")
    queue = JobQueue(None, mail_stack.settings.queue_name)  # nothing enqueued at creation
    deps = type(mail_stack.deps)(settings=mail_stack.settings, queue=queue)
    created = await accounts.create_account(deps, name="Twice", owner_email=owner)
    outbox_id = created.outbox_ids[0]
    for n in range(4):  # four jobs for one e-mail, as at-least-once delivery and re-enqueues may make
        await mail_stack.deps.queue.enqueue("send_email", outbox_id, job_id=f"{mail_stack.settings.queue_name}:dup:{n}")
    await mail_stack.start_worker()
    await mail_stack.smtp.wait_for(owner)
    row = await _wait_row(outbox_id, lambda r: r.status == OutboxStatus.SENT)
    await asyncio.sleep(1.0)
    assert len(mail_stack.smtp.to(owner)) == 1
    assert row.attempts == 1


async def test_refused_recipient_is_failed_not_retried(mail_stack):
    await mail_stack.start_worker()
    owner = _email("refused")
    mail_stack.smtp.refuse.add(owner)
    created = await accounts.create_account(mail_stack.deps, name="Refused", owner_email=owner)
    row = await _wait_row(created.outbox_ids[0], lambda r: r.status == OutboxStatus.FAILED)
    assert row.attempts == 1 and "550" in (row.last_error or "")
    invitation = await Invitation.get(id=created.invitation.invitation.id)
    assert invitation.delivery_status == DeliveryStatus.FAILED and invitation.sent_at is None
    await requeue_pending_emails(mail_stack.job_ctx())  # a FAILED row is not picked up again
    await asyncio.sleep(0.5)
    assert mail_stack.smtp.to(owner) == []
    assert (await OutboxEmail.get(id=row.id)).attempts == 1


async def test_deferred_recipient_is_retried_then_delivered(mail_stack):
    await mail_stack.start_worker()
    owner = _email("deferred")
    mail_stack.smtp.defer.add(owner)
    created = await accounts.create_account(mail_stack.deps, name="Deferred", owner_email=owner)
    await _wait_row(created.outbox_ids[0], lambda r: r.attempts >= 2)
    mail_stack.smtp.defer.discard(owner)
    await mail_stack.smtp.wait_for(owner)
    row = await _wait_row(created.outbox_ids[0], lambda r: r.status == OutboxStatus.SENT)
    assert row.attempts >= 2
    await asyncio.sleep(0.5)
    assert len(mail_stack.smtp.to(owner)) == 1


async def test_smtp_down_is_retried_and_delivered_when_it_comes_back(mail_stack):
    mail_stack.smtp.stop()
    await mail_stack.start_worker()
    owner = _email("down")
    created = await accounts.create_account(mail_stack.deps, name="Down", owner_email=owner)
    row = await _wait_row(created.outbox_ids[0], lambda r: r.attempts >= 2)
    assert row.status == OutboxStatus.PENDING and row.last_error
    assert (await Invitation.get(id=created.invitation.invitation.id)).delivery_status == DeliveryStatus.QUEUED
    mail_stack.smtp.start()
    await mail_stack.smtp.wait_for(owner, within=30)
    await _wait_row(created.outbox_ids[0], lambda r: r.status == OutboxStatus.SENT)
    assert len(mail_stack.smtp.to(owner)) == 1


async def test_after_the_last_try_the_row_rests_and_the_requeue_sends_it(mail_stack):
    mail_stack.settings = mail_stack.settings.with_overrides(mail_max_tries=3)
    mail_stack.smtp.stop()
    await mail_stack.start_worker()
    owner = _email("rest")
    created = await accounts.create_account(mail_stack.deps, name="Rest", owner_email=owner)
    outbox_id = created.outbox_ids[0]
    row = await _wait_row(outbox_id, lambda r: r.attempts >= mail_stack.settings.mail_max_tries and r.claimed_at is None)
    assert row.status == OutboxStatus.PENDING and row.next_attempt_at > utcnow()  # resting, not lost
    mail_stack.smtp.start()
    await OutboxEmail.filter(id=outbox_id).update(next_attempt_at=utcnow())  # the rest is over
    assert await requeue_pending_emails(mail_stack.job_ctx()) >= 1
    await mail_stack.smtp.wait_for(owner)
    await _wait_row(outbox_id, lambda r: r.status == OutboxStatus.SENT)


async def test_redis_down_at_commit_then_requeue_delivers_everything(mail_stack, private_redis):
    """Enqueueing fails while Redis is down; the rows wait in the outbox; once Redis is back,
    the periodic re-enqueue hands them to a worker and each is sent exactly once."""
    from arq.connections import RedisSettings, create_pool

    from gqlaccess.services.core.deps import Deps

    settings = mail_stack.settings
    pool = await create_pool(RedisSettings.from_dsn(private_redis.url))
    deps = Deps(settings=settings, queue=JobQueue(pool, settings.queue_name))
    try:
        private_redis.stop()
        owners = [_email("redisdown") for _ in range(3)]
        for owner in owners:  # the mutation still succeeds: the outbox row is in the database
            await accounts.create_account(deps, name="Redis down", owner_email=owner)
        private_redis.start()
        worker_pool = await create_pool(RedisSettings.from_dsn(private_redis.url))
        mail_stack.pool, mail_stack.deps = worker_pool, Deps(settings=settings, queue=JobQueue(worker_pool, settings.queue_name))
        await mail_stack.start_worker()
        await asyncio.sleep(0.5)
        assert all(mail_stack.smtp.to(owner) == [] for owner in owners)  # nothing was queued
        assert await requeue_pending_emails(mail_stack.job_ctx()) >= 3
        for owner in owners:
            await mail_stack.smtp.wait_for(owner)
        await mail_stack.stop_worker()
        await worker_pool.aclose()
    finally:
        await pool.aclose()
    assert all(len(mail_stack.smtp.to(owner)) == 1 for owner in owners)


async def test_worker_killed_mid_run_then_restart_delivers_everything(mail_stack):
    mail_stack.smtp.delay = 0.3
    owners = [_email("crash") for _ in range(12)]
    rows = []
    for owner in owners:
        created = await accounts.create_account(mail_stack.deps, name="Crash", owner_email=owner)
        rows.extend(created.outbox_ids)
    await mail_stack.start_worker()
    await mail_stack.smtp.wait_for(owners[0], within=30)
    await mail_stack.stop_worker(crash=True)
    delivered_before = sum(1 for owner in owners if mail_stack.smtp.to(owner))
    assert delivered_before < len(owners), "the worker finished before it could be killed"
    mail_stack.smtp.delay = 0
    await mail_stack.start_worker()
    await asyncio.sleep(mail_stack.settings.mail_claim_timeout_seconds + 0.5)  # any claim left is stale
    await requeue_pending_emails(mail_stack.job_ctx())
    for owner in owners:
        await mail_stack.smtp.wait_for(owner, within=30)
    for outbox_id in rows:
        await _wait_row(outbox_id, lambda r: r.status == OutboxStatus.SENT)
    await asyncio.sleep(0.5)
    assert all(len(mail_stack.smtp.to(owner)) == 1 for owner in owners)


async def test_header_injection_and_markup_in_names_stay_inert(mail_stack):
    await mail_stack.start_worker()
    owner = _email("inject")
    created = await accounts.create_account(mail_stack.deps, name="Acme", owner_email=owner, language="en")
    # Variables as another area might pass them: a name with CR/LF and HTML.
    from gqlaccess.services.core import outbox

    evil = "Eve\r\nBcc: victim@example.com\r\nSubject: pwned <script>alert(1)</script>"
    row = await outbox.record_email(
        mail_stack.settings, template="added_to_account", to_email=owner, language="en",
        variables={"name": evil, "account_name": "Acme\nX-Injected: yes", "inviter_name": "<b>Boss</b>"},
    )
    await mail_stack.deps.queue.enqueue_emails([row.id])
    mails = await mail_stack.smtp.wait_for(owner, count=2)
    (mail,) = [m for m in mails if "You now have access" in m.message["Subject"]]
    assert mail.recipients == [owner]
    assert mail.message["Bcc"] is None and mail.message["X-Injected"] is None
    assert mail.message["Subject"] == "You now have access to Acme X-Injected: yes"
    assert len(mail.message.get_all("Subject")) == 1
    assert "<script>" not in mail.html and "&lt;script&gt;" in mail.html
    assert "<b>Boss</b>" not in mail.html and "&lt;b&gt;Boss&lt;/b&gt;" in mail.html
    assert all(m.recipients == [owner] for m in mails)
    assert created.outbox_ids


async def test_resend_revokes_the_old_link_and_mails_a_new_one(mail_stack, gql):
    await mail_stack.start_worker()
    owner = _email("resend")
    created = await accounts.create_account(mail_stack.deps, name="Resend", owner_email=owner, language="fr")
    (first,) = await mail_stack.smtp.wait_for(owner)
    old_token = LINK.findall(first.text)[0]
    resent = await invitations.reissue(mail_stack.deps, created.invitation.invitation)
    mails = await mail_stack.smtp.wait_for(owner, count=2)
    new_token = LINK.findall(mails[1].text)[0]
    assert new_token != old_token and mails[1].message["Subject"] == first.message["Subject"]
    old = await gql.ok(ACCEPT, {"token": old_token, "password": PASSWORD})
    assert [e["code"] for e in old["acceptInvitation"]["errors"]] == ["INVITATION_REVOKED"]
    await gql.mutate(ACCEPT, {"token": new_token, "password": PASSWORD})
    try:
        await invitations.reissue(mail_stack.deps, resent.issued.invitation)
    except DomainError as exc:
        assert exc.errors[0].code == ErrorCode.NOT_PENDING
    else:
        raise AssertionError("an accepted invitation was re-sent")


async def test_a_stale_claim_of_a_dead_worker_is_taken_over(mail_stack):
    """A worker that claimed a row and died (no release) blocks it only until the claim is stale."""
    from gqlaccess.services.core import outbox

    owner = _email("stale")
    deps = type(mail_stack.deps)(settings=mail_stack.settings, queue=JobQueue(None, mail_stack.settings.queue_name))
    created = await accounts.create_account(deps, name="Stale", owner_email=owner)
    outbox_id = created.outbox_ids[0]
    from datetime import timedelta

    claim_timeout = timedelta(seconds=mail_stack.settings.mail_claim_timeout_seconds)
    assert await outbox.claim(outbox_id, utcnow(), claim_timeout) is not None  # the dead worker's claim
    await mail_stack.start_worker()
    await mail_stack.deps.queue.enqueue_emails([outbox_id])
    await asyncio.sleep(0.8)
    assert mail_stack.smtp.to(owner) == []  # a live claim is respected
    await asyncio.sleep(mail_stack.settings.mail_claim_timeout_seconds)
    assert await requeue_pending_emails(mail_stack.job_ctx()) >= 1
    await mail_stack.smtp.wait_for(owner)
    row = await _wait_row(outbox_id, lambda r: r.status == OutboxStatus.SENT)
    assert row.attempts == 2 and len(mail_stack.smtp.to(owner)) == 1


async def test_export_ready_attaches_small_files_from_the_data_dir_only(mail_stack, tmp_path):
    from gqlaccess.services.core import outbox

    await mail_stack.start_worker()
    owner = _email("export")
    inside = mail_stack.settings.data_dir / "exports" / f"users-{uuid.uuid4().hex[:6]}.zip"
    inside.parent.mkdir(parents=True, exist_ok=True)
    inside.write_bytes(b"PK\x05\x06" + b"\x00" * 18)
    outside = tmp_path / "secret.txt"
    outside.write_text("not for mail")
    for path in (inside, outside):
        row = await outbox.record_email(
            mail_stack.settings, template="export_ready", to_email=owner, language="fr",
            variables={"name": "Ada", "account_name": "Acme", "url": "http://testserver/exports/x", "file_name": path.name,
                       "row_count": 3, "expires_at": utcnow().isoformat(), "attachment_path": str(path)},
        )
        await mail_stack.deps.queue.enqueue_emails([row.id])
    mails = await mail_stack.smtp.wait_for(owner, count=2)
    by_file = {m.message["Subject"]: m for m in mails}
    attached = by_file[f"Votre export {inside.name} est prêt"]
    (part,) = list(attached.message.iter_attachments())
    assert part.get_filename() == inside.name and part.get_content() == inside.read_bytes()
    assert "Il est joint à cet e-mail" in attached.text
    assert list(by_file["Votre export secret.txt est prêt"].message.iter_attachments()) == []


def test_smtp_url_options():
    from workers.email import smtp_options

    assert smtp_options("smtp://mailer:p%40ss@mail.example:587") == {
        "hostname": "mail.example", "port": 587, "use_tls": False, "start_tls": None, "timeout": 30.0,
        "username": "mailer", "password": "p@ss",
    }
    implicit = smtp_options("smtps://mail.example", 5)
    assert implicit["use_tls"] is True and implicit["start_tls"] is False and implicit["port"] == 465
