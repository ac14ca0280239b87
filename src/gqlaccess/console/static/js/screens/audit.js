// Audit log: the account's events, newest first, in the generic table with cursor pages and an
// action filter (a prefix ending with * as the API takes it).
import { useState } from "preact/hooks";
import { html } from "../ui/html.js";
import { DataTable, useCursorPages } from "../ui/table.js";
import { useId } from "../ui/forms.js";
import { query } from "../gql.js";
import { formatDate, t } from "../i18n.js";

const EVENTS = `query ConsoleAudit($accountId: ID!, $action: String, $first: Int, $after: String) {
  auditEvents(accountId: $accountId, action: $action, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id createdAt action outcome reason actorKind targetType } }
  }
}`;

export function AuditScreen({ account }) {
  const accountId = account.id;
  const [text, setText] = useState("");
  const [action, setAction] = useState("");
  const filterId = useId("audit-action");
  const pages = useCursorPages(
    (after) => query(EVENTS, { accountId, action: action || null, first: 50, after }, { account: accountId })
      .then((data) => data.auditEvents),
    [accountId, action],
  );
  return html`<section aria-labelledby="audit-title">
    <h1 id="audit-title">${t("audit.title")}</h1>
    <form class="toolbar" onSubmit=${(event) => { event.preventDefault(); setAction(text.trim()); }}>
      <div><label for=${filterId}>${t("audit.action")}</label>
        <input id=${filterId} type="search" value=${text} placeholder="users.*" onInput=${(event) => setText(event.currentTarget.value)} /></div>
      <button type="submit">${t("audit.filter")}</button>
    </form>
    <${DataTable} caption=${pages.totalCount === null ? t("app.loading") : t("audit.count", { count: pages.totalCount })}
      pages=${pages} rowKey=${(row) => row.id} columns=${[
        { key: "when", label: t("audit.when"), render: (row) => formatDate(row.createdAt) },
        { key: "action", label: t("audit.action"), render: (row) => html`<code>${row.action}</code>` },
        { key: "outcome", label: t("audit.outcome"), render: (row) => `${row.outcome}${row.reason ? ` (${row.reason})` : ""}` },
        { key: "actor", label: t("audit.actor"), render: (row) => row.actorKind },
        { key: "target", label: t("audit.target"), render: (row) => row.targetType || "" },
      ]} />
  </section>`;
}
