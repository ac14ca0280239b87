"""A worker killed with -9 in the middle of a job: another worker picks the job up again and the
e-mail is delivered exactly once; the outbox row ends SENT.

The SMTP sink holds the first delivery open (the job is mid-send) while the worker is killed.
arq re-runs a crashed job once its in-progress marker expires: the longest job timeout + 10 s
(GQLACCESS_WORKER_JOB_TIMEOUT=5 here, so ~15 s; with the default 600 s it is ~10 minutes).
Other areas add their own jobs (mail fan-out, exports) with the same harness: start a job, wait
until it is mid-way, `worker.kill9()`, start another worker, check the end state.

    PYTHONPATH=src:. python bench/faults/worker_kill.py
"""

from __future__ import annotations

import asyncio
import threading
import time

from aiosmtpd.controller import Controller
from harness import Stack, check, finish, free_port

RESET = 'mutation($e: String!) { requestPasswordReset(input: {email: $e}) { ok errors { code } } }'


class StallingSink:
    """Holds the first DATA for a long time (never answering it); accepts the others."""

    def __init__(self) -> None:
        self.delivered: list[str] = []
        self.stalled = threading.Event()

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        if not self.stalled.is_set():
            self.stalled.set()
            await asyncio.sleep(120)
            return "451 gave up"
        self.delivered.extend(envelope.rcpt_tos)
        return "250 OK"


def main() -> None:
    sink = StallingSink()
    port = free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        with Stack("worker-kill", SMTP_URL=f"smtp://127.0.0.1:{port}") as stack:
            stack.start_api()
            first = stack.start_worker()
            tenant = stack.make_tenant()
            stack.gql(RESET, {"e": tenant["email"]})
            check(sink.stalled.wait(30), "the worker started sending the reset e-mail (SMTP DATA in progress)")
            first.kill9()
            killed_at = time.monotonic()
            check(not first.alive(), "worker killed with SIGKILL mid-job")
            row = "SELECT status FROM outbox_email WHERE to_email = $1 AND template = 'password_reset'"
            check(stack.sql(row, tenant["email"])[0]["status"] == "PENDING", "the outbox row is still PENDING (not half-written)")
            stack.start_worker()
            picked = stack.wait_for(lambda: tenant["email"] in sink.delivered, 60, 0.5)
            check(picked, f"a second worker picked the job up again and delivered it ({time.monotonic() - killed_at:.1f}s after the kill)")
            time.sleep(3)
            check(sink.delivered.count(tenant["email"]) == 1, "delivered exactly once", sink.delivered)
            check(stack.wait_for(lambda: stack.sql(row, tenant["email"])[0]["status"] == "SENT", 10),
                  "the outbox row ends SENT")
    finally:
        controller.stop()
    finish()


if __name__ == "__main__":
    main()
