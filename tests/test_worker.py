"""The arq worker really consumes jobs from the real Redis (in-process in both test modes)."""

from arq.jobs import Job

from gqlaccess.models import OutboxEmail


async def test_the_worker_consumes_an_enqueued_job(runtime):
    email = await OutboxEmail.create(template="password_reset", to_email="w@example.com", payload_encrypted="x")
    queue = runtime.deps.queue
    assert await queue.enqueue("send_email", email.id, job_id=f"test-email:{email.id}")
    job = Job(f"test-email:{email.id}", queue.redis, _queue_name=queue.queue_name)
    result = await job.result(timeout=20)
    assert result == "kept-in-outbox"  # no SMTP configured in the test app: the e-mail stays readable
