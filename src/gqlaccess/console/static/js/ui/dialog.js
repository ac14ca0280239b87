// A modal on the native <dialog>: focus moves in and is trapped by the browser, Escape closes it,
// focus returns to what opened it.
import { useEffect, useRef } from "preact/hooks";
import { html } from "./html.js";
import { useId } from "./forms.js";
import { t } from "../i18n.js";

export function Dialog({ title, onClose, children }) {
  const ref = useRef(null);
  const titleId = useId("dialog-title");
  useEffect(() => {
    const opener = document.activeElement;
    const dialog = ref.current;
    dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
      if (opener && opener.isConnected) opener.focus();
    };
  }, []);
  return html`<dialog ref=${ref} aria-labelledby=${titleId}
      onCancel=${(event) => { event.preventDefault(); onClose(); }}>
    <h2 id=${titleId}>${title}</h2>
    ${children}
  </dialog>`;
}

/** Asks before a destructive action. */
export function Confirm({ text, confirmLabel, onConfirm, onClose, busy }) {
  return html`<${Dialog} title=${confirmLabel} onClose=${onClose}>
    <p>${text}</p>
    <div class="actions">
      <button type="button" class="danger" disabled=${busy} onClick=${onConfirm}>${confirmLabel}</button>
      <button type="button" onClick=${onClose}>${t("common.cancel")}</button>
    </div>
  <//>`;
}
