"""GET /exports/download/<signed token>: streams an export's zip.

The signed link is the capability (e-mailed links are opened without a bearer header); see
services/exports/exports.py for what is re-checked at download time. 403 for a tampered, expired or
no-longer-authorised link, 404 when the file is gone.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import FileResponse, PlainTextResponse, Response
from starlette.routing import Route

from ..policy.principal import ANONYMOUS
from ..services.core.clock import utcnow
from ..services.exports.exports import FileGone, LinkRefused, authorize_download, file_name

_PRIVATE = {"Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}


async def download_export(request: Request) -> Response:
    settings = request.app.state.runtime.settings
    try:
        job, path = await authorize_download(
            settings, request.path_params["token"], request.scope.get("principal", ANONYMOUS), utcnow()
        )
    except LinkRefused:
        return PlainTextResponse("This download link is invalid or has expired.", status_code=403, headers=_PRIVATE)
    except FileGone:
        return PlainTextResponse("This export is no longer available.", status_code=404, headers=_PRIVATE)
    return FileResponse(path, media_type="application/zip", filename=file_name(job), headers=_PRIVATE)


ROUTES = [Route("/exports/download/{token}", download_export, methods=["GET", "HEAD"])]
