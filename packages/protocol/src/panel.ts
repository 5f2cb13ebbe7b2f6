import { z } from "zod";
import { languageSchema } from "./common";

/** Live panel interviews (issue 15): up to three interviewers and three candidates in one room. */
export const PANEL_ROLES = ["interviewer", "candidate", "observer"] as const;
export const panelRoleSchema = z.enum(PANEL_ROLES);
export type PanelRole = z.infer<typeof panelRoleSchema>;

export const DEFAULT_PANEL_ITEMS = ["기술", "경험", "인성", "동기"] as const;
export const MAX_PANEL_INTERVIEWERS = 3;
export const MAX_PANEL_CANDIDATES = 3;

const personName = z.string().trim().min(1).max(60);
const named = z.object({ name: personName });

/** "devices": everyone joins from their own device (attribution by connection, exact). "shared_room": one microphone. */
export const panelModeSchema = z.enum(["devices", "shared_room"]);
export type PanelMode = z.infer<typeof panelModeSchema>;

const uniqueNames = (list: { name: string }[]) => new Set(list.map((p) => p.name)).size === list.length;

export const createPanelBodySchema = z
  .object({
    title: z.string().trim().min(1).max(120),
    language: languageSchema,
    /** The job as the organiser words it ("백엔드 개발자"); the question bank reads its role from it. */
    role: z.string().trim().min(1).max(80).optional(),
    items: z.array(z.string().trim().min(1).max(30)).min(1).max(8).optional(),
    interviewers: z.array(named).max(MAX_PANEL_INTERVIEWERS).default([]),
    candidates: z.array(named).min(1).max(MAX_PANEL_CANDIDATES),
    mode: panelModeSchema.default("devices"),
    /** Whether a candidate's screen shows their own transcript. */
    candidateSeesTranscript: z.boolean().default(false),
    /** The panel's own questions, shown in the interviewers' question bank. */
    questions: z.array(z.string().trim().min(1).max(300)).max(30).default([]),
  })
  .refine((b) => uniqueNames(b.candidates), { message: "Candidate names must differ", path: ["candidates"] })
  // Utterances, notes and corrections may name a participant: two people with one name would be ambiguous.
  .refine((b) => uniqueNames([...b.interviewers, ...b.candidates]), {
    message: "Every participant needs a different name",
    path: ["interviewers"],
  })
  .refine((b) => !b.items || new Set(b.items).size === b.items.length, {
    message: "Evaluation items must differ",
    path: ["items"],
  });
export type CreatePanelBody = z.input<typeof createPanelBodySchema>;

export const panelInviteSchema = z.object({
  role: panelRoleSchema,
  name: z.string(),
  participantId: z.string(),
  token: z.string(),
  url: z.string(),
  expiresAt: z.string(),
});
export type PanelInvite = z.infer<typeof panelInviteSchema>;

export const createdPanelSchema = z.object({ id: z.string(), invites: z.array(panelInviteSchema) });
export type CreatedPanel = z.infer<typeof createdPanelSchema>;

export const panelStatusValueSchema = z.enum(["waiting", "live", "ended"]);
export type PanelStatusValue = z.infer<typeof panelStatusValueSchema>;

/** One of the panels a user created, as listed for them to come back to. */
export const panelSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  role: z.string().nullable(),
  language: languageSchema,
  status: panelStatusValueSchema,
  createdAt: z.string(),
});
export type PanelSummary = z.infer<typeof panelSummarySchema>;
export const panelListSchema = z.object({ panels: z.array(panelSummarySchema) });
export type PanelList = z.infer<typeof panelListSchema>;

export const panelParticipantSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: panelRoleSchema,
  connected: z.boolean(),
});
export type PanelParticipant = z.infer<typeof panelParticipantSchema>;

export const panelStatusSchema = z.object({
  status: panelStatusValueSchema,
  participants: z.array(panelParticipantSchema),
});
export type PanelStatus = z.infer<typeof panelStatusSchema>;

export const panelUtteranceSchema = z.object({
  id: z.string(),
  speaker: z.string(),
  speakerId: z.string(),
  role: panelRoleSchema,
  text: z.string(),
  at: z.string(),
  start: z.number().optional(),
  end: z.number().optional(),
  /** "connection" | "tap" | "diarization" | "declared" | "corrected": how the speaker was decided. */
  attribution: z.string().optional(),
});
export type PanelUtterance = z.infer<typeof panelUtteranceSchema>;

export const panelNoteSchema = z.object({
  id: z.string(),
  author: z.string(),
  candidate: z.string(),
  candidateId: z.string(),
  text: z.string(),
  at: z.string(),
});
export type PanelNote = z.infer<typeof panelNoteSchema>;

