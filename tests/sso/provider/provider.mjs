// A real OpenID provider for the SSO tests (oidc-provider, OpenID-certified), on loopback.
//   PORT=...  CLIENTS='[{"client_id":..., "client_secret":..., "redirect_uris":[...]}]'  node provider.mjs
// People: any e-mail signs in with any password except "wrong"; `sub` is derived from the e-mail;
// an address whose local part contains ".unverified" gets email_verified=false.
// Prints "READY <issuer>" once listening.
import http from 'node:http';
import crypto from 'node:crypto';
import Provider from 'oidc-provider';

const port = Number(process.env.PORT);
const issuer = `http://127.0.0.1:${port}`;
const clients = JSON.parse(process.env.CLIENTS || '[]').map((c) => ({
  grant_types: ['authorization_code'],
  response_types: ['code'],
  token_endpoint_auth_method: 'client_secret_basic',
  ...c,
}));
const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
const jwk = { ...privateKey.export({ format: 'jwk' }), kid: `key-${crypto.randomUUID()}`, use: 'sig', alg: 'RS256' };

const subOf = (email) => 'sub-' + crypto.createHash('sha256').update(email).digest('hex').slice(0, 24);

const provider = new Provider(issuer, {
  clients,
  jwks: { keys: [jwk] },
  cookies: { keys: [crypto.randomBytes(32).toString('hex')] },
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  conformIdTokenClaims: false,
  pkce: { required: () => true },
  features: { devInteractions: { enabled: false } },
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  async findAccount(ctx, sub) {
    const email = accounts.get(sub);
    if (!email) return undefined;
    return {
      accountId: sub,
      async claims() {
        return { sub, email, email_verified: !email.split('@')[0].includes('.unverified'), name: email.split('@')[0] };
      },
    };
  },
  async loadExistingGrant(ctx) {
    // Consent is implied for the test clients: every sign-in gets openid email profile.
    const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) {
      const found = await ctx.oidc.provider.Grant.find(grantId);
      if (found) return found;
    }
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid email profile');
    await grant.save();
    return grant;
  },
});
const accounts = new Map();

const page = (uid, error) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test IdP sign-in</title></head>
<body><h1>Test identity provider</h1>${error ? `<p role="alert">${error}</p>` : ''}
<form method="post" action="/interaction/${uid}">
<label for="email">Email</label> <input id="email" name="email" type="email" autocomplete="username">
<label for="password">Password</label> <input id="password" name="password" type="password">
<button type="submit">Sign in</button></form></body></html>`;

const server = http.createServer(async (req, res) => {
  const match = req.url.match(/^\/interaction\/([\w-]+)$/);
  if (!match) return provider.callback()(req, res);
  try {
    const details = await provider.interactionDetails(req, res);
    if (req.method === 'GET') {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      return res.end(page(details.uid));
    }
    let body = '';
    for await (const chunk of req) body += chunk;
    const form = new URLSearchParams(body);
    const email = (form.get('email') || '').trim().toLowerCase();
    if (!email || form.get('password') === 'wrong') {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      return res.end(page(details.uid, 'Wrong e-mail or password.'));
    }
    const sub = subOf(email);
    accounts.set(sub, email);
    return provider.interactionFinished(req, res, { login: { accountId: sub } }, { mergeWithLastSubmission: false });
  } catch (err) {
    res.statusCode = 400;
    res.end(String(err));
  }
});
server.listen(port, '127.0.0.1', () => console.log(`READY ${issuer}`));
