// Roles: the capability matrix of every role (predefined ones read-only, temporary ones marked),
// a custom role from a template, deleting a custom role nobody holds.
import { useCallback, useEffect, useState } from "preact/hooks";
import { html } from "../ui/html.js";
import { Alert, Field, Notice, SelectField, byField, unplaced } from "../ui/forms.js";
import { DataTable } from "../ui/table.js";
import { mutate, query, ApiError } from "../gql.js";
import { t } from "../i18n.js";
import { can } from "../caps.js";
import { roleLabel } from "./users.js";

const ROLES = `query ConsoleRoleMatrix($accountId: ID!) {
  roles(accountId: $accountId) { id name kind key editable memberCount capabilities { capability level } }
  capabilities { capability editableInCustomRoles }
}`;
const CREATE = `mutation ConsoleCreateRole($input: CreateCustomRoleInput!) {
  createCustomRole(input: $input) { role { id name } errors { field code message } } }`;
const DELETE = `mutation ConsoleDeleteRole($input: DeleteCustomRoleInput!) {
  deleteCustomRole(input: $input) { errors { field code message } } }`;

export function RolesScreen({ account }) {
  const accountId = account.id;
  const manage = can(account, "ROLES", "MANAGE");
  const [data, setData] = useState(null);
  const [error, setError] = useState(null);
  const [name, setName] = useState("");
  const [templateId, setTemplateId] = useState("");
  const [errors, setErrors] = useState([]);
  const [notice, setNotice] = useState("");

  const load = useCallback(() => query(ROLES, { accountId }, { account: accountId })
    .then(setData, (failure) => setError(failure instanceof ApiError ? failure : new ApiError("INTERNAL_SERVER_ERROR", ""))),
  [accountId]);
  useEffect(() => { load(); }, [load]);

  async function run(document, input, done) {
    setErrors([]); setError(null);
    try {
      const payload = Object.values(await mutate(document, { input }, { account: accountId }))[0];
      if (payload.errors.length) { setErrors(payload.errors); return false; }
      await load(); // the notice comes with the new matrix, not before it
      setNotice(done);
      return true;
    } catch (failure) {
      setError(failure instanceof ApiError ? failure : new ApiError("INTERNAL_SERVER_ERROR", ""));
      return false;
    }
  }

  if (!data) return html`<${Alert} error=${error} onRetry=${load} />${!error && html`<p>${t("app.loading")}</p>`}`;
  const templates = data.roles.filter((role) => role.kind === "PREDEFINED" && role.key !== "admin");
  const level = (role, capability) => role.capabilities.find((grant) => grant.capability === capability)?.level || "NONE";
  const columns = [
    { key: "capability", label: t("roles.capability"), render: (row) => t(`capability.${row.capability}`) },
    ...data.roles.map((role) => ({ key: role.id, label: roleLabel(role),
      render: (row) => t(`level.${level(role, row.capability)}`) })),
  ];
  const fields = byField(errors);
  return html`<section aria-labelledby="roles-title">
    <h1 id="roles-title">${t("roles.title")}</h1>
    <${Notice} text=${notice} />
    <${Alert} error=${error} />
    <${Alert} errors=${unplaced(errors, ["name", "templateRoleId"])} />
    <div class="table-scroll">
      <${DataTable} caption=${t("roles.matrix")} columns=${columns} rowKey=${(row) => row.capability}
        pages=${{ rows: data.capabilities, loading: false, error: null }} />
    </div>
    ${manage && html`<div class="actions">
      ${data.roles.filter((role) => role.editable && role.memberCount === 0).map((role) => html`<button type="button" class="danger"
        onClick=${() => run(DELETE, { roleId: role.id }, t("roles.deleted", { name: role.name }))}>${t("roles.delete", { name: role.name })}</button>`)}
    </div>
    <h2>${t("roles.new")}</h2>
    <form onSubmit=${async (event) => {
        event.preventDefault();
        if (await run(CREATE, { accountId, name, templateRoleId: templateId || templates[0]?.id }, t("roles.created", { name }))) setName("");
      }} novalidate>
      <${Field} label=${t("roles.name")} name="name" value=${name} onInput=${setName} errors=${fields} />
      <${SelectField} label=${t("roles.template")} name="templateRoleId" value=${templateId || templates[0]?.id}
        onChange=${setTemplateId} errors=${fields} options=${templates.map((role) => ({ value: role.id, label: role.name }))} />
      <button type="submit" class="primary">${t("roles.create")}</button>
    </form>`}
  </section>`;
}
