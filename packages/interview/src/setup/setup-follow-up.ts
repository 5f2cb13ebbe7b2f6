import type { InterviewDifficulty, InterviewerStyle } from "@studio/protocol";
import { decideFollowUp, type FollowUp, type FollowUpInput } from "../follow-up/decide-follow-up";
import { difficultyProfile, followUpAllowed } from "./difficulty";
import { PROBE_PHRASINGS, probeKind, styleFollowUp } from "./style-wording";

export interface InterviewSetupChoice {
  difficulty: InterviewDifficulty;
  style: InterviewerStyle;
}

export interface SetupFollowUpInput extends FollowUpInput {
  /** Follow-ups this interview asked already, and its number of main questions. */
  followUpsAsked: number;
  mainQuestions: number;
}

/** FNV-1a, as the follow-up engine does: the same answer always gets the same wording. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A probing question for a solid answer: limits, alternatives, verification; never asked twice. */
function probe(input: FollowUpInput, seed: number): FollowUp | null {
  const kind = probeKind(input.category);
  if (!kind) return null;
  const phrasings = PROBE_PHRASINGS[kind][input.language];
  const earlier = input.earlierFollowUps ?? [];
  for (let i = 0; i < phrasings.length; i++) {
    const text = phrasings[(seed + i) % phrasings.length]!;
    if (!earlier.some((previous) => previous.includes(text))) return { text, reason: "depth_probe" };
  }
  return null;
}

/**
 * The follow-up an interviewer of this setup asks: the difficulty sets how many follow-ups the
 * interview allows and whether a solid answer is probed further (고급, or a 압박 interviewer, insists);
 * the style words it (friendly reassures, pressure demands evidence).
 */
export function setupFollowUp(input: SetupFollowUpInput, setup: InterviewSetupChoice): FollowUp | null {
  const profile = difficultyProfile(setup.difficulty);
  if (!followUpAllowed(profile, input.followUpsAsked, input.mainQuestions)) return null;
  const seed = hash(input.question + input.answer);
  const insists = profile.probesSolidAnswers || setup.style === "pressure";
  const found = decideFollowUp(input) ?? (insists ? probe(input, seed) : null);
  if (!found) return null;
  return { ...found, text: styleFollowUp(found.text, setup.style, input.language, seed) };
}
