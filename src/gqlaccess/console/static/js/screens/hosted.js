// Hosted accounts (seed 001): the accounts this host created, managed or not, with their status;
// the creation wizard (name -> "continue as account admin" or invite someone -> the setup link),
// finish setup (re-issue the link), rename, deactivate / reactivate, delete with name confirmation.
import { useCallback, useEffect, useState } from "preact/hooks";
import { html } from "../ui/html.js";
import { Alert, Field, Notice, byField, unplaced } from "../ui/forms.js";
import { Dialog } from "../ui/dialog.js";
import { DataTable } from "../ui/table.js";
import { CopyField } from "../ui/copy.js";
import { mutate, query, ApiError } from "../gql.js";
import { formatDate, t } from "../i18n.js";
import { can } from "../caps.js";

const ERR = "errors { field code message }";
const HOSTED = `query ConsoleHosted($hostAccountId: ID!) {
  hostedAccounts(hostAccountId: $hostAccountId) { id name status managed createdAt } }`;
const M = {
  create: `mutation ConsoleCreateHosted($input: CreateHostedAccountInput!) {
    createHostedAccount(input: $input) { account { id name } invitation { url email } ${ERR} } }`,
  resend: `mutation ConsoleResendSetup($input: ResendAccountSetupInput!) { resendAccountSetup(input: $input) { invitation { url email } ${ERR} } }`,
  rename: `mutation ConsoleRenameAccount($input: RenameAccountInput!) { renameAccount(input: $input) { ${ERR} } }`,
  deactivate: `mutation ConsoleDeactivateAccount($input: DeactivateAccountInput!) { deactivateAccount(input: $input) { ${ERR} } }`,
  reactivate: `mutation ConsoleReactivateAccount($input: ReactivateAccountInput!) { reactivateAccount(input: $input) { ${ERR} } }`,
  remove: `mutation ConsoleDeleteAccount($input: DeleteAccountInput!) { deleteAccount(input: $input) { deletion { status } ${ERR} } }`,
};

function useMutation(accountId) {
  const [errors, setErrors] = useState([]);
  const [failure, setFailure] = useState(null);
  const [busy, setBusy] = useState(false);
  async function run(name, input) {
    setErrors([]); setFailure(null); setBusy(true);
    try {
      const payload = Object.values(await mutate(M[name], { input }, { account: accountId }))[0];
      if (payload.errors.length) { setErrors(payload.errors); return null; }
      return payload;
    } catch (error) {
      setFailure(error instanceof ApiError ? error : new ApiError("INTERNAL_SERVER_ERROR", ""));
      return null;
    } finally {
      setBusy(false);
    }
  }
  return { run, errors, failure, busy, fields: byField(errors) };
}

function Wizard({ hostAccountId, onClose, onCreated }) {
  const [step, setStep] = useState(1);
  const [name, setName] = useState("");
  const [managed, setManaged] = useState(false); // the seed: "invite someone else" is the default
  const [adminEmail, setAdminEmail] = useState("");
  const [result, setResult] = useState(null);
  const mutation = useMutation(hostAccountId);
  async function create(event) {
    event.preventDefault();
    const payload = await mutation.run("create", { hostAccountId, name, managed, adminEmail: managed ? null : adminEmail });
    if (payload) { setResult(payload); setStep(3); onCreated(); }
    else if (mutation.errors.some((error) => error.field === "name")) setStep(1);
  }
  return html`<${Dialog} title=${t("hosted.add")} onClose=${onClose}>
    <p class="muted">${t("hosted.step", { step, of: 3 })}</p>
    <${Alert} error=${mutation.failure} />
    <${Alert} errors=${unplaced(mutation.errors, step === 1 ? ["name"] : ["adminEmail"])} />
    ${step === 1 && html`<form onSubmit=${(event) => { event.preventDefault(); if (name.trim()) setStep(2); }} novalidate>
      <${Field} label=${t("hosted.name")} name="name" value=${name} onInput=${setName} errors=${mutation.fields} />
      <div class="actions"><button type="submit" class="primary" disabled=${!name.trim()}>${t("hosted.next")}</button>
        <button type="button" onClick=${onClose}>${t("common.cancel")}</button></div>
    </form>`}
    ${step === 2 && html`<form onSubmit=${create} novalidate>
      <fieldset><legend>${t("hosted.adminChoice")}</legend>
        <label class="inline"><input type="radio" name="managed" checked=${!managed} onChange=${() => setManaged(false)} />
          ${t("hosted.invite")}</label><br />
        <label class="inline"><input type="radio" name="managed" checked=${managed} onChange=${() => setManaged(true)} />
          ${t("hosted.continueAsAdmin")}</label>
      </fieldset>
      ${!managed && html`<${Field} label=${t("hosted.adminEmail")} name="adminEmail" type="email" value=${adminEmail}
        onInput=${setAdminEmail} errors=${mutation.fields} />`}
      <div class="actions"><button type="submit" class="primary" disabled=${mutation.busy}>${managed ? t("hosted.create") : t("hosted.sendInvitation")}</button>
        <button type="button" onClick=${() => setStep(1)}>${t("hosted.back")}</button></div>
    </form>`}
    ${step === 3 && html`<div>
      <p role="status">${managed ? t("hosted.createdManaged", { name }) : t("hosted.createdUnmanaged", { name })}</p>
      ${result?.invitation?.url && html`<${CopyField} label=${t("hosted.setupLink")} value=${result.invitation.url} />`}
      <button type="button" class="primary" onClick=${onClose}>${t("hosted.finish")}</button>
    </div>`}
  <//>`;
}

