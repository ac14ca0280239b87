// Add many users at once (seed 003): paste a list, one person a line ("email", "Name <email>" or
// "email, Name"), one role and scopes for all; each line's refusal is shown with its line.
import { useState } from "preact/hooks";
import { html } from "../ui/html.js";
import { Alert, SelectField, byField, unplaced, useId } from "../ui/forms.js";
import { Dialog } from "../ui/dialog.js";
import { mutate, ApiError } from "../gql.js";
import { errorText, t } from "../i18n.js";
import { ScopeField, scopeInput } from "./scopes.js";

const BULK_CREATE = `mutation ConsoleBulkCreate($input: BulkCreateUsersInput!) {
  bulkCreateUsers(input: $input) { createdCount errors { field code message }
    results { index email errors { field code message } } }
}`;

export function parseLines(text) {
  return text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean).map((line) => {
    const angle = line.match(/^(.*)<([^>]+)>$/);
    if (angle) return { email: angle[2].trim(), name: angle[1].trim().replace(/^"|"$/g, "") };
    const [email, ...rest] = line.split(/[,;\t]/);
    const name = rest.join(" ").trim() || email.split("@")[0].replace(/[._-]+/g, " ");
    return { email: email.trim(), name };
  });
}

export function PasteUsersDialog({ accountId, roles, onClose, onDone }) {
  const assignable = roles.filter((role) => role.assignable);
  const [text, setText] = useState("");
  const [roleId, setRoleId] = useState(assignable.find((role) => role.key !== "admin")?.id || "");
  const [mediaSources, setMediaSources] = useState({ all: true, text: "" });
  const [geos, setGeos] = useState({ all: true, text: "" });
  const [errors, setErrors] = useState([]);
  const [lineErrors, setLineErrors] = useState([]);
  const [failure, setFailure] = useState(null);
  const [busy, setBusy] = useState(false);
  const [added, setAdded] = useState(0);
  const listId = useId("paste");

  async function submit(event) {
    event.preventDefault();
    setBusy(true); setFailure(null); setLineErrors([]);
    try {
      const scopes = { mediaSources: scopeInput("mediaSources", mediaSources), geos: scopeInput("geos", geos) };
      const items = parseLines(text).map((item) => ({ ...item, roleId, ...scopes }));
      const { bulkCreateUsers: payload } = await mutate(BULK_CREATE, { input: { accountId, items } }, { account: accountId });
      setErrors(payload.errors);
      const refused = payload.results.filter((result) => result.errors.length);
      setLineErrors(refused);
      if (!payload.errors.length && !refused.length) { onDone(added + payload.createdCount); return; }
      if (payload.createdCount) {
        // Valid lines are created, refused ones are not: keep only the refused lines to fix.
        const lines = text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
        setText(refused.map((result) => lines[result.index]).join("\n"));
        setLineErrors(refused.map((result, position) => ({ ...result, index: position })));
        setAdded((count) => count + payload.createdCount);
      }
    } catch (error) {
      setFailure(error instanceof ApiError ? error : new ApiError("INTERNAL_SERVER_ERROR", ""));
    } finally {
      setBusy(false);
    }
  }
  const fields = byField(errors);
  return html`<${Dialog} title=${t("paste.title")} onClose=${onClose}>
    <form onSubmit=${submit} novalidate>
      <${Alert} error=${failure} />
      <${Alert} errors=${unplaced(errors, ["items", "roleId", "mediaSources", "geos"])} />
      <p role="status">${added ? t("paste.done", { count: added }) : ""}</p>
      <label for=${listId}>${t("paste.list")}</label>
      <textarea id=${listId} rows="6" cols="50" value=${text} onInput=${(event) => setText(event.currentTarget.value)}
        aria-describedby=${`${listId}-hint${lineErrors.length ? ` ${listId}-error` : ""}`}></textarea>
      <p class="muted" id=${`${listId}-hint`}>${t("paste.hint")}</p>
      ${lineErrors.length > 0 && html`<ul class="field-error" id=${`${listId}-error`}>
        ${lineErrors.map((result) => html`<li>${t("paste.line", { line: result.index + 1, email: result.email })}
          ${result.errors.map(errorText).join(" ")}</li>`)}</ul>`}
      <${SelectField} label=${t("add.role")} name="roleId" value=${roleId} onChange=${setRoleId} errors=${fields}
        options=${assignable.map((role) => ({ value: role.id, label: role.name }))} />
      <${ScopeField} kind="mediaSources" legend=${t("add.mediaSources")} value=${mediaSources} onChange=${setMediaSources} errors=${fields} />
      <${ScopeField} kind="geos" legend=${t("add.geos")} value=${geos} onChange=${setGeos} errors=${fields} />
      <div class="actions">
        <button type="submit" class="primary" disabled=${busy}>${t("paste.submit")}</button>
        <button type="button" onClick=${() => (added ? onDone(added) : onClose())}>${added ? t("common.close") : t("common.cancel")}</button>
      </div>
    </form>
  <//>`;
}
