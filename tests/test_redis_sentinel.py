"""GQLACCESS_REDIS_URL=redis+sentinel://…: the queue, throttles and caches through a real Redis
Sentinel (Debian's redis-server in sentinel mode) in front of a master and a replica, across a
failover."""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import time
import uuid
from pathlib import Path

import pytest
from redis.asyncio import Redis

from gqlaccess.config import Settings
from gqlaccess.redis_runtime import RedisRuntime, redis_settings_from_url
from gqlaccess.services.core.queue import JobQueue
from gqlaccess.services.core.throttle import Throttle

from .support.processes import free_port

REDIS_SERVER = shutil.which("redis-server")
pytestmark = pytest.mark.skipif(REDIS_SERVER is None, reason="no redis-server binary")


def _start(args: list[str], log: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([REDIS_SERVER, *args], stdout=log.open("wb"), stderr=subprocess.STDOUT)  # type: ignore[list-item]


async def _wait(check, within: float = 30.0):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + within
    while True:
        try:
            result = await check()
            if result:
                return result
        except Exception:
            pass
        assert time.monotonic() < deadline, "condition not reached in time"
        await asyncio.sleep(0.2)


@pytest.fixture
def sentinel(tmp_path):  # type: ignore[no-untyped-def]
    master, replica, sentinel_port = free_port(), free_port(), free_port()
    common = ["--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", str(tmp_path)]
    processes = [
        _start(["--port", str(master), *common], tmp_path / "master.log"),
        _start(["--port", str(replica), "--replicaof", "127.0.0.1", str(master), *common], tmp_path / "replica.log"),
    ]
    conf = tmp_path / "sentinel.conf"
    conf.write_text(
        f"port {sentinel_port}\nbind 127.0.0.1\ndir {tmp_path}\n"
        f"sentinel monitor gqlmaster 127.0.0.1 {master} 1\n"
        "sentinel down-after-milliseconds gqlmaster 1000\nsentinel failover-timeout gqlmaster 5000\n"
    )
    processes.append(_start([str(conf), "--sentinel"], tmp_path / "sentinel.log"))
    try:
        yield master, replica, sentinel_port
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()


def test_sentinel_urls_parse():
    parsed = redis_settings_from_url("redis+sentinel://:p%40ss@10.0.0.1:26379,[::1]:26380,sentinel-3/mymaster/2")
    assert parsed.sentinel and parsed.sentinel_master == "mymaster" and parsed.database == 2
    assert parsed.host == [("10.0.0.1", 26379), ("::1", 26380), ("sentinel-3", 26379)]
    assert parsed.password == "p@ss"
    assert not redis_settings_from_url("redis://127.0.0.1:6379/1").sentinel


async def test_queue_throttles_and_caches_through_sentinel_across_a_failover(sentinel):
    master, replica, sentinel_port = sentinel
    sentinels = Redis(host="127.0.0.1", port=sentinel_port)
    replica_client = Redis(host="127.0.0.1", port=replica)

    async def replica_synced() -> bool:
        return (await replica_client.info("replication")).get("master_link_status") == "up"

    async def sentinel_knows(port: int):  # type: ignore[no-untyped-def]
        address = await sentinels.execute_command("SENTINEL", "GET-MASTER-ADDR-BY-NAME", "gqlmaster")
        return address and int(address[1]) == port

    async def sentinel_sees_the_replica() -> bool:  # a failover before this answers NOGOODSLAVE
        replicas = await sentinels.execute_command("SENTINEL", "REPLICAS", "gqlmaster")
        text = str(replicas)  # raw or parsed by redis-py, the flags read the same
        return bool(replicas) and "slave" in text and "s_down" not in text and "disconnected" not in text

    await _wait(replica_synced)
    await _wait(lambda: sentinel_knows(master))
    await _wait(sentinel_sees_the_replica, within=60)
    settings = Settings(redis_url=f"redis+sentinel://127.0.0.1:{sentinel_port}/gqlmaster/0", data_dir=Path("/nonexistent"))
    runtime = RedisRuntime(settings)
    pool = await runtime.start()
    try:
        prefix = f"sentinel-{uuid.uuid4().hex[:6]}"
        queue = JobQueue(pool, f"{prefix}:queue")
        assert await queue.enqueue("send_email", 1, job_id=f"{prefix}:job:1")
        throttle = Throttle(pool, prefix, 60)
        await throttle.hit("login:email", "ada@example.com")
        assert await throttle.count("login:email", "ada@example.com") == 1
        assert await Redis(host="127.0.0.1", port=master).zcard(f"{prefix}:queue") == 1  # written to the master

        await sentinels.execute_command("SENTINEL", "FAILOVER", "gqlmaster")
        await _wait(lambda: sentinel_knows(replica))
        old_master = Redis(host="127.0.0.1", port=master)

        async def demoted() -> bool:  # writes in the switch-over window are Redis's to lose, not ours
            return (await old_master.info("replication")).get("role") == "slave"

        await _wait(demoted)
        await old_master.aclose()

        async def enqueue_after_failover() -> bool:
            return await queue.enqueue("send_email", 2, job_id=f"{prefix}:job:2")

        assert await _wait(enqueue_after_failover)  # the pool asks the sentinels for the new master
        assert await replica_client.zcard(f"{prefix}:queue") == 2  # the former replica is the master now
        assert await throttle.count("login:email", "ada@example.com") == 1
    finally:
        await runtime.close()
        await sentinels.aclose()
        await replica_client.aclose()
