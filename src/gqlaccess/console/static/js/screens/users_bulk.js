// Bulk edit of the selected members (never the owner): role and/or scopes. "Preview" sends the
// same mutation with dryRun: true and shows the members as they would be; only "Save" writes.
import { useState } from "preact/hooks";
import { html } from "../ui/html.js";
import { Alert, SelectField, byField, unplaced } from "../ui/forms.js";
import { Dialog } from "../ui/dialog.js";
import { DataTable } from "../ui/table.js";
import { mutate, ApiError } from "../gql.js";
import { t } from "../i18n.js";
import { ScopeField, scopeInput } from "./scopes.js";
import { roleLabel } from "./users.js";

const BULK = `mutation ConsoleBulkUpdate($input: BulkUpdateMembershipsInput!) {
  bulkUpdateMemberships(input: $input) {
    saved errors { field code message }
    memberships { id role { id name kind } user { id email name }
      mediaSources { all values } geos { all countryCodes } }
  }
}`;
const FIELDS = ["roleId", "mediaSources", "geos"];

function scopeText(scope, key) {
  return scope.all ? t("add.allCurrentFuture") : scope[key].join(", ");
}

export function BulkEditDialog({ accountId, roles, membershipIds, onClose, onDone }) {
  const assignable = roles.filter((role) => role.assignable && role.key !== "admin");
  const [changeRole, setChangeRole] = useState(false);
  const [roleId, setRoleId] = useState(assignable[0]?.id || "");
  const [changeMedia, setChangeMedia] = useState(false);
  const [mediaSources, setMediaSources] = useState({ all: true, text: "" });
  const [changeGeos, setChangeGeos] = useState(false);
  const [geos, setGeos] = useState({ all: true, text: "" });
  const [preview, setPreview] = useState(null);
  const [errors, setErrors] = useState([]);
  const [failure, setFailure] = useState(null);
  const [busy, setBusy] = useState(false);

  async function send(dryRun) {
    setBusy(true); setFailure(null);
    try {
      const input = { accountId, membershipIds, dryRun,
        roleId: changeRole ? roleId : null,
        mediaSources: changeMedia ? scopeInput("mediaSources", mediaSources) : null,
        geos: changeGeos ? scopeInput("geos", geos) : null };
      const { bulkUpdateMemberships: payload } = await mutate(BULK, { input }, { account: accountId });
      setErrors(payload.errors);
      if (payload.errors.length) { setPreview(null); return; }
      if (dryRun) setPreview(payload.memberships);
      else if (payload.saved) onDone(payload.memberships.length);
    } catch (error) {
      setFailure(error instanceof ApiError ? error : new ApiError("INTERNAL_SERVER_ERROR", ""));
    } finally {
      setBusy(false);
    }
  }

  const fields = byField(errors);
  const title = t("bulk.title", { count: membershipIds.length });
  if (preview) {
    return html`<${Dialog} title=${title} onClose=${onClose}>
      <h3 id="bulk-preview-title">${t("bulk.previewTitle")}</h3>
      <${Alert} error=${failure} />
      <${DataTable} caption=${t("bulk.previewTitle")} pages=${{ rows: preview, loading: false, error: null }}
        rowKey=${(row) => row.id} columns=${[
          { key: "email", label: t("users.email"), render: (row) => row.user.email },
          { key: "role", label: t("users.role"), render: (row) => roleLabel(row.role) },
          { key: "media", label: t("add.mediaSources"), render: (row) => scopeText(row.mediaSources, "values") },
          { key: "geos", label: t("add.geos"), render: (row) => scopeText(row.geos, "countryCodes") },
        ]} />
      <div class="actions">
        <button type="button" class="primary" disabled=${busy} onClick=${() => send(false)}>${t("bulk.save")}</button>
        <button type="button" onClick=${() => setPreview(null)}>${t("bulk.back")}</button>
        <button type="button" onClick=${onClose}>${t("common.cancel")}</button>
      </div>
    <//>`;
  }
  return html`<${Dialog} title=${title} onClose=${onClose}>
    <form onSubmit=${(event) => { event.preventDefault(); send(true); }} novalidate>
      <p>${t("bulk.intro")}</p>
      <${Alert} error=${failure} />
      <${Alert} errors=${unplaced(errors, FIELDS)} />
      <label class="inline"><input type="checkbox" checked=${changeRole}
        onChange=${(event) => setChangeRole(event.currentTarget.checked)} /> ${t("bulk.changeRole")}</label>
      ${changeRole && html`<${SelectField} label=${t("add.role")} name="roleId" value=${roleId} onChange=${setRoleId}
        errors=${fields} options=${assignable.map((role) => ({ value: role.id, label: role.name }))} />`}
      <div><label class="inline"><input type="checkbox" checked=${changeMedia}
        onChange=${(event) => setChangeMedia(event.currentTarget.checked)} /> ${t("bulk.changeMediaSources")}</label></div>
      ${changeMedia && html`<${ScopeField} kind="mediaSources" legend=${t("add.mediaSources")} value=${mediaSources}
        onChange=${setMediaSources} errors=${fields} />`}
      <div><label class="inline"><input type="checkbox" checked=${changeGeos}
        onChange=${(event) => setChangeGeos(event.currentTarget.checked)} /> ${t("bulk.changeGeos")}</label></div>
      ${changeGeos && html`<${ScopeField} kind="geos" legend=${t("add.geos")} value=${geos} onChange=${setGeos} errors=${fields} />`}
      <div class="actions">
        <button type="submit" class="primary" disabled=${busy}>${t("bulk.preview")}</button>
        <button type="button" onClick=${onClose}>${t("common.cancel")}</button>
      </div>
    </form>
  <//>`;
}
