import type { Category, PersonaId } from "@studio/protocol";
import { fitRank } from "./personas";

/** The panelist who fits `category` best: the first of its askers sitting on this panel. */
export function bestAsker(category: Category, panelists: readonly PersonaId[]): PersonaId {
  return [...panelists].sort((a, b) => fitRank(a, category) - fitRank(b, category))[0]!;
}

/**
 * Gives every planned main question to the panelist who asks it: by category (the tech lead asks the
 * technical depth, HR teamwork and values, the executive motivation and vision), then, so that every
 * panelist speaks when the plan is long enough, a panelist left without a question takes the one it
 * fits best from a panelist who has two or more.
 */
export function assignPersonas<T extends { category: Category }>(
  plan: readonly T[],
  panelists: readonly PersonaId[],
): (T & { persona: PersonaId })[] {
  if (panelists.length === 0) throw new RangeError("a panel needs at least one interviewer");
  const askers = plan.map((q) => bestAsker(q.category, panelists));
  for (;;) {
    const count = (p: PersonaId) => askers.filter((a) => a === p).length;
    const idle = panelists.find((p) => count(p) === 0);
    if (!idle) break;
    const movable = askers.flatMap((asker, i) => (count(asker) >= 2 ? [i] : []));
    if (movable.length === 0) break;
    const rank = (i: number) => fitRank(idle, plan[i]!.category);
    const taken = movable.reduce((best, i) => (rank(i) < rank(best) ? i : best));
    askers[taken] = idle;
  }
  return plan.map((q, i) => ({ ...q, persona: askers[i]! }));
}

/** The panelists in the order they first ask a question; any without a question come last. */
export function speakingOrder(
  plan: readonly { persona?: PersonaId }[],
  panelists: readonly PersonaId[],
): PersonaId[] {
  const order: PersonaId[] = [];
  for (const q of plan) if (q.persona && !order.includes(q.persona)) order.push(q.persona);
  return [...order, ...panelists.filter((p) => !order.includes(p))];
}
