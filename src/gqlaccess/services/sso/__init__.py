"""Verified domains and single sign-on per account (OpenID Connect), with just-in-time membership.

domains       addAccountDomain / verifyAccountDomain / removeAccountDomain, the periodic re-check
dns_check     TXT look-ups through dnspython (GQLACCESS_DNS_RESOLVER)
public_domains the mail domains nobody may claim
oidc          the protocol through authlib: discovery, PKCE, token exchange, ID token validation
connections   configureSso / testSso / disableSso
flows         startSso, the callback, completeSso (pending sign-ins and one-time codes in Redis)
linking       who a validated ID token is: linking rules and just-in-time membership
require_sso   the password-login check `login` calls
"""
