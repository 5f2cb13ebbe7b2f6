import type {
  CreatedPanel,
  CreatePanelBody,
  PanelDetail,
  PanelList,
  PanelQuestions,
  PanelReport,
} from "@studio/protocol";
import { api } from "./http-client";

/** `?invite=` for a participant who came through a link; the creator's login needs none. */
export const inviteQuery = (invite?: string | null) =>
  invite ? `?invite=${encodeURIComponent(invite)}` : "";
const path = (id: string, rest = "") => `/api/panels/${encodeURIComponent(id)}${rest}`;

export const createPanel = (body: CreatePanelBody) => api.post<CreatedPanel>("/api/panels", body);
export const listPanels = () => api.get<PanelList>("/api/panels");
export const reissueInvites = (id: string) => api.post<CreatedPanel>(path(id, "/invites"));
export const getPanel = (id: string, invite?: string | null) =>
  api.get<PanelDetail>(path(id, inviteQuery(invite)));
export const getPanelQuestions = (id: string, invite?: string | null) =>
  api.get<PanelQuestions>(path(id, `/questions${inviteQuery(invite)}`));
export const getPanelReport = (id: string, invite?: string | null) =>
  api.get<PanelReport>(path(id, `/report${inviteQuery(invite)}`));
export const endPanel = (id: string, invite?: string | null) =>
  api.post<PanelReport>(path(id, `/end${inviteQuery(invite)}`));

export function panelSocketUrl(id: string, invite?: string | null): string {
  return `${location.origin.replace(/^http/, "ws")}/ws/panel/${encodeURIComponent(id)}${inviteQuery(invite)}`;
}
