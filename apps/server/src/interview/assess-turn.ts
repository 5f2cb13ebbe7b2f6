import { followUpId } from "@studio/interview";
import type { SubmitAnswerBody } from "@studio/protocol";
import type { Embedder } from "@studio/providers";
import type { Database } from "../db/connect-database";
import { relatedPassages, resumeContext } from "../resume/resume-context";
import type { AnswerTurn } from "./answer-turn";
import type { Interviewer, TurnInput, TurnOutcome } from "./interviewer";

export interface TurnAssessor {
  db: Pick<Database, "select">;
  interviewer: Interviewer;
  /** Hybrid resume search (BM25 fused with vectors) when an embeddings engine is configured. */
  embedder: Embedder | null;
}

/**
 * Scores an answer and words what comes next, holding no lock (an LLM may take seconds). The resume is
 * context for every evaluator: its topics for the rules, its passages most related to this turn
 * (hybrid search) for the LLM.
 */
export async function assessTurn(
  { db, interviewer, embedder }: TurnAssessor,
  turn: AnswerTurn,
  body: SubmitAnswerBody,
  onQuestionDelta?: (text: string) => void,
): Promise<TurnOutcome> {
  const { session, rows, answered } = turn;
  const resume = session.resumeId ? await resumeContext(db, session.userId, session.resumeId) : null;
  const input: TurnInput = {
    language: session.language,
    role: session.role,
    question: {
      id: answered.id,
      text: answered.text,
      category: answered.category,
      followUp: answered.followUp ?? false,
      mainText: rows.find((r) => followUpId(r.questionId) === answered.id)?.questionText,
    },
    answer: body.text,
    history: rows
      .filter((r) => r.questionId !== answered.id)
      .map((r) => ({ question: r.questionText, answer: r.text })),
    earlierFollowUps: rows.flatMap((r) => (r.followUpQuestion ? [r.followUpQuestion] : [])),
    setup: { difficulty: session.difficulty, style: session.style, format: session.format },
    mainQuestions: turn.state.plan.length,
    // Only a spoken answer's duration is speaking time; a typed one is typing time.
    spokenMs: session.mode === "text" ? undefined : body.durationMs,
    nextMain: turn.nextMain,
    onQuestionDelta,
    resumePassages:
      resume && interviewer.usesLlm
        ? await relatedPassages(resume, `${answered.text}\n${body.text}`, embedder)
        : undefined,
    resumeTopics: resume ? [...resume.facts.projects.map((p) => p.name), ...resume.facts.skills] : undefined,
    resumeClaims: resume?.facts.projects.map((p) => ({ project: p.name, results: p.results })),
  };
  return interviewer.assess(input);
}
