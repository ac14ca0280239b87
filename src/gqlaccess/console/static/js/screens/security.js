// Security policy: link lifetimes, required 2FA, session lifetime, allowed e-mail domains.
// Everyone with users:VIEW reads it; only an Admin is offered the form's Save.
import { useCallback, useEffect, useState } from "preact/hooks";
import { html } from "../ui/html.js";
import { Alert, Field, Notice, byField, unplaced } from "../ui/forms.js";
import { mutate, query, ApiError } from "../gql.js";
import { t } from "../i18n.js";

const POLICY = `query ConsolePolicy($accountId: ID!) { accountSecurityPolicy(accountId: $accountId) {
  userInvitationLifetimeHours clientSetupLifetimeDays requireTwoFactor sessionLifetimeHours allowedEmailDomains } }`;
const UPDATE = `mutation ConsoleUpdatePolicy($input: UpdateAccountSecurityPolicyInput!) {
  updateAccountSecurityPolicy(input: $input) { errors { field code message } } }`;
const NUMBERS = ["userInvitationLifetimeHours", "clientSetupLifetimeDays", "sessionLifetimeHours"];

export function SecurityScreen({ account }) {
  const accountId = account.id;
  const admin = account.viewerIsAdmin;
  const [values, setValues] = useState(null);
  const [error, setError] = useState(null);
  const [errors, setErrors] = useState([]);
  const [notice, setNotice] = useState("");
  const load = useCallback(() => query(POLICY, { accountId }, { account: accountId }).then((data) => {
    const policy = data.accountSecurityPolicy;
    setValues({ ...Object.fromEntries(NUMBERS.map((name) => [name, String(policy[name])])),
      requireTwoFactor: policy.requireTwoFactor, allowedEmailDomains: policy.allowedEmailDomains.join(", ") });
  }, (failure) => setError(failure instanceof ApiError ? failure : new ApiError("INTERNAL_SERVER_ERROR", ""))), [accountId]);
  useEffect(() => { load(); }, [load]);

  async function save(event) {
    event.preventDefault();
    setErrors([]); setError(null); setNotice("");
    const input = { accountId, requireTwoFactor: values.requireTwoFactor,
      allowedEmailDomains: values.allowedEmailDomains.split(/[\s,;]+/).filter(Boolean) };
    for (const name of NUMBERS) {
      const number = Number(values[name]);
      if (!Number.isInteger(number)) { setErrors([{ field: name, code: "INVALID", message: "" }]); return; }
      input[name] = number;
    }
    try {
      const { updateAccountSecurityPolicy: payload } = await mutate(UPDATE, { input }, { account: accountId });
      if (payload.errors.length) setErrors(payload.errors);
      else { setNotice(t("security.saved")); load(); }
    } catch (failure) {
      setError(failure instanceof ApiError ? failure : new ApiError("INTERNAL_SERVER_ERROR", ""));
    }
  }
  if (!values) return html`<${Alert} error=${error} onRetry=${load} />${!error && html`<p>${t("app.loading")}</p>`}`;
  const fields = byField(errors);
  const set = (name) => (value) => setValues({ ...values, [name]: value });
  return html`<section aria-labelledby="security-title">
    <h1 id="security-title">${t("security.title")}</h1>
    <${Notice} text=${notice} />
    <${Alert} error=${error} />
    <${Alert} errors=${unplaced(errors, [...NUMBERS, "requireTwoFactor", "allowedEmailDomains"])} />
    <form onSubmit=${save} novalidate>
      <fieldset disabled=${!admin}>
        ${NUMBERS.map((name) => html`<${Field} label=${t(`security.${name}`)} name=${name} inputmode="numeric"
          value=${values[name]} onInput=${set(name)} errors=${fields} />`)}
        <label class="inline"><input type="checkbox" checked=${values.requireTwoFactor}
          onChange=${(event) => set("requireTwoFactor")(event.currentTarget.checked)} /> ${t("security.requireTwoFactor")}</label>
        <${Field} label=${t("security.allowedEmailDomains")} name="allowedEmailDomains" value=${values.allowedEmailDomains}
          onInput=${set("allowedEmailDomains")} errors=${fields} hint=${t("security.domainsHint")} />
      </fieldset>
      ${admin ? html`<button type="submit" class="primary">${t("security.save")}</button>`
              : html`<p class="muted">${t("security.adminOnly")}</p>`}
    </form>
  </section>`;
}
