"""The console's users screen: time to the first page of 50 rows in headless Chromium, on an
account of 10,000 members against the same screen on an account of 10 (the baseline, same run).

    PYTHONPATH=src:. .venv/bin/python bench/console_users_first_page.py [--members 10000] [--rounds 5]

Embedded mode (SQLite + embedded Redis in a temporary data directory), one uvicorn in process,
Debian's chromium. Two figures per account, medians of the rounds:
- warm: signed in, from the "My account" screen to 50 rendered rows (users query + render);
- cold: a new tab opened on the users screen (page, modules, shell query, users query, render).
Figures on a shared 2-core machine: read them as ratios.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import statistics
import tempfile
import uuid
from pathlib import Path

import uvicorn

from gqlaccess.config import Settings
from gqlaccess.models import Membership, User
from gqlaccess.security.passwords import hash_password
from gqlaccess.services.accounts import accounts
from gqlaccess.services.core.clock import utcnow
from gqlaccess.services.roles.roles import predefined_role_id
from gqlaccess.web.app import create_app

PASSWORD = "Bench-Console-Password-42"
ROW = "table.data[aria-busy=false] tbody tr[data-key]"


async def seed(runtime, members: int) -> str:  # type: ignore[no-untyped-def]
    tag = uuid.uuid4().hex[:8]
    created = await accounts.create_account(runtime.deps, name=f"Bench {members}", owner_email=f"owner-{tag}@example.com")
    await User.filter(id=created.owner.id).update(
        password_hash=await hash_password(PASSWORD, runtime.settings.argon2), activated_at=utcnow(), name="Bench owner")
    role = predefined_role_id("marketing")
    for start in range(0, members - 1, 1000):
        users = [User(id=uuid.uuid4(), email=f"m-{tag}-{i:05d}@example.com", name=f"Member {i:05d}", activated_at=utcnow())
                 for i in range(start, min(start + 1000, members - 1))]
        await User.bulk_create(users)
        await Membership.bulk_create([Membership(id=uuid.uuid4(), account_id=created.account.id, user_id=u.id,
                                                 role_id=role, status="ACTIVE") for u in users])
    return created.owner.email


async def measure(browser, base: str, email: str, rounds: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    context = await browser.new_context()
    page = await context.new_page()
    await page.goto(base + "/console")
    await page.get_by_label("E-mail").fill(email)
    await page.get_by_label("Password").fill(PASSWORD)
    await page.get_by_role("button", name="Sign in").click()
    await page.locator(ROW).first.wait_for()
    account = (await page.evaluate("location.hash")).split("/")[2]
    warm, cold = [], []
    for _ in range(rounds):
        await page.evaluate(f"location.hash = '#/a/{account}/me'")
        await page.get_by_role("heading", name="My account").wait_for()
        started = await page.evaluate("performance.now()")
        await page.evaluate(f"location.hash = '#/a/{account}/users'")
        await page.locator(ROW).last.wait_for()
        await page.locator(ROW).nth(min(49, await page.locator(ROW).count() - 1)).wait_for()
        warm.append(await page.evaluate("performance.now()") - started)
        tab = await context.new_page()
        await tab.goto(f"{base}/console#/a/{account}/users")
        await tab.locator(ROW).first.wait_for()
        cold.append(await tab.evaluate("performance.now()"))
        await tab.close()
    await context.close()
    return statistics.median(warm), statistics.median(cold)


async def main(members: int, rounds: int) -> None:
    from playwright.async_api import async_playwright

    data_dir = Path(tempfile.mkdtemp(prefix="gqlaccess-bench-console-"))
    settings = Settings(environment="test", data_dir=data_dir, secret_key="bench-secret-" + "x" * 32,
                        run_worker_in_process=True)
    app = create_app(settings, apply_migrations=True)
    try:
        async with app.router.lifespan_context(app):
            runtime = app.state.runtime
            baseline_email = await seed(runtime, 10)
            big_email = await seed(runtime, members)
            server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, lifespan="off", log_level="warning"))
            task = asyncio.create_task(server.serve())
            while not server.started:  # noqa: ASYNC110
                await asyncio.sleep(0.02)
            port = server.servers[0].sockets[0].getsockname()[1]
            base = f"http://127.0.0.1:{port}"
            async with async_playwright() as playwright:
                browser = await playwright.chromium.launch(
                    executable_path=shutil.which("chromium"), args=["--headless", "--no-sandbox", "--disable-gpu"])
                small = await measure(browser, base, baseline_email, rounds)
                big = await measure(browser, base, big_email, rounds)
                await browser.close()
            server.should_exit = True
            await task
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)
    print(f"users screen, first page of 50, median of {rounds} rounds (ms)")
    print(f"{'account':>16} {'warm':>8} {'cold':>8}")
    print(f"{'10 members':>16} {small[0]:8.0f} {small[1]:8.0f}")
    print(f"{f'{members:,} members':>16} {big[0]:8.0f} {big[1]:8.0f}")
    print(f"{'ratio':>16} {big[0] / small[0]:8.2f} {big[1] / small[1]:8.2f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=5)
    arguments = parser.parse_args()
    asyncio.run(main(arguments.members, arguments.rounds))
