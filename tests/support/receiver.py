"""A real HTTP server for webhook tests (asyncio streams, HTTP/1.1, one request per connection).

Each path has a script of answers: an int status, or ("sleep", seconds) to stall past the
client's timeout. Once the script is used up, the answer is 200. Every request is recorded.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from dataclasses import dataclass, field
from typing import Any

import orjson


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: bytes
    at: float
    answered: int | None = None

    @property
    def json(self) -> Any:
        return orjson.loads(self.body)


@dataclass
class Receiver:
    host: str = "127.0.0.1"
    port: int = 0
    requests: list[Received] = field(default_factory=list)
    scripts: dict[str, list[Any]] = field(default_factory=dict)
    _server: asyncio.base_events.Server | None = None

    def url(self, path: str) -> str:
        return f"http://{self.host}:{self.port}{path}"

    def script(self, path: str, *answers: Any) -> None:
        self.scripts[path] = list(answers)

    def at(self, path: str) -> list[Received]:
        return [r for r in self.requests if r.path == path]

    async def wait_for(self, path: str, count: int, within: float = 60.0, *, answered: int | None = None) -> list[Received]:
        """Waits until `count` requests reached the path (answered with `answered`, when given)."""
        deadline = time.monotonic() + within
        while time.monotonic() < deadline:
            found = [r for r in self.at(path) if answered is None or r.answered == answered]
            if len(found) >= count:
                return found
            await asyncio.sleep(0.05)
        raise AssertionError(f"{path}: {len(self.at(path))} requests after {within}s, wanted {count}")

    async def start(self) -> Receiver:
        self._server = await asyncio.start_server(self._handle, self.host, 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._server.wait_closed(), 2)

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            _method, path, _version = lines[0].split(" ", 2)
            headers = {}
            for line in lines[1:]:
                if ":" in line:
                    name, _, value = line.partition(":")
                    headers[name.strip().lower()] = value.strip()
            body = await reader.readexactly(int(headers.get("content-length", "0")))
            received = Received(path, headers, body, time.monotonic())
            self.requests.append(received)
            script = self.scripts.get(path) or []
            answer = script.pop(0) if script else 200
            if isinstance(answer, tuple) and answer[0] == "sleep":
                await asyncio.sleep(answer[1])
                answer = 200
            received.answered = int(answer)
            writer.write(
                f"HTTP/1.1 {answer} X\r\ncontent-length: 2\r\ncontent-type: text/plain\r\nconnection: close\r\n\r\nok".encode()
            )
            await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()
