"""Runs scim2-tester against a live server exactly as `scim2 --url URL test --verbose` does
(scim2-cli's own discovery and output), with one addition the schemas cannot express.

RFC 7643 has no way to say that `userName` must be an e-mail address (scim2-tester's filling
code says as much for emails.value), so the tester would send random UUIDs as userNames, which
this server refuses by design. We give the tester's example source a fresh address for each
`userName`: the tester then sends valid userNames and checks
everything else unchanged.

Usage: python run_scim2_tester.py URL   (SCIM_CLI_HEADERS="Authorization: Bearer …")
"""

from __future__ import annotations

import os
import sys
import uuid
from typing import Any

import scim2_tester.filling
from httpx2 import Client
from scim2_cli.session import describe_server
from scim2_client.engines.httpx2 import SyncSCIMClient
from scim2_tester import Status, check_server

_examples = scim2_tester.filling.get_random_example_value


def _example(path: Any) -> Any:
    """The tester's own examples, and a fresh e-mail address for userName."""
    if str(path).lower().endswith("username"):
        return f"tester-{uuid.uuid4().hex[:16]}@example.com"
    return _examples(path)


scim2_tester.filling.get_random_example_value = _example


def main(url: str) -> int:
    name, _, value = os.environ["SCIM_CLI_HEADERS"].partition(":")
    client = SyncSCIMClient(Client(base_url=url, headers={name.strip(): value.strip()}))
    client.provider = describe_server(client, None, None, None)
    results = check_server(client)
    print(f"Performing a SCIM compliance check on {url} ...")
    ok = True
    for result in results:
        ok = ok and result.status in (Status.SUCCESS, Status.SKIPPED)
        label = f"{result.resource_type}/" if getattr(result, "resource_type", None) else ""
        print(f"{result.status.name} {label}{result.title}")
        if result.reason:
            print(f"  {result.reason}")
            if result.status != Status.SUCCESS and result.data:
                print(f"  {str(result.data)[:2000]}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
