// My account: who I am, and two-factor authentication (enrol with the secret / otpauth URI, confirm
// with a code; turn it off with a code).
import { useState } from "preact/hooks";
import { html } from "../ui/html.js";
import { Alert, Field, Notice, byField, unplaced } from "../ui/forms.js";
import { CopyField } from "../ui/copy.js";
import { mutate, ApiError } from "../gql.js";
import { t } from "../i18n.js";

const ENROL = `mutation ConsoleEnrol { enrollTotp { secret provisioningUri errors { field code message } } }`;
const CONFIRM = `mutation ConsoleConfirmTotp($input: ConfirmTotpInput!) { confirmTotp(input: $input) { enabled errors { field code message } } }`;
const DISABLE = `mutation ConsoleDisableTotp($input: DisableTotpInput!) { disableTotp(input: $input) { errors { field code message } } }`;

export function MeScreen({ me, reloadShell }) {
  const [enrolment, setEnrolment] = useState(null);
  const [code, setCode] = useState("");
  const [errors, setErrors] = useState([]);
  const [failure, setFailure] = useState(null);
  const [notice, setNotice] = useState(sessionStorage.getItem("gqlaccess.console.enrol") ? t("signin.enrolNeeded") : "");

  async function run(document, variables) {
    setErrors([]); setFailure(null);
    try {
      const payload = Object.values(await mutate(document, variables))[0];
      if (payload.errors.length) { setErrors(payload.errors); return null; }
      return payload;
    } catch (error) {
      setFailure(error instanceof ApiError ? error : new ApiError("INTERNAL_SERVER_ERROR", ""));
      return null;
    }
  }
  const fields = byField(errors);
  return html`<section aria-labelledby="me-title">
    <h1 id="me-title">${t("me.title")}</h1>
    <${Notice} text=${notice} />
    <dl>
      <dt>${t("add.name")}</dt><dd>${me.name}</dd>
      <dt>${t("me.email")}</dt><dd>${me.email}</dd>
      <dt>${t("me.twoFactor")}</dt><dd>${me.twoFactorEnabled ? t("me.on") : t("me.off")}</dd>
    </dl>
    <${Alert} error=${failure} />
    <${Alert} errors=${unplaced(errors, ["code"])} />
    ${!me.twoFactorEnabled && !enrolment && html`<button type="button" class="primary"
      onClick=${async () => { const payload = await run(ENROL, {}); if (payload) setEnrolment(payload); }}>${t("me.enrol")}</button>`}
    ${!me.twoFactorEnabled && enrolment && html`<form onSubmit=${async (event) => {
        event.preventDefault();
        if (await run(CONFIRM, { input: { code } })) {
          sessionStorage.removeItem("gqlaccess.console.enrol");
          setEnrolment(null); setCode(""); setNotice(t("me.enabled")); reloadShell();
        }
      }} novalidate>
      <p>${t("me.enrolIntro")}</p>
      <${CopyField} label=${t("me.secret")} value=${enrolment.secret} />
      <${CopyField} label=${t("me.uri")} value=${enrolment.provisioningUri} />
      <${Field} label=${t("signin.totp")} name="code" inputmode="numeric" autocomplete="one-time-code" value=${code} onInput=${setCode} errors=${fields} />
      <button type="submit" class="primary">${t("me.confirm")}</button>
    </form>`}
    ${me.twoFactorEnabled && html`<form onSubmit=${async (event) => {
        event.preventDefault();
        if (await run(DISABLE, { input: { code } })) { setCode(""); setNotice(t("me.disabled")); reloadShell(); }
      }} novalidate>
      <${Field} label=${t("signin.totp")} name="code" inputmode="numeric" autocomplete="one-time-code" value=${code} onInput=${setCode} errors=${fields} />
      <button type="submit" class="danger">${t("me.disable")}</button>
    </form>`}
  </section>`;
}
