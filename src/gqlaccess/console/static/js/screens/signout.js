// Sign out: end the session on the server (logout), then forget it here whatever the answer.
import { mutate, session } from "../gql.js";

const LOGOUT = `mutation ConsoleLogout { logout { ok } }`;

export async function signOut() {
  try {
    await mutate(LOGOUT, {});
  } catch {
    // The session may already be gone server-side; forgetting it here is what matters.
  } finally {
    session.clear();
    location.hash = "#/";
  }
}
