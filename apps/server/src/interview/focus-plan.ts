import {
  chooseFocusQuestions,
  chooseFocusSetQuestions,
  choosePackQuestions,
  chooseQuestions,
  introQuestion,
  type PlanEntry,
} from "@studio/interview";
import type { Category, CreateSessionBody } from "@studio/protocol";
import { ApiError } from "../http/api-error";

const entry = (q: PlanEntry): PlanEntry => ({ id: q.id, category: q.category, text: q.text });

/** The categories a practice set keeps to: `focusCategory` and `focusCategories` together, once each. */
export const focusCategoriesOf = (body: CreateSessionBody): Category[] => [
  ...new Set([...(body.focusCategory ? [body.focusCategory] : []), ...(body.focusCategories ?? [])]),
];

/** The focus stored with a session: the categories its bank plan kept to, or null when it kept to none. */
export function storedFocus(body: CreateSessionBody): Category[] | null {
  if (body.format === "intro_1min" || body.questionPack) return null;
  const focus = focusCategoriesOf(body);
  return focus.length > 0 ? focus : null;
}

/**
 * The bank questions of a new session: a full interview, or with `focusCategory` / `focusCategories` a
 * practice set of main questions from those categories, drawn in turn (as many as asked, or as the
 * role's pools hold when fewer).
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
  const focus = focusCategoriesOf(body);
  if (focus.length === 0) {
    return chooseQuestions({ role, language, count: body.questionCount, seed, difficulty }).map(entry);
  }
  const options = { role, language, count: body.questionCount, seed, difficulty };
  const set =
    focus.length === 1
      ? chooseFocusQuestions({ ...options, category: focus[0]! })
      : chooseFocusSetQuestions({ ...options, categories: focus });
  // A chosen category the role's bank cannot serve at all is a 400 (not one that a short set left out).
  const missing = focus.find(
    (category) => chooseFocusQuestions({ ...options, category, count: 1 }).length === 0,
  );
  if (missing) {
    throw new ApiError(
      400,
      "CATEGORY_UNAVAILABLE",
      `The ${body.role} question bank has no ${missing} question in ${body.language}`,
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
  const focus = focusCategoriesOf(body);
  if (focus.length === 0) return plan;
  const tailored = plan.filter((q) => focus.includes(q.category) && !bank.some((b) => b.id === q.id));
  const rest = bank.filter((q) => !tailored.some((t) => t.id === q.id));
  return [...tailored, ...rest].slice(0, bank.length);
}
