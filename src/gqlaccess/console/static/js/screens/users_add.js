// Add one user: name, e-mail, role (assignable roles only), media source and geo scopes.
import { useState } from "preact/hooks";
import { html } from "../ui/html.js";
import { Alert, Field, SelectField, byField, unplaced } from "../ui/forms.js";
import { Dialog } from "../ui/dialog.js";
import { mutate, ApiError } from "../gql.js";
import { t } from "../i18n.js";
import { ScopeField, scopeInput } from "./scopes.js";

const CREATE_USER = `mutation ConsoleCreateUser($input: CreateUserInput!) {
  createUser(input: $input) { membership { id } errors { field code message } }
}`;
const FIELDS = ["name", "email", "roleId", "mediaSources", "geos"];

export function AddUserDialog({ accountId, roles, onClose, onDone }) {
  const assignable = roles.filter((role) => role.assignable);
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [roleId, setRoleId] = useState(assignable.find((role) => role.key !== "admin")?.id || assignable[0]?.id || "");
  const [mediaSources, setMediaSources] = useState({ all: true, text: "" });
  const [geos, setGeos] = useState({ all: true, text: "" });
  const [errors, setErrors] = useState([]);
  const [failure, setFailure] = useState(null);
  const [busy, setBusy] = useState(false);

  async function submit(event) {
    event.preventDefault();
    setBusy(true); setFailure(null);
    try {
      const input = { accountId, name, email, roleId,
        mediaSources: scopeInput("mediaSources", mediaSources), geos: scopeInput("geos", geos) };
      const { createUser } = await mutate(CREATE_USER, { input }, { account: accountId });
      if (createUser.errors.length) setErrors(createUser.errors);
      else onDone(email);
    } catch (error) {
      setFailure(error instanceof ApiError ? error : new ApiError("INTERNAL_SERVER_ERROR", ""));
    } finally {
      setBusy(false);
    }
  }
  const fields = byField(errors);
  return html`<${Dialog} title=${t("add.title")} onClose=${onClose}>
    <form onSubmit=${submit} novalidate>
      <${Alert} error=${failure} />
      <${Alert} errors=${unplaced(errors, FIELDS)} />
      <${Field} label=${t("add.name")} name="name" value=${name} onInput=${setName} errors=${fields} />
      <${Field} label=${t("add.email")} name="email" type="email" value=${email} onInput=${setEmail} errors=${fields} />
      <${SelectField} label=${t("add.role")} name="roleId" value=${roleId} onChange=${setRoleId} errors=${fields}
        options=${assignable.map((role) => ({ value: role.id, label: role.name }))} />
      <${ScopeField} kind="mediaSources" legend=${t("add.mediaSources")} value=${mediaSources} onChange=${setMediaSources} errors=${fields} />
      <${ScopeField} kind="geos" legend=${t("add.geos")} value=${geos} onChange=${setGeos} errors=${fields} />
      <div class="actions">
        <button type="submit" class="primary" disabled=${busy}>${t("add.submit")}</button>
        <button type="button" onClick=${onClose}>${t("common.cancel")}</button>
      </div>
    </form>
  <//>`;
}