export const panelEvidenceSchema = z.object({ item: z.string(), quote: z.string() });
export const candidateEvaluationSchema = z.object({
  scores: z.record(z.string(), z.number().int().min(1).max(5)),
  evidence: z.array(panelEvidenceSchema),
  summary: z.string(),
  /** Questions still worth asking this candidate. */
  questions: z.array(z.string()),
  answers: z.number().int().min(0),
});
export type CandidateEvaluation = z.infer<typeof candidateEvaluationSchema>;

export const panelEvaluationSchema = z.object({
  at: z.string(),
  provider: z.string(),
  candidates: z.record(z.string(), candidateEvaluationSchema),
});
export type PanelEvaluation = z.infer<typeof panelEvaluationSchema>;

export const panelDetailSchema = z.object({
  id: z.string(),
  title: z.string(),
  language: languageSchema,
  role: z.string().nullable(),
  items: z.array(z.string()),
  mode: panelModeSchema,
  candidateSeesTranscript: z.boolean(),
  questions: z.array(z.string()),
  status: panelStatusValueSchema,
  startedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  participants: z.array(panelParticipantSchema),
  /** Who is asking: the viewer's participant and role. */
  me: z.object({ participantId: z.string(), name: z.string(), role: panelRoleSchema }),
});
export type PanelDetail = z.infer<typeof panelDetailSchema>;

export const panelReportSchema = z.object({
  panel: panelDetailSchema.omit({ me: true }),
  transcript: z.array(panelUtteranceSchema),
  notes: z.array(panelNoteSchema),
  /** The final evaluation once the panel ended; until then, one made for this reading. */
  evaluation: panelEvaluationSchema,
  /** Every periodic evaluation made while the room was live, oldest first (the final one is `evaluation`). */
  evaluations: z.array(panelEvaluationSchema),
  evaluationCount: z.number().int().min(0),
  final: z.boolean(),
});
export type PanelReport = z.infer<typeof panelReportSchema>;

export const panelQuestionsSchema = z.object({
  own: z.array(z.string()),
  bank: z.array(z.object({ text: z.string(), category: z.string() })),
});
export type PanelQuestions = z.infer<typeof panelQuestionsSchema>;

export const panelInviteQuerySchema = z.object({ invite: z.string().min(1).max(1000).optional() });

const MAX_AUDIO_CHUNK_BASE64 = 256 * 1024;
const speakerRef = z.string().trim().min(1).max(64);

/** Messages a participant sends on /ws/panel/{panelId}. */
export const panelClientMessageSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("utterance"),
    text: z.string().trim().min(1).max(5000),
    /** A participant's id or name; only interviewers may name someone else (shared-room mode). */
    speaker: speakerRef.optional(),
    start: z.number().min(0).max(86_400_000).optional(),
    end: z.number().min(0).max(86_400_000).optional(),
  }),
  z.object({ type: z.literal("audio_chunk"), data: z.base64().max(MAX_AUDIO_CHUNK_BASE64) }),
  z.object({ type: z.literal("audio_end") }),
  z.object({ type: z.literal("note"), candidate: speakerRef, text: z.string().trim().min(1).max(2000) }),
  /** With utteranceId: corrects that utterance's speaker. Without: who is speaking now (shared room). */
  z.object({
    type: z.literal("set_speaker"),
    utteranceId: z.string().max(64).optional(),
    speaker: speakerRef,
  }),
  z.object({ type: z.literal("end_session") }),
  z.object({ type: z.literal("ping") }),
]);
export type PanelClientMessage = z.infer<typeof panelClientMessageSchema>;

/** Messages the server sends on /ws/panel/{panelId}. */
export const panelServerMessageSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("panel_state"),
    panel: panelDetailSchema,
    transcript: z.array(panelUtteranceSchema),
    notes: z.array(panelNoteSchema),
    evaluation: panelEvaluationSchema.nullable(),
    stt: z.enum(["server", "browser"]),
    diarization: z.string().nullable(),
  }),
  z.object({ type: z.literal("utterance") }).extend(panelUtteranceSchema.shape),
  z.object({ type: z.literal("note_saved") }).extend(panelNoteSchema.shape),
  z.object({ type: z.literal("evaluation_summary") }).extend(panelEvaluationSchema.shape),
  z.object({
    type: z.literal("speaker_changed"),
    speaker: z.string(),
    speakerId: z.string(),
    utteranceId: z.string().optional(),
  }),
  z.object({ type: z.literal("participant_joined"), participant: panelParticipantSchema }),
  z.object({ type: z.literal("participant_left"), participant: panelParticipantSchema }),
  z.object({ type: z.literal("session_ended"), result: panelReportSchema.nullable() }),
  z.object({ type: z.literal("error"), code: z.string(), message: z.string() }),
  z.object({ type: z.literal("pong") }),
]);
export type PanelServerMessage = z.infer<typeof panelServerMessageSchema>;
