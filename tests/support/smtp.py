"""A real SMTP server for tests (aiosmtpd on a free port), reusable by every area.

    async def test_x(smtp_server):
        ...                                   # something sends to smtp_server.url
        (mail,) = await smtp_server.wait_for("someone@example.com")
        mail.message["Subject"], mail.text, mail.html

`refuse` (550 on RCPT) and `defer` (451 on RCPT) make it refuse addresses; `stop()`/`start()`
take it down and back up on the same port; `delay` slows each DATA down. A message counts as
received only once its 250 reply could be written to a live connection (the sender knows).
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

import pytest
from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class ReceivedMail:
    mail_from: str
    recipients: list[str]
    message: EmailMessage

    def _part(self, subtype: str) -> str:
        body = self.message.get_body(preferencelist=(subtype,))
        return body.get_content() if body is not None else ""

    @property
    def text(self) -> str:
        return self._part("plain")

    @property
    def html(self) -> str:
        return self._part("html")


class _Handler:
    def __init__(self, sink: SmtpSink) -> None:
        self.sink = sink

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: Any) -> str:
        if address.lower() in self.sink.refuse:
            return f"550 5.1.1 <{address}>: Recipient address rejected: User unknown"
        if address.lower() in self.sink.defer:
            return "451 4.3.0 Try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.sink.delay:
            await asyncio.sleep(self.sink.delay)
        transport = getattr(server, "transport", None)
        if transport is None or transport.is_closing():
            return "421 connection gone"  # the sender never learns it was accepted
        message = message_from_bytes(envelope.original_content or envelope.content, policy=policy.default)
        with self.sink.lock:
            self.sink.messages.append(ReceivedMail(envelope.mail_from, list(envelope.rcpt_tos), message))  # type: ignore[arg-type]
        return "250 Message accepted for delivery"


class SmtpSink:
    def __init__(self, port: int | None = None) -> None:
        self.port = port or free_port()
        self.messages: list[ReceivedMail] = []
        self.refuse: set[str] = set()
        self.defer: set[str] = set()
        self.delay: float = 0.0
        self.lock = threading.Lock()
        self._controller: Controller | None = None

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    @property
    def running(self) -> bool:
        return self._controller is not None

    def start(self) -> None:
        if self._controller is None:
            controller = Controller(_Handler(self), hostname="127.0.0.1", port=self.port, ready_timeout=10)
            controller.start()
            self._controller = controller

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def to(self, address: str) -> list[ReceivedMail]:
        address = address.lower()
        with self.lock:
            return [m for m in self.messages if address in (r.lower() for r in m.recipients)]

    async def wait_for(self, address: str, count: int = 1, within: float = 60.0) -> list[ReceivedMail]:
        """The messages to `address` once there are at least `count` (fails after `within` seconds)."""
        deadline = time.monotonic() + within
        while True:
            found = self.to(address)
            if len(found) >= count:
                return found
            if time.monotonic() > deadline:
                raise AssertionError(f"{len(found)} message(s) to {address} after {within}s, expected {count}")
            await asyncio.sleep(0.05)


@pytest.fixture
def smtp_server() -> Iterator[SmtpSink]:
    sink = SmtpSink()
    sink.start()
    try:
        yield sink
    finally:
        sink.stop()
