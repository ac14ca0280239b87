// The console's one GraphQL client: every screen talks to the server through this module only.
//
// - One endpoint, the public `/graphql`, with the session's bearer token: the same documents an
//   integrator could send.
// - Two error channels, as the API has them: top-level errors (`extensions.code`: UNAUTHENTICATED,
//   FORBIDDEN, NOT_FOUND, ...) are thrown as ApiError; payload `errors { field code message }` are
//   returned to the screen, which shows each next to its field.
// - A cache of query results keyed by account: a key always starts with the account it was read
//   for, so two tabs on two accounts, or a switch, never show one account's data in another; a
//   mutation drops the cache of its account.
// - The session (token) lives here and only here, so that refresh tokens (sessions issue) are
//   added in one place: `authorizedFetch` is the single place a token is attached.

const ENDPOINT = "/graphql";
const SESSION_KEY = "gqlaccess.console.session";

export class ApiError extends Error {
  constructor(code, message, reason = null) {
    super(message || code);
    this.code = code;
    this.reason = reason; // extensions.reason of a refusal (TOTP_ENROLLMENT_REQUIRED, ...)
  }
}

// ---- session --------------------------------------------------------------------------------

const listeners = new Set();

function readSession() {
  try {
    const raw = localStorage.getItem(SESSION_KEY);
    const value = raw ? JSON.parse(raw) : null;
    if (value && value.expiresAt && Date.parse(value.expiresAt) <= Date.now()) return null;
    return value;
  } catch {
    return null;
  }
}

export const session = {
  get current() { return readSession(); },
  get token() { return readSession()?.token || null; },
  save(token, expiresAt, user) {
    localStorage.setItem(SESSION_KEY, JSON.stringify({ token, expiresAt, user }));
    cache.clear();
    listeners.forEach((listener) => listener());
  },
  clear() {
    localStorage.removeItem(SESSION_KEY);
    cache.clear();
    listeners.forEach((listener) => listener());
  },
  onChange(listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

// Another tab signed in or out: the same person's session is shared by their tabs.
window.addEventListener("storage", (event) => {
  if (event.key === SESSION_KEY) {
    cache.clear();
    listeners.forEach((listener) => listener());
  }
});

// ---- transport ------------------------------------------------------------------------------

async function authorizedFetch(body, asToken) {
  const headers = { "Content-Type": "application/json", Accept: "application/json" };
  const token = asToken || session.token;
  if (token) headers.Authorization = `Bearer ${token}`;
  let response;
  try {
    response = await fetch(ENDPOINT, { method: "POST", headers, body: JSON.stringify(body) });
  } catch {
    throw new ApiError("NETWORK", "");
  }
  let payload = null;
  try {
    payload = await response.json();
  } catch {
    throw new ApiError(response.status === 503 ? "UNAVAILABLE" : "HTTP_" + response.status, "");
  }
  return payload;
}

async function execute(query, variables, asToken = null) {
  const payload = await authorizedFetch({ query, variables }, asToken);
  const errors = payload?.errors;
  if (errors && errors.length) {
    const code = errors[0].extensions?.code || "INTERNAL_SERVER_ERROR";
    if (code === "UNAUTHENTICATED" && session.token && !asToken) session.clear();
    throw new ApiError(code, errors[0].message, errors[0].extensions?.reason || null);
  }
  if (!payload || !payload.data) throw new ApiError("INTERNAL_SERVER_ERROR", "");
  return payload.data;
}

// ---- cache keyed by account -----------------------------------------------------------------

const cache = new Map(); // `${account}\u0000${query}\u0000${variables}` -> Promise<data>

function cacheKey(account, query, variables) {
  return `${account || "-"}\u0000${query}\u0000${JSON.stringify(variables || {})}`;
}

/** A read. `account` is the account the data belongs to ("-" for person-level reads);
 *  `cached` reuses an earlier answer for the same account, document and variables. */
export function query(query, variables, { account = null, cached = false } = {}) {
  const key = cacheKey(account, query, variables);
  if (cached && cache.has(key)) return cache.get(key);
  const pending = execute(query, variables);
  if (cached) {
    cache.set(key, pending);
    pending.catch(() => cache.delete(key));
  }
  return pending;
}

/** A write: drops what was cached for the account (and person-level reads). */
export async function mutate(document, variables, { account = null } = {}) {
  try {
    return await execute(document, variables);
  } finally {
    const prefixes = [`${account || "-"}\u0000`, "-\u0000"];
    for (const key of [...cache.keys()]) {
      if (prefixes.some((prefix) => key.startsWith(prefix))) cache.delete(key);
    }
  }
}

/** A read or write with another bearer token than the session's (a view-as-client token): never
 *  cached, and its refusals do not end the person's own session. */
export function executeAs(token, document, variables) {
  return execute(document, variables, token);
}

export function forgetAccount(account) {
  for (const key of [...cache.keys()]) if (key.startsWith(`${account}\u0000`)) cache.delete(key);
}
