"""A real S3-compatible server on loopback for the tests: moto's standalone server (`moto_server`).

Nothing is mocked in process: the service talks HTTP to it through obstore exactly as it would
to AWS S3 or MinIO.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from .smtp import free_port

CREDENTIALS = {"AWS_ACCESS_KEY_ID": "gqlaccess-test", "AWS_SECRET_ACCESS_KEY": "gqlaccess-test-secret",
               "AWS_REGION": "us-east-1"}


@dataclass
class ObjectStore:
    endpoint: str
    process: subprocess.Popen[bytes]

    def client(self):  # type: ignore[no-untyped-def]
        import boto3  # moto's own dependency; only the tests look at the bucket through it

        return boto3.client(
            "s3", endpoint_url=self.endpoint, region_name=CREDENTIALS["AWS_REGION"],
            aws_access_key_id=CREDENTIALS["AWS_ACCESS_KEY_ID"],
            aws_secret_access_key=CREDENTIALS["AWS_SECRET_ACCESS_KEY"],
        )

    def new_bucket(self) -> str:
        name = f"exports-{uuid.uuid4().hex[:12]}"
        self.client().create_bucket(Bucket=name)
        return name

    def keys(self, bucket: str) -> list[str]:
        listing = self.client().list_objects_v2(Bucket=bucket)
        return sorted(item["Key"] for item in listing.get("Contents", []))


def moto_server_command() -> list[str]:
    beside = Path(sys.executable).with_name("moto_server")
    return [str(beside)] if beside.exists() else [shutil.which("moto_server") or "moto_server"]


def start_object_store(log_path: Path) -> Iterator[ObjectStore]:
    port = free_port()
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [*moto_server_command(), "-H", "127.0.0.1", "-p", str(port)], stdout=log, stderr=subprocess.STDOUT
        )
    endpoint = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            httpx.get(endpoint, timeout=1)
            break
        except httpx.HTTPError:
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"moto_server did not start: {log_path.read_text()}") from None
            time.sleep(0.1)
    saved = {k: os.environ.get(k) for k in CREDENTIALS}
    os.environ.update(CREDENTIALS)  # obstore reads the usual AWS variables, as in production
    try:
        yield ObjectStore(endpoint, process)
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture(scope="session")
def object_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ObjectStore]:
    yield from start_object_store(tmp_path_factory.mktemp("moto") / "moto_server.log")
