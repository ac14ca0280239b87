// The actions offered on one member's row. Only what the viewer may do is offered (the screen
// shows this column to users:MANAGE only; the owner and oneself get no destructive action); each
// action asks first, and a refusal from the server stays on screen in the dialog.
import { useState } from "preact/hooks";
import { html } from "../ui/html.js";
import { Alert } from "../ui/forms.js";
import { Dialog } from "../ui/dialog.js";
import { mutate, ApiError } from "../gql.js";
import { t } from "../i18n.js";

const ERR = "errors { field code message }";
const ACTIONS = {
  resend: { label: "users.resend", done: "users.done.resend", text: null,
    document: `mutation ConsoleResend($input: ResendInvitationInput!) { resendInvitation(input: $input) { ${ERR} } }`,
    input: (row) => ({ membershipId: row.id }) },
  deactivate: { label: "users.deactivate", done: "users.done.deactivate", text: null,
    document: `mutation ConsoleDeactivate($input: DeactivateMembershipInput!) { deactivateMembership(input: $input) { ${ERR} } }`,
    input: (row) => ({ membershipId: row.id }) },
  reactivate: { label: "users.reactivate", done: "users.done.reactivate", text: null,
    document: `mutation ConsoleReactivate($input: ReactivateMembershipInput!) { reactivateMembership(input: $input) { ${ERR} } }`,
    input: (row) => ({ membershipId: row.id }) },
  reset2fa: { label: "users.reset2fa", done: "users.done.reset2fa", text: "users.confirmReset2fa",
    document: `mutation ConsoleReset2fa($input: ResetUserTwoFactorInput!) { resetUserTwoFactor(input: $input) { ${ERR} } }`,
    input: (row) => ({ membershipId: row.id }) },
  transfer: { label: "users.transfer", done: "users.done.transfer", text: "users.confirmTransfer",
    document: `mutation ConsoleTransfer($input: TransferAccountOwnershipInput!) { transferAccountOwnership(input: $input) { ${ERR} } }`,
    input: (row, accountId) => ({ accountId, membershipId: row.id }) },
  remove: { label: "users.remove", done: "users.done.remove", text: "users.confirmRemove",
    document: `mutation ConsoleRemove($input: RemoveUsersInput!) { removeUsers(input: $input) { ${ERR} } }`,
    input: (row, accountId) => ({ accountId, membershipIds: [row.id] }) },
};

export function offeredActions(row, me, viewerIsOwner = false) {
  if (row.isOwner || row.user.id === me.id) return [];
  const offered = [];
  // Only the owner hands ownership over, and only to an active Admin (the server checks both).
  if (viewerIsOwner && row.status === "ACTIVE" && row.role.key === "admin") offered.push("transfer");
  if (row.status === "PENDING") offered.push("resend");
  if (row.status === "ACTIVE") offered.push("deactivate");
  if (row.status === "INACTIVE") offered.push("reactivate");
  if (row.user.twoFactorEnabled) offered.push("reset2fa");
  offered.push("remove");
  return offered;
}

function ActionDialog({ action, row, accountId, onClose, onDone }) {
  const spec = ACTIONS[action];
  const [errors, setErrors] = useState([]);
  const [failure, setFailure] = useState(null);
  const [busy, setBusy] = useState(false);
  const email = row.user.email;

  async function run() {
    setBusy(true); setFailure(null);
    try {
      const data = await mutate(spec.document, { input: spec.input(row, accountId) }, { account: accountId });
      const payload = Object.values(data)[0];
      if (payload.errors.length) setErrors(payload.errors);
      else onDone(t(spec.done, { email }));
    } catch (error) {
      setFailure(error instanceof ApiError ? error : new ApiError("INTERNAL_SERVER_ERROR", ""));
    } finally {
      setBusy(false);
    }
  }
  return html`<${Dialog} title=${`${t(spec.label)}: ${email}`} onClose=${onClose}>
    ${spec.text && html`<p>${t(spec.text, { email })}</p>`}
    <${Alert} error=${failure} />
    <${Alert} errors=${errors} />
    <div class="actions">
      <button type="button" class=${["remove", "deactivate", "transfer"].includes(action) ? "danger" : "primary"}
        disabled=${busy} onClick=${run}>${t(spec.label)}</button>
      <button type="button" onClick=${onClose}>${t("common.cancel")}</button>
    </div>
  <//>`;
}

export function RowActions({ membership, me, accountId, viewerIsOwner, onDone, onOpen }) {
  const offered = offeredActions(membership, me, viewerIsOwner);
  if (!offered.length) return null;
  const open = (action) => onOpen({ render: () => html`<${ActionDialog} action=${action} row=${membership}
    accountId=${accountId} onClose=${() => onOpen(null)} onDone=${onDone} />` });
  return html`<div class="actions">
    ${offered.map((action) => html`<button type="button" data-action=${action}
      aria-label=${`${t(ACTIONS[action].label)}: ${membership.user.email}`}
      onClick=${() => open(action)}>${t(ACTIONS[action].label)}</button>`)}
  </div>`;
}
