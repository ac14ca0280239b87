"""Where export files live: a local directory (the embedded default) or an S3-compatible bucket.

`GQLACCESS_EXPORT_STORAGE` unset (or `file:`) keeps the files under the data directory;
`s3://bucket/prefix` puts them in object storage (endpoint `GQLACCESS_S3_ENDPOINT_URL`,
credentials and region from the usual `AWS_*` variables), so API processes and workers on
different hosts share them without a shared disk.

A file is named by its *location*, the string kept in `ExportJob.file_path`: an absolute path for
the local store, `s3://bucket/key` for object storage. Both stores write through a
`StorageWriter` the zip is streamed into: nothing is visible under the location until `commit()`
(a local `.part` file renamed; an S3 multipart upload completed), so a crash or a refusing store
never leaves a file that looks complete.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import threading
from abc import ABC, abstractmethod
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlparse

import structlog

from ...config import Settings

log = structlog.get_logger(__name__)

# What the S3 writer hands obstore at a time; obstore uploads a part whenever it holds this much.
S3_PART_BYTES = 8 * 1024 * 1024
DOWNLOAD_CHUNK_BYTES = 1024 * 1024


class StorageUnavailable(Exception):
    """The store refused or could not be reached: the export is retried, then fails with this."""


@dataclass(frozen=True)
class StoredObject:
    location: str
    account_dir: str  # the first path segment: the account's id
    name: str
    modified: datetime | None


class StorageWriter(ABC):
    """Sink of one file: `fileobj` takes bytes synchronously (the zip compressor writes there from
    a thread); `drain()` moves them on, `commit()` makes the file visible, `abort()` drops it."""

    fileobj: IO[bytes]

    async def drain(self) -> None:  # noqa: B027  (the local file needs nothing here)
        """Called after each compressed chunk: push what `fileobj` holds towards the store."""

    @abstractmethod
    async def commit(self) -> int:
        """Make the file visible under its location; returns its size in bytes."""

    @abstractmethod
    async def abort(self) -> None:
        """Forget the file: nothing is left visible under its location."""


class ExportStorage(ABC):
    @abstractmethod
    def location(self, account_id: str, file_name: str) -> str: ...

    @abstractmethod
    async def open_writer(self, location: str) -> StorageWriter: ...

    @abstractmethod
    async def exists(self, location: str) -> bool: ...

    @abstractmethod
    async def delete(self, location: str) -> None: ...

    @abstractmethod
    async def delete_account(self, account_id: str) -> int:
        """Every file of one account (account deletion); returns how many were removed."""

    @abstractmethod
    def list_objects(self) -> AsyncIterator[StoredObject]:
        """Every file the store holds (the orphan sweep), account by account."""

    @abstractmethod
    async def read_small(self, location: str, max_bytes: int) -> bytes | None:
        """The whole file when it exists and is at most `max_bytes` (mail attachments)."""

    @abstractmethod
    def stream(self, location: str) -> AsyncIterator[bytes]:
        """The file's bytes in chunks; raises FileNotFoundError when it is gone."""

    def local_path(self, location: str) -> Path | None:
        """A path the web layer can serve directly, when the store is a local directory."""
        return None


# ---- local directory ------------------------------------------------------------------------------


