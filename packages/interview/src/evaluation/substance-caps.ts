import type { CriteriaScores, EvaluationFlag } from "@studio/protocol";

const FLOOR: CriteriaScores = { specificity: 1, logic: 1, technical: 1, star: 1, communication: 1 };

/**
 * The most each criterion can score once the substance checks have spoken: an answer about something
 * else, or one given before, is not "specific" however polished it is.
 */
function capsFor(flags: readonly EvaluationFlag[]): Partial<CriteriaScores> {
  if (flags.includes("no_content") || flags.includes("echoes_question")) return FLOOR;
  if (flags.includes("off_topic"))
    return { specificity: 2, logic: 2, technical: 2, star: 2, communication: 2 };
  if (flags.includes("repeated_answer"))
    return { specificity: 2, logic: 2, technical: 2, star: 2, communication: 3 };
  if (flags.includes("language_mismatch")) return { communication: 2 };
  return {};
}

export function capScores(scores: CriteriaScores, flags: readonly EvaluationFlag[]): CriteriaScores {
  const caps = capsFor(flags);
  const capped = { ...scores };
  for (const key of Object.keys(caps) as (keyof CriteriaScores)[]) {
    capped[key] = Math.min(capped[key], caps[key]!);
  }
  return capped;
}
