import type { Category } from "@studio/protocol";

export interface ResumeTopic {
  kind: "project" | "skill";
  name: string;
}

export interface PlanWithSource {
  id: string;
  category: Category;
  text: string;
  /** Set when the question was built from the candidate's resume. */
  resume?: ResumeTopic;
}

export interface ResumeQuestionInput {
  id: string;
  category: "project" | "technical";
  text: string;
  source: ResumeTopic;
}

/**
 * Puts questions about the candidate's own resume into the plan: each takes the place of a bank question
 * of its category, in order, so the interview keeps its length and its category order. At most
 * `perCategory` bank questions of a category are replaced, so the bank still covers the basics.
 */
export function mixResumeQuestions(
  plan: readonly PlanWithSource[],
  resumeQuestions: readonly ResumeQuestionInput[],
  perCategory = 1,
): PlanWithSource[] {
  const queue = {
    project: [...resumeQuestions.filter((q) => q.category === "project")],
    technical: [...resumeQuestions.filter((q) => q.category === "technical")],
  };
  const replaced = { project: 0, technical: 0 };
  return plan.map((entry) => {
    if (entry.category !== "project" && entry.category !== "technical") return entry;
    const category = entry.category;
    const next = replaced[category] < perCategory ? queue[category].shift() : undefined;
    if (!next) return entry;
    replaced[category]++;
    return {
      id: next.id,
      category,
      text: next.text,
      resume: { kind: next.source.kind, name: next.source.name },
    };
  });
}

/**
 * Like mixResumeQuestions, but the resume's questions take at least `share` of the plan: after the
 * project and technical slots, later bank questions of other categories give way too (never the
 * first question, which opens the interview).
 */
export function mixResumeShare(
  plan: readonly PlanWithSource[],
  resumeQuestions: readonly ResumeQuestionInput[],
  share: number,
): PlanWithSource[] {
  const target = Math.min(resumeQuestions.length, Math.ceil(share * plan.length));
  const mixed = mixResumeQuestions(plan, resumeQuestions, plan.length);
  const used = new Set(mixed.flatMap((entry) => (entry.resume ? [entry.id] : [])));
  const rest = resumeQuestions.filter((question) => !used.has(question.id));
  for (let i = mixed.length - 1; i > 0 && used.size < target && rest.length; i--) {
    if (mixed[i]!.resume) continue;
    const next = rest.shift()!;
    used.add(next.id);
    mixed[i] = { id: next.id, category: next.category, text: next.text, resume: { ...next.source } };
  }
  return mixed;
}
