"""Redis down: the API keeps answering typed errors (never a bare 500), /readyz says 503 while it
is down and 200 after; nothing needed later is lost (the reset request is written inline).

    PYTHONPATH=src:. python bench/faults/redis_down.py
"""

from __future__ import annotations

import time

import httpx
from harness import Stack, check, finish, labelled, verified

ME = "{ me { email } }"
LOGIN = ('mutation($e: String!, $p: String!) { login(input: {email: $e, password: $p}) '
         '{ token errors { code } } }')
RESET = 'mutation($e: String!) { requestPasswordReset(input: {email: $e}) { ok errors { code } } }'


def main() -> None:
    with Stack("redis-down") as stack:
        stack.start_api()
        worker = stack.start_worker()
        tenant = stack.make_tenant()
        check(httpx.get(stack.api + "/readyz").status_code == 200, "/readyz 200 with every dependency up")

        stack.redis.stop()
        ready = httpx.get(stack.api + "/readyz", timeout=10)
        check(ready.status_code == 503 and "error" in ready.json()["checks"]["redis"],
              "/readyz 503 naming redis while Redis is down", ready.text)
        answers = {
            "me": stack.gql(ME, token=tenant["token"]),
            "login": stack.gql(LOGIN, {"e": tenant["email"], "p": "Correct-Horse-Battery-9"}),
            "wrong login": stack.gql(LOGIN, {"e": tenant["email"], "p": "wrong"}),
            "requestPasswordReset": stack.gql(RESET, {"e": tenant["email"]}),
            "accounts": stack.gql("{ accounts { id name } }", token=tenant["token"]),
        }
        for name, response in answers.items():
            ok, detail = labelled(response)
            check(ok, f"Redis down: {name} answers typed ({response.status_code}, {detail})", detail)
        check(answers["me"].json()["data"]["me"]["email"] == tenant["email"], "Redis down: sessions still work (they live in the database)")
        check(bool(answers["login"].json()["data"]["login"]["token"]), "Redis down: login works (throttle fails open, logged)")

        time.sleep(2)
        stack.redis.start()
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and httpx.get(stack.api + "/readyz", timeout=10).status_code != 200:
            time.sleep(0.5)
        check(httpx.get(stack.api + "/readyz").status_code == 200, "/readyz back to 200 after Redis returns")
        after = stack.gql(RESET, {"e": tenant["email"]})
        check(after.json()["data"]["requestPasswordReset"]["ok"] is True, "API works again after Redis returns")
        resets = "SELECT count(*) AS n FROM outbox_email WHERE to_email = $1 AND template = 'password_reset'"
        check(stack.sql(resets, tenant["email"])[0]["n"] == 1,
              "the reset asked while Redis was down was written inline (outbox row), not dropped")
        check(stack.wait_for(lambda: stack.sql(resets, tenant["email"])[0]["n"] == 2),
              "after Redis returns, the worker runs new jobs again (second reset issued by the job)")
        if worker.alive():
            verified("the worker process survived the Redis outage")
        else:
            check(False, "the worker process survived the Redis outage (it exited: run workers under a "
                  "supervisor with restart, e.g. docker `restart: unless-stopped`)",
                  worker.log()[-600:])
    finish()


if __name__ == "__main__":
    main()
