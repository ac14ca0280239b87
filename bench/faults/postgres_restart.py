"""PostgreSQL down and restarted under load: typed answers while it is down (SERVICE_UNAVAILABLE,
never a bare 500), /readyz 503 then 200, and full recovery of the API and the worker afterwards.

    PYTHONPATH=src:. python bench/faults/postgres_restart.py
"""

from __future__ import annotations

import threading
import time
from collections import Counter

import httpx
from harness import Stack, check, finish, labelled

ME = "{ me { email memberships { role { key } } } }"
RESET = 'mutation($e: String!) { requestPasswordReset(input: {email: $e}) { ok errors { code } } }'
DURATION = 14.0


def load(stack: Stack, token: str, email: str, stop: threading.Event, log: list[tuple[float, int, str, bool]]) -> None:
    client = httpx.Client(timeout=10)
    started = time.monotonic()
    i = 0
    while not stop.is_set():
        i += 1
        query, variables, auth = (ME, None, token) if i % 3 else (RESET, {"e": email}, None)
        try:
            headers = {"Authorization": f"Bearer {auth}"} if auth else {}
            response = client.post(stack.api + "/graphql", json={"query": query, "variables": variables or {}}, headers=headers)
            ok, detail = labelled(response)
            success = ok and response.status_code == 200 and detail == "ok"
            # Typed: an answer, or SERVICE_UNAVAILABLE; a masked INTERNAL_SERVER_ERROR is not.
            typed = (ok and "INTERNAL_SERVER_ERROR" not in detail) or success
            log.append((time.monotonic() - started, response.status_code, detail, typed))
        except httpx.HTTPError as exc:
            log.append((time.monotonic() - started, 0, type(exc).__name__, False))
    client.close()


def main() -> None:
    with Stack("pg-restart", RESET_REQUESTS_PER_IP="100000") as stack:
        stack.start_api()
        stack.start_worker()
        tenant = stack.make_tenant()

        # 1. Down: what callers and the probe see.
        stack.pg.stop("fast")
        ready = httpx.get(stack.api + "/readyz", timeout=10)
        check(ready.status_code == 503 and "error" in ready.json()["checks"]["database"],
              "/readyz 503 naming the database while PostgreSQL is down", ready.text)
        for name, (query, variables, token) in {
            "me (bearer lookup)": (ME, None, tenant["token"]),
            "requestPasswordReset (anonymous)": (RESET, {"e": tenant["email"]}, None),
        }.items():
            response = stack.gql(query, variables, token=token)
            ok, detail = labelled(response)
            check(ok and "SERVICE_UNAVAILABLE" in detail,
                  f"PostgreSQL down: {name} answers {response.status_code} SERVICE_UNAVAILABLE", response.text[:300])
        stack.pg.start()
        check(stack.wait_for(lambda: httpx.get(stack.api + "/readyz").status_code == 200, 30),
              "/readyz back to 200 after PostgreSQL returns")

        # 2. Restart under load (3 client threads).
        stop, log = threading.Event(), []
        threads = [threading.Thread(target=load, args=(stack, tenant["token"], tenant["email"], stop, log)) for _ in range(3)]
        for thread in threads:
            thread.start()
        time.sleep(3)
        restart_at = time.monotonic()
        stack.pg.restart("fast")
        restarted = time.monotonic() - restart_at
        time.sleep(DURATION - 3 - restarted)
        stop.set()
        for thread in threads:
            thread.join()
        outcomes = Counter((status, detail) for _, status, detail, _ in log)
        print(f"          {len(log)} requests; restart took {restarted:.1f}s; outcomes: {dict(outcomes)}")
        check(all(typed for *_, typed in log), "every answer during the restart was typed (ok or SERVICE_UNAVAILABLE; no 500, no masked error, no dropped connection)",
              [e for e in log if not e[3]][:5])
        tail = [e for e in log if e[0] > DURATION - 4]
        check(bool(tail) and all(status == 200 and detail == "ok" for _, status, detail, _ in tail),
              f"recovered: the last 4 s ({len(tail)} requests) all succeeded", [e for e in tail if e[2] != "ok"][:5])
        first_ok_after = min((t for t, s, d, _ in log if t > 3 + restarted and d == "ok"), default=None)
        if first_ok_after is not None:
            print(f"          first success {first_ok_after - 3 - restarted:.2f}s after the restart finished")

        # 3. The worker recovered too: a job enqueued now runs.
        resets = "SELECT count(*) AS n FROM outbox_email WHERE to_email = $1 AND template = 'password_reset'"
        fresh = stack.make_tenant("after")  # the load used up the first owner's reset allowance
        stack.gql(RESET, {"e": fresh["email"]})
        check(stack.wait_for(lambda: stack.sql(resets, fresh["email"])[0]["n"] == 1, 30),
              "after the restart the worker runs jobs against the database again")
        check(all(w.alive() for w in stack.workers) and all(s.alive() for s in stack.servers),
              "API and worker processes survived the PostgreSQL restart")
    finish()


if __name__ == "__main__":
    main()
