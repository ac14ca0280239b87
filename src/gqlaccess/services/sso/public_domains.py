"""Mail domains shared by the public: nobody may claim them as an account's domain.

Verifying gmail.com would make its owner's account the home of every Gmail user (auto-join,
SSO routing, require-SSO). The list covers the large free and ISP mail services; it is not
exhaustive, which is why a claim also needs the DNS record only the domain's owner can publish.
"""

from __future__ import annotations

PUBLIC_MAIL_DOMAINS = frozenset(
    {
        "gmail.com", "googlemail.com", "google.com",
        "outlook.com", "hotmail.com", "hotmail.fr", "hotmail.co.uk", "live.com", "live.fr", "msn.com",
        "passport.com",
        "yahoo.com", "yahoo.fr", "yahoo.co.uk", "ymail.com", "rocketmail.com", "aol.com", "aim.com",
        "icloud.com", "me.com", "mac.com",
        "proton.me", "protonmail.com", "protonmail.ch", "pm.me", "tutanota.com", "tuta.io",
        "gmx.com", "gmx.de", "gmx.net", "gmx.fr", "web.de", "mail.com", "email.com",
        "yandex.com", "yandex.ru", "mail.ru", "zoho.com", "fastmail.com", "hey.com",
        "orange.fr", "wanadoo.fr", "free.fr", "sfr.fr", "laposte.net", "bbox.fr", "neuf.fr",
        "qq.com", "163.com", "126.com", "naver.com",
    }
)


def is_public(domain: str) -> bool:
    return domain in PUBLIC_MAIL_DOMAINS
