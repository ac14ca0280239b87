// Clients (seeds 000, 002): placeholder until the clients screen lands.
import { html } from "../ui/html.js";
import { t } from "../i18n.js";

export function ClientsScreen() {
  return html`<section><h1>${t("clients.title")}</h1></section>`;
}
