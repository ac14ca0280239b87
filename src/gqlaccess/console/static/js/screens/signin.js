// Sign in (password, then the TOTP step when the login has 2FA) and the forgotten password form.
import { useEffect, useRef, useState } from "preact/hooks";
import { html } from "../ui/html.js";
import { Alert, Field, byField, unplaced } from "../ui/forms.js";
import { mutate, session, ApiError } from "../gql.js";
import { t } from "../i18n.js";
import { href } from "../router.js";

const LOGIN = `mutation ConsoleLogin($input: LoginInput!) {
  login(input: $input) { token expiresAt requiresTotpEnrollment user { id email name } errors { field code message } }
}`;
const REQUEST_RESET = `mutation ConsoleRequestReset($input: RequestPasswordResetInput!) {
  requestPasswordReset(input: $input) { ok errors { field code message } }
}`;

function useFocusFirst(deps) {
  const ref = useRef(null);
  useEffect(() => { ref.current?.querySelector("input")?.focus(); }, deps);
  return ref;
}

export function SignIn() {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [code, setCode] = useState("");
  const [step, setStep] = useState("password");
  const [errors, setErrors] = useState([]);
  const [failure, setFailure] = useState(null);
  const [busy, setBusy] = useState(false);
  const form = useFocusFirst([step]);

  async function submit(event) {
    event.preventDefault();
    setBusy(true); setFailure(null);
    try {
      const input = { email, password, totpCode: step === "totp" ? code : null };
      const { login } = await mutate(LOGIN, { input });
      if (login.token) {
        session.save(login.token, login.expiresAt, login.user);
        if (login.requiresTotpEnrollment) sessionStorage.setItem("gqlaccess.console.enrol", "1");
        return;
      }
      if (step === "password" && login.errors.some((error) => error.code === "TOTP_REQUIRED")) {
        setErrors([]); setStep("totp");
      } else {
        // A wrong code answers like a wrong password: show it on the field being filled.
        const field = step === "totp" ? "totpCode" : "password";
        setErrors(login.errors.map((error) => (error.code === "INVALID_CREDENTIALS" ? { ...error, field } : error)));
      }
    } catch (error) {
      setFailure(error instanceof ApiError ? error : new ApiError("INTERNAL_SERVER_ERROR", ""));
    } finally {
      setBusy(false);
    }
  }

  const fields = byField(errors);
  const placed = step === "totp" ? ["totpCode"] : ["email", "password"];
  return html`<div class="card">
    <h1>${t("signin.title")}</h1>
    <${Alert} error=${failure} />
    <${Alert} errors=${unplaced(errors, placed)} />
    <form ref=${form} onSubmit=${submit} novalidate>
      ${step === "password" ? html`
        <${Field} label=${t("signin.email")} name="email" type="email" autocomplete="username" required
          value=${email} onInput=${setEmail} errors=${fields} />
        <${Field} label=${t("signin.password")} name="password" type="password" autocomplete="current-password" required
          value=${password} onInput=${setPassword} errors=${fields} />
        <button type="submit" class="primary" disabled=${busy}>${t("signin.submit")}</button>
        <p><a href=${href("forgot")}>${t("signin.forgot")}</a></p>
      ` : html`
        <p>${t("signin.totpIntro")}</p>
        <${Field} label=${t("signin.totp")} name="totpCode" inputmode="numeric" autocomplete="one-time-code"
          value=${code} onInput=${setCode} errors=${fields} />
        <div class="actions">
          <button type="submit" class="primary" disabled=${busy}>${t("signin.totpSubmit")}</button>
          <button type="button" onClick=${() => { setStep("password"); setCode(""); setErrors([]); }}>${t("signin.back")}</button>
        </div>
      `}
    </form>
  </div>`;
}

export function ForgotPassword() {
  const [email, setEmail] = useState("");
  const [errors, setErrors] = useState([]);
  const [failure, setFailure] = useState(null);
  const [sent, setSent] = useState(null);
  const form = useFocusFirst([]);

  async function submit(event) {
    event.preventDefault();
    setFailure(null);
    try {
      const { requestPasswordReset } = await mutate(REQUEST_RESET, { input: { email } });
      setErrors(requestPasswordReset.errors);
      if (requestPasswordReset.ok) setSent(email);
    } catch (error) {
      setFailure(error instanceof ApiError ? error : new ApiError("INTERNAL_SERVER_ERROR", ""));
    }
  }
  const fields = byField(errors);
  return html`<div class="card">
    <h1>${t("forgot.title")}</h1>
    <${Alert} error=${failure} />
    ${sent ? html`<div class="notice" role="status">${t("forgot.sent", { email: sent })}</div>` : html`
      <p>${t("forgot.intro")}</p>
      <form ref=${form} onSubmit=${submit} novalidate>
        <${Field} label=${t("signin.email")} name="email" type="email" autocomplete="username"
          value=${email} onInput=${setEmail} errors=${fields} />
        <${Alert} errors=${unplaced(errors, ["email"])} />
        <button type="submit" class="primary">${t("forgot.submit")}</button>
      </form>`}
    <p><a href=${href("")}>${t("forgot.back")}</a></p>
  </div>`;
}
