"""CSV cells and the zip file an export streams into, in constant memory.

The CSV dialect is the one PostgreSQL's `COPY … WITH (FORMAT csv)` writes (comma, `"` quoting
only where needed, `\\n` line ends), so the COPY path and the row-by-row path give the same file.
"""

from __future__ import annotations

import asyncio
import re
import zipfile
from collections.abc import Iterable
from concurrent.futures import Future
from typing import Any

from .storage import StorageWriter

BOM = "\ufeff".encode()
# OWASP CSV injection: a cell a spreadsheet could read as a formula gets a leading apostrophe.
FORMULA_PREFIXES = frozenset("=+-@\t\r")
# Hand the compressor ~1 MiB at a time; one buffer compresses in a thread while the next fills.
_FLUSH_BYTES = 1 << 20
_NEEDS_QUOTES = re.compile('[,"\r\n]')


def neutralise(value: Any) -> Any:
    if isinstance(value, str) and value and value[0] in FORMULA_PREFIXES:
        return "'" + value
    return value


def _cell(value: Any) -> str:
    """One field as PostgreSQL's COPY CSV writes it: NULL empty, an empty string `""`, quoted
    when it holds a comma, a quote, CR or LF. (Python's csv module leaves a lone CR unquoted
    when the line terminator is LF, which breaks the row, hence this.)"""
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    if text == "" or text == "\\." or _NEEDS_QUOTES.search(text):
        return '"' + text.replace('"', '""') + '"'
    return text


def csv_lines(rows: Iterable[Iterable[Any]]) -> bytes:
    """Rows → UTF-8 CSV bytes in the COPY dialect."""
    return "".join(",".join(map(_cell, row)) + "\n" for row in rows).encode("utf-8")


class ZipCsvWriter:
    """One CSV member streamed into a zip, written to a storage writer; compression runs off the
    event loop.

    Nothing is visible under the file's location until `close()` (see storage.StorageWriter), so a
    crash never leaves a file that looks complete. Memory stays at two buffers whatever the row count.
    """

    def __init__(self, sink: StorageWriter, member_name: str, *, with_bom: bool, compresslevel: int = 1) -> None:
        self.sink = sink
        self._zip = zipfile.ZipFile(sink.fileobj, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=compresslevel)
        self._member = self._zip.open(member_name, "w", force_zip64=True)
        self._buffer = bytearray(BOM if with_bom else b"")
        self._pending: Future[Any] | asyncio.Future[Any] | None = None
        self.csv_bytes = 0

    async def write(self, data: bytes) -> None:
        self._buffer += data
        if len(self._buffer) >= _FLUSH_BYTES:
            await self._flush()

    async def _settle(self) -> None:
        if self._pending is not None:
            await self._pending
            self._pending = None
            await self.sink.drain()

    async def _flush(self) -> None:
        await self._settle()
        if self._buffer:
            chunk = bytes(self._buffer)
            self._buffer.clear()
            self.csv_bytes += len(chunk)
            self._pending = asyncio.get_running_loop().run_in_executor(None, self._member.write, chunk)

    async def close(self) -> int:
        """Finish the zip and make it visible; returns its size in bytes."""
        await self._flush()
        await self._settle()
        await asyncio.to_thread(self._finish)
        return await self.sink.commit()

    def _finish(self) -> None:
        self._member.close()
        self._zip.close()

    async def discard(self) -> None:
        if self._pending is not None:
            try:
                await self._pending
            except Exception:  # the failure that brought us here is reported by the caller
                pass
            self._pending = None
        try:
            self._finish()
        except Exception:
            pass
        await self.sink.abort()
