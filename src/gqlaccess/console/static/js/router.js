// Hash routes (#/a/<accountId>/<screen>): the account is in each tab's own URL, so two tabs can
// stay on two accounts, and a deep link survives a reload without a server-side route table.
import { useEffect, useState } from "preact/hooks";

export function parse(hash) {
  const parts = (hash || "").replace(/^#\/?/, "").split("/").filter(Boolean).map(decodeURIComponent);
  if (parts[0] === "a" && parts[1]) return { name: parts[2] || "users", accountId: parts[1], rest: parts.slice(3) };
  return { name: parts[0] || "", rest: parts.slice(1) };
}

export function href(name, accountId) {
  return accountId ? `#/a/${encodeURIComponent(accountId)}/${name}` : `#/${name}`;
}

export function navigate(name, accountId) {
  location.hash = href(name, accountId);
}

export function useRoute() {
  const [route, setRoute] = useState(() => parse(location.hash));
  useEffect(() => {
    const listener = () => setRoute(parse(location.hash));
    window.addEventListener("hashchange", listener);
    return () => window.removeEventListener("hashchange", listener);
  }, []);
  return route;
}
