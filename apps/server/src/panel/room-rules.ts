import type { PanelParticipant, PanelServerMessage } from "@studio/protocol";
import type { WebSocket } from "ws";
import { ApiError } from "../http/api-error";
import type { PanelAudio } from "./panel-audio";
import type { PanelRow, ParticipantRow } from "./panel-store";

export interface Connection {
  socket: WebSocket;
  me: ParticipantRow;
  audio: PanelAudio | null;
}

export const participantOf = (p: ParticipantRow, connected: boolean): PanelParticipant => ({
  id: p.id,
  name: p.name,
  role: p.role,
  connected,
});

/**
 * Who said an utterance: the connection's own participant by default. An interviewer may name someone
 * else (shared-room mode: one microphone; or typing for someone); nobody else may speak for another.
 */
export function resolveSpeaker(
  me: ParticipantRow,
  speaker: string | undefined,
  people: ParticipantRow[],
  panel: PanelRow,
  tapped: string | null,
): ParticipantRow {
  if (me.role === "observer") throw new ApiError(403, "FORBIDDEN", "Observers listen; they do not speak");
  const named = speaker ?? (panel.mode === "shared_room" && me.role === "interviewer" ? tapped : null);
  if (!named) return me;
  const who = people.find((p) => p.id === named || p.name === named);
  if (!who || who.role === "observer")
    throw new ApiError(400, "UNKNOWN_SPEAKER", `No participant "${named}"`);
  if (who.id !== me.id && me.role !== "interviewer")
    throw new ApiError(403, "FORBIDDEN", "Only interviewers may attribute an utterance to someone else");
  return who;
}

/**
 * What each participant sees: interviewers and observers everything; a candidate the interviewers'
 * questions, their own words when the organiser allows it, and who joins or leaves - never notes,
 * evaluations or another candidate's answers.
 */
export function canSee(
  me: ParticipantRow,
  message: PanelServerMessage,
  panel?: Pick<PanelRow, "candidateSeesTranscript">,
): boolean {
  if (me.role !== "candidate") return true;
  switch (message.type) {
    case "utterance":
      return (
        message.role === "interviewer" || (message.speakerId === me.id && !!panel?.candidateSeesTranscript)
      );
    case "participant_joined":
    case "participant_left":
    case "error":
    case "pong":
      return true;
    default:
      return false;
  }
}
