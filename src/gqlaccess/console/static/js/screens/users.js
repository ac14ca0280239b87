// Users (seed 003): the members of the account in the generic table, with search, role filter
// (temporary roles included), status filter, sort by name or last login, cursor pages, row actions,
// bulk selection (owner excluded) -> bulk edit with a dry-run preview, and the CSV export.
import { useEffect, useState } from "preact/hooks";
import { html } from "../ui/html.js";
import { DataTable, nextSort, useCursorPages } from "../ui/table.js";
import { Notice, useId } from "../ui/forms.js";
import { query } from "../gql.js";
import { formatDate, t } from "../i18n.js";
import { can, mayExport } from "../caps.js";
import { RowActions } from "./users_actions.js";
import { AddUserDialog } from "./users_add.js";
import { PasteUsersDialog } from "./users_paste.js";
import { BulkEditDialog } from "./users_bulk.js";
import { ExportButton } from "./export.js";

export const PAGE_SIZE = 50;
const USERS = `query ConsoleUsers($accountId: ID!, $search: String, $roleId: ID, $status: MembershipStatus,
    $orderBy: UserOrder, $first: Int, $after: String) {
  users(accountId: $accountId, search: $search, roleId: $roleId, status: $status, orderBy: $orderBy,
      first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id status isOwner role { id name kind key }
      user { id name email lastLoginAt twoFactorEnabled } } }
  }
}`;
export const ROLES = `query ConsoleRoles($accountId: ID!) {
  roles(accountId: $accountId) { id name kind key assignable memberCount }
}`;

function useDebounced(value, delay) {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

export function useRoles(accountId) {
  const [roles, setRoles] = useState([]);
  useEffect(() => {
    let live = true;
    query(ROLES, { accountId }, { account: accountId, cached: true })
      .then((data) => { if (live) setRoles(data.roles); })
      .catch(() => { if (live) setRoles([]); });
    return () => { live = false; };
  }, [accountId]);
  return roles;
}

export function roleLabel(role) {
  return role.kind === "TEMPORARY" ? `${role.name} (${t("users.temporary")})` : role.name;
}

export function UsersScreen({ account, me }) {
  const accountId = account.id;
  const manage = can(account, "USERS", "MANAGE");
  const roles = useRoles(accountId);
  const [searchText, setSearchText] = useState("");
  const search = useDebounced(searchText.trim(), 250);
  const [roleId, setRoleId] = useState("");
  const [status, setStatus] = useState("");
  const [sort, setSort] = useState({ field: "NAME", direction: "ASC" });
  const [selected, setSelected] = useState(new Set());
  const [dialog, setDialog] = useState(null);
  const [notice, setNotice] = useState("");
  const searchId = useId("users-search");
  const roleFilterId = useId("users-role");
  const statusFilterId = useId("users-status");

  const filter = { search: search || null, roleId: roleId || null, status: status || null };
  const pages = useCursorPages(
    (after) => query(USERS, { accountId, ...filter, orderBy: sort, first: PAGE_SIZE, after }, { account: accountId })
      .then((data) => data.users),
    [accountId, search, roleId, status, sort.field, sort.direction],
  );

  function done(text) {
    setNotice(text);
    setDialog(null);
    pages.reload();
  }

  const columns = [
    { key: "name", label: t("users.name"), sortKey: "NAME", render: (row) => html`${row.user.name}
      ${row.isOwner && html` <span class="badge">${t("users.owner")}</span>`}` },
    { key: "email", label: t("users.email"), render: (row) => row.user.email },
    { key: "role", label: t("users.role"), render: (row) => roleLabel(row.role) },
    { key: "status", label: t("users.status"), render: (row) => t(`status.${row.status}`) },
    { key: "lastLogin", label: t("users.lastLogin"), sortKey: "LAST_LOGIN",
      render: (row) => (row.user.lastLoginAt ? formatDate(row.user.lastLoginAt) : t("users.never")) },
    { key: "twoFactor", label: t("users.twoFactor"), render: (row) => (row.user.twoFactorEnabled ? "✓" : "–") },
  ];
  if (manage) {
    columns.push({ key: "actions", label: t("users.actions"), render: (row) => html`<${RowActions}
      membership=${row} me=${me} accountId=${accountId} viewerIsOwner=${account.viewerIsOwner}
      onDone=${done} onOpen=${setDialog} />` });
  }

  return html`<section aria-labelledby="users-title">
    <h1 id="users-title">${t("users.title")}</h1>
    <${Notice} text=${notice} />
    <div class="toolbar">
      <div><label for=${searchId}>${t("users.search")}</label>
        <input id=${searchId} type="search" value=${searchText} onInput=${(event) => setSearchText(event.currentTarget.value)} /></div>
      <div><label for=${roleFilterId}>${t("users.role")}</label>
        <select id=${roleFilterId} value=${roleId} onChange=${(event) => setRoleId(event.currentTarget.value)}>
          <option value="">${t("users.any")}</option>
          ${roles.map((role) => html`<option value=${role.id}>${roleLabel(role)}</option>`)}
        </select></div>
      <div><label for=${statusFilterId}>${t("users.status")}</label>
        <select id=${statusFilterId} value=${status} onChange=${(event) => setStatus(event.currentTarget.value)}>
          <option value="">${t("users.any")}</option>
          ${["PENDING", "ACTIVE", "INACTIVE"].map((value) => html`<option value=${value}>${t(`status.${value}`)}</option>`)}
        </select></div>
      ${manage && html`<button type="button" class="primary" onClick=${() => setDialog({ kind: "add" })}>${t("users.add")}</button>`}
      ${manage && html`<button type="button" onClick=${() => setDialog({ kind: "paste" })}>${t("paste.open")}</button>`}
      ${manage && html`<button type="button" disabled=${selected.size === 0}
        onClick=${() => setDialog({ kind: "bulk" })}>${t("users.bulkEdit", { count: selected.size })}</button>`}
      ${mayExport(account, "USERS") && html`<${ExportButton} kind="USERS" accountId=${accountId} filter=${filter} label=${t("users.export")} />`}
    </div>
    <${DataTable}
      caption=${pages.totalCount === null ? t("app.loading") : t("users.count", { count: pages.totalCount })}
      columns=${columns} pages=${pages} rowKey=${(row) => row.id}
      sort=${sort} onSort=${(field) => setSort(nextSort(sort, field))}
      selection=${manage ? { selected, onChange: setSelected, canSelect: (row) => !row.isOwner,
        label: (row) => t("common.select", { name: row.user.email }) } : null} />
    ${dialog?.kind === "add" && html`<${AddUserDialog} accountId=${accountId} roles=${roles}
      onClose=${() => setDialog(null)} onDone=${(email) => done(t("users.done.add", { email }))} />`}
    ${dialog?.kind === "paste" && html`<${PasteUsersDialog} accountId=${accountId} roles=${roles}
      onClose=${() => setDialog(null)} onDone=${(count) => done(t("paste.done", { count }))} />`}
    ${dialog?.kind === "bulk" && html`<${BulkEditDialog} accountId=${accountId} roles=${roles} membershipIds=${[...selected]}
      onClose=${() => setDialog(null)}
      onDone=${(count) => { setSelected(new Set()); done(t("users.done.bulk", { count })); }} />`}
    ${dialog?.render && dialog.render()}
  </section>`;
}
