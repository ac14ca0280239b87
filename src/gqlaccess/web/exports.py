"""GET /exports/download/<signed token>: streams an export's zip.

The signed link is the capability (e-mailed links are opened without a bearer header); see
services/exports/exports.py for what is re-checked at download time. 403 for a tampered, expired or
no-longer-authorised link, 404 when the file is gone, 503 when the object store cannot be reached.
A local file is served as a file; an object in S3-compatible storage is streamed through this route
(constant memory), so the browser never needs to reach the object store itself.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import FileResponse, PlainTextResponse, Response, StreamingResponse
from starlette.routing import Route

from ..policy.principal import ANONYMOUS
from ..services.core.clock import utcnow
from ..services.exports.exports import FileGone, LinkRefused, authorize_download, file_name
from ..services.exports.storage import StorageUnavailable, storage_for

_PRIVATE = {"Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}


async def download_export(request: Request) -> Response:
    settings = request.app.state.runtime.settings
    try:
        job, location = await authorize_download(
            settings, request.path_params["token"], request.scope.get("principal", ANONYMOUS), utcnow()
        )
    except LinkRefused:
        return PlainTextResponse("This download link is invalid or has expired.", status_code=403, headers=_PRIVATE)
    except FileGone:
        return _gone()
    except StorageUnavailable:
        return _unavailable()
    storage = storage_for(settings)
    path = storage.local_path(location)
    if path is not None:
        return FileResponse(path, media_type="application/zip", filename=file_name(job), headers=_PRIVATE)
    chunks = storage.stream(location)
    try:
        first = await anext(chunks)  # a vanished object or a store outage answers before any byte is sent
    except (FileNotFoundError, StopAsyncIteration):
        return _gone()
    except StorageUnavailable:
        return _unavailable()

    async def body():  # type: ignore[no-untyped-def]
        yield first
        async for chunk in chunks:
            yield chunk

    disposition = f'attachment; filename="{file_name(job)}"'
    headers = {**_PRIVATE, "Content-Disposition": disposition}
    if job.size_bytes:
        headers["Content-Length"] = str(job.size_bytes)
    if request.method == "HEAD":
        await chunks.aclose()
        return Response(media_type="application/zip", headers=headers)
    return StreamingResponse(body(), media_type="application/zip", headers=headers)


def _gone() -> Response:
    return PlainTextResponse("This export is no longer available.", status_code=404, headers=_PRIVATE)


def _unavailable() -> Response:
    return PlainTextResponse(
        "The export cannot be fetched right now; try again in a moment.", status_code=503,
        headers={**_PRIVATE, "Retry-After": "30"},
    )


ROUTES = [Route("/exports/download/{token}", download_export, methods=["GET", "HEAD"])]
