import type { PanelRole } from "@studio/protocol";

/** The i18n key of a panel role's name. */
export const ROLE_LABEL = {
  interviewer: "panel.roleInterviewer",
  candidate: "panel.roleCandidate",
  observer: "panel.roleObserver",
} as const satisfies Record<PanelRole, string>;