class LocalStorage(ExportStorage):
    def __init__(self, root: Path) -> None:
        # Absolute: the API, workers and the mail job may run with different working directories.
        self.root = root.resolve()

    def location(self, account_id: str, file_name: str) -> str:
        return str(self.root / account_id / file_name)

    def _inside(self, location: str) -> Path | None:
        try:
            path = Path(location).resolve()
            path.relative_to(self.root)
        except (ValueError, OSError):
            log.error("export_path_outside_root", path=location)
            return None
        return path

    async def open_writer(self, location: str) -> StorageWriter:
        path = self._inside(location)
        if path is None:
            raise ValueError(f"export location outside the exports directory: {location}")
        return await asyncio.to_thread(_LocalWriter, path)

    async def exists(self, location: str) -> bool:
        path = self._inside(location)
        return path is not None and await asyncio.to_thread(path.is_file)

    async def delete(self, location: str) -> None:
        path = self._inside(location)
        if path is not None:
            await asyncio.to_thread(path.unlink, True)

    async def delete_account(self, account_id: str) -> int:
        directory = self.root / account_id
        if directory.parent != self.root:  # an id is one path segment, never a way out of the root
            return 0

        def remove() -> int:
            if not directory.is_dir():
                return 0
            count = sum(1 for f in directory.rglob("*") if f.is_file())
            shutil.rmtree(directory, ignore_errors=True)
            return count

        return await asyncio.to_thread(remove)

    async def list_objects(self) -> AsyncIterator[StoredObject]:
        directories = await asyncio.to_thread(lambda: sorted(d for d in self.root.iterdir() if d.is_dir()) if self.root.is_dir() else [])
        for directory in directories:
            files = await asyncio.to_thread(_files_with_mtime, directory)
            if not files:
                await asyncio.to_thread(_rmdir_quietly, directory)
            for path, mtime in files:
                yield StoredObject(str(path), directory.name, path.name, mtime)

    async def read_small(self, location: str, max_bytes: int) -> bytes | None:
        path = self._inside(location)
        if path is None:
            return None

        def read() -> bytes | None:
            if not path.is_file() or path.stat().st_size > max_bytes:
                return None
            return path.read_bytes()

        return await asyncio.to_thread(read)

    async def stream(self, location: str) -> AsyncIterator[bytes]:
        path = self._inside(location)
        if path is None:
            raise FileNotFoundError(location)
        handle = await asyncio.to_thread(path.open, "rb")
        try:
            while chunk := await asyncio.to_thread(handle.read, DOWNLOAD_CHUNK_BYTES):
                yield chunk
        finally:
            handle.close()

    def local_path(self, location: str) -> Path | None:
        return self._inside(location)


class _LocalWriter(StorageWriter):
    def __init__(self, path: Path) -> None:
        self.path = path
        self.part_path = path.with_name(f"{path.name}.part")
        path.parent.mkdir(parents=True, exist_ok=True)
        self.fileobj = self.part_path.open("wb")

    async def commit(self) -> int:
        await asyncio.to_thread(self.fileobj.close)
        os.replace(self.part_path, self.path)
        return self.path.stat().st_size

    async def abort(self) -> None:
        self.fileobj.close()
        self.part_path.unlink(missing_ok=True)


def _files_with_mtime(directory: Path) -> list[tuple[Path, datetime]]:
    return [(f, datetime.fromtimestamp(f.stat().st_mtime, UTC)) for f in directory.iterdir() if f.is_file()]


def _rmdir_quietly(directory: Path) -> None:
    try:
        directory.rmdir()
    except OSError:
        pass


# ---- S3-compatible object storage (obstore) -----------------------------------------------------


class S3Storage(ExportStorage):
    def __init__(self, bucket: str, prefix: str, store: Any) -> None:
        self.bucket = bucket
        self.prefix = prefix.strip("/")
        self.store = store

    @classmethod
    def from_url(cls, url: str, endpoint_url: str | None) -> S3Storage:
        from obstore.store import S3Store

        parsed = urlparse(url)
        bucket, prefix = parsed.netloc, parsed.path.strip("/")
        options: dict[str, Any] = {}
        if endpoint_url:
            options["endpoint"] = endpoint_url
            options["virtual_hosted_style_request"] = False
        region = os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION") or "us-east-1"
        store = S3Store(
            bucket,
            config={"region": region, **options},
            client_options={"allow_http": bool(endpoint_url and endpoint_url.startswith("http://")), "timeout": "30s"},
            retry_config={"max_retries": 2, "retry_timeout": timedelta(seconds=20)},
        )
        # obstore reads AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN itself.
        return cls(bucket, prefix, store)

    # A location is s3://bucket/<prefix>/<account>/<file>; `key` is the path inside the bucket.
    def _key(self, location: str) -> str:
        parsed = urlparse(location)
        if parsed.scheme != "s3" or parsed.netloc != self.bucket:
            raise FileNotFoundError(location)
        return parsed.path.lstrip("/")

    def _key_of(self, *parts: str) -> str:
        return "/".join(p for p in (self.prefix, *parts) if p)

    def location(self, account_id: str, file_name: str) -> str:
        return f"s3://{self.bucket}/{self._key_of(account_id, file_name)}"

    async def open_writer(self, location: str) -> StorageWriter:
        import obstore

        writer = obstore.open_writer_async(self.store, self._key(location), buffer_size=S3_PART_BYTES)
        return _S3Writer(writer)

    async def exists(self, location: str) -> bool:
        import obstore
        from obstore.exceptions import NotFoundError

        try:
            await _guard(obstore.head_async(self.store, self._key(location)))
        except (NotFoundError, FileNotFoundError):
            return False
        return True

    async def delete(self, location: str) -> None:
        import obstore

        try:
            await _guard(obstore.delete_async(self.store, self._key(location)))
        except FileNotFoundError:
            pass

    async def delete_account(self, account_id: str) -> int:
        import obstore

        keys = [meta["path"] async for meta in self._list(self._key_of(account_id))]
        for start in range(0, len(keys), 1000):
            await _guard(obstore.delete_async(self.store, keys[start : start + 1000]))
        return len(keys)

    async def _list(self, prefix: str) -> AsyncIterator[Any]:
        import obstore

        try:
            async for batch in obstore.list(self.store, prefix=prefix or None, chunk_size=1000):
                for meta in batch:
                    yield meta
        except Exception as exc:
            raise StorageUnavailable(str(exc)) from exc

    async def list_objects(self) -> AsyncIterator[StoredObject]:
        skip = len(self.prefix) + 1 if self.prefix else 0
        async for meta in self._list(self.prefix):
            relative = meta["path"][skip:]
            account_dir, _, name = relative.partition("/")
            if name:
                yield StoredObject(f"s3://{self.bucket}/{meta['path']}", account_dir, name, meta.get("last_modified"))

    async def read_small(self, location: str, max_bytes: int) -> bytes | None:
        import obstore
        from obstore.exceptions import NotFoundError

        try:
            key = self._key(location)
            meta = await _guard(obstore.head_async(self.store, key))
            if meta["size"] > max_bytes:
                return None
            result = await _guard(obstore.get_async(self.store, key))
            return bytes(await result.bytes_async())
        except (NotFoundError, FileNotFoundError):
            return None

    async def stream(self, location: str) -> AsyncIterator[bytes]:
        import obstore
        from obstore.exceptions import NotFoundError

        try:
            result = await _guard(obstore.get_async(self.store, self._key(location)))
        except NotFoundError as exc:
            raise FileNotFoundError(location) from exc
        async for chunk in result.stream(min_chunk_size=DOWNLOAD_CHUNK_BYTES):
            yield bytes(chunk)


