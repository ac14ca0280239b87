// What the viewer may do in an account, from `Account.viewerCapabilities` (and `viewerExports`):
// screens hide or disable what these say no to; the server still decides.
const RANK = { NONE: 0, VIEW: 1, MANAGE: 2 };

export function level(account, capability) {
  const grant = (account?.viewerCapabilities || []).find((item) => item.capability === capability);
  return grant ? grant.level : "NONE";
}

export function can(account, capability, required = "VIEW") {
  return RANK[level(account, capability)] >= RANK[required];
}

export function mayExport(account, kind) {
  return (account?.viewerExports || []).includes(kind);
}
