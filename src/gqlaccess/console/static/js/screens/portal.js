// What a client user sees: their client portal, read-only (also what "view as client" shows).
import { useEffect, useState } from "preact/hooks";
import { html } from "../ui/html.js";
import { Alert } from "../ui/forms.js";
import { query } from "../gql.js";
import { t } from "../i18n.js";

const PORTAL = `query ConsolePortal { clientPortal { clientId displayName company accountName permissions
  resources { __typename } } }`;

export function PortalScreen({ fetcher = (document) => query(document, {}, {}) }) {
  const [entries, setEntries] = useState(null);
  const [error, setError] = useState(null);
  useEffect(() => { fetcher(PORTAL).then((data) => setEntries(data.clientPortal), setError); }, []);
  if (error) return html`<${Alert} error=${error} />`;
  if (!entries) return html`<p>${t("app.loading")}</p>`;
  return html`<section aria-labelledby="portal-title">
    <h1 id="portal-title">${t("portal.title")}</h1>
    ${entries.map((entry) => html`<article class="card-inline" key=${entry.clientId}>
      <h2>${entry.displayName}${entry.company ? ` (${entry.company})` : ""}</h2>
      <p class="muted">${entry.accountName}</p>
      <h3>${t("portal.permissions")}</h3>
      <ul>${entry.permissions.map((permission) => html`<li>${permission}</li>`)}</ul>
      <h3>${t("portal.resources")}</h3>
      ${entry.resources.length ? html`<p>${entry.resources.length}</p>` : html`<p>${t("portal.none")}</p>`}
    </article>`)}
  </section>`;
}
