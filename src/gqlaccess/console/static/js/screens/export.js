// An export: start it, show a progress bar while the worker writes the file, then the download
// link (same origin: the signed path of the API's downloadUrl).
import { useEffect, useRef, useState } from "preact/hooks";
import { html } from "../ui/html.js";
import { Alert } from "../ui/forms.js";
import { mutate, query, ApiError } from "../gql.js";
import { t } from "../i18n.js";

const JOB = "exportJob { id status rowCount downloadUrl error progress { rowsDone rowsTotal fraction } }";
const START = {
  USERS: `mutation ConsoleExportUsers($input: ExportUsersInput!) { exportUsers(input: $input) { ${JOB} errors { field code message } } }`,
  CLIENTS: `mutation ConsoleExportClients($input: ExportClientsInput!) { exportClients(input: $input) { ${JOB} errors { field code message } } }`,
};
const POLL = `query ConsoleExportJob($id: ID!) { ${JOB.replace("exportJob", "exportJob(id: $id)")} }`;

function samePath(url) {
  const parsed = new URL(url, location.href);
  return parsed.pathname + parsed.search;
}

export function ExportButton({ kind, accountId, filter, label }) {
  const [job, setJob] = useState(null);
  const [errors, setErrors] = useState([]);
  const [failure, setFailure] = useState(null);
  const timer = useRef(null);
  useEffect(() => () => clearTimeout(timer.current), []);

  async function poll(id) {
    try {
      const { exportJob } = await query(POLL, { id }, { account: accountId });
      setJob(exportJob);
      if (exportJob.status === "QUEUED" || exportJob.status === "RUNNING") timer.current = setTimeout(() => poll(id), 400);
    } catch (error) {
      setFailure(error instanceof ApiError ? error : new ApiError("INTERNAL_SERVER_ERROR", ""));
    }
  }
  async function start() {
    setFailure(null); setErrors([]); setJob(null);
    try {
      const input = kind === "USERS" ? { accountId, filter } : { accountId };
      const data = await mutate(START[kind], { input }, { account: accountId });
      const payload = Object.values(data)[0];
      if (payload.errors.length) { setErrors(payload.errors); return; }
      setJob(payload.exportJob);
      poll(payload.exportJob.id);
    } catch (error) {
      setFailure(error instanceof ApiError ? error : new ApiError("INTERNAL_SERVER_ERROR", ""));
    }
  }
  const running = job && (job.status === "QUEUED" || job.status === "RUNNING");
  const percent = job?.progress?.fraction != null ? Math.round(job.progress.fraction * 100) : null;
  return html`<div class="export">
    <button type="button" onClick=${start} disabled=${running}>${label}</button>
    <${Alert} error=${failure} />
    <${Alert} errors=${errors} />
    <div role="status" aria-live="polite">
      ${running && html`<label class="inline">${t("export.progress")}
        <progress max="100" value=${percent ?? undefined}>${percent ?? ""}%</progress></label>`}
      ${job?.status === "SUCCEEDED" && html`<span>${t("export.ready", { rows: job.rowCount ?? 0 })}
        ${" "}${job.downloadUrl && html`<a href=${samePath(job.downloadUrl)} download>${t("export.download")}</a>`}</span>`}
      ${job?.status === "FAILED" && html`<span class="alert">${t("export.failed")}</span>`}
    </div>
  </div>`;
}
