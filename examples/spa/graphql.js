// A minimal GraphQL-over-HTTP client: POST JSON with a bearer token, nothing else.
// Cross-origin calls work because the API answers CORS for this page's origin
// (GQLACCESS_CORS_ORIGINS; any loopback origin in development).

export class GraphQLRequestError extends Error {
  constructor(errors) {
    super(errors.map((e) => e.message).join("; "));
    this.errors = errors; // [{message, extensions: {code}}]
  }
}

export class NetworkError extends Error {}

export function createClient(url) {
  let token = null;
  return {
    url,
    setToken(value) { token = value; },
    get token() { return token; },
    async request(query, variables = {}) {
      const headers = { "Content-Type": "application/json", Accept: "application/graphql-response+json" };
      if (token) headers.Authorization = `Bearer ${token}`;
      let response;
      try {
        response = await fetch(url, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
      } catch (error) {
        // What the browser reports when it blocks a cross-origin answer (CORS) or cannot connect.
        throw new NetworkError(`Cannot reach the API (network or CORS refusal): ${error.message}`);
      }
      const body = await response.json();
      if (body.errors && body.errors.length) throw new GraphQLRequestError(body.errors);
      return body.data;
    },
  };
}
