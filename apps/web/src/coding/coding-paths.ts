/** `?session=` carries the interview a coding test was opened from through the list and the problem. */
const sessionQuery = (sessionId: string | undefined) =>
  sessionId ? `?session=${encodeURIComponent(sessionId)}` : "";

export const codingListPath = (sessionId?: string) => `/coding${sessionQuery(sessionId)}`;

export const codingProblemPath = (problemId: string, sessionId?: string) =>
  `/coding/${encodeURIComponent(problemId)}${sessionQuery(sessionId)}`;
