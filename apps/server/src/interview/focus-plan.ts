import {
  chooseFocusQuestions,
  choosePackQuestions,
  chooseQuestions,
  introQuestion,
  type PlanEntry,
} from "@studio/interview";
import type { CreateSessionBody } from "@studio/protocol";
import { ApiError } from "../http/api-error";

const entry = (q: PlanEntry): PlanEntry => ({ id: q.id, category: q.category, text: q.text });

/**
 * The bank questions of a new session: a full interview, or with `focusCategory` a practice set of
 * main questions from that one category (as many as asked, or as the role's pool holds when fewer).
 * A category the role's bank has no question for is a 400, never an empty interview.
 */
export function bankPlan(body: CreateSessionBody, seed: string): PlanEntry[] {
  const { role, language, difficulty } = body;
  // A one-minute self-introduction is one question, whatever the count asked for.
  if (body.format === "intro_1min") return [entry(introQuestion(language))];
  if (body.questionPack) {
    const pack = body.questionPack;
    return choosePackQuestions({ pack, role, language, count: body.questionCount, seed, difficulty }).map(
      entry,
    );
  }
  if (!body.focusCategory) {
    return chooseQuestions({ role, language, count: body.questionCount, seed, difficulty }).map(entry);
  }
  const set = chooseFocusQuestions({
    role: body.role,
    language: body.language,
    category: body.focusCategory,
    count: body.questionCount,
    seed,
    difficulty,
  });
  if (set.length === 0) {
    throw new ApiError(
      400,
      "CATEGORY_UNAVAILABLE",
      `The ${body.role} question bank has no ${body.focusCategory} question in ${body.language}`,
    );
  }
  return set.map(entry);
}

/**
 * Keeps a focused plan on its category after resume and posting questions were mixed in: tailored
 * questions of the category stay (they are the most personal practice), others give their place back
 * to the bank's questions of the category.
 */
export function keepFocus(plan: PlanEntry[], bank: PlanEntry[], body: CreateSessionBody): PlanEntry[] {
  const category = body.focusCategory;
  if (!category) return plan;
  const tailored = plan.filter((q) => q.category === category && !bank.some((b) => b.id === q.id));
  const rest = bank.filter((q) => !tailored.some((t) => t.id === q.id));
  return [...tailored, ...rest].slice(0, bank.length);
}
