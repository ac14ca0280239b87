// The media source / geo scope choice of seed 003: "all current and future" or only a list.
import { html } from "../ui/html.js";
import { useId } from "../ui/forms.js";
import { errorText, t } from "../i18n.js";

export function scopeInput(kind, scope) {
  const key = kind === "geos" ? "countryCodes" : "values";
  if (scope.all) return { all: true };
  const list = scope.text.split(/[\s,;]+/).map((item) => item.trim()).filter(Boolean);
  return { all: false, [key]: kind === "geos" ? list.map((code) => code.toUpperCase()) : list };
}

export function ScopeField({ kind, legend, value, onChange, errors }) {
  const id = useId(kind);
  const own = errors?.[kind] || [];
  return html`<fieldset aria-describedby=${own.length ? `${id}-error` : undefined}>
    <legend>${legend}</legend>
    <label class="inline"><input type="radio" name=${id} checked=${value.all}
      onChange=${() => onChange({ ...value, all: true })} /> ${t("add.allCurrentFuture")}</label>
    <label class="inline"><input type="radio" name=${id} checked=${!value.all}
      onChange=${() => onChange({ ...value, all: false })} /> ${t("add.only")}</label>
    ${!value.all && html`<div><label for=${`${id}-list`}>${legend}: ${t("add.only")}</label>
      <input id=${`${id}-list`} type="text" value=${value.text} aria-invalid=${own.length ? "true" : undefined}
        onInput=${(event) => onChange({ ...value, text: event.currentTarget.value })} /></div>`}
    ${own.length > 0 && html`<p class="field-error" id=${`${id}-error`}>${own.map(errorText).join(" ")}</p>`}
  </fieldset>`;
}
