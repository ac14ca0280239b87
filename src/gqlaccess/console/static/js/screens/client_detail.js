// One client (seed 002): access (setup URL to copy, suspend / reactivate, view as client), sites
// and their permissions, and the client's users (seed 000). Only what the viewer may do is offered
// (clients:MANAGE); a refusal stays on screen.
import { useCallback, useEffect, useState } from "preact/hooks";
import { html } from "../ui/html.js";
import { Alert, Field, Notice, byField, unplaced, useId } from "../ui/forms.js";
import { DataTable } from "../ui/table.js";
import { executeAs, mutate, query, ApiError } from "../gql.js";
import { t } from "../i18n.js";
import { can } from "../caps.js";
import { href } from "../router.js";
import { PERMISSIONS, permissionLabel } from "./client_permissions.js";
import { PortalScreen } from "./portal.js";
import { CopyField } from "../ui/copy.js";

const ERR = "errors { field code message }";
const CLIENT = `query ConsoleClient($id: ID!, $accountId: ID!) {
  node(id: $id) { ... on Client { id displayName firstName lastName email company status accountId
    assignedResources { resourceId kind name permissions } } }
  clientUsers(clientId: $id) { id email status isContact }
  resources(accountId: $accountId) { id kind name }
}`;
const M = {
  setupUrl: `mutation ConsoleSetupUrl($input: GenerateClientSetupUrlInput!) { generateClientSetupUrl(input: $input) { url expiresAt ${ERR} } }`,
  suspend: `mutation ConsoleSuspendClient($input: SuspendClientInput!) { suspendClient(input: $input) { ${ERR} } }`,
  reactivate: `mutation ConsoleReactivateClient($input: ReactivateClientInput!) { reactivateClient(input: $input) { ${ERR} } }`,
  impersonate: `mutation ConsoleViewAs($input: ImpersonateClientInput!) { impersonateClient(input: $input) { token ${ERR} } }`,
  assign: `mutation ConsoleAssign($input: AssignResourceInput!) { assignResource(input: $input) { ${ERR} } }`,
  unassign: `mutation ConsoleUnassign($input: UnassignResourceInput!) { unassignResource(input: $input) { ${ERR} } }`,
  addUser: `mutation ConsoleAddClientUser($input: AddClientUserInput!) { addClientUser(input: $input) { ${ERR} } }`,
  deactivateUser: `mutation ConsoleDeactivateClientUser($input: DeactivateClientUserInput!) { deactivateClientUser(input: $input) { ${ERR} } }`,
  reactivateUser: `mutation ConsoleReactivateClientUser($input: ReactivateClientUserInput!) { reactivateClientUser(input: $input) { ${ERR} } }`,
  resendUser: `mutation ConsoleResendClientUser($input: ResendClientUserInvitationInput!) { resendClientUserInvitation(input: $input) { ${ERR} } }`,
};
const LOGOUT = `mutation ConsoleEndViewAs { logout { ok } }`;

function ViewAsClient({ token, name, onEnd }) {
  return html`<div class="view-as">
    <div class="banner-readonly" role="region" aria-label=${t("viewAs.banner", { name })}>
      <strong>${t("viewAs.banner", { name })}</strong>
      <button type="button" onClick=${onEnd}>${t("viewAs.end")}</button>
    </div>
    <${PortalScreen} fetcher=${(document) => executeAs(token, document, {})} />
  </div>`;
}

