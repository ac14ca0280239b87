"""DNS TXT look-ups for domain verification (dnspython).

The resolver is GQLACCESS_DNS_RESOLVER ("host:port", or "host" for port 53); unset, the system's.
A missing record (NXDOMAIN, no TXT answer) is `Absent`; a server that fails or does not answer is
`DnsUnavailable`, which never unverifies anything (a resolver outage must not log people out).
"""

from __future__ import annotations

from dataclasses import dataclass

import dns.asyncresolver
import dns.exception
import dns.resolver

from ...config import Settings

RECORD_PREFIX = "_gqlaccess-challenge"
VALUE_PREFIX = "gqlaccess-domain-verification="


class DnsUnavailable(Exception):
    """The resolver did not give an answer (timeout, SERVFAIL, REFUSED)."""


@dataclass(frozen=True)
class Challenge:
    name: str  # the TXT record's name
    value: str  # its value


def challenge(domain: str, token: str) -> Challenge:
    return Challenge(f"{RECORD_PREFIX}.{domain}", f"{VALUE_PREFIX}{token}")


def _resolver(settings: Settings) -> dns.asyncresolver.Resolver:
    if not settings.dns_resolver:
        resolver = dns.asyncresolver.Resolver()
    else:
        host, _, port = settings.dns_resolver.rpartition(":") if ":" in settings.dns_resolver else (
            settings.dns_resolver, "", "53")
        resolver = dns.asyncresolver.Resolver(configure=False)
        resolver.nameservers = [host.strip("[]")]
        resolver.port = int(port)
    resolver.lifetime = 5.0
    resolver.timeout = 2.0
    return resolver


async def txt_values(settings: Settings, name: str) -> list[str]:
    """The TXT strings at `name` ([] when there is no such record)."""
    try:
        answer = await _resolver(settings).resolve(name, "TXT", search=False)
    except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer):
        return []
    except (dns.resolver.NoNameservers, dns.exception.Timeout, dns.resolver.LifetimeTimeout) as exc:
        raise DnsUnavailable(str(exc)) from exc
    values = []
    for record in answer:
        values.append(b"".join(record.strings).decode("utf-8", "replace"))  # type: ignore[attr-defined]
    return values


async def has_record(settings: Settings, item: Challenge) -> bool:
    return item.value in await txt_values(settings, item.name)
