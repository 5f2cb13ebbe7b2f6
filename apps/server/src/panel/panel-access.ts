import type { PanelRole } from "@studio/protocol";
import { ApiError, notFound, unauthorized } from "../http/api-error";
import type { InviteTokens } from "./invite-tokens";
import type { PanelRow, PanelStore, ParticipantRow } from "./panel-store";

export interface PanelViewer {
  panel: PanelRow;
  me: ParticipantRow;
  people: ParticipantRow[];
}

/**
 * Who is asking about a panel: its creator signed in, or anyone holding one of its invitation links.
 * Unknown panels and panels that are not the caller's are the same 404; a bad or expired link is a 401.
 */
export async function resolveViewer(
  store: PanelStore,
  tokens: InviteTokens,
  panelId: string,
  who: { userId?: string | null; invite?: string | null },
): Promise<PanelViewer> {
  if (who.invite) {
    const check = tokens.check(who.invite);
    if (!check.ok)
      throw check.reason === "expired"
        ? new ApiError(401, "INVITE_EXPIRED", "This invitation link has expired")
        : new ApiError(401, "INVITE_INVALID", "This invitation link is not valid");
    if (check.claim.panelId !== panelId) throw notFound("Panel");
    const panel = await store.find(panelId);
    if (!panel) throw notFound("Panel");
    const people = await store.participants(panelId);
    const me = people.find((p) => p.id === check.claim.participantId && p.role === check.claim.role);
    if (!me) throw notFound("Panel");
    return { panel, me, people };
  }
  if (!who.userId) throw unauthorized();
  const panel = await store.find(panelId);
  if (!panel || panel.ownerId !== who.userId) throw notFound("Panel");
  const people = await store.participants(panelId);
  const me = people.find((p) => p.userId === who.userId) ?? people[0];
  if (!me) throw notFound("Panel");
  return { panel, me, people };
}

const STAFF: readonly PanelRole[] = ["interviewer", "observer"];

/** Notes, evaluations and the report are for the panel's interviewers (and observers) only. */
export function requireStaff(viewer: PanelViewer): void {
  if (!STAFF.includes(viewer.me.role))
    throw new ApiError(403, "FORBIDDEN", "Only the panel's interviewers can see this");
}

export function requireInterviewer(viewer: PanelViewer): void {
  if (viewer.me.role !== "interviewer")
    throw new ApiError(403, "FORBIDDEN", "Only the panel's interviewers can do this");
}