function RowDialog({ kind, account, hostAccountId, onClose, onDone }) {
  const [value, setValue] = useState(kind === "rename" ? account.name : "");
  const [link, setLink] = useState(null);
  const mutation = useMutation(hostAccountId);
  async function submit(event) {
    event.preventDefault();
    if (kind === "rename" && await mutation.run("rename", { accountId: account.id, name: value })) onDone(t("hosted.renamed", { name: value }));
    if (kind === "remove" && await mutation.run("remove", { accountId: account.id, confirmation: value })) onDone(t("hosted.deleted", { name: account.name }));
    if (kind === "resend") {
      const payload = await mutation.run("resend", { accountId: account.id, adminEmail: value || null });
      if (payload) { if (payload.invitation?.url) setLink(payload.invitation.url); else onDone(t("hosted.resent")); }
    }
  }
  const field = { rename: "name", remove: "confirmation", resend: "adminEmail" }[kind];
  return html`<${Dialog} title=${`${t(`hosted.${kind}`)}: ${account.name}`} onClose=${onClose}>
    <${Alert} error=${mutation.failure} />
    <${Alert} errors=${unplaced(mutation.errors, [field])} />
    ${link ? html`<${CopyField} label=${t("hosted.setupLink")} value=${link} />
        <button type="button" class="primary" onClick=${() => onDone(t("hosted.resent"))}>${t("hosted.finish")}</button>`
      : html`<form onSubmit=${submit} novalidate>
      ${kind === "remove" && html`<p>${t("hosted.deleteWarning", { name: account.name })}</p>`}
      <${Field} label=${t(`hosted.field.${kind}`)} name=${field} value=${value} onInput=${setValue} errors=${mutation.fields} />
      <div class="actions"><button type="submit" class=${kind === "remove" ? "danger" : "primary"} disabled=${mutation.busy}>${t(`hosted.${kind}`)}</button>
        <button type="button" onClick=${onClose}>${t("common.cancel")}</button></div>
    </form>`}
  <//>`;
}

export function HostedScreen({ account, reloadShell }) {
  const hostAccountId = account.id;
  const manage = can(account, "HOSTED_ACCOUNTS", "MANAGE");
  const [rows, setRows] = useState(null);
  const [error, setError] = useState(null);
  const [dialog, setDialog] = useState(null);
  const [notice, setNotice] = useState("");
  const inline = useMutation(hostAccountId);
  const load = useCallback(() => query(HOSTED, { hostAccountId }, { account: hostAccountId })
    .then((data) => setRows(data.hostedAccounts), (failure) => setError(failure instanceof ApiError ? failure : new ApiError("INTERNAL_SERVER_ERROR", ""))),
  [hostAccountId]);
  useEffect(() => { load(); }, [load]);
  async function done(text) {
    setDialog(null);
    await load(); // the notice comes with the refreshed list, not before it
    setNotice(text);
    reloadShell();
  }
  async function toggle(row) {
    const name = row.status === "DEACTIVATED" ? "reactivate" : "deactivate";
    if (await inline.run(name, { accountId: row.id })) done(t(`hosted.done.${name}`, { name: row.name }));
  }
  const columns = [
    { key: "name", label: t("hosted.name"), render: (row) => row.name },
    { key: "managed", label: t("hosted.kind"), render: (row) => (row.managed ? t("hosted.managed") : t("hosted.unmanaged")) },
    { key: "status", label: t("users.status"), render: (row) => t(`accountStatus.${row.status}`) },
    { key: "created", label: t("clients.created"), render: (row) => formatDate(row.createdAt) },
  ];
  if (manage) {
    columns.push({ key: "actions", label: t("users.actions"), render: (row) => html`<div class="actions">
      ${row.status === "SETUP_IN_PROGRESS" && html`<button type="button" aria-label=${`${t("hosted.resend")}: ${row.name}`}
        onClick=${() => setDialog({ kind: "resend", row })}>${t("hosted.resend")}</button>`}
      <button type="button" aria-label=${`${t("hosted.rename")}: ${row.name}`} onClick=${() => setDialog({ kind: "rename", row })}>${t("hosted.rename")}</button>
      ${row.status !== "SETUP_IN_PROGRESS" && html`<button type="button" aria-label=${`${t(row.status === "DEACTIVATED" ? "clients.reactivate" : "users.deactivate")}: ${row.name}`}
        onClick=${() => toggle(row)}>${t(row.status === "DEACTIVATED" ? "clients.reactivate" : "users.deactivate")}</button>`}
      <button type="button" class="danger" aria-label=${`${t("hosted.remove")}: ${row.name}`} onClick=${() => setDialog({ kind: "remove", row })}>${t("hosted.remove")}</button>
    </div>` });
  }
  return html`<section aria-labelledby="hosted-title">
    <h1 id="hosted-title">${t("hosted.title")}</h1>
    <${Notice} text=${notice} />
    <${Alert} error=${error || inline.failure} onRetry=${error ? load : null} />
    <${Alert} errors=${inline.errors} />
    ${manage && html`<div class="toolbar"><button type="button" class="primary" onClick=${() => setDialog({ kind: "wizard" })}>${t("hosted.add")}</button></div>`}
    <${DataTable} caption=${t("hosted.title")} columns=${columns} rowKey=${(row) => row.id}
      pages=${{ rows: rows || [], loading: rows === null, error: null }} />
    ${dialog?.kind === "wizard" && html`<${Wizard} hostAccountId=${hostAccountId}
      onClose=${() => { setDialog(null); load(); }} onCreated=${() => { load(); reloadShell(); }} />`}
    ${dialog && dialog.kind !== "wizard" && html`<${RowDialog} kind=${dialog.kind} account=${dialog.row} hostAccountId=${hostAccountId}
      onClose=${() => setDialog(null)} onDone=${done} />`}
  </section>`;
}
