// Webhooks (Admins): create (secret shown once), rotate the secret, deliveries with their status
// code in the generic table (cursor pages), redeliver, delete.
import { useCallback, useEffect, useState } from "preact/hooks";
import { html } from "../ui/html.js";
import { Alert, Field, Notice, byField, unplaced, useId } from "../ui/forms.js";
import { DataTable, useCursorPages } from "../ui/table.js";
import { CopyField } from "../ui/copy.js";
import { mutate, query, ApiError } from "../gql.js";
import { formatDate, t } from "../i18n.js";

const ERR = "errors { field code message }";
const WEBHOOKS = `query ConsoleWebhooks($accountId: ID!) {
  webhooks(accountId: $accountId) { id url description events enabled createdAt }
  webhookEventTypes
}`;
const DELIVERIES = `query ConsoleDeliveries($webhookId: ID!, $first: Int, $after: String) {
  webhookDeliveries(webhookId: $webhookId, first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node { id eventType status statusCode attempts createdAt } }
  }
}`;
const M = {
  create: `mutation ConsoleCreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { secret ${ERR} } }`,
  rotate: `mutation ConsoleRotateWebhook($input: RotateWebhookSecretInput!) { rotateWebhookSecret(input: $input) { secret ${ERR} } }`,
  redeliver: `mutation ConsoleRedeliver($input: RedeliverWebhookInput!) { redeliverWebhook(input: $input) { delivery { id } ${ERR} } }`,
  remove: `mutation ConsoleDeleteWebhook($input: DeleteWebhookInput!) { deleteWebhook(input: $input) { ${ERR} } }`,
};

function Deliveries({ webhook, accountId, run }) {
  const pages = useCursorPages(
    (after) => query(DELIVERIES, { webhookId: webhook.id, first: 20, after }, { account: accountId }).then((data) => data.webhookDeliveries),
    [webhook.id],
  );
  return html`<${DataTable} caption=${t("webhooks.deliveriesOf", { url: webhook.url })} pages=${pages} rowKey=${(row) => row.id}
    columns=${[
      { key: "when", label: t("audit.when"), render: (row) => formatDate(row.createdAt) },
      { key: "event", label: t("webhooks.event"), render: (row) => html`<code>${row.eventType}</code>` },
      { key: "status", label: t("users.status"), render: (row) => `${t(`delivery.${row.status}`)}${row.statusCode ? ` (${row.statusCode})` : ""}` },
      { key: "attempts", label: t("webhooks.attempts"), render: (row) => row.attempts },
      { key: "actions", label: t("users.actions"), render: (row) => html`<button type="button"
        aria-label=${`${t("webhooks.redeliver")}: ${row.eventType} ${formatDate(row.createdAt)}`}
        onClick=${async () => { if (await run("redeliver", { deliveryId: row.id }, t("webhooks.redelivered"))) pages.reload(); }}>
        ${t("webhooks.redeliver")}</button>` },
    ]} />`;
}

export function WebhooksScreen({ account }) {
  const accountId = account.id;
  const [data, setData] = useState(null);
  const [error, setError] = useState(null);
  const [errors, setErrors] = useState([]);
  const [notice, setNotice] = useState("");
  const [secret, setSecret] = useState(null);
  const [open, setOpen] = useState(null);
  const [url, setUrl] = useState("");
  const [events, setEvents] = useState([]);
  const eventsId = useId("events");
  const load = useCallback(() => query(WEBHOOKS, { accountId }, { account: accountId })
    .then(setData, (failure) => setError(failure instanceof ApiError ? failure : new ApiError("INTERNAL_SERVER_ERROR", ""))),
  [accountId]);
  useEffect(() => { load(); }, [load]);

  async function run(name, input, done) {
    setErrors([]); setError(null);
    try {
      const payload = Object.values(await mutate(M[name], { input }, { account: accountId }))[0];
      if (payload.errors.length) { setErrors(payload.errors); return null; }
      if (done) setNotice(done);
      return payload;
    } catch (failure) {
      setError(failure instanceof ApiError ? failure : new ApiError("INTERNAL_SERVER_ERROR", ""));
      return null;
    }
  }
  if (!data) return html`<${Alert} error=${error} onRetry=${load} />${!error && html`<p>${t("app.loading")}</p>`}`;
  const fields = byField(errors);
  return html`<section aria-labelledby="webhooks-title">
    <h1 id="webhooks-title">${t("webhooks.title")}</h1>
    <${Notice} text=${notice} />
    <${Alert} error=${error} />
    <${Alert} errors=${unplaced(errors, ["url", "events"])} />
    ${secret && html`<div class="notice"><p>${t("tokens.once")}</p><${CopyField} label=${t("webhooks.secret")} value=${secret} /></div>`}
    <${DataTable} caption=${t("webhooks.title")} rowKey=${(row) => row.id} pages=${{ rows: data.webhooks, loading: false, error: null }}
      columns=${[
        { key: "url", label: t("webhooks.url"), render: (row) => html`<code>${row.url}</code>` },
        { key: "events", label: t("webhooks.events"), render: (row) => row.events.join(", ") },
        { key: "actions", label: t("users.actions"), render: (row) => html`<div class="actions">
          <button type="button" aria-expanded=${open === row.id ? "true" : "false"} aria-label=${`${t("webhooks.deliveries")}: ${row.url}`}
            onClick=${() => setOpen(open === row.id ? null : row.id)}>${t("webhooks.deliveries")}</button>
          <button type="button" aria-label=${`${t("webhooks.rotate")}: ${row.url}`} onClick=${async () => {
            const payload = await run("rotate", { webhookId: row.id }, t("webhooks.rotated"));
            if (payload) setSecret(payload.secret);
          }}>${t("webhooks.rotate")}</button>
          <button type="button" class="danger" aria-label=${`${t("tokens.delete")}: ${row.url}`} onClick=${async () => {
            if (await run("remove", { webhookId: row.id }, t("webhooks.deleted"))) { setSecret(null); setOpen(null); load(); }
          }}>${t("tokens.delete")}</button>
        </div>` },
      ]} />
    ${open && data.webhooks.find((item) => item.id === open) && html`<h2>${t("webhooks.deliveries")}</h2>
      <${Deliveries} key=${open} webhook=${data.webhooks.find((item) => item.id === open)} accountId=${accountId} run=${run} />`}
    <h2>${t("webhooks.new")}</h2>
    <form onSubmit=${async (event) => {
        event.preventDefault();
        const payload = await run("create", { accountId, url, events }, t("webhooks.created"));
        if (payload) { setSecret(payload.secret); setUrl(""); setEvents([]); load(); }
      }} novalidate>
      <${Field} label=${t("webhooks.url")} name="url" type="url" value=${url} onInput=${setUrl} errors=${fields} />
      <fieldset aria-describedby=${fields.events ? `${eventsId}-error` : undefined}><legend>${t("webhooks.events")}</legend>
        ${data.webhookEventTypes.map((type) => html`<label class="inline"><input type="checkbox" checked=${events.includes(type)}
          onChange=${(event) => setEvents(event.currentTarget.checked ? [...events, type] : events.filter((item) => item !== type))} />
          <code>${type}</code></label> `)}
        ${fields.events && html`<p class="field-error" id=${`${eventsId}-error`}>${fields.events.map((item) => item.message).join(" ")}</p>`}
      </fieldset>
      <button type="submit" class="primary">${t("webhooks.create")}</button>
    </form>
  </section>`;
}
