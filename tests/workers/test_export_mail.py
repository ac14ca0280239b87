"""End to end with SMTP on: export → run_export → export_ready e-mail (link, and the zip attached
when small) through the real mail worker and an SMTP sink; the mailed link downloads the file."""

from __future__ import annotations

import io
import zipfile

from ..support.exports import EXPORT_CLIENTS, add_client, parse_csv, read_zip, wait_for_job
from ..support.factories import make_tenant


async def test_export_is_mailed_with_link_and_attachment(mail_stack, gql, runtime):
    tenant = await make_tenant(gql, runtime)
    await add_client(tenant.account_id, first_name="=Zoë", last_name='O"Neil, Jr')
    await mail_stack.start_worker()
    payload = await mail_stack.gql.mutate(EXPORT_CLIENTS, {"input": {"accountId": tenant.gid}}, token=tenant.owner_token)
    job = await wait_for_job(mail_stack.gql, payload["exportJob"]["id"], tenant.owner_token)
    assert job["status"] == "SUCCEEDED"

    (mail,) = await mail_stack.smtp.wait_for(tenant.owner_email)
    assert "is ready" in mail.message["Subject"]
    (part,) = list(mail.message.iter_attachments())
    with zipfile.ZipFile(io.BytesIO(part.get_content())) as archive:
        rows = parse_csv(archive.read("clients.csv"))
    assert rows[1][1:3] == ["'=Zoë", 'O"Neil, Jr']
    link = next(word for word in mail.text.split() if "/exports/download/" in word)
    response = await mail_stack.gql.http.get(link.removeprefix("http://testserver"))
    assert response.status_code == 200 and read_zip(response.content)[0] == "clients.csv"
