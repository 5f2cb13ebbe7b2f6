import { mixResumeShare, type PlanEntry } from "@studio/interview";
import type { CreateSessionBody } from "@studio/protocol";
import { type ExtractedFacts, postingQuestions, resumeQuestions } from "@studio/resume";
import type { Database } from "../db/connect-database";
import { ApiError } from "../http/api-error";
import { PostingService } from "../posting/posting-service";
import { resumeContext } from "../resume/resume-context";
import { bankPlan, keepFocus } from "./focus-plan";
import { withPanel } from "./panel-plan";

/**
 * The interview's plan: bank questions for the role, where questions about the candidate's own
 * projects, roles and results take at least a third of the plan, and a posting adds questions on its
 * requirements (what the resume shows, and a gap), in place of bank questions. With `focusCategory`,
 * a practice set from that one category. A panel interview gives each question its AI interviewer.
 */
export async function interviewPlan(
  db: Database,
  userId: string,
  seed: string,
  body: CreateSessionBody,
): Promise<PlanEntry[]> {
  const bank = bankPlan(body, seed);
  let facts: ExtractedFacts | null = null;
  if (body.resumeId) {
    const context = await resumeContext(db, userId, body.resumeId);
    if (!context) throw new ApiError(404, "RESUME_NOT_FOUND", "No ready resume with that id");
    facts = context.facts;
  }
  const posting = body.postingId ? await new PostingService(db).owned(userId, body.postingId) : null;
  const fromPosting = posting
    ? postingQuestions(posting, facts, body.language, Math.max(1, Math.floor(bank.length / 4)))
    : [];
  const fromResume = facts ? resumeQuestions(facts, body.language, Math.ceil(bank.length / 3) + 1) : [];
  // A self-introduction is one fixed question and a pack keeps to its own kind of questions.
  const tailors = body.format !== "intro_1min" && !body.questionPack;
  const questions = tailors ? [...fromResume, ...fromPosting] : [];
  const plan = questions.length
    ? mixResumeShare(bank, questions, (fromResume.length + fromPosting.length) / bank.length)
    : bank;
  return withPanel(keepFocus(plan, bank, body), body);
}
