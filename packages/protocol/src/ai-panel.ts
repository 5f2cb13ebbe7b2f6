import { z } from "zod";

/**
 * Practice against a panel of AI interviewers (issue 15): a session with `format: "panel"` plans each
 * main question with the persona who asks it; follow-ups come from the same persona.
 */
export const PERSONA_IDS = ["tech_lead", "hr", "executive"] as const;
export const personaIdSchema = z.enum(PERSONA_IDS);
export type PersonaId = z.infer<typeof personaIdSchema>;

const color = z.string().regex(/^#[0-9a-f]{6}$/i);

/** How a persona's avatar is drawn: the shared lip-synced face with its own colours and details. */
export const avatarLookSchema = z.object({
  skin: color,
  hair: color,
  jacket: color,
  shirt: color,
  hairStyle: z.enum(["crop", "long", "side_part"]),
  accessory: z.enum(["none", "glasses", "earrings"]),
});
export type AvatarLook = z.infer<typeof avatarLookSchema>;

/** A persona's voice: an espeak-ng variant with its pitch (0-99) and rate (words per minute). */
export const personaVoiceSchema = z.object({
  variant: z.string().regex(/^[a-z0-9]+$/),
  pitch: z.number().int().min(0).max(99),
  rate: z.number().int().min(80).max(260),
});
export type PersonaVoice = z.infer<typeof personaVoiceSchema>;

/** One AI interviewer of the panel as the room and the report show it (in the session's language). */
export const panelMemberSchema = z.object({
  id: personaIdSchema,
  name: z.string(),
  title: z.string(),
  /** What this interviewer asks about, in a few words. */
  focus: z.string(),
  tone: z.enum(["friendly", "neutral", "pressure"]),
  look: avatarLookSchema,
  voice: personaVoiceSchema,
});
export type PanelMember = z.infer<typeof panelMemberSchema>;

/** What one interviewer of the panel would say about the candidate, from the scores of their questions. */
export const personaVerdictSchema = z.object({
  persona: personaIdSchema,
  name: z.string(),
  title: z.string(),
  /** Answers given to this interviewer's questions (follow-ups included). */
  answered: z.number().int().min(0),
  /** Average total out of 25 over those answers; null when none was answered. */
  average: z.number().nullable(),
  recommendation: z.enum(["strong_yes", "yes", "lean_no", "no", "none"]),
  summary: z.string(),
});
export type PersonaVerdict = z.infer<typeof personaVerdictSchema>;

export const panelPracticeReportSchema = z.object({
  members: z.array(panelMemberSchema),
  verdicts: z.array(personaVerdictSchema),
});
export type PanelPracticeReport = z.infer<typeof panelPracticeReportSchema>;
