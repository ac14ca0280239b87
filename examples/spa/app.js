// The example SPA: sign in (with the TOTP step), switch accounts, users page by page, create a
// user and show the mutation's payload errors. Plain ES modules, no build step, no CDN.
import { createClient, GraphQLRequestError } from "./graphql.js";

const PAGE_SIZE = 5;
const LOGIN = `mutation Login($email: String!, $password: String!, $totpCode: String) {
  login(input: {email: $email, password: $password, totpCode: $totpCode}) {
    token requiresTotpEnrollment errors { field code message }
  }
}`;
const ME = `query Me {
  me { id email memberships { id status role { name } account { id name } } }
}`;
const USERS = `query Users($accountId: ID!, $first: Int!, $after: String) {
  users(accountId: $accountId, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id status role { name } user { email name } } }
  }
}`;
const ROLES = `query Roles($accountId: ID!) { roles(accountId: $accountId) { id name assignable } }`;
const CREATE_USER = `mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    membership { id user { email } }
    errors { field code message }
  }
}`;
const LOGOUT = `mutation Logout { logout { ok } }`;

const params = new URLSearchParams(location.search);
const api = createClient(params.get("api") || "http://127.0.0.1:8000/graphql");
const $ = (selector) => document.querySelector(selector);
const state = { accounts: [], accountId: null, cursors: [null], page: 0 };

function showErrors(errors) {
  const box = $("#errors");
  box.replaceChildren();
  if (!errors.length) { box.hidden = true; return; }
  const list = document.createElement("ul");
  for (const error of errors) {
    const item = document.createElement("li");
    const code = error.code || error.extensions?.code || "ERROR";
    item.dataset.code = code;
    if (error.field) item.dataset.field = error.field;
    item.textContent = `${error.field ? error.field + ": " : ""}${error.message} (${code})`;
    list.append(item);
  }
  box.append(list);
  box.hidden = false;
}

async function guarded(action) {
  try {
    showErrors([]);
    await action();
  } catch (error) {
    if (error instanceof GraphQLRequestError) showErrors(error.errors);
    else showErrors([{ message: error.message, code: "NETWORK_ERROR" }]);
  }
}

async function signIn(form) {
  const values = Object.fromEntries(new FormData(form));
  const variables = { email: values.email, password: values.password, totpCode: values.totpCode || null };
  const { login } = await api.request(LOGIN, variables);
  if (login.errors.some((e) => e.code === "TOTP_REQUIRED")) {
    $("#totp-step").hidden = false; // the second step: ask for the authenticator code
    form.totpCode.focus();
    if (!values.totpCode) return;
  }
  if (login.errors.length) { showErrors(login.errors); return; }
  api.setToken(login.token);
  await loadWorkspace();
}

async function loadWorkspace() {
  const { me } = await api.request(ME);
  state.accounts = me.memberships.filter((m) => m.status === "ACTIVE");
  $("#me-email").textContent = me.email;
  const select = $("#account");
  select.replaceChildren(...state.accounts.map((m) => new Option(m.account.name, m.account.id)));
  $("#sign-in").hidden = true;
  $("#workspace").hidden = false;
  if (state.accounts.length) await switchAccount(state.accounts[0].account.id);
}

async function switchAccount(accountId) {
  state.accountId = accountId;
  state.cursors = [null];
  state.page = 0;
  const membership = state.accounts.find((m) => m.account.id === accountId);
  $("#my-role").textContent = membership.role.name;
  $("#created").textContent = "";
  await Promise.all([loadUsers(), loadRoles()]);
}

async function loadUsers() {
  const table = $("#users tbody");
  try {
    const { users } = await api.request(USERS, {
      accountId: state.accountId, first: PAGE_SIZE, after: state.cursors[state.page],
    });
    table.replaceChildren(...users.edges.map(({ node }) => {
      const row = document.createElement("tr");
      for (const text of [node.user.email, node.user.name, node.role.name, node.status]) {
        const cell = document.createElement("td");
        cell.textContent = text;
        row.append(cell);
      }
      return row;
    }));
    state.cursors[state.page + 1] = users.pageInfo.endCursor;
    $("#users-summary").textContent = `Page ${state.page + 1} · ${users.totalCount} users`;
    $("#next-page").disabled = !users.pageInfo.hasNextPage;
    $("#previous-page").disabled = state.page === 0;
  } catch (error) {
    table.replaceChildren();
    $("#users-summary").textContent = "You may not list the users of this account.";
    $("#next-page").disabled = $("#previous-page").disabled = true;
    throw error;
  }
}

async function loadRoles() {
  const { roles } = await api.request(ROLES, { accountId: state.accountId }).catch(() => ({ roles: [] }));
  $("#create-user-form").roleId.replaceChildren(
    ...roles.filter((r) => r.assignable).map((r) => new Option(r.name, r.id)),
  );
}

async function createUser(form) {
  const values = Object.fromEntries(new FormData(form));
  const input = { accountId: state.accountId, email: values.email, name: values.name, roleId: values.roleId };
  const { createUser: payload } = await api.request(CREATE_USER, { input });
  if (payload.errors.length) { showErrors(payload.errors); return; }
  $("#created").textContent = `Invited ${payload.membership.user.email}`;
  form.reset();
  await loadUsers();
}

$("#api-url").textContent = api.url;
$("#login-form").addEventListener("submit", (event) => { event.preventDefault(); guarded(() => signIn(event.target)); });
$("#account").addEventListener("change", (event) => guarded(() => switchAccount(event.target.value)));
$("#next-page").addEventListener("click", () => guarded(() => { state.page += 1; return loadUsers(); }));
$("#previous-page").addEventListener("click", () => guarded(() => { state.page -= 1; return loadUsers(); }));
$("#create-user-form").addEventListener("submit", (event) => { event.preventDefault(); guarded(() => createUser(event.target)); });
$("#logout").addEventListener("click", () => guarded(async () => {
  await api.request(LOGOUT);
  api.setToken(null);
  $("#workspace").hidden = true;
  $("#sign-in").hidden = false;
}));
document.body.dataset.ready = "true";
