// What a client user sees: their client portal, read-only. The same component shows "view as
// client" with the view token (`fetcher`), so an admin sees exactly what the client sees.
import { useEffect, useState } from "preact/hooks";
import { html } from "../ui/html.js";
import { Alert } from "../ui/forms.js";
import { query, ApiError } from "../gql.js";
import { t } from "../i18n.js";
import { permissionLabel } from "./client_permissions.js";

export const PORTAL = `query ConsolePortal { clientPortal { clientId displayName company accountName permissions
  resources { resourceId kind name url permissions } } }`;

export function PortalScreen({ fetcher = (document) => query(document, {}, {}) }) {
  const [entries, setEntries] = useState(null);
  const [error, setError] = useState(null);
  useEffect(() => {
    fetcher(PORTAL).then((data) => setEntries(data.clientPortal),
      (failure) => setError(failure instanceof ApiError ? failure : new ApiError("INTERNAL_SERVER_ERROR", "")));
  }, []);
  if (error) return html`<${Alert} error=${error} />`;
  if (!entries) return html`<p>${t("app.loading")}</p>`;
  return html`<section aria-labelledby="portal-title">
    <h1 id="portal-title">${t("portal.title")}</h1>
    ${entries.map((entry) => html`<article key=${entry.clientId}>
      <h2>${entry.displayName}${entry.company ? ` (${entry.company})` : ""}</h2>
      <p class="muted">${entry.accountName}</p>
      <h3>${t("portal.resources")}</h3>
      ${entry.resources.length ? html`<ul>${entry.resources.map((resource) => html`<li key=${resource.resourceId}>
          <strong>${resource.name}</strong>: ${resource.permissions.map(permissionLabel).join(", ")}</li>`)}</ul>`
        : html`<p>${t("portal.none")}</p>`}
    </article>`)}
  </section>`;
}
