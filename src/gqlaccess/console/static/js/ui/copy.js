// A read-only value with a Copy button (setup URLs, API token secrets).
import { useState } from "preact/hooks";
import { html } from "./html.js";
import { useId } from "./forms.js";
import { t } from "../i18n.js";

export function CopyField({ label, value }) {
  const id = useId("copy");
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
    } catch {
      const input = document.getElementById(id);
      input.select();
      document.execCommand("copy");
    }
    setCopied(true);
  }
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <input id=${id} type="text" readonly value=${value} class="secret" size="60" />
    <button type="button" onClick=${copy}>${t("common.copy")}</button>
    <span role="status">${copied ? t("common.copied") : ""}</span>
  </div>`;
}
