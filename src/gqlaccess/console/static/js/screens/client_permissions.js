// The per-site permissions a client can be given (seed 002), with their labels.
import { t } from "../i18n.js";

export const PERMISSIONS = ["VIEW_SITE", "EDIT_CONTENT", "EDIT_DESIGN", "PUBLISH", "VIEW_STATS",
  "MANAGE_FORMS", "VIEW_REPORTS", "USE_DEBUG_TOOLS"];

export function permissionLabel(permission) {
  return t(`permission.${permission}`);
}
