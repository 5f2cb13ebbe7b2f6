import {
  assignPersonas,
  DEFAULT_PANELISTS,
  followUpId,
  type PlanEntry,
  panelMember,
  personaVerdicts,
  speakingOrder,
} from "@studio/interview";
import type {
  CreateSessionBody,
  Language,
  PanelMember,
  PanelPracticeReport,
  PersonaId,
  Report,
} from "@studio/protocol";
import { ApiError } from "../http/api-error";

/**
 * A panel practice interview (`format: "panel"`): each planned main question gets the AI interviewer
 * who asks it (and asks its follow-up). Every panelist must have a question to ask, so the plan needs
 * at least as many questions as the panel has members.
 */
export function withPanel<T extends PlanEntry>(plan: T[], body: CreateSessionBody): T[] {
  if (body.format !== "panel") {
    if (body.panelists)
      throw new ApiError(400, "VALIDATION_ERROR", 'panelists: only a "panel" format interview has panelists');
    return plan;
  }
  const panelists = body.panelists ?? DEFAULT_PANELISTS;
  if (plan.length < panelists.length) {
    throw new ApiError(
      400,
      "VALIDATION_ERROR",
      `questionCount: a panel of ${panelists.length} needs at least ${panelists.length} questions`,
    );
  }
  return assignPersonas(plan, panelists);
}

/** The AI interviewers of a stored plan, in the order they first speak; undefined for other formats. */
export function panelOf(
  plan: readonly { persona?: PersonaId }[],
  language: Language,
): PanelMember[] | undefined {
  const panelists = [...new Set(plan.flatMap((q) => (q.persona ? [q.persona] : [])))];
  if (panelists.length === 0) return undefined;
  return speakingOrder(plan, panelists).map((id) => panelMember(id, language));
}

/** The persona who asked a question of the plan, by the question's id (a follow-up's too). */
export function askerOf(
  plan: readonly { id: string; persona?: PersonaId }[],
  questionId: string,
): { persona: PersonaId } | Record<string, never> {
  const entry = plan.find((q) => questionId === q.id || questionId === followUpId(q.id));
  return entry?.persona ? { persona: entry.persona } : {};
}

/** The report's panel section: the interviewers, and what each would say from their questions' scores. */
export function panelReport(
  plan: readonly { persona?: PersonaId }[],
  language: Language,
  questions: Report["questions"],
): { panel: PanelPracticeReport } | Record<string, never> {
  const members = panelOf(plan, language);
  return members ? { panel: { members, verdicts: personaVerdicts(members, questions, language) } } : {};
}
