// My account: who I am and whether two-factor authentication is on.
import { html } from "../ui/html.js";
import { t } from "../i18n.js";

export function MeScreen({ me }) {
  return html`<section aria-labelledby="me-title">
    <h1 id="me-title">${t("me.title")}</h1>
    <dl>
      <dt>${t("add.name")}</dt><dd>${me.name}</dd>
      <dt>${t("me.email")}</dt><dd>${me.email}</dd>
      <dt>${t("me.twoFactor")}</dt><dd>${me.twoFactorEnabled ? t("me.on") : t("me.off")}</dd>
    </dl>
  </section>`;
}
