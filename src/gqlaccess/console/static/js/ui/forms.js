// Form pieces shared by every screen: a field that shows its payload error next to it, a refusal
// banner for top-level errors, and helpers to split a payload's `errors` by field.
import { useState } from "preact/hooks";
import { html } from "./html.js";
import { errorText, t } from "../i18n.js";

let sequence = 0;
export function useId(prefix) {
  const [id] = useState(() => `${prefix}-${++sequence}`);
  return id;
}

/** The form field an error names: its first path segment ("mediaSources.values[2]" -> "mediaSources"). */
export function fieldOf(error) {
  return (error.field || "").split(".")[0].replace(/\[\d+\]$/, "");
}

/** Payload errors indexed by the form field they name. */
export function byField(errors) {
  const map = {};
  for (const error of errors || []) {
    const field = fieldOf(error) || "_";
    (map[field] ||= []).push(error);
  }
  return map;
}

/** Errors that no field of the form shows: rendered in the form's alert. */
export function unplaced(errors, fields) {
  return (errors || []).filter((error) => !fields.includes(fieldOf(error)));
}

export function Field({ label, name, errors, type = "text", value, onInput, hint, ...rest }) {
  const id = useId(name);
  const own = errors?.[name] || [];
  const describedBy = [hint ? `${id}-hint` : null, own.length ? `${id}-error` : null].filter(Boolean).join(" ");
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <input id=${id} name=${name} type=${type} value=${value}
      onInput=${(event) => onInput(event.currentTarget.value)}
      aria-invalid=${own.length ? "true" : undefined} aria-describedby=${describedBy || undefined} ...${rest} />
    ${hint && html`<p class="muted" id=${`${id}-hint`}>${hint}</p>`}
    ${own.length > 0 && html`<p class="field-error" id=${`${id}-error`}>${own.map(errorText).join(" ")}</p>`}
  </div>`;
}

export function SelectField({ label, name, errors, value, onChange, options }) {
  const id = useId(name);
  const own = errors?.[name] || [];
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select id=${id} name=${name} value=${value} onChange=${(event) => onChange(event.currentTarget.value)}
      aria-invalid=${own.length ? "true" : undefined} aria-describedby=${own.length ? `${id}-error` : undefined}>
      ${options.map((option) => html`<option value=${option.value} disabled=${option.disabled}>${option.label}</option>`)}
    </select>
    ${own.length > 0 && html`<p class="field-error" id=${`${id}-error`}>${own.map(errorText).join(" ")}</p>`}
  </div>`;
}

/** A refusal or a failure: always shown, never a blank screen. */
export function Alert({ error, errors, onRetry }) {
  const list = error ? [error] : errors || [];
  if (!list.length) return null;
  return html`<div class="alert" role="alert" data-code=${list.map((item) => item.code).join(" ")}>
    ${list.map((item) => html`<p>${errorText(item)}</p>`)}
    ${onRetry && html`<button type="button" onClick=${onRetry}>${t("common.retry")}</button>`}
  </div>`;
}

export function Notice({ text }) {
  return text ? html`<div class="notice" role="status">${text}</div>` : html`<div role="status"></div>`;
}