async def _guard(awaitable: Any, *, writing: bool = False) -> Any:
    """A missing object passes as NotFoundError when reading; any other failure of the store (and
    a missing bucket when writing) is StorageUnavailable."""
    from obstore.exceptions import NotFoundError

    try:
        return await awaitable
    except (NotFoundError, FileNotFoundError) as exc:
        if writing:
            raise StorageUnavailable(f"{type(exc).__name__}: {exc}") from exc
        raise
    except Exception as exc:
        raise StorageUnavailable(f"{type(exc).__name__}: {exc}") from exc


class _Spool:
    """The zip's output when it goes to S3: a non-seekable sink (zipfile then writes data
    descriptors) that holds compressed bytes until `take()`; written from the compressor thread."""

    def __init__(self) -> None:
        self._buffer = bytearray()
        self._lock = threading.Lock()
        self._written = 0

    def write(self, data: bytes) -> int:
        with self._lock:
            self._buffer += data
            self._written += len(data)
        return len(data)

    def tell(self) -> int:
        return self._written

    def seekable(self) -> bool:
        return False

    def flush(self) -> None:
        pass

    def close(self) -> None:
        pass

    def take(self) -> bytes:
        with self._lock:
            data = bytes(self._buffer)
            self._buffer.clear()
        return data


class _S3Writer(StorageWriter):
    def __init__(self, writer: Any) -> None:
        self._writer = writer
        self._spool = _Spool()
        self.fileobj = self._spool  # type: ignore[assignment]
        self.size = 0

    async def drain(self) -> None:
        data = self._spool.take()
        if data:
            self.size += len(data)
            await _guard(self._writer.write(data), writing=True)

    async def commit(self) -> int:
        await self.drain()
        await _guard(self._writer.close(), writing=True)  # completes the multipart upload: the object appears
        return self.size

    async def abort(self) -> None:
        # An unfinished multipart upload is no object: nothing is visible under the key. (A bucket
        # lifecycle rule AbortIncompleteMultipartUpload reclaims the parts; docs/exports.md.)
        self._spool.take()


# ---- choosing the store ---------------------------------------------------------------------------


def storage_for(settings: Settings) -> ExportStorage:
    return _storage(settings.export_storage, settings.s3_endpoint_url, str(settings.exports_dir.resolve()))


@cache
def _storage(url: str | None, endpoint_url: str | None, local_root: str) -> ExportStorage:
    if url and url.startswith("s3://"):
        return S3Storage.from_url(url, endpoint_url)
    return LocalStorage(Path(local_root))
