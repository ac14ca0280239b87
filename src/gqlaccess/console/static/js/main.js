// Boot and shell: who is signed in, which account this tab is on, the navigation, the account
// switcher, the language switch and sign out. Each screen is its own module under screens/.
import { render } from "preact";
import { useCallback, useEffect, useState } from "preact/hooks";
import { html } from "./ui/html.js";
import { Alert } from "./ui/forms.js";
import { query, session, ApiError } from "./gql.js";
import { LANGUAGES, chooseLanguage, language, onLanguageChange, t, useAccountLanguage } from "./i18n.js";
import { href, navigate, useRoute } from "./router.js";
import { can } from "./caps.js";
import { SignIn, ForgotPassword } from "./screens/signin.js";
import { signOut } from "./screens/signout.js";

export const SHELL = `query ConsoleShell {
  me { id email name twoFactorEnabled memberships { isOwner account { id } } }
  accounts { id name language status managed hosted
    viewerCapabilities { capability level } viewerExports viewerIsAdmin }
}`;
const PORTAL_PROBE = `query ConsolePortalProbe { clientPortal { clientId } }`;

// Screens load on first use (dynamic import): the sign-in screen ships only what it needs.
const SCREENS = [
  { name: "users", label: "nav.users", component: lazy(() => import("./screens/users.js"), "UsersScreen"), allowed: (account) => can(account, "USERS") },
  { name: "clients", label: "nav.clients", component: lazy(() => import("./screens/clients.js"), "ClientsScreen"), allowed: (account) => can(account, "CLIENTS") },
  { name: "hosted", label: "nav.hosted", component: lazy(() => import("./screens/hosted.js"), "HostedScreen"), allowed: (account) => can(account, "HOSTED_ACCOUNTS") },
  { name: "roles", label: "nav.roles", component: lazy(() => import("./screens/roles.js"), "RolesScreen"), allowed: (account) => can(account, "ROLES") },
  { name: "tokens", label: "nav.tokens", component: lazy(() => import("./screens/tokens.js"), "TokensScreen"), allowed: (account) => can(account, "API_TOKENS") },
  { name: "security", label: "nav.security", component: lazy(() => import("./screens/security.js"), "SecurityScreen"), allowed: (account) => can(account, "USERS") },
  { name: "webhooks", label: "nav.webhooks", component: lazy(() => import("./screens/webhooks.js"), "WebhooksScreen"), allowed: (account) => account.viewerIsAdmin },
  { name: "audit", label: "nav.audit", component: lazy(() => import("./screens/audit.js"), "AuditScreen"), allowed: (account) => can(account, "AUDIT_LOG") },
  { name: "me", label: "nav.me", component: lazy(() => import("./screens/me.js"), "MeScreen"), allowed: () => true },
];
const PortalScreen = lazy(() => import("./screens/portal.js"), "PortalScreen");

/** A component whose module is imported the first time it renders (then kept). */
function lazy(load, exportName) {
  let loaded = null;
  let pending = null;
  return function Lazy(props) {
    const [, setReady] = useState(0);
    const [failure, setFailure] = useState(null);
    if (loaded) return html`<${loaded} ...${props} />`;
    if (!pending) pending = load().then((module) => { loaded = module[exportName]; }, (error) => { pending = null; throw error; });
    pending.then(() => setReady((n) => n + 1), () => setFailure(new ApiError("NETWORK", "")));
    return failure ? html`<${Alert} error=${failure} />` : html`<p aria-busy="true">${t("app.loading")}</p>`;
  };
}

function useSession() {
  const [current, setCurrent] = useState(() => session.current);
  useEffect(() => session.onChange(() => setCurrent(session.current)), []);
  return current;
}

function useLanguage() {
  const [value, setValue] = useState(language());
  useEffect(() => onLanguageChange(setValue), []);
  return value;
}

function LanguageSwitch() {
  const current = useLanguage();
  return html`<span class="inline"><label class="inline" for="console-language">${t("app.language")}</label>
    <select id="console-language" value=${current} onChange=${(event) => chooseLanguage(event.currentTarget.value)}>
      ${LANGUAGES.map((code) => html`<option value=${code} lang=${code}>${code === "en" ? "English" : "Français"}</option>`)}
    </select></span>`;
}

