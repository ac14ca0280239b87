"""What domain operations need from the outside world, passed explicitly."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from ...config import Settings
from .clock import utcnow
from .queue import JobQueue


@dataclass
class Deps:
    settings: Settings
    queue: JobQueue
    now: Callable[[], datetime] = field(default=utcnow)
