// API tokens (Admin): the list, a new token whose secret is shown once with a copy button, delete.
import { useCallback, useEffect, useState } from "preact/hooks";
import { html } from "../ui/html.js";
import { Alert, Field, Notice, SelectField, byField, unplaced } from "../ui/forms.js";
import { DataTable } from "../ui/table.js";
import { CopyField } from "../ui/copy.js";
import { mutate, query, ApiError } from "../gql.js";
import { formatDate, t } from "../i18n.js";
import { can } from "../caps.js";

const TOKENS = `query ConsoleTokens($accountId: ID!) {
  apiTokens(accountId: $accountId) { id name kind prefix createdAt lastUsedAt role { id name } }
  roles(accountId: $accountId) { id name kind assignable }
}`;
const CREATE = `mutation ConsoleCreateToken($input: CreateApiTokenInput!) {
  createApiToken(input: $input) { secret apiToken { id } errors { field code message } } }`;
const DELETE = `mutation ConsoleDeleteToken($input: DeleteApiTokenInput!) {
  deleteApiToken(input: $input) { errors { field code message } } }`;

export function TokensScreen({ account }) {
  const accountId = account.id;
  const manage = can(account, "API_TOKENS", "MANAGE");
  const [data, setData] = useState(null);
  const [error, setError] = useState(null);
  const [errors, setErrors] = useState([]);
  const [name, setName] = useState("");
  const [kind, setKind] = useState("API");
  const [roleId, setRoleId] = useState("");
  const [secret, setSecret] = useState(null);
  const [notice, setNotice] = useState("");
  const load = useCallback(() => query(TOKENS, { accountId }, { account: accountId })
    .then(setData, (failure) => setError(failure instanceof ApiError ? failure : new ApiError("INTERNAL_SERVER_ERROR", ""))),
  [accountId]);
  useEffect(() => { load(); }, [load]);

  async function run(document, input) {
    setErrors([]); setError(null);
    try {
      const payload = Object.values(await mutate(document, { input }, { account: accountId }))[0];
      if (payload.errors.length) { setErrors(payload.errors); return null; }
      await load();
      return payload;
    } catch (failure) {
      setError(failure instanceof ApiError ? failure : new ApiError("INTERNAL_SERVER_ERROR", ""));
      return null;
    }
  }
  if (!data) return html`<${Alert} error=${error} onRetry=${load} />${!error && html`<p>${t("app.loading")}</p>`}`;
  const roles = data.roles.filter((role) => role.assignable);
  const fields = byField(errors);
  return html`<section aria-labelledby="tokens-title">
    <h1 id="tokens-title">${t("tokens.title")}</h1>
    <${Notice} text=${notice} />
    <${Alert} error=${error} />
    <${Alert} errors=${unplaced(errors, ["name", "kind", "roleId"])} />
    ${secret && html`<div class="notice"><p>${t("tokens.once")}</p><${CopyField} label=${t("tokens.secret")} value=${secret} /></div>`}
    <${DataTable} caption=${t("tokens.title")} rowKey=${(row) => row.id} pages=${{ rows: data.apiTokens, loading: false, error: null }}
      columns=${[
        { key: "name", label: t("tokens.name"), render: (row) => row.name },
        { key: "kind", label: t("tokens.kind"), render: (row) => t(`tokenKind.${row.kind}`) },
        { key: "prefix", label: t("tokens.prefix"), render: (row) => html`<code>${row.prefix}…</code>` },
        { key: "role", label: t("users.role"), render: (row) => row.role.name },
        { key: "used", label: t("tokens.lastUsed"), render: (row) => (row.lastUsedAt ? formatDate(row.lastUsedAt) : t("users.never")) },
        ...(manage ? [{ key: "actions", label: t("users.actions"), render: (row) => html`<button type="button" class="danger"
          aria-label=${`${t("tokens.delete")}: ${row.name}`}
          onClick=${async () => { if (await run(DELETE, { apiTokenId: row.id })) { setSecret(null); setNotice(t("tokens.deleted", { name: row.name })); } }}>
          ${t("tokens.delete")}</button>` }] : []),
      ]} />
    ${manage && html`<h2>${t("tokens.new")}</h2>
    <form onSubmit=${async (event) => {
        event.preventDefault();
        const payload = await run(CREATE, { accountId, name, kind, roleId: roleId || roles[0]?.id });
        if (payload) { setSecret(payload.secret); setName(""); setNotice(""); }
      }} novalidate>
      <${Field} label=${t("tokens.name")} name="name" value=${name} onInput=${setName} errors=${fields} />
      <${SelectField} label=${t("tokens.kind")} name="kind" value=${kind} onChange=${setKind} errors=${fields}
        options=${["API", "SERVER_TO_SERVER"].map((value) => ({ value, label: t(`tokenKind.${value}`) }))} />
      <${SelectField} label=${t("users.role")} name="roleId" value=${roleId || roles[0]?.id} onChange=${setRoleId} errors=${fields}
        options=${roles.map((role) => ({ value: role.id, label: role.name }))} />
      <button type="submit" class="primary">${t("tokens.create")}</button>
    </form>`}
  </section>`;
}