function AccountSwitcher({ accounts, accountId, screen }) {
  if (accounts.length < 2) return html`<span>${accounts[0]?.name}</span>`;
  return html`<span class="inline"><label class="inline" for="console-account">${t("app.account")}</label>
    <select id="console-account" value=${accountId} onChange=${(event) => navigate(screen, event.currentTarget.value)}>
      ${accounts.map((account) => html`<option value=${account.id}>${account.name}</option>`)}
    </select></span>`;
}

function Header({ shell, account, screen }) {
  return html`<header class="top">
    <a class="skip" href="#main" onClick=${(event) => { event.preventDefault(); document.getElementById("main")?.focus(); }}>${t("app.skip")}</a>
    <span class="brand">${t("app.title")}</span>
    ${account && html`<${AccountSwitcher} accounts=${shell.accounts} accountId=${account.id} screen=${screen} />`}
    ${account?.hosted && html`<span class="badge" data-managed=${String(account.managed)}>${account.managed ? t("hosted.managedBadge") : t("hosted.unmanagedBadge")}</span>`}
    <${LanguageSwitch} />
    <span class="muted">${t("app.signedInAs", { email: shell.me?.email || "" })}</span>
    <button type="button" onClick=${signOut}>${t("app.signOut")}</button>
  </header>`;
}

function Nav({ account, screen }) {
  return html`<nav class="main" aria-label=${t("nav.label")}><ul>
    ${SCREENS.filter((item) => item.allowed(account)).map((item) => html`<li>
      <a href=${href(item.name, account.id)} aria-current=${item.name === screen ? "page" : undefined}>${t(item.label)}</a>
    </li>`)}
  </ul></nav>`;
}

function Page({ children }) {
  return html`<main id="main" tabindex="-1">${children}</main>`;
}

function SignedIn() {
  const route = useRoute();
  const [shell, setShell] = useState(null);
  const [error, setError] = useState(null);
  useLanguage(); // re-render on a language switch

  const load = useCallback(async () => {
    setError(null);
    try {
      const data = await query(SHELL, {}, { cached: true });
      let portal = [];
      if (!data.accounts.length) {
        portal = (await query(PORTAL_PROBE, {}, {}).catch(() => ({ clientPortal: [] }))).clientPortal;
      }
      setShell({ ...data, portal });
    } catch (failure) {
      setError(failure instanceof ApiError ? failure : new ApiError("INTERNAL_SERVER_ERROR", ""));
    }
  }, []);
  useEffect(() => { load(); }, [load]);

  const found = shell?.accounts.find((item) => item.id === route.accountId) || null;
  const account = found && { ...found,
    viewerIsOwner: shell.me.memberships.some((membership) => membership.isOwner && membership.account.id === found.id) };
  useEffect(() => { if (account) useAccountLanguage(account.language); }, [account?.id, account?.language]);

  if (error) return html`<${Page}><${Alert} error=${error} onRetry=${load} /><//>`;
  if (!shell) return html`<${Page}><p aria-busy="true">${t("app.loading")}</p><//>`;

  if (!shell.accounts.length) {
    if (route.name !== "portal" && shell.portal.length) { navigate("portal"); return null; }
    return html`<${Header} shell=${shell} account=${null} />
      <${Page}>${shell.portal.length ? html`<${PortalScreen} />` : html`<p>${t("app.noAccount")}</p>`}<//>`;
  }
  if (!account) {
    const first = shell.accounts[0];
    navigate(SCREENS.find((item) => item.allowed(first))?.name || "me", first.id);
    return null;
  }
  const screen = SCREENS.find((item) => item.name === route.name && item.allowed(account));
  const Screen = screen?.component;
  return html`<${Header} shell=${shell} account=${account} screen=${route.name} />
    <${Nav} account=${account} screen=${route.name} />
    <${Page}>
      ${Screen ? html`<${Screen} key=${account.id} account=${account} me=${shell.me} route=${route} reloadShell=${load} />`
        : SCREENS.some((item) => item.name === route.name)
          ? html`<${Alert} error=${new ApiError("FORBIDDEN", "")} />` // known screen, not for this person
          : html`<p>${t("app.notFound")}</p>`}
    <//>`;
}

function App() {
  const current = useSession();
  const route = useRoute();
  useLanguage();
  if (!current) {
    return html`<main id="main" tabindex="-1">
      <div class="lang-corner"><${LanguageSwitch} /></div>
      ${route.name === "forgot" ? html`<${ForgotPassword} />` : html`<${SignIn} />`}
    </main>`;
  }
  return html`<${SignedIn} key=${current.user?.id || "session"} />`;
}

render(html`<${App} />`, document.getElementById("app"));
