// Clients (seeds 000, 002): the list in the generic table (sort by name or creation, search on
// contact fields and company, status filter, cursor pages), "New client", the clients export;
// a client's own page is client_detail.js.
import { useEffect, useState } from "preact/hooks";
import { html } from "../ui/html.js";
import { DataTable, nextSort, useCursorPages } from "../ui/table.js";
import { Alert, Field, byField, unplaced, useId } from "../ui/forms.js";
import { Dialog } from "../ui/dialog.js";
import { mutate, query, ApiError } from "../gql.js";
import { formatDate, t } from "../i18n.js";
import { can, mayExport } from "../caps.js";
import { href, navigate } from "../router.js";
import { ExportButton } from "./export.js";
import { ClientDetail } from "./client_detail.js";

export const STATUSES = ["POTENTIAL", "SITE_ASSIGNED", "INVITED", "ACTIVE", "SUSPENDED"];
const CLIENTS = `query ConsoleClients($accountId: ID!, $search: String, $status: ClientStatus, $orderBy: ClientOrder,
    $first: Int, $after: String) {
  clients(accountId: $accountId, search: $search, status: $status, orderBy: $orderBy, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id displayName email company status createdAt } }
  }
}`;
const CREATE = `mutation ConsoleCreateClient($input: CreateClientInput!) {
  createClient(input: $input) { client { id displayName } errors { field code message } }
}`;

function useDebounced(value, delay) {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

function NewClientDialog({ accountId, onClose }) {
  const [values, setValues] = useState({ firstName: "", lastName: "", email: "", company: "" });
  const [errors, setErrors] = useState([]);
  const [failure, setFailure] = useState(null);
  const set = (name) => (value) => setValues({ ...values, [name]: value });
  async function submit(event) {
    event.preventDefault();
    setFailure(null);
    try {
      const input = { accountId, ...values, company: values.company || null };
      const { createClient } = await mutate(CREATE, { input }, { account: accountId });
      if (createClient.errors.length) setErrors(createClient.errors);
      else navigate(`clients/${encodeURIComponent(createClient.client.id)}`, accountId);
    } catch (error) {
      setFailure(error instanceof ApiError ? error : new ApiError("INTERNAL_SERVER_ERROR", ""));
    }
  }
  const fields = byField(errors);
  return html`<${Dialog} title=${t("clients.new")} onClose=${onClose}>
    <form onSubmit=${submit} novalidate>
      <${Alert} error=${failure} />
      <${Alert} errors=${unplaced(errors, Object.keys(values))} />
      <${Field} label=${t("clients.firstName")} name="firstName" value=${values.firstName} onInput=${set("firstName")} errors=${fields} />
      <${Field} label=${t("clients.lastName")} name="lastName" value=${values.lastName} onInput=${set("lastName")} errors=${fields} />
      <${Field} label=${t("clients.email")} name="email" type="email" value=${values.email} onInput=${set("email")} errors=${fields}
        hint=${t("clients.emailHint")} />
      <${Field} label=${t("clients.company")} name="company" value=${values.company} onInput=${set("company")} errors=${fields} />
      <div class="actions">
        <button type="submit" class="primary">${t("clients.create")}</button>
        <button type="button" onClick=${onClose}>${t("common.cancel")}</button>
      </div>
    </form>
  <//>`;
}

function ClientList({ account }) {
  const accountId = account.id;
  const manage = can(account, "CLIENTS", "MANAGE");
  const [searchText, setSearchText] = useState("");
  const search = useDebounced(searchText.trim(), 250);
  const [status, setStatus] = useState("");
  const [sort, setSort] = useState({ field: "NAME", direction: "ASC" });
  const [creating, setCreating] = useState(false);
  const searchId = useId("clients-search");
  const statusId = useId("clients-status");
  const pages = useCursorPages(
    (after) => query(CLIENTS, { accountId, search: search || null, status: status || null, orderBy: sort, first: 50, after },
      { account: accountId }).then((data) => data.clients),
    [accountId, search, status, sort.field, sort.direction],
  );
  const columns = [
    { key: "name", label: t("clients.name"), sortKey: "NAME",
      render: (row) => html`<a href=${href(`clients/${encodeURIComponent(row.id)}`, accountId)}>${row.displayName}</a>` },
    { key: "email", label: t("clients.email"), render: (row) => row.email },
    { key: "company", label: t("clients.company"), render: (row) => row.company || "" },
    { key: "status", label: t("clients.status"), render: (row) => t(`clientStatus.${row.status}`) },
    { key: "created", label: t("clients.created"), sortKey: "CREATED_AT", render: (row) => formatDate(row.createdAt) },
  ];
  return html`<section aria-labelledby="clients-title">
    <h1 id="clients-title">${t("clients.title")}</h1>
    <div class="toolbar">
      <div><label for=${searchId}>${t("clients.search")}</label>
        <input id=${searchId} type="search" value=${searchText} onInput=${(event) => setSearchText(event.currentTarget.value)} /></div>
      <div><label for=${statusId}>${t("clients.status")}</label>
        <select id=${statusId} value=${status} onChange=${(event) => setStatus(event.currentTarget.value)}>
          <option value="">${t("users.any")}</option>
          ${STATUSES.map((value) => html`<option value=${value}>${t(`clientStatus.${value}`)}</option>`)}
        </select></div>
      ${manage && html`<button type="button" class="primary" onClick=${() => setCreating(true)}>${t("clients.new")}</button>`}
      ${mayExport(account, "CLIENTS") && html`<${ExportButton} kind="CLIENTS" accountId=${accountId} label=${t("clients.export")} />`}
    </div>
    <${DataTable} caption=${pages.totalCount === null ? t("app.loading") : t("clients.count", { count: pages.totalCount })}
      columns=${columns} pages=${pages} rowKey=${(row) => row.id} sort=${sort} onSort=${(field) => setSort(nextSort(sort, field))} />
    ${creating && html`<${NewClientDialog} accountId=${accountId} onClose=${() => setCreating(false)} />`}
  </section>`;
}

export function ClientsScreen({ account, route }) {
  if (route.rest[0]) return html`<${ClientDetail} key=${route.rest[0]} account=${account} clientId=${route.rest[0]} />`;
  return html`<${ClientList} account=${account} />`;
}

