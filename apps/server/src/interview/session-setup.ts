import { questionsForMinutes, stylePauses, timeIsSpent } from "@studio/interview";
import type { CreateSessionBody, InterviewSetup } from "@studio/protocol";
import type { SessionRow } from "./session-store";

/**
 * The body a session is planned from: with a length in minutes, the number of main questions is the
 * one that fits those minutes at this answer limit and difficulty (a one-minute intro stays one question).
 */
export function timedBody(body: CreateSessionBody): CreateSessionBody {
  if (!body.lengthMinutes || body.format === "intro_1min") return body;
  const questionCount = questionsForMinutes(body.lengthMinutes, body.answerTimeLimitSec, body.difficulty);
  return { ...body, questionCount };
}

/** The length stored with a session: minutes only when they shaped it. */
export const storedLength = (body: CreateSessionBody) =>
  body.format === "intro_1min" ? null : (body.lengthMinutes ?? null);

/** Whether a timed session's time is spent now (measured on the server from the session's start). */
export const sessionTimeSpent = (
  session: Pick<SessionRow, "createdAt" | "lengthMinutes">,
  now: Date = new Date(),
) => timeIsSpent(session.createdAt, now, session.lengthMinutes);

/** How the candidate set the interview up, as the session detail and the report show it. */
export function sessionSetup(session: SessionRow): InterviewSetup {
  const minutes = session.lengthMinutes ?? null;
  return {
    difficulty: session.difficulty,
    style: session.style,
    format: session.format,
    postingId: session.postingId,
    questionPack: session.questionPack,
    focusCategories: session.focusCategories ?? [],
    systemDesign: session.systemDesign,
    systemDesignMinutes: session.systemDesignMinutes,
    lengthMinutes: minutes,
    endsAt: minutes ? new Date(session.createdAt.getTime() + minutes * 60_000).toISOString() : null,
    wrappedUp: session.wrapUpAfter !== null,
    pauses: stylePauses(session.style),
  };
}