export function ClientDetail({ account, clientId }) {
  const accountId = account.id;
  const manage = can(account, "CLIENTS", "MANAGE");
  const [data, setData] = useState(null);
  const [loadError, setLoadError] = useState(null);
  const [errors, setErrors] = useState([]);
  const [failure, setFailure] = useState(null);
  const [notice, setNotice] = useState("");
  const [setupUrl, setSetupUrl] = useState(null);
  const [viewAs, setViewAs] = useState(null);
  const [siteId, setSiteId] = useState("");
  const [permissions, setPermissions] = useState(["VIEW_SITE"]);
  const [newUser, setNewUser] = useState("");
  const siteSelect = useId("site");

  const load = useCallback(async () => {
    try {
      setData(await query(CLIENT, { id: clientId, accountId }, { account: accountId }));
    } catch (error) {
      setLoadError(error instanceof ApiError ? error : new ApiError("INTERNAL_SERVER_ERROR", ""));
    }
  }, [clientId, accountId]);
  useEffect(() => { load(); }, [load]);

  async function run(name, input, doneText) {
    setFailure(null); setErrors([]);
    try {
      const result = Object.values(await mutate(M[name], { input }, { account: accountId }))[0];
      if (result.errors.length) { setErrors(result.errors); return null; }
      await load(); // the notice comes with the refreshed client, not before it
      if (doneText) setNotice(doneText);
      return result;
    } catch (error) {
      setFailure(error instanceof ApiError ? error : new ApiError("INTERNAL_SERVER_ERROR", ""));
      return null;
    }
  }

  if (loadError) return html`<${Alert} error=${loadError} onRetry=${load} />`;
  if (!data) return html`<p aria-busy="true">${t("app.loading")}</p>`;
  const client = data.node;
  if (!client) return html`<${Alert} error=${new ApiError("NOT_FOUND", "")} />`;
  if (viewAs) {
    return html`<${ViewAsClient} token=${viewAs} name=${client.displayName} onEnd=${async () => {
      await executeAs(viewAs, LOGOUT, {}).catch(() => null); // the view token ends with the view
      setViewAs(null);
    }} />`;
  }
  const assigned = new Set(client.assignedResources.map((item) => item.resourceId));
  const sites = data.resources.filter((resource) => !assigned.has(resource.id));
  const fields = byField(errors);

  return html`<section aria-labelledby="client-title">
    <p><a href=${href("clients", accountId)}>← ${t("clients.title")}</a></p>
    <h1 id="client-title">${client.displayName}</h1>
    <p><span class="badge">${t(`clientStatus.${client.status}`)}</span> ${client.email}${client.company ? ` · ${client.company}` : ""}</p>
    <${Notice} text=${notice} />
    <${Alert} error=${failure} />
    <${Alert} errors=${unplaced(errors, ["email", "resourceId", "permissions"])} />

    <h2>${t("clients.access")}</h2>
    ${manage ? html`<div class="actions">
      <button type="button" onClick=${async () => {
        const result = await run("setupUrl", { clientId });
        if (result) setSetupUrl(result.url);
      }}>${t("clients.generate")}</button>
      ${client.status === "SUSPENDED"
        ? html`<button type="button" onClick=${() => run("reactivate", { clientId }, t("clients.done.reactivate"))}>${t("clients.reactivate")}</button>`
        : html`<button type="button" class="danger" onClick=${() => run("suspend", { clientId }, t("clients.done.suspend"))}>${t("clients.suspend")}</button>`}
      <button type="button" onClick=${async () => {
        const result = await run("impersonate", { clientId });
        if (result) setViewAs(result.token);
      }}>${t("clients.viewAs")}</button>
    </div>` : html`<p class="muted">${t("clients.readOnly")}</p>`}
    ${setupUrl && html`<p>${t("clients.setupUrlIntro")}</p><${CopyField} label=${t("clients.setupUrl")} value=${setupUrl} />`}

    <h2>${t("clients.sites")}</h2>
    <${DataTable} caption=${t("clients.sites")} pages=${{ rows: client.assignedResources, loading: false, error: null }}
      rowKey=${(row) => row.resourceId} columns=${[
        { key: "name", label: t("clients.site"), render: (row) => row.name },
        { key: "permissions", label: t("portal.permissions"), render: (row) => row.permissions.map(permissionLabel).join(", ") },
        ...(manage ? [{ key: "actions", label: t("users.actions"), render: (row) => html`<button type="button"
          aria-label=${`${t("clients.unassign")}: ${row.name}`}
          onClick=${() => run("unassign", { clientId, resourceId: row.resourceId }, t("clients.done.unassign", { name: row.name }))}>
          ${t("clients.unassign")}</button>` }] : []),
      ]} />
    ${manage && sites.length > 0 && html`<form class="assign" onSubmit=${(event) => {
        event.preventDefault();
        run("assign", { clientId, resourceId: siteId || sites[0].id, permissions }, t("clients.done.assign"));
      }}>
      <label for=${siteSelect}>${t("clients.site")}</label>
      <select id=${siteSelect} value=${siteId || sites[0].id} onChange=${(event) => setSiteId(event.currentTarget.value)}>
        ${sites.map((site) => html`<option value=${site.id}>${site.name}</option>`)}
      </select>
      <fieldset><legend>${t("portal.permissions")}</legend>
        ${PERMISSIONS.map((permission) => html`<label class="inline"><input type="checkbox"
          checked=${permissions.includes(permission)} onChange=${(event) => setPermissions(event.currentTarget.checked
            ? [...permissions, permission] : permissions.filter((item) => item !== permission))} />
          ${permissionLabel(permission)}</label> `)}
        ${fields.permissions && html`<p class="field-error">${fields.permissions.map((error) => error.message).join(" ")}</p>`}
      </fieldset>
      <button type="submit">${t("clients.assign")}</button>
    </form>`}

    <h2>${t("clients.users")}</h2>
    <${DataTable} caption=${t("clients.users")} pages=${{ rows: data.clientUsers, loading: false, error: null }}
      rowKey=${(row) => row.id} columns=${[
        { key: "email", label: t("clients.email"), render: (row) => html`${row.email}${row.isContact ? html` <span class="badge">${t("clients.contact")}</span>` : ""}` },
        { key: "status", label: t("users.status"), render: (row) => t(`status.${row.status}`) },
        ...(manage ? [{ key: "actions", label: t("users.actions"), render: (row) => html`<div class="actions">
          ${row.status === "PENDING" && html`<button type="button" aria-label=${`${t("users.resend")}: ${row.email}`}
            onClick=${() => run("resendUser", { clientUserId: row.id }, t("users.done.resend", { email: row.email }))}>${t("users.resend")}</button>`}
          ${row.status === "ACTIVE" && html`<button type="button" aria-label=${`${t("users.deactivate")}: ${row.email}`}
            onClick=${() => run("deactivateUser", { clientUserId: row.id }, t("users.done.deactivate", { email: row.email }))}>${t("users.deactivate")}</button>`}
          ${row.status === "INACTIVE" && html`<button type="button" aria-label=${`${t("users.reactivate")}: ${row.email}`}
            onClick=${() => run("reactivateUser", { clientUserId: row.id }, t("users.done.reactivate", { email: row.email }))}>${t("users.reactivate")}</button>`}
        </div>` }] : []),
      ]} />
    ${manage && html`<form onSubmit=${async (event) => {
        event.preventDefault();
        if (await run("addUser", { clientId, email: newUser }, t("users.done.add", { email: newUser }))) setNewUser("");
      }} novalidate>
      <${Field} label=${t("clients.newUser")} name="email" type="email" value=${newUser} onInput=${setNewUser} errors=${fields} />
      <button type="submit">${t("clients.addUser")}</button>
    </form>`}
  </section>`;
}
