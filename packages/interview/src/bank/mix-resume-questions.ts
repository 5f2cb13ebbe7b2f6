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
